#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace wan::bench {

namespace {

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

} // namespace

RunResult runMeasured(const QString &program, const QStringList &args, const QHash<QString, QString> &env, int timeoutSeconds)
{
    RunResult result;
    QTemporaryFile outFile(QDir::temp().filePath(QStringLiteral("wanstudio-bench-out-XXXXXX")));
    QTemporaryFile errFile(QDir::temp().filePath(QStringLiteral("wanstudio-bench-err-XXXXXX")));
    if (!outFile.open() || !errFile.open())
        return result;
    // Everything the child needs is made before fork: only async-signal-safe calls after it.
    std::vector<QByteArray> argStorage;
    argStorage.push_back(program.toLocal8Bit());
    for (const QString &arg : args)
        argStorage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : argStorage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QHash<QByteArray, QByteArray> merged;
    for (const QString &line : QProcessEnvironment::systemEnvironment().toStringList()) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            merged.insert(line.left(eq).toLocal8Bit(), line.mid(eq + 1).toLocal8Bit());
    }
    for (auto it = env.begin(); it != env.end(); ++it)
        merged.insert(it.key().toLocal8Bit(), it.value().toLocal8Bit());
    std::vector<QByteArray> envStorage;
    for (auto it = merged.begin(); it != merged.end(); ++it)
        envStorage.push_back(it.key() + '=' + it.value());
    std::vector<char *> envp;
    for (QByteArray &entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    const int outFd = outFile.handle();
    const int errFd = errFile.handle();

    const double start = nowMs();
    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        dup2(outFd, 1);
        dup2(errFd, 2);
        const int devNull = open("/dev/null", O_RDONLY);
        if (devNull >= 0)
            dup2(devNull, 0);
        alarm(unsigned(timeoutSeconds)); // survives exec: a hung child is killed
        execvpe(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return result;
    }
    result.wallMs = nowMs() - start;
    result.maxRssKb = usage.ru_maxrss;
    result.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile out(outFile.fileName());
    QFile err(errFile.fileName());
    if (out.open(QIODevice::ReadOnly))
        result.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        result.err = err.readAll();
    return result;
}

QJsonObject benchResult(const QByteArray &out)
{
    const QList<QByteArray> lines = out.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith("BENCH "))
            return QJsonDocument::fromJson(it->mid(6)).object();
    }
    return {};
}

void printBenchResult(const QJsonObject &obj)
{
    std::printf("BENCH %s\n", QJsonDocument(obj).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace wan::bench
