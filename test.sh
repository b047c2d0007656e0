#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GUI tests offscreen).
# Usage: ./test.sh [preset]     preset: default (RelWithDebInfo, then the fuzz targets) or asan
set -euo pipefail
cd "$(dirname "$0")"

preset=${1:-default}
packaging/install-deps.sh test

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j2 "${@:2}"

# The parsers of outside bytes under libFuzzer: a clang build of the core and
# the fuzz targets only (build/fuzz), each target run briefly on its seed corpus.
# Skipped when ctest arguments pick tests (./test.sh default -R name) or WANSTUDIO_SKIP_FUZZ=1.
if [ "$preset" = "default" ] && [ $# -le 1 ] && [ "${WANSTUDIO_SKIP_FUZZ:-0}" != "1" ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j"$(nproc)"
    ctest --preset fuzz -j2
fi
