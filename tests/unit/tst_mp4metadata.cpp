// Settings written into an MP4 come back exactly, and the video stays the same
// video: real clips made by ffmpeg at test time (skipped where ffmpeg is
// missing) are decoded frame by frame before and after; hand-built box layouts
// prove every chunk offset follows the media data it points at.

#include "mp4boxbuilder.h"
#include "library/mp4boxes.h"
#include "library/mp4metadata.h"
#include "mediaprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using wan::library::Mp4Metadata;

using wan::test::be32;
using wan::test::be64;
using wan::test::box;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs a tool to completion; its standard output, or nullopt when it failed.
std::optional<QByteArray> run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// One MD5 per decoded frame (ffmpeg's framemd5), header comments dropped.
QByteArrayList frameHashes(const QString &path)
{
    const std::optional<QByteArray> out
        = run(QStringLiteral("ffmpeg"),
              { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-map"),
                QStringLiteral("0:v"), QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-") });
    QByteArrayList frames;
    if (!out)
        return frames;
    for (const QByteArray &line : out->split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            frames << line;
    }
    return frames;
}

// A container-level tag as ffprobe shows it, e.g. "comment".
QString formatTag(const QString &path, const QString &tag)
{
    const std::optional<QByteArray> out = run(QStringLiteral("ffprobe"),
                                              { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                                QStringLiteral("format_tags=") + tag, QStringLiteral("-of"),
                                                QStringLiteral("default=noprint_wrappers=1:nokey=1"), path });
    return out ? QString::fromUtf8(*out).trimmed() : QString();
}

// Top-level box types in file order, from headers.
QByteArrayList topLevelTypes(const QString &path)
{
    const QByteArray bytes = readAll(path);
    QByteArrayList types;
    for (qsizetype pos = 0; pos + 8 <= bytes.size();) {
        quint64 size = qFromBigEndian<quint32>(bytes.constData() + pos);
        if (size == 1)
            size = qFromBigEndian<quint64>(bytes.constData() + pos + 8);
        types << bytes.mid(pos + 4, 4);
        if (size < 8)
            break;
        pos += qsizetype(size);
    }
    return types;
}

QJsonObject sampleSettings(const QString &prompt
                           = QStringLiteral("Ein Fuchs läuft durch den Schnee 🦊❄️ — 狐狸在雪中奔跑"))
{
    return QJsonObject {
        { QStringLiteral("model"), QStringLiteral("wan-2.2-i2v-fast") },
        { QStringLiteral("imageSource"), QStringLiteral("/home/ana/Bilder/fuchs.jpg") },
        { QStringLiteral("prompt"), prompt },
        { QStringLiteral("parameters"),
          QJsonObject { { QStringLiteral("seed"), qint64(9007199254740993) }, // 2^53 + 1: no double holds it
                        { QStringLiteral("num_frames"), 81 },
                        { QStringLiteral("resolution"), QStringLiteral("480p") },
                        { QStringLiteral("go_fast"), true } } },
        { QStringLiteral("seed"), qint64(9007199254740993) },
        { QStringLiteral("requestId"), QStringLiteral("b1c9-4f7e") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } },
    };
}

#ifdef Q_OS_LINUX
qint64 peakResidentKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
#endif

} // namespace

class TestMp4Metadata final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void writeThenRead_returnsTheSameSettings_data();
    void writeThenRead_returnsTheSameSettings();
    void writtenVideo_decodesToTheSameFramesInTheSameLayout_data();
    void writtenVideo_decodesToTheSameFramesInTheSameLayout();
    void writtenVideo_showsPromptAsCommentInFfprobe_data();
    void writtenVideo_showsPromptAsCommentInFfprobe();
    void writingTwice_replacesOurEntries_data();
    void writingTwice_replacesOurEntries();
    void otherTags_areKept();
    void handBuiltVideo_chunkOffsetsFollowTheMediaData_data();
    void handBuiltVideo_chunkOffsetsFollowTheMediaData();
    void notACompleteMp4_isRefusedAndLeftByteIdentical_data();
    void notACompleteMp4_isRefusedAndLeftByteIdentical();
    void videoWithoutSettings_readsAsNothing_data();
    void videoWithoutSettings_readsAsNothing();
    void largeVideo_isStreamedAndStaysPlayable();
    void differentFiles_canBeWrittenAtOnce();
    void symbolicLink_staysALinkToTheChangedVideo();
    void chunkOffsetShift_refusesToWrapA64BitOffset();

private:
    QString copyOf(const QString &source, const QString &name);
    QString makeClip(const QString &name, const QStringList &extraArgs);

    QTemporaryDir m_dir;
    QString m_faststart; // moov before mdat: what the service and the emulator produce
    QString m_moovAtEnd; // ffmpeg's default
    QString m_titled; // faststart, with a title and an artist of its own
    QString m_fragmented;
};

#define REQUIRE_FFMPEG()                                                                                                         \
    do {                                                                                                                         \
        if (m_faststart.isEmpty())                                                                                               \
            QSKIP("ffmpeg/ffprobe are not installed; install Debian's ffmpeg package to run this test");                         \
    } while (false)

void TestMp4Metadata::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty() || !wan::test::haveFfprobe())
        return; // the ffmpeg tests skip themselves; the hand-built ones still run
    const QStringList faststart { QStringLiteral("-movflags"), QStringLiteral("+faststart") };
    m_faststart = makeClip(QStringLiteral("faststart.mp4"), faststart);
    m_moovAtEnd = makeClip(QStringLiteral("moov-at-end.mp4"), {});
    m_titled = makeClip(QStringLiteral("titled.mp4"),
                        faststart
                            + QStringList { QStringLiteral("-metadata"), QStringLiteral("title=Keep me"),
                                            QStringLiteral("-metadata"), QStringLiteral("artist=Someone") });
    m_fragmented
        = makeClip(QStringLiteral("fragmented.mp4"), { QStringLiteral("-movflags"), QStringLiteral("frag_keyframe+empty_moov") });
    QVERIFY(!m_faststart.isEmpty() && !m_moovAtEnd.isEmpty() && !m_titled.isEmpty() && !m_fragmented.isEmpty());
    QCOMPARE(topLevelTypes(m_faststart).indexOf("moov") < topLevelTypes(m_faststart).indexOf("mdat"), true);
    QCOMPARE(topLevelTypes(m_moovAtEnd).indexOf("moov") > topLevelTypes(m_moovAtEnd).indexOf("mdat"), true);
}

QString TestMp4Metadata::makeClip(const QString &name, const QStringList &extraArgs)
{
    const QString path = m_dir.filePath(name);
    const QStringList args = QStringList { QStringLiteral("-v"),
                                           QStringLiteral("error"),
                                           QStringLiteral("-y"),
                                           QStringLiteral("-f"),
                                           QStringLiteral("lavfi"),
                                           QStringLiteral("-i"),
                                           QStringLiteral("testsrc2=size=320x240:rate=16"),
                                           QStringLiteral("-frames:v"),
                                           QStringLiteral("32"),
                                           QStringLiteral("-c:v"),
                                           QStringLiteral("libx264"),
                                           QStringLiteral("-preset"),
                                           QStringLiteral("ultrafast"),
                                           QStringLiteral("-pix_fmt"),
                                           QStringLiteral("yuv420p") }
        + extraArgs + QStringList { path };
    return run(QStringLiteral("ffmpeg"), args) ? path : QString();
}

QString TestMp4Metadata::copyOf(const QString &source, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(source, path) ? path : QString();
}

void TestMp4Metadata::writeThenRead_returnsTheSameSettings_data()
{
    QTest::addColumn<bool>("faststart");
    QTest::newRow("moov before mdat") << true;
    QTest::newRow("moov after mdat") << false;
}

void TestMp4Metadata::writeThenRead_returnsTheSameSettings()
{
    REQUIRE_FFMPEG();
    QFETCH(bool, faststart);
    const QString path = copyOf(faststart ? m_faststart : m_moovAtEnd, QStringLiteral("roundtrip.mp4"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const QFile::Permissions permissions = QFile::permissions(path);
    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));

    const std::optional<QJsonObject> back = Mp4Metadata::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, sampleSettings());
    QCOMPARE(back->value(QStringLiteral("seed")).toInteger(), qint64(9007199254740993));
    QCOMPARE(back->value(QStringLiteral("prompt")).toString(), sampleSettings().value(QStringLiteral("prompt")).toString());
    QCOMPARE(QFile::permissions(path), permissions);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.meta.part") }, QDir::Files | QDir::Hidden).isEmpty());
}

void TestMp4Metadata::writtenVideo_decodesToTheSameFramesInTheSameLayout_data()
{
    writeThenRead_returnsTheSameSettings_data();
}

void TestMp4Metadata::writtenVideo_decodesToTheSameFramesInTheSameLayout()
{
    REQUIRE_FFMPEG();
    QFETCH(bool, faststart);
    const QString source = faststart ? m_faststart : m_moovAtEnd;
    const QString path = copyOf(source, QStringLiteral("frames.mp4"));
    const QByteArrayList before = frameHashes(source);
    QCOMPARE(before.size(), 32);

    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > QFileInfo(source).size());

    const wan::test::MediaFacts facts = wan::test::probeVideo(path);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, 32);
    const QByteArrayList after = frameHashes(path);
    QCOMPARE(after.size(), 32);
    QCOMPARE(after.first(), before.first());
    QCOMPARE(after.last(), before.last());
    QCOMPARE(after, before);
    QCOMPARE(topLevelTypes(path), topLevelTypes(source)); // faststart stays faststart
}

void TestMp4Metadata::writtenVideo_showsPromptAsCommentInFfprobe_data()
{
    writeThenRead_returnsTheSameSettings_data();
}

void TestMp4Metadata::writtenVideo_showsPromptAsCommentInFfprobe()
{
    REQUIRE_FFMPEG();
    QFETCH(bool, faststart);
    const QString path = copyOf(faststart ? m_faststart : m_moovAtEnd, QStringLiteral("comment.mp4"));
    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    QCOMPARE(formatTag(path, QStringLiteral("comment")), sampleSettings().value(QStringLiteral("prompt")).toString());
    QVERIFY(formatTag(path, QStringLiteral("encoder")).startsWith(QStringLiteral("Wan Studio")));
    // Other tools see the whole settings as the freeform tag's value.
    QCOMPARE(QJsonDocument::fromJson(formatTag(path, QStringLiteral("settings")).toUtf8()).object(), sampleSettings());
}

void TestMp4Metadata::writingTwice_replacesOurEntries_data()
{
    writeThenRead_returnsTheSameSettings_data();
}

void TestMp4Metadata::writingTwice_replacesOurEntries()
{
    REQUIRE_FFMPEG();
    QFETCH(bool, faststart);
    const QString source = faststart ? m_faststart : m_moovAtEnd;
    const QString path = copyOf(source, QStringLiteral("twice.mp4"));
    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    const QByteArray once = readAll(path);
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    QCOMPARE(readAll(path), once); // the same settings again: the same bytes

    const QJsonObject other = sampleSettings(QStringLiteral("a lighthouse at dusk"));
    QVERIFY2(Mp4Metadata::write(path, other, &error), qPrintable(error));
    QCOMPARE(Mp4Metadata::read(path).value_or(QJsonObject()), other);
    const QByteArray twice = readAll(path);
    QCOMPARE(twice.count("com.wanstudio"), 1);
    QCOMPARE(twice.count("\xA9"
                         "cmt"),
             1);
    QCOMPARE(twice.count("\xA9"
                         "too"),
             1);
    QCOMPARE(twice.count("udta"), 1);
    QCOMPARE(twice.count("ilst"), 1);
    QCOMPARE(formatTag(path, QStringLiteral("comment")), QStringLiteral("a lighthouse at dusk"));
    QCOMPARE(frameHashes(path), frameHashes(source));
}

void TestMp4Metadata::otherTags_areKept()
{
    REQUIRE_FFMPEG();
    const QString path = copyOf(m_titled, QStringLiteral("titled-copy.mp4"));
    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(QStringLiteral("again")), &error), qPrintable(error));
    QCOMPARE(formatTag(path, QStringLiteral("title")), QStringLiteral("Keep me"));
    QCOMPARE(formatTag(path, QStringLiteral("artist")), QStringLiteral("Someone"));
    QCOMPARE(formatTag(path, QStringLiteral("comment")), QStringLiteral("again"));
    QCOMPARE(frameHashes(path), frameHashes(m_titled));
}

void TestMp4Metadata::handBuiltVideo_chunkOffsetsFollowTheMediaData_data()
{
    QTest::addColumn<bool>("moovFirst");
    QTest::addColumn<bool>("largeSizeMoov");
    QTest::newRow("moov first") << true << false;
    QTest::newRow("moov first, 64-bit moov size") << true << true;
    QTest::newRow("moov last") << false << false;
}

// ftyp, moov (two traks: one stco, one co64; no udta), mdat holding eight
// distinct 8-byte samples; the tables point at them by absolute offset.
void TestMp4Metadata::handBuiltVideo_chunkOffsetsFollowTheMediaData()
{
    QFETCH(bool, moovFirst);
    QFETCH(bool, largeSizeMoov);
    const QByteArray ftyp = box("ftyp", QByteArray("isom") + be32(0x200) + QByteArray("isomiso2avc1mp41"));
    QByteArray samples;
    for (int i = 0; i < 8; ++i)
        samples += QByteArray("sample") + char('0' + i) + char('!');
    const QByteArray mdat = box("mdat", samples);
    const auto moovFor = [&](qint64 samplesAt) {
        QByteArray stco = be32(0) + be32(4);
        QByteArray co64 = be32(0) + be32(4);
        for (int i = 0; i < 4; ++i) {
            stco += be32(quint32(samplesAt + qint64(8) * i));
            co64 += be64(quint64(samplesAt + qint64(8) * (i + 4)));
        }
        const auto trak = [](const char *table, const QByteArray &entries) {
            return box("trak", box("mdia", box("minf", box("stbl", box(table, entries)))));
        };
        const QByteArray payload = box("mvhd", be32(0) + be32(0) + be32(0) + be32(1000) + be32(2000) + QByteArray(80, '\0'))
            + trak("stco", stco) + trak("co64", co64);
        return largeSizeMoov ? be32(1) + QByteArray("moov") + be64(quint64(16 + payload.size())) + payload : box("moov", payload);
    };
    const qint64 moovSize = moovFor(0).size();
    const QByteArray file
        = moovFirst ? ftyp + moovFor(ftyp.size() + moovSize + 8) + mdat : ftyp + mdat + moovFor(ftyp.size() + 8);
    const QString path = m_dir.filePath(QStringLiteral("handbuilt.mp4"));
    QVERIFY(writeAll(path, file));

    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
    QCOMPARE(Mp4Metadata::read(path).value_or(QJsonObject()), sampleSettings());
    const QByteArray written = readAll(path);
    QVERIFY(written.size() > file.size());
    QCOMPARE(written.count(samples), 1);

    // Every entry, wherever its table moved, names the same sample as before.
    QList<qint64> offsets;
    const qsizetype stco = written.indexOf("stco");
    const qsizetype co64 = written.indexOf("co64");
    QVERIFY(stco > 0 && co64 > 0);
    for (int i = 0; i < 4; ++i) {
        offsets << qFromBigEndian<quint32>(written.constData() + stco + 12 + qsizetype(4) * i);
        offsets << qint64(qFromBigEndian<quint64>(written.constData() + co64 + 12 + qsizetype(8) * i));
    }
    std::sort(offsets.begin(), offsets.end());
    for (int i = 0; i < 8; ++i)
        QCOMPARE(written.mid(offsets.at(i), 8), samples.mid(qsizetype(8) * i, 8));
    if (!moovFirst)
        QCOMPARE(offsets.first(), qint64(ftyp.size() + 8)); // nothing moved
}

void TestMp4Metadata::notACompleteMp4_isRefusedAndLeftByteIdentical_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("cut in the media data") << QStringLiteral("half");
    QTest::newRow("moov at the end, cut short") << QStringLiteral("cut-moov");
    QTest::newRow("trailing garbage") << QStringLiteral("trailing");
    QTest::newRow("fragmented") << QStringLiteral("fragmented");
}

void TestMp4Metadata::notACompleteMp4_isRefusedAndLeftByteIdentical()
{
    QFETCH(QString, kind);
    const bool needsClip = kind != QLatin1String("text") && kind != QLatin1String("empty");
    if (needsClip)
        REQUIRE_FFMPEG();
    QByteArray bytes;
    if (kind == QLatin1String("text"))
        bytes = "prompt: a fox in the snow\nseed: 42\n";
    else if (kind == QLatin1String("half"))
        bytes = readAll(m_faststart).left(readAll(m_faststart).size() / 2);
    else if (kind == QLatin1String("cut-moov"))
        bytes = readAll(m_moovAtEnd).chopped(100);
    else if (kind == QLatin1String("trailing"))
        bytes = readAll(m_faststart) + "garbage!";
    else if (kind == QLatin1String("fragmented"))
        bytes = readAll(m_fragmented);
    const QString path = m_dir.filePath(QStringLiteral("refused.mp4"));
    QVERIFY(writeAll(path, bytes));

    QString error;
    QVERIFY(!Mp4Metadata::write(path, sampleSettings(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), bytes);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*.meta.part") }, QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(!Mp4Metadata::write(m_dir.filePath(QStringLiteral("missing.mp4")), sampleSettings(), &error));
}

void TestMp4Metadata::videoWithoutSettings_readsAsNothing_data()
{
    notACompleteMp4_isRefusedAndLeftByteIdentical_data();
    QTest::newRow("plain faststart clip") << QStringLiteral("plain");
    QTest::newRow("plain clip, moov at the end") << QStringLiteral("plain-end");
    QTest::newRow("missing file") << QStringLiteral("missing");
}

void TestMp4Metadata::videoWithoutSettings_readsAsNothing()
{
    QFETCH(QString, kind);
    const bool needsClip = kind != QLatin1String("text") && kind != QLatin1String("empty") && kind != QLatin1String("missing");
    if (needsClip)
        REQUIRE_FFMPEG();
    QString path = m_dir.filePath(QStringLiteral("nothing.mp4"));
    QFile::remove(path);
    if (kind == QLatin1String("text"))
        QVERIFY(writeAll(path, "just text"));
    else if (kind == QLatin1String("empty"))
        QVERIFY(writeAll(path, {}));
    else if (kind == QLatin1String("half"))
        QVERIFY(writeAll(path, readAll(m_faststart).left(500)));
    else if (kind == QLatin1String("cut-moov"))
        QVERIFY(writeAll(path, readAll(m_moovAtEnd).chopped(100)));
    else if (kind == QLatin1String("trailing"))
        QVERIFY(writeAll(path, readAll(m_faststart) + "garbage!"));
    else if (kind == QLatin1String("fragmented"))
        path = m_fragmented;
    else if (kind == QLatin1String("plain"))
        path = m_faststart;
    else if (kind == QLatin1String("plain-end"))
        path = m_moovAtEnd;

    QString error;
    QVERIFY(!Mp4Metadata::read(path, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!Mp4Metadata::read(path).has_value()); // no error pointer: no crash
}

// 100 MiB of extra media data at the end of mdat (players ignore bytes no
// chunk points at). The rewrite streams it: peak memory stays far below it.
void TestMp4Metadata::largeVideo_isStreamedAndStaysPlayable()
{
    REQUIRE_FFMPEG();
    constexpr qint64 extra = qint64(100) * 1024 * 1024;
    const QByteArray clip = readAll(m_faststart);
    const qsizetype mdatAt = clip.indexOf("mdat") - 4;
    QVERIFY(mdatAt > 0);
    const quint32 mdatSize = qFromBigEndian<quint32>(clip.constData() + mdatAt);
    QCOMPARE(qint64(mdatAt) + mdatSize, qint64(clip.size())); // mdat is last
    const QString path = m_dir.filePath(QStringLiteral("large.mp4"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray head = clip;
        qToBigEndian(quint32(mdatSize + extra), head.data() + mdatAt);
        QVERIFY(file.write(head) == head.size());
        const QByteArray zeros(qsizetype(1024) * 1024, '\0');
        for (qint64 written = 0; written < extra; written += zeros.size())
            QVERIFY(file.write(zeros) == zeros.size());
    }
    const qint64 sizeBefore = QFileInfo(path).size();
    QCOMPARE(sizeBefore, clip.size() + extra);

#ifdef Q_OS_LINUX
    const qint64 peakBefore = peakResidentKiB();
#endif
    QString error;
    QVERIFY2(Mp4Metadata::write(path, sampleSettings(), &error), qPrintable(error));
#ifdef Q_OS_LINUX
    const qint64 growthKiB = peakResidentKiB() - peakBefore;
    QVERIFY2(growthKiB < qint64(32) * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(growthKiB)));
#endif

    QCOMPARE(Mp4Metadata::read(path).value_or(QJsonObject()), sampleSettings());
    QVERIFY(QFileInfo(path).size() > sizeBefore);
    QCOMPARE(wan::test::probeVideo(path).frames, 32);
    QCOMPARE(frameHashes(path), frameHashes(m_faststart));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(file.size() - 4096));
    QCOMPARE(file.read(4096), QByteArray(4096, '\0'));
    file.close();
    QFile::remove(path);
}

void TestMp4Metadata::differentFiles_canBeWrittenAtOnce()
{
    REQUIRE_FFMPEG();
    QStringList paths;
    for (int i = 0; i < 6; ++i)
        paths << copyOf(i % 2 ? m_moovAtEnd : m_faststart, QStringLiteral("parallel-%1.mp4").arg(i));
    const QList<bool> results = QtConcurrent::blockingMapped(
        paths, [](const QString &path) { return Mp4Metadata::write(path, sampleSettings(QFileInfo(path).baseName())); });
    QCOMPARE(results, QList<bool>(paths.size(), true));
    const QList<QJsonObject> read = QtConcurrent::blockingMapped(
        paths, [](const QString &path) { return Mp4Metadata::read(path).value_or(QJsonObject()); });
    for (int i = 0; i < paths.size(); ++i)
        QCOMPARE(read.at(i), sampleSettings(QStringLiteral("parallel-%1").arg(i)));
}

void TestMp4Metadata::symbolicLink_staysALinkToTheChangedVideo()
{
    REQUIRE_FFMPEG();
#ifdef Q_OS_WIN
    QSKIP("symbolic links need privileges on Windows");
#endif
    const QString real = copyOf(m_faststart, QStringLiteral("real.mp4"));
    const QString link = m_dir.filePath(QStringLiteral("link.mp4"));
    QFile::remove(link);
    QVERIFY(QFile::link(real, link));
    QString error;
    QVERIFY2(Mp4Metadata::write(link, sampleSettings(), &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(Mp4Metadata::read(real).value_or(QJsonObject()), sampleSettings());
}

// Seen while writing fuzz_mp4boxes (its harness shows it on a crafted input): a
// co64 entry near 2^63 plus the bytes a write inserts overflowed (undefined
// behaviour) and wrapped to a negative offset.
void TestMp4Metadata::chunkOffsetShift_refusesToWrapA64BitOffset()
{
    auto moovWith = [](quint64 offset) {
        const QByteArray co64 = box("co64", be32(0) + be32(2) + be64(100) + be64(offset));
        return box("moov", box("trak", box("mdia", box("minf", box("stbl", co64)))));
    };
    QByteArray fits = moovWith(5000);
    QString problem;
    QVERIFY(wan::library::mp4::shiftChunkOffsets(fits, 1000, 64, &problem));
    QCOMPARE(fits, moovWith(5064)); // 100 is before the moved range and stays

    QByteArray top = moovWith(quint64(std::numeric_limits<qint64>::max()) - 10);
    QVERIFY(!wan::library::mp4::shiftChunkOffsets(top, 1000, 64, &problem));
    QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestMp4Metadata)
#include "tst_mp4metadata.moc"
