#pragma once

// A small HTTP/1.1 server on raw sockets. QtHttpServer cannot misbehave on purpose;
// this one can: reset a connection, stall, or send a short body, which is what the
// emulator needs to imitate a flaky remote service. Keep-alive and Content-Length
// request bodies are supported (what QNetworkAccessManager sends); chunked are not.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QJsonValue;
class QTcpSocket;

namespace wan::emulator {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest final {
    QByteArray method;
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    HeaderList headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
};

struct HttpResponse final {
    enum class Delivery {
        Complete, // the whole answer
        Reset,    // TCP reset: before answering, or after headers + afterBytes of the body
        Stall,    // never answer: before answering, or after headers + afterBytes of the body
        Truncate, // full Content-Length, half the body, then close
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    qint64 afterBytes = -1;
    // Zero bytes sent after body, as part of it (counted in Content-Length):
    // gigabytes of padding without holding them in memory.
    qint64 paddingBytes = 0;
    // Transfer-Encoding: chunked, without a Content-Length.
    bool chunked = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse error(int status, const QString &message);
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse reset();
    static HttpResponse stall();
};

class HttpConnection;

// Answers one request; copies are cheap. A responder whose client went away
// (or that already answered) silently ignores send().
class Responder final {
public:
    Responder() = default;
    bool isConnected() const;
    void send(const HttpResponse &response) const;

private:
    friend class HttpConnection;
    Responder(HttpConnection *connection, quint64 serial);
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
};

using RequestHandler = std::function<void(const HttpRequest &, const Responder &)>;

// One client connection: parses requests one at a time and writes answers.
class HttpConnection final : public QObject {
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent);
    ~HttpConnection() override;

private:
    friend class Responder;
    void onReadyRead();
    void processBuffer();
    void dispatch(HttpRequest request);
    void send(quint64 serial, const HttpResponse &response);
    void pump();
    qint64 writeBody(qint64 length);
    void finishResponse();
    void resetNow();
    void rejectAndClose(int status, const QString &message);

    QTcpSocket *m_socket;
    RequestHandler m_handler;
    QByteArray m_in;
    quint64 m_serial = 0;
    bool m_busy = false; // a request is being handled or answered
    bool m_stalled = false;
    bool m_closing = false;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    QString m_logLine;

    // The answer being written: header then body[0, m_bodyLimit).
    QByteArray m_outHeader;
    QByteArray m_outBody;
    qint64 m_outPadding = 0;
    bool m_outChunked = false;
    qint64 m_bodyPos = 0;
    qint64 m_bodyLimit = 0;
    HttpResponse::Delivery m_delivery = HttpResponse::Delivery::Complete;
    bool m_writing = false;
};

class HttpServer final : public QObject {
    Q_OBJECT

public:
    explicit HttpServer(RequestHandler handler, QObject *parent = nullptr);
    bool listen(quint16 port); // 127.0.0.1 only
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    QTcpServer m_server;
    RequestHandler m_handler;
};

} // namespace wan::emulator
