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

# shellcheck source=packaging/screenshot-session.sh
. packaging/screenshot-session.sh
screenshot_session 1366x768 300
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

# shellcheck disable=SC2119
screenshot_studio
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
