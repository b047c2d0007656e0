#pragma once

// The measured programs: each mode runs in its own process (so that its peak
// memory is its own) and prints one "BENCH {json}" line.

namespace wan::bench {

// argv[1] is "child", argv[2] the mode. Returns the exit code, or -1 for an unknown mode.
int runChild(int argc, char *argv[]);

} // namespace wan::bench
