// media::VideoExport on real clips, read back with Debian's ffprobe and
// ffmpeg (and, for animated WebP, which FFmpeg 5.1 cannot decode, its RIFF
// chunks): frame counts, sizes, rates and durations of every format, the seam
// rule, crossfades that are blends of both sides, ping-pong order, a GIF that
// loops, and a cancel that leaves nothing behind.

#include "media/framepng.h"
#include "media/videoexport.h"
#include "mediaprobe.h"
#include "testclips.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using wan::media::ExportClip;
using wan::media::ExportFormat;
using wan::media::ExportRequest;
using wan::media::ExportResult;
using wan::media::VideoExport;

using wan::test::meanAbsoluteDifference;
using wan::test::mix;

namespace {

struct Probed
{
    int frames = 0;
    QSize size;
    double fps = 0;
    double duration = 0;
};

Probed probe(const QString &path)
{
    const wan::test::MediaFacts facts = wan::test::probeVideo(path);
    Probed p{facts.frames, facts.size, facts.fps, 0};
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                              QStringLiteral("format=duration"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    ffprobe.waitForFinished(60'000);
    p.duration = ffprobe.readAllStandardOutput().trimmed().toDouble();
    return p;
}

// An animated WebP's canvas, loop count and frames, from its RIFF chunks.
struct WebpFacts
{
    bool ok = false;
    QSize canvas;
    int loops = -1;
    int frames = 0;
    int durationMs = 0;
};

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= quint32(uchar(b.at(at + i))) << (8 * i);
    return v;
}

WebpFacts readWebp(const QString &path)
{
    QFile file(path);
    WebpFacts facts;
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    const QByteArray b = file.readAll();
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WEBP")
        return facts;
    for (qsizetype at = 12; at + 8 <= b.size();) {
        const QByteArray id = b.mid(at, 4);
        const qsizetype size = le(b, at + 4, 4);
        const qsizetype body = at + 8;
        if (id == "VP8X")
            facts.canvas = QSize(int(le(b, body + 4, 3)) + 1, int(le(b, body + 7, 3)) + 1);
        else if (id == "ANIM")
            facts.loops = int(le(b, body + 4, 2));
        else if (id == "ANMF") {
            ++facts.frames;
            facts.durationMs += int(le(b, body + 12, 3));
        }
        at = body + size + (size & 1);
    }
    facts.ok = true;
    return facts;
}

// The source frame each PNG of a frame folder shows (its stamp), in order.
QList<qint64> stampedFrames(const QString &folder, QStringList *sources = nullptr)
{
    QList<qint64> frames;
    const QStringList names = QDir(folder).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const wan::media::FrameStamp stamp = wan::media::FramePng::readStamp(QDir(folder).filePath(name));
        frames << stamp.frame;
        if (sources)
            *sources << stamp.source;
    }
    return frames;
}

} // namespace

class TestVideoExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyFormat_hasTheFramesSizeRateAndDuration_data();
    void everyFormat_hasTheFramesSizeRateAndDuration();
    void continuation_dropsTheRepeatedFrame();
    void continuation_notDroppedWhenTheParentIsTrimmed();
    void crossfade_blendsBothSides();
    void pingPong_playsForwardThenBack();
    void frameRate_keepsTheLengthInSeconds();
    void gif_loopsForever_andCarriesItsProvenance();
    void mp4_carriesEveryClipsSettings();
    void cancel_leavesNothingBehind();
    void streamCopy_keepsTheClipsPictures();
    void badInput_writesNothing_data();
    void badInput_writesNothing();

private:
    ExportRequest request(const QStringList &clips, ExportFormat format, const QString &out) const;
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    QString m_a;       // 33 frames, 320x240, 16 fps: the test pattern
    QString m_b;       // the same, negated: every pixel differs from A's
    QString m_portrait; // 17 frames, 240x320
};

void TestVideoExport::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    m_a = m_dir.filePath(QStringLiteral("a.mp4"));
    m_b = m_dir.filePath(QStringLiteral("b.mp4"));
    m_portrait = m_dir.filePath(QStringLiteral("portrait.mp4"));
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {}}, m_a, &problem), qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {QStringLiteral("-vf"), QStringLiteral("negate")}}, m_b, &problem),
             qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(240, 320), 17, 16, {}}, m_portrait, &problem), qPrintable(problem));
}

ExportRequest TestVideoExport::request(const QStringList &clips, ExportFormat format, const QString &out) const
{
    ExportRequest r;
    for (const QString &clip : clips)
        r.clips.append(ExportClip{clip, -1, -1, -1, {}});
    r.format = format;
    r.out = m_dir.filePath(out);
    return r;
}

QStringList TestVideoExport::leftovers() const
{
    return QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestVideoExport::everyFormat_hasTheFramesSizeRateAndDuration_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("codec");
    QTest::newRow("mp4") << int(ExportFormat::Mp4) << QStringLiteral("all.mp4") << QStringLiteral("h264");
    QTest::newRow("webm") << int(ExportFormat::WebM) << QStringLiteral("all.webm") << QStringLiteral("vp9");
    QTest::newRow("gif") << int(ExportFormat::Gif) << QStringLiteral("all.gif") << QStringLiteral("gif");
    QTest::newRow("webp") << int(ExportFormat::WebP) << QStringLiteral("all.webp") << QString();
    QTest::newRow("png") << int(ExportFormat::PngFrames) << QStringLiteral("all-frames") << QString();
}

void TestVideoExport::everyFormat_hasTheFramesSizeRateAndDuration()
{
    QFETCH(int, format);
    QFETCH(QString, out);
    QFETCH(QString, codec);
    // Two clips of 33 frames (not a continuation), the long edge 160: 160x120, 66 frames at 16 fps.
    ExportRequest r = request({m_a, m_b}, ExportFormat(format), out);
    r.longEdge = 160;
    QList<qint64> seen;
    const ExportResult result = VideoExport::run(r, [&seen](const wan::media::ExportProgress &p) { seen << p.done; });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 66);
    QCOMPARE(result.size, QSize(160, 120));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast(), format == int(ExportFormat::Gif) ? 132 : 66); // a GIF's two passes
    QVERIFY(leftovers().isEmpty());

    if (ExportFormat(format) == ExportFormat::PngFrames) {
        QStringList sources;
        const QList<qint64> frames = stampedFrames(result.out, &sources);
        QCOMPARE(frames.size(), 66);
        QCOMPARE(QImage(QDir(result.out).filePath(QStringLiteral("frame-00065.png"))).size(), QSize(160, 120));
        QCOMPARE(sources.constFirst(), QStringLiteral("a.mp4"));
        QCOMPARE(sources.constLast(), QStringLiteral("b.mp4"));
        return;
    }
    if (ExportFormat(format) == ExportFormat::WebP) {
        const WebpFacts webp = readWebp(result.out);
        QVERIFY(webp.ok);
        QCOMPARE(webp.canvas, QSize(160, 120));
        QCOMPARE(webp.frames, 66);
        QCOMPARE(webp.loops, 0); // forever
        QVERIFY2(std::abs(webp.durationMs - 4125) <= 66, qPrintable(QString::number(webp.durationMs)));
        return;
    }
    const Probed p = probe(result.out);
    QCOMPARE(p.frames, 66);
    QCOMPARE(p.size, QSize(160, 120));
    QCOMPARE(p.fps, 16.0);
    // 66 / 16 = 4.125 s; a GIF keeps time in hundredths.
    QVERIFY2(std::abs(p.duration - 4.125) < 0.07, qPrintable(QString::number(p.duration)));
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                              QStringLiteral("stream=codec_name"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                                              result.out});
    ffprobe.waitForFinished(60'000);
    QCOMPARE(QString::fromUtf8(ffprobe.readAllStandardOutput().trimmed()), codec);
}

void TestVideoExport::continuation_dropsTheRepeatedFrame()
{
    ExportRequest r = request({m_a, m_b}, ExportFormat::Mp4, QStringLiteral("seam.mp4"));
    r.clips[1].continuesFrame = 32; // B starts from A's last frame
    ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 33 + 33 - 1);
    QCOMPARE(probe(result.out).frames, 65);

    r.format = ExportFormat::PngFrames;
    r.out = m_dir.filePath(QStringLiteral("seam-frames"));
    result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QStringList sources;
    const QList<qint64> frames = stampedFrames(result.out, &sources);
    QCOMPARE(frames.size(), 65);
    QCOMPARE(frames.at(32), 32);                   // A's last
    QCOMPARE(sources.at(32), QStringLiteral("a.mp4"));
    QCOMPARE(frames.at(33), 1);                    // then B from its second frame
    QCOMPARE(sources.at(33), QStringLiteral("b.mp4"));
}

void TestVideoExport::continuation_notDroppedWhenTheParentIsTrimmed()
{
    // A ends at frame 20 here, not at the frame B starts from: B's first frame is a new picture.
    ExportRequest r = request({m_a, m_b}, ExportFormat::PngFrames, QStringLiteral("trimmed-parent"));
    r.clips[0].out = 20;
    r.clips[1].continuesFrame = 32;
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 21 + 33);
    QCOMPARE(stampedFrames(result.out).at(21), 0);
}

void TestVideoExport::crossfade_blendsBothSides()
{
    // Lossless frames, so the blend is seen as made: A's last 4 frames with B's first 4.
    const int n = 4;
    ExportRequest r = request({m_a, m_b}, ExportFormat::PngFrames, QStringLiteral("fade"));
    r.crossfadeFrames = n;
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 33 + 33 - n);
    const QList<QImage> a = wan::test::decodeFrames(m_a, {29, 30, 31, 32});
    const QList<QImage> b = wan::test::decodeFrames(m_b, {0, 1, 2, 3});
    QCOMPARE(a.size(), n);
    QCOMPARE(b.size(), n);
    for (int k = 0; k < n; ++k) {
        const QImage made(QDir(result.out).filePath(QStringLiteral("frame-%1.png").arg(29 + k, 5, 10, QLatin1Char('0'))));
        const QImage expected = mix(a.at(k), b.at(k), n - k, k + 1);
        const double fromBlend = meanAbsoluteDifference(made, expected);
        // Near the blend of both sides (the decoders round a little differently), far from either side alone.
        QVERIFY2(fromBlend < 3.0, qPrintable(QStringLiteral("frame %1: %2 from the blend").arg(k).arg(fromBlend)));
        QVERIFY(meanAbsoluteDifference(made, a.at(k)) > 10.0);
        QVERIFY(meanAbsoluteDifference(made, b.at(k)) > 10.0);
    }
    // Before and after the fade: each side unmixed.
    QVERIFY(meanAbsoluteDifference(QImage(QDir(result.out).filePath(QStringLiteral("frame-00028.png"))),
                                   wan::test::decodeFrames(m_a, {28}).constFirst())
            < 3.0);
    QVERIFY(meanAbsoluteDifference(QImage(QDir(result.out).filePath(QStringLiteral("frame-00033.png"))),
                                   wan::test::decodeFrames(m_b, {4}).constFirst())
            < 3.0);
    // And in an MP4, blended in YUV as decoded: the count, and the same blends (after H.264's loss).
    r.format = ExportFormat::Mp4;
    r.out = m_dir.filePath(QStringLiteral("fade.mp4"));
    QVERIFY(VideoExport::run(r).ok());
    QCOMPARE(probe(r.out).frames, 62);
    const QList<QImage> encoded = wan::test::decodeFrames(r.out, {29, 30, 31, 32});
    QCOMPARE(encoded.size(), n);
    for (int k = 0; k < n; ++k) {
        const QImage expected = mix(a.at(k), b.at(k), n - k, k + 1);
        const double fromBlend = meanAbsoluteDifference(encoded.at(k), expected);
        QVERIFY2(fromBlend < 6.0, qPrintable(QStringLiteral("MP4 frame %1: %2 from the blend").arg(k).arg(fromBlend)));
        QVERIFY(meanAbsoluteDifference(encoded.at(k), a.at(k)) > 10.0);
        QVERIFY(meanAbsoluteDifference(encoded.at(k), b.at(k)) > 10.0);
    }
}

void TestVideoExport::pingPong_playsForwardThenBack()
{
    ExportRequest r = request({m_a}, ExportFormat::PngFrames, QStringLiteral("pingpong"));
    r.clips[0].in = 3;
    r.clips[0].out = 10;
    r.pingPong = true;
    ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QList<qint64> expected{3, 4, 5, 6, 7, 8, 9, 10, 9, 8, 7, 6, 5, 4};
    QCOMPARE(stampedFrames(result.out), expected);
    // The pictures, in an MP4: on the way back, each frame shows its forward twin.
    r.format = ExportFormat::Mp4;
    r.out = m_dir.filePath(QStringLiteral("pingpong.mp4"));
    result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(probe(r.out).frames, 14);
    const QList<QImage> frames = wan::test::decodeFrames(r.out, {1, 13, 7, 9, 5});
    QCOMPARE(frames.size(), 5);
    QVERIFY(wan::test::psnr(frames.at(0), frames.at(1)) > 35.0); // 4 and 4
    QVERIFY(wan::test::psnr(frames.at(3), frames.at(4)) > 35.0); // 8 and 8
    QVERIFY(wan::test::psnr(frames.at(2), frames.at(3)) < 30.0); // 10 and 8 differ
}

void TestVideoExport::frameRate_keepsTheLengthInSeconds()
{
    // 17 frames at 16 fps to 8 fps: 9 frames, every second one; the portrait keeps its shape.
    ExportRequest r = request({m_portrait}, ExportFormat::PngFrames, QStringLiteral("half-rate"));
    r.fps = 8;
    r.longEdge = 100;
    ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(stampedFrames(result.out), (QList<qint64>{0, 2, 4, 6, 8, 10, 12, 14, 16}));
    QCOMPARE(result.size, QSize(76, 100)); // 75 rounded to even
    r.format = ExportFormat::Mp4;
    r.fps = 24;
    r.out = m_dir.filePath(QStringLiteral("rate24.mp4"));
    result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const Probed p = probe(r.out);
    QCOMPARE(p.frames, 26); // 17 * 24 / 16 = 25.5
    QCOMPARE(p.fps, 24.0);
}

void TestVideoExport::gif_loopsForever_andCarriesItsProvenance()
{
    ExportRequest r = request({m_a}, ExportFormat::Gif, QStringLiteral("loop.gif"));
    r.clips[0].settingsJson = R"({"app":"Wan Studio","prompt":"a lighthouse","seed":7})";
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QFile file(result.out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray gif = file.readAll();
    // The application extension that makes it loop, with a count of 0: forever.
    const qsizetype netscape = gif.indexOf("NETSCAPE2.0");
    QVERIFY(netscape > 0);
    QCOMPARE(gif.mid(netscape + 11, 5), QByteArray("\x03\x01\x00\x00\x00", 5));
    // A comment extension holding the clip and its settings.
    const qsizetype comment = gif.indexOf(QByteArray("\x21\xFE", 2));
    QVERIFY(comment > 0 && comment < netscape + 200);
    QVERIFY(gif.indexOf("a lighthouse") > comment);
    QCOMPARE(probe(result.out).frames, 33);
}

void TestVideoExport::mp4_carriesEveryClipsSettings()
{
    ExportRequest r = request({m_a, m_b}, ExportFormat::Mp4, QStringLiteral("tagged.mp4"));
    r.clips[0].settingsJson = R"({"app":"Wan Studio","prompt":"first shot","requestId":"req-a"})";
    r.clips[1].settingsJson = R"({"app":"Wan Studio","prompt":"second shot","requestId":"req-b"})";
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                              QStringLiteral("format_tags=description"), QStringLiteral("-of"),
                                              QStringLiteral("default=nw=1:nk=1"), result.out});
    ffprobe.waitForFinished(60'000);
    const QJsonObject provenance = QJsonDocument::fromJson(ffprobe.readAllStandardOutput().trimmed()).object();
    const QJsonArray clips = provenance.value(QStringLiteral("clips")).toArray();
    QCOMPARE(clips.size(), 2);
    QCOMPARE(clips.at(0).toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("first shot"));
    QCOMPARE(clips.at(1).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("b.mp4"));
    QCOMPARE(clips.at(1).toObject().value(QStringLiteral("out")).toInt(), 32);
}

void TestVideoExport::cancel_leavesNothingBehind()
{
    for (const ExportFormat format : {ExportFormat::Mp4, ExportFormat::Gif, ExportFormat::PngFrames}) {
        ExportRequest r = request({m_a, m_b}, format, QStringLiteral("cancelled-%1").arg(VideoExport::formatName(format)));
        std::atomic_bool cancel{false};
        // Stopped halfway, from the progress callback, as a window's Cancel would (another thread, the same flag).
        const ExportResult result = VideoExport::run(r, [&cancel](const wan::media::ExportProgress &p) {
            if (p.done == 40)
                cancel.store(true);
        }, &cancel);
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!QFileInfo::exists(r.out));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
    }
}

void TestVideoExport::streamCopy_keepsTheClipsPictures()
{
    // Same encoder settings, whole clips, a seam: copied, not re-encoded.
    ExportRequest r = request({m_a, m_b}, ExportFormat::Mp4, QStringLiteral("copied.mp4"));
    r.clips[1].continuesFrame = 32;
    ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.streamCopied);
    QCOMPARE(result.frames, 65);
    const Probed p = probe(result.out);
    QCOMPARE(p.frames, 65);
    QCOMPARE(p.fps, 16.0);
    // The very pictures of the clips (decoded from the same bytes). The seam's
    // repeated picture is dropped from the end of A here: B keeps its keyframe.
    const QList<QImage> out = wan::test::decodeFrames(result.out, {10, 31, 32, 64});
    const QList<QImage> a = wan::test::decodeFrames(m_a, {10, 31});
    const QList<QImage> b = wan::test::decodeFrames(m_b, {0, 32});
    QVERIFY(std::isinf(wan::test::psnr(out.at(0), a.at(0))));
    QVERIFY(std::isinf(wan::test::psnr(out.at(1), a.at(1))));
    QVERIFY(std::isinf(wan::test::psnr(out.at(2), b.at(0))));
    QVERIFY(std::isinf(wan::test::psnr(out.at(3), b.at(1))));

    // A trim that starts between keyframes needs new pictures: re-encoded, same count.
    r = request({m_a}, ExportFormat::Mp4, QStringLiteral("recut.mp4"));
    r.clips[0].in = 5;
    r.clips[0].out = 20;
    result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.streamCopied);
    QCOMPARE(probe(result.out).frames, 16);
    // From the start it is copied; and never when told not to.
    r.clips[0].in = 0;
    r.out = m_dir.filePath(QStringLiteral("cut.mp4"));
    result = VideoExport::run(r);
    QVERIFY(result.ok() && result.streamCopied);
    QCOMPARE(probe(result.out).frames, 21);
    r.allowStreamCopy = false;
    r.out = m_dir.filePath(QStringLiteral("cut-encoded.mp4"));
    result = VideoExport::run(r);
    QVERIFY(result.ok() && !result.streamCopied);
    QCOMPARE(probe(result.out).frames, 21);
}

void TestVideoExport::badInput_writesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("not a video") << QStringLiteral("text");
    QTest::newRow("trim past the end") << QStringLiteral("trim");
    QTest::newRow("in after out") << QStringLiteral("backwards");
    QTest::newRow("crossfade longer than a clip") << QStringLiteral("fade");
    QTest::newRow("existing file") << QStringLiteral("exists");
    QTest::newRow("no clips") << QStringLiteral("none");
}

void TestVideoExport::badInput_writesNothing()
{
    QFETCH(QString, what);
    const QString text = m_dir.filePath(QStringLiteral("notes.mp4"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a video at all\n");
    }
    const QString existing = m_dir.filePath(QStringLiteral("existing.mp4"));
    QFile::remove(existing);
    QVERIFY(QFile::copy(m_a, existing));
    ExportRequest r = request({m_a}, ExportFormat::Mp4, QStringLiteral("bad-%1.mp4").arg(what));
    if (what == QLatin1String("text"))
        r.clips[0].path = text;
    if (what == QLatin1String("trim"))
        r.clips[0].out = 33;
    if (what == QLatin1String("backwards")) {
        r.clips[0].in = 10;
        r.clips[0].out = 9;
    }
    if (what == QLatin1String("fade")) {
        r = request({m_a, m_portrait}, ExportFormat::Mp4, QStringLiteral("bad-fade.mp4"));
        r.crossfadeFrames = 18;
    }
    if (what == QLatin1String("exists"))
        r.out = existing;
    if (what == QLatin1String("none"))
        r.clips.clear();
    const ExportResult result = VideoExport::run(r);
    QCOMPARE(result.status, ExportResult::Status::BadInput);
    QVERIFY(!result.message.isEmpty());
    if (what == QLatin1String("exists"))
        QCOMPARE(QFileInfo(existing).size(), QFileInfo(m_a).size());
    else
        QVERIFY(!QFileInfo::exists(r.out));
    QVERIFY(leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestVideoExport)
#include "tst_videoexport.moc"
