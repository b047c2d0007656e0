// Library's sequences: named, ordered lists of runs with in and out points
// (tables sequences and sequence_clips, schema version 5).

#include "library_p.h"


namespace wan::library {

namespace {

QList<SequenceClip> clipsOf(const QSqlDatabase &db, qint64 sequenceId, bool *ok)
{
    QList<SequenceClip> clips;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT entry_id, in_frame, out_frame, crossfade FROM sequence_clips WHERE sequence_id = ? ORDER BY position"));
    query.addBindValue(sequenceId);
    *ok = query.exec();
    while (*ok && query.next())
        clips.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toInt()});
    return clips;
}

bool insertClips(const QSqlDatabase &db, qint64 sequenceId, const QList<SequenceClip> &clips, QSqlQuery *failed)
{
    for (int i = 0; i < clips.size(); ++i) {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("INSERT INTO sequence_clips (sequence_id, position, entry_id, in_frame, out_frame, crossfade)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"));
        row.addBindValue(sequenceId);
        row.addBindValue(i);
        row.addBindValue(clips.at(i).entryId);
        row.addBindValue(clips.at(i).in);
        row.addBindValue(clips.at(i).out);
        row.addBindValue(clips.at(i).crossfade);
        if (!row.exec()) {
            *failed = std::move(row);
            return false;
        }
    }
    return true;
}

} // namespace

qint64 Library::createSequence(const QString &name, const QList<SequenceClip> &clips)
{
    if (!d->ready())
        return 0;
    if (!d->db.transaction()) {
        d->fail(tr("The library database could not be used: %1").arg(d->db.lastError().text()));
        return 0;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral("INSERT INTO sequences (name, created, updated) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec()) {
        d->failQuery(insert);
        d->db.rollback();
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery failed(d->db);
    if (!insertClips(d->db, id, clips, &failed)) {
        d->failQuery(failed);
        d->db.rollback();
        return 0;
    }
    if (!d->db.commit()) {
        d->fail(tr("The library database could not be used: %1").arg(d->db.lastError().text()));
        return 0;
    }
    return id;
}

std::optional<Sequence> Library::sequence(qint64 id) const
{
    if (!d->ready())
        return std::nullopt;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT id, name, created, updated FROM sequences WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        d->failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Sequence s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.created = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    s.updated = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    bool ok = false;
    s.clips = clipsOf(d->db, s.id, &ok);
    if (!ok)
        return std::nullopt;
    return s;
}

QList<Sequence> Library::sequences() const
{
    QList<Sequence> all;
    if (!d->ready())
        return all;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT id FROM sequences ORDER BY created DESC, id DESC"))) {
        d->failQuery(query);
        return all;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        if (auto s = sequence(id))
            all.append(*s);
    }
    return all;
}

bool Library::removeSequence(qint64 id)
{
    if (!d->ready())
        return false;
    QSqlQuery clips(d->db);
    clips.prepare(QStringLiteral("DELETE FROM sequence_clips WHERE sequence_id = ?"));
    clips.addBindValue(id);
    QSqlQuery row(d->db);
    row.prepare(QStringLiteral("DELETE FROM sequences WHERE id = ?"));
    row.addBindValue(id);
    if (!clips.exec())
        return d->failQuery(clips);
    if (!row.exec())
        return d->failQuery(row);
    return row.numRowsAffected() > 0;
}

bool Library::updateSequence(qint64 id, const QString &name, const QList<SequenceClip> &clips)
{
    // One IMMEDIATE transaction: another process editing the same sequence
    // waits, and readers see the old clips or the new ones, never half of each.
    if (!d->ready() || !d->begin())
        return false;
    QSqlQuery row(d->db);
    row.prepare(QStringLiteral("UPDATE sequences SET name = ?, updated = ? WHERE id = ?"));
    row.addBindValue(name);
    row.addBindValue(QDateTime::currentMSecsSinceEpoch());
    row.addBindValue(id);
    if (!row.exec()) {
        d->failQuery(row);
        d->rollback();
        return false;
    }
    if (row.numRowsAffected() == 0) {
        d->rollback();
        return d->fail(tr("There is no sequence %1 in the library: it may have been deleted.").arg(id));
    }
    QSqlQuery clear(d->db);
    clear.prepare(QStringLiteral("DELETE FROM sequence_clips WHERE sequence_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec()) {
        d->failQuery(clear);
        d->rollback();
        return false;
    }
    QSqlQuery failed(d->db);
    if (!insertClips(d->db, id, clips, &failed)) {
        d->failQuery(failed);
        d->rollback();
        return false;
    }
    return d->commit();
}

} // namespace wan::library
