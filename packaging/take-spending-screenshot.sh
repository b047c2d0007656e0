#!/usr/bin/env bash
# The Spending view (Run > Spending…) under Xvfb on a laptop-sized screen
# (1366x768), after real runs against the local Segmind emulator: a single
# run, a batch of three (one kept as a favourite), a run the service fails,
# and a batch a daily cap stopped.
# Usage: packaging/take-spending-screenshot.sh [output.png]
#   default output: packaging/screenshots/spending.png
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-packaging/screenshots/spending.png}

cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio wanstudio_spendingcharts segmind-emulator >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# A display no other X server holds (a busy one would get this script's clicks).
display=${SCREENSHOT_DISPLAY:-}
while [ -z "$display" ] || [ -e "/tmp/.X11-unix/X${display#:}" ]; do display=:$((100 + RANDOM % 400)); done
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms 300 >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/port")
convert -size 1600x1000 plasma:darkorange-midnightblue -blur 0x3 "$work/still.jpg"

export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export SEGMIND_API_BASE=http://127.0.0.1:$port SEGMIND_UPLOAD_BASE=http://127.0.0.1:$port
export SEGMIND_API_KEY=SG_0000000000000000 WANSTUDIO_DEMO=1
cli=build/default/bin/wanstudio
control() { curl -s -o /dev/null -H "x-api-key: $SEGMIND_API_KEY" -H 'Content-Type: application/json' -X POST \
    "http://127.0.0.1:$port/_emulator/$1" -d "$2"; }

control config '{"cost": 0.0875}'
$cli generate --image "$work/still.jpg" --prompt "Slow push-in over drifting clouds" --out "$work/one.mp4" >/dev/null
$cli batch --image "$work/still.jpg" --prompt "clouds at {dawn|noon|dusk}, orbit" >/dev/null
control faults '{"route": "status", "kind": "failed"}'
$cli generate --image "$work/still.jpg" --prompt "a run the service fails" --out "$work/fails.mp4" >/dev/null 2>&1 || true
curl -s -o /dev/null -H "x-api-key: $SEGMIND_API_KEY" -X DELETE "http://127.0.0.1:$port/_emulator/faults"
# A clip kept (a favourite, as the Library's star marks it), and a daily cap that stops the next batch.
sqlite3 "$(find "$work/data" -name library.sqlite | head -n 1)" "UPDATE entries SET favourite = 1 WHERE id = 2"
$cli settings set budget/daily 0.45
$cli batch --image "$work/still.jpg" --prompt "waves {1|2|3}" >/dev/null 2>&1 || true

$cli >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do xdotool search --name "Wan Studio" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 2
xdotool search --name "Wan Studio" | head -n 1 | xargs -I{} xdotool windowmove {} 0 0 windowsize {} 1366 768
sleep 1
# Run > Spending… (no window manager here: the menu is opened with the mouse, the item by its key).
xdotool mousemove 136 8 click 1
sleep 0.7
xdotool key p
sleep 4
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "Saved $out"
# The same per week: the switch above the charts.
weekly="${out%.png}-weeks.png"
xdotool mousemove 432 191 click 1
sleep 2
import -window root "$weekly"
echo "Saved $weekly"
