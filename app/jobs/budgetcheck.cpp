#include "budgetcheck.h"

#include "library/library.h"

#include <QLocale>

#include <cmath>

namespace wan::jobs {

namespace {

constexpr double Epsilon = 1e-9;

std::optional<double> capOf(const core::Settings &settings, core::Settings::Key key)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value > 0.0 ? std::optional<double>(value) : std::nullopt;
}

QString amount(double value)
{
    return BudgetCheck::creditsText(value);
}

} // namespace

QString BudgetCheck::creditsText(double value)
{
    // Runs cost cents: 0.0875 shown as 0.09 would hide what it was; 0.30 stays 0.30.
    const bool cents = std::abs(value * 100.0 - std::round(value * 100.0)) < 1e-6;
    return QLocale().toString(value, 'f', cents ? 2 : 4);
}

BudgetCaps BudgetCaps::fromSettings(const core::Settings &settings)
{
    return BudgetCaps { capOf(settings, core::Settings::Key::BudgetDaily), capOf(settings, core::Settings::Key::BudgetMonthly) };
}

BudgetVerdict BudgetCheck::check(const BudgetCaps &caps, const library::SpendSoFar &today, const library::SpendSoFar &thisMonth,
                                 double cost)
{
    BudgetVerdict verdict;
    verdict.cost = cost;
    const auto exceeds = [cost](const std::optional<double> &cap, const library::SpendSoFar &spent) {
        return cap && spent.total() + cost > *cap + Epsilon;
    };
    if (exceeds(caps.daily, today)) {
        verdict.cap = BudgetVerdict::Cap::Daily;
        verdict.limit = *caps.daily;
        verdict.spent = today.total();
        verdict.pendingRuns = today.pendingRuns;
    } else if (exceeds(caps.monthly, thisMonth)) {
        verdict.cap = BudgetVerdict::Cap::Monthly;
        verdict.limit = *caps.monthly;
        verdict.spent = thisMonth.total();
        verdict.pendingRuns = thisMonth.pendingRuns;
    } else {
        return verdict;
    }
    const QString spent = verdict.pendingRuns > 0
        ? tr("%1 credits spent, counting %n run(s) still in progress", nullptr, verdict.pendingRuns).arg(amount(verdict.spent))
        : tr("%1 credits spent").arg(amount(verdict.spent));
    verdict.message = verdict.cap == BudgetVerdict::Cap::Daily
        ? tr("Held by your daily budget of %1 credits: %2 today, and this would cost about %3 more.")
              .arg(amount(verdict.limit), spent, amount(cost))
        : tr("Held by your monthly budget of %1 credits: %2 this month, and this would cost about %3 more.")
              .arg(amount(verdict.limit), spent, amount(cost));
    return verdict;
}

BudgetVerdict BudgetCheck::check(const BudgetCaps &caps, const library::Library &library, double cost, double typicalRunCost,
                                 const QDateTime &now, qint64 excludeId, const QSet<qint64> &letGo)
{
    if (!caps.any())
        return check(caps, {}, {}, cost);
    const QDate day = now.toLocalTime().date();
    const library::SpendSoFar today = caps.daily ? library.spentSince(day.startOfDay(), typicalRunCost, excludeId, letGo)
                                                 : library::SpendSoFar {};
    const library::SpendSoFar month = caps.monthly
        ? library.spentSince(QDate(day.year(), day.month(), 1).startOfDay(), typicalRunCost, excludeId, letGo)
        : library::SpendSoFar {};
    return check(caps, today, month, cost);
}

} // namespace wan::jobs
