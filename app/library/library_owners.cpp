// Which process acts on which run: claims taken and checked in one IMMEDIATE
// transaction against the owners' leases (see ProcessLease in runowner.h).

#include "library.h"
#include "library_p.h"

namespace wan::library {

QString Library::ownerToken() const
{
    return d->token();
}

qint64 Library::ownerPid() const
{
    return d->pid();
}

void Library::setLease(std::shared_ptr<ProcessLease> lease)
{
    d->lease = std::move(lease);
}

bool Library::ownedElsewhere(const Entry &entry) const
{
    return !d->mayTake(entry.ownerToken);
}

Claim Library::claim(qint64 id)
{
    Claim result;
    if (!d->ready() || !d->begin())
        return result;
    QSqlQuery query(d->db);
    query.prepare(sql::selectSql() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        d->failQuery(query);
        d->rollback();
        return result;
    }
    if (!query.next()) {
        query.finish();
        d->rollback();
        d->fail(tr("There is no run %1 in the library.").arg(id));
        return result;
    }
    Entry e = sql::fromRow(query);
    query.finish();
    result.entry = e;
    if (isFinished(e.status)) {
        result.outcome = Claim::Finished;
        d->rollback();
        return result;
    }
    if (!d->mayTake(e.ownerToken)) {
        result.outcome = Claim::HeldElsewhere;
        result.ownerPid = e.ownerPid;
        d->rollback();
        return result;
    }
    if (!d->setOwner(id, d->token(), d->pid())) {
        d->rollback();
        return result;
    }
    if (!d->commit())
        return result;
    result.entry->ownerToken = d->token();
    result.entry->ownerPid = d->pid();
    result.outcome = Claim::Claimed;
    return result;
}

UnfinishedRuns Library::claimUnfinished(bool claimNeverSent)
{
    UnfinishedRuns runs;
    if (!d->ready() || !d->begin())
        return runs;
    // unfinished() inside the transaction: what is read is what gets claimed.
    const QList<Entry> entries = unfinished();
    bool ok = d->lastError.isEmpty();
    for (Entry e : entries) {
        if (!ok)
            break;
        if (!d->mayTake(e.ownerToken)) {
            runs.heldElsewhere.append(e);
            continue;
        }
        const bool sentOrBeingSent = !e.requestId.isEmpty() || e.status == EntryStatus::Submitting
            || e.status == EntryStatus::Processing;
        if (!sentOrBeingSent && !claimNeverSent) {
            runs.neverSent.append(e);
            continue;
        }
        ok = d->setOwner(e.id, d->token(), d->pid());
        e.ownerToken = d->token();
        e.ownerPid = d->pid();
        (sentOrBeingSent ? runs.claimed : runs.neverSent).append(e);
    }
    if (!ok) {
        const QString reason = d->lastError;
        d->rollback();
        d->fail(reason);
        return {};
    }
    if (!d->commit())
        return {};
    return runs;
}

bool Library::release(qint64 id)
{
    if (!d->ready())
        return false;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE entries SET owner_token = '', owner_pid = 0 WHERE id = ? AND owner_token = ?"));
    sql::bindAll(query, { id, d->token() });
    return query.exec() || d->failQuery(query);
}

} // namespace wan::library
