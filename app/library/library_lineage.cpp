// Library's lineage: which run continues which (parent_id, parent_frame,
// parent_request_id, schema version 4).

#include "library_p.h"

#include <QSet>

#include <algorithm>

namespace wan::library {

namespace {

std::optional<Entry> firstRow(QSqlQuery &query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sql::fromRow(query);
}

} // namespace

std::optional<Entry> Library::byRequestId(const QString &requestId) const
{
    if (requestId.isEmpty() || !d->ready())
        return std::nullopt;
    QSqlQuery query(d->db);
    query.prepare(sql::selectSql() + QStringLiteral(" WHERE request_id = ? ORDER BY id LIMIT 1"));
    query.addBindValue(requestId);
    return firstRow(query);
}

Library::Chain Library::chain(qint64 id) const
{
    Chain result;
    std::optional<Entry> at = entry(id);
    QSet<qint64> seen;
    while (at && !seen.contains(at->id)) {
        seen.insert(at->id);
        result.entries.prepend(*at);
        if (!at->isContinuation())
            break;
        std::optional<Entry> parent;
        if (at->parentId > 0)
            parent = entry(at->parentId);
        // A rebuilt library has other ids: the request id still names the parent.
        if (!parent && !at->parentRequestId.isEmpty())
            parent = byRequestId(at->parentRequestId);
        if (!parent) {
            result.brokenAt = at->parentId;
            result.brokenAtFrame = at->parentFrame;
            break;
        }
        at = parent;
    }
    return result;
}

Library::ChainThrough Library::chainThrough(qint64 id) const
{
    ChainThrough result;
    result.chain = chain(id);
    if (result.chain.entries.isEmpty())
        return result;
    result.selected = int(result.chain.entries.size()) - 1;
    QSet<qint64> seen;
    for (const Entry &e : std::as_const(result.chain.entries))
        seen.insert(e.id);
    Entry at = result.chain.entries.constLast();
    while (true) {
        // By library id, or by request id (a rebuilt library has other ids).
        QList<Entry> next = continuations(at.id);
        if (!at.requestId.isEmpty()) {
            QSqlQuery query(d->db);
            query.prepare(sql::selectSql() + QStringLiteral(" WHERE parent_request_id = ? AND IFNULL(parent_id, 0) != ? ORDER BY created, id"));
            query.addBindValue(at.requestId);
            query.addBindValue(at.id);
            if (query.exec()) {
                while (query.next())
                    next.append(sql::fromRow(query));
            }
        }
        std::stable_sort(next.begin(), next.end(),
                         [](const Entry &a, const Entry &b) { return a.created < b.created || (a.created == b.created && a.id < b.id); });
        const auto isTake = [&seen](const Entry &e) {
            return !seen.contains(e.id) && e.isContinuation() && e.status == EntryStatus::Completed && !e.outputPath.isEmpty();
        };
        const auto take = std::find_if(next.cbegin(), next.cend(), isTake);
        if (take == next.cend())
            break;
        if (std::count_if(next.cbegin(), next.cend(), isTake) > 1)
            ++result.forks;
        at = *take;
        seen.insert(at.id);
        result.chain.entries.append(at);
    }
    return result;
}

QList<Entry> Library::continuations(qint64 id) const
{
    QList<Entry> result;
    if (!d->ready())
        return result;
    QSqlQuery query(d->db);
    query.prepare(sql::selectSql() + QStringLiteral(" WHERE parent_id = ? ORDER BY created, id"));
    query.addBindValue(id);
    if (!query.exec()) {
        d->failQuery(query);
        return result;
    }
    while (query.next())
        result.append(sql::fromRow(query));
    return result;
}

QHash<qint64, int> Library::continuationCounts(const QList<qint64> &ids) const
{
    QHash<qint64, int> counts;
    if (ids.isEmpty() || !d->ready())
        return counts;
    QStringList marks(ids.size(), QStringLiteral("?"));
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT parent_id, COUNT(*) FROM entries WHERE parent_id IN (%1) GROUP BY parent_id")
                      .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        d->failQuery(query);
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

} // namespace wan::library
