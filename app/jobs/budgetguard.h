#pragma once

// The window's budget caps: installed as the JobQueue's send check, it asks
// BudgetCheck at the moment each run would be sent, against the library as it
// is then (read on the library's thread; other processes' runs count) and the
// runs this window let go whose rows may not say so yet. A run that would pass
// a cap is held (JobQueue::OnHold::WaitForUser): not failed, not charged.

#include "api/apierror.h"
#include "jobs/budgetcheck.h"
#include "jobs/jobqueue.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace wan::core {
class Settings;
}
namespace wan::library {
class LibraryService;
}

namespace wan::jobs {

class BudgetGuard final : public QObject
{
    Q_OBJECT
public:
    // What a held run carries: the verdict's message (the cap, what was spent,
    // what the run would cost) and what to do about it.
    using HoldError = std::function<api::ApiError(const BudgetVerdict &)>;

    // The caps are read from settings at each check, so a change applies to the
    // next run. The window waits for the user on a hold (the default); the
    // command line fails the run instead, with its own advice (holdError).
    BudgetGuard(JobQueue *queue, library::LibraryService *library, const core::Settings *settings, double typicalRunCost,
                QObject *parent = nullptr);
    BudgetGuard(JobQueue *queue, library::LibraryService *library, const core::Settings *settings, double typicalRunCost,
                JobQueue::OnHold onHold, HoldError holdError, QObject *parent = nullptr);

    // The window's hold: Send Anyway or raise the cap in Settings.
    static api::ApiError holdError(const BudgetVerdict &verdict);

private:
    using Done = std::function<void(std::optional<api::ApiError>)>;
    struct Pending
    {
        qint64 libraryId = 0;
        Done done;
    };
    void check(const JobRecord &record, Done done);
    // One check at a time: each sees the runs the ones before it let go.
    void next();

    JobQueue *m_queue;
    library::LibraryService *m_library;
    const core::Settings *m_settings;
    double m_typicalRunCost;
    HoldError m_holdError;
    QList<Pending> m_waiting;
    bool m_busy = false;
    QSet<qint64> m_letGo; // allowed here, not finished yet
};

} // namespace wan::jobs
