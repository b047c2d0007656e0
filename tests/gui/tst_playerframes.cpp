// The player's frame index is the decoder's: frame steps, a pause after
// playing and the end of a clip land on the index the readout names, and Save
// Frame writes exactly that decoded frame. The player is Qt's real media
// backend offscreen; the frames on screen and in the PNG are told apart by
// comparing them with ffmpeg's own decode of every frame.

#include "player/mediaengine.h"
#include "player/playerview.h"
#include "player/videoview.h"
#include "testclips.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using wan::ui::MediaPlayback;

using wan::ui::PlayerView;

class TestPlayerFrames final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void frameStep_readoutAndSavedFrame_agree();
    void pauseAfterPlaying_readoutNamesTheFrameShown();
    void endOfClip_isTheLastFrame_andSaveWritesIt();
    void copyFrame_putsTheDecodedFrameOnTheClipboard();
    void frameActions_followTheClip();
    void playSequence_playsTheClipsOneAfterTheOther();

private:
    int nearest(const QImage &picture) const;
    int shownFrame() const;
    qint64 readoutFrame() const;
    QImage saveFrame(qint64 index, qint64 *savedIndex);
    void loadAndWait();

    QTemporaryDir m_dir;
    QString m_clip;
    static constexpr int kFrames = 32;
    QList<QImage> m_reference;
    std::unique_ptr<PlayerView> m_view;
};

void TestPlayerFrames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!wan::test::haveFfmpeg())
        QSKIP("ffmpeg is not installed; it makes the clip and the reference frames");
    m_clip = m_dir.filePath(QStringLiteral("shot.mp4"));
    QString error;
    QVERIFY2(wan::test::makeClip({ QSize(320, 240), kFrames, 16, {} }, m_clip, &error), qPrintable(error));
    for (int i = 0; i < kFrames; ++i) {
        const QImage frame = wan::test::ffmpegFrame(m_clip, i, &error);
        QVERIFY2(!frame.isNull(), qPrintable(error));
        m_reference.append(frame);
    }
}

void TestPlayerFrames::init()
{
    m_view = std::make_unique<PlayerView>();
    m_view->resize(m_view->sizeHint());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->player()->setVolume(0.0f);
}

void TestPlayerFrames::cleanup()
{
    m_view.reset();
}

// The reference frame a picture differs least from: neighbouring frames of
// the pattern differ far more than two decodes of one frame.
int TestPlayerFrames::nearest(const QImage &picture) const
{
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    if (rgb.size() != QSize(320, 240))
        return -1;
    int best = -1;
    qint64 bestDiff = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_reference.size(); ++i) {
        qint64 diff = 0;
        for (int y = 0; y < 240; y += 2) {
            const uchar *a = rgb.constScanLine(y);
            const uchar *b = m_reference.at(i).constScanLine(y);
            for (int x = 0; x < 320 * 3; ++x)
                diff += qAbs(int(a[x]) - int(b[x]));
        }
        if (diff < bestDiff) {
            bestDiff = diff;
            best = i;
        }
    }
    return best;
}

int TestPlayerFrames::shownFrame() const
{
    return nearest(m_view->videoWidget()->frameImage());
}

// The number after "frame" in the readout ("0:01.2 / 0:02.0 · frame 20").
qint64 TestPlayerFrames::readoutFrame() const
{
    const auto *label = m_view->findChild<QLabel *>(QStringLiteral("timeLabel"));
    if (!label)
        return -2;
    const QString text = label->text();
    const int at = text.lastIndexOf(QStringLiteral("frame "));
    return at < 0 ? -1 : text.mid(at + 6).toLongLong();
}

QImage TestPlayerFrames::saveFrame(qint64 index, qint64 *savedIndex)
{
    const QString png = m_dir.filePath(QStringLiteral("frame-%1.png").arg(index));
    QFile::remove(png);
    QSignalSpy saved(m_view.get(), &PlayerView::frameSaved);
    m_view->saveFrameTo(png, index);
    if (!saved.wait(15000) && saved.isEmpty())
        return {};
    *savedIndex = saved.first().at(1).toLongLong();
    return saved.first().at(2).toBool() ? QImage(png) : QImage();
}

void TestPlayerFrames::loadAndWait()
{
    QSignalSpy frames(m_view->player(), &MediaPlayback::frameChanged);
    m_view->setClip(m_clip);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->player()->duration() > 0, 5000);
    QTRY_VERIFY(qAbs(m_view->frameDurationMs() - 62.5) < 0.5);
}

void TestPlayerFrames::frameStep_readoutAndSavedFrame_agree()
{
    loadAndWait();
    m_view->stepFrames(1);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    for (const int step : { 6, 1, 9, -4 }) {
        const qint64 target = m_view->currentFrameIndex() + step;
        m_view->stepFrames(step);
        QTRY_COMPARE(shownFrame(), int(target));
        QCOMPARE(m_view->currentFrameIndex(), target);
        QTRY_COMPARE(readoutFrame(), target);
        qint64 savedIndex = -1;
        const QImage saved = saveFrame(m_view->currentFrameIndex(), &savedIndex);
        QVERIFY(!saved.isNull());
        QCOMPARE(savedIndex, target);
        QCOMPARE(saved.size(), QSize(320, 240));
        QCOMPARE(nearest(saved), int(target));
        QVERIFY2(wan::test::psnr(saved.convertToFormat(QImage::Format_RGB888), m_reference.at(int(target))) >= 50.0,
                 qPrintable(QString::number(wan::test::psnr(saved.convertToFormat(QImage::Format_RGB888), m_reference.at(int(target))))));
    }
}

void TestPlayerFrames::pauseAfterPlaying_readoutNamesTheFrameShown()
{
    loadAndWait();
    for (const int playMs : { 430, 910 }) {
        m_view->player()->setPosition(0);
        if (m_view->player()->playbackState() != MediaPlayback::PlayingState)
            m_view->togglePlayback();
        QTest::qWait(playMs);
        m_view->togglePlayback();
        QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
        // Let the last frame and position reports arrive.
        QTest::qWait(300);
        const qint64 index = m_view->currentFrameIndex();
        QVERIFY(index > 0);
        QCOMPARE(readoutFrame(), index);
        QTRY_COMPARE(shownFrame(), int(index));
        qint64 savedIndex = -1;
        const QImage saved = saveFrame(index, &savedIndex);
        QCOMPARE(savedIndex, index);
        QCOMPARE(nearest(saved), int(index));
    }
}

void TestPlayerFrames::endOfClip_isTheLastFrame_andSaveWritesIt()
{
    loadAndWait();
    m_view->stepFrames(1000);
    QTRY_COMPARE(shownFrame(), kFrames - 1);
    QCOMPARE(m_view->currentFrameIndex(), qint64(kFrames - 1));
    QTRY_COMPARE(readoutFrame(), qint64(kFrames - 1));
    qint64 savedIndex = -1;
    const QImage saved = saveFrame(m_view->currentFrameIndex(), &savedIndex);
    QCOMPARE(savedIndex, qint64(kFrames - 1));
    QCOMPARE(nearest(saved), kFrames - 1);
    // "The last frame" asked for by name is the same frame.
    qint64 lastIndex = -1;
    const QImage last = saveFrame(-1, &lastIndex);
    QCOMPARE(lastIndex, qint64(kFrames - 1));
    QCOMPARE(last, saved);
}

void TestPlayerFrames::copyFrame_putsTheDecodedFrameOnTheClipboard()
{
    loadAndWait();
    m_view->stepFrames(12 - int(m_view->currentFrameIndex()));
    QTRY_COMPARE(shownFrame(), 12);
    QSignalSpy copied(m_view.get(), &PlayerView::frameCopied);
    m_view->copyFrame();
    QVERIFY(copied.wait(15000));
    QCOMPARE(copied.first().at(0).toLongLong(), qint64(12));
    const QImage onClipboard = QGuiApplication::clipboard()->image();
    QCOMPARE(onClipboard.size(), QSize(320, 240));
    QCOMPARE(nearest(onClipboard), 12);
}

void TestPlayerFrames::frameActions_followTheClip()
{
    const QList<QAction *> actions = m_view->frameActions();
    QCOMPARE(actions.size(), 4);
    for (QAction *action : actions)
        QVERIFY(!action->isEnabled());
    loadAndWait();
    for (QAction *action : actions)
        QVERIFY(action->isEnabled());
    QSignalSpy continued(m_view.get(), &PlayerView::continueRequested);
    m_view->stepFrames(5 - int(m_view->currentFrameIndex()));
    QTRY_COMPARE(m_view->currentFrameIndex(), qint64(5));
    actions.at(2)->trigger(); // Continue from This Frame
    actions.at(3)->trigger(); // Continue from Last Frame
    QCOMPARE(continued.size(), 2);
    QCOMPARE(continued.at(0).at(0).toString(), m_clip);
    QCOMPARE(continued.at(0).at(1).toLongLong(), qint64(5));
    QCOMPARE(continued.at(1).at(1).toLongLong(), qint64(-1));
    m_view->clear();
    for (QAction *action : actions)
        QVERIFY(!action->isEnabled());
}

// Show Chain plays a chain's clips in order, each once, then from the first
// again while Loop is on; any other clip ends the sequence.
void TestPlayerFrames::playSequence_playsTheClipsOneAfterTheOther()
{
    const QString second = m_dir.filePath(QStringLiteral("second.mp4"));
    QString error;
    QVERIFY2(wan::test::makeClip({ QSize(320, 240), 12, 16, {} }, second, &error), qPrintable(error));
    QSignalSpy advanced(m_view.get(), &PlayerView::sequenceAdvanced);
    m_view->playSequence({ m_clip, second });
    QCOMPARE(m_view->clipPath(), m_clip);
    QCOMPARE(m_view->sequenceIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->sequenceIndex(), 1, 15'000);
    QCOMPARE(m_view->clipPath(), second);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->sequenceIndex(), 0, 15'000);
    QCOMPARE(m_view->clipPath(), m_clip);
    QVERIFY(advanced.size() >= 3);
    m_view->setClip(second);
    QCOMPARE(m_view->sequenceIndex(), -1);
}

QTEST_MAIN(TestPlayerFrames)
#include "tst_playerframes.moc"
