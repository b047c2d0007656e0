#pragma once

// Who is working on a run. Every process that touches runs (a window, a
// `generate`, a `resume`) holds a lease: a token of its own and the file
// <owners>/<token>.lock, locked with flock(LOCK_EX) for the process's whole
// life. The kernel drops that lock when the process dies, however it dies and
// whatever process later gets its pid, so "is the owner of this run alive?" is
// answered by trying to share-lock its file: that fails only while it lives.

#include <QString>

#include <memory>

namespace wan::library {

class ProcessLease final
{
public:
    // A new token, its lock file created in ownersDirectory and locked.
    explicit ProcessLease(QString ownersDirectory);
    // Unlocks and removes the file (a clean exit).
    ~ProcessLease();
    ProcessLease(const ProcessLease &) = delete;
    ProcessLease &operator=(const ProcessLease &) = delete;

    bool isHeld() const { return m_fd >= 0; }
    QString token() const { return m_token; }
    qint64 pid() const { return m_pid; }
    QString ownersDirectory() const { return m_directory; }

    // Whether the process holding token is alive. A dead owner's file is removed.
    static bool isAlive(const QString &ownersDirectory, const QString &token);
    // The lease this process uses for the library in databaseDirectory's "owners"
    // folder, made on first use and kept until the process exits.
    static std::shared_ptr<ProcessLease> forLibrary(const QString &databaseDirectory);

private:
    QString m_directory;
    QString m_token;
    qint64 m_pid = 0;
    int m_fd = -1;
};

} // namespace wan::library
