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
#include <QJsonDocument>
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
    void blankPrompt_sendsNothing_data();
    void blankPrompt_sendsNothing();
    void vanishedImage_failsNamingItAndSendsNothing();
    void promptWithControlCharactersAndEmoji_arrivesByteForByte();
    void longPrompt_isSentUnchangedAndTheServiceDecides();
    void statusThatNeverCompletes_endsWithATimeoutThatMayBeCharged();
    void learnedEnd_bringsAWaitingPollForward();

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
    // The API's own JSON error with a 5xx is a refusal (Segmind: a 500 is not billed);
    // a gateway's page with the same status proves nothing.
    QTest::newRow("v2 500") << async << status("submit", 500) << Kind::ServiceFailed << false;
    QTest::newRow("v2 503") << async << status("submit", 503) << Kind::ServiceFailed << false;
    QTest::newRow("v2 502 gateway page") << async
                                         << fault("submit", "status", {{QStringLiteral("status"), 502}, {QStringLiteral("body"), QStringLiteral("html")}})
                                         << Kind::ServiceFailed << true;
    QTest::newRow("v2 html") << async << fault("submit", "html") << Kind::BadResponse << true;
    QTest::newRow("v2 empty") << async << fault("submit", "empty") << Kind::BadResponse << true;
    QTest::newRow("v2 invalid json") << async << fault("submit", "invalid-json") << Kind::BadResponse << true;
    QTest::newRow("v2 wrong shape") << async << fault("submit", "wrong-shape") << Kind::BadResponse << true;
    QTest::newRow("v2 huge json") << async << fault("submit", "huge-json", {{QStringLiteral("sizeMb"), 8}}) << Kind::BadResponse << true;
    QTest::newRow("v2 status html") << async << fault("status", "html") << Kind::BadResponse << true;
    QTest::newRow("v2 status empty") << async << fault("status", "empty") << Kind::BadResponse << true;
    QTest::newRow("v2 status invalid json") << async << fault("status", "invalid-json") << Kind::BadResponse << true;
    QTest::newRow("v2 status wrong shape") << async << fault("status", "wrong-shape") << Kind::BadResponse << true;
    QTest::newRow("v2 status huge json") << async << fault("status", "huge-json", {{QStringLiteral("sizeMb"), 8}}) << Kind::BadResponse << true;
    QTest::newRow("v2 result html") << async << fault("result", "html") << Kind::BadResponse << true;
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
    QTest::newRow("v1 404") << sync << status("v1", 404) << Kind::NotFound << false;
    QTest::newRow("v1 405") << sync << status("v1", 405) << Kind::NotFound << false;
    QTest::newRow("v1 406") << sync << status("v1", 406) << Kind::InsufficientCredits << false;
    QTest::newRow("v1 429 always") << sync << fault("v1", "status", {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 0}}) << Kind::RateLimited << false;
    QTest::newRow("v1 503") << sync << status("v1", 503) << Kind::ServiceFailed << false;
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
    // What to do must not contradict what may have happened.
    if (mayHaveBeenCharged)
        QVERIFY2(!outcome.error.fullText().contains(QLatin1String("not charged")), qPrintable(outcome.error.fullText()));
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

    // However old the ticket looks here, the service says whether it still has the
    // run (this one it has): no local guess ends a paid run. Its expiry is the
    // service's 404, as tst_resume shows.
    r.outputPath = m_dir.filePath(QStringLiteral("resumed-late.mp4"));
    jobs::GenerationJob old(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r);
    QSignalSpy oldSucceeded(&old, &jobs::GenerationJob::succeeded);
    QSignalSpy oldFailed(&old, &jobs::GenerationJob::failed);
    old.resume(*ticket, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
    QTRY_VERIFY_WITH_TIMEOUT(oldSucceeded.count() + oldFailed.count() == 1, 30'000);
    QCOMPARE(oldSucceeded.count(), 1);
    QVERIFY(QFile::exists(r.outputPath));
    QCOMPARE(submissionRequests(m_emulator.stats()), 1);
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

void TestGenerationJob::blankPrompt_sendsNothing_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces, tabs and new lines") << QStringLiteral("  \t\n \r\n ");
}

void TestGenerationJob::blankPrompt_sendsNothing()
{
    QFETCH(QString, prompt);
    jobs::GenerationRequest r = request();
    r.prompt = prompt;
    const JobOutcome outcome = run(r);
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QVERIFY2(outcome.error.message.contains(QLatin1String("prompt must not be empty")), qPrintable(outcome.error.message));
    QVERIFY(outcome.error.hint.contains(QLatin1String("nothing was sent")));
    QCOMPARE(serviceRequests(m_emulator.stats()), 0);
}

void TestGenerationJob::vanishedImage_failsNamingItAndSendsNothing()
{
    // Chosen (it existed), then moved away before the run read it.
    const QString path = m_dir.filePath(QStringLiteral("gone soon \u5199\u771F.jpg"));
    QVERIFY(QFile::copy(m_image, path));
    jobs::GenerationRequest r = request();
    r.image = path;
    QVERIFY(QFile::remove(path));
    const JobOutcome outcome = run(r);
    QCOMPARE(outcome.error.kind, Kind::InvalidInput);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("\u201Cgone soon \u5199\u771F.jpg\u201D could not be found")),
             qPrintable(outcome.error.message));
    QVERIFY(outcome.error.hint.contains(QLatin1String("choose it again")));
    QVERIFY(!outcome.error.mayHaveBeenCharged);
    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(serviceRequests(stats), 0);
    QCOMPARE(stats.value(QStringLiteral("uploads")).toInt(), 0);
}

namespace {

// The prompt of the last submission exactly as the emulator received it, and the raw body.
QString receivedPrompt(const QJsonObject &stats, QByteArray *rawBody = nullptr)
{
    const QByteArray body = QByteArray::fromBase64(stats.value(QStringLiteral("lastSubmissionBody")).toString().toLatin1());
    if (rawBody)
        *rawBody = body;
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("prompt")).toString();
}

} // namespace

void TestGenerationJob::promptWithControlCharactersAndEmoji_arrivesByteForByte()
{
    // Tabs, new lines, a bell, an escape sequence, NUL's neighbour U+0001, a zero-width
    // joiner family, a flag, a skin tone, a combining accent, CJK and right-to-left text.
    const QString prompt = QStringLiteral("Line one\nLine two\twith a tab \u0001 \u0007 \u001B[31mred\u001B[0m "
                                          "\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1EF\U0001F1F5 \U0001F44B\U0001F3FD "
                                          "e\u0301 \u6771\u4EAC \u05E9\u05DC\u05D5\u05DD \u2028 end");
    jobs::GenerationRequest r = request();
    r.prompt = prompt;
    const JobOutcome outcome = run(r);
    QVERIFY2(outcome.result, qPrintable(outcome.error.fullText()));
    QByteArray raw;
    const QString received = receivedPrompt(m_emulator.stats(), &raw);
    QCOMPARE(received.toUtf8(), prompt.toUtf8());
    // Sent as UTF-8 (not as \u escapes, not as Latin-1 question marks).
    QVERIFY(raw.contains(QStringLiteral("\U0001F468\u200D\U0001F469").toUtf8()));
    QVERIFY(raw.contains(QStringLiteral("\u6771\u4EAC").toUtf8()));
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestGenerationJob::longPrompt_isSentUnchangedAndTheServiceDecides()
{
    QString prompt;
    while (prompt.size() < 50'000)
        prompt += QStringLiteral("The camera drifts along the harbour wall; gulls lift off the water. ");
    prompt.truncate(50'000);
    jobs::GenerationRequest r = request();
    r.prompt = prompt;

    // A service that takes it: sent whole, not cut.
    const JobOutcome accepted = run(r);
    QVERIFY2(accepted.result, qPrintable(accepted.error.fullText()));
    QCOMPARE(receivedPrompt(m_emulator.stats()), prompt);

    // A service that refuses it: its reason comes back, nothing was charged.
    QVERIFY(m_emulator.reset());
    QVERIFY(m_emulator.configure({{QStringLiteral("maxPromptLength"), 10'000}}));
    const JobOutcome refused = run(r);
    QCOMPARE(refused.error.kind, Kind::InvalidInput);
    QVERIFY2(refused.error.message.contains(QLatin1String("at most 10000 characters")), qPrintable(refused.error.message));
    QVERIFY(!refused.error.mayHaveBeenCharged);
    QCOMPARE(m_emulator.submissions(), 0);
    QCOMPARE(submissionRequests(m_emulator.stats()), 1);
}

void TestGenerationJob::learnedEnd_bringsAWaitingPollForward()
{
    // A run watched with a fresh account's sparse polls (here: the first in
    // 30 s) is asked about at the moment this account's runs have been ending
    // once the queue learns it, not left waiting for that poll.
    jobs::GenerationRequest r = request();
    r.outputPath = m_dir.filePath(QStringLiteral("learned.mp4"));
    auto *job = new jobs::GenerationJob(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r, this);
    jobs::PollPolicy sparse;
    sparse.firstPollMs = 30'000;
    job->setPollPolicy(sparse);
    QSignalSpy accepted(job, &jobs::GenerationJob::accepted);
    QSignalSpy succeeded(job, &jobs::GenerationJob::succeeded);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20'000);
    jobs::PollPolicy learned = sparse;
    learned.expectCompletion({0.3, 0.3, 0.3}, 54); // the emulator's runs: 300 ms
    QCOMPARE(learned.landingMs(), qint64(310));
    job->updatePollPolicy(learned);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10'000);
    QVERIFY(QFile::exists(r.outputPath));
    delete job;
}

void TestGenerationJob::statusThatNeverCompletes_endsWithATimeoutThatMayBeCharged()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("never-complete")}}));
    jobs::GenerationRequest r = request();
    r.outputPath = m_dir.filePath(QStringLiteral("never.mp4"));
    jobs::GenerationJob job(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(), r);
    jobs::PollPolicy policy;
    policy.firstPollMs = 50;
    policy.maxPollMs = 200;
    policy.maxRunSeconds = 1; // the SDK's 600 s, shortened
    job.setPollPolicy(policy);
    QSignalSpy failed(&job, &jobs::GenerationJob::failed);
    QSignalSpy succeeded(&job, &jobs::GenerationJob::succeeded);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
    QCOMPARE(succeeded.count(), 0);
    const auto error = failed.at(0).at(0).value<api::ApiError>();
    QCOMPARE(error.kind, Kind::Timeout);
    QVERIFY(error.mayHaveBeenCharged);
    QVERIFY2(error.hint.contains(QLatin1String("resume")), qPrintable(error.hint));
    QVERIFY(!QFile::exists(r.outputPath));
    QCOMPARE(m_emulator.submissions(), 1);
    QCOMPARE(submissionRequests(m_emulator.stats()), 1);
}

QTEST_GUILESS_MAIN(TestGenerationJob)
#include "tst_generationjob.moc"
