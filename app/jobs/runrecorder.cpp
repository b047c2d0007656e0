#include "runrecorder.h"

#include "api/mp4probe.h"
#include "library/clipsettings.h"

#include <QFileInfo>
#include <QPointer>
#include <QUrl>

namespace wan::jobs {

using library::EntryStatus;
using Kind = api::ApiError::Kind;

RunRecorder::RunRecorder(jobs::GenerationJob *job, library::Entry entry, CheckedPersist persist, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_entry(std::move(entry))
    , m_persist(std::move(persist))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RunRecorder::write);
    connect(job, &jobs::GenerationJob::stageChanged, this, &RunRecorder::onStage);
    connect(job, &jobs::GenerationJob::videoUrlKnown, this, [this](const QUrl &url) {
        // The file outlives the service's record of the run: with its address a
        // later resume can still fetch it after the record expired.
        m_entry.outputUrl = url;
        save();
    });
    connect(job, &jobs::GenerationJob::accepted, this, [this](const api::SubmitTicket &ticket) {
        m_entry.status = EntryStatus::Submitted;
        m_entry.requestId = ticket.requestId;
        m_entry.statusUrl = ticket.statusUrl;
        m_entry.responseUrl = ticket.responseUrl;
        m_entry.submittedAt = m_job->submittedAt().isValid() ? m_job->submittedAt() : QDateTime::currentDateTimeUtc();
        m_entry.imageUrl = m_job->imageUrl();
        m_entry.parameters = m_job->sentParameters();
        m_entry.seed = m_job->seed();
        save();
    });
    // The clip carries the entry it completes, whichever path saves it (generate,
    // resume, the window), so the library can be rebuilt from the clips.
    job->setClipSettings([this](const jobs::GenerationResult &result) {
        library::Entry completed = m_entry;
        applyResult(&completed, result);
        return library::ClipSettings::fromEntry(completed);
    });
    connect(job, &jobs::GenerationJob::succeeded, this, [this](const jobs::GenerationResult &result) {
        applyResult(&m_entry, result);
        m_entry.sizeBytes = QFileInfo(result.outputPath).size();
        m_entry.errorCode.clear();
        m_entry.errorMessage.clear();
        m_entry.errorHint.clear();
        m_entry.mayHaveBeenCharged = false;
        save();
    });
    connect(job, &jobs::GenerationJob::failed, this, &RunRecorder::onFailed);
}

void RunRecorder::applyResult(library::Entry *entry, const jobs::GenerationResult &result) const
{
    entry->status = EntryStatus::Completed;
    entry->outputPath = result.outputPath;
    entry->seed = result.seed;
    entry->parameters = m_job->sentParameters();
    entry->imageUrl = result.imageUrl;
    if (!result.requestId.isEmpty())
        entry->requestId = result.requestId;
    if (!result.preparedImagePath.isEmpty())
        entry->preparedImagePath = result.preparedImagePath;
    entry->creditsAfter = result.credits;
    // A completed run was charged: when the service did not say how much, the
    // ledger records the model's typical cost and marks it as such.
    entry->cost = result.cost;
    entry->costEstimated = !result.cost.has_value();
    if (!result.cost)
        entry->cost = m_job->model().typicalCostUsd();
    entry->inferenceSeconds = result.inferenceSeconds;
}

library::Entry RunRecorder::entryFor(const jobs::GenerationRequest &request, const core::ModelDescription &model,
                            std::optional<double> creditsBefore)
{
    library::Entry e;
    e.created = QDateTime::currentDateTimeUtc();
    e.updated = e.created;
    e.status = EntryStatus::Queued;
    e.model = model.id();
    // Absolute, so that a resume from another working folder finds the same files.
    const QString scheme = QUrl(request.image).scheme();
    const bool localImage = !request.image.isEmpty() && scheme != QLatin1String("https") && scheme != QLatin1String("http");
    e.imageSource = localImage ? QFileInfo(request.image).absoluteFilePath() : request.image;
    e.prompt = request.prompt;
    e.parameters = model.defaults();
    for (auto it = request.parameters.begin(); it != request.parameters.end(); ++it)
        e.parameters.insert(it.key(), it.value());
    e.seed = e.parameters.value(QStringLiteral("seed")).toInteger();
    e.randomSeed = request.randomSeed;
    e.mode = request.mode == jobs::GenerationMode::Sync ? QStringLiteral("sync") : QStringLiteral("async");
    e.outputPath = request.outputPath.isEmpty() ? QString() : QFileInfo(request.outputPath).absoluteFilePath();
    e.creditsBefore = creditsBefore;
    e.parentId = request.parentId;
    e.parentFrame = request.parentFrame;
    e.parentRequestId = request.parentRequestId;
    return e;
}

jobs::GenerationRequest RunRecorder::requestFrom(const library::Entry &entry)
{
    jobs::GenerationRequest r;
    r.image = entry.imageSource;
    r.prompt = entry.prompt;
    r.parameters = entry.parameters;
    r.randomSeed = entry.randomSeed && entry.requestId.isEmpty();
    r.mode = entry.mode == QLatin1String("sync") ? jobs::GenerationMode::Sync : jobs::GenerationMode::Async;
    r.outputPath = entry.outputPath;
    r.parentId = entry.parentId;
    r.parentFrame = entry.parentFrame;
    r.parentRequestId = entry.parentRequestId;
    return r;
}

api::SubmitTicket RunRecorder::ticketFrom(const library::Entry &entry)
{
    api::SubmitTicket t;
    t.requestId = entry.requestId;
    t.statusUrl = entry.statusUrl;
    t.responseUrl = entry.responseUrl;
    t.status = api::RunStatus::Queued;
    return t;
}

void RunRecorder::recordBeforeSending(CheckedPersist persist)
{
    m_gated = true;
    m_job->setSubmitGate([this, persist = std::move(persist)](std::function<void(bool)> done) {
        m_entry.status = EntryStatus::Submitting; // as onStage() set it: the run is about to be sent
        m_entry.updated = QDateTime::currentDateTimeUtc();
        persist(m_entry, std::move(done));
    });
}

bool RunRecorder::isResumable(const library::Entry &entry)
{
    return !isFinished(entry.status) && !entry.requestId.isEmpty() && entry.statusUrl.isValid() && entry.responseUrl.isValid();
}

bool RunRecorder::wasNeverSent(const library::Entry &entry)
{
    return entry.status == EntryStatus::Queued && entry.requestId.isEmpty();
}

void RunRecorder::onStage(JobStage stage)
{
    switch (stage) {
    case JobStage::Preparing: m_entry.status = EntryStatus::Preparing; break;
    case JobStage::Uploading: m_entry.status = EntryStatus::Uploading; break;
    // From here on the request may be on its way: the entry says so, so that a
    // crash now is never followed by a silent second submission. With a gate,
    // the gate says so, once the run has passed its send check (a budget cap):
    // a row marked before it would count as in flight in another process's
    // check while it may still be held, and hold that process's runs too.
    case JobStage::Submitting:
        if (m_gated)
            return;
        m_entry.status = EntryStatus::Submitting;
        break;
    case JobStage::Queued: m_entry.status = m_entry.requestId.isEmpty() ? m_entry.status : EntryStatus::Submitted; break;
    case JobStage::Processing: m_entry.status = m_entry.mode == QLatin1String("sync") ? EntryStatus::Submitting : EntryStatus::Processing; break;
    case JobStage::Downloading: m_entry.status = EntryStatus::Downloading; break;
    default: return;  // Completed, Failed, Cancelled are recorded with their details
    }
    save();
}

void RunRecorder::onFailed(const api::ApiError &error)
{
    m_entry.errorCode = api::ApiError::code(error.kind);
    m_entry.errorMessage = error.message;
    m_entry.errorHint = error.hint;
    m_entry.mayHaveBeenCharged = error.mayHaveBeenCharged;
    if (error.heldBeforeSending) {
        // Held by a budget cap and not sent: stopped, not failed.
        m_entry.status = EntryStatus::Cancelled;
        m_entry.errorCode = QLatin1String(library::HeldErrorCode);
        m_entry.mayHaveBeenCharged = false;
    } else if (error.kind == Kind::Expired) {
        m_entry.status = EntryStatus::Expired;
    } else if (isResumable(m_entry) && error.kind != Kind::ServiceFailed && error.kind != Kind::Cancelled) {
        // Accepted, and the service may still have the result: keep the entry
        // resumable (its status stays where it was) so the next start picks it up.
        if (m_entry.status == EntryStatus::Queued)
            m_entry.status = EntryStatus::Submitted;
    } else if (isResumable(m_entry) && error.kind == Kind::ServiceFailed && error.httpStatus >= 500) {
        // A poll answered 5xx: the run itself may be fine.
    } else {
        m_entry.status = error.kind == Kind::Cancelled ? EntryStatus::Cancelled : EntryStatus::Failed;
    }
    save();
}

void RunRecorder::markHeld()
{
    // Never sent, kept until the user decides: a later start offers it again.
    m_entry.status = EntryStatus::Queued;
    save();
}

void RunRecorder::save()
{
    m_entry.updated = QDateTime::currentDateTimeUtc();
    m_retry.stop(); // this write carries everything a pending retry would
    write();
}

void RunRecorder::write()
{
    if (!m_persist)
        return;
    const quint64 sequence = ++m_sequence;
    ++m_inFlight;
    QPointer<RunRecorder> self(this);
    m_persist(m_entry, [self, sequence](bool ok) {
        if (self)
            self->written(sequence, ok);
    });
}

void RunRecorder::written(quint64 sequence, bool ok)
{
    --m_inFlight;
    // Only the answer for the newest write counts: it carries every earlier change.
    if (sequence == m_sequence) {
        const QString request = m_entry.requestId;
        if (ok) {
            m_failures = 0;
        } else if (m_failures < MaxWriteRetries) {
            if (m_failures == 0)
                emit writeProblem(request.isEmpty()
                                      ? tr("The library could not record this run's progress (is the disk full, or is the "
                                           "database held by another program?). Wan Studio keeps trying.")
                                      : tr("The library could not record that the service accepted this run as request %1 "
                                           "(is the disk full, or is the database held by another program?). Wan Studio keeps "
                                           "trying and the run goes on; keep the request id, your Segmind console lists the "
                                           "run under it.")
                                            .arg(request));
            m_retry.start(std::min(250 << m_failures, 4000));
            ++m_failures;
        } else if (m_failures == MaxWriteRetries) {
            m_failures = MaxWriteRetries + 1; // said once; later writes still try
            emit writeProblem(request.isEmpty()
                                  ? tr("The library still could not record this run; free some disk space.")
                                  : tr("The library still could not record this run (request %1); free some disk space. "
                                       "Keep the request id: your Segmind console lists the run under it.")
                                        .arg(request));
        }
    }
    if (isSettled())
        emit settled();
}

bool RunRecorder::clipSaved(const library::Entry &entry)
{
    if (entry.outputPath.isEmpty())
        return false;
    const QFileInfo file(entry.outputPath);
    // An older file at that path is someone else's.
    if (!file.isFile() || (entry.created.isValid() && file.lastModified() < entry.created))
        return false;
    return api::Mp4Probe::inspectFile(entry.outputPath).complete;
}

void RunRecorder::markCompletedFromClip(library::Entry &e)
{
    e.status = EntryStatus::Completed;
    e.sizeBytes = QFileInfo(e.outputPath).size();
    e.mayHaveBeenCharged = false;
    e.errorCode.clear();
    e.errorMessage.clear();
    e.errorHint.clear();
    e.updated = QDateTime::currentDateTimeUtc();
}

void RunRecorder::markUnknownOutcome(library::Entry &e)
{
    e.status = EntryStatus::Failed;
    e.mayHaveBeenCharged = true;
    e.errorCode = QStringLiteral("unknown-outcome");
    e.errorMessage = tr("Wan Studio stopped while this run was being sent; whether the service received it is unknown.");
    e.errorHint = tr("Check the request history in your Segmind console before generating it again.");
    e.updated = QDateTime::currentDateTimeUtc();
}

} // namespace wan::jobs
