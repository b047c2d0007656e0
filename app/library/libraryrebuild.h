#pragma once

// Lists the clips again when the library was lost or damaged: every MP4 that
// carries Wan Studio settings (ClipSettings, written into each clip before it
// is saved) becomes a completed entry. A damaged database is moved aside, never
// deleted; clips already listed are not listed twice, so running it on a
// healthy library only adds what is missing. Disk work: never on the UI thread.

#include "library.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wan::library {

struct RebuildReport
{
    bool ok = false;             // the library is usable and holds every clip found
    QString error;               // why not (translated)
    QString movedAside;          // where the damaged database went, when it was moved
    int found = 0;               // MP4 files looked at
    int added = 0;
    int alreadyListed = 0;       // same request id or same file as an entry
    QStringList unreadable;      // "file: reason" for MP4s without usable settings
    int skipped() const { return alreadyListed + static_cast<int>(unreadable.size()); }
};

class LibraryRebuild final
{
    Q_DECLARE_TR_FUNCTIONS(wan::library::LibraryRebuild)
public:
    // Opens library when it is not open; when it is damaged, moves its file aside
    // and starts a fresh one. Then adds every clip with settings found in folders
    // (and their subfolders) that it does not list yet.
    static RebuildReport run(Library &library, const QStringList &folders);

    // Renames the database and its -wal/-shm to "<name>.damaged-<time>[-<n>]"
    // (the same folder, nothing deleted). The new path of the database, or
    // empty with the reason in *error.
    static QString moveAside(const QString &databasePath, QString *error = nullptr);
};

} // namespace wan::library
