// The API key in a real system keychain: a Secret Service (gnome-keyring) on a
// private session bus. The key is written, read back and removed through
// wan::core::ApiKeyStore; `wanstudio credits` finds it there without
// SEGMIND_API_KEY; and with no keychain reachable the store says so, with a
// reason, and writes no file instead.
//
// The executable re-runs itself under
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets; exec <self>'
// with HOME and the XDG folders in a temporary directory, so no real user's
// keyring is touched. When that cannot start here, the tests that need the
// keychain are skipped with the reason (the "no keychain" test still runs).

#include "cliprocess.h"
#include "emulatorfixture.h"

#include "core/apikeystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <tuple>

namespace {

const char *const InKeyringVariable = "WANSTUDIO_TEST_IN_KEYRING";       // path of a file the wrapped run creates
const char *const ProblemVariable = "WANSTUDIO_TEST_KEYRING_PROBLEM";    // why the wrapper could not run
const char *const ProbeVariable = "WANSTUDIO_TEST_KEYCHAIN_PROBE";       // child mode: the key to try
const QString TestKey = QStringLiteral("SG_0123456789abcdef");

using wan::core::ApiKeyStore;
using wan::core::KeyLookup;

struct WriteResult
{
    bool done = false;
    bool ok = false;
    QString problem;
};

struct ReadResult
{
    bool done = false;
    KeyLookup lookup;
};

WriteResult writeKey(ApiKeyStore &store, const QString &key, int timeoutMs = 15'000)
{
    auto result = std::make_shared<WriteResult>();
    store.write(key, [result](bool ok, const QString &problem) {
        result->done = true;
        result->ok = ok;
        result->problem = problem;
    });
    (void)QTest::qWaitFor([result] { return result->done; }, timeoutMs);
    return *result;
}

WriteResult removeKey(ApiKeyStore &store)
{
    auto result = std::make_shared<WriteResult>();
    store.remove([result](bool ok, const QString &problem) {
        result->done = true;
        result->ok = ok;
        result->problem = problem;
    });
    (void)QTest::qWaitFor([result] { return result->done; }, 15'000);
    return *result;
}

ReadResult readKey(ApiKeyStore &store)
{
    auto result = std::make_shared<ReadResult>();
    store.read([result](const KeyLookup &lookup) {
        result->done = true;
        result->lookup = lookup;
    });
    (void)QTest::qWaitFor([result] { return result->done; }, 15'000);
    return *result;
}

// Child mode: try to store and read the key, print what happened as JSON.
int runProbe()
{
    const QString key = qEnvironmentVariable(ProbeVariable);
    ApiKeyStore store;
    QJsonObject report;
    const WriteResult written = writeKey(store, key, 20'000);
    report.insert(QStringLiteral("writeDone"), written.done);
    report.insert(QStringLiteral("writeOk"), written.ok);
    report.insert(QStringLiteral("writeProblem"), written.problem);
    const ReadResult read = readKey(store);
    report.insert(QStringLiteral("readDone"), read.done);
    report.insert(QStringLiteral("available"), read.lookup.keychainAvailable);
    report.insert(QStringLiteral("problem"), read.lookup.problem);
    report.insert(QStringLiteral("found"), read.lookup.key.has_value());
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

// Re-runs this executable inside a private session bus with an unlocked
// gnome-keyring. Returns its exit code, or -1 (with *why) when that could not start.
int runInsideKeyring(int argc, char *argv[], QString *why)
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty()) {
        *why = QStringLiteral("dbus-run-session or gnome-keyring-daemon is not installed");
        return -1;
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        *why = QStringLiteral("no temporary directory for the keyring's home");
        return -1;
    }
    const QDir dir(home.path());
    for (const char *sub : {"data", "config", "cache", "runtime"})
        dir.mkpath(QLatin1String(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString startedMarker = dir.filePath(QStringLiteral("started"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QString::fromLatin1(InKeyringVariable), startedMarker);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));

    QStringList arguments{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("printf pw | \"$WANSTUDIO_TEST_KEYRING_DAEMON\" --unlock --components=secrets >/dev/null"
                                         " || exit 97; exec \"$0\" \"$@\""),
                          QCoreApplication::applicationFilePath()};
    env.insert(QStringLiteral("WANSTUDIO_TEST_KEYRING_DAEMON"), keyringDaemon);
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(dbusRunSession, arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        *why = QStringLiteral("the run inside dbus-run-session did not finish within 120 s");
        return QFile::exists(startedMarker) ? 1 : -1;
    }
    if (QFile::exists(startedMarker))
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
    *why = QStringLiteral("dbus-run-session with gnome-keyring-daemon --unlock did not start (exit %1: %2)")
               .arg(process.exitCode())
               .arg(process.errorString());
    return -1;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove_roundTrips();
    void cliCredits_findsKeyInKeychain();
    void noKeychain_isReported_andNoFileIsWritten();

private:
    bool m_keychainUsable = false;
    QString m_keychainProblem;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsSet(ProblemVariable)) {
        m_keychainProblem = qEnvironmentVariable(ProblemVariable);
        return;
    }
    // Is the Secret Service there and unlocked? One write tells.
    ApiKeyStore store(QStringLiteral("WanStudioTestProbe"));
    const WriteResult written = writeKey(store, QStringLiteral("probe"));
    if (!written.done)
        m_keychainProblem = QStringLiteral("the keychain did not answer a write within 15 s");
    else if (!written.ok)
        m_keychainProblem = QStringLiteral("the keychain refused a write: %1").arg(written.problem);
    else
        m_keychainUsable = removeKey(store).ok;
    if (!m_keychainUsable)
        qWarning("no usable Secret Service: %s", qPrintable(m_keychainProblem));
    else
        qInfo("Secret Service on %s", qgetenv("DBUS_SESSION_BUS_ADDRESS").constData());
}

void TestKeychain::writeReadRemove_roundTrips()
{
    if (!m_keychainUsable)
        QSKIP(qPrintable(QStringLiteral("gnome-keyring could not be used here: ") + m_keychainProblem));
    ApiKeyStore store;
    const WriteResult written = writeKey(store, TestKey);
    QVERIFY(written.done);
    QVERIFY2(written.ok, qPrintable(written.problem));

    const ReadResult found = readKey(store);
    QVERIFY(found.done);
    QVERIFY(found.lookup.keychainAvailable);
    QVERIFY(found.lookup.problem.isEmpty());
    QVERIFY(found.lookup.key.has_value());
    QCOMPARE(*found.lookup.key, TestKey);

    // Another store object (as another run of the app) sees the same key.
    ApiKeyStore other;
    const ReadResult again = readKey(other);
    QVERIFY(again.done && again.lookup.key);
    QCOMPARE(*again.lookup.key, TestKey);

    const WriteResult removed = removeKey(store);
    QVERIFY(removed.done);
    QVERIFY2(removed.ok, qPrintable(removed.problem));
    const ReadResult gone = readKey(store);
    QVERIFY(gone.done);
    QVERIFY(!gone.lookup.key.has_value());
    QVERIFY(gone.lookup.keychainAvailable); // "not found" is not "no keychain"
    QVERIFY(gone.lookup.problem.isEmpty());

    // Removing what is not there is fine too.
    QVERIFY(removeKey(store).ok);
}

void TestKeychain::cliCredits_findsKeyInKeychain()
{
    if (!m_keychainUsable)
        QSKIP(qPrintable(QStringLiteral("gnome-keyring could not be used here: ") + m_keychainProblem));
    wan::test::EmulatorFixture emulator;
    QVERIFY2(emulator.start({QStringLiteral("--key"), TestKey}), emulator.output().constData());
    QTemporaryDir profile;
    QVERIFY(profile.isValid());

    auto runCredits = [&] {
        QProcessEnvironment env = wan::test::cliEnvironment(QString(), emulator.apiBase(), profile.path());
        env.remove(QStringLiteral("SEGMIND_API_KEY"));
        // The keychain is this test's private session bus (cliEnvironment points it nowhere).
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WANSTUDIO_CLI_PATH), {QStringLiteral("credits")});
        if (!process.waitForFinished(30'000)) {
            process.kill();
            process.waitForFinished();
            return std::make_tuple(-1, QByteArray(), QByteArray("timed out"));
        }
        return std::make_tuple(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                               process.readAllStandardOutput(), process.readAllStandardError());
    };

    ApiKeyStore store;
    const WriteResult written = writeKey(store, TestKey);
    QVERIFY2(written.ok, qPrintable(written.problem));
    const auto [code, out, err] = runCredits();
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(QJsonDocument::fromJson(out.trimmed()).object().contains(QStringLiteral("credits")), out.constData());
    QVERIFY(!out.contains(TestKey.toLatin1()) && !err.contains(TestKey.toLatin1()));

    // Once removed from the keychain, the CLI has no key.
    QVERIFY(removeKey(store).ok);
    const auto [codeAfter, outAfter, errAfter] = runCredits();
    QCOMPARE(codeAfter, 3); // KeyProblem
    Q_UNUSED(outAfter);
    Q_UNUSED(errAfter);
}

void TestKeychain::noKeychain_isReported_andNoFileIsWritten()
{
    // A child process whose session bus does not exist, with its own empty XDG folders.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ProbeVariable), TestKey);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/wanstudio-test-bus"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    env.remove(QStringLiteral("SEGMIND_API_KEY"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60'000));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    qInfo("without a keychain: %s", out.constData());
    QVERIFY2(!report.isEmpty(), QByteArray(out + err).constData());
    QVERIFY2(report.value(QStringLiteral("writeDone")).toBool(), "a write with no keychain never finished");
    QVERIFY(!report.value(QStringLiteral("writeOk")).toBool());
    QVERIFY(!report.value(QStringLiteral("writeProblem")).toString().isEmpty());
    QVERIFY2(report.value(QStringLiteral("readDone")).toBool(), "a read with no keychain never finished");
    QCOMPARE(report.value(QStringLiteral("available")).toBool(true), false);
    QVERIFY(!report.value(QStringLiteral("problem")).toString().isEmpty());
    QCOMPARE(report.value(QStringLiteral("found")).toBool(true), false);
    QVERIFY(!out.contains(TestKey.toLatin1()) && !err.contains(TestKey.toLatin1()));

    // No fallback file: nothing anywhere under the child's home holds the key.
    int files = 0;
    QStringList holding;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ++files;
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (bytes.contains(TestKey.toLatin1()) || bytes.contains(TestKey.toLatin1().toBase64())
                || bytes.contains(TestKey.mid(3).toLatin1()))
                holding.append(file.fileName());
        }
    }
    qInfo("files under the child's home after the failed write: %d", files);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1String(", "))));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ProbeVariable))
        return runProbe();
    if (qEnvironmentVariableIsSet(InKeyringVariable)) {
        QFile started(qEnvironmentVariable(InKeyringVariable));
        started.open(QIODevice::WriteOnly);
    } else if (!qEnvironmentVariableIsSet(ProblemVariable)) {
        QString why;
        const int code = runInsideKeyring(argc, argv, &why);
        if (code >= 0)
            return code;
        qWarning("%s; the keychain tests will be skipped", qPrintable(why));
        qputenv(ProblemVariable, why.toLocal8Bit());
    }
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
