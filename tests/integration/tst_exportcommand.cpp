// `wanstudio export` as a person runs it (the real binary): inputs joined by
// the lineage in the clips' own metadata or in the library, a JSON line, bad
// input refused with exit code 2 and nothing written, a full disk (a file
// size limit) and Ctrl+C leaving nothing behind.

#include "cliprocess.h"
#include "library/library.h"
#include "library/mp4metadata.h"
#include "media/framepng.h"
#include "mediaprobe.h"
#include "testclips.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using wan::test::CliRun;

class TestExportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void lineageInTheClips_dropsTheRepeatedFrame();
    void libraryIds_followTheLibrarysLineage();
    void matchColour_correctsTheContinuation();
    void badInput_exits2AndWritesNothing_data();
    void badInput_exits2AndWritesNothing();
    void fullDisk_leavesNothing_data();
    void fullDisk_leavesNothing();
    void interrupt_leavesNothing();
    void help_listsTheCommand();

private:
    CliRun run(const QStringList &arguments, const QString &shellPrefix = {});
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_profile;
    QString m_a; // 33 frames, with Wan Studio settings (request req-a)
    QString m_b; // 33 frames, continuing req-a from its frame 32
};

void TestExportCommand::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    m_a = m_dir.filePath(QStringLiteral("shot1.mp4"));
    m_b = m_dir.filePath(QStringLiteral("shot2.mp4"));
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {}}, m_a, &problem), qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {QStringLiteral("-vf"), QStringLiteral("negate")}}, m_b, &problem),
             qPrintable(problem));
    const QJsonObject first{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                            {QStringLiteral("version"), 2},
                            {QStringLiteral("prompt"), QStringLiteral("a boat leaves the harbour")},
                            {QStringLiteral("requestId"), QStringLiteral("req-a")}};
    QJsonObject second{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                       {QStringLiteral("version"), 2},
                       {QStringLiteral("prompt"), QStringLiteral("the boat sails on")},
                       {QStringLiteral("requestId"), QStringLiteral("req-b")}};
    second.insert(QStringLiteral("continues"), QJsonObject{{QStringLiteral("frame"), 32}, {QStringLiteral("requestId"), QStringLiteral("req-a")}});
    QVERIFY2(wan::library::Mp4Metadata::write(m_a, first, &problem), qPrintable(problem));
    QVERIFY2(wan::library::Mp4Metadata::write(m_b, second, &problem), qPrintable(problem));
}

void TestExportCommand::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

CliRun TestExportCommand::run(const QStringList &arguments, const QString &shellPrefix)
{
    const QProcessEnvironment env = wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile->path());
    const QStringList command = QStringList{QStringLiteral("export")} + arguments;
    if (shellPrefix.isEmpty())
        return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), command, env, 120'000, m_dir.path());
    // A limit set by the shell, then the program in its place.
    return wan::test::runCliProcess(QStringLiteral("/bin/sh"),
                                    QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral("; exec \"$0\" \"$@\""),
                                                QStringLiteral(WANSTUDIO_CLI_PATH)}
                                        + command,
                                    env, 120'000, m_dir.path());
}

QStringList TestExportCommand::leftovers() const
{
    return QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExportCommand::lineageInTheClips_dropsTheRepeatedFrame()
{
    CliRun r = run({m_a, m_b, QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--out"), QStringLiteral("scene.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("frames")).toInt(), 33 + 33 - 1);
    QCOMPARE(line.value(QStringLiteral("out")).toString(), m_dir.filePath(QStringLiteral("scene.mp4")));
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("scene.mp4"))).frames, 65);
    QVERIFY(line.value(QStringLiteral("stream_copy")).toBool()); // same encoder settings, whole clips
    r = run({m_a, m_b, QStringLiteral("--reencode"), QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--out"),
             QStringLiteral("scene-encoded.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("stream_copy")).toBool());
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("scene-encoded.mp4"))).frames, 65);

    // The other way round, B does not continue A: every frame stays.
    r = run({m_b, m_a, QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--out"), QStringLiteral("reversed.mp4")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(wan::test::probeVideo(m_dir.filePath(QStringLiteral("reversed.mp4"))).frames, 66);
}

void TestExportCommand::libraryIds_followTheLibrarysLineage()
{
    // The library of the private profile, made by the program itself, then filled here.
    QCOMPARE(wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("library"), QStringLiteral("list")},
                                      wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile->path()))
                 .exitCode,
             0);
    QDirIterator it(m_profile->path(), {QStringLiteral("library.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString database = it.next();
    qint64 first = 0;
    qint64 second = 0;
    {
        wan::library::Library lib(database);
        QString problem;
        QVERIFY2(lib.open(&problem), qPrintable(problem));
        // Plain copies without settings inside: the lineage comes from the library alone.
        const QString plainA = m_dir.filePath(QStringLiteral("lib-a.mp4"));
        const QString plainB = m_dir.filePath(QStringLiteral("lib-b.mp4"));
        QString error;
        QVERIFY(wan::test::makeClip({QSize(320, 240), 20, 16, {}}, plainA, &error));
        QVERIFY(wan::test::makeClip({QSize(320, 240), 20, 16, {QStringLiteral("-vf"), QStringLiteral("negate")}}, plainB, &error));
        wan::library::Entry a;
        a.status = wan::library::EntryStatus::Completed;
        a.prompt = QStringLiteral("first");
        a.outputPath = plainA;
        a.requestId = QStringLiteral("lib-req-a");
        first = lib.insert(a);
        QVERIFY(first > 0);
        wan::library::Entry b = a;
        b.prompt = QStringLiteral("second");
        b.outputPath = plainB;
        b.requestId = QStringLiteral("lib-req-b");
        b.parentId = first;
        b.parentFrame = 19;
        second = lib.insert(b);
        QVERIFY(second > 0);
    }
    const CliRun r = run({QString::number(first), QString::number(second), QStringLiteral("--format"), QStringLiteral("png"),
                          QStringLiteral("--out"), QStringLiteral("frames")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList names = QDir(m_dir.filePath(QStringLiteral("frames"))).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 20 + 20 - 1);
    const wan::media::FrameStamp seam = wan::media::FramePng::readStamp(m_dir.filePath(QStringLiteral("frames/frame-00020.png")));
    QCOMPARE(seam.source, QStringLiteral("lib-b.mp4"));
    QCOMPARE(seam.frame, 1);
    QVERIFY(seam.settingsJson.contains("second")); // the run's settings, from the library

    const CliRun missing = run({QStringLiteral("999"), QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--out"),
                                QStringLiteral("none.gif")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("999"), missing.err.constData());
}

void TestExportCommand::matchColour_correctsTheContinuation()
{
    // A continuation of shot 1 (its settings say so) whose colours drifted: each channel shifted.
    const QString drifted = m_dir.filePath(QStringLiteral("drifted.mp4"));
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {QStringLiteral("-vf"), QStringLiteral("lutrgb=r=val*0.7:g=val*0.9+20:b=val*0.8+50")}},
                                 drifted, &problem),
             qPrintable(problem));
    QJsonObject settings{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                         {QStringLiteral("version"), 2},
                         {QStringLiteral("prompt"), QStringLiteral("the boat sails on")},
                         {QStringLiteral("requestId"), QStringLiteral("req-drifted")}};
    settings.insert(QStringLiteral("continues"), QJsonObject{{QStringLiteral("frame"), 32}, {QStringLiteral("requestId"), QStringLiteral("req-a")}});
    QVERIFY2(wan::library::Mp4Metadata::write(drifted, settings, &problem), qPrintable(problem));
    // The largest difference of a channel's mean between the frame continued (32) and the next one shown (33).
    const auto jump = [this](const QString &folder) {
        const QImage before = QImage(m_dir.filePath(folder + QStringLiteral("/frame-00032.png"))).convertToFormat(QImage::Format_RGB888);
        const QImage after = QImage(m_dir.filePath(folder + QStringLiteral("/frame-00033.png"))).convertToFormat(QImage::Format_RGB888);
        double most = 0;
        for (int c = 0; c < 3; ++c) {
            double a = 0;
            double b = 0;
            for (int y = 0; y < before.height(); ++y) {
                for (int x = 0; x < before.width(); ++x) {
                    a += before.constScanLine(y)[x * 3 + c];
                    b += after.constScanLine(y)[x * 3 + c];
                }
            }
            most = qMax(most, std::abs(a - b) / (double(before.width()) * before.height()));
        }
        return before.isNull() || after.isNull() ? -1.0 : most;
    };
    CliRun r = run({m_a, drifted, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), QStringLiteral("drift")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 65);
    QVERIFY2(jump(QStringLiteral("drift")) > 15.0, qPrintable(QString::number(jump(QStringLiteral("drift")))));
    r = run({m_a, drifted, QStringLiteral("--match-colour"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
             QStringLiteral("matched")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frames")).toInt(), 65);
    const double matched = jump(QStringLiteral("matched"));
    QVERIFY2(matched >= 0 && matched < 4.0, qPrintable(QString::number(matched)));
}

void TestExportCommand::badInput_exits2AndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("says");
    const QString notes = QStringLiteral("notes.txt");
    QTest::newRow("not a video") << QStringList{notes, QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--out"),
                                                QStringLiteral("x.mp4")}
                                 << QStringLiteral("x.mp4") << QStringLiteral("not a video");
    QTest::newRow("trim outside") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("--trim"), QStringLiteral("10:40"),
                                                 QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--out"),
                                                 QStringLiteral("x.gif")}
                                  << QStringLiteral("x.gif") << QStringLiteral("0 to 32");
    QTest::newRow("trim of two") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("shot2.mp4"), QStringLiteral("--trim"),
                                                QStringLiteral("1:2"), QStringLiteral("--format"), QStringLiteral("gif"),
                                                QStringLiteral("--out"), QStringLiteral("x.gif")}
                                 << QStringLiteral("x.gif") << QStringLiteral("single input");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("--format"), QStringLiteral("avi"),
                                                   QStringLiteral("--out"), QStringLiteral("x.avi")}
                                    << QStringLiteral("x.avi") << QStringLiteral("--format");
    QTest::newRow("no out") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("--format"), QStringLiteral("mp4")}
                            << QStringLiteral("shot1.mp4.mp4") << QStringLiteral("--out");
    QTest::newRow("unwritable out") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("--format"), QStringLiteral("mp4"),
                                                   QStringLiteral("--out"), QStringLiteral("/proc/x.mp4")}
                                    << QStringLiteral("/proc/x.mp4") << QStringLiteral("/proc");
    QTest::newRow("crossfade too long") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("shot2.mp4"),
                                                       QStringLiteral("--crossfade"), QStringLiteral("40"), QStringLiteral("--format"),
                                                       QStringLiteral("mp4"), QStringLiteral("--out"), QStringLiteral("x.mp4")}
                                        << QStringLiteral("x.mp4") << QStringLiteral("crossfade");
    QTest::newRow("the input as output") << QStringList{QStringLiteral("shot1.mp4"), QStringLiteral("--format"), QStringLiteral("mp4"),
                                                        QStringLiteral("--out"), QStringLiteral("shot2.mp4"), QStringLiteral("--overwrite"),
                                                        QStringLiteral("shot2.mp4")}
                                        << QString() << QStringLiteral("shot2.mp4");
}

void TestExportCommand::badInput_exits2AndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(QString, says);
    {
        QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("a shot list, not a video\n");
    }
    const QByteArray shot2 = [this] {
        QFile f(m_b);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Error: ") && r.err.contains(says.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    if (!out.isEmpty())
        QVERIFY(!QFileInfo::exists(QDir(m_dir.path()).absoluteFilePath(out)));
    QVERIFY(leftovers().isEmpty());
    QFile f(m_b);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), shot2); // an input is never touched
}

void TestExportCommand::fullDisk_leavesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("blocks");
    // ulimit -f counts 512-byte blocks in sh; the limit holds for each file, so the PNGs get a smaller one.
    QTest::newRow("mp4") << QStringLiteral("mp4") << QStringLiteral("full.mp4") << 128;
    QTest::newRow("gif") << QStringLiteral("gif") << QStringLiteral("full.gif") << 128;
    QTest::newRow("png") << QStringLiteral("png") << QStringLiteral("full-frames") << 8;
}

void TestExportCommand::fullDisk_leavesNothing()
{
    QFETCH(QString, format);
    QFETCH(QString, out);
    QFETCH(int, blocks);
    // A file size limit: every write past it fails as on a full disk.
    const CliRun r = run({m_a, m_b, QStringLiteral("--format"), format, QStringLiteral("--out"), out},
                         QStringLiteral("ulimit -f %1").arg(blocks));
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains("disk is full"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(out)));
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
}

void TestExportCommand::interrupt_leavesNothing()
{
    QProcess process;
    process.setProcessEnvironment(wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile->path()));
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("export"), m_a, m_b, m_a, m_b, QStringLiteral("--width"),
                                                       QStringLiteral("1920"), QStringLiteral("--format"), QStringLiteral("webm"), QStringLiteral("--out"), QStringLiteral("stopped.webm")});
    QVERIFY(process.waitForStarted());
    // Once it is writing frames: Ctrl+C.
    QByteArray err;
    while (!err.contains("Exported") && process.state() == QProcess::Running) {
        process.waitForReadyRead(10'000);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("Exported"), err.constData());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60'000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("cancelled"), err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("stopped.webm"))));
    QVERIFY(leftovers().isEmpty());
}

void TestExportCommand::help_listsTheCommand()
{
    const CliRun r = wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("--help")},
                                              wan::test::cliEnvironment({}, QUrl(QStringLiteral("http://127.0.0.1:9")), m_profile->path()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("wanstudio export"));
    const CliRun own = run({QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    for (const char *option : {"--format", "--out", "--width", "--fps", "--trim", "--crossfade", "--pingpong", "--match-colour"})
        QVERIFY2(own.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
