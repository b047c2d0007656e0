#include "emulatorfixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtTest/QTest>

#include <cstdio>

namespace wan::test {

namespace {

constexpr int StartTimeoutMs = 20'000;
constexpr int CallTimeoutMs = 10'000;
constexpr int StopTimeoutMs = 5'000;

QUrl loopback(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

} // namespace

EmulatorFixture::EmulatorFixture()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Drain the pipe as it fills so that a chatty emulator never blocks on a write.
    QObject::connect(&m_process, &QProcess::readyRead, &m_network, [this] { m_output += m_process.readAll(); });
}

EmulatorFixture::~EmulatorFixture()
{
    stop();
}

QString EmulatorFixture::emulatorPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SEGMIND_EMULATOR");
    return fromEnvironment.isEmpty() ? QStringLiteral(WANSTUDIO_EMULATOR_PATH) : fromEnvironment;
}

bool EmulatorFixture::start(QStringList extraArgs)
{
    stop();
    if (!m_directory.isValid()) {
        std::fprintf(stderr, "EmulatorFixture: no temporary directory\n");
        return false;
    }
    const QString portFile = m_directory.filePath(QStringLiteral("ports"));
    QFile::remove(portFile);
    m_apiKey = defaultApiKey();
    const qsizetype keyAt = extraArgs.indexOf(QStringLiteral("--key"));
    if (keyAt >= 0 && keyAt + 1 < extraArgs.size())
        m_apiKey = extraArgs.at(keyAt + 1);
    m_startApiKey = m_apiKey;
    m_output.clear();

    m_process.start(emulatorPath(),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile}
                        + extraArgs);
    // The port file appears (whole: the emulator writes it atomically) once both ports listen.
    const bool listening = QTest::qWaitFor(
        [&] { return QFile::exists(portFile) || m_process.state() == QProcess::NotRunning; }, StartTimeoutMs);
    QFile file(portFile);
    if (!listening || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "EmulatorFixture: %s did not start: %s\n", qPrintable(emulatorPath()),
                     output().constData());
        stop();
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    m_apiPort = quint16(lines.value(0).trimmed().toUInt());
    m_storagePort = quint16(lines.value(1).trimmed().toUInt());
    return m_apiPort != 0 && m_storagePort != 0;
}

void EmulatorFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM: the emulator removes its temporary data
        if (!m_process.waitForFinished(StopTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(StopTimeoutMs);
        }
    }
    m_apiPort = 0;
    m_storagePort = 0;
}

QUrl EmulatorFixture::apiBase() const
{
    return loopback(m_apiPort);
}

QUrl EmulatorFixture::storageBase() const
{
    return loopback(m_storagePort);
}

QByteArray EmulatorFixture::output()
{
    m_output += m_process.readAll();
    return m_output;
}

QJsonObject EmulatorFixture::call(const QByteArray &method, const QString &path, const QByteArray &body, int *status)
{
    *status = 0;
    if (m_apiPort == 0)
        return {};
    QUrl url = apiBase();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(CallTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        std::fprintf(stderr, "EmulatorFixture: %s %s timed out\n", method.constData(), qPrintable(path));
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (*status != 200)
        std::fprintf(stderr, "EmulatorFixture: %s %s -> %d %s\n", method.constData(), qPrintable(path), *status,
                     answer.left(500).constData());
    return QJsonDocument::fromJson(answer).object();
}

bool EmulatorFixture::callOk(const QByteArray &method, const QString &path, const QByteArray &body)
{
    int status = 0;
    call(method, path, body, &status);
    return status == 200;
}

bool EmulatorFixture::addFault(const QJsonObject &fault)
{
    return callOk("POST", QStringLiteral("/_emulator/faults"), QJsonDocument(fault).toJson(QJsonDocument::Compact));
}

bool EmulatorFixture::addFaults(const QJsonArray &faults)
{
    return callOk("POST", QStringLiteral("/_emulator/faults"), QJsonDocument(faults).toJson(QJsonDocument::Compact));
}

bool EmulatorFixture::clearFaults()
{
    return callOk("DELETE", QStringLiteral("/_emulator/faults"), {});
}

bool EmulatorFixture::configure(const QJsonObject &settings)
{
    if (!callOk("POST", QStringLiteral("/_emulator/config"), QJsonDocument(settings).toJson(QJsonDocument::Compact)))
        return false;
    if (settings.contains(QStringLiteral("key")))
        m_apiKey = settings.value(QStringLiteral("key")).toString();
    return true;
}

bool EmulatorFixture::reset()
{
    // A reset restores the start-up settings, the key among them.
    if (!callOk("POST", QStringLiteral("/_emulator/reset"), {}))
        return false;
    m_apiKey = m_startApiKey;
    return true;
}

QJsonObject EmulatorFixture::stats()
{
    int status = 0;
    return call("GET", QStringLiteral("/_emulator/stats"), {}, &status);
}

int EmulatorFixture::submissions()
{
    return stats().value(QStringLiteral("submissions")).toInt(-1);
}

int EmulatorFixture::uploads()
{
    return stats().value(QStringLiteral("uploads")).toInt(-1);
}

int EmulatorFixture::charged()
{
    return stats().value(QStringLiteral("charged")).toInt(-1);
}

double EmulatorFixture::credits()
{
    return stats().value(QStringLiteral("credits")).toDouble(-1.0);
}

} // namespace wan::test
