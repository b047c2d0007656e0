// What a hostile user (or a hostile answer) does to `wanstudio generate`: an
// output place that would destroy a file or cannot be written is refused before
// anything is sent; a relative picture is stored so that a later resume from
// another folder sends the same picture; text from the service never reaches
// the terminal as escape sequences; a refused address does not hang; redirect
// loops, compressed bombs and a full disk are named for what they are.

#include "cliprocess.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using wan::test::CliRun;

constexpr char Esc = '\x1B';
constexpr char Bel = '\x07';

} // namespace

class TestCliSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void out_unsafeTarget_exits2AndSendsNothing_data();
    void out_unsafeTarget_exits2AndSendsNothing();
    void out_unwritablePlace_exits7AndSendsNothing_data();
    void out_unwritablePlace_exits7AndSendsNothing();
    void out_existingFile_isReplacedOnlyWithOverwrite();
    void refusedAddress_exitsWithItsCode();
    void relativeImage_resumedFromAnotherFolder_sendsTheOriginalPicture();
    void requestIdWithEscapes_isRefused_andNothingRawIsPrinted();
    void errorTextWithEscapes_isPrintedWithoutThem();
    void redirectLoop_isNamedAsSuch();
    void compressedBomb_isNamedAsSuch();
    void damagedLibrary_exits8();
    void fullDiskWhileRecording_exits7();
    void fullDiskWhileOpeningTheLibrary_exits7_notDamaged();

private:
    CliRun runCli(const QStringList &arguments, const QString &key, const QString &workingDirectory = {},
                  const QUrl &apiBase = {});
    QStringList generateArguments(const QString &image, const QString &out) const;
    QString dataDirectory() const { return m_profile->filePath(QStringLiteral("data/WanStudio/wanstudio")); }
    bool nothingSent();
    bool generateOnFullDisk(int roomKb, CliRun *run, QString *whyNot);

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_profile;
    QString m_image;
};

void TestCliSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("200")}));
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkMagenta);
    m_image = m_dir.filePath(QStringLiteral("input.png"));
    QVERIFY(picture.save(m_image));
}

void TestCliSafety::init()
{
    QVERIFY(m_emulator.reset());
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

CliRun TestCliSafety::runCli(const QStringList &arguments, const QString &key, const QString &workingDirectory,
                             const QUrl &apiBase)
{
    const QUrl base = apiBase.isEmpty() ? m_emulator.apiBase() : apiBase;
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), arguments,
                                    wan::test::cliEnvironment(key, base, m_profile->path()), 60'000, workingDirectory);
}

QStringList TestCliSafety::generateArguments(const QString &image, const QString &out) const
{
    return {QStringLiteral("generate"), QStringLiteral("--image"), image, QStringLiteral("--prompt"),
            QStringLiteral("the tide comes in"), QStringLiteral("--out"), out};
}

bool TestCliSafety::nothingSent()
{
    const QJsonObject stats = m_emulator.stats();
    return stats.value(QStringLiteral("submissions")).toInt() == 0 && stats.value(QStringLiteral("uploads")).toInt() == 0;
}

void TestCliSafety::out_unsafeTarget_exits2AndSendsNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says");
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("results"))));
    const QString link = m_dir.filePath(QStringLiteral("innocent.mp4"));
    if (!QFileInfo(link).isSymLink())
        QVERIFY(QFile::link(m_image, link));
    QTest::newRow("the input picture") << m_image << QStringLiteral("input picture");
    QTest::newRow("a link to the input picture") << link << QStringLiteral("input picture");
    QTest::newRow("a folder") << m_dir.filePath(QStringLiteral("results")) << QStringLiteral("folder");
    QTest::newRow("the library") << QStringLiteral("LIBRARY") << QStringLiteral("Wan Studio");
    QTest::newRow("the upload cache") << QStringLiteral("DATA/upload-cache.json") << QStringLiteral("Wan Studio");
    QTest::newRow("a prepared picture") << QStringLiteral("DATA/media/inputs/x.jpg") << QStringLiteral("Wan Studio");
}

void TestCliSafety::out_unsafeTarget_exits2AndSendsNothing()
{
    QFETCH(QString, target);
    QFETCH(QString, says);
    // A library with a run in it: the data folder exists and there is something to lose.
    QVERIFY(QDir().mkpath(dataDirectory()));
    const QString library = dataDirectory() + QStringLiteral("/library.sqlite");
    QCOMPARE(runCli({QStringLiteral("library"), QStringLiteral("list")}, m_emulator.apiKey()).exitCode, 0);
    QVERIFY(QFile::exists(library));
    if (target == QLatin1String("LIBRARY"))
        target = library;
    target.replace(QStringLiteral("DATA"), dataDirectory());
    const QByteArray imageBefore = [this] {
        QFile f(m_image);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const qint64 librarySize = QFileInfo(library).size();

    const CliRun run = runCli(generateArguments(m_image, target) << QStringLiteral("--overwrite"), m_emulator.apiKey());
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    QVERIFY(nothingSent());
    QFile image(m_image);
    QVERIFY(image.open(QIODevice::ReadOnly));
    QCOMPARE(image.readAll(), imageBefore);
    QCOMPARE(QFileInfo(library).size(), librarySize);
    // Not even recorded: the library still has no run.
    const CliRun list = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")}, m_emulator.apiKey());
    QCOMPARE(QJsonDocument::fromJson(list.out.trimmed()).array().size(), 0);
}

void TestCliSafety::out_unwritablePlace_exits7AndSendsNothing_data()
{
    QTest::addColumn<QString>("target");
    const QString file = m_dir.filePath(QStringLiteral("a-file.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    // A folder that cannot be created (a file is in the way), and one that no
    // one may write in, root included (tests may run as root, for whom
    // permission bits do not stop a write).
    QTest::newRow("folder cannot be created") << file + QStringLiteral("/clips/clip.mp4");
    QTest::newRow("read-only folder") << QStringLiteral("/proc/1/clip.mp4");
}

void TestCliSafety::out_unwritablePlace_exits7AndSendsNothing()
{
    QFETCH(QString, target);
    const CliRun run = runCli(generateArguments(m_image, target), m_emulator.apiKey());
    QVERIFY2(run.exitCode == 7, run.err.constData());
    QVERIFY(nothingSent());
    QVERIFY(!QFile::exists(dataDirectory() + QStringLiteral("/library.sqlite"))
            || QJsonDocument::fromJson(runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")},
                                              m_emulator.apiKey())
                                           .out.trimmed())
                       .array()
                       .isEmpty());
}

void TestCliSafety::out_existingFile_isReplacedOnlyWithOverwrite()
{
    const QString out = m_dir.filePath(QStringLiteral("existing.mp4"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("yesterday's clip");
    }
    const CliRun refused = runCli(generateArguments(m_image, out), m_emulator.apiKey());
    QVERIFY2(refused.exitCode == 2, refused.err.constData());
    QVERIFY2(refused.err.contains("--overwrite"), refused.err.constData());
    QVERIFY(nothingSent());
    QCOMPARE(QFileInfo(out).size(), qint64(16));

    const CliRun replaced = runCli(generateArguments(m_image, out) << QStringLiteral("--overwrite"), m_emulator.apiKey());
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QCOMPARE(m_emulator.submissions(), 1);
    QVERIFY(QFileInfo(out).size() > 16);
}

void TestCliSafety::refusedAddress_exitsWithItsCode()
{
    const CliRun run = runCli(generateArguments(m_image, m_dir.filePath(QStringLiteral("never.mp4"))), m_emulator.apiKey(), {},
                              QUrl(QStringLiteral("http://example.invalid")));
    QVERIFY2(run.exitCode == 2, run.exitCode == -1 ? "the command line did not exit" : run.err.constData());
    QVERIFY2(run.err.contains("SEGMIND_API_BASE"), run.err.constData());
}

void TestCliSafety::relativeImage_resumedFromAnotherFolder_sendsTheOriginalPicture()
{
    // Queued from one folder, never sent: a batch killed while its later runs
    // waited for the first (one run at a time). A command that stops before
    // sending for want of a key records nothing (tst_commandline).
    const QString first = m_dir.filePath(QStringLiteral("first"));
    const QString second = m_dir.filePath(QStringLiteral("second"));
    QVERIFY(QDir().mkpath(first));
    QVERIFY(QDir().mkpath(second));
    QImage magenta(640, 480, QImage::Format_RGB32);
    magenta.fill(QColor(200, 0, 200));
    QVERIFY(magenta.save(QDir(first).filePath(QStringLiteral("photo.png"))));
    QImage green(640, 480, QImage::Format_RGB32);
    green.fill(QColor(0, 200, 0));
    QVERIFY(green.save(QDir(second).filePath(QStringLiteral("photo.png"))));

    const QProcessEnvironment env = wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile->path());
    const auto oneAtATime = wan::test::runCliProcess(
        QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("jobs/maxConcurrent"), QStringLiteral("1")},
        env);
    QVERIFY2(oneAtATime.exitCode == 0, oneAtATime.err.constData());
    QVERIFY(m_emulator.configure({{QStringLiteral("latencyMs"), 4000}}));
    QProcess batch;
    batch.setProcessEnvironment(env);
    batch.setWorkingDirectory(first);
    batch.start(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("batch"), QStringLiteral("--image"), QStringLiteral("photo.png"),
                                                     QStringLiteral("--prompt"), QStringLiteral("the tide comes in"), QStringLiteral("--seeds"),
                                                     QStringLiteral("2"), QStringLiteral("--out"), QStringLiteral("clip.mp4")});
    QVERIFY(batch.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator.submissions(), 1, 20'000);
    batch.kill();
    QVERIFY(batch.waitForFinished());
    QVERIFY(m_emulator.configure({{QStringLiteral("latencyMs"), 200}}));

    const CliRun list = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")}, QString(), second);
    const QJsonArray entries = QJsonDocument::fromJson(list.out.trimmed()).array();
    QCOMPARE(entries.size(), 2);
    for (const auto &entry : entries)
        QCOMPARE(entry.toObject().value(QStringLiteral("image")).toString(), QDir(first).filePath(QStringLiteral("photo.png")));

    // Sent from the other folder, which has a different photo.png; the run the
    // killed batch had sent is fetched, not sent again.
    const CliRun resumed = runCli({QStringLiteral("resume"), QStringLiteral("--queued")}, m_emulator.apiKey(), second);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(m_emulator.submissions(), 2);
    QCOMPARE(QDir(first).entryList({QStringLiteral("clip-*.mp4")}, QDir::Files).size(), 2);
    QVERIFY(QDir(second).entryList({QStringLiteral("*.mp4")}, QDir::Files).isEmpty());

    // The picture the service received is the magenta one.
    const QByteArray submitted = QByteArray::fromBase64(m_emulator.stats().value(QStringLiteral("lastSubmissionBody")).toString().toLatin1());
    const QUrl imageUrl(QJsonDocument::fromJson(submitted).object().value(QStringLiteral("image")).toString());
    QVERIFY2(imageUrl.isValid() && !imageUrl.isRelative(), submitted.constData());
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(imageUrl));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(reply->isFinished());
    const QImage sent = QImage::fromData(reply->readAll());
    reply->deleteLater();
    QVERIFY(!sent.isNull());
    const QColor centre = sent.pixelColor(sent.width() / 2, sent.height() / 2);
    QVERIFY2(centre.red() > 150 && centre.green() < 60 && centre.blue() > 150, qPrintable(centre.name()));
}

void TestCliSafety::requestIdWithEscapes_isRefused_andNothingRawIsPrinted()
{
    const QString base = m_emulator.apiBase().toString();
    const QString id = QStringLiteral("run\u001B]0;pwned\u0007\u001B[2J\u001B[H");
    QJsonObject answer;
    answer.insert(QStringLiteral("request_id"), id);
    answer.insert(QStringLiteral("status"), QStringLiteral("QUEUED"));
    answer.insert(QStringLiteral("status_url"), QString(base + QStringLiteral("/v2/requests/run/status")));
    answer.insert(QStringLiteral("response_url"), QString(base + QStringLiteral("/v2/requests/run")));
    QJsonObject fault;
    fault.insert(QStringLiteral("route"), QStringLiteral("submit"));
    fault.insert(QStringLiteral("kind"), QStringLiteral("wrong-shape"));
    fault.insert(QStringLiteral("json"), answer);
    QVERIFY(m_emulator.addFault(fault));
    const CliRun run = runCli(generateArguments(m_image, m_dir.filePath(QStringLiteral("escape.mp4"))), m_emulator.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY2(run.err.contains("control characters"), run.err.constData());
    QVERIFY2(!run.err.contains(Esc) && !run.err.contains(Bel), run.err.toPercentEncoding(" \n:,.()").constData());
    QVERIFY(!run.out.contains(Esc) && !run.out.contains(Bel));
    // Never used in a URL either: no request went to a status or result route.
    for (const auto &request : m_emulator.stats().value(QStringLiteral("requests")).toArray())
        QVERIFY2(!request.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/v2/requests")),
                 qPrintable(request.toObject().value(QStringLiteral("path")).toString()));
}

void TestCliSafety::errorTextWithEscapes_isPrintedWithoutThem()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")},
                                 {QStringLiteral("kind"), QStringLiteral("failed")},
                                 {QStringLiteral("error"), QStringLiteral("\u001B]0;pwned\u0007\u001B[2Jmodel\u009B2J crashed\rError: fake")}}));
    const CliRun run = runCli(generateArguments(m_image, m_dir.filePath(QStringLiteral("failed.mp4"))), m_emulator.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY2(run.err.contains("model2J crashed"), run.err.toPercentEncoding(" \n:,.()").constData());
    QVERIFY2(!run.err.contains(Esc) && !run.err.contains(Bel) && !run.err.contains('\r') && !run.err.contains("\xC2\x9B"),
             run.err.toPercentEncoding(" \n:,.()").constData());
}

void TestCliSafety::redirectLoop_isNamedAsSuch()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("credits")}, {QStringLiteral("kind"), QStringLiteral("redirect-loop")}}));
    const CliRun run = runCli({QStringLiteral("credits")}, m_emulator.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY2(run.err.contains("redirect"), run.err.constData());
    QVERIFY2(!run.err.contains("Unknown error") && !run.err.contains("internet connection"), run.err.constData());
}

void TestCliSafety::compressedBomb_isNamedAsSuch()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("credits")},
                                 {QStringLiteral("kind"), QStringLiteral("gzip-bomb")},
                                 {QStringLiteral("sizeMb"), 64}}));
    const CliRun run = runCli({QStringLiteral("credits")}, m_emulator.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY2(run.err.contains("compressed") && run.err.contains("unpacked"), run.err.constData());
    QVERIFY2(!run.err.contains("Decompression failed: ."), run.err.constData());
}

void TestCliSafety::damagedLibrary_exits8()
{
    QVERIFY(QDir().mkpath(dataDirectory()));
    QFile library(dataDirectory() + QStringLiteral("/library.sqlite"));
    QVERIFY(library.open(QIODevice::WriteOnly));
    library.write(QByteArray(64 * 1024, '\x5A'));
    library.close();
    const CliRun run = runCli(generateArguments(m_image, m_dir.filePath(QStringLiteral("damaged.mp4"))), m_emulator.apiKey());
    QVERIFY2(run.exitCode == 8, run.err.constData());
    QVERIFY(nothingSent());
}

// A real full disk: a small tmpfs over the data folder in a private mount
// namespace (root only), filled up after the library was created but for
// roomKb kilobytes. Returns false (with *whyNot) where that cannot be set up.
bool TestCliSafety::generateOnFullDisk(int roomKb, CliRun *run, QString *whyNot)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) {
        *whyNot = QStringLiteral("unshare is not installed");
        return false;
    }
    const QString data = m_profile->filePath(QStringLiteral("data"));
    if (!QDir().mkpath(data)) {
        *whyNot = QStringLiteral("cannot make the data folder");
        return false;
    }
    const QString script = QStringLiteral(
        "set -e\n"
        "mount -t tmpfs -o size=1m wanstudio-full \"$DATA\" || exit 99\n"
        "\"$CLI\" library list >/dev/null 2>&1\n"
        "test -f \"$DATA/WanStudio/wanstudio/library.sqlite\" || exit 98\n"
        "if [ \"$ROOM\" -gt 0 ]; then dd if=/dev/zero of=\"$DATA/room\" bs=1k count=\"$ROOM\" 2>/dev/null; fi\n"
        "dd if=/dev/zero of=\"$DATA/filler\" bs=4k 2>/dev/null || true\n"
        "rm -f \"$DATA/room\"\n"
        "set +e\n"
        "\"$CLI\" \"$@\"\n");
    QProcess process;
    QProcessEnvironment env = wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile->path());
    env.insert(QStringLiteral("DATA"), data);
    env.insert(QStringLiteral("ROOM"), QString::number(roomKb));
    env.insert(QStringLiteral("CLI"), QStringLiteral(WANSTUDIO_CLI_PATH));
    process.setProcessEnvironment(env);
    process.start(unshare, QStringList{QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")}
                               + generateArguments(m_image, m_dir.filePath(QStringLiteral("full-%1.mp4").arg(roomKb))));
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        run->exitCode = -1;
        return true;
    }
    run->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run->out = process.readAllStandardOutput();
    run->err = process.readAllStandardError();
    if (run->exitCode == 99 || (run->exitCode == 1 && run->err.contains("unshare"))) {
        *whyNot = QStringLiteral("no private mount namespace here: %1").arg(QString::fromUtf8(run->err.trimmed()));
        return false;
    }
    return true;
}

// Room to open the library, none to add the run to it.
void TestCliSafety::fullDiskWhileRecording_exits7()
{
    CliRun run;
    QString whyNot;
    if (!generateOnFullDisk(48, &run, &whyNot))
        QSKIP(qPrintable(whyNot));
    QVERIFY2(run.exitCode == 7, run.err.constData());
    QVERIFY2(run.err.contains("disk is full"), run.err.constData());
    QVERIFY(nothingSent());
}

// No room at all: SQLite cannot even open the library, and says "disk I/O error".
// That is a full disk, not a damaged library.
void TestCliSafety::fullDiskWhileOpeningTheLibrary_exits7_notDamaged()
{
    CliRun run;
    QString whyNot;
    if (!generateOnFullDisk(0, &run, &whyNot))
        QSKIP(qPrintable(whyNot));
    QVERIFY2(run.exitCode == 7, run.err.constData());
    // What the command says (the library's own log line above it still guesses "damaged").
    QByteArray said;
    for (const QByteArray &line : run.err.split('\n')) {
        if (line.startsWith("Error:"))
            said += line + '\n';
    }
    QVERIFY2(said.contains("full"), run.err.constData());
    QVERIFY2(!said.contains("damaged"), run.err.constData());
    QVERIFY(nothingSent());
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
