// PlayerView playing a sequence as one timeline, against real clips made by
// ffmpeg at test time and Qt's FFmpeg backend: the clip after a join waits
// loaded in a second player, so the join swaps players instead of loading
// (no setSource at the join), Loop wraps the same way, seeks still land on
// the exact frame, and a crossfade is drawn as a blend of both clips.
//
// The clips are made so that a picture names its frame: grey levels, 4 apart
// per frame, one range per clip (clip 0: 16 + 4n, clip 1: 128 + 4n); grey
// survives any YUV matrix, so the level read back is the level encoded.

#include "player/mediaengine.h"
#include "player/playercontrols.h"
#include "player/playerview.h"
#include "player/videoview.h"

#include "jobs/sequencetimeline.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using wan::jobs::SequenceTimeline;
using wan::jobs::TimelineClip;
using wan::ui::PlayerControls;
using wan::ui::MediaPlayback;
using wan::ui::PlayerView;
using wan::ui::VideoView;

namespace {

constexpr int kFrames = 24; // per clip, 1.5 s at 16 fps

} // namespace

class TestPlayerTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void join_nextClipWaitsLoaded_noLoadAtTheJoin();
    void loop_wrapsToTheFirstClipWithoutLoading();
    void seekAcrossClips_landsOnTheExactFrame();
    void crossfade_showsBothClipsBlended();
    void crossfade_pausedInside_showsTheBlendAsAStill();

private:
    QString makeClip(const QString &name, const QString &source);
    SequenceTimeline greyTimeline() const;
    // The red clip, then the blue one with a crossfade of that many frames.
    SequenceTimeline redBlueTimeline(int crossfade) const;
    // The global frame the view's picture is (from its grey level), -1 when none.
    int shownGlobalFrame() const;
    MediaPlayback *hiddenPlayer() const;
    static bool isLoaded(const MediaPlayback *player);

    QTemporaryDir m_dir;
    QStringList m_grey;
    QString m_red;
    QString m_blue;
    std::unique_ptr<PlayerView> m_view;
};

QString TestPlayerTimeline::makeClip(const QString &name, const QString &source)
{
    const QString path = m_dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), source, QStringLiteral("-frames:v"),
                  QString::number(kFrames), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"), QStringLiteral("-qp"), QStringLiteral("0"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"), QStringLiteral("-movflags"), QStringLiteral("+faststart"), path});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return QString();
    }
    return path;
}

void TestPlayerTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed; it makes the clips these tests play");
    for (int base : {16, 128}) {
        const QString level = QStringLiteral("%1+4*N").arg(base);
        m_grey << makeClip(QStringLiteral("grey-%1.mp4").arg(base),
                           QStringLiteral("color=c=black:s=160x96:r=16,format=rgb24,geq=r='%1':g='%1':b='%1'").arg(level));
        QVERIFY(!m_grey.constLast().isEmpty());
    }
    m_red = makeClip(QStringLiteral("red.mp4"), QStringLiteral("color=c=0xE00000:s=160x96:r=16"));
    m_blue = makeClip(QStringLiteral("blue.mp4"), QStringLiteral("color=c=0x0000E0:s=160x96:r=16"));
    QVERIFY(!m_red.isEmpty() && !m_blue.isEmpty());
}

void TestPlayerTimeline::init()
{
    m_view = std::make_unique<PlayerView>();
    m_view->resize(320, 260);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPlayerTimeline::cleanup()
{
    m_view.reset();
}

SequenceTimeline TestPlayerTimeline::redBlueTimeline(int crossfade) const
{
    QList<TimelineClip> clips;
    for (const QString &path : {m_red, m_blue}) {
        TimelineClip clip;
        clip.path = path;
        clip.frames = kFrames;
        clip.fps = 16;
        clips << clip;
    }
    clips[1].crossfade = crossfade;
    return SequenceTimeline(clips);
}

SequenceTimeline TestPlayerTimeline::greyTimeline() const
{
    QList<TimelineClip> clips;
    for (const QString &path : m_grey) {
        TimelineClip clip;
        clip.path = path;
        clip.frames = kFrames;
        clip.fps = 16;
        clips << clip;
    }
    return SequenceTimeline(clips);
}

int TestPlayerTimeline::shownGlobalFrame() const
{
    const QImage image = m_view->videoWidget()->frameImage();
    if (image.isNull())
        return -1;
    const int level = qGray(image.pixel(image.width() / 2, image.height() / 2));
    const int clip = level < 120 ? 0 : 1;
    const int frame = int(std::lround((level - (clip == 0 ? 16 : 128)) / 4.0));
    return frame < 0 || frame >= kFrames ? -1 : clip * kFrames + frame;
}

MediaPlayback *TestPlayerTimeline::hiddenPlayer() const
{
    const QList<MediaPlayback *> players = m_view->findChildren<MediaPlayback *>();
    for (MediaPlayback *player : players) {
        if (player != m_view->player())
            return player;
    }
    return nullptr;
}

bool TestPlayerTimeline::isLoaded(const MediaPlayback *player)
{
    return player
        && (player->mediaStatus() == MediaPlayback::LoadedMedia || player->mediaStatus() == MediaPlayback::BufferedMedia);
}

// While clip 0 plays, clip 1 is already loaded in the other player; at the
// join that player becomes the shown one without a new source, and the
// pictures run on: the last ones of clip 0, then the first ones of clip 1.
void TestPlayerTimeline::join_nextClipWaitsLoaded_noLoadAtTheJoin()
{
    m_view->findChild<PlayerControls *>()->setLooping(false);
    m_view->playTimeline(greyTimeline());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && m_view->timelineClip() == 0, 10'000);

    const QUrl next = QUrl::fromLocalFile(m_grey.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(hiddenPlayer() && hiddenPlayer()->source() == next && isLoaded(hiddenPlayer()), 10'000);
    QCOMPARE(m_view->timelineClip(), 0); // ready before the join
    MediaPlayback *waiting = hiddenPlayer();
    MediaPlayback *first = m_view->player();
    QSignalSpy waitingSources(waiting, &MediaPlayback::sourceChanged);
    QSignalSpy firstSources(first, &MediaPlayback::sourceChanged);

    // Every picture the view shows, as a global frame, and the readout with it.
    QList<int> pictures;
    QList<qint64> readouts;
    QElapsedTimer clock;
    clock.start();
    qint64 lastOfFirstMs = -1;
    qint64 firstOfSecondMs = -1;
    connect(m_view->videoWidget(), &VideoView::frameShown, this, [&] {
        const int shown = shownGlobalFrame();
        pictures << shown;
        readouts << m_view->timelineFrame();
        if (shown >= 0 && shown < kFrames)
            lastOfFirstMs = clock.elapsed();
        else if (shown >= kFrames && firstOfSecondMs < 0)
            firstOfSecondMs = clock.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_view->timelineClip() == 1 && shownGlobalFrame() >= kFrames + 4, 10'000);
    disconnect(m_view->videoWidget(), nullptr, this, nullptr);

    QCOMPARE(m_view->player(), waiting); // the waiting player took over
    QCOMPARE(waitingSources.count(), 0); // ... with the clip it had
    QCOMPARE(firstSources.count(), 0);
    QCOMPARE(m_view->clipPath(), QFileInfo(m_grey.at(1)).absoluteFilePath());

    // Across the join the pictures go on frame by frame: no frame of either
    // side lost (the decoder may repeat one), never backwards.
    int lastFirst = -1;
    int firstSecond = -1;
    for (int i = 0; i < pictures.size(); ++i) {
        const int shown = pictures.at(i);
        if (shown < 0)
            continue;
        if (shown < kFrames && firstSecond < 0)
            lastFirst = shown;
        if (shown >= kFrames && firstSecond < 0)
            firstSecond = shown;
        if (i > 0 && pictures.at(i - 1) >= 0)
            QVERIFY2(shown >= pictures.at(i - 1), qPrintable(QStringLiteral("picture %1 after %2").arg(shown).arg(pictures.at(i - 1))));
    }
    QVERIFY2(lastFirst >= kFrames - 2, qPrintable(QString::number(lastFirst)));
    QVERIFY2(firstSecond >= kFrames && firstSecond <= kFrames + 1, qPrintable(QString::number(firstSecond)));
    for (int i = 1; i < readouts.size(); ++i)
        QVERIFY2(readouts.at(i) >= readouts.at(i - 1) || readouts.at(i - 1) - readouts.at(i) <= 1,
                 qPrintable(QStringLiteral("readout %1 after %2").arg(readouts.at(i)).arg(readouts.at(i - 1))));
    qInfo("join: %lld ms from the last picture of clip 0 to the first of clip 1 (a frame is 62.5 ms; not asserted)",
          firstOfSecondMs - lastOfFirstMs);
}

// With Loop on, the first clip waits in the other player while the last one
// plays, and the wrap is a swap too.
void TestPlayerTimeline::loop_wrapsToTheFirstClipWithoutLoading()
{
    m_view->findChild<PlayerControls *>()->setLooping(true);
    m_view->playTimeline(greyTimeline());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && m_view->timelineClip() == 1, 10'000);

    // The player that showed clip 0 keeps it (ended, or loaded again).
    const QUrl first = QUrl::fromLocalFile(m_grey.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(hiddenPlayer() && hiddenPlayer()->source() == first
                                 && (isLoaded(hiddenPlayer()) || hiddenPlayer()->mediaStatus() == MediaPlayback::EndOfMedia),
                             10'000);
    QCOMPARE(m_view->timelineClip(), 1);
    MediaPlayback *waiting = hiddenPlayer();
    QSignalSpy waitingSources(waiting, &MediaPlayback::sourceChanged);
    QSignalSpy shownSources(m_view->player(), &MediaPlayback::sourceChanged);

    QTRY_VERIFY_WITH_TIMEOUT(m_view->timelineClip() == 0, 10'000);
    QCOMPARE(m_view->player(), waiting);
    QCOMPARE(waitingSources.count(), 0);
    QCOMPARE(shownSources.count(), 0);
    // It plays on from the start: pictures of clip 0, moving.
    QTRY_VERIFY_WITH_TIMEOUT(shownGlobalFrame() >= 0 && shownGlobalFrame() < kFrames, 5'000);
    const int at = shownGlobalFrame();
    QVERIFY2(at <= 8, qPrintable(QString::number(at)));
    QTRY_VERIFY_WITH_TIMEOUT(shownGlobalFrame() > at && shownGlobalFrame() < kFrames, 5'000);
    // And the clip after it waits again.
    QTRY_VERIFY_WITH_TIMEOUT(hiddenPlayer()->source() == QUrl::fromLocalFile(m_grey.at(1))
                                 && (isLoaded(hiddenPlayer()) || hiddenPlayer()->mediaStatus() == MediaPlayback::EndOfMedia),
                             10'000);
}

// Paused, a seek anywhere shows that frame and names it, in either clip and
// back again; playing, a seek into the other clip plays on from there.
void TestPlayerTimeline::seekAcrossClips_landsOnTheExactFrame()
{
    m_view->findChild<PlayerControls *>()->setLooping(false);
    m_view->playTimeline(greyTimeline());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && m_view->timelineFrame() > 2, 10'000);
    m_view->togglePlayback();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isPlaying(), 5'000);
    for (const int frame : {31, 5, kFrames, kFrames - 1, 2 * kFrames - 1, 0, 40}) {
        m_view->seekTimeline(frame);
        QTRY_COMPARE_WITH_TIMEOUT(shownGlobalFrame(), frame, 10'000);
        QCOMPARE(m_view->timelineFrame(), qint64(frame));
        QCOMPARE(m_view->timelineClip(), frame / kFrames);
        QVERIFY(!m_view->isPlaying());
    }
    m_view->togglePlayback();
    m_view->seekTimeline(kFrames + 10);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && shownGlobalFrame() > kFrames + 10, 10'000);
    QCOMPARE(m_view->timelineClip(), 1);
}

// A crossfade of 8 frames: the timeline is 8 frames shorter (the export's
// A + B - N), and the view shows red and blue mixed while it runs.
void TestPlayerTimeline::crossfade_showsBothClipsBlended()
{
    const SequenceTimeline timeline = redBlueTimeline(8);
    QCOMPARE(timeline.totalFrames(), qint64(2 * kFrames - 8));
    QCOMPARE(timeline.crossfade(1), 8);

    m_view->findChild<PlayerControls *>()->setLooping(false);
    m_view->playTimeline(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && m_view->timelineClip() == 0, 10'000);

    // The picture in the middle of the view: red, blue, or some of both.
    int reds = 0;
    int blues = 0;
    int blends = 0;
    int blueThenRed = 0;
    bool sawBlue = false;
    const auto look = [&] {
        const QImage view = m_view->videoWidget()->grab().toImage();
        const QRgb c = view.pixel(view.width() / 2, view.height() / 2);
        const bool red = qRed(c) > 60;
        const bool blue = qBlue(c) > 60;
        if (red && blue)
            ++blends;
        else if (red)
            ++reds;
        else if (blue)
            ++blues;
        if (blue && !red)
            sawBlue = true;
        else if (red && sawBlue)
            ++blueThenRed;
        return m_view->timelineClip() == 1 && blue && !red;
    };
    QTRY_VERIFY_WITH_TIMEOUT(look(), 10'000);
    QVERIFY2(reds > 0, "the red clip was never seen");
    QVERIFY2(blends > 0, qPrintable(QStringLiteral("no blend seen: %1 red, %2 blue").arg(reds).arg(blues)));
    QCOMPARE(blueThenRed, 0);
    QVERIFY(!m_view->videoWidget()->hasOverlay());
}

// Paused inside the crossfade, the frame is shown as the export blends it
// (both clips), not the ending clip alone; outside it, the clip alone; and
// playing on from there still crosses the join.
void TestPlayerTimeline::crossfade_pausedInside_showsTheBlendAsAStill()
{
    const SequenceTimeline timeline = redBlueTimeline(8);
    m_view->findChild<PlayerControls *>()->setLooping(false);
    m_view->playTimeline(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPlaying() && m_view->timelineClip() == 0, 10'000);
    m_view->togglePlayback();
    QTRY_VERIFY(!m_view->isPlaying());

    const auto centre = [this] {
        const QImage view = m_view->videoWidget()->grab().toImage();
        return view.pixel(view.width() / 2, view.height() / 2);
    };
    // Frame 4 of the 8: the blue clip at 5/9 over the red one.
    m_view->seekTimeline(kFrames - 4);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->videoWidget()->hasOverlay() && qRed(centre()) > 60 && qBlue(centre()) > 60, 10'000);
    QVERIFY(!m_view->isPlaying());
    QCOMPARE(m_view->timelineClip(), 0);

    // Before the crossfade: red alone.
    m_view->seekTimeline(5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->videoWidget()->hasOverlay() && qRed(centre()) > 60 && qBlue(centre()) < 60, 10'000);

    // Back into it, then on: across the join to blue alone.
    m_view->seekTimeline(kFrames - 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->videoWidget()->hasOverlay(), 10'000);
    m_view->togglePlayback();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->timelineClip() == 1 && qBlue(centre()) > 60 && qRed(centre()) < 60, 10'000);
    QVERIFY(!m_view->videoWidget()->hasOverlay());
}

QTEST_MAIN(TestPlayerTimeline)
#include "tst_playertimeline.moc"
