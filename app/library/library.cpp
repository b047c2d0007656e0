#include "library.h"
#include "library_p.h"

#include "librarymigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace wan::library {

Q_LOGGING_CATEGORY(lcLibrary, "wanstudio.library", QtInfoMsg)

namespace {

// The sidecar JobQueue writes beside a clip: clip.mp4 -> clip.json.
QString sidecarPath(const QString &videoPath)
{
    const QFileInfo info(videoPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QAtomicInteger<quint64> connectionCounter;

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with any extended code.
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return (ok && (code == 11 || code == 26)) || error.databaseText().contains(QLatin1String("file is not a database"))
        || error.databaseText().contains(QLatin1String("malformed"));
}

} // namespace


Library::Library(const QString &databasePath, const QString &mediaDirectory)
    : d(new Private)
{
    d->databasePath = QFileInfo(databasePath).absoluteFilePath();
    d->mediaDirectory = mediaDirectory.isEmpty() ? QFileInfo(d->databasePath).dir().filePath(QStringLiteral("media"))
                                                 : QFileInfo(mediaDirectory).absoluteFilePath();
    d->connectionName = QStringLiteral("wanstudio-library-%1").arg(++connectionCounter);
}

Library::~Library()
{
    d->close();
    delete d;
}

bool Library::open(QString *error)
{
    if (d->open)
        return true;
    d->lastError.clear();
    d->damaged = false;
    const QString problem = d->openAndMigrate();
    if (!problem.isEmpty()) {
        d->close(); // a later open() starts from scratch
        d->fail(problem);
        if (error)
            *error = problem;
        return false;
    }
    d->schemaVersion = migrations::userVersion(d->db);
    if (!d->lease)
        d->lease = ProcessLease::forLibrary(QFileInfo(d->databasePath).absolutePath());
    d->open = true;
    qCDebug(lcLibrary) << "opened" << d->databasePath << "schema" << d->schemaVersion;
    return true;
}

// Returns why the library cannot be used, or nothing. Every QSqlQuery here is
// gone before open() closes the connection on failure.
QString Library::Private::openAndMigrate()
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Library::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Library::tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite).");

    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databasePath);
    // Another process (a second window, a backup tool) may hold the file briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const QString shownPath = QDir::toNativeSeparators(databasePath);
    if (!db.open())
        return Library::tr("The library %1 could not be opened: %2").arg(shownPath, db.lastError().text());

    // SQLite opens anything lazily; the first read is what finds a damaged file.
    // One statement, so version and contents come from the same snapshot even
    // while another process is creating the library.
    QSqlQuery identity(db);
    if (!identity.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                      " (SELECT application_id FROM pragma_application_id),"
                                      " (SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"))
        || !identity.next()) {
        damaged = isDamage(identity.lastError());
        return Library::tr("The library %1 is damaged or is not a Wan Studio library (%2). It was left as it is.")
            .arg(shownPath, identity.lastError().text());
    }
    const int version = identity.value(0).toInt();
    // Never "upgrade" somebody else's database: ours carry an application id from
    // version 1 on, and a version 0 file must be empty.
    const bool ours = version == 0 ? identity.value(2).toInt() == 0 : identity.value(1).toInt() == migrations::ApplicationId;
    identity.finish();
    if (!ours)
        return Library::tr("The file %1 is not a Wan Studio library. It was left as it is.").arg(shownPath);
    if (version > SchemaVersion)
        return Library::tr("The library %1 was written by a newer version of Wan Studio (schema %2; this version reads %3).")
            .arg(shownPath)
            .arg(version)
            .arg(SchemaVersion);

    // A damaged page deeper in the file shows only when read: check them all
    // once (quick_check reads every page but skips the slow index cross-checks).
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()) {
            damaged = isDamage(check.lastError());
            return Library::tr("The library %1 could not be checked (%2). It was left as it is.")
                .arg(shownPath, check.lastError().text());
        }
        if (check.value(0).toString() != QLatin1String("ok")) {
            damaged = true;
            return Library::tr("The library %1 is damaged (%2). It was left as it is.").arg(shownPath, check.value(0).toString());
        }
    }

    // WAL: readers never wait for the writer and a crash cannot tear a commit;
    // NORMAL is durable in WAL mode except for the last commits on power loss.
    // Switching needs a moment alone with the file; another process opening it
    // at the same time gets "locked" at once (no busy wait), so try again briefly.
    // A file system without WAL answers with the mode it keeps: no retry for that.
    QString journalMode;
    for (int attempt = 0; attempt < 40 && journalMode.isEmpty(); ++attempt) {
        if (attempt > 0)
            QThread::msleep(25);
        QSqlQuery journal(db);
        if (journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && journal.next())
            journalMode = journal.value(0).toString().toLower();
    }
    if (journalMode != QLatin1String("wal"))
        qCWarning(lcLibrary) << "WAL journal not available for" << databasePath << journalMode;
    QString reason;
    if (!migrations::execAll(db, { QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON") },
                             &reason))
        return Library::tr("The library %1 could not be set up: %2").arg(shownPath, reason);
    if (!migrations::migrate(db, migrations::steps(), &reason)) {
        damaged = reason.contains(QLatin1String("malformed")) || reason.contains(QLatin1String("not a database"));
        return Library::tr("The library %1 could not be upgraded and was left at its previous version: %2")
            .arg(shownPath, reason);
    }
    if (!QDir().mkpath(mediaDirectory))
        return Library::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(mediaDirectory));
    return {};
}

bool Library::isDamaged() const
{
    return d->damaged;
}

bool Library::isOpen() const
{
    return d->open;
}

int Library::schemaVersion() const
{
    return d->schemaVersion;
}

QString Library::mediaDirectory() const
{
    return d->mediaDirectory;
}

QString Library::databasePath() const
{
    return d->databasePath;
}

bool Library::lastErrorWasDiskFull() const
{
    return d->diskFull;
}

QString Library::lastError() const
{
    return d->lastError;
}

qint64 Library::insert(Entry entry)
{
    if (!d->ready())
        return 0;
    if (!entry.created.isValid())
        entry.created = QDateTime::currentDateTimeUtc();
    if (!entry.updated.isValid())
        entry.updated = entry.created;
    // A new run belongs to the process that records it, until it finishes.
    if (entry.ownerToken.isEmpty() && !isFinished(entry.status)) {
        entry.ownerToken = d->token();
        entry.ownerPid = d->pid();
    }
    // A continuation made from a clip file names its parent by request id only:
    // the parent's id in this library, when it is here.
    if (entry.isContinuation() && entry.parentId <= 0 && !entry.parentRequestId.isEmpty()) {
        if (const auto parent = byRequestId(entry.parentRequestId))
            entry.parentId = parent->id;
    }
    QSqlQuery query(d->db);
    query.prepare(sql::insertSql());
    sql::bindAll(query, sql::toValues(entry));
    if (!query.exec()) {
        d->failQuery(query);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool Library::insertMany(const QList<Entry> &entries)
{
    if (!d->ready())
        return false;
    if (!d->db.transaction())
        return d->fail(tr("The library database could not be used: %1").arg(d->db.lastError().text()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(d->db);
    bool ok = query.prepare(sql::insertSql());
    for (auto it = entries.cbegin(); ok && it != entries.cend(); ++it) {
        Entry entry = *it;
        if (!entry.created.isValid())
            entry.created = now;
        if (!entry.updated.isValid())
            entry.updated = entry.created;
        const QVariantList values = sql::toValues(entry);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        ok = query.exec();
    }
    if (!ok) {
        d->failQuery(query);
        query.finish();
        d->db.rollback();
        return false;
    }
    query.finish();
    return d->db.commit() || d->fail(tr("The library database could not be used: %1").arg(d->db.lastError().text()));
}

bool Library::update(const Entry &entry)
{
    if (!d->ready())
        return false;
    Entry changed = entry;
    changed.updated = QDateTime::currentDateTimeUtc();
    const QVariantList all = sql::toValues(changed);
    // created never changes, and the favourite star belongs to the user
    // (setFavourite): a run's own progress updates must not clear it.
    // The owner belongs to claim() and release(): a progress update written from an
    // entry read earlier must not hand the run back, or take it from another process.
    QVariantList values;
    QStringList assignments;
    for (int i = 1; i < sql::columns().size(); ++i) {
        const QString &column = sql::columns().at(i);
        if (column == QLatin1String("favourite") || column == QLatin1String("owner_token")
            || column == QLatin1String("owner_pid"))
            continue;
        // The parent's id found at insert() (by request id) stays, whatever the
        // copy being written remembers of it.
        if (column == QLatin1String("parent_id") && entry.parentId <= 0)
            continue;
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(all.at(i));
    }
    // A finished run needs no owner.
    if (isFinished(entry.status))
        assignments.append(QStringLiteral("owner_token = '', owner_pid = 0"));
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE entries SET ") + assignments.join(QStringLiteral(", "))
                  + QStringLiteral(" WHERE id = ?"));
    sql::bindAll(query, values);
    query.addBindValue(entry.id);
    if (!query.exec())
        return d->failQuery(query);
    if (query.numRowsAffected() != 1)
        return d->fail(tr("There is no run %1 in the library.").arg(entry.id));
    return true;
}

std::optional<Entry> Library::entry(qint64 id) const
{
    if (!d->ready())
        return std::nullopt;
    QSqlQuery query(d->db);
    query.prepare(sql::selectSql() + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        d->failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return sql::fromRow(query);
}

QList<Entry> Library::find(const Query &q) const
{
    QList<Entry> result;
    if (!d->ready())
        return result;
    const sql::Filter filter = sql::filterFor(q);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(sql::selectSql() + filter.sql + QStringLiteral(" ORDER BY created DESC, id DESC LIMIT ? OFFSET ?"));
    sql::bindAll(query, filter.values);
    query.addBindValue(q.limit > 0 ? q.limit : -1); // -1: no limit
    query.addBindValue(std::max(0, q.offset));
    if (!query.exec()) {
        d->failQuery(query);
        return result;
    }
    while (query.next())
        result.append(sql::fromRow(query));
    return result;
}

int Library::count(const Query &q) const
{
    if (!d->ready())
        return 0;
    const sql::Filter filter = sql::filterFor(q);
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("SELECT count(*) FROM entries") + filter.sql);
    sql::bindAll(query, filter.values);
    if (!query.exec() || !query.next()) {
        d->failQuery(query);
        return 0;
    }
    return query.value(0).toInt();
}

QList<Entry> Library::unfinished() const
{
    QList<Entry> result;
    if (!d->ready())
        return result;
    // Oldest first: the order they were queued in is the order to resume them.
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(sql::selectSql() + QStringLiteral(" WHERE status NOT IN (?, ?, ?, ?) ORDER BY created ASC, id ASC"));
    for (const EntryStatus status : { EntryStatus::Completed, EntryStatus::Failed, EntryStatus::Cancelled, EntryStatus::Expired })
        query.addBindValue(statusName(status));
    if (!query.exec()) {
        d->failQuery(query);
        return result;
    }
    while (query.next())
        result.append(sql::fromRow(query));
    return result;
}

QList<double> Library::recentServiceSeconds(int limit) const
{
    QList<double> result;
    if (!d->ready())
        return result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT inference_seconds FROM entries WHERE status = ? AND inference_seconds > 0"
                                 " ORDER BY id DESC LIMIT ?"));
    query.addBindValue(statusName(EntryStatus::Completed));
    query.addBindValue(std::max(0, limit));
    if (!query.exec()) {
        d->failQuery(query);
        return result;
    }
    while (query.next())
        result.append(query.value(0).toDouble());
    return result;
}

bool Library::setFavourite(qint64 id, bool favourite)
{
    if (!d->ready())
        return false;
    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("UPDATE entries SET favourite = ?, updated = ? WHERE id = ?"));
    query.addBindValue(favourite);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return d->failQuery(query);
    if (query.numRowsAffected() != 1)
        return d->fail(tr("There is no run %1 in the library.").arg(id));
    return true;
}

bool Library::Private::referencedElsewhere(const QString &path, qint64 exceptId) const
{
    // Entries store absolute paths, or paths relative to the media folder.
    const QString relative = QDir(mediaDirectory).relativeFilePath(path);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE id != ?"
                                 " AND (output_path IN (?, ?) OR prepared_image_path IN (?, ?))"));
    sql::bindAll(query, { exceptId, path, relative, path, relative });
    // When in doubt, keep the file.
    return !query.exec() || !query.next() || query.value(0).toInt() > 0;
}

bool Library::remove(qint64 id, bool deleteFiles)
{
    const std::optional<Entry> existing = entry(id);
    if (!existing)
        return d->lastError.isEmpty() ? d->fail(tr("There is no run %1 in the library.").arg(id)) : false;

    // Only the files this entry points at, and only those no other entry still uses
    // (variations of one image share its prepared copy). The prepared image must lie
    // in the media folder: it is never the user's own original.
    QStringList files;
    if (deleteFiles) {
        const QString output = d->resolve(existing->outputPath);
        if (!output.isEmpty()) {
            files.append(output);
            files.append(sidecarPath(output));
        }
        const QString prepared = d->resolve(existing->preparedImagePath);
        const QString media = QFileInfo(d->mediaDirectory).canonicalFilePath();
        const QString preparedCanonical = QFileInfo(prepared).canonicalFilePath();
        if (!preparedCanonical.isEmpty() && !media.isEmpty() && preparedCanonical.startsWith(media + QLatin1Char('/'))
            && prepared != d->resolve(existing->imageSource))
            files.append(prepared);
        files.removeDuplicates();
        files.erase(
            std::remove_if(files.begin(), files.end(),
                           [&](const QString &path) { return !QFileInfo(path).isFile() || d->referencedElsewhere(path, id); }),
            files.end());
    }

    QSqlQuery query(d->db);
    query.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return d->failQuery(query);

    // The row is gone either way; a file that cannot be moved is reported, not fatal.
    QStringList kept;
    for (const QString &path : std::as_const(files)) {
        if (!QFile::moveToTrash(path) && !QFile::remove(path))
            kept.append(QDir::toNativeSeparators(path));
    }
    if (!kept.isEmpty())
        d->fail(tr("The run was removed, but these files could not be deleted: %1").arg(kept.join(QStringLiteral(", "))));
    return true;
}

} // namespace wan::library
