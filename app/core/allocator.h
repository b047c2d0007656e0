#pragma once

// How the C library's allocator behaves for Wan Studio, set once at the start
// of main() (and by the benchmark, which measures what the app does).

namespace wan::core {

// With glibc's defaults, each clip played left its ~600 kB frame buffers in the
// heap (the mmap threshold rises after the first large free) and spread free
// memory over one arena per decoding thread: resident memory grew by about
// 4 MB per run although the memory in use did not. Large buffers now always
// come from mmap and go back when freed, and two arenas are shared by all
// threads. Does nothing on other C libraries. (Small blocks freed between
// blocks still in use stay in the heaps; core::FreeMemoryRelease gives those
// pages back once a run has ended.)
void tuneAllocator();

} // namespace wan::core
