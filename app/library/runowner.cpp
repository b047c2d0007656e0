#include "runowner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wan::library {

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)

namespace {

QString lockPath(const QString &directory, const QString &token)
{
    return QDir(directory).filePath(token + QStringLiteral(".lock"));
}

// A token is a UUID without braces: never a path of its own.
bool plausibleToken(const QString &token)
{
    return !token.isEmpty() && !QUuid::fromString(token).isNull();
}

} // namespace

ProcessLease::ProcessLease(QString ownersDirectory)
    : m_directory(std::move(ownersDirectory))
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pid(QCoreApplication::applicationPid())
{
    QDir().mkpath(m_directory);
    // Locked under a name nobody asks about, then renamed into place: a process
    // looking at the token never finds the file unlocked while this one starts.
    const QByteArray path = QFile::encodeName(lockPath(m_directory, m_token));
    const QByteArray temporary = QFile::encodeName(QDir(m_directory).filePath(QStringLiteral(".%1.new").arg(m_token)));
    m_fd = ::open(temporary.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd >= 0 && (::flock(m_fd, LOCK_EX | LOCK_NB) != 0 || ::rename(temporary.constData(), path.constData()) != 0)) {
        const int problem = errno;
        ::close(m_fd);
        ::unlink(temporary.constData());
        m_fd = -1;
        errno = problem;
    }
    if (m_fd < 0) {
        qCWarning(lcLibrary) << "no owner lease in" << m_directory << ::strerror(errno);
        return;
    }
    // The pid inside is for people looking at the folder; liveness is the lock.
    const QByteArray pid = QByteArray::number(m_pid) + '\n';
    [[maybe_unused]] const ssize_t written = ::write(m_fd, pid.constData(), size_t(pid.size()));
}

ProcessLease::~ProcessLease()
{
    if (m_fd < 0)
        return;
    QFile::remove(lockPath(m_directory, m_token)); // before unlocking: nobody finds it unlocked
    ::close(m_fd);
}

bool ProcessLease::isAlive(const QString &ownersDirectory, const QString &token)
{
    if (!plausibleToken(token))
        return false;
    const QString path = lockPath(ownersDirectory, token);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no file: the owner exited cleanly, or its file was found dead before
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    if (!held)
        QFile::remove(path); // we hold the shared lock: its owner is gone
    ::close(fd);
    return held;
}

std::shared_ptr<ProcessLease> ProcessLease::forLibrary(const QString &databaseDirectory)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<ProcessLease>> leases; // until the process exits
    const QString directory = QDir(databaseDirectory).filePath(QStringLiteral("owners"));
    QMutexLocker lock(&mutex);
    std::shared_ptr<ProcessLease> &lease = leases[directory];
    if (!lease || !lease->isHeld())
        lease = std::make_shared<ProcessLease>(directory);
    return lease;
}

} // namespace wan::library
