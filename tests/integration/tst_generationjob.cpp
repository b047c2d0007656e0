// The generation engine against the Segmind emulator over loopback: full runs
// in both modes, the upload cache, and one row per failure the service can
// produce, each checked for its error type, a message free of the key, and
// exactly one submission.

#include "api/segmindclient.h"
#include "api/videodownload.h"
#include "core/modeldescription.h"
#include "emulatorfixture.h"
#include "image/uploadcache.h"
#include "jobs/generationjob.h"
#include "mediaprobe.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wan;

// QTRY_* return void on failure; in a helper that returns a value, only wait.
#define QTRY_VERIFY_WITH_TIMEOUT_NO_RETURN(expr, timeout) \
    do { (void)QTest::qWaitFor([&] { return (expr); }, timeout); } while (false)

using Kind = api::ApiError::Kind;
Q_DECLARE_METATYPE(wan::api::ApiError::Kind)
Q_DECLARE_METATYPE(wan::jobs::GenerationMode)

namespace {

struct JobOutcome
{
    bool finished = false;
    std::optional<jobs::GenerationResult> result;
    api::ApiError error;
};

// Counts the requests that asked the service to run the model (accepted or not).
int submissionRequests(const QJsonObject &stats)
{
    int n = 0;
    for (const auto &value : stats.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject r = value.toObject();
        const QString path = r.value(QStringLiteral("path")).toString();
        if (r.value(QStringLiteral("method")).toString() == QLatin1String("POST")
            && (path.startsWith(QLatin1String("/v2/wan")) || path.startsWith(QLatin1String("/v1/wan"))))
            ++n;
    }
    return n;
}

// Requests that reached the service (the emulator's control routes excluded).
int serviceRequests(const QJsonObject &stats)
{
    int n = 0;
    for (const auto &value : stats.value(QStringLiteral("requests")).toArray())
        n += value.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/_emulator")) ? 0 : 1;
    return n;
}

bool keySentToStorage(const QJsonObject &stats)
{
    for (const auto &value : stats.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("port")).toString() == QLatin1String("storage") && r.value(QStringLiteral("hasApiKey")).toBool())
            return true;
    }
    return false;
}

} // namespace

class TestGenerationJob final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fullRun_savesTheRequestedClip_data();
    void fullRun_savesTheRequestedClip();
    void sameImageTwice_isUploadedOnce();
    void randomSeed_isChosenAndReported();
    void wrongKey_isRejectedWithoutSubmitting();
    void lowBalance_failsWithInsufficientCredits();
    void rateLimitBurst_isRetriedAndSubmittedOnce();
    void failure_isTypedAndNeverResubmitted_data();
    void failure_isTypedAndNeverResubmitted();
    void cancelAfterAcceptance_saysItMayBeCharged();
    void acceptedRun_isResumedWithoutSubmitting();
    void plainHttpImageUrl_isRefusedBeforeSending();
    void outOfRangeParameter_sendsNothing();

private:
    JobOutcome run(const jobs::GenerationRequest &request, QPointer<jobs::GenerationJob> *keep = nullptr);
    jobs::GenerationRequest request(jobs::GenerationMode mode = jobs::GenerationMode::Async) const;

    test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_image;
    QString m_key;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::SegmindClient> m_client;
    std::unique_ptr<image::UploadCache> m_uploads;
    int m_outputs = 0;
};

void TestGenerationJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}), "the emulator did not start");
    m_key = m_emulator.apiKey();
    // A picture larger than the output frame, so preparation has work to do.
    QImage picture(1600, 1200, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QPainter(&picture).fillRect(200, 200, 600, 400, Qt::yellow);
    m_image = m_dir.filePath(QStringLiteral("still image é.jpg"));
    QVERIFY(picture.save(m_image, "JPEG", 90));
}

void TestGenerationJob::init()
{
    QVERIFY(m_emulator.reset());
    m_client = std::make_unique<api::SegmindClient>(&m_network, api::Endpoints(m_emulator.apiBase(), m_emulator.apiBase()));
    m_client->setApiKey(m_key);
    api::ClientTimeouts timeouts;
    timeouts.requestMs = 1500;
    timeouts.uploadMs = 3000;
    timeouts.downloadStallMs = 1500;
    timeouts.syncRunMs = 4000;
    m_client->setTimeouts(timeouts);
    m_uploads = std::make_unique<image::UploadCache>(QString());
}

jobs::GenerationRequest TestGenerationJob::request(jobs::GenerationMode mode) const
{
    jobs::GenerationRequest r;
    r.image = m_image;
    r.prompt = QStringLiteral("A slow push-in on the yellow square, soft light");
    r.mode = mode;
    return r;
}

JobOutcome TestGenerationJob::run(const jobs::GenerationRequest &base, QPointer<jobs::GenerationJob> *keep)
{
    jobs::GenerationRequest r = base;
    if (r.outputPath.isEmpty())
        r.outputPath = m_dir.filePath(QStringLiteral("out-%1.mp4").arg(++m_outputs));
    auto *job = new jobs::GenerationJob(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r, this);
    jobs::PollPolicy policy;
    policy.firstPollMs = 50;
    policy.maxPollMs = 200;
    policy.maxBackoffMs = 300;
    job->setPollPolicy(policy);
    JobOutcome outcome;
    connect(job, &jobs::GenerationJob::succeeded, this, [&outcome](const jobs::GenerationResult &result) {
        outcome.finished = true;
        outcome.result = result;
    });
    connect(job, &jobs::GenerationJob::failed, this, [&outcome](const api::ApiError &error) {
        outcome.finished = true;
        outcome.error = error;
    });
    if (keep)
        *keep = job;
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT_NO_RETURN(outcome.finished, 60'000);
    job->disconnect(this);
    if (!keep)
        job->deleteLater();
    return outcome;
}

void TestGenerationJob::fullRun_savesTheRequestedClip_data()
{
    QTest::addColumn<jobs::GenerationMode>("mode");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("fps");
    QTest::addColumn<QSize>("size");
    QTest::newRow("v2 defaults") << jobs::GenerationMode::Async << "480p" << "16:9" << 81 << 16 << QSize(832, 480);
    QTest::newRow("v2 portrait 720p") << jobs::GenerationMode::Async << "720p" << "9:16" << 100 << 24 << QSize(720, 1280);
    QTest::newRow("v1 sync") << jobs::GenerationMode::Sync << "480p" << "9:16" << 90 << 5 << QSize(480, 832);
}

void TestGenerationJob::fullRun_savesTheRequestedClip()
{
    QFETCH(jobs::GenerationMode, mode);
    QFETCH(QString, resolution);
    QFETCH(QString, aspect);
    QFETCH(int, frames);
    QFETCH(int, fps);
    QFETCH(QSize, size);
    jobs::GenerationRequest r = request(mode);
    r.parameters = {{QStringLiteral("resolution"), resolution}, {QStringLiteral("aspect_ratio"), aspect},
                    {QStringLiteral("num_frames"), frames}, {QStringLiteral("frames_per_second"), fps},
                    {QStringLiteral("seed"), 42}};
    const JobOutcome outcome = run(r);
    QVERIFY2(outcome.result, qPrintable(outcome.error.fullText()));
    QVERIFY(QFile::exists(outcome.result->outputPath));
    QVERIFY(!QFile::exists(api::VideoDownload::partPath(outcome.result->outputPath)));
    QCOMPARE(outcome.result->seed, 42);
    QVERIFY(outcome.result->credits.has_value());
    QVERIFY(outcome.result->preparedSize.width() >= size.width() || outcome.result->preparedSize.height() >= size.height());
    if (!test::haveFfprobe())
        QSKIP("ffprobe is not installed");
    const test::MediaFacts facts = test::probeVideo(outcome.result->outputPath);
    QVERIFY2(facts.ok, qPrintable(facts.problem));
    QCOMPARE(facts.frames, frames);
    QCOMPARE(qRound(facts.fps), fps);
    QCOMPARE(facts.size, size);
    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(m_emulator.submissions(), 1);
    QVERIFY2(!keySentToStorage(stats), "the API key went to the storage host");
}

void TestGenerationJob::sameImageTwice_isUploadedOnce()
{
    const JobOutcome first = run(request());
    QVERIFY2(first.result, qPrintable(first.error.fullText()));
    QVERIFY(!first.result->uploadReused);
    jobs::GenerationRequest second = request();
    second.prompt = QStringLiteral("Same picture, a different idea");
    const JobOutcome again = run(second);
    QVERIFY2(again.result, qPrintable(again.error.fullText()));
    QVERIFY(again.result->uploadReused);
    QCOMPARE(again.result->imageUrl, first.result->imageUrl);
    QCOMPARE(m_emulator.uploads(), 1);
    QCOMPARE(m_emulator.submissions(), 2);
}

void TestGenerationJob::randomSeed_isChosenAndReported()
{
    jobs::GenerationRequest r = request();
    r.randomSeed = true;
    const JobOutcome a = run(r);
    const JobOutcome b = run(r);
    QVERIFY(a.result && b.result);
    QVERIFY(a.result->seed >= 0);
    QVERIFY2(a.result->seed != b.result->seed || a.result->seed != 1, "random seeds were not random");
}

void TestGenerationJob::wrongKey_isRejectedWithoutSubmitting()
{
    const QString wrong = QStringLiteral("SG_fake0000000000");
    m_client->setApiKey(wrong);
    const JobOutcome outcome = run(request());
    QVERIFY(!outcome.result);
    QCOMPARE(outcome.error.kind, Kind::KeyRejected);
    QVERIFY(!outcome.error.fullText().contains(wrong));
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestGenerationJob::lowBalance_failsWithInsufficientCredits()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 0.01}}));
    const JobOutcome outcome = run(request());
    QCOMPARE(outcome.error.kind, Kind::InsufficientCredits);
    QVERIFY(!outcome.error.mayHaveBeenCharged);
    QCOMPARE(m_emulator.submissions(), 0);
    QCOMPARE(api::ApiError::exitCode(outcome.error.kind), 4);
}

void TestGenerationJob::rateLimitBurst_isRetriedAndSubmittedOnce()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 0}, {QStringLiteral("count"), 2}}));
    const JobOutcome outcome = run(request());
    QVERIFY2(outcome.result, qPrintable(outcome.error.fullText()));
    QCOMPARE(submissionRequests(m_emulator.stats()), 3);
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestGenerationJob::failure_isTypedAndNeverResubmitted_data()
{
    QTest::addColumn<jobs::GenerationMode>("mode");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("mayHaveBeenCharged");
    const auto async = jobs::GenerationMode::Async;
    const auto sync = jobs::GenerationMode::Sync;
    auto fault = [](const char *route, const char *kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("route"), QLatin1String(route));
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        if (!extra.contains(QStringLiteral("count")))
            extra.insert(QStringLiteral("count"), -1);
        return extra;
    };
    auto status = [&fault](const char *route, int code) { return fault(route, "status", {{QStringLiteral("status"), code}}); };

    QTest::newRow("v2 401") << async << status("submit", 401) << Kind::KeyRejected << false;
    QTest::newRow("v2 404") << async << status("submit", 404) << Kind::NotFound << false;
    QTest::newRow("v2 405") << async << status("submit", 405) << Kind::NotFound << false;
    QTest::newRow("v2 406") << async << status("submit", 406) << Kind::InsufficientCredits << false;
    QTest::newRow("v2 429 always") << async << fault("submit", "status", {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 0}}) << Kind::RateLimited << false;
    // A 5xx may come after the run was queued: stated as maybe charged, never resent.
    QTest::newRow("v2 500") << async << status("submit", 500) << Kind::ServiceFailed << true;
    QTest::newRow("v2 503") << async << status("submit", 503) << Kind::ServiceFailed << true;
    QTest::newRow("v2 html") << async << fault("submit", "html") << Kind::BadResponse << true;
    QTest::newRow("v2 empty") << async << fault("submit", "empty") << Kind::BadResponse << true;
    QTest::newRow("v2 invalid json") << async << fault("submit", "invalid-json") << Kind::BadResponse << true;
    QTest::newRow("v2 wrong shape") << async << fault("submit", "wrong-shape") << Kind::BadResponse << true;
    QTest::newRow("v2 reset on submit") << async << fault("submit", "reset") << Kind::Network << true;
    QTest::newRow("v2 reset after accept") << async << fault("submit", "reset-after-accept") << Kind::Network << true;
    QTest::newRow("v2 stall on submit") << async << fault("submit", "stall") << Kind::Timeout << true;
    QTest::newRow("v2 FAILED") << async << fault("status", "failed", {{QStringLiteral("count"), 1}}) << Kind::ServiceFailed << false;
    QTest::newRow("v2 expired") << async << fault("status", "expired") << Kind::Expired << true;
    QTest::newRow("v2 status 500s") << async << status("status", 500) << Kind::ServiceFailed << true;
    QTest::newRow("v2 no output") << async << fault("result", "no-output") << Kind::ServiceFailed << true;
    QTest::newRow("v2 truncated video") << async << fault("download", "truncate") << Kind::Network << true;
    QTest::newRow("v2 not an mp4") << async << fault("download", "not-mp4") << Kind::BadVideo << true;
    QTest::newRow("v2 video gone") << async << status("download", 404) << Kind::Expired << true;
    QTest::newRow("v2 upload html") << async << fault("upload", "html") << Kind::BadResponse << false;
    QTest::newRow("v1 401") << sync << status("v1", 401) << Kind::KeyRejected << false;
    QTest::newRow("v1 406") << sync << status("v1", 406) << Kind::InsufficientCredits << false;
    QTest::newRow("v1 500") << sync << status("v1", 500) << Kind::ServiceFailed << false;
    QTest::newRow("v1 html 500") << sync << fault("v1", "status", {{QStringLiteral("status"), 500}, {QStringLiteral("body"), QStringLiteral("html")}}) << Kind::ServiceFailed << false;
    QTest::newRow("v1 FAILED") << sync << fault("v1", "failed", {{QStringLiteral("count"), 1}}) << Kind::ServiceFailed << false;
    QTest::newRow("v1 truncated video") << sync << fault("v1", "truncate") << Kind::Network << true;
    QTest::newRow("v1 not an mp4") << sync << fault("v1", "not-mp4") << Kind::BadVideo << true;
    QTest::newRow("v1 reset") << sync << fault("v1", "reset") << Kind::Network << true;
    QTest::newRow("v1 stall") << sync << fault("v1", "stall") << Kind::Timeout << true;
}

void TestGenerationJob::failure_isTypedAndNeverResubmitted()
{
    QFETCH(jobs::GenerationMode, mode);
    QFETCH(QJsonObject, fault);
    QFETCH(Kind, kind);
    QFETCH(bool, mayHaveBeenCharged);
    QVERIFY(m_emulator.addFault(fault));
    const JobOutcome outcome = run(request(mode));
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.result, "the run succeeded despite the fault");
    QCOMPARE(outcome.error.kind, kind);
    QVERIFY(!outcome.error.message.isEmpty());
    QVERIFY(!outcome.error.hint.isEmpty() || kind == Kind::Cancelled);
    QVERIFY2(!outcome.error.fullText().contains(m_key), "the key leaked into the message");
    QCOMPARE(outcome.error.mayHaveBeenCharged, mayHaveBeenCharged);
    const int expectedRequests = kind == Kind::RateLimited ? jobs::PollPolicy().maxRateLimitRetries + 1
                                 : fault.value(QStringLiteral("route")).toString() == QLatin1String("upload") ? 0 : 1;
    QCOMPARE(submissionRequests(m_emulator.stats()), expectedRequests);
    QVERIFY(m_emulator.submissions() <= 1);
    QVERIFY(!keySentToStorage(m_emulator.stats()));
}

void TestGenerationJob::cancelAfterAcceptance_saysItMayBeCharged()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("never-complete")}}));
    QPointer<jobs::GenerationJob> job;
    jobs::GenerationRequest r = request();
    r.outputPath = m_dir.filePath(QStringLiteral("cancelled.mp4"));
    auto *raw = new jobs::GenerationJob(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r, this);
    QSignalSpy failed(raw, &jobs::GenerationJob::failed);
    QSignalSpy accepted(raw, &jobs::GenerationJob::accepted);
    raw->start();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20'000);
    raw->cancel();
    QCOMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<api::ApiError>();
    QCOMPARE(error.kind, Kind::Cancelled);
    QVERIFY(error.mayHaveBeenCharged);
    QCOMPARE(raw->stage(), jobs::JobStage::Cancelled);
    QVERIFY(!QFile::exists(r.outputPath));
    delete raw;
}

void TestGenerationJob::acceptedRun_isResumedWithoutSubmitting()
{
    // First run: accepted, then the client "dies" (the job is destroyed while polling).
    std::optional<api::SubmitTicket> ticket;
    {
        jobs::GenerationRequest r = request();
        r.outputPath = m_dir.filePath(QStringLiteral("resumed.mp4"));
        jobs::GenerationJob job(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r);
        connect(&job, &jobs::GenerationJob::accepted, this, [&ticket](const api::SubmitTicket &t) { ticket = t; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticket.has_value(), 20'000);
    }
    // Later: a new job picks the run up from the stored ticket.
    jobs::GenerationRequest r = request();
    r.outputPath = m_dir.filePath(QStringLiteral("resumed.mp4"));
    jobs::GenerationJob job(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r);
    QSignalSpy succeeded(&job, &jobs::GenerationJob::succeeded);
    QSignalSpy failed(&job, &jobs::GenerationJob::failed);
    job.resume(*ticket, QDateTime::currentDateTimeUtc());
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() == 1, 30'000);
    QCOMPARE(succeeded.count(), 1);
    QVERIFY(QFile::exists(r.outputPath));
    QCOMPARE(submissionRequests(m_emulator.stats()), 1);

    // A ticket older than the service keeps results is expired, without a request.
    jobs::GenerationJob old(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r);
    QSignalSpy oldFailed(&old, &jobs::GenerationJob::failed);
    old.resume(*ticket, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
    QCOMPARE(oldFailed.count(), 1);
    QCOMPARE(oldFailed.at(0).at(0).value<api::ApiError>().kind, Kind::Expired);
}

void TestGenerationJob::plainHttpImageUrl_isRefusedBeforeSending()
{
    jobs::GenerationRequest r = request();
    r.image = QStringLiteral("http://example.com/picture.jpg");
    const JobOutcome outcome = run(r);
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QCOMPARE(submissionRequests(m_emulator.stats()), 0);
    QCOMPARE(serviceRequests(m_emulator.stats()), 0);
}

void TestGenerationJob::outOfRangeParameter_sendsNothing()
{
    jobs::GenerationRequest r = request();
    r.parameters = {{QStringLiteral("num_frames"), 101}};
    const JobOutcome outcome = run(r);
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QVERIFY(outcome.error.message.contains(QLatin1String("num_frames")));
    QVERIFY(outcome.error.message.contains(QLatin1String("81")));
    QCOMPARE(serviceRequests(m_emulator.stats()), 0);
}

QTEST_GUILESS_MAIN(TestGenerationJob)
#include "tst_generationjob.moc"
