#pragma once

// Starts tests/emulator's segmind-emulator as a child process on free loopback
// ports and drives its control API (faults, configuration, statistics) for a
// test. The process is stopped when the fixture goes away.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace wan::test {

class EmulatorFixture final {
public:
    EmulatorFixture();
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    // The emulator binary: $SEGMIND_EMULATOR when set, else the one this build made.
    static QString emulatorPath();
    // The key the emulator accepts unless started with --key.
    static QString defaultApiKey() { return QStringLiteral("SG_0000000000000000"); }

    // Starts the emulator with --port 0 --port-file <tmp> plus extraArgs and waits
    // (up to 20 s) until it listens. A running emulator is stopped first.
    bool start(QStringList extraArgs = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl apiBase() const;     // http://127.0.0.1:<api port>
    QUrl storageBase() const; // http://127.0.0.1:<storage port>
    quint16 apiPort() const { return m_apiPort; }
    quint16 storagePort() const { return m_storagePort; }
    QString apiKey() const { return m_apiKey; }

    // Control API; each returns false (and prints why) when the emulator refused.
    bool addFault(const QJsonObject &fault);
    bool addFaults(const QJsonArray &faults);
    bool clearFaults();
    bool configure(const QJsonObject &settings); // latencyMs, credits, cost, retentionSeconds, key, uploadField, maxPromptLength
    bool reset();                                // jobs, stats and faults cleared; start-up settings back
    QJsonObject stats();                         // empty object when it cannot be read
    int submissions();                           // accepted v1 + v2 submissions
    int uploads();
    int charged();
    double credits();

    // Everything the emulator printed so far (stdout and stderr), for failure messages.
    QByteArray output();

private:
    // A control call: waits for the answer with a local event loop (10 s at most).
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body, int *status);
    bool callOk(const QByteArray &method, const QString &path, const QByteArray &body);

    QProcess m_process;
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    QByteArray m_output;
    QString m_startApiKey = defaultApiKey();
    QString m_apiKey = defaultApiKey();
    quint16 m_apiPort = 0;
    quint16 m_storagePort = 0;
};

} // namespace wan::test
