// SegmindClient's transport rules against real HTTP servers on loopback: one
// scripted LoopbackHost per "host" (two ports are two origins), each recording
// what arrived, so a test can prove where the key went and what was never sent.

#include "api/segmindclient.h"
#include "api/videodownload.h"
#include "loopbackhost.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <memory>
#include <utility>

using namespace wan::api;
using wan::test::LoopbackHost;
using namespace Qt::StringLiterals;

namespace {

const QString Key = u"SG_0000000000000000"_s;
const QString OtherKey = u"SG_fake0000000000"_s;

// Counts the requests that reach the network manager (a redirect hop does not).
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

// This machine's first non-loopback IPv4 address: plain http to it is "elsewhere"
// for the transport rules, yet a server here would see anything that leaked.
QString nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return {};
}

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray size(4, '\0');
    qToBigEndian(quint32(8 + payload.size()), size.data());
    return size + QByteArray(type, 4) + payload;
}

QByteArray tinyMp4()
{
    return box("ftyp", QByteArray("isom") + QByteArray(4, '\0') + "isomavc1") + box("moov", box("mvhd", QByteArray(100, '\0')))
        + box("mdat", QByteArray(256, 'v'));
}

// Every line logged while the tests run, checked after each test: never the key,
// and no warning from reading a reply that was already aborted.
QStringList g_badLogLines;
QtMessageHandler g_previousHandler = nullptr;
void watchTheLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(Key) || message.contains(OtherKey) || message.contains(u"device not open"_s))
        g_badLogLines.append(message);
    g_previousHandler(type, context, message);
}

const QByteArray CreditsJson = R"({"credits": 17.5})";
const QByteArray CreditsPath = "/v1/get-user-credits";
const QByteArray SubmitPath = "/v2/wan-i2v";

} // namespace

class TestSegmindClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void apiKey_goesToTheApiAndUploadHostsOnly();
    void keyedRedirectToAnotherOrigin_isRefusedBeforeAnythingIsSent_data();
    void keyedRedirectToAnotherOrigin_isRefusedBeforeAnythingIsSent();
    void keyedRedirectOnTheSameOrigin_isFollowedWithTheKey();
    void keylessDownloadRedirectedElsewhere_isFollowedWithoutTheKey_data();
    void keylessDownloadRedirectedElsewhere_isFollowedWithoutTheKey();
    void keyedRedirectChain_isCheckedAtEveryHop();
    void redirectToPlainHttpElsewhere_isRefusedBeforeAnythingIsSent_data();
    void redirectToPlainHttpElsewhere_isRefusedBeforeAnythingIsSent();
    void plainHttpElsewhere_isRefusedWithoutSending_data();
    void plainHttpElsewhere_isRefusedWithoutSending();
    void remainingCreditsHeader_isObservedWhenItIsANumber_data();
    void remainingCreditsHeader_isObservedWhenItIsANumber();
    void submitAcceptedButCutOff_mayHaveBeenCharged_data();
    void submitAcceptedButCutOff_mayHaveBeenCharged();
    void submitRefusedWithAStatus_wasNotCharged_data();
    void submitRefusedWithAStatus_wasNotCharged();
    void droppedSubmission_isSentExactlyOnce_data();
    void droppedSubmission_isSentExactlyOnce();
    void creditsAnswerThatIsNotUsableJson_isBadResponseInBoundedMemory_data();
    void creditsAnswerThatIsNotUsableJson_isBadResponseInBoundedMemory();

private:
    QByteArray expand(QByteArray text) const;
    void awaitAnswer(QNetworkReply *reply, HttpAnswer &answer);
    void awaitCredits(Outcome<double> &outcome);
    void awaitSubmit(Outcome<SubmitTicket> &outcome);
    static void verifyKeyless(const ApiError &error);

    std::unique_ptr<LoopbackHost> m_api, m_upload, m_cdn, m_elsewhere;
    std::unique_ptr<CountingNetwork> m_network;
    std::unique_ptr<SegmindClient> m_client;
};

void TestSegmindClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    g_previousHandler = qInstallMessageHandler(watchTheLog);
}

void TestSegmindClient::init()
{
    m_api = std::make_unique<LoopbackHost>();
    m_upload = std::make_unique<LoopbackHost>();
    m_cdn = std::make_unique<LoopbackHost>();
    m_elsewhere = std::make_unique<LoopbackHost>();
    for (const auto *host : { m_api.get(), m_upload.get(), m_cdn.get(), m_elsewhere.get() })
        QVERIFY(host->isListening());
    m_network = std::make_unique<CountingNetwork>();
    m_client = std::make_unique<SegmindClient>(m_network.get(), Endpoints(m_api->url("/"), m_upload->url("/")));
    m_client->setApiKey(Key);
    ClientTimeouts timeouts;
    timeouts.requestMs = 20'000; // longer than any QTRY: a timeout is never why a test passes
    m_client->setTimeouts(timeouts);
}

void TestSegmindClient::cleanup()
{
    const QStringList leaked = std::exchange(g_badLogLines, {});
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
    m_client.reset();
    m_network.reset();
    m_api.reset();
    m_upload.reset();
    m_cdn.reset();
    m_elsewhere.reset();
}

// {api}, {elsewhere}, {elsewhere-authority}, {api-port}, {lan}, {key} -> this run's values.
QByteArray TestSegmindClient::expand(QByteArray text) const
{
    text.replace("{elsewhere-authority}", m_elsewhere->origin().mid(7));
    text.replace("{elsewhere}", m_elsewhere->origin());
    text.replace("{api-port}", QByteArray::number(m_api->port()));
    text.replace("{api}", m_api->origin());
    text.replace("{lan}", QByteArray("http://" + nonLoopbackAddress().toLatin1()));
    text.replace("{key}", Key.toLatin1());
    return text;
}

void TestSegmindClient::awaitAnswer(QNetworkReply *reply, HttpAnswer &answer)
{
    bool done = false;
    QObject context;
    m_client->collect(reply, &context, [&](const HttpAnswer &a) {
        answer = a;
        done = true;
    });
    QTRY_VERIFY(done);
}

void TestSegmindClient::awaitCredits(Outcome<double> &outcome)
{
    bool done = false;
    QObject context;
    m_client->fetchCredits(&context, [&](Outcome<double> o) {
        outcome = std::move(o);
        done = true;
    });
    QTRY_VERIFY(done);
}

void TestSegmindClient::awaitSubmit(Outcome<SubmitTicket> &outcome)
{
    bool done = false;
    QObject context;
    m_client->submit(u"wan-i2v"_s, QJsonObject { { u"prompt"_s, u"a cat turns its head"_s } }, &context,
                     [&](Outcome<SubmitTicket> o) {
                         outcome = std::move(o);
                         done = true;
                     });
    QTRY_VERIFY(done);
}

void TestSegmindClient::verifyKeyless(const ApiError &error)
{
    QVERIFY(error.isError());
    const QString text = error.fullText();
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(!text.contains(Key) && !text.contains(OtherKey), qPrintable(text));
    QVERIFY2(!text.contains(u"0000000000000000"_s), qPrintable(text)); // nor its secret part
}

void TestSegmindClient::apiKey_goesToTheApiAndUploadHostsOnly()
{
    m_api->answer(CreditsPath, LoopbackHost::json(200, CreditsJson));
    m_api->answer(SubmitPath, LoopbackHost::json(200, R"({"request_id":"r1","status_url":"/s/r1","response_url":"/r/r1"})"));
    m_upload->answer("/upload-asset", LoopbackHost::json(200, R"({"urls":["https://images.example/cat.jpg"]})"));
    m_cdn->answer("/video.mp4", { 200, "OK", {}, tinyMp4() });

    Outcome<double> credits;
    awaitCredits(credits);
    QVERIFY(credits.ok());
    Outcome<SubmitTicket> ticket;
    awaitSubmit(ticket);
    QVERIFY2(ticket.ok(), qPrintable(ticket.error.fullText()));
    m_client->setApiKey(OtherKey); // the header carries whatever key is set now
    bool uploaded = false;
    QObject context;
    m_client->uploadImage("\xFF\xD8\xFF fake jpeg", &context, [&](const Outcome<QUrl> &o) { uploaded = o.ok(); });
    QTRY_VERIFY(uploaded);
    HttpAnswer video;
    awaitAnswer(m_client->get(m_cdn->url("/video.mp4"), 10'000), video); // as VideoDownload fetches an output
    QCOMPARE(video.status, 200);
    HttpAnswer posted;
    awaitAnswer(m_client->postJson(m_elsewhere->url("/hook"), {}, 10'000), posted);
    QCOMPARE(posted.status, 404);

    QCOMPARE(m_api->requests().size(), 2);
    QCOMPARE(m_api->requests()[0].method, QByteArray("GET"));
    QCOMPARE(m_api->requests()[1].method, QByteArray("POST"));
    QCOMPARE(m_api->requests()[1].path, SubmitPath);
    QCOMPARE(m_upload->requests().size(), 1);
    for (const auto &request : m_api->requests())
        QCOMPARE(request.headers.value("x-api-key"), Key.toLatin1());
    QCOMPARE(m_upload->requests()[0].headers.value("x-api-key"), OtherKey.toLatin1());
    QCOMPARE(m_cdn->requests().size(), 1);
    QCOMPARE(m_elsewhere->requests().size(), 1);
    for (const auto &request : m_cdn->requests() + m_elsewhere->requests()) {
        QVERIFY(!request.hasKey());
        QVERIFY(request.headers.contains("user-agent")); // headers are seen at all
    }
}

void TestSegmindClient::keyedRedirectToAnotherOrigin_isRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("302 to another port") << 302 << QByteArray("{elsewhere}/steal");
    QTest::newRow("301") << 301 << QByteArray("{elsewhere}/steal");
    QTest::newRow("307 keeps the method") << 307 << QByteArray("{elsewhere}/steal");
    QTest::newRow("308") << 308 << QByteArray("{elsewhere}/steal");
    QTest::newRow("scheme-relative") << 302 << QByteArray("//{elsewhere-authority}/steal");
    QTest::newRow("another name, same port") << 302 << QByteArray("http://localhost:{api-port}/steal");
    QTest::newRow("key in the target") << 302 << QByteArray("{elsewhere}/steal?k={key}");
}

void TestSegmindClient::keyedRedirectToAnotherOrigin_isRefusedBeforeAnythingIsSent()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    m_api->answer(CreditsPath, LoopbackHost::redirect(status, expand(location)));
    m_api->answer("/steal", LoopbackHost::json(200, CreditsJson));
    m_elsewhere->answer("/steal", LoopbackHost::json(200, CreditsJson));

    Outcome<double> outcome;
    awaitCredits(outcome);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.kind, ApiError::Kind::InsecureUrl);
    verifyKeyless(outcome.error);
    QCOMPARE(m_api->requests().size(), 1);
    QVERIFY(m_api->requests()[0].hasKey()); // the refused request did carry it
    QCOMPARE(m_elsewhere->requests().size(), 0);
}

void TestSegmindClient::keyedRedirectOnTheSameOrigin_isFollowedWithTheKey()
{
    m_api->answer(CreditsPath, LoopbackHost::redirect(302, "/v1/credits-moved"));
    m_api->answer("/v1/credits-moved", LoopbackHost::json(200, CreditsJson));

    Outcome<double> outcome;
    awaitCredits(outcome);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.fullText()));
    QCOMPARE(*outcome.value, 17.5);
    QCOMPARE(m_api->requests().size(), 2);
    QCOMPARE(m_api->requests()[1].path, QByteArray("/v1/credits-moved"));
    for (const auto &request : m_api->requests())
        QCOMPARE(request.headers.value("x-api-key"), Key.toLatin1());
}

void TestSegmindClient::keylessDownloadRedirectedElsewhere_isFollowedWithoutTheKey_data()
{
    QTest::addColumn<bool>("landsOnApiHost");
    QTest::newRow("to another origin") << false;
    QTest::newRow("to the API host: the key does not join on the way") << true;
}

void TestSegmindClient::keylessDownloadRedirectedElsewhere_isFollowedWithoutTheKey()
{
    QFETCH(bool, landsOnApiHost);
    LoopbackHost &target = landsOnApiHost ? *m_api : *m_elsewhere;
    m_cdn->answer("/out/video.mp4", LoopbackHost::redirect(302, target.origin() + "/real.mp4"));
    target.answer("/real.mp4", { 200, "OK", { { "Content-Type", "video/mp4" } }, tinyMp4() });

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"video.mp4"_s);
    VideoDownload download(m_client.get(), m_client->get(m_cdn->url("/out/video.mp4"), 10'000), path, u"downloading the video"_s);
    std::optional<Outcome<QString>> result;
    connect(&download, &VideoDownload::finished, this, [&result](const Outcome<QString> &o) { result = o; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error.fullText()));
    QCOMPARE(*result->value, path);

    QCOMPARE(m_cdn->requests().size(), 1);
    QCOMPARE(target.requests().size(), 1);
    QCOMPARE(target.requests()[0].path, QByteArray("/real.mp4"));
    QVERIFY(!m_cdn->requests()[0].hasKey());
    QVERIFY(!target.requests()[0].hasKey());
}

void TestSegmindClient::keyedRedirectChain_isCheckedAtEveryHop()
{
    // Hop 1 stays on the API host (allowed); hop 2 leaves it. The check must
    // compare hop 2 with hop 1's target, not with reply->url() (already the new target).
    m_api->answer(CreditsPath, LoopbackHost::redirect(302, "/v1/hop"));
    m_api->answer("/v1/hop", LoopbackHost::redirect(302, m_elsewhere->origin() + "/steal"));
    m_elsewhere->answer("/steal", LoopbackHost::json(200, CreditsJson));

    Outcome<double> outcome;
    awaitCredits(outcome);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.kind, ApiError::Kind::InsecureUrl);
    verifyKeyless(outcome.error);
    QCOMPARE(m_api->requests().size(), 2);
    QVERIFY(m_api->requests()[1].hasKey()); // the same-origin hop was followed, key and all
    QCOMPARE(m_elsewhere->requests().size(), 0);
}

void TestSegmindClient::redirectToPlainHttpElsewhere_isRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<bool>("keyed");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("keyed, unresolvable host") << true << QByteArray("http://example.invalid/x");
    QTest::newRow("keyless, unresolvable host") << false << QByteArray("http://example.invalid/x");
    QTest::newRow("keyed, this machine's network address") << true << QByteArray("{lan}:{port}/leak");
    QTest::newRow("keyless, this machine's network address") << false << QByteArray("{lan}:{port}/leak");
}

void TestSegmindClient::redirectToPlainHttpElsewhere_isRefusedBeforeAnythingIsSent()
{
    QFETCH(bool, keyed);
    QFETCH(QByteArray, location);
    // Listens on every address: a request that left for the network address would land here.
    LoopbackHost lan(QHostAddress::AnyIPv4);
    QVERIFY(lan.isListening());
    if (location.contains("{lan}") && nonLoopbackAddress().isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address");
    location = expand(location).replace("{port}", QByteArray::number(lan.port()));
    lan.answer("/leak", LoopbackHost::json(200, CreditsJson));

    ApiError error;
    if (keyed) {
        m_api->answer("/v1/moved", LoopbackHost::redirect(302, location));
        HttpAnswer answer;
        awaitAnswer(m_client->get(m_api->url("/v1/moved"), 10'000), answer);
        QVERIFY(m_api->requests().value(0).hasKey());
        QVERIFY(answer.redirectRefused); // not a failed lookup: it never tried
        error = m_client->errorFor(answer, u"checking the run's progress"_s);
    } else {
        m_cdn->answer("/video.mp4", LoopbackHost::redirect(302, location));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"video.mp4"_s);
        VideoDownload download(m_client.get(), m_client->get(m_cdn->url("/video.mp4"), 10'000), path, u"downloading the video"_s);
        std::optional<Outcome<QString>> result;
        connect(&download, &VideoDownload::finished, this, [&result](const Outcome<QString> &o) { result = o; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(!QFile::exists(path) && !QFile::exists(VideoDownload::partPath(path)));
        error = result->error;
    }
    // Followed, it would have failed to resolve (example.invalid) or reached `lan`.
    QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
    verifyKeyless(error);
    QCOMPARE(lan.requests().size(), 0);
}

void TestSegmindClient::plainHttpElsewhere_isRefusedWithoutSending_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("url");
    for (const QByteArray method : { "GET", "POST", "POST once" }) {
        QTest::addRow("%s, example.com", method.constData()) << method << QByteArray("http://example.com/v1/get-user-credits");
        QTest::addRow("%s, key in the address", method.constData())
            << method << QByteArray("http://example.com/x/{key}?key={key}");
        QTest::addRow("%s, network address", method.constData()) << method << QByteArray("{lan}:{port}/leak");
    }
}

void TestSegmindClient::plainHttpElsewhere_isRefusedWithoutSending()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, url);
    LoopbackHost lan(QHostAddress::AnyIPv4);
    QVERIFY(lan.isListening());
    if (url.contains("{lan}") && nonLoopbackAddress().isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address");
    const QUrl target(QString::fromLatin1(expand(url).replace("{port}", QByteArray::number(lan.port()))));
    QVERIFY(target.isValid());

    QNetworkReply *reply = method == "GET"
        ? m_client->get(target, 10'000)
        : m_client->postJson(target, {}, 10'000, method == "POST" ? SegmindClient::Once::Resendable : SegmindClient::Once::Only);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    awaitAnswer(reply, answer);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(answer.status, 0);
    const ApiError error = m_client->errorFor(answer, u"checking the credit balance"_s);
    QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
    verifyKeyless(error);
    QCOMPARE(m_network->created, 0);
    QCOMPARE(lan.requests().size(), 0);
}

void TestSegmindClient::remainingCreditsHeader_isObservedWhenItIsANumber_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("fromApiHost");
    QTest::addColumn<double>("expected"); // NaN: nothing is observed
    const double none = std::nan("");
    QTest::newRow("decimal") << QByteArray("12.5") << true << 12.5;
    QTest::newRow("padded integer") << QByteArray("  7 ") << true << 7.0;
    QTest::newRow("zero") << QByteArray("0") << true << 0.0;
    QTest::newRow("garbage") << QByteArray("lots") << true << none;
    QTest::newRow("empty") << QByteArray("") << true << none;
    QTest::newRow("number then words") << QByteArray("12 credits") << true << none;
    QTest::newRow("not a number") << QByteArray("nan") << true << none;
    QTest::newRow("infinite") << QByteArray("1e999") << true << none;
    QTest::newRow("from another origin") << QByteArray("999999") << false << none;
}

void TestSegmindClient::remainingCreditsHeader_isObservedWhenItIsANumber()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, fromApiHost);
    QFETCH(double, expected);
    LoopbackHost &host = fromApiHost ? *m_api : *m_cdn;
    host.answer("/v2/requests/r1/status", { 200, "OK", { { "x-remaining-credits", value } }, R"({"status":"PROCESSING"})" });

    QSignalSpy observed(m_client.get(), &SegmindClient::creditsObserved);
    HttpAnswer answer;
    awaitAnswer(m_client->get(host.url("/v2/requests/r1/status"), 10'000), answer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(host.requests().size(), 1);
    if (std::isnan(expected)) {
        QCOMPARE(observed.count(), 0);
    } else {
        QCOMPARE(observed.count(), 1);
        QCOMPARE(observed.first().first().toDouble(), expected);
    }
}

void TestSegmindClient::submitAcceptedButCutOff_mayHaveBeenCharged_data()
{
    QTest::addColumn<int>("ending");
    QTest::newRow("Content-Length larger than the body") << int(LoopbackHost::Ending::CutShort);
    QTest::newRow("no Content-Length, closed mid-JSON") << int(LoopbackHost::Ending::NoLength);
}

void TestSegmindClient::submitAcceptedButCutOff_mayHaveBeenCharged()
{
    QFETCH(int, ending);
    // The reason phrase echoes the key: whatever the client reports must not.
    m_api->answer(SubmitPath,
                  { 200,
                    Key.toLatin1(),
                    { { "Content-Type", "application/json" } },
                    R"({"request_id":"r1","sta)",
                    LoopbackHost::Ending(ending) });
    Outcome<SubmitTicket> outcome;
    awaitSubmit(outcome);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.mayHaveBeenCharged, qPrintable(outcome.error.fullText()));
    verifyKeyless(outcome.error);
    QCOMPARE(m_api->requests().size(), 1);
}

void TestSegmindClient::submitRefusedWithAStatus_wasNotCharged_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << 401 << int(ApiError::Kind::KeyRejected);
    // A 406 whose text names neither credits, a content type nor a spend limit: a refused parameter.
    QTest::newRow("406") << 406 << int(ApiError::Kind::InvalidInput);
    QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited);
}

void TestSegmindClient::submitRefusedWithAStatus_wasNotCharged()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    // A server that quotes the key back in its error text and its reason phrase.
    m_api->answer(SubmitPath,
                  { status,
                    "Key " + Key.toLatin1(),
                    { { "Content-Type", "application/json" }, { "Retry-After", "7" } },
                    R"({"error":"key )" + Key.toLatin1() + R"( refused"})" });
    Outcome<SubmitTicket> outcome;
    awaitSubmit(outcome);
    QVERIFY(!outcome.ok());
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.httpStatus, status);
    QVERIFY(!outcome.error.mayHaveBeenCharged);
    QVERIFY2(outcome.error.fullText().contains(u"refused"_s),
             qPrintable(outcome.error.fullText())); // the text is quoted, redacted
    verifyKeyless(outcome.error);
    QCOMPARE(m_api->requests().size(), 1);
}

void TestSegmindClient::droppedSubmission_isSentExactlyOnce_data()
{
    QTest::addColumn<bool>("oneShot");
    QTest::addColumn<bool>("resentExpected");
    QTest::newRow("submit: one-shot body") << true << false;
    // The control: what Qt does with an ordinary body, so the check above can fail.
    QTest::newRow("resendable body (control)") << false << true;
}

void TestSegmindClient::droppedSubmission_isSentExactlyOnce()
{
    QFETCH(bool, oneShot);
    QFETCH(bool, resentExpected);
    m_api->answer(SubmitPath, { 200, "OK", {}, {}, LoopbackHost::Ending::Hangup });

    Outcome<SubmitTicket> outcome;
    HttpAnswer answer;
    if (oneShot)
        awaitSubmit(outcome);
    else
        awaitAnswer(m_client->postJson(m_api->url(SubmitPath), { { u"prompt"_s, u"a cat turns its head"_s } }, 10'000), answer);
    // A resend would have to reach the server before the reply could finish.
    const qsizetype arrived = m_api->requests().size();
    if (resentExpected)
        QVERIFY2(arrived > 1, qPrintable(QString::number(arrived)));
    else
        QCOMPARE(arrived, qsizetype(1));
    QCOMPARE(m_api->requests()[0].method, QByteArray("POST"));
    QVERIFY(m_api->requests()[0].body.contains("a cat turns its head"));
    if (oneShot) {
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.mayHaveBeenCharged, qPrintable(outcome.error.fullText()));
        QVERIFY2(outcome.error.message.contains(u"before the service answered"_s), qPrintable(outcome.error.message));
        verifyKeyless(outcome.error);
    }
}

void TestSegmindClient::creditsAnswerThatIsNotUsableJson_isBadResponseInBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QString>("expected"); // a fragment of the message
    const QByteArray big = "{\"credits\": 1, \"pad\": \"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    const int whole = int(LoopbackHost::Ending::Whole);
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>") << whole
                               << u"web page"_s;
    QTest::newRow("empty") << QByteArray() << whole << u"empty"_s;
    QTest::newRow("JSON without credits") << QByteArray(R"({"user":"x"})") << whole << u"no credit balance"_s;
    // "larger than": the cap cut the stream, it did not read 5 MB and parse afterwards.
    QTest::newRow("5 MB JSON with its length") << big << whole << u"larger than 4 MB"_s;
    QTest::newRow("5 MB JSON without length") << big << int(LoopbackHost::Ending::NoLength) << u"larger than 4 MB"_s;
    QTest::newRow("5 MB of an endless answer") << big << int(LoopbackHost::Ending::Stall) << u"larger than 4 MB"_s;
}

void TestSegmindClient::creditsAnswerThatIsNotUsableJson_isBadResponseInBoundedMemory()
{
    QFETCH(QByteArray, body);
    QFETCH(int, ending);
    QFETCH(QString, expected);
    m_api->answer(CreditsPath, { 200, "OK", { { "Content-Type", "application/json" } }, body, LoopbackHost::Ending(ending) });
    QSignalSpy observed(m_client.get(), &SegmindClient::creditsObserved);
    Outcome<double> outcome;
    awaitCredits(outcome);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(outcome.error.message.contains(expected), qPrintable(outcome.error.message));
    verifyKeyless(outcome.error);
    QCOMPARE(observed.count(), 0);
}

QTEST_GUILESS_MAIN(TestSegmindClient)
#include "tst_segmindclient.moc"
