// Fetching a picture from a web address: each kind of answer a real server
// gives (a picture, 404, a web page, too much, silence) against a small HTTP
// responder on loopback, and the transport rules (https only, no downgrade,
// nothing of ours sent along: no API key, no cookies).

#include "image/remoteimage.h"
#include "testimages.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace wan::image;
using namespace Qt::StringLiterals;

namespace {

// Answers each path with canned bytes, written as-is, and keeps every request
// head it receives so tests can check what the client sent.
class TinyHttpServer final : public QObject
{
public:
    struct Answer
    {
        QByteArray raw; // status line, headers and body
        bool silent = false; // accept the connection, never answer
    };

    TinyHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void route(const QByteArray &path, const Answer &answer) { m_routes.insert(path, answer); }
    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray response(const QByteArray &status, const QByteArray &contentType, const QByteArray &body,
                               bool withLength = true, const QByteArray &extraHeaders = {})
    {
        QByteArray raw = "HTTP/1.1 " + status + "\r\nConnection: close\r\n";
        if (!contentType.isEmpty())
            raw += "Content-Type: " + contentType + "\r\n";
        if (withLength)
            raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return raw + extraHeaders + "\r\n" + body;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        m_requests.append(head);
        const QByteArray path = head.split(' ').value(1);
        const Answer answer = m_routes.value(path, Answer { response("404 Not Found", "text/plain", "no route"), false });
        if (answer.silent)
            return;
        socket->write(answer.raw);
        // Without Content-Length, closing the connection is what ends the body.
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

// Counts the requests the client makes, so a refusal can be shown to send nothing at all.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QByteArray pngBytes()
{
    return wan::test::encode(wan::test::quadrantImage(QSize(64, 48)), "PNG");
}

bool hasHeader(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith(QByteArray(name.toLower() + ':')))
            return true;
    }
    return false;
}

} // namespace

class TestRemoteImage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answer_isFetchedOrExplained_data();
    void answer_isFetchedOrExplained();
    void plainHttpElsewhere_isRefusedWithoutRequest_data();
    void plainHttpElsewhere_isRefusedWithoutRequest();
    void unreachableHost_saysSo();
    void silentServer_timesOut();
    void newerFetch_supersedesOlder();
    void abort_emitsNothing();
    void nothingOfOurs_isSentAlong();

private:
    TinyHttpServer m_server;
};

void TestRemoteImage::initTestCase()
{
    QVERIFY(m_server.listen());
    const QByteArray png = pngBytes();
    QVERIFY(!png.isEmpty());
    using A = TinyHttpServer::Answer;
    const auto plain = [](const QByteArray &status, const QByteArray &type, const QByteArray &body) {
        return A { TinyHttpServer::response(status, type, body), false };
    };
    m_server.route("/ok.png", plain("200 OK", "image/png", png));
    m_server.route("/unlabelled.png", plain("200 OK", "application/octet-stream", png));
    m_server.route("/gone.png", plain("404 Not Found", "text/html", "<html><body>Not here</body></html>"));
    m_server.route("/private.png", plain("403 Forbidden", "text/plain", "no"));
    m_server.route("/broken.png", plain("500 Internal Server Error", "text/plain", "oops"));
    m_server.route("/page",
                   plain("200 OK", "text/html; charset=utf-8", "<!DOCTYPE html><html><body><img src=x.png></body></html>"));
    m_server.route("/page-unlabelled", plain("200 OK", {}, "  <!doctype html><html><body>hi</body></html>"));
    m_server.route("/text", plain("200 OK", "text/plain", "just some words, not a picture"));
    m_server.route("/empty", plain("200 OK", "image/png", {}));
    const QByteArray big(5000, 'x');
    m_server.route("/big-declared.png", plain("200 OK", "image/png", big));
    m_server.route("/big-streamed.png", A { TinyHttpServer::response("200 OK", "image/png", big, false), false });
    m_server.route("/silent.png", A { {}, true });
    m_server.route("/moved.png", A { TinyHttpServer::response("302 Found", {}, {}, true, "Location: /ok.png\r\n"), false });
    m_server.route("/loop.png", A { TinyHttpServer::response("302 Found", {}, {}, true, "Location: /loop.png\r\n"), false });
    m_server.route("/downgrade.png",
                   A { TinyHttpServer::response("302 Found", {}, {}, true, "Location: http://example.com/cat.png\r\n"), false });
}

void TestRemoteImage::answer_isFetchedOrExplained_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QString>("expected"); // empty: fetched; else a fragment of the message

    const qint64 normal = RemoteImage::DefaultMaxBytes;
    QTest::newRow("png") << u"/ok.png"_s << normal << QString();
    QTest::newRow("png labelled octet-stream") << u"/unlabelled.png"_s << normal << QString();
    QTest::newRow("redirect on the same host") << u"/moved.png"_s << normal << QString();
    QTest::newRow("404") << u"/gone.png"_s << normal << u"HTTP 404"_s;
    QTest::newRow("403") << u"/private.png"_s << normal << u"not public"_s;
    QTest::newRow("500") << u"/broken.png"_s << normal << u"HTTP 500"_s;
    QTest::newRow("html page") << u"/page"_s << normal << u"web page"_s;
    QTest::newRow("html without a type") << u"/page-unlabelled"_s << normal << u"web page"_s;
    QTest::newRow("plain text") << u"/text"_s << normal << u"not a picture"_s;
    QTest::newRow("empty body") << u"/empty"_s << normal << u"empty answer"_s;
    QTest::newRow("declared larger than the cap") << u"/big-declared.png"_s << qint64(1000) << u"more than the"_s;
    QTest::newRow("streamed past the cap") << u"/big-streamed.png"_s << qint64(1000) << u"larger than"_s;
    QTest::newRow("redirect loop") << u"/loop.png"_s << normal << u"kept sending"_s;
    QTest::newRow("redirect to plain http") << u"/downgrade.png"_s << normal << u"not a secure (https) address"_s;
}

void TestRemoteImage::answer_isFetchedOrExplained()
{
    QFETCH(QString, path);
    QFETCH(qint64, cap);
    QFETCH(QString, expected);

    QNetworkAccessManager network;
    RemoteImage remote(&network);
    remote.setMaxBytes(cap);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    const QUrl url = m_server.url(path);
    remote.fetch(url);
    QVERIFY(remote.isBusy());
    QTRY_COMPARE(fetched.count() + failed.count(), 1);
    QVERIFY(!remote.isBusy());

    if (expected.isEmpty()) {
        QCOMPARE(failed.count(), 0);
        QCOMPARE(fetched.first().at(0).toUrl(), url);
        QCOMPARE(fetched.first().at(1).toByteArray(), pngBytes());
    } else {
        QCOMPARE(fetched.count(), 0);
        QCOMPARE(failed.first().at(0).toUrl(), url);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
    // Nothing further arrives later (e.g. a second signal from the aborted reply).
    QTest::qWait(50);
    QCOMPARE(fetched.count() + failed.count(), 1);
}

void TestRemoteImage::plainHttpElsewhere_isRefusedWithoutRequest_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain http") << QUrl(QStringLiteral("http://example.com/cat.png")) << u"plain http"_s;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/cat.png")) << u"https"_s;
    QTest::newRow("local file") << QUrl(QStringLiteral("file:///etc/passwd")) << u"https"_s;
    QTest::newRow("not an address") << QUrl() << u"not a valid"_s;
}

void TestRemoteImage::plainHttpElsewhere_isRefusedWithoutRequest()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    CountingNetwork network;
    RemoteImage remote(&network);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    remote.fetch(url);
    QCOMPARE(failed.count(), 0); // never before fetch() returns
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(fetched.count(), 0);
    QCOMPARE(network.created, 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("https://")), qPrintable(message));
}

void TestRemoteImage::unreachableHost_saysSo()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QNetworkAccessManager network;
    RemoteImage remote(&network);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    remote.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/cat.png").arg(port)));
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("could not be reached")), qPrintable(message));
}

void TestRemoteImage::silentServer_timesOut()
{
    QNetworkAccessManager network;
    RemoteImage remote(&network);
    remote.setTimeout(300);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    remote.fetch(m_server.url(QStringLiteral("/silent.png")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(fetched.count(), 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("did not answer within 0.3 seconds")), qPrintable(message));
}

void TestRemoteImage::newerFetch_supersedesOlder()
{
    QNetworkAccessManager network;
    RemoteImage remote(&network);
    remote.setTimeout(300);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    remote.fetch(m_server.url(QStringLiteral("/silent.png")));
    remote.fetch(QUrl(QStringLiteral("http://example.com/refused-then-replaced.png")));
    const QUrl wanted = m_server.url(QStringLiteral("/ok.png"));
    remote.fetch(wanted);
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(fetched.first().at(0).toUrl(), wanted);
    // Longer than the silent fetch's timeout and the refusal's queued answer: neither reports.
    QTest::qWait(600);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(fetched.count(), 1);
}

void TestRemoteImage::abort_emitsNothing()
{
    QNetworkAccessManager network;
    RemoteImage remote(&network);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    QSignalSpy failed(&remote, &RemoteImage::failed);
    remote.fetch(m_server.url(QStringLiteral("/ok.png")));
    remote.abort();
    QVERIFY(!remote.isBusy());
    QTest::qWait(200);
    QCOMPARE(fetched.count() + failed.count(), 0);
}

void TestRemoteImage::nothingOfOurs_isSentAlong()
{
    QNetworkAccessManager network;
    // The application's network manager may hold cookies for other requests: none go to a picture host.
    auto *jar = new QNetworkCookieJar(&network);
    network.setCookieJar(jar);
    QNetworkCookie cookie("session", "secret");
    cookie.setDomain(QStringLiteral("127.0.0.1"));
    cookie.setPath(QStringLiteral("/"));
    QVERIFY(jar->insertCookie(cookie));

    RemoteImage remote(&network);
    QSignalSpy fetched(&remote, &RemoteImage::fetched);
    const qsizetype before = m_server.requests().size();
    remote.fetch(m_server.url(QStringLiteral("/moved.png"))); // a redirect: the second request is checked too
    QTRY_COMPARE(fetched.count(), 1);

    const QList<QByteArray> heads = m_server.requests().mid(before);
    QCOMPARE(heads.size(), 2);
    for (const QByteArray &head : heads) {
        QVERIFY2(!hasHeader(head, "x-api-key"), head.constData());
        QVERIFY2(!hasHeader(head, "cookie"), head.constData());
        QVERIFY2(!hasHeader(head, "authorization"), head.constData());
        QVERIFY2(hasHeader(head, "user-agent"), head.constData()); // the check above can see headers
    }
    // And across every request this test run made.
    for (const QByteArray &head : m_server.requests())
        QVERIFY2(!hasHeader(head, "x-api-key"), head.constData());
}

QTEST_MAIN(TestRemoteImage)
#include "tst_remoteimage.moc"
