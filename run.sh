#!/usr/bin/env bash
# Installs what is missing, builds, and starts Wan Studio.
# Without SEGMIND_API_KEY it starts the local Segmind emulator on loopback and
# points the app at it: a demo with no AI and no real credits.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"

bin=build/default/bin
emulator_pid=""
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ -z "${SEGMIND_API_KEY:-}" ] && [ -z "${SEGMIND_API_BASE:-}" ]; then
    portfile=$(mktemp)
    "$bin/segmind-emulator" --port 0 --port-file "$portfile" &
    emulator_pid=$!
    for _ in $(seq 1 100); do [ -s "$portfile" ] && break; sleep 0.1; done
    port=$(cat "$portfile"); rm -f "$portfile"
    [ -n "$port" ] || { echo "The local Segmind emulator did not start." >&2; exit 1; }
    echo "No SEGMIND_API_KEY set: using the local Segmind emulator on http://127.0.0.1:$port (demo, no AI, no real credits)." >&2
    export SEGMIND_API_BASE="http://127.0.0.1:$port"
    export SEGMIND_UPLOAD_BASE="http://127.0.0.1:$port"
    export WANSTUDIO_DEMO=1
fi

"$bin/wanstudio" "$@"
