// `wanstudio generate` and `wanstudio credits` as a person runs them: the real
// binary in a child process, against the emulator, one test per exit code.

#include "cliprocess.h"
#include "emulatorfixture.h"
#include "mediaprobe.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void generate_success_printsOneJsonLineAndExits0();
    void generate_sync_success();
    void generate_outOfRange_exits2NamingTheRange_data();
    void generate_outOfRange_exits2NamingTheRange();
    void generate_badImage_exits2();
    void generate_noKey_exits3();
    void generate_stoppedBeforeSending_leavesNoRunForALaterResume();
    void generate_rejectedKey_exits3();
    void generate_lowBalance_exits4();
    void generate_serviceFailure_exits5();
    void generate_unreachableService_exits6();
    void credits_printsTheBalance();

private:
    CliRun runCli(const QStringList &arguments, const QString &key, const QUrl &apiBase = {});

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_image;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("200")}));
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkMagenta);
    m_image = m_dir.filePath(QStringLiteral("input.png"));
    QVERIFY(picture.save(m_image));
}

void TestCommandLine::init()
{
    QVERIFY(m_emulator.reset());
}

CliRun TestCommandLine::runCli(const QStringList &arguments, const QString &key, const QUrl &apiBase)
{
    const QUrl base = apiBase.isEmpty() ? m_emulator.apiBase() : apiBase;
    const QProcessEnvironment env = wan::test::cliEnvironment(key, base, m_dir.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WANSTUDIO_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    // Whatever happened, the key is never printed.
    if (!key.isEmpty()) {
        if (run.out.contains(key.toUtf8()) || run.err.contains(key.toUtf8()))
            run.exitCode = -3;
    }
    return run;
}

void TestCommandLine::generate_success_printsOneJsonLineAndExits0()
{
    const QString out = m_dir.filePath(QStringLiteral("clip.mp4"));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("waves roll in"), QStringLiteral("--frames"), QStringLiteral("85"),
                               QStringLiteral("--fps"), QStringLiteral("12"), QStringLiteral("--random-seed"),
                               QStringLiteral("--out"), out},
                              m_emulator.apiKey());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject result = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(result.value(QStringLiteral("output")).toString(), out);
    QVERIFY(result.contains(QStringLiteral("seed")));
    QVERIFY(result.value(QStringLiteral("remaining_credits")).isDouble());
    QVERIFY(run.err.contains("Queued") || run.err.contains("Processing"));
    if (wan::test::haveFfprobe()) {
        const auto facts = wan::test::probeVideo(out);
        QCOMPARE(facts.frames, 85);
        QCOMPARE(qRound(facts.fps), 12);
    }
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestCommandLine::generate_sync_success()
{
    const QString out = m_dir.filePath(QStringLiteral("sync.mp4"));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--sync"), QStringLiteral("--image"), m_image,
                               QStringLiteral("--prompt"), QStringLiteral("a quiet street"), QStringLiteral("--seed"),
                               QStringLiteral("7"), QStringLiteral("--no-go-fast"), QStringLiteral("--out"), out},
                              m_emulator.apiKey());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out.trimmed()).object().value(QStringLiteral("seed")).toInteger(), 7);
    QVERIFY(QFile::exists(out));
}

void TestCommandLine::generate_outOfRange_exits2NamingTheRange_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("frames below") << "--frames" << "80" << "81 to 100";
    QTest::newRow("frames above") << "--frames" << "101" << "81 to 100";
    QTest::newRow("frames not a number") << "--frames" << "lots" << "num_frames";
    QTest::newRow("frames not whole") << "--frames" << "90.5" << "not a whole number";
    QTest::newRow("fps below") << "--fps" << "4" << "5 to 24";
    QTest::newRow("fps above") << "--fps" << "25" << "5 to 24";
    QTest::newRow("fps not a number") << "--fps" << "fast" << "not a whole number";
    QTest::newRow("shift below") << "--shift" << "0.5" << "1 to 20";
    QTest::newRow("shift above") << "--shift" << "20.5" << "1 to 20";
    QTest::newRow("shift not a number") << "--shift" << "high" << "not a number";
    QTest::newRow("shift infinite") << "--shift" << "inf" << "not a number";
    QTest::newRow("resolution") << "--resolution" << "1080p" << "480p, 720p";
    QTest::newRow("aspect") << "--aspect" << "4:3" << "16:9, 9:16";
    QTest::newRow("seed beyond 64 bits") << "--seed" << "99999999999999999999" << "64 bits";
    QTest::newRow("seed one past 64 bits") << "--seed" << "9223372036854775808" << "64 bits";
    QTest::newRow("seed below 64 bits") << "--seed" << "-9223372036854775809" << "64 bits";
    QTest::newRow("seed not a number") << "--seed" << "lucky" << "not a whole number";
    QTest::newRow("seed fractional") << "--seed" << "4.2" << "not a whole number";
    QTest::newRow("prompt blank") << "--prompt" << " \t " << "--prompt";
}

void TestCommandLine::generate_outOfRange_exits2NamingTheRange()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), option, value, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              m_emulator.apiKey());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QCOMPARE(m_emulator.submissions() + m_emulator.uploads(), 0);
    // Not even a request: every path the emulator saw is one of its own control routes.
    for (const auto &request : m_emulator.stats().value(QStringLiteral("requests")).toArray())
        QVERIFY2(request.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/_emulator/")),
                 qPrintable(request.toObject().value(QStringLiteral("path")).toString()));
}

void TestCommandLine::generate_badImage_exits2()
{
    const QString fake = m_dir.filePath(QStringLiteral("notes.jpg"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a picture\n");
    file.close();
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), fake, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              m_emulator.apiKey());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("notes.jpg"));
    QCOMPARE(m_emulator.uploads(), 0);
}

void TestCommandLine::generate_noKey_exits3()
{
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              QString());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("SEGMIND_API_KEY"));
}

// A run that stopped for want of a key or a usable address was never sent,
// and the command said so: it must not wait in the library as queued, where a
// later `resume --queued` (or the window, offering to send it) would pay for it.
void TestCommandLine::generate_stoppedBeforeSending_leavesNoRunForALaterResume()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("never sent"), QStringLiteral("--out"), profile.filePath(QStringLiteral("no.mp4"))};
    const QString cli = QStringLiteral(WANSTUDIO_CLI_PATH);
    const auto noKey = wan::test::runCliProcess(cli, generate, wan::test::cliEnvironment(QString(), m_emulator.apiBase(), profile.path()));
    QCOMPARE(noKey.exitCode, 3);
    const auto badAddress = wan::test::runCliProcess(
        cli, generate, wan::test::cliEnvironment(m_emulator.apiKey(), QUrl(QStringLiteral("http://")), profile.path()));
    QCOMPARE(badAddress.exitCode, 2);
    QVERIFY2(badAddress.err.contains("not a valid address"), badAddress.err.constData());

    const auto resume = wan::test::runCliProcess(cli, {QStringLiteral("resume"), QStringLiteral("--queued")},
                                                 wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), profile.path()));
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    QCOMPARE(m_emulator.uploads(), 0);
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestCommandLine::generate_rejectedKey_exits3()
{
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              QStringLiteral("SG_fake0000000000"));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestCommandLine::generate_lowBalance_exits4()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 0.0}}));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              m_emulator.apiKey());
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("credits"));
}

void TestCommandLine::generate_serviceFailure_exits5()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 500}}));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              m_emulator.apiKey());
    QCOMPARE(run.exitCode, 5);
}

void TestCommandLine::generate_unreachableService_exits6()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.mp4"))},
                              m_emulator.apiKey(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(run.exitCode, 6);
}

void TestCommandLine::credits_printsTheBalance()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 12.5}}));
    const CliRun run = runCli({QStringLiteral("credits")}, m_emulator.apiKey());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out.trimmed()).object().value(QStringLiteral("credits")).toDouble(), 12.5);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
