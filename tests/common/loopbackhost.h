#pragma once

// A scripted HTTP/1.1 server on one address and port: one per "host" in a test
// (two ports are two origins). Answers each path as told, including the broken
// endings real servers produce, and records every request that arrived.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace wan::test {

class LoopbackHost final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        bool hasKey() const { return headers.contains("x-api-key"); }
    };
    enum class Ending {
        Whole, // Content-Length matches the body
        CutShort, // announces 1000 bytes more than it sends, then closes
        NoLength, // no Content-Length: closing ends the body
        Stall, // announces 1 GB, sends the body, then stays silent
        Hangup, // reads the request and closes without a word
    };
    struct Answer
    {
        int status = 200;
        QByteArray reason = "Scripted";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Ending ending = Ending::Whole;
    };
    static Answer json(int status, const QByteArray &body);
    static Answer redirect(int status, const QByteArray &location);

    explicit LoopbackHost(const QHostAddress &address = QHostAddress::LocalHost);

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:<port>", or with another name for this machine.
    QByteArray origin(const QString &host = QStringLiteral("127.0.0.1")) const;
    QUrl url(const QByteArray &path, const QString &host = QStringLiteral("127.0.0.1")) const;
    // Unscripted paths get a JSON 404.
    void answer(const QByteArray &path, const Answer &answer) { m_script.insert(path, answer); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, const Answer &answer);

    QTcpServer m_server;
    bool m_listening = false;
    QHash<QByteArray, Answer> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace wan::test
