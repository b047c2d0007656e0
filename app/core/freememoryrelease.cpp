#include "freememoryrelease.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Under AddressSanitizer its own allocator serves every malloc: glibc's heaps
// hold nothing to give back.
#if defined(__SANITIZE_ADDRESS__)
#define WAN_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WAN_OWN_ALLOCATOR 1
#endif
#endif
#if defined(__GLIBC__) && !defined(WAN_OWN_ALLOCATOR)
#define WAN_CAN_TRIM 1
#endif

namespace wan::core {

FreeMemoryRelease::FreeMemoryRelease(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(DefaultSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FreeMemoryRelease::release);
    connect(&m_running, &QFutureWatcher<void>::finished, this, &FreeMemoryRelease::released);
}

// The pool thread touches nothing of this object: no need to wait for it.
FreeMemoryRelease::~FreeMemoryRelease() = default;

bool FreeMemoryRelease::isSupported()
{
#if defined(WAN_CAN_TRIM)
    return true;
#else
    return false;
#endif
}

void FreeMemoryRelease::request()
{
    if (isSupported())
        m_settle.start();
}

void FreeMemoryRelease::release()
{
#if defined(WAN_CAN_TRIM)
    if (m_running.isRunning()) { // still at the last one (a busy pool): again later
        m_settle.start();
        return;
    }
    // malloc_trim(0) also returns whole free pages from the middle of each heap
    // (madvise), not only the top: that is where a long session's free memory sits.
    m_running.setFuture(QtConcurrent::run([] { malloc_trim(0); }));
#endif
}

} // namespace wan::core
