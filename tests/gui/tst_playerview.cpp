// PlayerView against real clips made by ffmpeg at test time, played by Qt's
// real media backend under the offscreen platform. The video sink is what
// proves which frame is shown; the view's own pixels prove it is drawn.

#include "player/mediaengine.h"
#include "player/playercontrols.h"
#include "player/playerview.h"
#include "player/videoview.h"

#include "core/settings.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QDrag>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QToolButton>

#include <cmath>
#include <limits>
#include <memory>

using wan::ui::MediaPlayback;

using wan::ui::PlayerControls;
using wan::ui::PlayerView;
using wan::ui::VideoView;

// Records what QDesktopServices was asked to open, so "Show in Folder" is
// checked without starting a file manager.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPlayerView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noClip_showsPlaceholderNotVideo();
    void setClip_deliversDecodedFrames();
    void setClip_loopsByDefault();
    void loopButton_switchesLoopingOff();
    void timeLabel_showsPositionAndLength();
    void frameRate_comesFromTheClip_data();
    void frameRate_comesFromTheClip();
    void playPauseButton_togglesPlaybackState();
    void spaceKey_togglesPlayback();
    void frameStep_movesOneFrameAndBack();
    void frameStep_fromPausedPosition_data();
    void frameStep_fromPausedPosition();
    void frameStepKeys_stepFrames();
    void scrubWhilePaused_showsThatFrame();
    void speedCombo_setsPlaybackRate_data();
    void speedCombo_setsPlaybackRate();
    void muteButtonAndKey_toggleMute();
    void saveCopyTo_writesIdenticalFile();
    void saveCopyTo_unwritableFolder_reportsError();
    void saveCopyTo_appOwnFile_isRefusedAndKept();
    void copyPath_putsPathOnClipboard();
    void showInFolder_opensContainingFolder();
    void badClip_showsErrorInView_data();
    void badClip_showsErrorInView();
    void clear_returnsToPlaceholder();
    void dragData_carriesFileUrl();
    void dragFromVideo_startsDragWithFile();
    void video_isDrawnLetterboxedInTheView();
    void everyControl_hasAccessibleName();
    void formatTime_data();
    void formatTime();
    void fileButtons_showTheirTextOnlyWhenItFits();
    void controlIcons_madeOncePerPalette_notPerStateChange();
    void missingMediaEngine_saysSoInsteadOfPlaying();

private:
    QString makeClip(const QString &name, int fps, int frames);
    bool decodeReferenceFrames(const QString &clip);
    int shownFrame() const;
    void loadAndWaitForFrame(const QString &path);
    template<typename T> T *control(const char *objectName) const;

    QTemporaryDir m_dir;
    QString m_clip16;
    QString m_clip25;
    QList<QImage> m_reference; // every frame of m_clip16, decoded by ffmpeg
    std::unique_ptr<PlayerView> m_view;
};

QString TestPlayerView::makeClip(const QString &name, int fps, int frames)
{
    QString path = m_dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("testsrc2=size=320x240:rate=%1").arg(fps), QStringLiteral("-frames:v"), QString::number(frames),
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                   QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-movflags"),
                   QStringLiteral("+faststart"), path });
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return QString();
    }
    return path;
}

void TestPlayerView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed; it makes the clips these tests play");
    m_clip16 = makeClip(QStringLiteral("clip.mp4"), 16, 32); // 2.0 s, Wan's frame rate
    m_clip25 = makeClip(QStringLiteral("clip25.mp4"), 25, 50);
    QVERIFY(!m_clip16.isEmpty());
    QVERIFY(!m_clip25.isEmpty());
    QVERIFY(decodeReferenceFrames(m_clip16));
    QCOMPARE(m_reference.size(), 32);
}

bool TestPlayerView::decodeReferenceFrames(const QString &clip)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"), clip,
                   QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                   QStringLiteral("-") });
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return false;
    const QByteArray raw = ffmpeg.readAllStandardOutput();
    constexpr int width = 320;
    constexpr int height = 240;
    constexpr qsizetype frameBytes = qsizetype(width) * height * 3;
    for (qsizetype offset = 0; offset + frameBytes <= raw.size(); offset += frameBytes) {
        const QImage image(reinterpret_cast<const uchar *>(raw.constData() + offset), width, height, qsizetype(width) * 3,
                           QImage::Format_RGB888);
        m_reference.append(image.copy());
    }
    return true;
}

// Which frame of m_clip16 the video sink holds now: the reference frame it
// differs least from. Colour conversion differs a little between Qt and ffmpeg,
// equally for every frame, so the nearest frame is still the right one.
int TestPlayerView::shownFrame() const
{
    const QImage shown = m_view->videoWidget()->frameImage().convertToFormat(QImage::Format_RGB888);
    if (shown.size() != QSize(320, 240))
        return -1;
    int best = -1;
    qint64 bestDiff = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_reference.size(); ++i) {
        qint64 diff = 0;
        for (int y = 0; y < 240; y += 2) {
            const uchar *a = shown.constScanLine(y);
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

void TestPlayerView::init()
{
    m_view = std::make_unique<PlayerView>();
    m_view->resize(m_view->sizeHint());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // Silence: a test machine has no use for a test pattern's audio (there is none anyway).
    m_view->player()->setVolume(0.0f);
}

void TestPlayerView::cleanup()
{
    m_view.reset();
}

template<typename T> T *TestPlayerView::control(const char *objectName) const
{
    T *widget = m_view->findChild<T *>(QString::fromLatin1(objectName));
    if (!widget)
        qWarning() << "no control named" << objectName;
    return widget;
}

void TestPlayerView::loadAndWaitForFrame(const QString &path)
{
    QSignalSpy frames(m_view->player(), &MediaPlayback::frameChanged);
    m_view->setClip(path);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->player()->duration() > 0, 5000);
}

void TestPlayerView::noClip_showsPlaceholderNotVideo()
{
    auto *stage = control<QStackedWidget>("stage");
    auto *placeholder = control<QLabel>("placeholderLabel");
    QVERIFY(stage && placeholder);
    QCOMPARE(stage->currentWidget(), placeholder->parentWidget());
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Your clip will play here"));
    QVERIFY(!m_view->videoWidget()->isVisible());
    QVERIFY(m_view->clipPath().isEmpty());
    QVERIFY(!control<QToolButton>("playPauseButton")->isEnabled());
    QVERIFY(!control<QToolButton>("saveAsButton")->isEnabled());
}

void TestPlayerView::setClip_deliversDecodedFrames()
{
    QSignalSpy frames(m_view->player(), &MediaPlayback::frameChanged);
    m_view->setClip(m_clip16);
    QCOMPARE(m_view->clipPath(), m_clip16);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 15000);

    QVERIFY(frames.last().at(0).toLongLong() >= 0);
    const QImage image = m_view->videoWidget()->frameImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(320, 240));
    QVERIFY(m_view->videoWidget()->isVisible());
    QCOMPARE(m_view->player()->playbackState(), MediaPlayback::PlayingState);
    QVERIFY(control<QToolButton>("playPauseButton")->isEnabled());
}

void TestPlayerView::setClip_loopsByDefault()
{
    QCOMPARE(m_view->player()->loops(), int(MediaPlayback::Infinite));
    loadAndWaitForFrame(m_clip16);
    // Past the end of a 2 s clip it is still playing, and the position has
    // wrapped around to the start.
    QSignalSpy positions(m_view->player(), &MediaPlayback::positionChanged);
    QTRY_VERIFY_WITH_TIMEOUT(positions.count() > 2 && positions.last().at(0).toLongLong() > 1500, 10000);
    positions.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!positions.isEmpty() && positions.last().at(0).toLongLong() < 500, 10000);
    QCOMPARE(m_view->player()->playbackState(), MediaPlayback::PlayingState);
}

void TestPlayerView::loopButton_switchesLoopingOff()
{
    auto *loop = control<QToolButton>("loopButton");
    QVERIFY(loop);
    QVERIFY(loop->isChecked());
    loop->click();
    QVERIFY(!loop->isChecked());
    QCOMPARE(m_view->player()->loops(), 1);

    m_view->setClip(m_clip16);
    QCOMPARE(m_view->player()->loops(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->player()->mediaStatus(), MediaPlayback::EndOfMedia, 15000);
    QCOMPARE(m_view->player()->playbackState(), MediaPlayback::StoppedState);

    loop->click();
    QCOMPARE(m_view->player()->loops(), int(MediaPlayback::Infinite));
}

void TestPlayerView::timeLabel_showsPositionAndLength()
{
    auto *time = control<QLabel>("timeLabel");
    QVERIFY(time);
    QCOMPARE(time->text(), QStringLiteral("0:00.0 / 0:00.0"));
    loadAndWaitForFrame(m_clip16);
    QTRY_VERIFY(time->text().contains(QStringLiteral(" / 0:02.0")));
    m_view->player()->pause();
    m_view->player()->setPosition(1250);
    // 1.25 s at 16 fps is frame 20, which the readout names.
    QTRY_COMPARE(time->text(), QStringLiteral("0:01.2 / 0:02.0 · frame 20"));
    auto *slider = control<QSlider>("scrubSlider");
    QCOMPARE(slider->maximum(), 2000);
    QCOMPARE(slider->value(), 1250);

    // Moving the slider seeks the player.
    slider->setValue(500);
    QTRY_COMPARE(m_view->player()->position(), qint64(500));
}

void TestPlayerView::frameRate_comesFromTheClip_data()
{
    QTest::addColumn<QString>("clip");
    QTest::addColumn<qreal>("frameMs");
    QTest::newRow("16 fps") << QStringLiteral("clip.mp4") << 62.5;
    QTest::newRow("25 fps") << QStringLiteral("clip25.mp4") << 40.0;
}

void TestPlayerView::frameRate_comesFromTheClip()
{
    QFETCH(QString, clip);
    QFETCH(qreal, frameMs);
    loadAndWaitForFrame(m_dir.filePath(clip));
    QTRY_VERIFY(qAbs(m_view->frameDurationMs() - frameMs) < 0.5);
}

void TestPlayerView::playPauseButton_togglesPlaybackState()
{
    loadAndWaitForFrame(m_clip16);
    auto *button = control<QToolButton>("playPauseButton");
    QVERIFY(button);
    QCOMPARE(m_view->player()->playbackState(), MediaPlayback::PlayingState);
    QCOMPARE(button->accessibleName(), QStringLiteral("Pause"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QCOMPARE(button->accessibleName(), QStringLiteral("Play"));
    QCOMPARE(button->toolTip(), QStringLiteral("Play"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PlayingState);
    QCOMPARE(button->accessibleName(), QStringLiteral("Pause"));
}

void TestPlayerView::spaceKey_togglesPlayback()
{
    loadAndWaitForFrame(m_clip16);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PlayingState);

    // The slider has no use for Space, so it reaches the player from there too.
    auto *slider = control<QSlider>("scrubSlider");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Space);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
}

void TestPlayerView::frameStep_movesOneFrameAndBack()
{
    loadAndWaitForFrame(m_clip16);
    QTRY_VERIFY(qAbs(m_view->frameDurationMs() - 62.5) < 0.5);
    auto *forward = control<QToolButton>("stepForwardButton");
    auto *back = control<QToolButton>("stepBackButton");
    auto *playPause = control<QToolButton>("playPauseButton");
    QVERIFY(forward && back && playPause);

    // Stepping from a playing clip pauses it on a frame; picture and position
    // agree, and the button offers to play again.
    forward->click();
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QTRY_COMPARE(playPause->accessibleName(), QStringLiteral("Play"));
    QTRY_VERIFY(shownFrame() >= 0);
    QTRY_COMPARE(int(std::floor((m_view->player()->position() + 1) / 62.5)), shownFrame());
    if (shownFrame() > 29) {
        m_view->stepFrames(29 - shownFrame());
        QTRY_COMPARE(shownFrame(), 29);
    }

    // Forward twice and back twice. The frame on screen is checked against the
    // clip's own frames, not only the position the player reports.
    const int base = shownFrame();
    const qint64 basePosition = m_view->player()->position();
    forward->click();
    QTRY_COMPARE(shownFrame(), base + 1);
    QTRY_VERIFY2(qAbs(m_view->player()->position() - (basePosition + 62.5)) <= 1.5,
                 qPrintable(QString::number(m_view->player()->position())));
    forward->click();
    QTRY_COMPARE(shownFrame(), base + 2);
    QTRY_VERIFY2(qAbs(m_view->player()->position() - (basePosition + 125.0)) <= 1.5,
                 qPrintable(QString::number(m_view->player()->position())));
    back->click();
    QTRY_COMPARE(shownFrame(), base + 1);
    back->click();
    QTRY_COMPARE(shownFrame(), base);
    QTRY_VERIFY(qAbs(m_view->player()->position() - basePosition) <= 1);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QCOMPARE(playPause->accessibleName(), QStringLiteral("Play"));
}

void TestPlayerView::frameStep_fromPausedPosition_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("frame");
    QTest::newRow("0 ms +1") << qint64(0) << 1 << 1;
    QTest::newRow("500 ms +1") << qint64(500) << 1 << 9;
    QTest::newRow("500 ms -1") << qint64(500) << -1 << 7;
    QTest::newRow("520 ms +1 (mid-frame)") << qint64(520) << 1 << 9;
    QTest::newRow("1000 ms +3") << qint64(1000) << 3 << 19;
    QTest::newRow("0 ms -1 stays") << qint64(0) << -1 << 0;
    QTest::newRow("last frame +1 stays") << qint64(1970) << 1 << 31;
}

void TestPlayerView::frameStep_fromPausedPosition()
{
    QFETCH(qint64, from);
    QFETCH(int, steps);
    QFETCH(int, frame);
    loadAndWaitForFrame(m_clip16);
    QTRY_VERIFY(qAbs(m_view->frameDurationMs() - 62.5) < 0.5);
    m_view->player()->pause();
    m_view->player()->setPosition(from);
    QTRY_COMPARE(m_view->player()->position(), from);
    m_view->stepFrames(steps);
    QTRY_COMPARE(shownFrame(), frame);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QTRY_VERIFY2(qAbs(m_view->player()->position() - frame * 62.5) <= 1.0,
                 qPrintable(QString::number(m_view->player()->position())));
}

void TestPlayerView::frameStepKeys_stepFrames()
{
    loadAndWaitForFrame(m_clip16);
    m_view->stepFrames(1); // paused, on a frame boundary
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    QTRY_VERIFY(shownFrame() >= 0);
    const int base = qMin(shownFrame(), 29);
    m_view->stepFrames(base - shownFrame());
    QTRY_COMPARE(shownFrame(), base);

    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Period);
    QTRY_COMPARE(shownFrame(), base + 1);
    QTest::keyClick(m_view.get(), Qt::Key_Comma);
    QTRY_COMPARE(shownFrame(), base);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTRY_COMPARE(shownFrame(), base + 1);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTRY_COMPARE(shownFrame(), base);
}

void TestPlayerView::scrubWhilePaused_showsThatFrame()
{
    loadAndWaitForFrame(m_clip16);
    m_view->stepFrames(1);
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    auto *slider = control<QSlider>("scrubSlider");
    slider->setValue(1500); // frame 24
    QTRY_COMPARE(shownFrame(), 24);
    QTRY_COMPARE(m_view->player()->position(), qint64(1500));
    QTRY_COMPARE(m_view->player()->playbackState(), MediaPlayback::PausedState);
    slider->setValue(250); // frame 4
    QTRY_COMPARE(shownFrame(), 4);
}

void TestPlayerView::speedCombo_setsPlaybackRate_data()
{
    QTest::addColumn<qreal>("rate");
    for (const qreal rate : { 0.25, 0.5, 1.5, 2.0 })
        QTest::newRow(qPrintable(QString::number(rate))) << rate;
}

void TestPlayerView::speedCombo_setsPlaybackRate()
{
    QFETCH(qreal, rate);
    loadAndWaitForFrame(m_clip16);
    auto *combo = control<QComboBox>("speedCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->currentData().toReal(), 1.0);
    const int index = combo->findData(rate);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QTRY_COMPARE(m_view->player()->playbackRate(), rate);
}

void TestPlayerView::muteButtonAndKey_toggleMute()
{
    loadAndWaitForFrame(m_clip16);
    auto *mute = control<QToolButton>("muteButton");
    QVERIFY(mute);
    QVERIFY(!m_view->player()->isMuted());
    mute->click();
    QVERIFY(m_view->player()->isMuted());
    QVERIFY(mute->isChecked());
    mute->click();
    QVERIFY(!m_view->player()->isMuted());

    // M is a shortcut, so it needs an active window with focus inside the player.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_M);
    QVERIFY(m_view->player()->isMuted());
    QVERIFY(mute->isChecked());
}

static QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void TestPlayerView::saveCopyTo_writesIdenticalFile()
{
    m_view->setClip(m_clip16);
    const QString target = m_dir.filePath(QStringLiteral("saved/copy.mp4"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    // An existing file there is replaced, as the Save As dialog has confirmed.
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    QSignalSpy finished(m_view.get(), &PlayerView::saveFinished);
    QSignalSpy messages(m_view.get(), &PlayerView::message);
    m_view->saveCopyTo(target);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toString(), target);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(QFileInfo(target).size(), QFileInfo(m_clip16).size());
    QCOMPARE(sha256(target), sha256(m_clip16));
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("copy.mp4")));
}

void TestPlayerView::saveCopyTo_unwritableFolder_reportsError()
{
    m_view->setClip(m_clip16);
    const QString target = m_dir.filePath(QStringLiteral("no/such/folder/copy.mp4"));
    QSignalSpy finished(m_view.get(), &PlayerView::saveFinished);
    QSignalSpy messages(m_view.get(), &PlayerView::message);
    m_view->saveCopyTo(target);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().startsWith(QStringLiteral("Could not write")));
}

// The Save As dialog confirms replacing a file, but it does not know that the
// library database is not a file to replace: that is refused with a message.
void TestPlayerView::saveCopyTo_appOwnFile_isRefusedAndKept()
{
    m_view->setClip(m_clip16);
    const QString library = wan::core::Settings::dataDirectory() + QStringLiteral("/library.sqlite");
    const bool existed = QFile::exists(library);
    const QByteArray before = "every run the user ever made";
    if (!existed) {
        QFile file(library);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    const QByteArray contents = [&library] {
        QFile file(library);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QSignalSpy finished(m_view.get(), &PlayerView::saveFinished);
    QSignalSpy messages(m_view.get(), &PlayerView::message);
    m_view->saveCopyTo(library);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("Wan Studio")), qPrintable(messages.at(0).at(0).toString()));
    QFile file(library);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    file.close();
    if (!existed)
        QFile::remove(library);
}

void TestPlayerView::copyPath_putsPathOnClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_view->setClip(m_clip16);
    auto *button = control<QToolButton>("copyPathButton");
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(m_clip16));
}

void TestPlayerView::showInFolder_opensContainingFolder()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    m_view->setClip(m_clip16);
    control<QToolButton>("showInFolderButton")->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls.size(), 1);
    QCOMPARE(recorder.urls.at(0), QUrl::fromLocalFile(m_dir.path()));
}

void TestPlayerView::badClip_showsErrorInView_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("missing") << QStringLiteral("missing.mp4") << QByteArray();
    QTest::newRow("not a video") << QStringLiteral("corrupt.mp4") << QByteArray("this is not an MP4 file at all\n").repeated(50);
    QTest::newRow("empty") << QStringLiteral("empty.mp4") << QByteArray("");
}

void TestPlayerView::badClip_showsErrorInView()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    const QString path = m_dir.filePath(name);
    if (name != QStringLiteral("missing.mp4")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    QSignalSpy messages(m_view.get(), &PlayerView::message);
    m_view->setClip(path);
    auto *error = control<QLabel>("errorLabel");
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), error->text());
    QVERIFY(!control<QToolButton>("playPauseButton")->isEnabled());
    // Stays put: no late status flips the stage back to a black video.
    QTest::qWait(200);
    QVERIFY(error->isVisible());

    // A good clip afterwards plays normally.
    loadAndWaitForFrame(m_clip16);
    QVERIFY(!error->isVisible());
    QVERIFY(m_view->videoWidget()->isVisible());
}

void TestPlayerView::clear_returnsToPlaceholder()
{
    loadAndWaitForFrame(m_clip16);
    m_view->clear();
    QVERIFY(m_view->clipPath().isEmpty());
    QVERIFY(control<QLabel>("placeholderLabel")->isVisible());
    QCOMPARE(m_view->player()->playbackState(), MediaPlayback::StoppedState);
    QVERIFY(m_view->player()->source().isEmpty());
    QVERIFY(!control<QToolButton>("copyPathButton")->isEnabled());
}

void TestPlayerView::dragData_carriesFileUrl()
{
    const std::unique_ptr<QMimeData> mime(PlayerView::createClipMimeData(m_clip16));
    QCOMPARE(mime->urls(), QList<QUrl> { QUrl::fromLocalFile(m_clip16) });
    QCOMPARE(mime->text(), QDir::toNativeSeparators(m_clip16));
}

void TestPlayerView::dragFromVideo_startsDragWithFile()
{
    loadAndWaitForFrame(m_clip16);
    VideoView *video = m_view->videoWidget();
    QVERIFY(!m_view->findChild<QDrag *>());
    const int distance = QApplication::startDragDistance();
    QTest::mousePress(video, Qt::LeftButton, {}, QPoint(100, 100));
    // Less than the drag distance is still a click.
    QTest::mouseMove(video, QPoint(100 + distance / 2, 100));
    QVERIFY(!m_view->findChild<QDrag *>());
    QTest::mouseMove(video, QPoint(100 + distance * 2, 100));
    // The offscreen platform ends a drag at once; Qt deletes the QDrag later,
    // so it can still be looked at here.
    auto *drag = m_view->findChild<QDrag *>();
    QVERIFY(drag);
    QCOMPARE(drag->mimeData()->urls(), QList<QUrl> { QUrl::fromLocalFile(m_clip16) });
    QVERIFY(!drag->pixmap().isNull()); // a thumbnail of the frame on screen
    QTest::mouseRelease(video, Qt::LeftButton, {}, QPoint(100 + distance * 2, 100));
}

// The view draws the sink's frame itself (in the window's backing store): a
// grab of it holds the clip's picture, kept to its 4:3 shape with black bars
// on a wide view.
void TestPlayerView::video_isDrawnLetterboxedInTheView()
{
    m_view->resize(900, 500);
    loadAndWaitForFrame(m_clip16);
    m_view->player()->pause();
    VideoView *video = m_view->videoWidget();
    QTRY_VERIFY(video->isVisible() && video->hasFrame());
    const QImage shot = video->grab().toImage();
    QVERIFY(shot.width() > shot.height() * 4 / 3 + 20); // wider than the clip: bars at the sides
    const auto colourful = [&shot](int x0, int x1) {
        int count = 0;
        for (int y = 0; y < shot.height(); y += 4) {
            for (int x = x0; x < x1; x += 4)
                count += shot.pixelColor(x, y).saturation() > 100 && shot.pixelColor(x, y).value() > 60 ? 1 : 0;
        }
        return count;
    };
    const int pictureWidth = shot.height() * 4 / 3;
    const int left = (shot.width() - pictureWidth) / 2;
    QVERIFY2(colourful(left + 8, left + pictureWidth - 8) > 200, "the test pattern is not drawn");
    QCOMPARE(colourful(0, left - 4), 0); // the bar is black
    QCOMPARE(shot.pixelColor(2, shot.height() / 2), QColor(Qt::black));
}

void TestPlayerView::everyControl_hasAccessibleName()
{
    m_view->setClip(m_clip16);
    QList<QWidget *> controls;
    // Only what is in the player's own window: a combo box's popup has scroll bars of its own.
    const QList<QWidget *> all = m_view->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == m_view.get()
            && (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSlider *>(widget)
                || qobject_cast<QComboBox *>(widget)))
            controls.append(widget);
    }
    QCOMPARE(controls.size(), 8 + 1 + 1);

    for (QWidget *widget : std::as_const(controls)) {
        const QString name = widget->accessibleName();
        QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
        // What a screen reader says is what a sighted user reads.
        auto *button = qobject_cast<QToolButton *>(widget);
        const QString visible
            = button && button->toolButtonStyle() != Qt::ToolButtonIconOnly ? button->text() : widget->toolTip();
        QCOMPARE(name, visible);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
    }
    QCOMPARE(control<QToolButton>("saveAsButton")->accessibleName(), QStringLiteral("Save As…"));
}

void TestPlayerView::formatTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00.0");
    QTest::newRow("tenths truncate") << qint64(2499) << QStringLiteral("0:02.4");
    QTest::newRow("example") << qint64(5100) << QStringLiteral("0:05.1");
    QTest::newRow("minutes") << qint64(75300) << QStringLiteral("1:15.3");
    QTest::newRow("hours") << qint64(3723400) << QStringLiteral("1:02:03.4");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00.0");
}

void TestPlayerView::formatTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(PlayerControls::formatTime(ms), text);
}

// A long translation must not make the window wider than the screen: on a
// narrow bar Save As, Copy File Path and Show in Folder keep only their icons
// (their names stay as tooltip and accessible name), and get their text back
// when there is room.
void TestPlayerView::fileButtons_showTheirTextOnlyWhenItFits()
{
    // In a window, as in PlayerView: the parent's layout honours the bar's
    // minimumSizeHint(), which is the width without the texts.
    QWidget host;
    auto *hostLayout = new QVBoxLayout(&host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto &bar = *new PlayerControls(&host);
    hostLayout->addWidget(&bar);
    const QStringList names{QStringLiteral("saveAsButton"), QStringLiteral("copyPathButton"), QStringLiteral("showInFolderButton")};
    QList<QToolButton *> buttons;
    for (const QString &name : names) {
        auto *button = bar.findChild<QToolButton *>(name);
        QVERIFY2(button, qPrintable(name));
        buttons << button;
    }
    host.resize(1600, 60);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    for (QToolButton *button : std::as_const(buttons))
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    // The bar's smallest width is the one without the texts.
    QVERIFY(bar.minimumSizeHint().width() < bar.sizeHint().width());

    host.resize(bar.minimumSizeHint().width(), 60);
    QTRY_COMPARE(buttons.first()->toolButtonStyle(), Qt::ToolButtonIconOnly);
    for (QToolButton *button : std::as_const(buttons)) {
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY(!button->toolTip().isEmpty());
        QCOMPARE(button->accessibleName(), button->defaultAction()->text());
        QVERIFY2(button->geometry().right() < bar.width(), qPrintable(button->objectName()));
    }

    host.resize(1600, 60);
    QTRY_COMPARE(buttons.first()->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    for (QToolButton *button : std::as_const(buttons))
        QTRY_VERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->objectName()));
}

// Every new QIcon leaves its own scaled pixmaps in the process-wide
// QPixmapCache, so icons made afresh at each play and pause made a long session
// hold more memory with every clip (benchmark figure 9b). The bar keeps one set
// of icons and swaps between them; only a new palette (or style) makes new ones,
// tinted with its colours.
void TestPlayerView::controlIcons_madeOncePerPalette_notPerStateChange()
{
    PlayerControls bar;
    bar.setPlayable(true);
    auto *playPause = bar.findChild<QAction *>(QStringLiteral("playPauseAction"));
    auto *mute = bar.findChild<QAction *>(QStringLiteral("muteAction"));
    auto *stepBack = bar.findChild<QAction *>(QStringLiteral("stepBackAction"));
    QVERIFY(playPause && mute && stepBack);

    bar.setPlaying(false);
    const qint64 play = playPause->icon().cacheKey();
    bar.setPlaying(true);
    const qint64 pause = playPause->icon().cacheKey();
    QVERIFY(play != pause);
    bar.setMuted(false);
    const qint64 loud = mute->icon().cacheKey();
    bar.setMuted(true);
    const qint64 muted = mute->icon().cacheKey();
    QVERIFY(loud != muted);
    const qint64 back = stepBack->icon().cacheKey();
    for (int i = 0; i < 20; ++i) {
        bar.setPlaying(i % 2 == 0);
        bar.setMuted(i % 2 == 0);
        QCOMPARE(playPause->icon().cacheKey(), i % 2 == 0 ? pause : play);
        QCOMPARE(mute->icon().cacheKey(), i % 2 == 0 ? muted : loud);
        QCOMPARE(stepBack->icon().cacheKey(), back);
    }

    // A new palette: new icons, and (without an icon theme) glyphs in its button text colour.
    bar.setPlaying(false);
    QPalette dark = bar.palette();
    const QColor ink(0xee, 0xdd, 0x22);
    dark.setColor(QPalette::Active, QPalette::ButtonText, ink);
    dark.setColor(QPalette::Inactive, QPalette::ButtonText, ink);
    dark.setColor(QPalette::Button, QColor(0x20, 0x20, 0x20));
    bar.setPalette(dark);
    const qint64 darkPlay = playPause->icon().cacheKey();
    QVERIFY(darkPlay != play);
    if (!QIcon::hasThemeIcon(QStringLiteral("media-playback-start"))) {
        const QImage glyph = playPause->icon().pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
        int inked = 0;
        for (int y = 0; y < glyph.height(); ++y) {
            for (int x = 0; x < glyph.width(); ++x) {
                const QColor pixel = glyph.pixelColor(x, y);
                if (pixel.alpha() == 255) {
                    QCOMPARE(pixel.rgb(), ink.rgb());
                    ++inked;
                }
            }
        }
        QVERIFY(inked > 0);
    }
    bar.setPlaying(true);
    bar.setPlaying(false);
    QCOMPARE(playPause->icon().cacheKey(), darkPlay);
}

void TestPlayerView::missingMediaEngine_saysSoInsteadOfPlaying()
{
    // A broken install: the media engine plugin is not where the app looks.
    wan::ui::MediaEngine::setDirectory(m_dir.filePath(QStringLiteral("no-plugins-here")));
    PlayerView view;
    view.resize(640, 400);
    view.show();
    QVERIFY(!view.player()->isAvailable());
    wan::ui::MediaEngine::setDirectory(QStringLiteral(WANSTUDIO_MEDIAENGINE_DIR));

    QSignalSpy messages(&view, &PlayerView::message);
    view.setClip(m_clip16);
    auto *error = view.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("could not be loaded")) && error->text().contains(QStringLiteral("reinstall")),
             qPrintable(error->text()));
    QCOMPARE(messages.count(), 1);
    // The controls do nothing harmful.
    view.togglePlayback();
    view.stepFrames(1);
    QCOMPARE(view.player()->playbackState(), MediaPlayback::StoppedState);

    // A player made once the plugin is found again plays.
    loadAndWaitForFrame(m_clip16);
}

QTEST_MAIN(TestPlayerView)
#include "tst_playerview.moc"
