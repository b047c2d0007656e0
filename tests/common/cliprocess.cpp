#include "cliprocess.h"

#include <QDir>
#include <QProcess>

namespace wan::test {

QProcessEnvironment cliEnvironment(const QString &key, const QUrl &base, const QString &profileDirectory)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir profile(profileDirectory);
    env.insert(QStringLiteral("SEGMIND_API_KEY"), key);
    env.insert(QStringLiteral("SEGMIND_API_BASE"), base.toString());
    env.insert(QStringLiteral("SEGMIND_UPLOAD_BASE"), base.toString());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), profile.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), profile.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), profile.filePath(QStringLiteral("cache")));
    // No keychain: nothing of a real user's is read, and the "no keychain" path is the one tested.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    // The emulator's runs take seconds: poll and back off twenty times faster than against the real service.
    env.insert(QStringLiteral("WANSTUDIO_POLL_SCALE"), QStringLiteral("0.05"));
    return env;
}

CliRun runCliProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs,
                     const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace wan::test
