// The exact frame: ClipFrames against the ffmpeg program on clips made as the
// emulator makes them (480p and 720p, 16:9 and 9:16, 81 and 100 frames at 16
// fps), also with a GOP that does not divide the frame count, B-frames and
// BT.709 colour tags. The first, a middle and the last frame must be ffmpeg's
// own frame N (select=eq(n,N), converted with the same accurate flags) to
// within 50 dB, and a neighbouring frame must not be, or the comparison proves
// nothing. Then the PNG and its stamp, and the
// background runners.

#include "core/translations.h"
#include "media/clipframes.h"
#include "media/frameexport.h"
#include "media/framepng.h"
#include "mediaprobe.h"
#include "testclips.h"

#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using wan::media::ClipFrames;
using wan::media::DecodedFrame;
using wan::media::FrameError;
using wan::media::FramePosition;
using wan::test::TestClip;

Q_DECLARE_METATYPE(TestClip)
Q_DECLARE_METATYPE(FrameError::Kind)

namespace {

constexpr double ExactDb = 50.0;
// A neighbouring frame of the moving pattern is far below this.
constexpr double NeighbourDb = 45.0;

struct ClipCase
{
    const char *name;
    TestClip clip;
};

// The clips Wan 2.2 returns (and the emulator imitates), and the encodings
// that make finding a frame hard.
const QList<ClipCase> &clipCases()
{
    static const QList<ClipCase> cases = {
        {"480p-16x9-81", {QSize(832, 480), 81, 16, {}}},
        {"480p-9x16-100", {QSize(480, 832), 100, 16, {}}},
        // 100 frames in GOPs of 24: the last GOP is short, the last frame far from a keyframe's seek.
        {"720p-16x9-100-gop24", {QSize(1280, 720), 100, 16, {QStringLiteral("-g"), QStringLiteral("24")}}},
        // B-frames (reordered, non-reference ones skipped while seeking), GOPs of 16 in 81 frames, BT.709 tags.
        {"720p-9x16-81-bframes-bt709",
         {QSize(720, 1280), 81, 16,
          {QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-bf"), QStringLiteral("3"), QStringLiteral("-g"),
           QStringLiteral("16"), QStringLiteral("-colorspace"), QStringLiteral("bt709"), QStringLiteral("-color_primaries"),
           QStringLiteral("bt709"), QStringLiteral("-color_trc"), QStringLiteral("bt709")}}},
    };
    return cases;
}

} // namespace

class TestClipFrames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void frameCountAndRate_matchFfprobe_data();
    void frameCountAndRate_matchFfprobe();
    void frames_areFfmpegsOwn_data();
    void frames_areFfmpegsOwn();
    void lastFrame_isFfmpegsLast_data();
    void lastFrame_isFfmpegsLast();
    void steps_forwardAndBack_stayExact();
    void seconds_nameThePlayersFrame();
    void pastTheEnd_saysHowManyFrames();
    void matroska_framesCounted_andExact();
    void brokenFiles_sayWhatIsWrong_data();
    void brokenFiles_sayWhatIsWrong();
    void png_carriesTheStamp_andTheExactPixels();
    void grabber_answersOffTheCallingThread();

private:
    QString clipPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".mp4")); }
    void addClipRows();

    QTemporaryDir m_dir;
};

void TestClipFrames::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    // English, with its plural forms ("81 frames"), as the app speaks it.
    wan::core::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    for (const ClipCase &c : clipCases()) {
        QString problem;
        QVERIFY2(wan::test::makeClip(c.clip, clipPath(c.name), &problem), qPrintable(problem));
    }
    // The index (moov) after the frames, as a muxer writes it without +faststart.
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(832, 480), 16, 16, {QStringLiteral("-movflags"), QStringLiteral("-faststart")}},
                                 clipPath("moov-last"), &problem),
             qPrintable(problem));
}

void TestClipFrames::addClipRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TestClip>("clip");
    for (const ClipCase &c : clipCases())
        QTest::newRow(c.name) << clipPath(c.name) << c.clip;
}

void TestClipFrames::frameCountAndRate_matchFfprobe_data()
{
    addClipRows();
}

void TestClipFrames::frameCountAndRate_matchFfprobe()
{
    QFETCH(QString, path);
    QFETCH(TestClip, clip);
    ClipFrames frames;
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    const wan::test::MediaFacts facts = wan::test::probeVideo(path);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(frames.frameCount(), qint64(facts.frames));
    QCOMPARE(frames.frameCount(), qint64(clip.frames));
    QCOMPARE(frames.frameRate().fps(), facts.fps);
    QCOMPARE(frames.size(), clip.size);
    QCOMPARE(frames.durationSeconds(), double(clip.frames) / clip.fps);
}

void TestClipFrames::frames_areFfmpegsOwn_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("index");
    for (const ClipCase &c : clipCases()) {
        const qint64 count = c.clip.frames;
        for (const qint64 index : {qint64(0), count / 2 + 1, count - 1})
            QTest::addRow("%s frame %lld", c.name, static_cast<long long>(index)) << clipPath(c.name) << index;
    }
}

void TestClipFrames::frames_areFfmpegsOwn()
{
    QFETCH(QString, path);
    QFETCH(qint64, index);
    ClipFrames frames;
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    const DecodedFrame frame = frames.frameAt(index);
    QVERIFY2(frame.ok(), qPrintable(frame.error.message));
    QCOMPARE(frame.index, index);
    QCOMPARE(frame.image.size(), frames.size());
    QCOMPARE(frame.image.format(), QImage::Format_RGB32);

    QString problem;
    const QImage reference = wan::test::ffmpegFrame(path, index, &problem);
    QVERIFY2(!reference.isNull(), qPrintable(problem));
    const double db = wan::test::psnr(frame.image, reference);
    // For the record, not held to anything: ffmpeg's plain PNG shares each
    // chroma sample between two pixels, which the test pattern's sharp colour
    // edges show.
    const double plain = wan::test::psnr(frame.image, wan::test::ffmpegFrame(path, index, nullptr, wan::test::Conversion::Plain));
    qInfo("frame %lld: %.1f dB against ffmpeg's accurate conversion, %.1f dB against its plain PNG", static_cast<long long>(index),
          db, plain);
    QVERIFY2(db >= ExactDb, qPrintable(QStringLiteral("%1 dB").arg(db)));

    // The comparison can tell frames apart: the neighbour is well below.
    const qint64 neighbour = index == 0 ? 1 : index - 1;
    const QImage other = wan::test::ffmpegFrame(path, neighbour, &problem);
    QVERIFY2(!other.isNull(), qPrintable(problem));
    QVERIFY2(wan::test::psnr(frame.image, other) < NeighbourDb,
             qPrintable(QStringLiteral("frame %1 against ffmpeg's %2: %3 dB").arg(index).arg(neighbour).arg(wan::test::psnr(frame.image, other))));
}

void TestClipFrames::lastFrame_isFfmpegsLast_data()
{
    addClipRows();
}

void TestClipFrames::lastFrame_isFfmpegsLast()
{
    QFETCH(QString, path);
    QFETCH(TestClip, clip);
    ClipFrames frames;
    frames.setImageFormat(QImage::Format_RGB888);
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    const DecodedFrame last = frames.frame(FramePosition::last());
    QVERIFY2(last.ok(), qPrintable(last.error.message));
    QCOMPARE(last.index, qint64(clip.frames - 1));
    QCOMPARE(last.image.format(), QImage::Format_RGB888);
    QCOMPARE(last.seconds, double(clip.frames - 1) / clip.fps);
    const QImage reference = wan::test::ffmpegFrame(path, clip.frames - 1);
    const double db = wan::test::psnr(last.image, reference);
    QVERIFY2(db >= ExactDb, qPrintable(QStringLiteral("%1 dB").arg(db)));
}

void TestClipFrames::steps_forwardAndBack_stayExact()
{
    // One ClipFrames asked frame after frame, as a player stepping does: going on
    // from where the decoder is, over skipped B-frames and across a keyframe,
    // then back.
    const QString path = clipPath("720p-9x16-81-bframes-bt709");
    ClipFrames frames;
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    for (const qint64 index : {qint64(10), qint64(11), qint64(12), qint64(14), qint64(15), qint64(17), qint64(40), qint64(13), qint64(0), qint64(80)}) {
        const DecodedFrame frame = frames.frameAt(index);
        QVERIFY2(frame.ok(), qPrintable(frame.error.message));
        QCOMPARE(frame.index, index);
        const double db = wan::test::psnr(frame.image, wan::test::ffmpegFrame(path, index));
        QVERIFY2(db >= ExactDb, qPrintable(QStringLiteral("frame %1: %2 dB").arg(index).arg(db)));
    }
}

void TestClipFrames::seconds_nameThePlayersFrame()
{
    const QString path = clipPath("480p-16x9-81");
    ClipFrames frames;
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    QCOMPARE(frames.indexOf(FramePosition::atSeconds(2.5)), std::optional<qint64>(40));
    QCOMPARE(frames.indexOf(FramePosition::atSeconds(2.562)), std::optional<qint64>(41));
    const DecodedFrame frame = frames.frame(FramePosition::atSeconds(2.5));
    QVERIFY2(frame.ok(), qPrintable(frame.error.message));
    QCOMPARE(frame.index, qint64(40));
    QCOMPARE(frame.seconds, 2.5);
    QVERIFY(wan::test::psnr(frame.image, wan::test::ffmpegFrame(path, 40)) >= ExactDb);
}

void TestClipFrames::pastTheEnd_saysHowManyFrames()
{
    ClipFrames frames;
    QVERIFY2(frames.open(clipPath("480p-16x9-81")), qPrintable(frames.error().message));
    DecodedFrame frame = frames.frameAt(81);
    QCOMPARE(frame.error.kind, FrameError::Kind::PastTheEnd);
    QVERIFY2(frame.error.message.contains(QStringLiteral("81 frames")), qPrintable(frame.error.message));
    QVERIFY2(frame.error.message.contains(QStringLiteral("0 to 80")), qPrintable(frame.error.message));
    frame = frames.frame(FramePosition::atSeconds(5.1));
    QCOMPARE(frame.error.kind, FrameError::Kind::PastTheEnd);
    QVERIFY2(frame.error.message.contains(QStringLiteral("5.0625 s")), qPrintable(frame.error.message));
    // The clip is still usable after a refusal.
    QVERIFY(frames.frameAt(80).ok());
}

void TestClipFrames::matroska_framesCounted_andExact()
{
    // Matroska states no frame count (the decoder counts the packets) and
    // keeps time in milliseconds, which 62.5 ms frames do not fit exactly.
    const QString path = m_dir.filePath(QStringLiteral("remuxed.mkv"));
    QProcess remux;
    remux.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
                                           clipPath("720p-9x16-81-bframes-bt709"), QStringLiteral("-c"), QStringLiteral("copy"), path});
    QVERIFY(remux.waitForFinished(60'000) && remux.exitCode() == 0);
    ClipFrames frames;
    QVERIFY2(frames.open(path), qPrintable(frames.error().message));
    QCOMPARE(frames.frameCount(), qint64(81));
    QCOMPARE(frames.frameRate().fps(), 16.0);
    for (const qint64 index : {qint64(0), qint64(37), qint64(38), qint64(80)}) {
        const DecodedFrame frame = frames.frameAt(index);
        QVERIFY2(frame.ok(), qPrintable(frame.error.message));
        const double db = wan::test::psnr(frame.image, wan::test::ffmpegFrame(path, index));
        QVERIFY2(db >= ExactDb, qPrintable(QStringLiteral("frame %1: %2 dB").arg(index).arg(db)));
    }
    const DecodedFrame last = frames.lastFrame();
    QVERIFY2(last.ok(), qPrintable(last.error.message));
    QCOMPARE(last.index, qint64(80));
}

void TestClipFrames::brokenFiles_sayWhatIsWrong_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FrameError::Kind>("kind");
    QTest::addColumn<QString>("says");

    const auto write = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    QFile real(clipPath("720p-16x9-100-gop24"));
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray clip = real.readAll();

    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.mp4")) << FrameError::Kind::NotFound
                             << QStringLiteral("does not exist");
    QTest::newRow("a folder") << m_dir.path() << FrameError::Kind::NotFound << QStringLiteral("is not a file");
    QTest::newRow("empty") << write(QStringLiteral("empty.mp4"), {}) << FrameError::Kind::Empty << QStringLiteral("is empty");
    QTest::newRow("text renamed .mp4") << write(QStringLiteral("notes.mp4"), "These are my notes, not a video.\n")
                                       << FrameError::Kind::NotAVideo << QStringLiteral("is not a video");
    QTest::newRow("first half (moov first)") << write(QStringLiteral("half.mp4"), clip.left(clip.size() / 2))
                                             << FrameError::Kind::Truncated << QStringLiteral("is incomplete");
    QTest::newRow("a few bytes short") << write(QStringLiteral("short.mp4"), clip.left(clip.size() - 10))
                                       << FrameError::Kind::Truncated << QStringLiteral("is incomplete");
    QFile moovLast(clipPath("moov-last"));
    QVERIFY(moovLast.open(QIODevice::ReadOnly));
    const QByteArray late = moovLast.readAll();
    QVERIFY(late.indexOf("moov") > late.indexOf("mdat")); // or the row below proves nothing
    QTest::newRow("first half (moov last, so missing)") << write(QStringLiteral("half-late.mp4"), late.left(late.size() / 2))
                                                       << FrameError::Kind::Truncated << QStringLiteral("is incomplete");
}

void TestClipFrames::brokenFiles_sayWhatIsWrong()
{
    QFETCH(QString, path);
    QFETCH(FrameError::Kind, kind);
    QFETCH(QString, says);
    ClipFrames frames;
    QVERIFY(!frames.open(path));
    QCOMPARE(frames.error().kind, kind);
    QVERIFY2(frames.error().message.contains(says), qPrintable(frames.error().message));
    QVERIFY(!frames.isOpen());
    // Asking for a frame anyway is answered, not a crash.
    QVERIFY(!frames.frameAt(0).ok());
}

void TestClipFrames::png_carriesTheStamp_andTheExactPixels()
{
    const QString settings = QStringLiteral(R"({"app":"Wan Studio","prompt":"灯台に波が  寄せる","seed":7})");
    wan::media::FrameExportRequest request;
    request.clipPath = clipPath("480p-9x16-100");
    request.at = FramePosition::atIndex(57);
    request.pngPath = m_dir.filePath(QStringLiteral("stamped.png"));
    request.imageFormat = QImage::Format_RGB888;
    QString askedFor;
    request.settingsOf = [&askedFor, settings](const QString &clip) {
        askedFor = clip;
        return settings.toUtf8();
    };
    const wan::media::FrameExportResult result = wan::media::FrameExport::runNow(request);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(askedFor, request.clipPath);
    QCOMPARE(result.pngPath, request.pngPath);
    QCOMPARE(result.frame.index, qint64(57));
    QCOMPARE(result.frameCount, qint64(100));

    QImageReader reader(request.pngPath);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.text(wan::media::FramePng::SourceKey), QStringLiteral("480p-9x16-100.mp4"));
    QCOMPARE(reader.text(wan::media::FramePng::FrameKey), QStringLiteral("57"));
    // QImageReader::text() collapses runs of spaces; the chunk itself holds them.
    QCOMPARE(reader.text(wan::media::FramePng::SettingsKey), settings.simplified());
    const QImage saved = reader.read();
    QCOMPARE(saved.text(wan::media::FramePng::SettingsKey), settings);
    QCOMPARE(saved.convertToFormat(QImage::Format_RGB888), result.frame.image);
    QVERIFY(wan::test::psnr(saved, wan::test::ffmpegFrame(request.clipPath, 57)) >= ExactDb);

    const wan::media::FrameStamp stamp = wan::media::FramePng::readStamp(request.pngPath);
    QCOMPARE(stamp.frame, qint64(57));
    QCOMPARE(stamp.source, QStringLiteral("480p-9x16-100.mp4"));
    // Unchanged, spaces and all, in any script.
    QCOMPARE(QString::fromUtf8(stamp.settingsJson), settings);
    QCOMPARE(QJsonDocument::fromJson(stamp.settingsJson).object().value(QStringLiteral("seed")).toInt(), 7);
    QVERIFY(wan::media::FramePng::readStamp(request.clipPath).isEmpty()); // not a PNG

    // A PNG that cannot be written says so, and leaves nothing behind.
    request.pngPath = m_dir.filePath(QStringLiteral("no-such-folder/deeper/x.png"));
    const wan::media::FrameExportResult failed = wan::media::FrameExport::runNow(request);
    QCOMPARE(failed.error.kind, FrameError::Kind::WriteFailed);
    QVERIFY(!QFile::exists(request.pngPath));
}

void TestClipFrames::grabber_answersOffTheCallingThread()
{
    wan::media::FrameGrabber grabber;
    QSignalSpy spy(&grabber, &wan::media::FrameGrabber::finished);
    wan::media::FrameExportRequest request;
    request.clipPath = clipPath("480p-16x9-81");
    request.at = FramePosition::last();
    const quint64 first = grabber.request(request);
    request.clipPath = m_dir.filePath(QStringLiteral("grabber-notes.mp4"));
    QFile notes(request.clipPath);
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not a video\n") > 0);
    notes.close();
    const quint64 second = grabber.request(request);
    QCOMPARE(grabber.pending(), 2);
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(grabber.pending(), 0);
    for (const QList<QVariant> &answer : std::as_const(spy)) {
        const auto result = answer.at(1).value<wan::media::FrameExportResult>();
        if (answer.at(0).toULongLong() == first) {
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            QCOMPARE(result.frame.index, qint64(80));
        } else {
            QCOMPARE(answer.at(0).toULongLong(), second);
            QCOMPARE(result.error.kind, FrameError::Kind::NotAVideo);
        }
    }

    // Cancelled requests are never answered.
    spy.clear();
    request.clipPath = clipPath("480p-16x9-81");
    grabber.request(request);
    grabber.cancel();
    QCOMPARE(grabber.pending(), 0);
    const quint64 after = grabber.request(request);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), after);
}

QTEST_GUILESS_MAIN(TestClipFrames)
#include "tst_clipframes.moc"
