#pragma once

// How the C library's allocator behaves for Wan Studio, set once at the start
// of main() (and by the benchmark, which measures what the app does).

namespace wan::core {

// With glibc's defaults, each clip played left its ~600 kB frame buffers in the
// heap (the mmap threshold rises after the first large free) and spread free
// memory over one arena per decoding thread: resident memory grew by about
// 4 MB per run although the memory in use did not. Buffers from 256 kB up
// (a clip's frame planes, 400 kB and more) now always come from mmap and go
// back when freed, and two arenas are shared by all threads. Below that, the
// heap: a download's 128 kB blocks are reused there rather than mapped and
// faulted in afresh each time (issue 18), and the top of a heap is given back
// only past 1 MB free, so that a block freed there is not unmapped either.
// Does nothing on other C libraries. (Small blocks freed between blocks still
// in use stay in the heaps; core::FreeMemoryRelease gives those pages back
// once a run has ended.)
void tuneAllocator();

// While one lives (any number, on any thread), buffers up to 32 MB come from
// the heap and are reused there: an export allocates and frees a few
// full-size frames per frame it writes (1.6 MB at 832x480 in RGB), and with
// the 256 kB threshold each was mapped and faulted in afresh, a fifth of a
// GIF export's time in the kernel. The last one to go restores the threshold
// and gives the heap's free memory back (malloc_trim).
class LargeBufferReuse final
{
public:
    LargeBufferReuse();
    ~LargeBufferReuse();
    LargeBufferReuse(const LargeBufferReuse &) = delete;
    LargeBufferReuse &operator=(const LargeBufferReuse &) = delete;
};

} // namespace wan::core
