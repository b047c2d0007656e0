#include "jobqueue.h"

#include "core/credittracker.h"
#include "core/logging.h"
#include "jobs/batchplan.h"
#include "library/libraryservice.h"
#include "library/clipsettings.h"
#include "jobs/runrecorder.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace wan::jobs {

void JobRecord::setStage(JobStage next)
{
    stage = next;
    if (isFinished() && finishedMsecsSinceEpoch == 0)
        finishedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
}

JobQueue::JobQueue(api::SegmindClient *client, image::UploadCache *uploads, const core::ModelDescription &model,
                   QString resultsDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uploads(uploads)
    , m_model(model)
    , m_resultsDirectory(std::move(resultsDirectory))
{
    // A queue of several runs meets bursts of 429: each is a refusal (nothing
    // accepted, nothing charged), so waiting it out is always safe.
    m_policy.maxRateLimitRetries = 30;
    m_follow.setInterval(3000);
    connect(&m_follow, &QTimer::timeout, this, &JobQueue::followElsewhere);
}

JobQueue::~JobQueue()
{
    for (auto &s : m_slots) {
        if (s.job)
            s.job->disconnect(this);
    }
}

void JobQueue::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(1, n);
    startWaiting();
}

void JobQueue::setLibrary(library::LibraryService *library, QString preparedImageDirectory)
{
    m_library = library;
    m_preparedImageDirectory = std::move(preparedImageDirectory);
    // Poll densely where this account's runs have been ending.
    if (m_library)
        m_library->recentServiceSeconds(RecentServiceTimes, this, [this](const QList<double> &seconds) {
            m_recentServiceSeconds = seconds;
            m_policy.expectCompletion(m_recentServiceSeconds, m_model.typicalSeconds());
        });
}

void JobQueue::learnServiceTime(std::optional<double> seconds)
{
    if (!seconds || *seconds <= 0.0)
        return;
    m_recentServiceSeconds.prepend(*seconds);
    while (m_recentServiceSeconds.size() > RecentServiceTimes)
        m_recentServiceSeconds.removeLast();
    m_policy.expectCompletion(m_recentServiceSeconds, m_model.typicalSeconds());
    // The runs being watched learn it too: a run of a batch whose first poll
    // came a moment too early is not left waiting for a sparse poll.
    for (Slot &s : m_slots) {
        if (s.job && !s.record.isFinished())
            s.job->updatePollPolicy(m_policy);
    }
}

QString JobQueue::sidecarPath(const QString &videoPath)
{
    const QFileInfo info(videoPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString JobQueue::uniqueOutputPath(const GenerationRequest &request) const
{
    Q_UNUSED(request)
    QDir().mkpath(m_resultsDirectory);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 0;; ++n) {
        const QString name = n == 0 ? QStringLiteral("wan-%1.mp4").arg(stamp) : QStringLiteral("wan-%1-%2.mp4").arg(stamp).arg(n);
        QString path = QDir(m_resultsDirectory).filePath(name);
        bool taken = QFile::exists(path) || QFile::exists(path + QStringLiteral(".part"));
        for (const auto &s : m_slots)
            taken = taken || s.record.request.outputPath == path;
        if (!taken)
            return path;
    }
}

int JobQueue::add(JobRecord record, const library::Entry &entry)
{
    record.id = m_nextId++;
    if (!record.created.isValid())
        record.created = QDateTime::currentDateTime();
    Slot s;
    s.record = std::move(record);
    s.entry = entry;
    s.recorded = !m_library || s.record.libraryId != 0;
    m_slots.append(s);
    const int id = s.record.id;
    emit jobAdded(id);
    return id;
}

int JobQueue::enqueue(GenerationRequest request, const QString &batchId)
{
    if (request.outputPath.isEmpty())
        request.outputPath = uniqueOutputPath(request);
    JobRecord r;
    r.request = std::move(request);
    r.batchId = batchId;
    const int id = add(r);
    recordInLibrary(id);
    startWaiting();
    return id;
}

// The library gets the row before anything leaves the machine; the run starts
// only once it has its id.
void JobQueue::recordInLibrary(int id)
{
    Slot *s = slot(id);
    if (!s || s->recorded)
        return;
    library::Entry e = jobs::RunRecorder::entryFor(s->record.request, m_model,
                                                      m_credits ? m_credits->balance() : std::nullopt);
    e.batchId = s->record.batchId;
    m_library->insert(e, this, [this, id, e](qint64 libraryId) {
        Slot *x = slot(id);
        if (!x)
            return;
        if (libraryId == 0) {
            x->record.setStage(JobStage::Failed);
            x->record.error = api::ApiErrors::disk(tr("the run could not be recorded in the library, so it was not sent"));
            emit jobChanged(id);
            emit jobFinished(id);
            return;
        }
        x->record.libraryId = libraryId;
        x->entry = e;
        x->entry.id = libraryId;
        x->recorded = true;
        startWaiting();
    });
}

JobQueue::Slot *JobQueue::slot(int id)
{
    for (auto &s : m_slots) {
        if (s.record.id == id)
            return &s;
    }
    return nullptr;
}

const JobRecord *JobQueue::record(int id) const
{
    for (const auto &s : m_slots) {
        if (s.record.id == id)
            return &s.record;
    }
    return nullptr;
}

QList<int> JobQueue::ids() const
{
    QList<int> result;
    for (const auto &s : m_slots)
        result.append(s.record.id);
    return result;
}

int JobQueue::activeCount() const
{
    int n = 0;
    for (const auto &s : m_slots)
        // A held run waits for the user, not for the service: it takes no slot.
        n += (s.record.stage != JobStage::Waiting && !s.record.isFinished() && !s.record.elsewherePid && !s.releaseHeld) ? 1 : 0;
    return n;
}

int JobQueue::waitingCount() const
{
    int n = 0;
    for (const auto &s : m_slots)
        n += s.record.stage == JobStage::Waiting && !s.record.elsewherePid ? 1 : 0;
    return n;
}

bool JobQueue::stopBatchIfBroke(Slot &s)
{
    if (s.record.batchId.isEmpty() || s.record.resumeTicket || !m_credits)
        return false;
    if (BatchPlan::balanceCoversNext(m_credits->balance(), m_model.typicalCostUsd()))
        return false;
    const QString batch = s.record.batchId;
    int cancelled = 0;
    for (auto &x : m_slots) {
        if (x.record.batchId == batch && x.record.stage == JobStage::Waiting && !x.job) {
            x.record.setStage(JobStage::Cancelled);
            x.record.error = api::ApiErrors::cancelled(false);
            x.record.error.message = tr("Not sent: the balance would not cover this run. Nothing was charged for it.");
            ++cancelled;
            emit jobChanged(x.record.id);
            emit jobFinished(x.record.id);
        }
    }
    emit batchStopped(batch, cancelled);
    return true;
}

void JobQueue::startWaiting()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (activeCount() >= m_maxConcurrent)
            return;
        Slot &s = m_slots[i];
        if (s.record.stage != JobStage::Waiting || s.job || !s.recorded || s.record.elsewherePid)
            continue;
        if (waitsForItsBatch(s) || stopBatchIfBroke(s))
            continue;
        startJob(s);
    }
}

void JobQueue::startJob(Slot &s)
{
    const int id = s.record.id;
    auto *job = new GenerationJob(m_client, m_uploads, m_model, s.record.request, this);
    job->setPollPolicy(m_policy);
    job->setPreparedImageDirectory(m_preparedImageDirectory);
    if (m_sendCheck) {
        job->setSendCheck(
            [this, id](std::function<void(std::optional<api::ApiError>)> done) { askSendCheck(id, std::move(done)); });
    }
    s.job = job;
    s.record.startedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    if (m_library && s.entry.id) {
        auto *service = m_library;
        const jobs::RunRecorder::CheckedPersist persist = [this, service](const library::Entry &x,
                                                                             std::function<void(bool)> done) {
            service->update(x, this, std::move(done));
        };
        // Owned by the queue, not the job: a write still being retried when the job
        // is gone (the result recorded after the clip was shown) keeps going.
        auto *recorder = new jobs::RunRecorder(job, s.entry, persist, this);
        s.recorder = recorder;
        recorder->recordBeforeSending(persist);
        connect(recorder, &jobs::RunRecorder::writeProblem, this, [this, id](const QString &text) {
            if (Slot *x = slot(id)) {
                x->record.notice = text;
                emit jobChanged(id);
            }
        });
        connect(job, &QObject::destroyed, recorder, [recorder] {
            if (recorder->isSettled())
                recorder->deleteLater();
            else
                connect(recorder, &jobs::RunRecorder::settled, recorder, &QObject::deleteLater);
        });
    }
    // The settings the clip gets (from the RunRecorder's entry, or built here
    // without a library) are kept for its sidecar, so both say the same.
    job->setClipSettings([this, id, job, source = job->clipSettings()](const GenerationResult &result) {
        QJsonObject settings = source ? source(result) : reproduction(job, result);
        if (Slot *x = slot(id))
            x->clipSettings = settings;
        return settings;
    });
    connect(job, &GenerationJob::stageChanged, this, [this, id](JobStage stage) {
        if (Slot *x = slot(id)) {
            x->record.setStage(stage);
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::accepted, this, [this, id](const api::SubmitTicket &ticket) {
        if (Slot *x = slot(id)) {
            x->record.requestId = ticket.requestId;
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::notice, this, [this, id](const QString &text) {
        if (Slot *x = slot(id)) {
            x->record.notice = text;
            emit jobChanged(id);
        }
    });
    connect(job, &GenerationJob::downloadProgress, this, [this, id](qint64 received, qint64 total) {
        if (Slot *x = slot(id)) {
            x->record.received = received;
            x->record.total = total;
            emit jobChanged(id);
        }
    });
    auto finish = [this, id, job] {
        job->deleteLater();
        if (Slot *x = slot(id)) {
            x->releaseHeld = {};
            x->record.heldBy.clear();
        }
        emit jobChanged(id);
        emit jobFinished(id);
        startWaiting();
    };
    connect(job, &GenerationJob::succeeded, this, [this, id, finish](const GenerationResult &result) {
        Slot *x = slot(id);
        if (!x) {
            finish();
            return;
        }
        x->record.setStage(JobStage::Completed);
        x->record.result = result;
        x->record.request.parameters = x->job ? x->job->sentParameters() : x->record.request.parameters;
        // A clip found already saved on resume was not downloaded: build its settings now.
        if (x->clipSettings.isEmpty() && x->job)
            x->clipSettings = x->job->clipSettings()(result);
        writeSidecar(x->clipSettings, result.outputPath);
        finish();
    });
    connect(job, &GenerationJob::failed, this, [this, id, finish](const api::ApiError &error) {
        if (Slot *x = slot(id)) {
            // A run a budget cap held was stopped before it was sent: not a failure.
            const bool stopped = error.kind == api::ApiError::Kind::Cancelled || error.heldBeforeSending;
            x->record.setStage(stopped ? JobStage::Cancelled : JobStage::Failed);
            x->record.error = error;
            // A run left resumable (a dropped connection) is no longer being worked on
            // here: `wanstudio resume` or another window may take it now. Queued after
            // the recorder's last write, so it lands after it.
            if (m_library && x->record.libraryId)
                m_library->release(x->record.libraryId);
        }
        finish();
    });
    connect(job, &GenerationJob::succeeded, this, [this](const GenerationResult &result) { learnServiceTime(result.inferenceSeconds); });
    if (s.record.resumeTicket)
        job->resume(*s.record.resumeTicket, s.record.submittedAt, s.record.resumeVideoUrl);
    else
        job->start();
}

void JobQueue::resumeFromLibrary()
{
    if (!m_library)
        return;
    // Only the runs no live process is working on become this window's; the others
    // are shown and followed until they finish, or until their process is gone.
    m_library->claimUnfinished(false, this, [this](const library::UnfinishedRuns &runs) {
        for (const library::Entry &e : runs.claimed) {
            if (jobs::RunRecorder::isResumable(e))
                addResumed(e);
            else if (e.status == library::EntryStatus::Submitting || e.status == library::EntryStatus::Processing)
                settleUnknownOutcome(e);
            else
                m_held.append(e);
        }
        m_held.append(runs.neverSent);
        for (const library::Entry &e : runs.heldElsewhere)
            addElsewhere(e);
        startWaiting();
        if (!m_held.isEmpty())
            emit heldRunsFound(static_cast<int>(m_held.size()));
    });
}

void JobQueue::addResumed(const library::Entry &e)
{
    JobRecord r;
    r.request = jobs::RunRecorder::requestFrom(e);
    r.libraryId = e.id;
    r.batchId = e.batchId;
    r.created = e.created.toLocalTime();
    r.resumeTicket = jobs::RunRecorder::ticketFrom(e);
    r.submittedAt = e.submittedAt;
    r.resumeVideoUrl = e.outputUrl;
    r.requestId = e.requestId;
    add(r, e);
}

void JobQueue::settleUnknownOutcome(const library::Entry &e)
{
    auto *watcher = new QFutureWatcher<library::Entry>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_library)
            m_library->update(watcher->result());
    });
    // Looking at the clip reads the disk: never on this thread.
    watcher->setFuture(QtConcurrent::run([e] {
        library::Entry x = e;
        if (jobs::RunRecorder::clipSaved(x))
            jobs::RunRecorder::markCompletedFromClip(x);
        else
            jobs::RunRecorder::markUnknownOutcome(x);
        return x;
    }));
}

void JobQueue::sendHeld()
{
    const QList<library::Entry> held = std::exchange(m_held, {});
    for (const auto &e : held) {
        // Claimed again right before sending: another process may have started it meanwhile.
        m_library->claim(e.id, this, [this](const library::Claim &claim) {
            if (!claim.entry)
                return;
            const library::Entry &x = *claim.entry;
            if (claim.outcome == library::Claim::HeldElsewhere) {
                addElsewhere(x);
                return;
            }
            if (claim.outcome != library::Claim::Claimed)
                return;
            if (jobs::RunRecorder::isResumable(x)) {
                addResumed(x);
            } else if (x.status == library::EntryStatus::Submitting || x.status == library::EntryStatus::Processing) {
                settleUnknownOutcome(x);
                return;
            } else {
                JobRecord r;
                r.request = jobs::RunRecorder::requestFrom(x);
                r.libraryId = x.id;
                r.batchId = x.batchId;
                r.created = x.created.toLocalTime();
                add(r, x);
            }
            startWaiting();
        });
    }
}

void JobQueue::refreshHeld(std::function<void()> done)
{
    if (!m_library || m_held.isEmpty()) {
        done();
        return;
    }
    QList<qint64> ids;
    for (const library::Entry &e : std::as_const(m_held))
        ids << e.id;
    m_library->read(this, [this, ids, done = std::move(done)](const library::Library &library) {
        QSet<qint64> waiting;
        for (const qint64 id : ids) {
            const std::optional<library::Entry> e = library.entry(id);
            if (e && e->status == library::EntryStatus::Queued && e->requestId.isEmpty())
                waiting.insert(id);
        }
        return std::function<void()>([this, waiting, done] {
            m_held.erase(std::remove_if(m_held.begin(), m_held.end(), [&waiting](const library::Entry &e) { return !waiting.contains(e.id); }),
                         m_held.end());
            done();
        });
    });
}

void JobQueue::discardHeld()
{
    const QList<library::Entry> held = std::exchange(m_held, {});
    auto *service = m_library;
    const QString message = tr("Discarded before it was sent; nothing was charged.");
    for (const library::Entry &e : held) {
        // Only a run nobody has started meanwhile: another process may be sending it now.
        service->claim(e.id, service, [service, message](const library::Claim &claim) {
            if (claim.outcome != library::Claim::Claimed || !claim.entry || !claim.entry->requestId.isEmpty()
                || claim.entry->status == library::EntryStatus::Submitting
                || claim.entry->status == library::EntryStatus::Processing)
                return;
            library::Entry x = *claim.entry;
            x.status = library::EntryStatus::Cancelled;
            x.errorCode = QStringLiteral("cancelled");
            x.errorMessage = message;
            x.updated = QDateTime::currentDateTimeUtc();
            service->update(x);
        });
    }
}

void JobQueue::cancel(int id)
{
    Slot *s = slot(id);
    // Another process's run is that process's to cancel.
    if (!s || s->record.isFinished() || s->record.elsewherePid)
        return;
    if (s->job) {
        s->job->cancel();
        return;
    }
    // Never started: nothing was sent.
    s->record.setStage(JobStage::Cancelled);
    s->record.error = api::ApiErrors::cancelled(false);
    if (m_library && s->entry.id) {
        library::Entry e = s->entry;
        e.status = library::EntryStatus::Cancelled;
        e.errorCode = QStringLiteral("cancelled");
        e.errorMessage = s->record.error.message;
        m_library->update(e);
    }
    emit jobChanged(id);
    emit jobFinished(id);
}

void JobQueue::remove(int id)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).record.id == id && m_slots.at(i).record.isFinished()) {
            m_slots.removeAt(i);
            return;
        }
    }
}

QJsonObject JobQueue::reproduction(GenerationJob *job, const GenerationResult &result) const
{
    library::Entry e = jobs::RunRecorder::entryFor(job->request(), m_model, std::nullopt);
    e.status = library::EntryStatus::Completed;
    e.parameters = job->sentParameters();
    e.seed = result.seed;
    e.requestId = result.requestId;
    e.imageUrl = result.imageUrl;
    e.preparedImagePath = result.preparedImagePath;
    e.submittedAt = job->submittedAt();
    e.creditsAfter = result.credits;
    e.inferenceSeconds = result.inferenceSeconds;
    return library::ClipSettings::fromEntry(e);
}

void JobQueue::writeSidecar(const QJsonObject &settings, const QString &videoPath) const
{
    const QString path = sidecarPath(videoPath);
    const QByteArray bytes = QJsonDocument(settings).toJson();
    // Disk writes stay off the UI thread.
    QThreadPool::globalInstance()->start([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            qCWarning(lcJobs) << "could not write" << path << file.errorString();
    });
}

} // namespace wan::jobs
