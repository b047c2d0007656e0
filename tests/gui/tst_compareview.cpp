// CompareView against real clips made by ffmpeg at test time, played by Qt's
// FFmpeg media backend (the one the app uses) under the offscreen platform.
// The video sinks prove frames were shown: a frame's start time says which
// frame of the clip is on screen. differingKeys() is pure and needs no clips.

#include "gallery/compareview.h"
#include "library/libraryentry.h"
#include "player/videoview.h"
#include "player/mediaengine.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using wan::ui::MediaPlayback;

using wan::library::Entry;
using wan::ui::CompareView;
using wan::ui::VideoView;

namespace {

constexpr qreal kFrameMs = 62.5; // the test clips run at 16 fps, as Wan's do
constexpr qint64 kFrameUs = 62500;

// Every tunable parameter, as a finished run records them.
Entry makeEntry(const QString &output, qint64 seed, double shift = 12.0,
                const QString &prompt = QStringLiteral("a red fox in snow"))
{
    Entry entry;
    entry.model = QStringLiteral("wan-2.2-i2v-fast");
    entry.status = wan::library::EntryStatus::Completed;
    entry.imageSource = QStringLiteral("/home/ann/pictures/fox.jpg");
    entry.imageUrl = QStringLiteral("https://images.example/upload/%1.jpg").arg(seed); // a new upload per run
    entry.prompt = prompt;
    entry.seed = seed;
    entry.parameters = QJsonObject { { QStringLiteral("seed"), seed },
                                     { QStringLiteral("go_fast"), true },
                                     { QStringLiteral("num_frames"), 81 },
                                     { QStringLiteral("resolution"), QStringLiteral("480p") },
                                     { QStringLiteral("aspect_ratio"), QStringLiteral("16:9") },
                                     { QStringLiteral("sample_shift"), shift },
                                     { QStringLiteral("frames_per_second"), 16 } };
    entry.outputPath = output;
    return entry;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestCompareView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void differingKeys_data();
    void differingKeys();

    void entries_makeOnePlayerAndVideoEach_data();
    void entries_makeOnePlayerAndVideoEach();
    void entriesWithoutVideo_areRefusedWithMessage_data();
    void entriesWithoutVideo_areRefusedWithMessage();
    void play_startsAll_pause_pausesAllOnOneFrame();
    void seek_putsEveryClipWithinOneFrame_data();
    void seek_putsEveryClipWithinOneFrame();
    void stepFrames_movesEveryClipByOneFrame();
    void driftedClip_isPulledBackIntoStep();
    void loop_restartsAllTogether();
    void loopOff_stopsAllAtTheEnd();
    void longestClip_setsScrubBar_shorterRestsOnLastFrame();
    void controlBar_drivesAllClips();
    void damagedClip_isReported_othersPlayOn();
    void hiding_pausesAllClips();
    void keys_playPauseAndStepAllClips();
    void captions_markExactlyTheDifferingKeys_data();
    void captions_markExactlyTheDifferingKeys();
    void differingPrompts_showUnderEachClipElided();
    void everyControl_hasAccessibleName();
    void windowTitle_isKeptWhenTheCallerSetsOne();

private:
    QString makeClip(const QString &name, int frames);
    CompareView *showView(const QList<Entry> &entries);
    bool allPlayers(MediaPlayback::PlaybackState state) const;
    template<typename Predicate> bool everyPlayer(Predicate predicate) const;
    qint64 shownFrameUs(int clip) const;
    bool allShowFrame(qint64 frame) const;
    bool inStep() const;
    QString describe() const;
    void waitUntilPlayingPast(qint64 positionMs);
    QList<QLabel *> captionLines(int clip) const;

    QTemporaryDir m_dir;
    bool m_haveClips = false;
    QString m_clipA; // 32 frames, 2 s
    QString m_clipB; // 32 frames, 2 s, another pattern
    QString m_clipC; // copies of A, for four clips
    QString m_clipD;
    QString m_clipLong; // 64 frames, 4 s
    QString m_clipLong2;
    std::unique_ptr<CompareView> m_view;
};

#define REQUIRE_CLIPS()                                                                                                          \
    do {                                                                                                                         \
        if (!m_haveClips)                                                                                                        \
            QSKIP("ffmpeg is not installed; it makes the clips these tests play");                                               \
    } while (false)

QString TestCompareView::makeClip(const QString &name, int frames)
{
    QString path = m_dir.filePath(name);
    const QString source = name.contains(QLatin1Char('b')) ? QStringLiteral("testsrc=size=320x240:rate=16")
                                                           : QStringLiteral("testsrc2=size=320x240:rate=16");
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), source, QStringLiteral("-frames:v"),
                   QString::number(frames), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                   QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                   QStringLiteral("-movflags"), QStringLiteral("+faststart"), path });
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return QString();
    }
    return path;
}

void TestCompareView::initTestCase()
{
    // The app plays through the FFmpeg backend (GStreamer is installed too).
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        return; // the pure tests still run; the others skip
    m_clipA = makeClip(QStringLiteral("a.mp4"), 32);
    m_clipB = makeClip(QStringLiteral("b.mp4"), 32);
    m_clipLong = makeClip(QStringLiteral("long.mp4"), 64);
    QVERIFY(!m_clipA.isEmpty() && !m_clipB.isEmpty() && !m_clipLong.isEmpty());
    m_clipC = m_dir.filePath(QStringLiteral("c.mp4"));
    m_clipD = m_dir.filePath(QStringLiteral("d.mp4"));
    m_clipLong2 = m_dir.filePath(QStringLiteral("long2.mp4"));
    QVERIFY(QFile::copy(m_clipA, m_clipC));
    QVERIFY(QFile::copy(m_clipA, m_clipD));
    QVERIFY(QFile::copy(m_clipLong, m_clipLong2));
    m_haveClips = true;
}

void TestCompareView::cleanup()
{
    m_view.reset();
}

CompareView *TestCompareView::showView(const QList<Entry> &entries)
{
    m_view = std::make_unique<CompareView>();
    m_view->resize(1000, 760);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        qWarning() << "window not exposed";
    m_view->setEntries(entries);
    return m_view.get();
}

bool TestCompareView::allPlayers(MediaPlayback::PlaybackState state) const
{
    const QList<MediaPlayback *> players = m_view->players();
    return !players.isEmpty() && std::all_of(players.cbegin(), players.cend(), [state](MediaPlayback *player) {
        return player->playbackState() == state;
    });
}

template<typename Predicate> bool TestCompareView::everyPlayer(Predicate predicate) const
{
    const QList<MediaPlayback *> players = m_view->players();
    return !players.isEmpty() && std::all_of(players.cbegin(), players.cend(), predicate);
}

qint64 TestCompareView::shownFrameUs(int clip) const
{
    return m_view->videoWidgets().at(clip)->frameStartTime();
}

bool TestCompareView::allShowFrame(qint64 frame) const
{
    for (int i = 0; i < m_view->clipCount(); ++i) {
        if (shownFrameUs(i) != frame * kFrameUs)
            return false;
    }
    return true;
}

// Every clip shows the same frame as the first, or a neighbour of it. (The
// frames, not position(): the FFmpeg backend updates that every 100 ms.)
bool TestCompareView::inStep() const
{
    const qint64 first = shownFrameUs(0);
    for (int i = 1; i < m_view->clipCount(); ++i) {
        if (first < 0 || shownFrameUs(i) < 0 || qAbs(shownFrameUs(i) - first) > kFrameUs * 3 / 2)
            return false;
    }
    return true;
}

// For failure messages: every clip's state, position and the frame on screen.
QString TestCompareView::describe() const
{
    QStringList clips;
    for (int i = 0; m_view && i < m_view->clipCount(); ++i) {
        const MediaPlayback *player = m_view->players().at(i);
        clips.append(QStringLiteral("clip %1: state %2, %3 ms, frame at %4 ms")
                         .arg(i + 1)
                         .arg(int(player->playbackState()))
                         .arg(player->position())
                         .arg(double(shownFrameUs(i)) / 1000.0));
    }
    return clips.join(QStringLiteral("; "));
}

void TestCompareView::waitUntilPlayingPast(qint64 positionMs)
{
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState) && m_view->players().first()->position() > positionMs,
                              qPrintable(describe()), 15000);
}

QList<QLabel *> TestCompareView::captionLines(int clip) const
{
    QWidget *caption = m_view->findChild<QWidget *>(QStringLiteral("caption%1").arg(clip + 1));
    return caption ? caption->findChildren<QLabel *>() : QList<QLabel *>();
}

void TestCompareView::differingKeys_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("only the seed") << QList<Entry> { makeEntry({}, 1), makeEntry({}, 2) }
                                   << QStringList { QStringLiteral("seed") };
    QTest::newRow("seed and sample shift") << QList<Entry> { makeEntry({}, 1, 12.0), makeEntry({}, 2, 8.0) }
                                           << QStringList { QStringLiteral("seed"), QStringLiteral("sample_shift") };
    QTest::newRow("only the prompt") << QList<Entry> { makeEntry({}, 1, 12.0, QStringLiteral("a fox")),
                                                       makeEntry({}, 1, 12.0, QStringLiteral("a wolf")) }
                                     << QStringList { QStringLiteral("prompt") };
    QTest::newRow("nothing") << QList<Entry> { makeEntry({}, 7), makeEntry({}, 7), makeEntry({}, 7) } << QStringList();

    Entry otherImage = makeEntry({}, 1);
    otherImage.imageSource = QStringLiteral("/home/ann/pictures/owl.jpg");
    QTest::newRow("the image") << QList<Entry> { makeEntry({}, 1), otherImage } << QStringList { QStringLiteral("image") };

    Entry wholeAsDouble = makeEntry({}, 3);
    wholeAsDouble.parameters.insert(QStringLiteral("num_frames"), 81.0);
    QTest::newRow("81 and 81.0 are the same") << QList<Entry> { makeEntry({}, 3), wholeAsDouble } << QStringList();

    Entry defaultsLeftOut = makeEntry({}, 3);
    defaultsLeftOut.parameters.remove(QStringLiteral("resolution"));
    QTest::newRow("a left-out default is the default") << QList<Entry> { makeEntry({}, 3), defaultsLeftOut } << QStringList();

    Entry otherResolution = makeEntry({}, 3);
    otherResolution.parameters.insert(QStringLiteral("resolution"), QStringLiteral("720p"));
    QTest::newRow("one of four differs") << QList<Entry> { makeEntry({}, 3), makeEntry({}, 3), makeEntry({}, 3), otherResolution }
                                         << QStringList { QStringLiteral("resolution") };

    QTest::newRow("64-bit seeds one apart") << QList<Entry> { makeEntry({}, Q_INT64_C(9223372036854775806)),
                                                              makeEntry({}, Q_INT64_C(9223372036854775807)) }
                                            << QStringList { QStringLiteral("seed") };

    Entry unknown = makeEntry({}, 3);
    unknown.parameters.insert(QStringLiteral("motion_strength"), 0.7);
    QTest::newRow("a parameter only one run has")
        << QList<Entry> { makeEntry({}, 3), unknown } << QStringList { QStringLiteral("motion_strength") };
}

void TestCompareView::differingKeys()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QStringList, expected);
    const QStringList keys = CompareView::differingKeys(entries);
    QCOMPARE(toSet(keys), toSet(expected));
    QCOMPARE(keys.size(), expected.size());
}

void TestCompareView::entries_makeOnePlayerAndVideoEach_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("rows");
    QTest::newRow("two, side by side") << 2 << 1;
    QTest::newRow("three, 2x2") << 3 << 2;
    QTest::newRow("four, 2x2") << 4 << 2;
}

void TestCompareView::entries_makeOnePlayerAndVideoEach()
{
    REQUIRE_CLIPS();
    QFETCH(int, count);
    QFETCH(int, rows);
    const QStringList clips { m_clipA, m_clipB, m_clipC, m_clipD };
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append(makeEntry(clips.at(i), i + 1));

    // Spies on the sinks as soon as they exist: frames start arriving at once.
    m_view = std::make_unique<CompareView>();
    m_view->resize(1000, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy messages(m_view.get(), &CompareView::message);
    m_view->setEntries(entries);
    QCOMPARE(m_view->clipCount(), count);
    QCOMPARE(m_view->players().size(), count);
    QCOMPARE(m_view->videoWidgets().size(), count);
    QCOMPARE(m_view->entries().size(), count);

    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (VideoView *video : m_view->videoWidgets())
        spies.push_back(std::make_unique<QSignalSpy>(video->playback(), &MediaPlayback::frameChanged));
    for (const auto &spy : spies)
        QTRY_VERIFY_WITH_TIMEOUT(spy->count() > 2, 15000);
    for (int i = 0; i < count; ++i) {
        const QImage image = m_view->videoWidgets().at(i)->frameImage();
        QCOMPARE(image.size(), QSize(320, 240));
        QVERIFY(m_view->videoWidgets().at(i)->isVisible());
    }
    QVERIFY(allPlayers(MediaPlayback::PlayingState));
    QVERIFY(m_view->isPlaying());
    QCOMPARE(messages.count(), 0);

    // Two side by side; three or four in two rows of two.
    QSet<int> tops;
    QSet<int> lefts;
    for (VideoView *video : m_view->videoWidgets()) {
        const QPoint at = video->mapTo(m_view.get(), QPoint(0, 0));
        tops.insert(at.y());
        lefts.insert(at.x());
    }
    QCOMPARE(int(tops.size()), rows);
    QCOMPARE(int(lefts.size()), 2);

    // New entries replace the old clips.
    m_view->setEntries({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    QCOMPARE(m_view->clipCount(), 2);
    QCOMPARE(m_view->findChildren<VideoView *>().size(), 2);
    QCOMPARE(m_view->findChildren<MediaPlayback *>().size(), 2);
}

void TestCompareView::entriesWithoutVideo_areRefusedWithMessage_data()
{
    QTest::addColumn<QStringList>("outputs"); // "A".."D": a real clip; "" none; "missing": a path with no file
    QTest::addColumn<int>("clips");
    // The plural forms come from the English translation, not loaded here.
    QTest::addColumn<QString>("messagePattern");
    QTest::newRow("one without output") << QStringList { QStringLiteral("A"), QString(), QStringLiteral("B") } << 2
                                        << QStringLiteral("^1 run.* without a finished video left out\\.$");
    QTest::newRow("one whose file is gone") << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("missing") }
                                            << 2 << QStringLiteral("^1 run.* without a finished video left out\\.$");
    QTest::newRow("two without output") << QStringList { QString(), QStringLiteral("A"), QString(), QStringLiteral("B") } << 2
                                        << QStringLiteral("^2 run.* without a finished video left out\\.$");
    QTest::newRow("only one usable") << QStringList { QStringLiteral("A"), QString() } << 0
                                     << QStringLiteral("Choose two to four finished runs to compare.");
    QTest::newRow("five") << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                           QStringLiteral("A") }
                          << 4 << QStringLiteral("^Only the first 4 runs are compared\\.$");
}

void TestCompareView::entriesWithoutVideo_areRefusedWithMessage()
{
    REQUIRE_CLIPS();
    QFETCH(QStringList, outputs);
    QFETCH(int, clips);
    QFETCH(QString, messagePattern);
    QList<Entry> entries;
    for (int i = 0; i < outputs.size(); ++i) {
        const QString &output = outputs.at(i);
        QString path;
        if (output == QLatin1String("A"))
            path = m_clipA;
        else if (output == QLatin1String("B"))
            path = m_clipB;
        else if (output == QLatin1String("C"))
            path = m_clipC;
        else if (output == QLatin1String("D"))
            path = m_clipD;
        else if (output == QLatin1String("missing"))
            path = m_dir.filePath(QStringLiteral("gone.mp4"));
        entries.append(makeEntry(path, i + 1));
    }
    m_view = std::make_unique<CompareView>();
    QSignalSpy messages(m_view.get(), &CompareView::message);
    m_view->show();
    m_view->setEntries(entries);
    QCOMPARE(m_view->clipCount(), clips);
    QCOMPARE(m_view->players().size(), clips);
    QCOMPARE(messages.count(), 1);
    const QString text = messages.first().first().toString();
    QVERIFY2(QRegularExpression(messagePattern).match(text).hasMatch(), qPrintable(text));
    auto *placeholder = m_view->findChild<QLabel *>(QStringLiteral("placeholderLabel"));
    QVERIFY(placeholder);
    QCOMPARE(placeholder->isVisible(), clips == 0);
    QCOMPARE(m_view->findChild<QToolButton *>(QStringLiteral("playPauseButton"))->isEnabled(), clips > 0);
    // The refused ones are not among the clips.
    for (const Entry &entry : m_view->entries())
        QVERIFY(QFile::exists(entry.outputPath));
}

void TestCompareView::play_startsAll_pause_pausesAllOnOneFrame()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2), makeEntry(m_clipC, 3) });
    waitUntilPlayingPast(400);

    m_view->pause();
    QVERIFY(!m_view->isPlaying());
    // Every clip comes to rest, on the same frame, and the positions agree with it.
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && shownFrameUs(0) >= 0
                                  && allShowFrame(shownFrameUs(0) / kFrameUs),
                              qPrintable(describe()), 5000);
    const qint64 frame = shownFrameUs(0) / kFrameUs;
    QVERIFY(frame > 0);
    for (MediaPlayback *player : m_view->players())
        QVERIFY2(qAbs(player->position() - frame * kFrameMs) <= 1.5, qPrintable(QString::number(player->position())));
    QCOMPARE(m_view->findChild<QToolButton *>(QStringLiteral("playPauseButton"))->accessibleName(), QStringLiteral("Play"));

    m_view->play();
    QVERIFY(m_view->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState), qPrintable(describe()), 5000);
    // All move on from the paused frame (or have looped round to the start).
    QSignalSpy moved(m_view->players().last(), &MediaPlayback::positionChanged);
    QTRY_VERIFY_WITH_TIMEOUT(moved.count() > 2, 5000);
    QCOMPARE(m_view->findChild<QToolButton *>(QStringLiteral("playPauseButton"))->accessibleName(), QStringLiteral("Pause"));
}

void TestCompareView::seek_putsEveryClipWithinOneFrame_data()
{
    QTest::addColumn<bool>("playing");
    QTest::newRow("paused") << false;
    QTest::newRow("playing") << true;
}

void TestCompareView::seek_putsEveryClipWithinOneFrame()
{
    REQUIRE_CLIPS();
    QFETCH(bool, playing);
    showView({ makeEntry(m_clipLong, 1), makeEntry(m_clipLong2, 2) });
    waitUntilPlayingPast(100);
    if (!playing) {
        m_view->pause();
        QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState), qPrintable(describe()), 5000);
    }

    m_view->seek(1000);
    if (playing) {
        // Playing on from 1000 ms, in step with each other.
        QTRY_VERIFY2_WITH_TIMEOUT(
            everyPlayer([](MediaPlayback *player) { return player->position() >= 1000 - kFrameMs && player->position() < 1800; })
                && allPlayers(MediaPlayback::PlayingState) && inStep() && shownFrameUs(0) >= 1000000 - kFrameUs,
            qPrintable(describe()), 5000);
        return;
    }
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && everyPlayer([](MediaPlayback *player) {
                                  return qAbs(player->position() - 1000) <= kFrameMs;
                              }),
                              qPrintable(describe()), 5000);
    // And the picture is the frame at 1000 ms (frame 16 starts there).
    QTRY_VERIFY2_WITH_TIMEOUT(allShowFrame(16), qPrintable(describe()), 5000);
    QCOMPARE(m_view->findChild<QSlider *>(QStringLiteral("scrubSlider"))->value(), 1000);
}

void TestCompareView::stepFrames_movesEveryClipByOneFrame()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2), makeEntry(m_clipC, 3), makeEntry(m_clipD, 4) });
    waitUntilPlayingPast(100);
    m_view->pause();
    m_view->seek(500); // frame 8
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(8), qPrintable(describe()), 5000);
    QList<qint64> before;
    for (MediaPlayback *player : m_view->players())
        before.append(player->position());

    m_view->stepFrames(1);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(9), qPrintable(describe()), 5000);
    for (int i = 0; i < m_view->clipCount(); ++i) {
        const qint64 position = m_view->players().at(i)->position();
        QVERIFY2(qAbs(position - (before.at(i) + kFrameMs)) <= 1.5, qPrintable(QString::number(position)));
    }

    m_view->stepFrames(-2);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(7), qPrintable(describe()), 5000);

    // From playing, a step pauses every clip on one frame.
    m_view->play();
    waitUntilPlayingPast(700);
    m_view->stepFrames(1);
    QVERIFY(!m_view->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && shownFrameUs(0) > 0
                                  && allShowFrame(shownFrameUs(0) / kFrameUs),
                              qPrintable(describe()), 5000);
}

void TestCompareView::driftedClip_isPulledBackIntoStep()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipLong, 1), makeEntry(m_clipLong2, 2) });
    // Without looping, a clip that was never brought back cannot look in step
    // by both starting over.
    m_view->setLooping(false);
    waitUntilPlayingPast(200);
    const QList<MediaPlayback *> players = m_view->players();
    const int resyncs = m_view->resyncCount();

    // Knock the second clip 700 ms ahead, behind the view's back.
    players.at(1)->setPosition(players.at(0)->position() + 700);
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->resyncCount() > resyncs, qPrintable(describe()), 3000);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState) && players.at(0)->position() < 3500 && inStep(),
                              qPrintable(describe()), 3000);
}

void TestCompareView::loop_restartsAllTogether()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    QVERIFY(m_view->isLooping());
    waitUntilPlayingPast(1600);
    // Past the end of the 2 s clips both play again from the start, in step.
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState)
                                  && everyPlayer([](MediaPlayback *player) { return player->position() < 600; }) && inStep()
                                  && shownFrameUs(0) < 600000,
                              qPrintable(describe()), 5000);
    QVERIFY(m_view->isPlaying());
}

void TestCompareView::loopOff_stopsAllAtTheEnd()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    auto *loop = m_view->findChild<QToolButton *>(QStringLiteral("loopButton"));
    QVERIFY(loop && loop->isChecked());
    loop->click();
    QVERIFY(!m_view->isLooping());
    QTRY_VERIFY2_WITH_TIMEOUT(!m_view->isPlaying(), qPrintable(describe()), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([](MediaPlayback *player) { return player->mediaStatus() == MediaPlayback::EndOfMedia; }),
                              qPrintable(describe()), 5000);
    QCOMPARE(m_view->findChild<QToolButton *>(QStringLiteral("playPauseButton"))->accessibleName(), QStringLiteral("Play"));

    // Play at the end starts every clip over.
    m_view->play();
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState) && m_view->players().first()->position() < 1000,
                              qPrintable(describe()), 5000);
}

void TestCompareView::longestClip_setsScrubBar_shorterRestsOnLastFrame()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipLong, 2) }); // 2 s and 4 s
    auto *scrub = m_view->findChild<QSlider *>(QStringLiteral("scrubSlider"));
    QVERIFY(scrub);
    QTRY_COMPARE_WITH_TIMEOUT(scrub->maximum(), 4000, 10000);

    m_view->pause();
    m_view->seek(3000);
    // The long clip shows 3.0 s (frame 48); the short one its last frame (31).
    // (On a loaded machine the 2 s clip may have played to its end, and so
    // stopped, before the pause: it must only not be playing.)
    const auto restingShortClip = [this] { return m_view->players().at(0)->playbackState() != MediaPlayback::PlayingState; };
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->players().at(1)->playbackState() == MediaPlayback::PausedState && restingShortClip()
                                  && shownFrameUs(1) == 48 * kFrameUs
                                  && shownFrameUs(0) == 31 * kFrameUs,
                              qPrintable(describe()), 5000);
    QCOMPARE(scrub->value(), 3000);

    // Playing from there: the long clip plays on, the short one stays put.
    m_view->play();
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->players().at(1)->position() > 3200, qPrintable(describe()), 5000);
    QCOMPARE(shownFrameUs(0), 31 * kFrameUs);
    // Both start over together when the long one ends.
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState) && m_view->players().at(1)->position() < 1000
                                  && m_view->players().at(0)->position() < 1000,
                              qPrintable(describe()), 8000);
}

void TestCompareView::controlBar_drivesAllClips()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    waitUntilPlayingPast(100);
    auto *playPause = m_view->findChild<QToolButton *>(QStringLiteral("playPauseButton"));
    auto *speed = m_view->findChild<QComboBox *>(QStringLiteral("speedCombo"));
    auto *forward = m_view->findChild<QToolButton *>(QStringLiteral("stepForwardButton"));
    QVERIFY(playPause && speed && forward);
    // The file actions of the single-clip player have no place here.
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("saveAsButton"))->isVisible());

    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && shownFrameUs(0) >= 0
                                  && allShowFrame(shownFrameUs(0) / kFrameUs),
                              qPrintable(describe()), 5000);
    const qint64 frame = shownFrameUs(0) / kFrameUs;
    if (frame < 31) {
        forward->click();
        QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(frame + 1), qPrintable(describe()), 5000);
    }

    const int doubleSpeed = speed->findData(2.0);
    QVERIFY(doubleSpeed >= 0);
    speed->setCurrentIndex(doubleSpeed);
    for (MediaPlayback *player : m_view->players())
        QCOMPARE(player->playbackRate(), 2.0);
    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState), qPrintable(describe()), 5000);
}

void TestCompareView::damagedClip_isReported_othersPlayOn()
{
    REQUIRE_CLIPS();
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.mp4"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    m_view = std::make_unique<CompareView>();
    QSignalSpy messages(m_view.get(), &CompareView::message);
    m_view->resize(1000, 760);
    m_view->show();
    m_view->setEntries({ makeEntry(m_clipA, 1), makeEntry(damaged, 2), makeEntry(m_clipB, 3) });
    QCOMPARE(m_view->clipCount(), 3); // the file is there; only playing it shows it is no video
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    QVERIFY2(messages.first().first().toString().startsWith(QStringLiteral("Clip 2 cannot be played: ")),
             qPrintable(messages.first().first().toString()));
    auto *error
        = m_view->findChild<QWidget *>(QStringLiteral("clipCell2"))->findChild<QLabel *>(QStringLiteral("clipErrorLabel"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->accessibleName(), error->text());

    // The other two play, loop and step on without it.
    const QList<MediaPlayback *> players = m_view->players();
    QTRY_VERIFY_WITH_TIMEOUT(players.at(0)->position() > 1500 && players.at(2)->playbackState() == MediaPlayback::PlayingState,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(players.at(0)->position() < 600 && players.at(2)->position() < 600
                                 && players.at(2)->playbackState() == MediaPlayback::PlayingState,
                             5000);
    m_view->pause();
    m_view->seek(500);
    QTRY_VERIFY2_WITH_TIMEOUT(shownFrameUs(0) == 8 * kFrameUs && shownFrameUs(2) == 8 * kFrameUs
                                  && players.at(0)->playbackState() == MediaPlayback::PausedState
                                  && players.at(2)->playbackState() == MediaPlayback::PausedState,
                              qPrintable(describe()), 5000);
    QCOMPARE(messages.count(), 1);
}

void TestCompareView::hiding_pausesAllClips()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    waitUntilPlayingPast(100);
    // A closed comparison window does not go on decoding in the background.
    m_view->close();
    QVERIFY(!m_view->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState), qPrintable(describe()), 5000);
}

void TestCompareView::keys_playPauseAndStepAllClips()
{
    REQUIRE_CLIPS();
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2) });
    waitUntilPlayingPast(100);
    m_view->activateWindow();
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QVERIFY(!m_view->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && shownFrameUs(0) >= 0
                                  && allShowFrame(shownFrameUs(0) / kFrameUs),
                              qPrintable(describe()), 5000);
    qint64 frame = shownFrameUs(0) / kFrameUs;
    if (frame > 29) {
        m_view->stepFrames(int(29 - frame));
        QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(29), qPrintable(describe()), 5000);
        frame = 29;
    }

    QTest::keyClick(m_view.get(), Qt::Key_Period);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(frame + 1), qPrintable(describe()), 5000);
    QTest::keyClick(m_view.get(), Qt::Key_Comma);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(frame), qPrintable(describe()), 5000);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(frame + 1), qPrintable(describe()), 5000);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PausedState) && allShowFrame(frame), qPrintable(describe()), 5000);

    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QVERIFY(m_view->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(allPlayers(MediaPlayback::PlayingState), qPrintable(describe()), 5000);
}

void TestCompareView::captions_markExactlyTheDifferingKeys_data()
{
    differingKeys_data();
}

void TestCompareView::captions_markExactlyTheDifferingKeys()
{
    REQUIRE_CLIPS();
    QFETCH(QList<Entry>, entries);
    QFETCH(QStringList, expected);
    const QStringList clips { m_clipA, m_clipB, m_clipC, m_clipD };
    for (int i = 0; i < entries.size(); ++i)
        entries[i].outputPath = clips.at(i);
    showView(entries);
    QCOMPARE(m_view->clipCount(), int(entries.size()));

    for (int clip = 0; clip < m_view->clipCount(); ++clip) {
        const QList<QLabel *> lines = captionLines(clip);
        QVERIFY(!lines.isEmpty());
        QSet<QString> marked;
        bool seedShown = false;
        for (QLabel *line : lines) {
            const QString key = line->property("captionKey").toString();
            QVERIFY2(!key.isEmpty(), qPrintable(line->text()));
            seedShown = seedShown || key == QLatin1String("seed");
            const bool differs = line->property("differs").toBool();
            QCOMPARE(differs, expected.contains(key));
            QCOMPARE(line->font().bold(), differs);
            if (differs)
                marked.insert(key);
            QVERIFY(line->isVisible());
        }
        QCOMPARE(marked, toSet(expected));
        // Every card names its seed, marked or not.
        QVERIFY(seedShown);
    }
    // What all share is said once, above the grid, unmarked.
    auto *shared = m_view->findChild<QLabel *>(QStringLiteral("sameForAllLabel"));
    QVERIFY(shared);
    QCOMPARE(shared->property("differs").toBool(), false);
    QVERIFY(shared->isVisible());
    QVERIFY(shared->text().startsWith(QStringLiteral("Same for all: ")));
    QCOMPARE(shared->text().contains(QStringLiteral("Resolution: ")), !expected.contains(QStringLiteral("resolution")));
    QCOMPARE(shared->text().contains(QStringLiteral("Sample shift: ")), !expected.contains(QStringLiteral("sample_shift")));
    auto *sharedPrompt = m_view->findChild<QLabel *>(QStringLiteral("sharedPromptLabel"));
    QVERIFY(sharedPrompt);
    QCOMPARE(sharedPrompt->isVisible(), !expected.contains(QStringLiteral("prompt")));
}

void TestCompareView::differingPrompts_showUnderEachClipElided()
{
    REQUIRE_CLIPS();
    QString longPrompt;
    for (int i = 0; i < 40; ++i)
        longPrompt += QStringLiteral("slow dolly shot through falling snow ");
    const QString promptA = longPrompt + QStringLiteral("ending at the fox");
    const QString promptB = longPrompt + QStringLiteral("ending at the owl");
    showView({ makeEntry(m_clipA, 5, 12.0, promptA), makeEntry(m_clipB, 5, 12.0, promptB) });
    QCOMPARE(CompareView::differingKeys(m_view->entries()), QStringList { QStringLiteral("prompt") });

    const QStringList prompts { promptA, promptB };
    for (int clip = 0; clip < 2; ++clip) {
        QLabel *promptLine = nullptr;
        for (QLabel *line : captionLines(clip)) {
            if (line->property("captionKey").toString() == QLatin1String("prompt"))
                promptLine = line;
        }
        QVERIFY(promptLine);
        QVERIFY(promptLine->property("differs").toBool());
        QVERIFY(promptLine->toolTip().contains(prompts.at(clip)));
        QVERIFY(promptLine->accessibleName().contains(prompts.at(clip)));
        // Elided to the card's width.
        QTRY_VERIFY(promptLine->text().endsWith(QChar(0x2026)));
        QVERIFY(promptLine->text().size() < promptLine->toolTip().size());
        QVERIFY(promptLine->fontMetrics().horizontalAdvance(promptLine->text()) <= promptLine->width());
    }
    auto *sharedPrompt = m_view->findChild<QLabel *>(QStringLiteral("sharedPromptLabel"));
    QVERIFY(sharedPrompt && !sharedPrompt->isVisible());
}

void TestCompareView::everyControl_hasAccessibleName()
{
    REQUIRE_CLIPS();
    Entry other = makeEntry(m_clipD, 4, 8.0);
    other.imageSource = QStringLiteral("/home/ann/pictures/owl.jpg");
    showView({ makeEntry(m_clipA, 1), makeEntry(m_clipB, 2), makeEntry(m_clipC, 3), other });

    const QList<QAbstractButton *> buttons = m_view->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 5);
    for (QAbstractButton *button : buttons) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        // The words a screen reader says are the words on (or over) the button.
        QCOMPARE(button->accessibleName(), button->text());
    }
    for (QAbstractSlider *slider : m_view->findChildren<QAbstractSlider *>())
        QVERIFY2(!slider->accessibleName().isEmpty(), qPrintable(slider->objectName()));
    for (QComboBox *combo : m_view->findChildren<QComboBox *>())
        QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
    for (VideoView *video : m_view->videoWidgets())
        QVERIFY(!video->accessibleName().isEmpty());
    for (QLabel *label : m_view->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->text()));
        // Elided lines carry the whole text, of which the visible one is a part.
        const QString visible = label->text().endsWith(QChar(0x2026)) ? label->text().chopped(1) : label->text();
        QVERIFY2(label->accessibleName().startsWith(visible), qPrintable(label->accessibleName()));
    }
    // Marked lines say so, since bold is not read out.
    for (int clip = 0; clip < 4; ++clip) {
        for (QLabel *line : captionLines(clip)) {
            if (line->property("differs").toBool())
                QVERIFY(!line->accessibleDescription().isEmpty());
        }
    }
}

void TestCompareView::windowTitle_isKeptWhenTheCallerSetsOne()
{
    // Runs without videos: nothing to play, so this needs no clips.
    CompareView view;
    QCOMPARE(view.windowTitle(), QStringLiteral("Compare Runs"));
    view.setEntries({ makeEntry({}, 1), makeEntry({}, 2) });
    QCOMPARE(view.windowTitle(), QStringLiteral("Compare Runs"));
    QCOMPARE(view.clipCount(), 0);

    view.setWindowTitle(QStringLiteral("Compare 2 clips"));
    view.setEntries({ makeEntry({}, 1), makeEntry({}, 2) });
    QCOMPARE(view.windowTitle(), QStringLiteral("Compare 2 clips"));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&view, &languageChange);
    QCOMPARE(view.windowTitle(), QStringLiteral("Compare 2 clips"));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
