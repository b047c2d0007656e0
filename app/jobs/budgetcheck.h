#pragma once

// Budget caps (Settings: budget/daily, budget/monthly): whether a run or a
// batch may be sent without passing a cap, and if not, a message naming the
// cap, what has been spent and what the run would cost. The spend is read from
// the library at the moment of asking (Library::spentSince), so runs of every
// Wan Studio process count, including runs sent and not yet finished (at the
// typical cost each).

#include "core/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace wan::library {
class Library;
struct SpendSoFar;
}

namespace wan::jobs {

struct BudgetCaps
{
    std::optional<double> daily;     // nullopt: no cap
    std::optional<double> monthly;

    static BudgetCaps fromSettings(const core::Settings &settings);
    bool any() const { return daily || monthly; }
};

struct BudgetVerdict
{
    enum class Cap { None, Daily, Monthly };
    Cap cap = Cap::None;             // the cap that holds the run; None: it may go
    double limit = 0.0;              // that cap
    double spent = 0.0;              // spent in its period (recorded plus pending)
    int pendingRuns = 0;             // runs in flight counted in spent
    double cost = 0.0;               // what the run or batch would cost
    QString message;                 // empty when allowed

    bool allowed() const { return cap == Cap::None; }
};

class BudgetCheck final
{
    Q_DECLARE_TR_FUNCTIONS(wan::jobs::BudgetCheck)
public:
    // Pure: cost against the caps, given what each period has spent. The daily cap is
    // checked first. A cost that lands exactly on a cap passes.
    static BudgetVerdict check(const BudgetCaps &caps, const library::SpendSoFar &today, const library::SpendSoFar &thisMonth,
                               double cost);
    // Reads today's and this month's spend (local time) from the library now.
    // excludeId: the run being checked, already recorded, not to count as in flight;
    // letGo: runs this process allowed whose rows may not say they are being sent yet.
    // An amount of credits as the messages show it: 0.30, 12.50, 0.0875.
    static QString creditsText(double value);
    static BudgetVerdict check(const BudgetCaps &caps, const library::Library &library, double cost, double typicalRunCost,
                               const QDateTime &now = QDateTime::currentDateTime(), qint64 excludeId = 0,
                               const QSet<qint64> &letGo = {});
};

} // namespace wan::jobs
