#include "loopbackhost.h"

#include <QTcpSocket>

namespace wan::test {

LoopbackHost::Answer LoopbackHost::json(int status, const QByteArray &body)
{
    return { status, "Scripted", { { "Content-Type", "application/json" } }, body, Ending::Whole };
}

LoopbackHost::Answer LoopbackHost::redirect(int status, const QByteArray &location)
{
    return { status, "Moved", { { "Location", location } }, {}, Ending::Whole };
}

LoopbackHost::LoopbackHost(const QHostAddress &address)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_listening = m_server.listen(address);
}

QByteArray LoopbackHost::origin(const QString &host) const
{
    return "http://" + host.toLatin1() + ':' + QByteArray::number(port());
}

QUrl LoopbackHost::url(const QByteArray &path, const QString &host) const
{
    return QUrl(QString::fromLatin1(origin(host) + path));
}

void LoopbackHost::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1).split('?').value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return; // the body is still on its way
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    m_requests.append(request);
    respond(socket, m_script.value(request.path, json(404, R"({"error":"no such route"})")));
}

void LoopbackHost::respond(QTcpSocket *socket, const Answer &answer)
{
    if (answer.ending == Ending::Hangup) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + answer.reason + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : answer.headers)
        raw += name + ": " + value + "\r\n";
    if (answer.ending == Ending::Whole)
        raw += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    else if (answer.ending == Ending::CutShort)
        raw += "Content-Length: " + QByteArray::number(answer.body.size() + 1000) + "\r\n";
    else if (answer.ending == Ending::Stall)
        raw += "Content-Length: 1073741824\r\n";
    socket->write(raw + "\r\n" + answer.body);
    if (answer.ending != Ending::Stall)
        socket->disconnectFromHost(); // once the bytes are out
}

} // namespace wan::test
