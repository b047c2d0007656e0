#include "httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace wan::emulator {

Q_LOGGING_CATEGORY(lcHttp, "wanstudio.emulator.http", QtWarningMsg)

namespace {

// Limits that keep a misbehaving client from exhausting memory. Uploads of a
// prepared image are a few MB; 64 MB leaves room for anything sensible.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 WriteChunkBytes = 64 * 1024;
constexpr qint64 MaxQueuedWriteBytes = 256 * 1024;
// How long a reset after afterBytes waits so that the bytes reach the client first.
constexpr int ResetAfterBytesDelayMs = 50;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// Log lines carry method and path only; a key-shaped string in a path is
// blanked anyway so that a confused client cannot get its key into a log.
QString loggablePath(const QString &path)
{
    static const QRegularExpression keyShape(QStringLiteral("SG_[0-9A-Fa-f]{16}"));
    QString copy = path;
    return copy.replace(keyShape, QStringLiteral("SG_…"));
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    for (auto &entry : headers) {
        if (entry.first.toLower() == lower) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    QByteArray body;
    if (value.isObject())
        body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else // QJsonDocument holds only objects and arrays: wrap and unwrap a scalar
        body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return raw(status, "application/json", body);
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

HttpResponse HttpResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType);
    return response;
}

HttpResponse HttpResponse::reset()
{
    HttpResponse response;
    response.delivery = Delivery::Reset;
    return response;
}

HttpResponse HttpResponse::stall()
{
    HttpResponse response;
    response.delivery = Delivery::Stall;
    return response;
}

Responder::Responder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{
}

bool Responder::isConnected() const
{
    return m_connection && !m_connection->m_closing && m_connection->m_serial == m_serial
        && m_connection->m_socket->state() == QAbstractSocket::ConnectedState;
}

void Responder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->send(m_serial, response);
}

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_closing)
        return;
    m_in.append(m_socket->readAll());
    // A stalled connection swallows whatever else the client sends.
    if (m_stalled) {
        m_in.clear();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing || m_stalled)
        return;
    const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_in.size() > MaxHeaderBytes)
            rejectAndClose(431, QStringLiteral("Request headers are too large"));
        return;
    }
    const QList<QByteArray> lines = m_in.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        rejectAndClose(400, QStringLiteral("Malformed request line"));
        return;
    }

    HttpRequest request;
    request.method = requestLine.at(0).toUpper();
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        rejectAndClose(501, QStringLiteral("Chunked request bodies are not supported"));
        return;
    }
    qint64 contentLength = 0;
    if (request.hasHeader("content-length")) {
        bool ok = false;
        contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            rejectAndClose(400, QStringLiteral("Invalid Content-Length"));
            return;
        }
        if (contentLength > MaxBodyBytes) {
            rejectAndClose(413, QStringLiteral("Request body is too large"));
            return;
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_in.size() - bodyStart < contentLength)
        return; // wait for the rest of the body
    request.body = m_in.mid(bodyStart, contentLength);
    m_in.remove(0, bodyStart + contentLength);

    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    m_headRequest = request.method == "HEAD";
    dispatch(std::move(request));
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_busy = true;
    ++m_serial;
    m_logLine = QString::fromLatin1(request.method) + QLatin1Char(' ') + loggablePath(request.path);
    qCDebug(lcHttp).noquote() << "request" << m_logLine;
    m_handler(request, Responder(this, m_serial));
}

void HttpConnection::send(quint64 serial, const HttpResponse &response)
{
    if (serial != m_serial || !m_busy || m_writing || m_closing || m_stalled)
        return;
    qCDebug(lcHttp).noquote() << "answer" << m_logLine << "->" << response.status << static_cast<int>(response.delivery);

    using Delivery = HttpResponse::Delivery;
    if (response.delivery == Delivery::Reset && response.afterBytes < 0) {
        resetNow();
        return;
    }
    if (response.delivery == Delivery::Stall && response.afterBytes < 0) {
        m_stalled = true;
        m_in.clear();
        return;
    }

    // A faulty delivery ends the connection, so say so only when it ends normally.
    const bool closeAfter = !m_keepAlive || response.delivery == Delivery::Truncate;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection")
            continue; // computed below
        hasContentType = hasContentType || lower == "content-type";
        head += name + ": " + value + "\r\n";
    }
    const qint64 bodySize = response.body.size() + qMax<qint64>(0, response.paddingBytes);
    if (!hasContentType && bodySize > 0)
        head += "Content-Type: application/octet-stream\r\n";
    if (response.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    head += "Server: segmind-emulator\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_keepAlive = !closeAfter;

    m_outHeader = head;
    m_outBody = m_headRequest ? QByteArray() : response.body;
    m_outPadding = m_headRequest ? 0 : qMax<qint64>(0, response.paddingBytes);
    m_outChunked = response.chunked && !m_headRequest;
    m_bodyPos = 0;
    m_delivery = response.delivery;
    const qint64 outSize = m_outBody.size() + m_outPadding;
    switch (response.delivery) {
    case Delivery::Complete:
        m_bodyLimit = outSize;
        break;
    case Delivery::Truncate:
        m_bodyLimit = outSize / 2;
        break;
    case Delivery::Reset:
    case Delivery::Stall:
        m_bodyLimit = qMin<qint64>(response.afterBytes, outSize);
        break;
    }
    m_writing = true;
    m_socket->write(m_outHeader);
    pump();
}

void HttpConnection::pump()
{
    if (!m_writing || m_closing)
        return;
    while (m_bodyPos < m_bodyLimit && m_socket->bytesToWrite() < MaxQueuedWriteBytes) {
        const qint64 written = writeBody(qMin(WriteChunkBytes, m_bodyLimit - m_bodyPos));
        if (written <= 0)
            return;
        m_bodyPos += written;
    }
    if (m_bodyPos < m_bodyLimit || m_socket->bytesToWrite() > 0)
        return; // bytesWritten calls pump() again
    // A chunked body that ends normally ends with an empty chunk.
    if (m_outChunked && m_delivery == HttpResponse::Delivery::Complete) {
        m_outChunked = false;
        m_socket->write("0\r\n\r\n");
        return;
    }
    finishResponse();
}

qint64 HttpConnection::writeBody(qint64 length)
{
    // The body's bytes, then zeros (the padding); never more than one piece at a time in memory.
    static const QByteArray zeros(WriteChunkBytes, '\0');
    QByteArray piece;
    if (m_bodyPos < m_outBody.size()) {
        piece = QByteArray::fromRawData(m_outBody.constData() + m_bodyPos, qMin<qint64>(length, m_outBody.size() - m_bodyPos));
    } else {
        piece = QByteArray::fromRawData(zeros.constData(), qMin<qint64>(length, zeros.size()));
    }
    if (!m_outChunked)
        return m_socket->write(piece);
    // Chunk framing is written whole, so a chunk is never split by a short write.
    const QByteArray framed = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    return m_socket->write(framed) == framed.size() ? piece.size() : -1;
}

void HttpConnection::finishResponse()
{
    m_writing = false;
    m_outBody.clear();
    m_outHeader.clear();
    using Delivery = HttpResponse::Delivery;
    switch (m_delivery) {
    case Delivery::Complete:
        break;
    case Delivery::Truncate:
        // The client was promised the full Content-Length and gets half: close cleanly.
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    case Delivery::Reset:
        // Give the bytes a moment to reach the client before the reset discards the rest.
        m_closing = true;
        QTimer::singleShot(ResetAfterBytesDelayMs, this, [this] {
            m_closing = false;
            resetNow();
        });
        return;
    case Delivery::Stall:
        m_stalled = true;
        m_in.clear();
        return;
    }
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    processBuffer(); // a pipelined request may already be waiting
}

void HttpConnection::resetNow()
{
    if (m_closing)
        return;
    m_closing = true;
    // SO_LINGER with a zero timeout turns close() into a TCP RST, which is what a
    // client sees when a proxy or server process dies mid-request.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger abortive{1, 0};
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    }
    m_socket->abort();
    deleteLater();
}

void HttpConnection::rejectAndClose(int status, const QString &message)
{
    m_busy = true;
    ++m_serial;
    m_keepAlive = false;
    m_headRequest = false;
    m_in.clear();
    m_logLine = QStringLiteral("(unparsable request)");
    send(m_serial, HttpResponse::error(status, message));
}

HttpServer::HttpServer(RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new HttpConnection(socket, m_handler, this);
    });
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

} // namespace wan::emulator
