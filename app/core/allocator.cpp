#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wan::core {

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024); // fixed: no longer rises after a large free
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024); // fixed too (else it stays at 128 kB)
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace wan::core
