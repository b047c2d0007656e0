#!/usr/bin/env bash
# Prompt craft and grids on the most common laptop screen (1366x768), maximised
# by a real window manager, against the local Segmind emulator: the shot
# vocabulary beside the prompt (searched for "light"), the Variations and
# sweeps dialog's Grid tab (three prompt alternatives by two sample shifts),
# and the grid view while its runs finish and once they have.
# Usage: packaging/take-grid-screenshots.sh [--language CODE]
#   writes packaging/screenshots/laptop-vocabulary[-CODE].png, and without
#   --language (the dialog is driven by its English mnemonics) laptop-grid-plan.png,
#   laptop-grid-running.png and laptop-grid.png
#   SCREENSHOT_DISPLAY=:NNN picks the Xvfb display (default: a random :130-:138).
set -euo pipefail
cd "$(dirname "$0")/.."
language=""
if [ "${1:-}" = "--language" ]; then
    language=${2:?--language needs a code, e.g. de}
fi
suffix=${language:+-$language}

for tool in xdotool openbox Xvfb import; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (see packaging/take-laptop-screenshots.sh)" >&2; exit 2; }
done
cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio segmind-emulator >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Not :90-:98, which take-laptop-screenshots.sh picks from: two runs at once must not share a display.
display=${SCREENSHOT_DISPLAY:-:$((130 + RANDOM % 9))}
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms 4000 >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/port")
export DISPLAY=$display
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 0.5

convert -size 1600x1000 plasma:darkorange-midnightblue -blur 0x3 "$work/still.jpg"
export QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
if [ -n "$language" ]; then
    mkdir -p "$work/config/WanStudio"
    printf '[ui]\nlanguage=%s\n' "$language" > "$work/config/WanStudio/wanstudio.conf"
fi
export SEGMIND_API_BASE=http://127.0.0.1:$port SEGMIND_UPLOAD_BASE=http://127.0.0.1:$port
export SEGMIND_API_KEY=SG_0000000000000000 WANSTUDIO_DEMO=1
build/default/bin/wanstudio "$work/still.jpg" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do xdotool search --name "Wan Studio" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 2
mkdir -p packaging/screenshots

# The prompt with alternatives, then the vocabulary (Ctrl+K), searched.
xdotool type --delay 15 "A harbour at {dawn|noon|dusk}, boats rocking"
xdotool key ctrl+k
sleep 0.8
xdotool type --delay 30 "light"
sleep 0.8
import -window root "packaging/screenshots/laptop-vocabulary$suffix.png"
echo "Saved packaging/screenshots/laptop-vocabulary$suffix.png"
[ -z "$language" ] || exit 0
# Down to the list, a phrase in with Enter, and the vocabulary closed.
xdotool key Down Return Escape
sleep 0.5

# Variations and sweeps, Grid tab (Alt+G): the prompt's alternatives down,
# sample_shift across at 4 and 8 (Column values, Alt+M).
xdotool key ctrl+shift+Return
sleep 1.5
xdotool key alt+g
sleep 0.5
xdotool key alt+m ctrl+a
xdotool type --delay 30 "4, 8"
sleep 0.8
import -window root "packaging/screenshots/laptop-grid-plan$suffix.png"
echo "Saved packaging/screenshots/laptop-grid-plan$suffix.png"
xdotool key Return
# Three run at once, each about 4 s on the emulator: the first three done, the rest running.
sleep 7
import -window root "packaging/screenshots/laptop-grid-running$suffix.png"
echo "Saved packaging/screenshots/laptop-grid-running$suffix.png"
sleep 10
import -window root "packaging/screenshots/laptop-grid$suffix.png"
echo "Saved packaging/screenshots/laptop-grid$suffix.png"
