#include "downloadfigure.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wan::bench {

namespace {

// The emulator, with its log kept out of the table's output; its API base URL
// once it listens (empty when it did not start).
QString startEmulator(const QString &emulator, const QString &bigMp4, const QString &portFile, pid_t *pid)
{
    QFile::remove(portFile);
    *pid = fork();
    if (*pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            dup2(devNull, 1);
            dup2(devNull, 2);
        }
        const QByteArray program = emulator.toLocal8Bit();
        const QByteArray pf = portFile.toLocal8Bit();
        const QByteArray video = bigMp4.toLocal8Bit();
        execl(program.constData(), program.constData(), "--port", "0", "--port-file", pf.constData(), "--latency-ms", "0",
              "--result-video", video.constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 200; ++i) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray port = f.readLine().trimmed();
            if (!port.isEmpty())
                return QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(port);
        }
        QThread::msleep(50);
    }
    return {};
}

// One run submitted with curl and polled until the emulator names its output.
QString resultUrl(const QString &api)
{
    const RunResult submit
        = runMeasured(QStringLiteral("curl"),
                      { QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("x-api-key: SG_0000000000000000"),
                        QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                        QStringLiteral(R"({"image":"https://example.com/cat.jpg","prompt":"a cat turns its head"})"),
                        api + QStringLiteral("/v2/wan-2.2-i2v-fast") });
    const QString response = QJsonDocument::fromJson(submit.out).object().value(QStringLiteral("response_url")).toString();
    QString url;
    for (int i = 0; i < 100 && url.isEmpty() && !response.isEmpty(); ++i) {
        const RunResult poll = runMeasured(
            QStringLiteral("curl"), { QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("x-api-key: SG_0000000000000000"), response });
        url = QJsonDocument::fromJson(poll.out).object().value(QStringLiteral("output")).toString();
        if (url.isEmpty())
            QThread::msleep(100);
    }
    return url;
}

} // namespace

DownloadFigures measureDownload(const QString &emulator, const QString &bigMp4, const QString &work, int runs,
                                const std::function<RunResult(const QString &, const QStringList &)> &child)
{
    pid_t pid = -1;
    const QString api = startEmulator(emulator, bigMp4, QDir(work).filePath(QStringLiteral("emulator.port")), &pid);
    const QString url = api.isEmpty() ? QString() : resultUrl(api);
    QList<double> oursMs, curlMs, growthKb, oursCpu, curlCpu;
    bool ok = !url.isEmpty();
    const QString out = QDir(work).filePath(QStringLiteral("download.mp4"));
    for (int i = 0; i < runs && ok; ++i) {
        QFile::remove(out);
        const RunResult a = child(QStringLiteral("download"), { url, out });
        const QJsonObject r = benchResult(a.out);
        QFile::remove(out);
        const RunResult b = runMeasured(QStringLiteral("curl"),
                                        { QStringLiteral("-s"), QStringLiteral("-o"), out, QStringLiteral("-w"),
                                          QStringLiteral("%{time_total} %{size_download}"), url });
        QFile::remove(out);
        const QStringList curlOut = QString::fromLatin1(b.out).split(QLatin1Char(' '));
        ok = a.exitCode == 0 && b.exitCode == 0 && r.value(QStringLiteral("bytes")).toInteger() == 200'000'000
            && curlOut.value(1) == QLatin1String("200000000");
        oursMs << r.value(QStringLiteral("ms")).toDouble();
        curlMs << curlOut.value(0).toDouble() * 1000.0;
        growthKb << double(r.value(QStringLiteral("peakKb")).toInteger() - r.value(QStringLiteral("rssBeforeKb")).toInteger());
        oursCpu << a.cpuMs;
        curlCpu << b.cpuMs;
    }
    if (pid > 0) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
    }
    DownloadFigures figures;
    figures.ok = ok;
    figures.oursMs = median(oursMs);
    figures.curlMs = median(curlMs);
    figures.oursCpuMs = median(oursCpu);
    figures.curlCpuMs = median(curlCpu);
    figures.growthKb = median(growthKb);
    return figures;
}

} // namespace wan::bench
