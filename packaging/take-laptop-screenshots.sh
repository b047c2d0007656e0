#!/usr/bin/env bash
# The studio on the most common laptop screen (1366x768), maximised by a real
# window manager, against the local Segmind emulator: after one run, then after
# four variations of it compared side by side.
# Usage: packaging/take-laptop-screenshots.sh [--language CODE]
#   writes packaging/screenshots/laptop-run[-CODE].png and laptop-compare[-CODE].png
#   SCREENSHOT_DISPLAY=:NNN picks the Xvfb display (default: a free one).
set -euo pipefail
cd "$(dirname "$0")/.."
language=""
if [ "${1:-}" = "--language" ]; then
    language=${2:?--language needs a code, e.g. de}
fi
suffix=${language:+-$language}

# shellcheck source=packaging/screenshot-session.sh
. packaging/screenshot-session.sh
screenshot_session 1366x768 1500 "$language"
screenshot_window_manager
screenshot_studio "$work/still.jpg"
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
