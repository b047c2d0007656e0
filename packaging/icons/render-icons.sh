#!/usr/bin/env bash
# Renders the checked-in PNG icons from the hand-drawn SVG (run after editing
# the SVG, then commit both). Needs rsvg-convert (Debian: librsvg2-bin).
# The PNGs are checked in so that neither the build nor the Flatpak needs it.
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.wanstudio.WanStudio
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$id.svg" -o "hicolor/${size}x${size}/apps/$id.png"
done
