#include "budgetguard.h"

#include "core/settings.h"
#include "jobs/jobqueue.h"
#include "library/library.h"
#include "library/libraryservice.h"

#include <memory>

namespace wan::jobs {

BudgetGuard::BudgetGuard(JobQueue *queue, library::LibraryService *library, const core::Settings *settings,
                         double typicalRunCost, QObject *parent)
    : BudgetGuard(queue, library, settings, typicalRunCost, JobQueue::OnHold::WaitForUser, &BudgetGuard::holdError, parent)
{
}

BudgetGuard::BudgetGuard(JobQueue *queue, library::LibraryService *library, const core::Settings *settings,
                         double typicalRunCost, JobQueue::OnHold onHold, HoldError holdError, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_library(library)
    , m_settings(settings)
    , m_typicalRunCost(typicalRunCost)
    , m_holdError(std::move(holdError))
{
    queue->setSendCheck([this](const JobRecord &record, Done done) { check(record, std::move(done)); }, onHold);
    // A finished run's row says what it cost (or that it cost nothing): no longer in flight.
    connect(queue, &JobQueue::jobFinished, this, [this](int id) {
        if (const JobRecord *r = m_queue->record(id))
            m_letGo.remove(r->libraryId);
    });
}

api::ApiError BudgetGuard::holdError(const BudgetVerdict &verdict)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::InsufficientCredits;
    error.message = verdict.message;
    error.hint = tr("Nothing was sent for it. Send it anyway, or raise the cap in Settings.");
    error.heldBeforeSending = true;
    return error;
}

void BudgetGuard::check(const JobRecord &record, Done done)
{
    m_waiting.append(Pending { record.libraryId, std::move(done) });
    next();
}

void BudgetGuard::next()
{
    if (m_busy || m_waiting.isEmpty())
        return;
    Pending pending = m_waiting.takeFirst();
    const BudgetCaps caps = BudgetCaps::fromSettings(*m_settings);
    if (!caps.any() || !m_library) {
        m_letGo.insert(pending.libraryId);
        pending.done(std::nullopt);
        next();
        return;
    }
    m_busy = true;
    const QSet<qint64> letGo = m_letGo;
    const double typical = m_typicalRunCost;
    const QDateTime now = QDateTime::currentDateTime();
    // The check and the run's mark as on its way are one transaction, so a
    // check in another process at the same moment counts this run.
    auto verdict = std::make_shared<BudgetVerdict>();
    const qint64 id = pending.libraryId;
    m_library->admitWithinBudget(
        id,
        [caps, letGo, typical, now, id, verdict](const library::Library &library) {
            *verdict = BudgetCheck::check(caps, library, typical, typical, now, id, letGo);
            return verdict->allowed();
        },
        // A library that cannot be read or written counts nothing spent, as
        // the check alone did before (the write failure is reported by the
        // library's own error path).
        this, [this, verdict, pending = std::move(pending)](std::optional<bool>) {
            m_busy = false;
            if (verdict->allowed()) {
                m_letGo.insert(pending.libraryId);
                pending.done(std::nullopt);
            } else {
                pending.done(m_holdError(*verdict));
            }
            next();
        });
}

} // namespace wan::jobs
