#!/bin/sh
# Leaks: the default build's tests again, with LeakSanitizer (gcc's runtime,
# preloaded, so nothing is rebuilt) watching every test process and the
# processes it starts (the emulator, the wanstudio binaries). Any memory still
# unreachable at a process's exit fails that test, unless tests/lsan.supp
# names it: each entry there is a leak in a library, with the reason.
# Not part of ./test.sh: it takes about as long as the tests themselves.
#
#   tests/leaks.sh                  every test but lint and packaging
#   tests/leaks.sh -R tst_mainwindow   ctest arguments pick tests
set -eu
cd "$(dirname "$0")/.."
packaging/install-deps.sh test
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"
runtime=$(gcc -print-file-name=liblsan.so)
[ -e "$runtime" ] || { echo "leaks.sh: gcc's LeakSanitizer runtime (liblsan) is missing" >&2; exit 1; }
# Slow unwinding: Qt and the system libraries keep no frame pointers, and the
# suppressions match on whole stacks.
export LD_PRELOAD="$runtime"
export LSAN_OPTIONS="exitcode=23:fast_unwind_on_malloc=0:malloc_context_size=40:suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
cd build/default
if [ $# -gt 0 ]; then
    exec ctest --output-on-failure "$@"
fi
# packaging_*: dpkg's and AppStream's tools, not ours.
exec ctest --output-on-failure -j2 -LE lint -E '^packaging_'
