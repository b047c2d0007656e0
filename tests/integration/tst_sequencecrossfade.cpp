// A sequence's own crossfade at each join, through the real binary: three
// clips A, B (continuing A's last frame) and C, with crossfades 0 and 6 at
// their two joins. `sequence export` gives A + B + C - 1 (the seam) - 6
// frames, blends only at the second join; `--crossfade N` puts N at every
// join instead; the MLT project holds the same crossfade, and `melt` renders
// it to the same length with a blend inside the fade.

#include "cliprocess.h"
#include "library/library.h"
#include "mediaprobe.h"
#include "testclips.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wan::test::CliRun;

namespace {

constexpr int kFrames = 20;  // each clip
constexpr int kFade = 6;     // at the second join
constexpr int kJoined = 3 * kFrames - 1 - kFade;

double meanAbsoluteDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1e9;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 4; ++i) {
            if (i % 4 != 3)
                sum += std::abs(int(p[i]) - int(q[i]));
        }
    }
    return sum / (double(x.width()) * x.height() * 3);
}

// (weightEarlier * a + weightLater * b) / (sum), per channel.
QImage mix(const QImage &a, const QImage &b, int weightEarlier, int weightLater)
{
    QImage out(a.size(), QImage::Format_RGB32);
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    const int total = weightEarlier + weightLater;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        uchar *o = out.scanLine(row);
        for (int i = 0; i < x.width() * 4; ++i)
            o[i] = uchar((p[i] * weightEarlier + q[i] * weightLater + total / 2) / total);
    }
    return out;
}

// The share of channel values lying between the two sides' (a small margin for rounding and coding).
double shareBetween(const QImage &made, const QImage &a, const QImage &b, int margin)
{
    const QImage m = made.convertToFormat(QImage::Format_RGB32);
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 inside = 0;
    qint64 all = 0;
    for (int row = 0; row < m.height(); ++row) {
        for (int i = 0; i < m.width() * 4; ++i) {
            if (i % 4 == 3)
                continue;
            const int v = m.constScanLine(row)[i];
            const int p = x.constScanLine(row)[i];
            const int q = y.constScanLine(row)[i];
            inside += v >= std::min(p, q) - margin && v <= std::max(p, q) + margin ? 1 : 0;
            ++all;
        }
    }
    return all ? double(inside) / double(all) : 0.0;
}

} // namespace

class TestSequenceCrossfade final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void export_usesEachJoinsOwnCrossfade();
    void export_crossfadeOptionAppliesToEveryJoin();
    void mlt_holdsTheCrossfadeAndMeltRendersIt();

private:
    CliRun run(const QStringList &arguments);
    QImage exported(const QString &folder, int index) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    QString m_clips[3];
    qint64 m_sequence = 0;
};

CliRun TestSequenceCrossfade::run(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), QStringList{QStringLiteral("sequence")} + arguments,
                                    wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile.path()), 180'000,
                                    m_dir.path());
}

QImage TestSequenceCrossfade::exported(const QString &folder, int index) const
{
    return QImage(QDir(m_dir.filePath(folder)).filePath(QStringLiteral("frame-%1.png").arg(index, 5, 10, QLatin1Char('0'))));
}

void TestSequenceCrossfade::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid() && m_profile.isValid());
    QCOMPARE(run({QStringLiteral("list")}).exitCode, 0);
    QDirIterator it(m_profile.path(), {QStringLiteral("library.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    wan::library::Library lib(it.next());
    QString problem;
    QVERIFY2(lib.open(&problem), qPrintable(problem));
    // Three pictures far apart: the pattern, its negative, the pattern upside down.
    const QStringList filters{QString(), QStringLiteral("negate"), QStringLiteral("vflip")};
    qint64 ids[3] = {};
    for (int i = 0; i < 3; ++i) {
        m_clips[i] = m_dir.filePath(QStringLiteral("shot-%1.mp4").arg(i + 1));
        QStringList extra;
        if (!filters.at(i).isEmpty())
            extra << QStringLiteral("-vf") << filters.at(i);
        QVERIFY2(wan::test::makeClip({QSize(320, 240), kFrames, 16, extra}, m_clips[i], &problem), qPrintable(problem));
        wan::library::Entry e;
        e.status = wan::library::EntryStatus::Completed;
        e.prompt = QStringLiteral("shot %1").arg(i + 1);
        e.outputPath = m_clips[i];
        e.requestId = QStringLiteral("fade-%1").arg(i + 1);
        if (i == 1) { // B continues A's last frame: the seam drops B's first
            e.parentId = ids[0];
            e.parentFrame = kFrames - 1;
        }
        ids[i] = lib.insert(e);
        QVERIFY(ids[i] > 0);
    }
    m_sequence = lib.createSequence(QStringLiteral("Fades"), {{ids[0], -1, -1, 0}, {ids[1], -1, -1, 0}, {ids[2], -1, -1, kFade}});
    QVERIFY(m_sequence > 0);
}

void TestSequenceCrossfade::export_usesEachJoinsOwnCrossfade()
{
    // Lossless frames, so each blend is seen as made.
    CliRun r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("png"),
                    QStringLiteral("--out"), QStringLiteral("frames")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), kJoined);
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("frames"))).entryList({QStringLiteral("frame-*.png")}, QDir::Files).size(), kJoined);

    // The first join is a cut: A's last frame, then B's second (its first repeats A's last).
    const QImage a19 = wan::test::decodeFrames(m_clips[0], {kFrames - 1}).value(0);
    const QImage b1 = wan::test::decodeFrames(m_clips[1], {1}).value(0);
    QVERIFY(!a19.isNull() && !b1.isNull());
    QVERIFY(meanAbsoluteDifference(exported(QStringLiteral("frames"), kFrames - 1), a19) < 3.0);
    QVERIFY(meanAbsoluteDifference(exported(QStringLiteral("frames"), kFrames), b1) < 3.0);

    // The second join: B's last 6 frames blended with C's first 6, at 20 + 19 - 6 = 33 on.
    const int fadeStart = kFrames + (kFrames - 1) - kFade;
    const QList<QImage> b = wan::test::decodeFrames(m_clips[1], {14, 15, 16, 17, 18, 19});
    const QList<QImage> c = wan::test::decodeFrames(m_clips[2], {0, 1, 2, 3, 4, 5});
    QCOMPARE(b.size(), kFade);
    QCOMPARE(c.size(), kFade);
    for (int k = 0; k < kFade; ++k) {
        const QImage made = exported(QStringLiteral("frames"), fadeStart + k);
        const QString where = QStringLiteral("fade frame %1").arg(k);
        QVERIFY2(meanAbsoluteDifference(made, mix(b.at(k), c.at(k), kFade - k, k + 1)) < 3.0, qPrintable(where));
        QVERIFY2(meanAbsoluteDifference(made, b.at(k)) > 10.0 && meanAbsoluteDifference(made, c.at(k)) > 10.0, qPrintable(where));
        QVERIFY2(shareBetween(made, b.at(k), c.at(k), 3) > 0.97, qPrintable(where));
    }
    // Around the fade, each side alone.
    QVERIFY(meanAbsoluteDifference(exported(QStringLiteral("frames"), fadeStart - 1),
                                   wan::test::decodeFrames(m_clips[1], {13}).value(0))
            < 3.0);
    QVERIFY(meanAbsoluteDifference(exported(QStringLiteral("frames"), fadeStart + kFade),
                                   wan::test::decodeFrames(m_clips[2], {kFade}).value(0))
            < 3.0);

    // An MP4 of the same: re-encoded (a crossfade makes new pictures), the same length.
    r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("mp4"),
             QStringLiteral("--out"), QStringLiteral("fades.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("frames")).toInt(), kJoined);
    QCOMPARE(line.value(QStringLiteral("stream_copy")).toBool(), false);
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("fades.mp4"))).frames, kJoined);
}

void TestSequenceCrossfade::export_crossfadeOptionAppliesToEveryJoin()
{
    // --crossfade 2 replaces the sequence's own: 2 at both joins.
    const CliRun r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--crossfade"), QStringLiteral("2"),
                          QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), QStringLiteral("frames-two")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 3 * kFrames - 1 - 2 - 2);
    // The first join is now a blend too: A's frame 18 with B's frame 1 (after the seam).
    const QImage made = exported(QStringLiteral("frames-two"), kFrames - 2);
    const QImage a = wan::test::decodeFrames(m_clips[0], {kFrames - 2}).value(0);
    const QImage b = wan::test::decodeFrames(m_clips[1], {1}).value(0);
    QVERIFY(meanAbsoluteDifference(made, mix(a, b, 2, 1)) < 3.0);
    QVERIFY(meanAbsoluteDifference(made, a) > 10.0);
}

void TestSequenceCrossfade::mlt_holdsTheCrossfadeAndMeltRendersIt()
{
    const QString project = m_dir.filePath(QStringLiteral("fades.mlt"));
    const CliRun r = run({QStringLiteral("export"), QString::number(m_sequence), QStringLiteral("--format"), QStringLiteral("mlt"),
                          QStringLiteral("--out"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), kJoined);
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    // The seam as before; the second join a tractor of B's end over C's start with a dissolve and a mix.
    QVERIFY(xml.contains(R"(<entry producer="clip1" in="1" out="13"/>)"));
    QVERIFY(xml.contains(R"(<track producer="clip1" in="14" out="19"/>)"));
    QVERIFY(xml.contains(R"(<track producer="clip2" in="0" out="5"/>)"));
    QVERIFY(xml.contains(R"(<entry producer="crossfade1" in="0" out="5"/>)"));
    QVERIFY(xml.contains(R"(<entry producer="clip2" in="6" out="19"/>)"));
    QVERIFY(xml.contains(R"(<property name="mlt_service">luma</property>)"));
    QVERIFY(xml.contains(R"(<property name="mlt_service">mix</property>)"));
    QVERIFY(!xml.contains("crossfade0")); // no fade at the first join
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QSKIP("melt renders the project (Debian package melt, packaging/install-deps.sh test)");
    const QString rendered = m_dir.filePath(QStringLiteral("melted-fades.mp4"));
    QProcess melt;
    melt.setProcessChannelMode(QProcess::MergedChannels);
    melt.start(QStringLiteral("melt"), {project, QStringLiteral("-consumer"), QStringLiteral("avformat:") + rendered,
                                        QStringLiteral("vcodec=libx264"), QStringLiteral("crf=10"), QStringLiteral("an=1"),
                                        QStringLiteral("real_time=-1")});
    QVERIFY(melt.waitForFinished(180'000));
    QVERIFY2(melt.exitCode() == 0, melt.readAll().constData());
    const wan::test::MediaFacts facts = wan::test::probeVideo(rendered);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, kJoined);
    // The middle of the fade (MLT's dissolve: the later clip weighs k/6, here 3/6) is both
    // sides at once; the frame before the fade is B alone.
    const int fadeStart = kFrames + (kFrames - 1) - kFade;
    const QList<QImage> made = wan::test::decodeFrames(rendered, {fadeStart - 1, fadeStart + 3});
    QCOMPARE(made.size(), 2);
    const QImage b = wan::test::decodeFrames(m_clips[1], {17}).value(0);
    const QImage c = wan::test::decodeFrames(m_clips[2], {3}).value(0);
    const double fromB = meanAbsoluteDifference(made.at(1), b);
    const double fromC = meanAbsoluteDifference(made.at(1), c);
    const double fromMix = meanAbsoluteDifference(made.at(1), mix(b, c, 1, 1));
    QVERIFY2(fromB > 10.0 && fromC > 10.0 && fromMix < 6.0,
             qPrintable(QStringLiteral("from B %1, from C %2, from the half-and-half mix %3").arg(fromB).arg(fromC).arg(fromMix)));
    QVERIFY(meanAbsoluteDifference(made.at(0), wan::test::decodeFrames(m_clips[1], {13}).value(0)) < 6.0);
}

QTEST_GUILESS_MAIN(TestSequenceCrossfade)
#include "tst_sequencecrossfade.moc"
