// The Segmind emulator, driven over real loopback HTTP with a plain
// QNetworkAccessManager: protocol, real MP4 output, credits, uploads, faults
// and the statistics that other tests rely on.
#include "emulatorfixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using wan::test::EmulatorFixture;

namespace {

constexpr int AnswerTimeoutMs = 30'000;
constexpr int RunTimeoutMs = 60'000;

struct Answer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray remainingCredits;
    QByteArray retryAfter;
    QByteArray cost;       // x-cost (v1)
    QByteArray seedValue;  // x-seed-value (v1)
    qint64 contentLength = -1;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QJsonObject runBody(const QJsonObject &extra = {})
{
    QJsonObject body{
        {QStringLiteral("image"), QStringLiteral("https://example.com/cat.jpg")},
        {QStringLiteral("prompt"), QStringLiteral("a cat turns its head")},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

struct Probe {
    int frames = -1;
    QString rate;
    int width = -1;
    int height = -1;
    QString codec;
    QString error;
};

// Writes the video to path and asks ffprobe what it really holds (frames counted by decoding).
Probe ffprobe(const QByteArray &video, const QString &path)
{
    Probe probe;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(video) != video.size()) {
        probe.error = file.errorString();
        return probe;
    }
    file.close();
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=nb_read_frames,r_frame_rate,width,height,codec_name"), QStringLiteral("-of"),
                   QStringLiteral("json"), path});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        probe.error = QStringLiteral("ffprobe failed: ") + QString::fromLocal8Bit(process.readAllStandardError())
            + process.errorString();
        return probe;
    }
    const QJsonObject stream =
        QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("streams")).toArray().first().toObject();
    probe.frames = stream.value(QStringLiteral("nb_read_frames")).toString().toInt();
    probe.rate = stream.value(QStringLiteral("r_frame_rate")).toString();
    probe.width = stream.value(QStringLiteral("width")).toInt();
    probe.height = stream.value(QStringLiteral("height")).toInt();
    probe.codec = stream.value(QStringLiteral("codec_name")).toString();
    return probe;
}

QByteArray pngBytes()
{
    QImage image(640, 400, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString pngDataUrl()
{
    return QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes().toBase64()));
}

} // namespace

class EmulatorTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void v2Run_goesThroughStatesAndYieldsRequestedVideo_data();
    void v2Run_goesThroughStatesAndYieldsRequestedVideo();
    void v1Run_answersWithTheVideoAndCharges();
    void outOfRangeParameter_isRejectedNamingParameterAndRange_data();
    void outOfRangeParameter_isRejectedNamingParameterAndRange();
    void wrongOrMissingKey_isRejectedWith401();
    void unknownModelAndWrongMethod_are404And405();
    void lowCredits_isRejectedWith406AndNothingIsAccepted();
    void uploadAsset_roundTripsAndFeedsThePushIn();
    void uploadAsset_badDataUrl_isRejected();
    void uploadAsset_canAnswerWithUrlsField();
    void fault429_carriesRetryAfterAndIsUsedOnce();
    void faultHtml_answersAWebPage();
    void faultReset_dropsTheConnectionWithoutAnswer();
    void faultResetAfterAccept_chargesButNeverAnswers();
    void faultFailedRun_reportsErrorAndIsNotCharged();
    void faultTruncate_cutsTheDownloadShort();
    void expiredRun_answers404();
    void stats_tellWhetherTheKeyWentToStorage();
    void faultFromCommandLine_isApplied();

private:
    Answer send(const QByteArray &method, const QUrl &url, const QJsonObject &body = {}, bool withKey = true,
                const QString &key = {});
    QUrl api(const QString &path) const;
    QJsonObject submit(const QJsonObject &body);
    QJsonObject waitUntilDone(const QJsonObject &ticket, QStringList *seen = nullptr);

    EmulatorFixture m_emulator;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void EmulatorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe (package ffmpeg) is needed");
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}));
    QVERIFY(m_emulator.apiPort() != m_emulator.storagePort());
}

void EmulatorTest::init()
{
    QVERIFY(m_emulator.reset());
}

Answer EmulatorTest::send(const QByteArray &method, const QUrl &url, const QJsonObject &body, bool withKey,
                          const QString &key)
{
    QNetworkRequest request(url);
    if (withKey)
        request.setRawHeader("x-api-key", (key.isEmpty() ? m_emulator.apiKey() : key).toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
    Answer answer;
    answer.finished = QTest::qWaitFor([&] { return reply->isFinished(); }, AnswerTimeoutMs);
    if (!answer.finished)
        reply->abort();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.remainingCredits = reply->rawHeader("x-remaining-credits");
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.cost = reply->rawHeader("x-cost");
    answer.seedValue = reply->rawHeader("x-seed-value");
    answer.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    return answer;
}

QUrl EmulatorTest::api(const QString &path) const
{
    QUrl url = m_emulator.apiBase();
    url.setPath(path);
    return url;
}

QJsonObject EmulatorTest::submit(const QJsonObject &body)
{
    const Answer answer = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), body);
    if (answer.status != 200)
        qWarning() << "submit answered" << answer.status << answer.body;
    return answer.json();
}

QJsonObject EmulatorTest::waitUntilDone(const QJsonObject &ticket, QStringList *seen)
{
    const QUrl statusUrl(ticket.value(QStringLiteral("status_url")).toString());
    QJsonObject state;
    const bool finished = QTest::qWaitFor(
        [&] {
            state = send("GET", statusUrl).json();
            const QString status = state.value(QStringLiteral("status")).toString();
            if (seen && (seen->isEmpty() || seen->constLast() != status))
                seen->append(status);
            return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
        },
        RunTimeoutMs);
    if (!finished)
        qWarning() << "the run did not finish:" << state;
    return state;
}

void EmulatorTest::v2Run_goesThroughStatesAndYieldsRequestedVideo_data()
{
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QSize>("size");
    QTest::newRow("defaults: 81 frames at 16 fps, 480p 16:9") << QJsonObject{} << 81 << QStringLiteral("16/1")
                                                              << QSize(832, 480);
    QTest::newRow("720p 9:16, 90 frames at 24 fps")
        << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")},
                       {QStringLiteral("num_frames"), 90},
                       {QStringLiteral("frames_per_second"), 24}}
        << 90 << QStringLiteral("24/1") << QSize(720, 1280);
}

void EmulatorTest::v2Run_goesThroughStatesAndYieldsRequestedVideo()
{
    QFETCH(QJsonObject, parameters);
    QFETCH(int, frames);
    QFETCH(QString, rate);
    QFETCH(QSize, size);

    // A second of latency leaves a busy machine time to see the run unfinished.
    QVERIFY(m_emulator.configure({{QStringLiteral("latencyMs"), 1000}}));
    const QJsonObject ticket = submit(runBody(parameters));
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("QUEUED"));
    const QString id = ticket.value(QStringLiteral("request_id")).toString();
    QVERIFY(!id.isEmpty());
    const QString apiRoot = m_emulator.apiBase().toString();
    QCOMPARE(ticket.value(QStringLiteral("status_url")).toString(), apiRoot + QStringLiteral("/v2/requests/") + id + QStringLiteral("/status"));
    QCOMPARE(ticket.value(QStringLiteral("response_url")).toString(), apiRoot + QStringLiteral("/v2/requests/") + id);
    QCOMPARE(ticket.value(QStringLiteral("poll_url")).toString(), apiRoot + QStringLiteral("/v1/requests/") + id);

    // Not done yet: the result has a status but no output.
    const QJsonObject early = send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString())).json();
    QVERIFY(!early.contains(QStringLiteral("output")));
    QVERIFY(early.value(QStringLiteral("status")).toString() != QLatin1String("COMPLETED"));

    QStringList seen;
    const QJsonObject done = waitUntilDone(ticket, &seen);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    // Forward only: QUEUED, PROCESSING, COMPLETED, each possibly missed between polls.
    const QStringList order{QStringLiteral("QUEUED"), QStringLiteral("PROCESSING"), QStringLiteral("COMPLETED")};
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(order.indexOf(seen.at(i - 1)) < order.indexOf(seen.at(i)), qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY2(seen.contains(QStringLiteral("PROCESSING")), qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY(done.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("inference_time")).toDouble() >= 1.0);

    const Answer result = send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString()));
    QCOMPARE(result.status, 200);
    // v2 keeps its accounting in the body, as Segmind does: no credit header.
    QVERIFY(result.remainingCredits.isEmpty());
    const QJsonObject metrics = result.json().value(QStringLiteral("metrics")).toObject();
    QCOMPARE(metrics.value(QStringLiteral("cost")).toDouble(), 0.09);
    QCOMPARE(metrics.value(QStringLiteral("remaining_credits")).toDouble(), 9.91);
    QVERIFY(metrics.contains(QStringLiteral("queue_time")) && metrics.contains(QStringLiteral("total_time")));
    const QUrl output(result.json().value(QStringLiteral("output")).toString());
    QCOMPARE(output.port(), int(m_emulator.storagePort())); // another origin than the API

    const Answer video = send("GET", output, {}, false);
    QCOMPARE(video.status, 200);
    QCOMPARE(video.contentType, QByteArray("video/mp4"));
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    const Probe probe = ffprobe(video.body, m_dir.filePath(id + QStringLiteral(".mp4")));
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QCOMPARE(probe.codec, QStringLiteral("h264"));
    QCOMPARE(probe.frames, frames);
    QCOMPARE(probe.rate, rate);
    QCOMPARE(QSize(probe.width, probe.height), size);

    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("submissions")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("submissionsByRoute")).toObject().value(QStringLiteral("v2")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("charged")).toInt(), 1);
}

void EmulatorTest::v1Run_answersWithTheVideoAndCharges()
{
    const Answer answer = send("POST", api(QStringLiteral("/v1/wan-2.2-i2v-fast")), runBody());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("video/mp4"));
    QCOMPARE(answer.body.mid(4, 4), QByteArray("ftyp"));
    QCOMPARE(answer.remainingCredits, QByteArray("9.91"));
    QCOMPARE(answer.cost, QByteArray("0.09"));
    QVERIFY(!answer.seedValue.isEmpty());
    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("submissionsByRoute")).toObject().value(QStringLiteral("v1")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("charged")).toInt(), 1);
    const Answer credits = send("GET", api(QStringLiteral("/v1/get-user-credits")));
    QCOMPARE(credits.json().value(QStringLiteral("credits")).toDouble(), 9.91);
}

void EmulatorTest::outOfRangeParameter_isRejectedNamingParameterAndRange_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("v2 num_frames 120") << QStringLiteral("v2") << runBody({{QStringLiteral("num_frames"), 120}})
                                       << QStringList{QStringLiteral("num_frames"), QStringLiteral("81"),
                                                      QStringLiteral("100")};
    QTest::newRow("v2 frames_per_second 30")
        << QStringLiteral("v2") << runBody({{QStringLiteral("frames_per_second"), 30}})
        << QStringList{QStringLiteral("frames_per_second"), QStringLiteral("5"), QStringLiteral("24")};
    QTest::newRow("v1 resolution 1080p") << QStringLiteral("v1")
                                         << runBody({{QStringLiteral("resolution"), QStringLiteral("1080p")}})
                                         << QStringList{QStringLiteral("resolution"), QStringLiteral("720p")};
    QTest::newRow("v2 no prompt") << QStringLiteral("v2")
                                  << QJsonObject{{QStringLiteral("image"), QStringLiteral("https://example.com/a.jpg")}}
                                  << QStringList{QStringLiteral("prompt")};
}

void EmulatorTest::outOfRangeParameter_isRejectedNamingParameterAndRange()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, mentions);
    const Answer answer = send("POST", api(QLatin1Char('/') + route + QStringLiteral("/wan-2.2-i2v-fast")), body);
    QCOMPARE(answer.status, 400);
    const QString error = answer.json().value(QStringLiteral("error")).toString();
    for (const QString &word : std::as_const(mentions))
        QVERIFY2(error.contains(word), qPrintable(error));
    QCOMPARE(m_emulator.submissions(), 0);
}

void EmulatorTest::wrongOrMissingKey_isRejectedWith401()
{
    const Answer wrong = send("GET", api(QStringLiteral("/v1/get-user-credits")), {}, true,
                              QStringLiteral("SG_0123456789abcdef"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("Invalid API key"));
    QVERIFY(wrong.remainingCredits.isEmpty()); // the balance is not told to strangers
    const Answer missing = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody(), false);
    QCOMPARE(missing.status, 401);
    QCOMPARE(m_emulator.submissions(), 0);

    QVERIFY(m_emulator.configure({{QStringLiteral("key"), QStringLiteral("SG_deadbeefdeadbeef")}}));
    QCOMPARE(send("GET", api(QStringLiteral("/v1/get-user-credits")), {}, true, EmulatorFixture::defaultApiKey()).status,
             401);
    QCOMPARE(send("GET", api(QStringLiteral("/v1/get-user-credits"))).status, 200);
}

void EmulatorTest::unknownModelAndWrongMethod_are404And405()
{
    QCOMPARE(send("POST", api(QStringLiteral("/v2/no-such-model")), runBody()).status, 404);
    QCOMPARE(send("GET", api(QStringLiteral("/v2/wan-2.2-i2v-fast"))).status, 405);
    QCOMPARE(send("GET", api(QStringLiteral("/v2/requests/unknown-id/status"))).status, 404);
}

void EmulatorTest::lowCredits_isRejectedWith406AndNothingIsAccepted()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 0.05}}));
    const Answer answer = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody());
    QCOMPARE(answer.status, 406);
    // Segmind's wording names both amounts.
    QVERIFY2(answer.json().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Insufficient credits")),
             qPrintable(answer.json().value(QStringLiteral("error")).toString()));
    QVERIFY(answer.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("0.05")));
    QCOMPARE(m_emulator.submissions(), 0);
}

void EmulatorTest::uploadAsset_roundTripsAndFeedsThePushIn()
{
    const QByteArray png = pngBytes();
    const QJsonObject body{{QStringLiteral("data_urls"), QJsonArray{pngDataUrl()}}};
    const Answer upload = send("POST", api(QStringLiteral("/upload-asset")), body);
    QCOMPARE(upload.status, 200);
    const QUrl assetUrl(upload.json().value(QStringLiteral("file_urls")).toArray().first().toString());
    QCOMPARE(assetUrl.port(), int(m_emulator.storagePort()));
    QVERIFY2(assetUrl.path().endsWith(QLatin1String(".png")), qPrintable(assetUrl.toString()));
    const Answer again = send("POST", api(QStringLiteral("/upload-asset")), body);
    QCOMPARE(again.json().value(QStringLiteral("file_urls")).toArray().first().toString(), assetUrl.toString());
    QCOMPARE(m_emulator.uploads(), 2);

    const Answer fetched = send("GET", assetUrl, {}, false);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, png);

    // A run on the uploaded image: a push-in over it, with the requested shape.
    const QJsonObject ticket = submit(runBody({{QStringLiteral("image"), assetUrl.toString()},
                                               {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")}}));
    QCOMPARE(waitUntilDone(ticket).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    const QUrl output(send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString()))
                          .json()
                          .value(QStringLiteral("output"))
                          .toString());
    const Answer video = send("GET", output, {}, false);
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    const Probe probe = ffprobe(video.body, m_dir.filePath(QStringLiteral("pushin.mp4")));
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QCOMPARE(probe.frames, 81);
    QCOMPARE(QSize(probe.width, probe.height), QSize(480, 832));

    // An asset URL of this emulator that does not exist cannot be a run's image.
    QUrl missing = assetUrl;
    missing.setPath(QString(QStringLiteral("/assets/") + QString(64, QLatin1Char('0')) + QStringLiteral(".png")));
    QCOMPARE(send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody({{QStringLiteral("image"), missing.toString()}}))
                 .status,
             400);
}

void EmulatorTest::uploadAsset_badDataUrl_isRejected()
{
    const QStringList badUrls{
        QStringLiteral("not a data url"),
        QStringLiteral("data:image/gif;base64,R0lGODlh"),
        QStringLiteral("data:image/png;base64,////"),
        pngDataUrl().replace(QStringLiteral("image/png"), QStringLiteral("image/jpeg")), // bytes of another type
    };
    for (const QString &dataUrl : badUrls) {
        const Answer answer =
            send("POST", api(QStringLiteral("/upload-asset")), {{QStringLiteral("data_urls"), QJsonArray{dataUrl}}});
        QVERIFY2(answer.status == 400, qPrintable(dataUrl.left(40)));
    }
    QCOMPARE(m_emulator.uploads(), 0);
}

void EmulatorTest::uploadAsset_canAnswerWithUrlsField()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("uploadField"), QStringLiteral("urls")}}));
    const Answer answer =
        send("POST", api(QStringLiteral("/upload-asset")), {{QStringLiteral("data_urls"), QJsonArray{pngDataUrl()}}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json().contains(QStringLiteral("file_urls")));
    QCOMPARE(answer.json().value(QStringLiteral("urls")).toArray().size(), 1);
}

void EmulatorTest::fault429_carriesRetryAfterAndIsUsedOnce()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 429},
                                 {QStringLiteral("retryAfter"), 7}}));
    const Answer limited = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("7"));
    QVERIFY(!limited.json().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_emulator.submissions(), 0);

    const Answer next = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody());
    QCOMPARE(next.status, 200);
    QCOMPARE(m_emulator.submissions(), 1);
}

void EmulatorTest::faultHtml_answersAWebPage()
{
    QVERIFY(m_emulator.addFaults({QJsonObject{{QStringLiteral("route"), QStringLiteral("credits")},
                                              {QStringLiteral("kind"), QStringLiteral("html")}},
                                  QJsonObject{{QStringLiteral("route"), QStringLiteral("credits")},
                                              {QStringLiteral("kind"), QStringLiteral("status")},
                                              {QStringLiteral("status"), 503},
                                              {QStringLiteral("body"), QStringLiteral("html")}}}));
    const Answer page = send("GET", api(QStringLiteral("/v1/get-user-credits")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.startsWith("<!DOCTYPE html>"));
    const Answer unavailable = send("GET", api(QStringLiteral("/v1/get-user-credits")));
    QCOMPARE(unavailable.status, 503);
    QVERIFY(unavailable.body.startsWith("<!DOCTYPE html>"));
    QCOMPARE(send("GET", api(QStringLiteral("/v1/get-user-credits"))).status, 200);
}

void EmulatorTest::faultReset_dropsTheConnectionWithoutAnswer()
{
    const QJsonObject ticket = submit(runBody());
    // count -1: Qt 6.4's QNetworkAccessManager quietly resends a request (even a
    // POST) once when its connection drops before the answer's headers, so a
    // one-shot reset would never be seen by a Qt client.
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")},
                                 {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    const Answer answer = send("GET", QUrl(ticket.value(QStringLiteral("status_url")).toString()));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 0);
    QVERIFY2(answer.error != QNetworkReply::NoError, "a reset must be an error");
    QVERIFY(m_emulator.clearFaults());
    QCOMPARE(send("GET", QUrl(ticket.value(QStringLiteral("status_url")).toString())).status, 200);
}

void EmulatorTest::faultResetAfterAccept_chargesButNeverAnswers()
{
    // count -1 for the same reason as above: Qt resends the POST too, and the
    // emulator, like a real server, accepts each copy it receives.
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")},
                                 {QStringLiteral("kind"), QStringLiteral("reset-after-accept")},
                                 {QStringLiteral("count"), -1}}));
    const Answer answer = send("POST", api(QStringLiteral("/v2/wan-2.2-i2v-fast")), runBody());
    QVERIFY(m_emulator.clearFaults());
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.error != QNetworkReply::NoError);
    const int accepted = m_emulator.submissions();
    QVERIFY(accepted >= 1);
    qInfo() << "a reset submission reached the emulator" << accepted << "times";
    // Every accepted copy runs to completion and is charged, though no answer came back.
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator.charged(), accepted, RunTimeoutMs);
    QCOMPARE(m_emulator.credits(), 10.0 - 0.09 * accepted);
}

void EmulatorTest::faultFailedRun_reportsErrorAndIsNotCharged()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")},
                                 {QStringLiteral("kind"), QStringLiteral("failed")},
                                 {QStringLiteral("error"), QStringLiteral("GPU fell over")}}));
    const QJsonObject ticket = submit(runBody());
    const QJsonObject done = waitUntilDone(ticket);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(done.value(QStringLiteral("error")).toString(), QStringLiteral("GPU fell over"));
    const QJsonObject result = send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString())).json();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(!result.contains(QStringLiteral("output")));
    QCOMPARE(m_emulator.charged(), 0);
    QCOMPARE(m_emulator.credits(), 10.0);
}

void EmulatorTest::faultTruncate_cutsTheDownloadShort()
{
    const QJsonObject ticket = submit(runBody());
    QCOMPARE(waitUntilDone(ticket).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    const QUrl output(
        send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString())).json().value(QStringLiteral("output")).toString());
    const Answer whole = send("GET", output, {}, false);
    QVERIFY(whole.body.size() > 1000);

    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("download")},
                                 {QStringLiteral("kind"), QStringLiteral("truncate")}}));
    // The promise is a short body under a full Content-Length. Whether Qt then
    // reports an error is up to Qt: it sometimes takes the close as the end.
    const Answer cut = send("GET", output, {}, false);
    QCOMPARE(cut.contentLength, qint64(whole.body.size()));
    QVERIFY(cut.body.size() < whole.body.size());

    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("download")},
                                 {QStringLiteral("kind"), QStringLiteral("not-mp4")}}));
    const Answer notMp4 = send("GET", output, {}, false);
    QCOMPARE(notMp4.status, 200);
    QVERIFY(notMp4.body.mid(4, 4) != "ftyp");
}

void EmulatorTest::expiredRun_answers404()
{
    const QJsonObject ticket = submit(runBody());
    QCOMPARE(send("GET", QUrl(ticket.value(QStringLiteral("status_url")).toString())).status, 200);
    QVERIFY(m_emulator.configure({{QStringLiteral("retentionSeconds"), 0}}));
    const Answer expired = send("GET", QUrl(ticket.value(QStringLiteral("status_url")).toString()));
    QCOMPARE(expired.status, 404);
    QCOMPARE(expired.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("Request %1 not found").arg(ticket.value(QStringLiteral("request_id")).toString()));
    QCOMPARE(send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString())).status, 404);
}

void EmulatorTest::stats_tellWhetherTheKeyWentToStorage()
{
    const QJsonObject ticket = submit(runBody());
    QCOMPARE(waitUntilDone(ticket).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    const QUrl output(
        send("GET", QUrl(ticket.value(QStringLiteral("response_url")).toString())).json().value(QStringLiteral("output")).toString());
    QCOMPARE(send("GET", output, {}, false).status, 200);
    QCOMPARE(send("GET", output, {}, true).status, 200); // a careless client

    QList<bool> storageKeys;
    bool apiSawKey = false;
    const QJsonArray requests = m_emulator.stats().value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        QVERIFY(!request.contains(QStringLiteral("x-api-key")));
        if (request.value(QStringLiteral("port")).toString() == QLatin1String("storage"))
            storageKeys << request.value(QStringLiteral("hasApiKey")).toBool();
        else if (request.value(QStringLiteral("path")).toString() == QLatin1String("/v2/wan-2.2-i2v-fast"))
            apiSawKey = request.value(QStringLiteral("hasApiKey")).toBool();
    }
    QCOMPARE(storageKeys, (QList<bool>{false, true}));
    QVERIFY(apiSawKey);
    QVERIFY(!m_emulator.output().contains(m_emulator.apiKey().toUtf8())); // never logged
}

void EmulatorTest::faultFromCommandLine_isApplied()
{
    EmulatorFixture other;
    QVERIFY(other.start({QStringLiteral("--fault"), QStringLiteral("credits:status:status=503,retryAfter=2x2"),
                         QStringLiteral("--key"), QStringLiteral("SG_deadbeef000000ff"), QStringLiteral("--credits"),
                         QStringLiteral("3.5")}));
    QUrl url = other.apiBase();
    url.setPath(QStringLiteral("/v1/get-user-credits"));
    for (int i = 0; i < 2; ++i) {
        const Answer answer = send("GET", url, {}, true, other.apiKey());
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.retryAfter, QByteArray("2"));
    }
    const Answer answer = send("GET", url, {}, true, other.apiKey());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("credits")).toDouble(), 3.5);
}

QTEST_GUILESS_MAIN(EmulatorTest)
#include "tst_emulator.moc"
