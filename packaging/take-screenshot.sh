#!/usr/bin/env bash
# Takes the README's screenshot: the studio window under Xvfb, after a real
# run against the local Segmind emulator, with the finished clip playing.
# Usage: packaging/take-screenshot.sh [--language CODE] [output.png]
#   default output: packaging/screenshots/studio.png, or studio-CODE.png with
#   --language (de, es, fr, ja, zh_CN, en), which is chosen in the app's
#   Settings (as a person would) before it starts, so the window speaks it.
#   With --language, the Settings dialog (where the language is chosen), the
#   Variations and sweeps dialog and the Library tab are saved beside it, as
#   settings-CODE.png, variations-CODE.png and library-CODE.png, to check that
#   longer texts fit.
#   SCREENSHOT_DISPLAY=:NNN picks the Xvfb display (default: a random :90-:98).
set -euo pipefail
cd "$(dirname "$0")/.."
language=""
if [ "${1:-}" = "--language" ]; then
    language=${2:?--language needs a code, e.g. de}
    shift 2
fi
out=${1:-packaging/screenshots/studio${language:+-$language}.png}

packaging/install-deps.sh test
command -v xdotool >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q xdotool >/dev/null; }
cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio segmind-emulator >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=${SCREENSHOT_DISPLAY:-:$((90 + RANDOM % 9))}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms 1500 >/dev/null &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/port")

# A photo-like still: soft plasma clouds over a warm gradient.
convert -size 1600x1000 plasma:darkorange-midnightblue -blur 0x3 "$work/still.jpg"

export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
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
sleep 9
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "Saved $out"
if [ -n "$language" ]; then
    # Through the menus, the same in every language: File > Settings (third
    # item), then Run (two menus to the right) > Variations and Sweeps (first)
    # and Show Library (second).
    dir=$(dirname "$out")
    xdotool mousemove 20 8 click 1
    sleep 0.7
    xdotool key Down Down Down Return
    sleep 2
    import -window root "$dir/settings-$language.png"
    echo "Saved $dir/settings-$language.png"
    xdotool key Escape
    sleep 1
    xdotool mousemove 20 8 click 1
    sleep 0.7
    xdotool key Right Right Down Return
    sleep 2
    import -window root "$dir/variations-$language.png"
    echo "Saved $dir/variations-$language.png"
    xdotool key Escape
    sleep 1
    xdotool mousemove 20 8 click 1
    sleep 0.7
    xdotool key Right Right Down Down Return
    sleep 3
    import -window root "$dir/library-$language.png"
    echo "Saved $dir/library-$language.png"
fi
