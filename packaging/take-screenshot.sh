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
#   SCREENSHOT_DISPLAY=:NNN picks the Xvfb display (default: a free one).
set -euo pipefail
cd "$(dirname "$0")/.."
language=""
if [ "${1:-}" = "--language" ]; then
    language=${2:?--language needs a code, e.g. de}
    shift 2
fi
out=${1:-packaging/screenshots/studio${language:+-$language}.png}

# shellcheck source=packaging/screenshot-session.sh
. packaging/screenshot-session.sh
screenshot_session 1280x800 1500 "$language"
screenshot_studio "$work/still.jpg"
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
