#!/usr/bin/env bash
# Installs what is missing, builds, and measures every speed figure beside its
# reference in a real X server (Xvfb); prints one table (see BENCHMARKS.md).
# Usage: ./bench.sh [--runs N] [--only 1,2,...]    (not part of ./test.sh)
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh test

cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)" --target wanstudio segmind-emulator wanstudio-bench bench-minimal-window bench-polling

# A display of our own, so the windows are real X windows.
display=${BENCH_DISPLAY:-:$((150 + RANDOM % 100))}
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
unset SEGMIND_API_KEY SEGMIND_API_BASE SEGMIND_UPLOAD_BASE WANSTUDIO_POLL_SCALE
# A session bus of its own, as on a desktop (without one, every Qt program
# would try to start one through dbus-launch).
bus=()
command -v dbus-run-session >/dev/null && bus=(dbus-run-session --)
status=0
"${bus[@]}" build/default/bin/wanstudio-bench "$@" || status=$?
# Figure 10 (polling) is its own program: wanted unless --only leaves it out.
only=""
prev=""
for arg in "$@"; do
    [ "$prev" = "--only" ] && only="$arg"
    prev="$arg"
done
if [ -z "$only" ] || [[ ",$only," == *",10,"* ]]; then
    "${bus[@]}" build/default/bin/bench-polling || status=$?
fi
exit "$status"
