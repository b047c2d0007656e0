// Library's ledger: what runs cost (cost, cost_estimated: schema 5) and the
// balance after them (credits_after), summed per day, week and month, for the
// Spending view, `wanstudio spend` and the budget check.

#include "library_p.h"

#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace wan::library {

namespace {

constexpr double Epsilon = 1e-9;

struct LedgerRow
{
    qint64 id = 0;
    QDateTime created;
    QDateTime updated;
    EntryStatus status = EntryStatus::Failed;
    std::optional<double> cost;
    bool estimated = false;
    bool favourite = false;
    bool mayHaveBeenCharged = false;
    std::optional<double> balanceAfter;
    bool held = false;                 // a budget cap held it and it was not sent
};

// Local dates to UTC milliseconds: [from's midnight, the midnight after to).
QString dateRange(const QDate &from, const QDate &to, QVariantList *values)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(QStringLiteral("created >= ?"));
        values->append(from.startOfDay().toMSecsSinceEpoch());
    }
    if (to.isValid()) {
        conditions.append(QStringLiteral("created < ?"));
        values->append(to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QDate periodStart(SpendPeriod period, const QDate &day)
{
    switch (period) {
    case SpendPeriod::Day: return day;
    case SpendPeriod::Week: return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    case SpendPeriod::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

// A run a budget cap held and that was then not sent is neither: nothing went out.
bool isFailure(EntryStatus status, bool held)
{
    return !held && (status == EntryStatus::Failed || status == EntryStatus::Cancelled || status == EntryStatus::Expired);
}

// Being sent or sent: it passed the budget check and will be charged if it
// succeeds. A queued, preparing or uploading run has not been checked yet.
bool isPending(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Submitting:
    case EntryStatus::Submitted:
    case EntryStatus::Processing:
    case EntryStatus::Downloading: return true;
    default: return false;
    }
}

std::optional<double> optionalNumber(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Every run created between from and to, oldest first; false when the query failed.
bool ledgerRows(QSqlQuery &query, const QDate &from, const QDate &to, QList<LedgerRow> *rows)
{
    QVariantList values;
    query.prepare(QStringLiteral("SELECT id, created, updated, status, cost, cost_estimated, favourite,"
                                 " may_have_been_charged, credits_after, error_code FROM entries")
                  + dateRange(from, to, &values) + QStringLiteral(" ORDER BY created, id"));
    sql::bindAll(query, values);
    if (!query.exec())
        return false;
    while (query.next()) {
        LedgerRow row;
        row.id = query.value(0).toLongLong();
        row.created = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        row.updated = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        row.status = statusFromName(query.value(3).toString()).value_or(EntryStatus::Failed);
        row.cost = optionalNumber(query.value(4));
        row.estimated = query.value(5).toBool();
        row.favourite = query.value(6).toBool();
        row.mayHaveBeenCharged = query.value(7).toBool();
        row.balanceAfter = optionalNumber(query.value(8));
        row.held = query.value(9).toString() == QLatin1String(HeldErrorCode);
        rows->append(row);
    }
    return true;
}

} // namespace

QList<SpendBucket> Library::spendSeries(SpendPeriod period, const QDate &from, const QDate &to) const
{
    QList<SpendBucket> series;
    if (!d->ready())
        return series;
    QSqlQuery query(d->db);
    QList<LedgerRow> rows;
    if (!ledgerRows(query, from, to, &rows)) {
        d->failQuery(query);
        return {};
    }
    QMap<QDate, SpendBucket> buckets;
    QMap<QDate, QDateTime> balanceAt; // runs end out of order: the balance is the one reported last
    for (const LedgerRow &row : rows) {
        const QDate start = periodStart(period, row.created.toLocalTime().date());
        SpendBucket &bucket = buckets[start];
        bucket.start = start;
        ++bucket.runs;
        const double cost = row.cost.value_or(0.0);
        bucket.cost += cost;
        if (cost > Epsilon) {
            ++bucket.chargedRuns;
            if (row.estimated)
                ++bucket.estimatedRuns;
        }
        if (row.balanceAfter && (!balanceAt.contains(start) || row.updated >= balanceAt.value(start))) {
            bucket.lastBalance = row.balanceAfter;
            balanceAt.insert(start, row.updated);
        }
    }
    for (const SpendBucket &bucket : std::as_const(buckets))
        series.append(bucket);
    return series;
}

SpendSummary Library::spendSummary(const QDate &from, const QDate &to) const
{
    SpendSummary summary;
    if (!d->ready())
        return summary;
    QSqlQuery query(d->db);
    QList<LedgerRow> rows;
    if (!ledgerRows(query, from, to, &rows)) {
        d->failQuery(query);
        return {};
    }
    for (const LedgerRow &row : rows) {
        ++summary.runs;
        const double cost = row.cost.value_or(0.0);
        summary.total += cost;
        if (cost > Epsilon) {
            ++summary.chargedRuns;
            if (row.estimated)
                ++summary.estimatedRuns;
        }
        if (row.favourite)
            ++summary.favourites;
        if (isFailure(row.status, row.held)) {
            ++summary.failedRuns;
            summary.failedCost += cost;
            if (row.status == EntryStatus::Expired) {
                ++summary.expiredRuns;
                summary.expiredCost += cost;
            }
            if (!row.cost && row.mayHaveBeenCharged)
                ++summary.possiblyChargedRuns;
        }
    }
    if (summary.favourites > 0)
        summary.costPerFavourite = summary.total / summary.favourites;
    return summary;
}

SpendSoFar Library::spentSince(const QDateTime &since, double typicalCost, qint64 excludeId,
                               const QSet<qint64> &alsoPending) const
{
    SpendSoFar spent;
    if (!d->ready())
        return spent;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT id, status, cost FROM entries WHERE created >= ?"));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec()) {
        d->failQuery(query);
        return spent;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const EntryStatus status = statusFromName(query.value(1).toString()).value_or(EntryStatus::Failed);
        const std::optional<double> cost = optionalNumber(query.value(2));
        if (cost) {
            spent.recorded += *cost;
        } else if ((isPending(status) || alsoPending.contains(id)) && id != excludeId) {
            spent.pending += typicalCost;
            ++spent.pendingRuns;
        }
    }
    return spent;
}

QList<BalancePoint> Library::balanceHistory(const QDate &from, const QDate &to) const
{
    QList<BalancePoint> points;
    if (!d->ready())
        return points;
    QSqlQuery query(d->db);
    QList<LedgerRow> rows;
    if (!ledgerRows(query, from, to, &rows)) {
        d->failQuery(query);
        return points;
    }
    for (const LedgerRow &row : std::as_const(rows)) {
        if (row.balanceAfter)
            points.append(BalancePoint { row.updated, *row.balanceAfter, row.id });
    }
    std::stable_sort(points.begin(), points.end(), [](const BalancePoint &a, const BalancePoint &b) { return a.at < b.at; });
    return points;
}

std::optional<bool> Library::admitWithinBudget(qint64 id, const std::function<bool(const Library &)> &allowed)
{
    if (!d->ready() || !d->begin())
        return std::nullopt;
    if (!allowed(*this)) {
        d->rollback();
        return false;
    }
    QSqlQuery query(d->db);
    // Submitting, as the run's own record says a moment later, just before
    // the request goes (should this process stop in between, the run is
    // treated as possibly sent: never sent twice).
    query.prepare(QStringLiteral("UPDATE entries SET status = ?, updated = ? WHERE id = ? AND status IN (?, ?, ?)"));
    query.addBindValue(statusName(EntryStatus::Submitting));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    query.addBindValue(statusName(EntryStatus::Queued));
    query.addBindValue(statusName(EntryStatus::Preparing));
    query.addBindValue(statusName(EntryStatus::Uploading));
    if (!query.exec()) {
        d->failQuery(query);
        d->rollback();
        return std::nullopt;
    }
    if (!d->commit())
        return std::nullopt;
    return true;
}

} // namespace wan::library
