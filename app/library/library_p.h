#pragma once

// Library's private parts, shared by library.cpp (the rows) and
// library_owners.cpp (which process acts on which run). Not an API.

#include "library.h"
#include "entrysql.h"
#include "runowner.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace wan::library {

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)

struct Library::Private
{
    QString databasePath;
    QString mediaDirectory;
    QString connectionName;
    QSqlDatabase db;
    bool open = false;
    bool damaged = false;
    int schemaVersion = 0;
    mutable QString lastError;
    std::shared_ptr<ProcessLease> lease;
    mutable bool diskFull = false;

    bool fail(const QString &message) const
    {
        lastError = message;
        qCWarning(lcLibrary).noquote() << message;
        return false;
    }
    bool failQuery(const QSqlQuery &query) const
    {
        // SQLITE_FULL (13): the disk, not the database, is the problem.
        diskFull = query.lastError().nativeErrorCode() == QLatin1String("13")
            || query.lastError().databaseText().contains(QLatin1String("database or disk is full"));
        return fail(Library::tr("The library database could not be used: %1").arg(query.lastError().text()));
    }
    bool ready() const
    {
        lastError.clear();
        diskFull = false;
        return open || fail(Library::tr("The library is not open."));
    }
    void close()
    {
        open = false;
        schemaVersion = 0;
        if (!db.isValid())
            return;
        db.close();
        db = QSqlDatabase(); // removeDatabase() wants no copy of the connection left
        QSqlDatabase::removeDatabase(connectionName);
    }
    // Relative paths are relative to the media folder, never to the working directory.
    QString resolve(const QString &path) const
    {
        return path.isEmpty() ? QString() : QDir::cleanPath(QDir(mediaDirectory).absoluteFilePath(path));
    }
    QString openAndMigrate();
    bool referencedElsewhere(const QString &path, qint64 exceptId) const;

    QString token() const { return lease ? lease->token() : QString(); }
    qint64 pid() const { return lease ? lease->pid() : 0; }
    // Nobody, this process, or a process that is gone: this process may act on it.
    bool mayTake(const QString &owner) const
    {
        return owner.isEmpty() || owner == token() || !lease || !ProcessLease::isAlive(lease->ownersDirectory(), owner);
    }
    bool begin() const
    {
        // IMMEDIATE: the write lock is taken before the owner is read, so two
        // processes claiming the same run cannot both see it free.
        QSqlQuery query(db);
        return query.exec(QStringLiteral("BEGIN IMMEDIATE")) || failQuery(query);
    }
    bool commit() const
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("COMMIT")))
            return true;
        failQuery(query);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    void rollback() const { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
    bool setOwner(qint64 id, const QString &owner, qint64 ownerPid) const
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE entries SET owner_token = ?, owner_pid = ? WHERE id = ?"));
        sql::bindAll(query, { owner, ownerPid, id });
        return query.exec() || failQuery(query);
    }
};

} // namespace wan::library
