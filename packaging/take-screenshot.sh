#!/usr/bin/env bash
# Takes the README's screenshot: the studio window under Xvfb, after a real
# run against the local Segmind emulator, with the finished clip playing.
# Usage: packaging/take-screenshot.sh [output.png]   (default: packaging/screenshots/studio.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-packaging/screenshots/studio.png}

packaging/install-deps.sh test
command -v xdotool >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q xdotool >/dev/null; }
cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio segmind-emulator >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms 1500 >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/port")

# A photo-like still: soft plasma clouds over a warm gradient.
convert -size 1600x1000 plasma:darkorange-midnightblue -blur 0x3 "$work/still.jpg"

export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export SEGMIND_API_BASE=http://127.0.0.1:$port SEGMIND_UPLOAD_BASE=http://127.0.0.1:$port
export SEGMIND_API_KEY=SG_0000000000000000 WANSTUDIO_DEMO=1
build/default/bin/wanstudio "$work/still.jpg" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do xdotool search --name "Wan Studio" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 2
xdotool type --delay 15 "Slow push-in over drifting clouds at golden hour, soft film grain"
xdotool key ctrl+Return
sleep 9
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "Saved $out"
