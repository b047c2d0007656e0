#include "runrecorder.h"

#include <QFileInfo>
#include <QUrl>

namespace wan::library {

using jobs::JobStage;
using Kind = api::ApiError::Kind;

RunRecorder::RunRecorder(jobs::GenerationJob *job, Entry entry, Persist persist, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_entry(std::move(entry))
    , m_persist(std::move(persist))
{
    connect(job, &jobs::GenerationJob::stageChanged, this, &RunRecorder::onStage);
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
    connect(job, &jobs::GenerationJob::succeeded, this, [this](const jobs::GenerationResult &result) {
        m_entry.status = EntryStatus::Completed;
        m_entry.outputPath = result.outputPath;
        m_entry.seed = result.seed;
        m_entry.parameters = m_job->sentParameters();
        m_entry.imageUrl = result.imageUrl;
        if (!result.preparedImagePath.isEmpty())
            m_entry.preparedImagePath = result.preparedImagePath;
        m_entry.creditsAfter = result.credits;
        m_entry.inferenceSeconds = result.inferenceSeconds;
        m_entry.sizeBytes = QFileInfo(result.outputPath).size();
        m_entry.errorCode.clear();
        m_entry.errorMessage.clear();
        m_entry.errorHint.clear();
        m_entry.mayHaveBeenCharged = false;
        save();
    });
    connect(job, &jobs::GenerationJob::failed, this, &RunRecorder::onFailed);
}

Entry RunRecorder::entryFor(const jobs::GenerationRequest &request, const core::ModelDescription &model,
                            std::optional<double> creditsBefore)
{
    Entry e;
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
    return e;
}

jobs::GenerationRequest RunRecorder::requestFrom(const Entry &entry)
{
    jobs::GenerationRequest r;
    r.image = entry.imageSource;
    r.prompt = entry.prompt;
    r.parameters = entry.parameters;
    r.randomSeed = entry.randomSeed && entry.requestId.isEmpty();
    r.mode = entry.mode == QLatin1String("sync") ? jobs::GenerationMode::Sync : jobs::GenerationMode::Async;
    r.outputPath = entry.outputPath;
    return r;
}

api::SubmitTicket RunRecorder::ticketFrom(const Entry &entry)
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
    m_job->setSubmitGate([this, persist = std::move(persist)](std::function<void(bool)> done) {
        m_entry.status = EntryStatus::Submitting; // as onStage() set it: the run is about to be sent
        m_entry.updated = QDateTime::currentDateTimeUtc();
        persist(m_entry, std::move(done));
    });
}

bool RunRecorder::isResumable(const Entry &entry)
{
    return !isFinished(entry.status) && !entry.requestId.isEmpty() && entry.statusUrl.isValid() && entry.responseUrl.isValid();
}

bool RunRecorder::wasNeverSent(const Entry &entry)
{
    return entry.status == EntryStatus::Queued && entry.requestId.isEmpty();
}

void RunRecorder::onStage(JobStage stage)
{
    switch (stage) {
    case JobStage::Preparing: m_entry.status = EntryStatus::Preparing; break;
    case JobStage::Uploading: m_entry.status = EntryStatus::Uploading; break;
    // From here on the request may be on its way: the entry says so, so that a
    // crash now is never followed by a silent second submission.
    case JobStage::Submitting: m_entry.status = EntryStatus::Submitting; break;
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
    if (error.kind == Kind::Expired) {
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

void RunRecorder::save()
{
    m_entry.updated = QDateTime::currentDateTimeUtc();
    if (m_persist)
        m_persist(m_entry);
}

} // namespace wan::library
