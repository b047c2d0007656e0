#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GUI tests offscreen).
# Usage: ./test.sh [preset]     preset: default (RelWithDebInfo) or asan
set -euo pipefail
cd "$(dirname "$0")"

preset=${1:-default}
packaging/install-deps.sh test

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j2 "${@:2}"
