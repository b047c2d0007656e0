// The queue with the library, against the emulator: variations become jobs
// with distinct recorded seeds, a 429 storm delays them without failing any or
// submitting any twice, a batch stops when the balance would not cover the
// next run, and runs queued but never sent survive a restart until the user
// decides. Runs another live process owns are never offered or sent; they are
// followed, and taken over once that process is gone.

#include "api/segmindclient.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "emulatorfixture.h"
#include "image/preparedimagecache.h"
#include "image/uploadcache.h"
#include "jobs/batchplan.h"
#include "jobs/jobqueue.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "library/runowner.h"
#include "library/mp4metadata.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wan;

class TestJobQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void variationsInA429Storm_allCompleteWithOneSubmissionEach();
    void variationsStartedTogether_prepareAndUploadThePictureOnce();
    void sharedUploadThatFails_letsTheWaitingRunsUploadThemselves();
    void rateLimitedBatch_meetsTheLimitOnce();
    void batch_stopsWhenTheBalanceWouldNotCoverTheNextRun();
    void neverSentRuns_areHeldAcrossARestartUntilTheUserSendsThem();
    void runOfAnotherLiveProcess_isNotOffered_andTakenOverWhenItDies();
    void sendHeld_leavesARunAnotherProcessStartedMeanwhile();
    void runLeftResumable_isReleasedForOtherProcesses();
    void queuedClip_carriesItsEntry_andADamagedLibraryIsRebuiltFromIt();

private:
    std::unique_ptr<jobs::JobQueue> makeQueue();
    QList<jobs::PlannedRun> variations(int count);
    bool allFinished() const;

    test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_image;
    QString m_database;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::SegmindClient> m_client;
    std::unique_ptr<image::UploadCache> m_uploads;
    std::unique_ptr<core::CreditTracker> m_credits;
    std::unique_ptr<library::LibraryService> m_library;
    std::unique_ptr<jobs::JobQueue> m_queue;
    int m_round = 0;
};

void TestJobQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("400")}));
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(QColor(30, 140, 90));
    m_image = m_dir.filePath(QStringLiteral("field.png"));
    QVERIFY(picture.save(m_image));
}

void TestJobQueue::init()
{
    QVERIFY(m_emulator.reset());
    m_database = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_round));
    m_client = std::make_unique<api::SegmindClient>(&m_network, api::Endpoints(m_emulator.apiBase(), m_emulator.apiBase()));
    m_client->setApiKey(m_emulator.apiKey());
    m_uploads = std::make_unique<image::UploadCache>(QString());
    m_credits = std::make_unique<core::CreditTracker>(core::ModelDescription::wan22ImageToVideo().typicalCostUsd());
    connect(m_client.get(), &api::SegmindClient::creditsObserved, m_credits.get(), &core::CreditTracker::observe);
    m_library = std::make_unique<library::LibraryService>(m_database);
    bool opened = false;
    m_library->open(this, [&opened](bool ok, const QString &) { opened = ok; });
    QTRY_VERIFY(opened);
    m_queue = makeQueue();
}

void TestJobQueue::cleanup()
{
    m_queue.reset();
    m_library.reset();
}

std::unique_ptr<jobs::JobQueue> TestJobQueue::makeQueue()
{
    auto queue = std::make_unique<jobs::JobQueue>(m_client.get(), m_uploads.get(), core::ModelDescription::wan22ImageToVideo(),
                                                  m_dir.filePath(QStringLiteral("results-%1").arg(m_round)));
    jobs::PollPolicy policy = queue->pollPolicy();
    policy.firstPollMs = 50;
    policy.maxPollMs = 150;
    policy.maxBackoffMs = 200;
    queue->setPollPolicy(policy);
    queue->setMaxConcurrent(3);
    queue->setLibrary(m_library.get(), m_dir.filePath(QStringLiteral("inputs")));
    queue->setCreditTracker(m_credits.get());
    return queue;
}

QList<jobs::PlannedRun> TestJobQueue::variations(int count)
{
    jobs::GenerationRequest base;
    base.image = m_image;
    base.prompt = QStringLiteral("wind over the meadow");
    const auto plan = jobs::BatchPlan::variations(core::ModelDescription::wan22ImageToVideo(), base, count, jobs::SeedChoice::Random);
    return plan.runs();
}

bool TestJobQueue::allFinished() const
{
    const QList<int> ids = m_queue->ids();
    return !ids.isEmpty() && std::all_of(ids.begin(), ids.end(), [this](int id) { return m_queue->record(id)->isFinished(); });
}

void TestJobQueue::variationsInA429Storm_allCompleteWithOneSubmissionEach()
{
    // A burst of refusals: the first ten submissions are answered 429 with Retry-After 0.
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 0}, {QStringLiteral("count"), 10}}));
    const auto runs = variations(6);
    QCOMPARE(runs.size(), 6);
    for (const auto &run : runs)
        m_queue->enqueue(run.request, run.batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 90'000);

    QSet<qint64> seeds;
    for (int id : m_queue->ids()) {
        const jobs::JobRecord *r = m_queue->record(id);
        QVERIFY2(r->stage == jobs::JobStage::Completed, qPrintable(r->error.fullText()));
        seeds.insert(r->result->seed);
    }
    QCOMPARE(seeds.size(), 6);
    QCOMPARE(m_emulator.submissions(), 6);

    // The library recorded each with its own seed and the batch they belong to.
    m_library->waitForIdle();
    library::Library lib(m_database);
    QVERIFY(lib.open());
    const auto entries = lib.find({});
    QCOMPARE(entries.size(), 6);
    QSet<qint64> recorded;
    for (const auto &e : entries) {
        QCOMPARE(e.status, library::EntryStatus::Completed);
        QCOMPARE(e.batchId, runs.first().batchId);
        recorded.insert(e.seed);
    }
    QCOMPARE(recorded, seeds);
}

void TestJobQueue::variationsStartedTogether_prepareAndUploadThePictureOnce()
{
    // Four runs of one picture sent at once: one preparation and one upload,
    // the other three take its URL (before, each prepared and uploaded: 4).
    image::PreparedImageCache::clear();
    m_queue->setMaxConcurrent(4);
    const auto runs = variations(4);
    for (const auto &run : runs)
        m_queue->enqueue(run.request, run.batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60'000);
    for (int id : m_queue->ids())
        QVERIFY2(m_queue->record(id)->stage == jobs::JobStage::Completed, qPrintable(m_queue->record(id)->error.fullText()));
    QCOMPARE(image::PreparedImageCache::sharedStarts(), 1);
    QCOMPARE(m_emulator.uploads(), 1);
    QCOMPARE(m_emulator.submissions(), 4);
}

void TestJobQueue::sharedUploadThatFails_letsTheWaitingRunsUploadThemselves()
{
    // The one upload under way is refused (403, not worth a retry): its run
    // fails with that error, and the runs that waited for it upload the
    // picture themselves (one of them; the rest share that one) and complete.
    image::PreparedImageCache::clear();
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("upload")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 403}, {QStringLiteral("count"), 1}}));
    m_queue->setMaxConcurrent(3);
    const auto runs = variations(3);
    for (const auto &run : runs)
        m_queue->enqueue(run.request, run.batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60'000);
    int completed = 0;
    int failed = 0;
    for (int id : m_queue->ids()) {
        const jobs::JobRecord *r = m_queue->record(id);
        completed += r->stage == jobs::JobStage::Completed;
        failed += r->stage == jobs::JobStage::Failed;
    }
    QCOMPARE(completed, 2);
    QCOMPARE(failed, 1);
    QCOMPARE(m_emulator.uploads(), 1); // the refused one is not counted as stored
    QCOMPARE(m_emulator.submissions(), 2);
}

void TestJobQueue::rateLimitedBatch_meetsTheLimitOnce()
{
    // As Segmind does: two submissions per window (2.5 s here), the next answered 429
    // with x-rate-limit-reset-at-utc only. Seven runs, all allowed to start at once.
    QVERIFY(m_emulator.configure({{QStringLiteral("rateLimit"), 2}, {QStringLiteral("rateWindowMs"), 2500}}));
    m_queue->setMaxConcurrent(7);
    for (const auto &run : variations(7))
        m_queue->enqueue(run.request, run.batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 90'000);
    for (int id : m_queue->ids())
        QVERIFY2(m_queue->record(id)->stage == jobs::JobStage::Completed, qPrintable(m_queue->record(id)->error.fullText()));
    const QJsonObject stats = m_emulator.stats();
    // The first window is learnt from one refusal; every later window is waited for.
    QCOMPARE(stats.value(QStringLiteral("rateLimited")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("submissions")).toInt(), 7);
    QCOMPARE(m_client->rateWindow().admitsPerWindow(), 2);
}

void TestJobQueue::batch_stopsWhenTheBalanceWouldNotCoverTheNextRun()
{
    // Enough for two runs at 0.09.
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 0.2}}));
    bool known = false;
    m_client->fetchCredits(this, [&known](api::Outcome<double> outcome) { known = outcome.ok(); });
    QTRY_VERIFY(known);
    m_queue->setMaxConcurrent(1);
    QSignalSpy stopped(m_queue.get(), &jobs::JobQueue::batchStopped);
    for (const auto &run : variations(4))
        m_queue->enqueue(run.request, run.batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60'000);
    int completed = 0;
    int notSent = 0;
    for (int id : m_queue->ids()) {
        const jobs::JobRecord *r = m_queue->record(id);
        completed += r->stage == jobs::JobStage::Completed ? 1 : 0;
        notSent += r->stage == jobs::JobStage::Cancelled && !r->error.mayHaveBeenCharged ? 1 : 0;
    }
    QCOMPARE(completed, 2);
    QCOMPARE(notSent, 2);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(m_emulator.submissions(), 2);
}

void TestJobQueue::neverSentRuns_areHeldAcrossARestartUntilTheUserSendsThem()
{
    // One run stuck uploading (the upload never answers), one waiting behind it;
    // then the app goes away before either was submitted.
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("upload")}, {QStringLiteral("kind"), QStringLiteral("stall")}}));
    m_queue->setMaxConcurrent(1);
    jobs::GenerationRequest request;
    request.image = m_image;
    request.prompt = QStringLiteral("held over");
    const int first = m_queue->enqueue(request);
    const int second = m_queue->enqueue(request);
    QTRY_COMPARE(m_queue->record(first)->stage, jobs::JobStage::Uploading);
    QCOMPARE(m_queue->record(second)->stage, jobs::JobStage::Waiting);
    m_library->waitForIdle();
    m_queue.reset();
    QVERIFY(m_emulator.clearFaults());

    // Restart: neither reached the service, so both are held, not sent, until the user says so.
    m_queue = makeQueue();
    QSignalSpy held(m_queue.get(), &jobs::JobQueue::heldRunsFound);
    m_queue->resumeFromLibrary();
    QTRY_COMPARE(held.count(), 1);
    QCOMPARE(held.at(0).at(0).toInt(), 2);
    // What the window lists when it asks (ui::HeldRunsBox): the two runs, with their prompts.
    QCOMPARE(m_queue->heldRuns().size(), 2);
    for (const library::Entry &run : m_queue->heldRuns())
        QCOMPARE(run.prompt, request.prompt);
    QVERIFY(m_queue->ids().isEmpty());
    QCOMPARE(m_emulator.submissions(), 0);
    m_queue->sendHeld();
    QVERIFY(m_queue->heldRuns().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 30'000);
    for (int id : m_queue->ids())
        QCOMPARE(m_queue->record(id)->stage, jobs::JobStage::Completed);
    QCOMPARE(m_emulator.submissions(), 2);
}

// Another process (its own lease, held by a live flock) recorded a run and is
// uploading it: the window shows it as running elsewhere and never offers it.
void TestJobQueue::runOfAnotherLiveProcess_isNotOffered_andTakenOverWhenItDies()
{
    auto lease = std::make_shared<library::ProcessLease>(QFileInfo(m_database).dir().filePath(QStringLiteral("owners")));
    QVERIFY(lease->isHeld());
    qint64 id = 0;
    {
        library::Library other(m_database);
        other.setLease(lease);
        QVERIFY(other.open());
        library::Entry e;
        e.status = library::EntryStatus::Uploading;
        e.imageSource = m_image;
        e.prompt = QStringLiteral("someone else's");
        e.outputPath = m_dir.filePath(QStringLiteral("elsewhere-%1.mp4").arg(m_round));
        id = other.insert(e);
        QVERIFY(id > 0);
        QCOMPARE(other.entry(id)->ownerToken, lease->token());
    }
    m_queue->setFollowIntervalMs(50);
    QSignalSpy held(m_queue.get(), &jobs::JobQueue::heldRunsFound);
    m_queue->resumeFromLibrary();
    QTRY_COMPARE(m_queue->ids().size(), 1);
    const jobs::JobRecord *shown = m_queue->record(m_queue->ids().first());
    QCOMPARE(shown->libraryId, id);
    QVERIFY(shown->elsewherePid > 0);
    QCOMPARE(shown->stage, jobs::JobStage::Uploading);
    QCOMPARE(held.count(), 0);
    QCOMPARE(m_queue->activeCount(), 0);

    lease.reset(); // the other process is gone
    QTRY_COMPARE(held.count(), 1);
    QCOMPARE(held.at(0).at(0).toInt(), 1);
    QCOMPARE(m_emulator.submissions(), 0);
    m_queue->sendHeld();
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->ids().size() == 2 && allFinished(), 30'000);
    QCOMPARE(m_queue->record(m_queue->ids().last())->stage, jobs::JobStage::Completed);
    QCOMPARE(m_emulator.submissions(), 1);
}

// The user answers "send" while another process has just started the same run:
// the claim right before sending finds it, and nothing is sent twice.
void TestJobQueue::sendHeld_leavesARunAnotherProcessStartedMeanwhile()
{
    auto lease = std::make_shared<library::ProcessLease>(QFileInfo(m_database).dir().filePath(QStringLiteral("owners")));
    library::Library other(m_database);
    other.setLease(lease);
    QVERIFY(other.open());
    library::Entry e;
    e.imageSource = m_image;
    e.prompt = QStringLiteral("raced");
    e.outputPath = m_dir.filePath(QStringLiteral("raced-%1.mp4").arg(m_round));
    const qint64 id = other.insert(e);
    QVERIFY(other.release(id)); // queued and nobody's: offered at start
    QSignalSpy held(m_queue.get(), &jobs::JobQueue::heldRunsFound);
    m_queue->resumeFromLibrary();
    QTRY_COMPARE(held.count(), 1);

    QCOMPARE(other.claim(id).outcome, library::Claim::Claimed); // the other process starts it
    m_queue->sendHeld();
    QTRY_COMPARE(m_queue->ids().size(), 1);
    const jobs::JobRecord *shown = m_queue->record(m_queue->ids().first());
    QVERIFY(shown->elsewherePid > 0);
    QCOMPARE(shown->stage, jobs::JobStage::Waiting);
    QCOMPARE(m_queue->activeCount(), 0);
    m_library->waitForIdle();
    QCOMPARE(m_emulator.submissions(), 0);
    QCOMPARE(other.entry(id)->ownerToken, lease->token());
}

// The connection drops while polling: the run stays resumable, and the window,
// which stopped working on it, lets go of it so `wanstudio resume` may take it.
void TestJobQueue::runLeftResumable_isReleasedForOtherProcesses()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")}, {QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("count"), -1}}));
    jobs::GenerationRequest request;
    request.image = m_image;
    request.prompt = QStringLiteral("dropped");
    const int id = m_queue->enqueue(request);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->record(id)->isFinished(), 30'000);
    QCOMPARE(m_queue->record(id)->stage, jobs::JobStage::Failed);
    m_library->waitForIdle();
    auto lease = std::make_shared<library::ProcessLease>(QFileInfo(m_database).dir().filePath(QStringLiteral("owners")));
    library::Library other(m_database);
    other.setLease(lease);
    QVERIFY(other.open());
    const library::Entry e = *other.entry(m_queue->record(id)->libraryId);
    QVERIFY(!e.requestId.isEmpty());
    QVERIFY(e.ownerToken.isEmpty());
    QCOMPARE(other.claimUnfinished(false).claimed.size(), 1);
    QCOMPARE(m_emulator.submissions(), 1);
}

// The window's path: the clip carries what its library entry says (the same as
// its sidecar), and after the database was damaged the service lists it again.
void TestJobQueue::queuedClip_carriesItsEntry_andADamagedLibraryIsRebuiltFromIt()
{
    const auto runs = variations(1);
    m_queue->enqueue(runs.first().request, runs.first().batchId);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 60'000);
    const jobs::JobRecord *record = m_queue->record(m_queue->ids().first());
    QVERIFY2(record->stage == jobs::JobStage::Completed, qPrintable(record->error.fullText()));
    const QString clip = record->result->outputPath;
    const QString requestId = record->requestId;
    const qint64 seed = record->result->seed;
    QVERIFY(!requestId.isEmpty());
    const std::optional<QJsonObject> settings = library::Mp4Metadata::read(clip);
    QVERIFY(settings);
    QCOMPARE(settings->value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(settings->value(QStringLiteral("requestId")).toString(), requestId);
    QCOMPARE(settings->value(QStringLiteral("batchId")).toString(), runs.first().batchId);
    QCOMPARE(settings->value(QStringLiteral("seed")).toInteger(), seed);
    QCOMPARE(settings->value(QStringLiteral("prompt")).toString(), QStringLiteral("wind over the meadow"));
    QFile sidecar(jobs::JobQueue::sidecarPath(clip));
    QTRY_VERIFY(sidecar.exists());
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(sidecar.readAll()).object(), *settings);

    m_queue.reset();
    m_library.reset();
    for (const QString &suffix : QStringList{QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_database + suffix);
    {
        QFile database(m_database);
        QVERIFY(database.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(database.write(QByteArray(8192, '\x7f')) == 8192);
    }
    m_library = std::make_unique<library::LibraryService>(m_database);
    std::optional<bool> damaged;
    m_library->openReportingDamage(this, [&damaged](bool ok, bool isDamaged, const QString &) { damaged = !ok && isDamaged; });
    QTRY_VERIFY(damaged.has_value());
    QVERIFY(*damaged);
    std::optional<library::RebuildReport> report;
    m_library->rebuild({QFileInfo(clip).absolutePath()}, this, [&report](const library::RebuildReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30'000);
    QVERIFY2(report->ok, qPrintable(report->error));
    QCOMPARE(report->added, 1);
    QVERIFY(QFile::exists(report->movedAside));
    std::optional<QList<library::Entry>> entries;
    m_library->find({}, this, [&entries](const QList<library::Entry> &found) { entries = found; });
    QTRY_VERIFY(entries.has_value());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().requestId, requestId);
    QCOMPARE(entries->first().seed, seed);
    QCOMPARE(entries->first().batchId, runs.first().batchId);
    QCOMPARE(entries->first().prompt, QStringLiteral("wind over the meadow"));
    QCOMPARE(entries->first().outputPath, clip);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
