// JobQueue's send check (a budget cap): asked at the moment each run would be
// sent. On the command line a hold ends the run; in the window the run waits,
// neither failed nor charged, with the rest of its batch, until the user sends
// it anyway or decides not to.

#include "jobqueue.h"

#include "jobs/runrecorder.h"
#include "library/libraryservice.h"

namespace wan::jobs {

void JobQueue::askSendCheck(int id, std::function<void(std::optional<api::ApiError>)> done)
{
    const Slot *x = slot(id);
    if (!x || !m_sendCheck || (!x->record.batchId.isEmpty() && m_sentAnyway.contains(x->record.batchId))) {
        done(std::nullopt);
        return;
    }
    m_sendCheck(x->record, [this, id, done = std::move(done)](std::optional<api::ApiError> error) {
        const Slot *s = slot(id);
        if (!error || m_onHold == OnHold::Fail || !s || !s->job) {
            done(std::move(error));
            return;
        }
        hold(id, *error, done);
    });
}

void JobQueue::hold(int id, const api::ApiError &error, std::function<void(std::optional<api::ApiError>)> done)
{
    Slot *s = slot(id);
    if (!s)
        return;
    // Its check was under way when the user decided for its batch: that decision stands.
    const QString decided = s->record.batchId;
    if (!decided.isEmpty() && m_sentAnyway.contains(decided)) {
        done(std::nullopt);
        return;
    }
    if (!decided.isEmpty() && m_notSent.contains(decided)) {
        done(notSentError(error));
        return;
    }
    s->releaseHeld = std::move(done);
    s->holdError = error;
    s->record.heldBy = error.message;
    if (s->recorder)
        s->recorder->markHeld();
    const QString batch = s->record.batchId;
    emit jobChanged(id);
    if (!batch.isEmpty()) {
        m_heldBatches.insert(batch);
        for (Slot &x : m_slots) {
            if (x.record.batchId == batch && x.record.stage == JobStage::Waiting && !x.job)
                waitsForItsBatch(x);
        }
    }
    emit runHeld(id, error.message);
    // Its slot is free for runs outside the batch.
    startWaiting();
}

bool JobQueue::waitsForItsBatch(Slot &s)
{
    if (s.record.batchId.isEmpty() || !m_heldBatches.contains(s.record.batchId))
        return false;
    if (s.record.heldBy.isEmpty()) {
        s.record.heldBy = tr("Waiting: an earlier run of its batch is held by a budget cap.");
        emit jobChanged(s.record.id);
    }
    return true;
}

QList<int> JobQueue::heldWith(int id) const
{
    QList<int> held;
    const JobRecord *r = record(id);
    if (!r)
        return held;
    for (const Slot &x : m_slots) {
        const bool together = r->batchId.isEmpty() ? x.record.id == id : x.record.batchId == r->batchId;
        if (together && x.record.isHeld())
            held.append(x.record.id);
    }
    return held;
}

api::ApiError JobQueue::notSentError(api::ApiError hold)
{
    hold.kind = api::ApiError::Kind::InsufficientCredits;
    hold.heldBeforeSending = true;
    hold.mayHaveBeenCharged = false;
    hold.hint = tr("Not sent, at your word; nothing was charged for it.");
    return hold;
}

void JobQueue::sendAnyway(int id)
{
    const JobRecord *r = record(id);
    if (!r || !r->isHeld())
        return;
    const QString batch = r->batchId;
    if (!batch.isEmpty()) {
        m_heldBatches.remove(batch);
        m_sentAnyway.insert(batch);
    }
    QList<std::function<void(std::optional<api::ApiError>)>> release;
    for (const int held : heldWith(id)) {
        Slot *x = slot(held);
        x->record.heldBy.clear();
        x->holdError.reset();
        if (x->releaseHeld)
            release.append(std::exchange(x->releaseHeld, {}));
        emit jobChanged(held);
    }
    // The answers go on with each job (upload done, to the service): the list is not touched meanwhile.
    for (const auto &send : std::as_const(release))
        send(std::nullopt);
    startWaiting();
}

void JobQueue::dontSend(int id)
{
    const JobRecord *r = record(id);
    if (!r || !r->isHeld())
        return;
    const QString batch = r->batchId;
    const QList<int> held = heldWith(id);
    std::optional<api::ApiError> reason;
    for (const int other : held) {
        if (const Slot *x = slot(other); x && x->holdError)
            reason = x->holdError;
    }
    for (const int other : held) {
        Slot *x = slot(other);
        if (!x || x->record.isFinished())
            continue;
        const api::ApiError error = notSentError(x->holdError.value_or(reason.value_or(api::ApiError {})));
        if (x->releaseHeld) {
            // The job ends with the hold (cancelled, recorded as held), as on the command line.
            std::exchange(x->releaseHeld, {})(error);
            continue;
        }
        // A run of the batch that never started.
        x->record.setStage(JobStage::Cancelled);
        x->record.error = error;
        x->record.heldBy.clear();
        if (m_library && x->entry.id) {
            library::Entry e = x->entry;
            e.status = library::EntryStatus::Cancelled;
            e.errorCode = QLatin1String(library::HeldErrorCode);
            e.errorMessage = error.message;
            e.errorHint = error.hint;
            e.updated = QDateTime::currentDateTimeUtc();
            m_library->update(e);
        }
        emit jobChanged(other);
        emit jobFinished(other);
    }
    // Only now: a job ending above starts the next run, and none of this batch may go.
    m_heldBatches.remove(batch);
    if (!batch.isEmpty())
        m_notSent.insert(batch);
    startWaiting();
}

} // namespace wan::jobs
