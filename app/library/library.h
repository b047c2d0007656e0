#pragma once

// Every run, in one SQLite database (Qt SQL) in the data directory. Schema
// versioned (PRAGMA user_version) with migrations; prompt search through
// FTS5. Synchronous and single-threaded: the window uses it through
// LibraryService, which runs it on its own thread.

#include "libraryentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace wan::library {

struct Query
{
    QString text;                      // full-text search in the prompt (words, prefix matching)
    QString imageSource;               // exact original image
    std::optional<qint64> seed;
    QString resolution;                // "480p" / "720p"
    QDate from;                        // created on or after (local date)
    QDate to;                          // created on or before
    bool favouritesOnly = false;
    std::optional<EntryStatus> status;
    int limit = 500;
    int offset = 0;
};

class Library final
{
    // Library is no QObject; this gives it tr() under its full name, which is the context lupdate uses.
    Q_DECLARE_TR_FUNCTIONS(wan::library::Library)

public:
    static constexpr int SchemaVersion = 1;

    // databasePath: the SQLite file (created when missing). mediaDirectory: where
    // prepared images and results live (default: "media" beside the database).
    explicit Library(const QString &databasePath, const QString &mediaDirectory = {});
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens (creating or migrating the schema); false with a translated reason.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    int schemaVersion() const;
    QString mediaDirectory() const;

    qint64 insert(Entry entry);              // returns the new id, 0 on failure
    // All or nothing, in one transaction (imports, tests); the entries' ids are ignored.
    bool insertMany(const QList<Entry> &entries);
    bool update(const Entry &entry);         // by entry.id; bumps updated; leaves favourite to setFavourite()
    std::optional<Entry> entry(qint64 id) const;
    QList<Entry> find(const Query &query) const;   // newest first
    int count(const Query &query = {}) const;
    // Runs to pick up after a restart: accepted but not finished (resume by polling),
    // and queued ones never sent (resume when the user says so).
    QList<Entry> unfinished() const;
    bool setFavourite(qint64 id, bool favourite);
    // Removes the row; with deleteFiles also its output MP4, sidecar and prepared image
    // (moved to the system trash where QFile::moveToTrash works, else deleted).
    bool remove(qint64 id, bool deleteFiles);
    QString lastError() const;
    // The last failure was SQLite's "database or disk is full": a full disk, not a damaged library.
    bool lastErrorWasDiskFull() const;

private:
    struct Private;
    Private *d;
};

} // namespace wan::library
