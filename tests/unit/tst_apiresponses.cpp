// The parsers of Segmind's answers are pure functions: each answer shape the
// service (or a proxy, or a captive portal) can send is a row here, and each
// either gives a value or a reason a person can read.

#include "api/apiresponses.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using wan::api::ApiResponses;
using wan::api::RunStatus;

Q_DECLARE_METATYPE(wan::api::RunStatus)

namespace {

const QUrl kSubmitUrl(QStringLiteral("https://api.segmind.com/v2/wan-2.2-i2v-fast"));
const QUrl kEmulatorSubmitUrl(QStringLiteral("http://127.0.0.1:8080/v2/wan-2.2-i2v-fast"));
const QUrl kResponseUrl(QStringLiteral("https://api.segmind.com/v2/requests/abc-123"));

const QByteArray kHtml = QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Sign in to the Wi-Fi</title></head>"
                                           "<body><form>...</form></body></html>");

// 12:00:00 UTC on a fixed day, so Retry-After dates are checked without a clock.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc());
}

} // namespace

class TestApiResponses final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void submitAnswer_givesTicketOrReason_data();
    void submitAnswer_givesTicketOrReason();
    void submitAnswerWithRelativeUrls_isResolvedAgainstTheSubmitUrl();
    void submitAnswerWithStatus_keepsIt();

    void statusString_isRecognisedInAnyCase_data();
    void statusString_isRecognisedInAnyCase();
    void statusAnswer_carriesInferenceTime_data();
    void statusAnswer_carriesInferenceTime();
    void statusAnswerWithoutKnownStatus_isRejected_data();
    void statusAnswerWithoutKnownStatus_isRejected();
    void failedStatus_carriesTheServiceReason();

    void resultAnswer_givesTheVideoUrl_data();
    void resultAnswer_givesTheVideoUrl();
    void failedResult_carriesTheError();
    void unfinishedResult_hasNoOutputUrl();
    void finishedRun_carriesItsAccountingFromMetrics();
    void failedRunBody_isReadWhateverTheStatusCode_data();
    void failedRunBody_isReadWhateverTheStatusCode();
    void rateLimitReset_isReadInEveryPublishedForm_data();
    void rateLimitReset_isReadInEveryPublishedForm();
    void jsonErrorText_onlyForTheApisOwnJsonError();

    void creditsAnswer_givesTheBalance_data();
    void creditsAnswer_givesTheBalance();

    void uploadAnswer_givesTheFileUrl_data();
    void uploadAnswer_givesTheFileUrl();

    void creditsHeader_isReadWhenNumeric_data();
    void creditsHeader_isReadWhenNumeric();

    void retryAfter_isReadAsBoundedSeconds_data();
    void retryAfter_isReadAsBoundedSeconds();
    void retryAfterDate_doesNotDependOnTheLocalTimeZone();

    void errorBody_givesAShortReadableText_data();
    void errorBody_givesAShortReadableText();

    void htmlBody_isRecognisedByItsFirstTags_data();
    void htmlBody_isRecognisedByItsFirstTags();

    void bodyOverMaxJsonBytes_isRefusedUnparsed();
    void bodyJustUnderMaxJsonBytes_isParsed();
};

void TestApiResponses::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// ---- submit ---------------------------------------------------------------

void TestApiResponses::submitAnswer_givesTicketOrReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("documented answer")
        << QByteArray(R"({"request_id":"abc-123","status":"QUEUED",
                          "poll_url":"https://api.segmind.com/v1/requests/abc-123",
                          "status_url":"https://api.segmind.com/v2/requests/abc-123/status",
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
        << true << QString();
    QTest::newRow("no status field") << QByteArray(R"({"request_id":"abc-123",
                          "status_url":"https://api.segmind.com/v2/requests/abc-123/status",
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
                                     << true << QString();
    QTest::newRow("missing request_id") << QByteArray(R"({"status":"QUEUED",
                          "status_url":"https://api.segmind.com/v2/requests/abc-123/status",
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
                                        << false << QStringLiteral("no request id");
    QTest::newRow("blank request_id") << QByteArray(R"({"request_id":"   ",
                          "status_url":"https://api.segmind.com/v2/requests/abc-123/status",
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
                                      << false << QStringLiteral("no request id");
    QTest::newRow("missing status_url") << QByteArray(R"({"request_id":"abc-123",
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
                                        << false << QStringLiteral("no status or response address");
    QTest::newRow("missing response_url") << QByteArray(R"({"request_id":"abc-123",
                          "status_url":"https://api.segmind.com/v2/requests/abc-123/status"})")
                                          << false << QStringLiteral("no status or response address");
    QTest::newRow("status_url not text") << QByteArray(R"({"request_id":"abc-123","status_url":42,
                          "response_url":"https://api.segmind.com/v2/requests/abc-123"})")
                                         << false << QStringLiteral("no status or response address");
    QTest::newRow("HTML page") << kHtml << false << QStringLiteral("web page (HTML)");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t ") << false << QStringLiteral("empty");
    QTest::newRow("invalid JSON") << QByteArray(R"({"request_id":"abc-123",)") << false << QStringLiteral("not valid JSON");
    QTest::newRow("plain text") << QByteArray("Service Unavailable") << false << QStringLiteral("not valid JSON");
    QTest::newRow("JSON array") << QByteArray(R"([{"request_id":"abc-123"}])") << false << QStringLiteral("unexpected shape");
}

void TestApiResponses::submitAnswer_givesTicketOrReason()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(QString, problemMentions);

    const auto parsed = ApiResponses::parseSubmit(body, kSubmitUrl);
    QCOMPARE(parsed.ok(), accepted);
    if (accepted) {
        QVERIFY(parsed.problem.isEmpty());
        QCOMPARE(parsed.value->requestId, QStringLiteral("abc-123"));
        QCOMPARE(parsed.value->statusUrl, QUrl(QStringLiteral("https://api.segmind.com/v2/requests/abc-123/status")));
        QCOMPARE(parsed.value->responseUrl, QUrl(QStringLiteral("https://api.segmind.com/v2/requests/abc-123")));
        QCOMPARE(parsed.value->status, RunStatus::Queued);
    } else {
        QVERIFY2(parsed.problem.contains(problemMentions), qPrintable(parsed.problem));
    }
}

void TestApiResponses::submitAnswerWithRelativeUrls_isResolvedAgainstTheSubmitUrl()
{
    {
        const auto parsed = ApiResponses::parseSubmit(QByteArray(R"({"request_id":"r1",
            "status_url":"/v2/requests/r1/status","response_url":"/v2/requests/r1"})"),
                                                      kEmulatorSubmitUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->statusUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v2/requests/r1/status")));
        QCOMPARE(parsed.value->responseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v2/requests/r1")));
    }
    {
        // Relative to the submit URL's folder, as a browser would resolve it.
        const auto parsed = ApiResponses::parseSubmit(QByteArray(R"({"request_id":"r1",
            "status_url":"requests/r1/status","response_url":"requests/r1"})"),
                                                      kSubmitUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->statusUrl, QUrl(QStringLiteral("https://api.segmind.com/v2/requests/r1/status")));
        QCOMPARE(parsed.value->responseUrl, QUrl(QStringLiteral("https://api.segmind.com/v2/requests/r1")));
    }
    {
        // Absolute URLs are taken as they are, even on another host.
        const auto parsed = ApiResponses::parseSubmit(QByteArray(R"({"request_id":"r1",
            "status_url":"https://queue.segmind.com/r1/status","response_url":"https://queue.segmind.com/r1"})"),
                                                      kEmulatorSubmitUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->statusUrl, QUrl(QStringLiteral("https://queue.segmind.com/r1/status")));
    }
}

void TestApiResponses::submitAnswerWithStatus_keepsIt()
{
    const auto parsed = ApiResponses::parseSubmit(QByteArray(R"({"request_id":"r1","status":"processing",
        "status_url":"/s","response_url":"/r"})"),
                                                  kSubmitUrl);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->status, RunStatus::Processing);
}

// ---- status ---------------------------------------------------------------

void TestApiResponses::statusString_isRecognisedInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RunStatus>("expected");

    QTest::newRow("QUEUED") << QStringLiteral("QUEUED") << RunStatus::Queued;
    QTest::newRow("queued") << QStringLiteral("queued") << RunStatus::Queued;
    QTest::newRow("PROCESSING") << QStringLiteral("PROCESSING") << RunStatus::Processing;
    QTest::newRow("processing") << QStringLiteral("processing") << RunStatus::Processing;
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << RunStatus::Completed;
    QTest::newRow("completed") << QStringLiteral("completed") << RunStatus::Completed;
    QTest::newRow("Completed padded") << QStringLiteral(" Completed ") << RunStatus::Completed;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << RunStatus::Failed;
    QTest::newRow("failed") << QStringLiteral("failed") << RunStatus::Failed;
}

void TestApiResponses::statusString_isRecognisedInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(RunStatus, expected);

    QCOMPARE(ApiResponses::statusFromString(text), std::optional<RunStatus>(expected));
    const QByteArray body = QByteArray(R"({"request_id":"r1","status":")") + text.toUtf8() + QByteArray(R"("})");
    const auto parsed = ApiResponses::parseStatus(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->status, expected);
    QVERIFY(parsed.value->outputUrl.isEmpty());
}

void TestApiResponses::statusAnswer_carriesInferenceTime_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<double>("seconds");

    QTest::newRow("number") << QByteArray(R"({"status":"COMPLETED","metrics":{"inference_time":53.25}})") << true << 53.25;
    QTest::newRow("numeric string") << QByteArray(R"({"status":"COMPLETED","metrics":{"inference_time":"41.5"}})") << true << 41.5;
    QTest::newRow("not yet set") << QByteArray(R"({"status":"PROCESSING","metrics":{}})") << false << 0.0;
    QTest::newRow("no metrics") << QByteArray(R"({"status":"QUEUED"})") << false << 0.0;
    QTest::newRow("null") << QByteArray(R"({"status":"QUEUED","metrics":{"inference_time":null}})") << false << 0.0;
    QTest::newRow("garbage") << QByteArray(R"({"status":"COMPLETED","metrics":{"inference_time":"soon"}})") << false << 0.0;
    QTest::newRow("metrics not an object") << QByteArray(R"({"status":"COMPLETED","metrics":12})") << false << 0.0;
}

void TestApiResponses::statusAnswer_carriesInferenceTime()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, hasTime);
    QFETCH(double, seconds);

    const auto parsed = ApiResponses::parseStatus(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->inferenceSeconds.has_value(), hasTime);
    if (hasTime)
        QCOMPARE(*parsed.value->inferenceSeconds, seconds);
}

void TestApiResponses::statusAnswerWithoutKnownStatus_isRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("unknown status") << QByteArray(R"({"status":"SLEEPING"})") << QStringLiteral("no known status");
    QTest::newRow("no status") << QByteArray(R"({"request_id":"r1"})") << QStringLiteral("no known status");
    QTest::newRow("status not text") << QByteArray(R"({"status":3})") << QStringLiteral("no known status");
    QTest::newRow("HTML") << kHtml << QStringLiteral("HTML");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("invalid JSON") << QByteArray("{\"status\":") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray(R"(["COMPLETED"])") << QStringLiteral("unexpected shape");
}

void TestApiResponses::statusAnswerWithoutKnownStatus_isRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problemMentions);

    const auto parsed = ApiResponses::parseStatus(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.problem.contains(problemMentions), qPrintable(parsed.problem));
    const auto result = ApiResponses::parseResult(body, kResponseUrl);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem, parsed.problem);
}

void TestApiResponses::failedStatus_carriesTheServiceReason()
{
    {
        const auto parsed = ApiResponses::parseStatus(QByteArray(R"({"status":"FAILED","error":"NSFW content detected"})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->status, RunStatus::Failed);
        QCOMPARE(parsed.value->error, QStringLiteral("NSFW content detected"));
    }
    {
        const auto parsed = ApiResponses::parseStatus(QByteArray(R"({"status":"FAILED"})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->status, RunStatus::Failed);
        QCOMPARE(parsed.value->error, QStringLiteral("no reason given"));
    }
    {
        // Only a failed run carries an error.
        const auto parsed = ApiResponses::parseStatus(QByteArray(R"({"status":"PROCESSING","error":"stale"})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QVERIFY(parsed.value->error.isEmpty());
    }
}

// ---- result ---------------------------------------------------------------

void TestApiResponses::resultAnswer_givesTheVideoUrl_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QUrl>("expected"); // empty: completed without a usable video URL

    const QUrl video(QStringLiteral("https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"));
    QTest::newRow("output as string") << QByteArray(R"({"status":"COMPLETED","request_id":"abc-123",
        "output":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4","metrics":{"inference_time":52.1}})")
                                      << video;
    QTest::newRow("lower-case status") << QByteArray(R"({"status":"completed","output":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"})")
                                       << video;
    QTest::newRow("output as array of one") << QByteArray(R"({"status":"COMPLETED","output":["https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"]})")
                                            << video;
    QTest::newRow("output as array of two, first taken")
        << QByteArray(R"({"status":"COMPLETED","output":["https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4","https://x.invalid/2.mp4"]})")
        << video;
    QTest::newRow("output as object with url") << QByteArray(R"({"status":"COMPLETED","output":{"url":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"}})")
                                               << video;
    QTest::newRow("video.url beside no output") << QByteArray(R"({"status":"COMPLETED","video":{"url":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4",
        "content_type":"video/mp4","file_name":"abc-123.mp4","file_size":1234567,"last_frame_url":"https://x.invalid/last.png"}})")
                                                << video;
    QTest::newRow("video.url when output is unusable") << QByteArray(R"({"status":"COMPLETED","output":null,
        "video":{"url":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"}})")
                                                       << video;
    QTest::newRow("output first, video.url second") << QByteArray(R"({"status":"COMPLETED","output":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4",
        "video":{"url":"https://x.invalid/other.mp4"}})")
                                                    << video;
    QTest::newRow("array of objects with url") << QByteArray(R"({"status":"COMPLETED","output":[{"url":"https://segmind-outputs.s3.amazonaws.com/out/abc-123.mp4"}]})")
                                               << video;
    QTest::newRow("relative output") << QByteArray(R"({"status":"COMPLETED","output":"/files/abc-123.mp4"})")
                                     << QUrl(QStringLiteral("https://api.segmind.com/files/abc-123.mp4"));
    QTest::newRow("no output") << QByteArray(R"({"status":"COMPLETED"})") << QUrl();
    QTest::newRow("null output") << QByteArray(R"({"status":"COMPLETED","output":null})") << QUrl();
    QTest::newRow("empty output") << QByteArray(R"({"status":"COMPLETED","output":""})") << QUrl();
    QTest::newRow("empty array output") << QByteArray(R"({"status":"COMPLETED","output":[]})") << QUrl();
    QTest::newRow("number output") << QByteArray(R"({"status":"COMPLETED","output":7})") << QUrl();
    QTest::newRow("output that is not a URL") << QByteArray(R"({"status":"COMPLETED","output":"http://exa mple.com/a b.mp4"})") << QUrl();
}

void TestApiResponses::resultAnswer_givesTheVideoUrl()
{
    QFETCH(QByteArray, body);
    QFETCH(QUrl, expected);

    const auto parsed = ApiResponses::parseResult(body, kResponseUrl);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->status, RunStatus::Completed);
    QCOMPARE(parsed.value->outputUrl, expected);
    QVERIFY(parsed.value->outputUrl.isEmpty() || !parsed.value->outputUrl.isRelative());
}

void TestApiResponses::failedResult_carriesTheError()
{
    const auto parsed = ApiResponses::parseResult(QByteArray(R"({"status":"FAILED","error":"GPU out of memory",
        "output":"https://x.invalid/should-not-be-used.mp4"})"),
                                                  kResponseUrl);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->status, RunStatus::Failed);
    QCOMPARE(parsed.value->error, QStringLiteral("GPU out of memory"));
    QVERIFY(parsed.value->outputUrl.isEmpty());
}

void TestApiResponses::unfinishedResult_hasNoOutputUrl()
{
    const auto parsed = ApiResponses::parseResult(QByteArray(R"({"status":"PROCESSING","output":"https://x.invalid/partial.mp4"})"), kResponseUrl);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->status, RunStatus::Processing);
    QVERIFY(parsed.value->outputUrl.isEmpty());
}

// ---- credits and upload ---------------------------------------------------

void TestApiResponses::creditsAnswer_givesTheBalance_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("credits");

    QTest::newRow("number") << QByteArray(R"({"credits":12.75})") << true << 12.75;
    QTest::newRow("whole number") << QByteArray(R"({"credits":40})") << true << 40.0;
    QTest::newRow("zero") << QByteArray(R"({"credits":0})") << true << 0.0;
    QTest::newRow("numeric string") << QByteArray(R"({"credits":"7.25"})") << true << 7.25;
    QTest::newRow("padded numeric string") << QByteArray(R"({"credits":" 3 "})") << true << 3.0;
    // An overdrawn account is reported as it is, not hidden as zero or refused.
    QTest::newRow("negative") << QByteArray(R"({"credits":-1.5})") << true << -1.5;
    QTest::newRow("remaining_credits") << QByteArray(R"({"remaining_credits":5})") << true << 5.0;
    // Free credits are spent too: the balance a person can use is both.
    QTest::newRow("with free-credits") << QByteArray(R"({"credits":12.5,"free-credits":0.25})") << true << 12.75;
    QTest::newRow("free-credits as text") << QByteArray(R"({"credits":"1","free-credits":"0.5"})") << true << 1.5;
    QTest::newRow("free-credits garbage ignored") << QByteArray(R"({"credits":2,"free-credits":"none"})") << true << 2.0;
    QTest::newRow("negative free-credits ignored") << QByteArray(R"({"credits":2,"free-credits":-1})") << true << 2.0;
    QTest::newRow("free-credits alone is no balance") << QByteArray(R"({"free-credits":0.5})") << false << 0.0;
    QTest::newRow("balance") << QByteArray(R"({"balance":"2.5"})") << true << 2.5;
    QTest::newRow("missing") << QByteArray(R"({"user":"someone"})") << false << 0.0;
    QTest::newRow("null") << QByteArray(R"({"credits":null})") << false << 0.0;
    QTest::newRow("text") << QByteArray(R"({"credits":"plenty"})") << false << 0.0;
    QTest::newRow("bool") << QByteArray(R"({"credits":true})") << false << 0.0;
    QTest::newRow("HTML") << kHtml << false << 0.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
    QTest::newRow("bare number") << QByteArray("12") << false << 0.0;
}

void TestApiResponses::creditsAnswer_givesTheBalance()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(double, credits);

    const auto parsed = ApiResponses::parseCredits(body);
    QCOMPARE(parsed.ok(), accepted);
    if (accepted)
        QCOMPARE(*parsed.value, credits);
    else
        QVERIFY(!parsed.problem.isEmpty());
}

void TestApiResponses::uploadAnswer_givesTheFileUrl_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QUrl>("expected"); // empty: refused

    const QUrl file(QStringLiteral("https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg"));
    QTest::newRow("urls (documentation)") << QByteArray(R"({"urls":["https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg"]})") << file;
    QTest::newRow("file_urls (SDK)") << QByteArray(R"({"file_urls":["https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg"]})") << file;
    QTest::newRow("empty urls, file_urls set")
        << QByteArray(R"({"urls":[],"file_urls":["https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg"]})") << file;
    QTest::newRow("two urls, first taken")
        << QByteArray(R"({"urls":["https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg","https://x.invalid/2.jpeg"]})") << file;
    QTest::newRow("no urls") << QByteArray(R"({"message":"ok"})") << QUrl();
    QTest::newRow("empty lists") << QByteArray(R"({"urls":[],"file_urls":[]})") << QUrl();
    QTest::newRow("urls a string, not a list") << QByteArray(R"({"urls":"https://segmind-assets.s3.amazonaws.com/uploads/img-1.jpeg"})") << QUrl();
    QTest::newRow("relative url") << QByteArray(R"({"urls":["/uploads/img-1.jpeg"]})") << QUrl();
    QTest::newRow("url not text") << QByteArray(R"({"urls":[1]})") << QUrl();
    QTest::newRow("HTML") << kHtml << QUrl();
    QTest::newRow("empty") << QByteArray() << QUrl();
}

void TestApiResponses::uploadAnswer_givesTheFileUrl()
{
    QFETCH(QByteArray, body);
    QFETCH(QUrl, expected);

    const auto parsed = ApiResponses::parseUpload(body);
    QCOMPARE(parsed.ok(), !expected.isEmpty());
    if (parsed.ok())
        QCOMPARE(*parsed.value, expected);
    else
        QVERIFY(!parsed.problem.isEmpty());
}

// ---- headers --------------------------------------------------------------

void TestApiResponses::creditsHeader_isReadWhenNumeric_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("credits");

    QTest::newRow("decimal") << QByteArray("12.345") << true << 12.345;
    QTest::newRow("whole") << QByteArray("40") << true << 40.0;
    QTest::newRow("padded") << QByteArray(" 3.5 ") << true << 3.5;
    QTest::newRow("negative") << QByteArray("-0.25") << true << -0.25;
    QTest::newRow("absent") << QByteArray() << false << 0.0;
    QTest::newRow("text") << QByteArray("unknown") << false << 0.0;
    QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
    QTest::newRow("trailing junk") << QByteArray("12 credits") << false << 0.0;
}

void TestApiResponses::creditsHeader_isReadWhenNumeric()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    QFETCH(double, credits);

    const auto parsed = ApiResponses::parseCreditsHeader(value);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted)
        QCOMPARE(*parsed, credits);
}

void TestApiResponses::retryAfter_isReadAsBoundedSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: not usable

    QTest::newRow("delta seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray(" 7 ") << 7;
    QTest::newRow("an hour at most") << QByteArray("86400") << 3600;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("HTTP date 30 s ahead") << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("HTTP date next day, capped") << QByteArray("Thu, 26 Nov 2026 12:00:00 GMT") << 3600;
    QTest::newRow("HTTP date in the past") << QByteArray("Wed, 25 Nov 2026 11:59:00 GMT") << 0;
    QTest::newRow("HTTP date without GMT") << QByteArray("Wed, 25 Nov 2026 12:00:30") << -1;
    QTest::newRow("HTTP date with bad month") << QByteArray("Wed, 25 Foo 2026 12:00:30 GMT") << -1;
}

void TestApiResponses::retryAfter_isReadAsBoundedSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);

    const auto seconds = ApiResponses::parseRetryAfter(value, fixedNow());
    QCOMPARE(seconds.value_or(-1), expected);
    // "now" given in another zone is the same instant.
    QCOMPARE(ApiResponses::parseRetryAfter(value, fixedNow().toTimeZone(QTimeZone("Asia/Tokyo"))).value_or(-1), expected);
}

void TestApiResponses::retryAfterDate_doesNotDependOnTheLocalTimeZone()
{
    // An HTTP date is GMT; read it so even where the local clock skips that hour
    // (US daylight saving starts 8 March 2026 at 02:00 local time).
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "America/New_York");
    const QDateTime now(QDate(2026, 3, 8), QTime(2, 30, 0), QTimeZone::utc());
    const auto inGap = ApiResponses::parseRetryAfter(QByteArray("Sun, 08 Mar 2026 02:30:45 GMT"), now);
    const auto outsideGap = ApiResponses::parseRetryAfter(QByteArray("Wed, 25 Nov 2026 12:00:45 GMT"), fixedNow());
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");
    QCOMPARE(outsideGap.value_or(-1), 45);
    QCOMPARE(inGap.value_or(-1), 45);
}

// ---- accounting, failed runs, rate windows ----------------------------------

void TestApiResponses::finishedRun_carriesItsAccountingFromMetrics()
{
    {
        const auto parsed = ApiResponses::parseResult(QByteArray(R"({"status":"COMPLETED","output":"https://x.example/a.mp4",
            "metrics":{"cost":0.0875,"remaining_credits":"9.9125","inference_time":52.1,"queue_time":0.3,"total_time":52.4,"retry_count":0}})"),
                                                      kResponseUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QCOMPARE(parsed.value->cost.value_or(-1), 0.0875);
        QCOMPARE(parsed.value->remainingCredits.value_or(-1), 9.9125);
        QCOMPARE(parsed.value->inferenceSeconds.value_or(-1), 52.1);
    }
    {
        // A failed run carries no billing fields: nothing is invented.
        const auto parsed = ApiResponses::parseStatus(QByteArray(R"({"status":"FAILED","error":"bad image",
            "metrics":{"inference_time":0.007,"queue_time":0.23,"total_time":0.24}})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QVERIFY(!parsed.value->cost);
        QVERIFY(!parsed.value->remainingCredits);
    }
    {
        // A negative or non-numeric charge is not accounting.
        const auto parsed = ApiResponses::parseStatus(QByteArray(R"({"status":"COMPLETED","metrics":{"cost":-3,"remaining_credits":"lots"}})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
        QVERIFY(!parsed.value->cost);
        QVERIFY(!parsed.value->remainingCredits);
    }
}

void TestApiResponses::failedRunBody_isReadWhateverTheStatusCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason"); // empty: not a failed run's answer

    QTest::newRow("422 as Segmind sends it") << QByteArray(R"({"status":"FAILED","error":"Input image could not be processed",
        "metrics":{"inference_time":0.007,"queue_time":0.23,"total_time":0.24}})")
                                             << QStringLiteral("Input image could not be processed");
    QTest::newRow("no reason") << QByteArray(R"({"status":"FAILED"})") << QStringLiteral("no reason given");
    QTest::newRow("plain error") << QByteArray(R"({"error":"Unprocessable"})") << QString();
    QTest::newRow("processing") << QByteArray(R"({"status":"PROCESSING"})") << QString();
    QTest::newRow("HTML") << kHtml << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestApiResponses::failedRunBody_isReadWhateverTheStatusCode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const auto read = ApiResponses::failedRunReason(body);
    QCOMPARE(read.value_or(QString()), reason);
}

void TestApiResponses::rateLimitReset_isReadInEveryPublishedForm_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("msAhead"); // -1: not usable

    QTest::newRow("ISO 8601 with Z") << QByteArray("2026-11-25T12:00:30Z") << qint64(30'000);
    QTest::newRow("ISO 8601 with ms") << QByteArray("2026-11-25T12:00:02.500Z") << qint64(2'500);
    QTest::newRow("ISO 8601 with offset") << QByteArray("2026-11-25T13:00:10+01:00") << qint64(10'000);
    QTest::newRow("ISO 8601 without zone is UTC") << QByteArray("2026-11-25T12:01:00") << qint64(60'000);
    QTest::newRow("ISO 8601 with a space") << QByteArray("2026-11-25 12:00:05") << qint64(5'000);
    QTest::newRow("HTTP date") << QByteArray("Wed, 25 Nov 2026 12:00:45 GMT") << qint64(45'000);
    QTest::newRow("epoch seconds") << QByteArray::number(fixedNow().toSecsSinceEpoch() + 20) << qint64(20'000);
    QTest::newRow("epoch milliseconds") << QByteArray::number(fixedNow().toMSecsSinceEpoch() + 1'500) << qint64(1'500);
    QTest::newRow("a few seconds past: open now") << QByteArray("2026-11-25T11:59:58Z") << qint64(0);
    QTest::newRow("long past") << QByteArray("2026-11-25T11:00:00Z") << qint64(-1);
    QTest::newRow("years ahead") << QByteArray("2031-01-01T00:00:00Z") << qint64(-1);
    QTest::newRow("epoch zero") << QByteArray("0") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("huge number") << QByteArray("99999999999999999999999") << qint64(-1);
}

void TestApiResponses::rateLimitReset_isReadInEveryPublishedForm()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, msAhead);
    const auto when = ApiResponses::parseRateLimitReset(value, fixedNow());
    QCOMPARE(when ? fixedNow().msecsTo(*when) : qint64(-1), msAhead);
}

void TestApiResponses::jsonErrorText_onlyForTheApisOwnJsonError()
{
    QCOMPARE(ApiResponses::jsonErrorText(QByteArray(R"({"error":"Internal server error"})")), QStringLiteral("Internal server error"));
    QVERIFY(ApiResponses::jsonErrorText(kHtml).isEmpty());
    QVERIFY(ApiResponses::jsonErrorText(QByteArray("Bad Gateway")).isEmpty());
    QVERIFY(ApiResponses::jsonErrorText(QByteArray()).isEmpty());
}

// ---- error bodies ---------------------------------------------------------

void TestApiResponses::errorBody_givesAShortReadableText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("error") << QByteArray(R"({"error":"Invalid API key"})") << QStringLiteral("Invalid API key");
    QTest::newRow("message") << QByteArray(R"({"message":"Not enough credits"})") << QStringLiteral("Not enough credits");
    QTest::newRow("detail") << QByteArray(R"({"detail":"Model not found"})") << QStringLiteral("Model not found");
    QTest::newRow("error_message") << QByteArray(R"({"error_message":"Busy"})") << QStringLiteral("Busy");
    QTest::newRow("error wins over message") << QByteArray(R"({"message":"second","error":"first"})") << QStringLiteral("first");
    QTest::newRow("blank error falls through") << QByteArray(R"({"error":"  ","message":"fallback"})") << QStringLiteral("fallback");
    QTest::newRow("nested error object") << QByteArray(R"({"error":{"code":42,"message":"Nested reason"}})") << QStringLiteral("Nested reason");
    QTest::newRow("padded") << QByteArray(R"({"error":"  spaced  "})") << QStringLiteral("spaced");
    QTest::newRow("no known field") << QByteArray(R"({"code":500})") << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("HTML") << kHtml << QStringLiteral("an HTML page instead of an error message");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("whitespace") << QByteArray("\r\n ") << QString();
    QTest::newRow("plain text") << QByteArray("Service Unavailable\r\n") << QStringLiteral("Service Unavailable");
    QTest::newRow("plain text, lines joined") << QByteArray("Bad\n  gateway") << QStringLiteral("Bad gateway");
    QTest::newRow("long plain text, cut") << QByteArray(300, 'x') << QString(200, QLatin1Char('x'));
    QTest::newRow("long JSON error, cut") << (QByteArray(R"({"error":")") + QByteArray(900, 'y') + QByteArray(R"("})"))
                                          << QString(500, QLatin1Char('y'));
}

void TestApiResponses::errorBody_givesAShortReadableText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiResponses::errorText(body), expected);
}

void TestApiResponses::htmlBody_isRecognisedByItsFirstTags_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("html");

    QTest::newRow("doctype") << kHtml << true;
    QTest::newRow("upper-case doctype") << QByteArray("<!DOCTYPE HTML><HTML></HTML>") << true;
    QTest::newRow("html tag after blank lines") << QByteArray("\n\n  <html><body>502</body></html>") << true;
    QTest::newRow("comment then html") << QByteArray("<!-- proxy --><html></html>") << true;
    QTest::newRow("body only") << QByteArray("<body>hi</body>") << true;
    QTest::newRow("JSON") << QByteArray(R"({"error":"<html>"})") << false;
    QTest::newRow("text") << QByteArray("Bad Gateway") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestApiResponses::htmlBody_isRecognisedByItsFirstTags()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, html);
    QCOMPARE(ApiResponses::looksLikeHtml(body), html);
}

// ---- size limit -----------------------------------------------------------

void TestApiResponses::bodyOverMaxJsonBytes_isRefusedUnparsed()
{
    // Valid JSON, so only the size can be why it is refused.
    const QByteArray head = R"({"request_id":"r1","status_url":"/s","response_url":"/r","pad":")";
    const QByteArray tail = R"("})";
    QByteArray body = head + QByteArray(ApiResponses::MaxJsonBytes + 1 - head.size() - tail.size(), 'p') + tail;
    QCOMPARE(body.size(), ApiResponses::MaxJsonBytes + 1);

    for (const auto &problem : {ApiResponses::parseSubmit(body, kSubmitUrl).problem, ApiResponses::parseStatus(body).problem,
                                ApiResponses::parseResult(body, kResponseUrl).problem, ApiResponses::parseCredits(body).problem,
                                ApiResponses::parseUpload(body).problem}) {
        QVERIFY2(problem.contains(QStringLiteral("too large")), qPrintable(problem));
    }
    QVERIFY(!ApiResponses::parseSubmit(body, kSubmitUrl).ok());
    QCOMPARE(ApiResponses::errorText(body), QString());
}

void TestApiResponses::bodyJustUnderMaxJsonBytes_isParsed()
{
    const QByteArray head = R"({"request_id":"r1","status_url":"/s","response_url":"/r","pad":")";
    const QByteArray tail = R"("})";
    const QByteArray body = head + QByteArray(ApiResponses::MaxJsonBytes - head.size() - tail.size(), 'p') + tail;
    QCOMPARE(body.size(), ApiResponses::MaxJsonBytes);
    const auto parsed = ApiResponses::parseSubmit(body, kSubmitUrl);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.value->requestId, QStringLiteral("r1"));
}

QTEST_GUILESS_MAIN(TestApiResponses)
#include "tst_apiresponses.moc"
