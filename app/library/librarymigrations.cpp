#include "librarymigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wan::library::migrations {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Version 1: one row per run, one column per Entry field. Times are UTC
// milliseconds since the epoch (sortable, cheap to compare); parameters are
// JSON text; optional numbers are NULL when unknown. The prompt index is an
// external-content FTS5 table kept in step by triggers, so no code path can
// forget to update it.
bool createVersion1(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE entries ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " created INTEGER NOT NULL,"
                           " updated INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " model TEXT NOT NULL DEFAULT '',"
                           " image_source TEXT NOT NULL DEFAULT '',"
                           " prepared_image_path TEXT NOT NULL DEFAULT '',"
                           " image_url TEXT NOT NULL DEFAULT '',"
                           " prompt TEXT NOT NULL DEFAULT '',"
                           " parameters TEXT NOT NULL DEFAULT '{}',"
                           " seed INTEGER NOT NULL DEFAULT 0,"
                           " random_seed INTEGER NOT NULL DEFAULT 0,"
                           " mode TEXT NOT NULL DEFAULT 'async',"
                           " request_id TEXT NOT NULL DEFAULT '',"
                           " status_url TEXT NOT NULL DEFAULT '',"
                           " response_url TEXT NOT NULL DEFAULT '',"
                           " submitted_at INTEGER,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " error_message TEXT NOT NULL DEFAULT '',"
                           " error_hint TEXT NOT NULL DEFAULT '',"
                           " may_have_been_charged INTEGER NOT NULL DEFAULT 0,"
                           " output_path TEXT NOT NULL DEFAULT '',"
                           " duration_ms INTEGER NOT NULL DEFAULT -1,"
                           " size_bytes INTEGER NOT NULL DEFAULT -1,"
                           " credits_before REAL,"
                           " credits_after REAL,"
                           " inference_seconds REAL,"
                           " favourite INTEGER NOT NULL DEFAULT 0,"
                           " batch_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX entries_created ON entries(created)"),
            QStringLiteral("CREATE INDEX entries_image_source ON entries(image_source)"),
            QStringLiteral("CREATE INDEX entries_seed ON entries(seed)"),
            QStringLiteral("CREATE INDEX entries_status ON entries(status)"),
            QStringLiteral("CREATE INDEX entries_favourite ON entries(favourite)"),
            QStringLiteral("CREATE INDEX entries_request_id ON entries(request_id)"),
            // remove_diacritics: "cafe" finds "café".
            QStringLiteral("CREATE VIRTUAL TABLE entries_fts USING fts5("
                           "prompt, content='entries', content_rowid='id',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN"
                           " INSERT INTO entries_fts(rowid, prompt) VALUES (new.id, new.prompt);"
                           " END"),
            QStringLiteral("CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN"
                           " INSERT INTO entries_fts(entries_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);"
                           " END"),
            QStringLiteral("CREATE TRIGGER entries_fts_update AFTER UPDATE OF prompt ON entries BEGIN"
                           " INSERT INTO entries_fts(entries_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);"
                           " INSERT INTO entries_fts(rowid, prompt) VALUES (new.id, new.prompt);"
                           " END"),
            QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        },
        error);
}

// Version 2: one owner per run across processes and time. owner_token names the
// live process acting on the run (its lease file in "owners" beside the database;
// empty: nobody), owner_pid is only for telling the user which process that is.
// output_url keeps the finished video's address: the file outlives the service's
// record of the run, so a run whose record expired can still be downloaded.
bool createVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE entries ADD COLUMN output_url TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE entries ADD COLUMN owner_token TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("ALTER TABLE entries ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0"),
                   },
                   error);
}

// Version 3: what each run really cost, as the service accounted it (NULL when
// it said nothing: runs before this version, failed and sync runs without x-cost).
bool addRunCost(QSqlDatabase &db, QString *error)
{
    return execAll(db, { QStringLiteral("ALTER TABLE entries ADD COLUMN cost REAL") }, error);
}

// Version 4: lineage. A run made from a frame of another clip records that
// run (its id here, and its request id, which a rebuilt library can match)
// and the frame's index. No foreign key: deleting a clip in the middle of a
// chain keeps the runs after it, which then name a parent that is gone.
bool addLineage(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE entries ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0"),
                       QStringLiteral("ALTER TABLE entries ADD COLUMN parent_frame INTEGER NOT NULL DEFAULT -1"),
                       QStringLiteral("ALTER TABLE entries ADD COLUMN parent_request_id TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("CREATE INDEX entries_parent_id ON entries(parent_id)"),
                   },
                   error);
}

// Version 5: sequences. A named, ordered list of library runs, each with its
// in and out frames (-1: the clip's first / last) and the crossfade into it
// from the clip before (frames). Rows of a sequence go with it
// (ON DELETE CASCADE, with foreign_keys on); a run deleted from the library
// leaves its place, which export reports as missing.
bool addSequences(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE sequences ("
                                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                      " name TEXT NOT NULL,"
                                      " created INTEGER NOT NULL,"
                                      " updated INTEGER NOT NULL)"),
                       QStringLiteral("CREATE TABLE sequence_clips ("
                                      " sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,"
                                      " position INTEGER NOT NULL,"
                                      " entry_id INTEGER NOT NULL,"
                                      " in_frame INTEGER NOT NULL DEFAULT -1,"
                                      " out_frame INTEGER NOT NULL DEFAULT -1,"
                                      " crossfade INTEGER NOT NULL DEFAULT 0,"
                                      " PRIMARY KEY (sequence_id, position))"),
                       QStringLiteral("CREATE INDEX sequence_clips_entry ON sequence_clips(entry_id)"),
                   },
                   error);
}

// Version 6: the ledger. cost_estimated marks a cost that is the model's
// typical cost because the service said nothing for a run it charged (a sync
// run without x-cost); the service's own figure is always preferred. The
// balance after each run is credits_after (version 1), as the service reported
// it with the run or, failing that, asked for right after. The index serves the
// spend totals and the budget check, which sum cost by creation time.
bool addLedger(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE entries ADD COLUMN cost_estimated INTEGER NOT NULL DEFAULT 0"),
                       QStringLiteral("CREATE INDEX entries_created_cost ON entries(created, cost)"),
                   },
                   error);
}

} // namespace

QList<Step> steps()
{
    return { createVersion1, createVersion2, addRunCost, addLineage, addSequences, addLedger };
}

int userVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        setError(error, query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            setError(error, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool migrate(QSqlDatabase &db, const QList<Step> &steps, QString *error)
{
    const int current = userVersion(db, error);
    if (current < 0)
        return false;
    if (current > steps.size()) {
        setError(error, QStringLiteral("schema version %1 is newer than %2").arg(current).arg(steps.size()));
        return false;
    }
    for (int version = current + 1; version <= steps.size(); ++version) {
        // IMMEDIATE takes the write lock before the version is read again, so two
        // processes creating the library at once cannot both run the same step.
        QString reason;
        if (!execAll(db, { QStringLiteral("BEGIN IMMEDIATE") }, &reason)) {
            setError(error, QStringLiteral("step %1: %2").arg(version).arg(reason));
            return false;
        }
        const int now = userVersion(db, &reason);
        // The version bump is part of the step's transaction: both land or neither does.
        const bool ok = now >= 0
            && (now >= version
                || (steps.at(version - 1)(db, &reason)
                    && execAll(db, { QStringLiteral("PRAGMA user_version = %1").arg(version) }, &reason)));
        if (!ok || !execAll(db, { QStringLiteral("COMMIT") }, &reason)) {
            execAll(db, { QStringLiteral("ROLLBACK") });
            setError(error, QStringLiteral("step %1: %2").arg(version).arg(reason));
            return false;
        }
    }
    return true;
}

} // namespace wan::library::migrations
