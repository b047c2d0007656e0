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
screenshot_session 1366x768 4000 "$language"
screenshot_window_manager
screenshot_studio "$work/still.jpg"
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
