#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <mutex>

namespace wan::core {

namespace {
constexpr int MmapThreshold = 256 * 1024;
std::mutex g_reuseLock;
int g_reusers = 0;
} // namespace

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, MmapThreshold); // fixed: no longer rises after a large free
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024); // fixed too (else it stays at 128 kB)
    mallopt(M_ARENA_MAX, 2);
#endif
}

LargeBufferReuse::LargeBufferReuse()
{
    const std::lock_guard<std::mutex> locked(g_reuseLock);
#if defined(__GLIBC__)
    if (g_reusers == 0)
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
    ++g_reusers;
}

LargeBufferReuse::~LargeBufferReuse()
{
    const std::lock_guard<std::mutex> locked(g_reuseLock);
    --g_reusers;
#if defined(__GLIBC__)
    if (g_reusers == 0) {
        mallopt(M_MMAP_THRESHOLD, MmapThreshold);
        malloc_trim(0);
    }
#endif
}

} // namespace wan::core
