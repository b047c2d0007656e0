#!/usr/bin/env bash
# Installs what is missing, builds, and starts Wan Studio.
#   ./run.sh                 the studio window
#   ./run.sh IMAGE           the window with that image chosen
#   ./run.sh generate ...    the command line (see README.md)
# Without SEGMIND_API_KEY it starts the local Segmind emulator on loopback and
# points the app at it: a demo with no AI and no real credits.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh build
cmake --preset default >/dev/null
# Build output goes to stderr: stdout stays the app's (`./run.sh generate` prints one JSON line there).
cmake --build --preset default -j"$(nproc)" --target wanstudio segmind-emulator >&2

bin=build/default/bin
emulator_pid=""
portfile=""
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true
    [ -n "$portfile" ] && rm -f "$portfile"
}
trap cleanup EXIT

if [ -z "${SEGMIND_API_KEY:-}" ]; then
    portfile=$(mktemp)
    "$bin/segmind-emulator" --port 0 --port-file "$portfile" >/dev/null 2>&1 &
    emulator_pid=$!
    for _ in $(seq 1 100); do [ -s "$portfile" ] && break; sleep 0.1; done
    port=$(head -n 1 "$portfile")
    [ -n "$port" ] || { echo "The local Segmind emulator did not start." >&2; exit 1; }
    echo "No SEGMIND_API_KEY set: using the local Segmind emulator on http://127.0.0.1:$port (demo: no AI, no real credits)." >&2
    export SEGMIND_API_BASE="http://127.0.0.1:$port"
    export SEGMIND_UPLOAD_BASE="http://127.0.0.1:$port"
    # The emulator's own, obviously fake key; it is worthless anywhere else.
    export SEGMIND_API_KEY="SG_0000000000000000"
    export WANSTUDIO_DEMO=1
    # Its runs take seconds, not a minute: poll it more often.
    export WANSTUDIO_POLL_SCALE=0.25
fi

if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY is not set). Run it in a desktop session, under xvfb-run, or use the command line: ./run.sh generate --help" >&2
    exit 1
fi
"$bin/wanstudio" "$@"
