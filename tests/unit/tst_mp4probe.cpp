// A downloaded result is only kept when its bytes are a whole MP4. A real
// video made by ffmpeg at test time (skipped where ffmpeg is missing) is probed
// whole, cut and replaced by other content; hand-built box layouts cover the
// shapes ffmpeg does not write.

#include "mp4boxbuilder.h"
#include "api/mp4probe.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using wan::api::Mp4Info;
using wan::api::Mp4Probe;

using wan::test::be32;
using wan::test::be64;
using wan::test::box;

namespace {

QByteArray ftyp()
{
    return box("ftyp", QByteArray("isom") + be32(0x200) + QByteArray("isomiso2avc1mp41"));
}

// mvhd version 0: version/flags, creation, modification, timescale, duration, then the rest.
QByteArray mvhdV0(quint32 timescale, quint32 duration)
{
    return box("mvhd", be32(0) + be32(0) + be32(0) + be32(timescale) + be32(duration) + QByteArray(80, '\0'));
}

// mvhd version 1: 64-bit times and duration.
QByteArray mvhdV1(quint32 timescale, quint64 duration)
{
    return box("mvhd", be32(0x01000000) + be64(0) + be64(0) + be32(timescale) + be64(duration) + QByteArray(80, '\0'));
}

Mp4Info inspectBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return Mp4Probe::inspect(buffer);
}

} // namespace

class TestMp4Probe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ffmpegVideo_isCompleteWithItsDuration();
    void ffmpegVideoWithIndexAtTheEnd_isComplete();
    void ffmpegVideoTruncatedHalfway_isIncompleteWithReason();
    void ffmpegVideoCutAtEveryTenthOfItsLength_isNeverComplete();
    void ffmpegVideoWithTrailingBytes_isIncomplete();
    void ffmpegVideoFollowedByZeros_isRefusedAsPadding_data();
    void ffmpegVideoFollowedByZeros_isRefusedAsPadding();
    void ffmpegVideoWithMdatToTheEnd_isCompleteUnlessItIsOnlyZeros();
    void mediaDataOverTheClipsNeed_isRefused();
    void ffmpegFragmentedVideo_isComplete();
    void corpusClips_keepTheirVerdict();
    void firstBytesOfFfmpegVideo_startLikeMp4();

    void htmlFile_isNotMp4();
    void emptyFile_isNotMp4AndSaysEmpty();
    void missingFile_saysItCannotBeOpened();

    void startsLikeMp4_needsASaneFtypBox_data();
    void startsLikeMp4_needsASaneFtypBox();

    void builtBoxes_areJudgedByStructure_data();
    void builtBoxes_areJudgedByStructure();

private:
    QString makeVideo(const QString &name, const QStringList &extraArgs);
    QByteArray readFile(const QString &path);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
    QString m_faststart;   // moov before mdat
    QString m_moovAtEnd;   // moov after mdat (ffmpeg's default)
};

void TestMp4Probe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (m_ffmpeg.isEmpty())
        return; // the ffmpeg tests skip themselves; the hand-built ones still run
    m_faststart = makeVideo(QStringLiteral("faststart.mp4"), {QStringLiteral("-movflags"), QStringLiteral("+faststart")});
    m_moovAtEnd = makeVideo(QStringLiteral("moov-at-end.mp4"), {});
    QVERIFY(!m_faststart.isEmpty());
    QVERIFY(!m_moovAtEnd.isEmpty());
}

QString TestMp4Probe::makeVideo(const QString &name, const QStringList &extraArgs)
{
    const QString path = m_dir.filePath(name);
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=320x240:rate=16"),
                     QStringLiteral("-frames:v"), QStringLiteral("16"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                     QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    args << extraArgs << path;
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(m_ffmpeg, args);
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0) {
        qWarning("ffmpeg failed: %s", ffmpeg.readAll().constData());
        return {};
    }
    return path;
}

QByteArray TestMp4Probe::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestMp4Probe::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

#define REQUIRE_FFMPEG()                                                                                                   \
    do {                                                                                                                   \
        if (m_ffmpeg.isEmpty())                                                                                            \
            QSKIP("ffmpeg is not installed; install Debian's ffmpeg package to run this test");                           \
    } while (false)

void TestMp4Probe::ffmpegVideo_isCompleteWithItsDuration()
{
    REQUIRE_FFMPEG();
    const Mp4Info info = Mp4Probe::inspectFile(m_faststart);
    QVERIFY(info.isMp4);
    QVERIFY2(info.complete, qPrintable(info.problem));
    QVERIFY(info.problem.isEmpty());
    // 16 frames at 16 fps.
    QVERIFY2(info.durationMs >= 900 && info.durationMs <= 1100, qPrintable(QString::number(info.durationMs)));
}

void TestMp4Probe::ffmpegVideoWithIndexAtTheEnd_isComplete()
{
    REQUIRE_FFMPEG();
    const Mp4Info info = Mp4Probe::inspectFile(m_moovAtEnd);
    QVERIFY(info.isMp4);
    QVERIFY2(info.complete, qPrintable(info.problem));
    QVERIFY2(info.durationMs >= 900 && info.durationMs <= 1100, qPrintable(QString::number(info.durationMs)));
}

void TestMp4Probe::ffmpegVideoTruncatedHalfway_isIncompleteWithReason()
{
    REQUIRE_FFMPEG();
    for (const QString &source : {m_faststart, m_moovAtEnd}) {
        const QByteArray whole = readFile(source);
        QVERIFY(whole.size() > 1000);
        const QString half = writeFile(QStringLiteral("half.mp4"), whole.left(whole.size() / 2));
        QVERIFY(!half.isEmpty());
        const Mp4Info info = Mp4Probe::inspectFile(half);
        QVERIFY(info.isMp4);
        QVERIFY(!info.complete);
        QVERIFY2(info.problem.contains(QStringLiteral("incomplete")), qPrintable(info.problem));
    }
}

void TestMp4Probe::ffmpegVideoCutAtEveryTenthOfItsLength_isNeverComplete()
{
    REQUIRE_FFMPEG();
    const QByteArray whole = readFile(m_faststart);
    for (int tenth = 0; tenth < 10; ++tenth) {
        const qsizetype cut = whole.size() * tenth / 10;
        const Mp4Info info = inspectBytes(whole.left(cut));
        QVERIFY2(!info.complete, qPrintable(QStringLiteral("cut at %1 of %2").arg(cut).arg(whole.size())));
        QVERIFY(!info.problem.isEmpty());
    }
    // One byte short of whole is still not whole.
    QVERIFY(!inspectBytes(whole.chopped(1)).complete);
    QVERIFY(inspectBytes(whole).complete);
}

void TestMp4Probe::ffmpegVideoWithTrailingBytes_isIncomplete()
{
    REQUIRE_FFMPEG();
    const QByteArray whole = readFile(m_faststart);
    // Bytes after the last box that are not a box: a botched append or a mixed-up download.
    const Mp4Info info = inspectBytes(whole + QByteArray("\0\0\0", 3));
    QVERIFY(info.isMp4);
    QVERIFY(!info.complete);
    QVERIFY2(info.problem.contains(QStringLiteral("incomplete")), qPrintable(info.problem));
}

void TestMp4Probe::ffmpegVideoFollowedByZeros_isRefusedAsPadding_data()
{
    QTest::addColumn<int>("zeros");
    // Zeros read as one box header of size 0 ("to the end of the file") and no type.
    QTest::newRow("64 kB") << 64 * 1024;
    QTest::newRow("8 MB") << 8 * 1024 * 1024;
    QTest::newRow("8 bytes") << 8;
}

void TestMp4Probe::ffmpegVideoFollowedByZeros_isRefusedAsPadding()
{
    REQUIRE_FFMPEG();
    QFETCH(int, zeros);
    for (const QString &source : {m_faststart, m_moovAtEnd}) {
        const QByteArray whole = readFile(source);
        const Mp4Info info = inspectBytes(whole + QByteArray(zeros, '\0'));
        QVERIFY(info.isMp4);
        QVERIFY2(!info.complete, "zeros after the clip were taken as a box");
        QVERIFY2(info.problem.contains(QStringLiteral("padding")), qPrintable(info.problem));
        // The clip itself still passes.
        QVERIFY(inspectBytes(whole).complete);
    }
}

void TestMp4Probe::ffmpegVideoWithMdatToTheEnd_isCompleteUnlessItIsOnlyZeros()
{
    REQUIRE_FFMPEG();
    // The index comes first (faststart), so the mdat is the last box: rewritten to
    // size 0 ("to the end") it is still valid; an mdat of nothing but zeros is not.
    const QByteArray whole = readFile(m_faststart);
    qsizetype pos = 0;
    qsizetype mdatAt = -1;
    while (pos + 8 <= whole.size()) {
        const quint32 size = qFromBigEndian<quint32>(whole.constData() + pos);
        if (whole.mid(pos + 4, 4) == "mdat")
            mdatAt = pos;
        if (size < 8)
            break;
        pos += size;
    }
    QVERIFY(mdatAt > 0);
    QByteArray toTheEnd = whole;
    qToBigEndian<quint32>(0, toTheEnd.data() + mdatAt);
    const Mp4Info valid = inspectBytes(toTheEnd);
    QVERIFY2(valid.complete, qPrintable(valid.problem));
    const QByteArray zeros = toTheEnd.left(mdatAt + 8) + QByteArray(256 * 1024, '\0');
    const Mp4Info padded = inspectBytes(zeros);
    QVERIFY(!padded.complete);
    QVERIFY2(padded.problem.contains(QStringLiteral("padding")), qPrintable(padded.problem));
}

void TestMp4Probe::mediaDataOverTheClipsNeed_isRefused()
{
    const QByteArray bytes = ftyp() + box("moov", mvhdV0(1000, 1000)) + box("mdat", QByteArray(5000, '\x55'));
    QVERIFY(inspectBytes(bytes).complete);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(Mp4Probe::inspect(buffer, 5008).complete);
    const Mp4Info over = Mp4Probe::inspect(buffer, 5007);
    QVERIFY(!over.complete);
    QVERIFY2(over.problem.contains(QStringLiteral("more than a clip")), qPrintable(over.problem));
}

void TestMp4Probe::ffmpegFragmentedVideo_isComplete()
{
    REQUIRE_FFMPEG();
    // moov without samples, then moof + mdat pairs (and mfra at the end): valid, not padding.
    const QString fragmented = makeVideo(QStringLiteral("fragmented.mp4"),
                                         {QStringLiteral("-movflags"), QStringLiteral("frag_keyframe+empty_moov")});
    QVERIFY(!fragmented.isEmpty());
    const Mp4Info info = Mp4Probe::inspectFile(fragmented);
    QVERIFY2(info.complete, qPrintable(info.problem));
}

void TestMp4Probe::corpusClips_keepTheirVerdict()
{
    // The fuzz corpus holds real clips (the emulator's among them) and known bad
    // shapes: the clips must pass, the padded ones must not.
    const QDir corpus(QStringLiteral(WANSTUDIO_SOURCE_DIR "/tests/fuzz/corpus/fuzz_mp4probe"));
    const QStringList names = corpus.entryList(QDir::Files);
    QVERIFY(names.size() >= 6);
    for (const QString &name : names) {
        const Mp4Info info = Mp4Probe::inspectFile(corpus.filePath(name));
        const bool bad = name.startsWith(QLatin1String("crash-")) || name.startsWith(QLatin1String("padded-"))
            || name.startsWith(QLatin1String("unknown-"));
        QVERIFY2(info.complete == !bad, qPrintable(name + QStringLiteral(": ") + info.problem));
    }
}

void TestMp4Probe::firstBytesOfFfmpegVideo_startLikeMp4()
{
    REQUIRE_FFMPEG();
    const QByteArray whole = readFile(m_faststart);
    QVERIFY(Mp4Probe::startsLikeMp4(whole.left(8)));
    QVERIFY(Mp4Probe::startsLikeMp4(whole.left(64)));
    QVERIFY(!Mp4Probe::startsLikeMp4(whole.left(7)));
    QVERIFY(!Mp4Probe::startsLikeMp4(whole.mid(1, 64)));
}

void TestMp4Probe::htmlFile_isNotMp4()
{
    const QString path = writeFile(QStringLiteral("page.mp4"),
                                   QByteArray("<!DOCTYPE html><html><head><title>Access denied</title></head><body>403</body></html>"));
    QVERIFY(!path.isEmpty());
    const Mp4Info info = Mp4Probe::inspectFile(path);
    QVERIFY(!info.isMp4);
    QVERIFY(!info.complete);
    QCOMPARE(info.durationMs, -1);
    QVERIFY2(info.problem.contains(QStringLiteral("not an MP4")), qPrintable(info.problem));
}

void TestMp4Probe::emptyFile_isNotMp4AndSaysEmpty()
{
    const QString path = writeFile(QStringLiteral("empty.mp4"), QByteArray());
    QVERIFY(!path.isEmpty());
    const Mp4Info info = Mp4Probe::inspectFile(path);
    QVERIFY(!info.isMp4);
    QVERIFY(!info.complete);
    QVERIFY2(info.problem.contains(QStringLiteral("empty")), qPrintable(info.problem));
}

void TestMp4Probe::missingFile_saysItCannotBeOpened()
{
    const Mp4Info info = Mp4Probe::inspectFile(m_dir.filePath(QStringLiteral("does-not-exist.mp4")));
    QVERIFY(!info.isMp4);
    QVERIFY(!info.complete);
    QVERIFY2(info.problem.contains(QStringLiteral("cannot be opened")), qPrintable(info.problem));
}

void TestMp4Probe::startsLikeMp4_needsASaneFtypBox_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("mp4");

    QTest::newRow("ftyp box") << ftyp() << true;
    QTest::newRow("ftyp header only") << ftyp().left(8) << true;
    QTest::newRow("seven bytes") << ftyp().left(7) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("HTML") << QByteArray("<html><body>") << false;
    QTest::newRow("JSON") << QByteArray(R"({"error":"x"})") << false;
    QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << false;
    QTest::newRow("moov first") << box("moov", QByteArray(8, '\0')) << false;
    QTest::newRow("ftyp of size 4") << (be32(4) + QByteArray("ftyp")) << false;
    QTest::newRow("ftyp of 1 GB") << (be32(1u << 30) + QByteArray("ftyp")) << false;
    QTest::newRow("upper-case FTYP") << (be32(24) + QByteArray("FTYP")) << false;
}

void TestMp4Probe::startsLikeMp4_needsASaneFtypBox()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, mp4);
    QCOMPARE(Mp4Probe::startsLikeMp4(head), mp4);
}

void TestMp4Probe::builtBoxes_areJudgedByStructure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<QString>("problemMentions");

    const QByteArray media = box("mdat", QByteArray(1000, '\x55'));
    QTest::newRow("ftyp moov(mvhd v0) mdat") << (ftyp() + box("moov", mvhdV0(1000, 5062)) + media) << true << qint64(5062) << QString();
    QTest::newRow("ftyp mdat moov(mvhd v0)") << (ftyp() + media + box("moov", mvhdV0(16000, 81000))) << true << qint64(5062) << QString();
    QTest::newRow("mvhd v1") << (ftyp() + box("moov", mvhdV1(90000, 90000ull * 3)) + media) << true << qint64(3000) << QString();
    QTest::newRow("mvhd after another box")
        << (ftyp() + box("moov", box("iods", QByteArray(16, '\0')) + mvhdV0(600, 300)) + media) << true << qint64(500) << QString();
    QTest::newRow("free box between") << (ftyp() + box("free", QByteArray(32, '\0')) + box("moov", mvhdV0(1000, 1000)) + media) << true
                                      << qint64(1000) << QString();
    QTest::newRow("moov without mvhd: complete, no duration") << (ftyp() + box("moov", box("trak", QByteArray(8, '\0'))) + media) << true
                                                               << qint64(-1) << QString();
    QTest::newRow("mvhd with zero timescale") << (ftyp() + box("moov", mvhdV0(0, 1000)) + media) << true << qint64(-1) << QString();
    // A version 1 mvhd too short for its 64-bit fields must not be read with version 0 offsets
    // (which would find "timescale 1000, duration 2000" inside the modification time).
    QTest::newRow("v1 mvhd cut short")
        << (ftyp() + box("moov", box("mvhd", be32(0x01000000) + be64(0) + be64((quint64(1000) << 32) | 2000) + be32(1000))) + media) << true
        << qint64(-1) << QString();
    QTest::newRow("64-bit mdat size")
        << (ftyp() + box("moov", mvhdV0(1000, 2000)) + be32(1) + QByteArray("mdat") + be64(16 + 100) + QByteArray(100, '\0')) << true
        << qint64(2000) << QString();
    QTest::newRow("last mdat runs to the end (size 0)")
        << (ftyp() + box("moov", mvhdV0(1000, 2000)) + be32(0) + QByteArray("mdat") + QByteArray(100, '\0')) << true << qint64(2000) << QString();
    QTest::newRow("zeros after the last box") << (ftyp() + box("moov", mvhdV0(1000, 2000)) + media + QByteArray(4096, '\0')) << false
                                              << qint64(2000) << QStringLiteral("padding");
    QTest::newRow("unknown box to the end") << (ftyp() + box("moov", mvhdV0(1000, 2000)) + media + be32(0) + QByteArray("zzzz") + QByteArray(100, '\0'))
                                            << false << qint64(2000) << QStringLiteral("unknown box");
    QTest::newRow("mdat of size 0 holding only zeros")
        << (ftyp() + box("moov", mvhdV0(1000, 2000)) + be32(0) + QByteArray("mdat") + QByteArray(128 * 1024, '\0'))
        << false << qint64(2000) << QStringLiteral("padding");
    QTest::newRow("mdat of size 0: media, then zeros")
        << (ftyp() + box("moov", mvhdV0(1000, 2000)) + be32(0) + QByteArray("mdat") + QByteArray(1000, '\x55') + QByteArray(128 * 1024, '\0'))
        << true << qint64(2000) << QString();
    QTest::newRow("free box of zeros at the end") << (ftyp() + box("moov", mvhdV0(1000, 2000)) + media + box("free", QByteArray(8192, '\0')))
                                                  << true << qint64(2000) << QString();
    QTest::newRow("free box of size 0 at the end") << (ftyp() + box("moov", mvhdV0(1000, 2000)) + media + be32(0) + QByteArray("free") + QByteArray(100, '\0'))
                                                   << true << qint64(2000) << QString();
    QTest::newRow("no moov") << (ftyp() + media) << false << qint64(-1) << QStringLiteral("moov");
    QTest::newRow("no mdat") << (ftyp() + box("moov", mvhdV0(1000, 1000))) << false << qint64(1000) << QStringLiteral("no media data");
    QTest::newRow("ftyp only") << ftyp() << false << qint64(-1) << QStringLiteral("moov");
    QTest::newRow("mdat claims more than there is") << (ftyp() + box("moov", mvhdV0(1000, 1000)) + be32(5000) + QByteArray("mdat") + QByteArray(100, '\0'))
                                                    << false << qint64(1000) << QStringLiteral("bytes are missing");
    // Found by fuzz_mp4probe: the shortfall of a size near 2^64 overflowed a signed subtraction.
    QTest::newRow("64-bit size beyond 2^63") << (ftyp() + box("moov", mvhdV0(1000, 1000)) + be32(1) + QByteArray("mdat") + be32(0x80000000u) + be32(0) + QByteArray(30, '\0'))
                                             << false << qint64(1000) << QStringLiteral("9223372036854775762 of its bytes are missing");
    QTest::newRow("box of size 4") << (ftyp() + be32(4) + QByteArray("free") + media) << false << qint64(-1) << QStringLiteral("incomplete");
    QTest::newRow("64-bit size cut off") << (ftyp() + box("moov", mvhdV0(1000, 1000)) + be32(1) + QByteArray("mdat") + QByteArray(4, '\0'))
                                         << false << qint64(1000) << QStringLiteral("incomplete");
    QTest::newRow("header cut off") << (ftyp() + box("moov", mvhdV0(1000, 1000)) + media + QByteArray(5, '\0')) << false << qint64(1000)
                                    << QStringLiteral("incomplete");
}

void TestMp4Probe::builtBoxes_areJudgedByStructure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, complete);
    QFETCH(qint64, durationMs);
    QFETCH(QString, problemMentions);

    const Mp4Info info = inspectBytes(bytes);
    QVERIFY(info.isMp4);
    QCOMPARE(info.complete, complete);
    QCOMPARE(info.problem.isEmpty(), complete);
    QVERIFY2(info.problem.contains(problemMentions), qPrintable(info.problem));
    QCOMPARE(info.durationMs, durationMs);

    // The same bytes as a file give the same verdict.
    const QString path = writeFile(QStringLiteral("built.mp4"), bytes);
    QVERIFY(!path.isEmpty());
    const Mp4Info fromFile = Mp4Probe::inspectFile(path);
    QCOMPARE(fromFile.complete, complete);
    QCOMPARE(fromFile.durationMs, durationMs);
}

QTEST_GUILESS_MAIN(TestMp4Probe)
#include "tst_mp4probe.moc"
