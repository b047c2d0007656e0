// JobQueue: the runs another live Wan Studio process owns. They are shown in
// the list and their rows re-read every few seconds through the library
// thread, never acted on; when their process is gone they become this queue's.

#include "jobqueue.h"

#include "library/libraryservice.h"
#include "jobs/runrecorder.h"

namespace wan::jobs {

namespace {

JobStage stageShownFor(library::EntryStatus status)
{
    using library::EntryStatus;
    switch (status) {
    case EntryStatus::Queued: return JobStage::Waiting;
    case EntryStatus::Preparing: return JobStage::Preparing;
    case EntryStatus::Uploading: return JobStage::Uploading;
    case EntryStatus::Submitting: return JobStage::Submitting;
    case EntryStatus::Submitted: return JobStage::Queued;
    case EntryStatus::Processing: return JobStage::Processing;
    case EntryStatus::Downloading: return JobStage::Downloading;
    case EntryStatus::Completed: return JobStage::Completed;
    case EntryStatus::Cancelled: return JobStage::Cancelled;
    case EntryStatus::Failed:
    case EntryStatus::Expired: return JobStage::Failed;
    }
    return JobStage::Failed;
}

} // namespace

void JobQueue::addElsewhere(const library::Entry &e)
{
    for (const auto &s : std::as_const(m_slots)) {
        if (s.record.libraryId == e.id && !s.record.isFinished())
            return; // already shown
    }
    JobRecord r;
    r.request = jobs::RunRecorder::requestFrom(e);
    r.libraryId = e.id;
    r.batchId = e.batchId;
    r.created = e.created.toLocalTime();
    r.requestId = e.requestId;
    r.stage = stageShownFor(e.status);
    r.elsewherePid = std::max<qint64>(1, e.ownerPid);
    add(r, e);
    if (!m_follow.isActive())
        m_follow.start();
}

// Re-reads the rows of runs other processes own, through the library thread.
void JobQueue::followElsewhere()
{
    bool any = false;
    for (const auto &s : std::as_const(m_slots)) {
        if (!s.record.elsewherePid || s.record.isFinished())
            continue;
        any = true;
        const int id = s.record.id;
        m_library->claim(s.record.libraryId, this, [this, id](const library::Claim &claim) { followed(id, claim); });
    }
    if (!any)
        m_follow.stop();
}

void JobQueue::followed(int id, const library::Claim &claim)
{
    Slot *s = slot(id);
    if (!s || !s->record.elsewherePid || s->record.isFinished() || !claim.entry)
        return;
    const library::Entry &e = *claim.entry;
    JobRecord &r = s->record;
    r.requestId = e.requestId;
    switch (claim.outcome) {
    case library::Claim::HeldElsewhere:
        r.stage = stageShownFor(e.status);
        r.elsewherePid = std::max<qint64>(1, claim.ownerPid);
        emit jobChanged(id);
        return;
    case library::Claim::Missing:
        return;
    case library::Claim::Finished:
        r.elsewherePid = 0;
        r.stage = stageShownFor(e.status);
        if (e.status == library::EntryStatus::Completed) {
            GenerationResult result;
            result.outputPath = e.outputPath;
            result.seed = e.seed;
            result.requestId = e.requestId;
            r.result = result;
        } else {
            r.error.kind = e.status == library::EntryStatus::Cancelled ? api::ApiError::Kind::Cancelled
                                                                      : api::ApiError::Kind::ServiceFailed;
            r.error.message = e.errorMessage;
            r.error.hint = e.errorHint;
            r.error.mayHaveBeenCharged = e.mayHaveBeenCharged;
        }
        emit jobChanged(id);
        emit jobFinished(id);
        return;
    case library::Claim::Claimed:
        break;
    }
    // Its process is gone: the run is this window's now.
    r.elsewherePid = 0;
    s->entry = e;
    if (jobs::RunRecorder::isResumable(e)) {
        r.stage = JobStage::Waiting;
        r.resumeTicket = jobs::RunRecorder::ticketFrom(e);
        r.submittedAt = e.submittedAt;
        r.resumeVideoUrl = e.outputUrl;
        emit jobChanged(id);
        startWaiting();
        return;
    }
    r.stage = JobStage::Cancelled;
    r.error = api::ApiErrors::cancelled(false);
    if (e.status == library::EntryStatus::Submitting || e.status == library::EntryStatus::Processing) {
        r.error.message = tr("The Wan Studio process sending this run stopped; whether the service received it is unknown.");
        r.error.mayHaveBeenCharged = true;
        settleUnknownOutcome(e);
    } else {
        // Never sent: the user decides, as for the runs found at start.
        r.error.message = tr("Not sent: the Wan Studio process preparing it stopped. It is offered again under Runs not sent.");
        m_held.append(e);
        emit heldRunsFound(static_cast<int>(m_held.size()));
    }
    emit jobChanged(id);
    emit jobFinished(id);
}

} // namespace wan::jobs
