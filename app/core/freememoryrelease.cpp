#include "freememoryrelease.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wan::core {

FreeMemoryRelease::FreeMemoryRelease(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(DefaultSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FreeMemoryRelease::release);
    connect(&m_running, &QFutureWatcher<void>::finished, this, [this] {
        Q_EMIT released();
        if (m_again) {
            m_again = false;
            m_settle.start();
        }
    });
}

FreeMemoryRelease::~FreeMemoryRelease()
{
    // The pool thread touches no member; waiting keeps the watcher's future valid.
    m_running.waitForFinished();
}

bool FreeMemoryRelease::isSupported()
{
#if defined(__GLIBC__)
    return true;
#else
    return false;
#endif
}

void FreeMemoryRelease::request()
{
    if (!isSupported())
        return;
    if (m_running.isRunning()) {
        m_again = true;
        return;
    }
    m_settle.start();
}

void FreeMemoryRelease::release()
{
#if defined(__GLIBC__)
    // malloc_trim(0) also returns whole free pages from the middle of each heap
    // (madvise), not only the top: that is where a long session's free memory sits.
    m_running.setFuture(QtConcurrent::run([] { malloc_trim(0); }));
#endif
}

} // namespace wan::core
