#!/usr/bin/env bash
# The studio on the most common laptop screen (1366x768), maximised by a real
# window manager, against the local Segmind emulator: after one run, then after
# four variations of it compared side by side.
# Usage: packaging/take-laptop-screenshots.sh [--language CODE]
#   writes packaging/screenshots/laptop-run[-CODE].png and laptop-compare[-CODE].png
#   SCREENSHOT_DISPLAY=:NNN picks the Xvfb display (default: a random :90-:98).
set -euo pipefail
cd "$(dirname "$0")/.."
language=""
if [ "${1:-}" = "--language" ]; then
    language=${2:?--language needs a code, e.g. de}
fi
suffix=${language:+-$language}

packaging/install-deps.sh test
for tool in xdotool openbox; do
    command -v "$tool" >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q "$tool" >/dev/null; }
done
cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio segmind-emulator >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=${SCREENSHOT_DISPLAY:-:$((90 + RANDOM % 9))}
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms 1500 >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/port")
export DISPLAY=$display
# A window manager, so that "maximised" means what it means on a desktop (a title bar included).
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
xdotool type --delay 15 "Slow push-in over drifting clouds at golden hour, soft film grain"
xdotool key ctrl+Return
sleep 10
mkdir -p packaging/screenshots
import -window root "packaging/screenshots/laptop-run$suffix.png"
echo "Saved packaging/screenshots/laptop-run$suffix.png"

# Four variations (the dialog's default), sent with Enter; then the Library,
# the four newest selected, and Compare (C).
xdotool key ctrl+shift+Return
sleep 1.5
xdotool key Return
sleep 16
xdotool key ctrl+l
sleep 2
# The Library's cards at 1366x768, maximised: the four newest (the variations).
xdotool mousemove 598 240 click 1
sleep 0.3
for at in "842 240" "598 435" "842 435"; do
    # shellcheck disable=SC2086
    xdotool mousemove $at keydown ctrl click 1 keyup ctrl
    sleep 0.3
done
sleep 0.5
xdotool key c
sleep 5
import -window root "packaging/screenshots/laptop-compare$suffix.png"
echo "Saved packaging/screenshots/laptop-compare$suffix.png"
