#!/usr/bin/env bash
# Installs the Debian 12 packages Wan Studio needs to build, run and test.
# Usage: packaging/install-deps.sh [build|test]   (test adds the test tools)
# Only missing packages are installed, so a second run is quick and offline.
set -euo pipefail

profile=${1:-build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev  # the Spending view's charts (Qt Charts' CMake package needs Qt6OpenGL's)
    libpng-dev  # large PNGs are decoded row by row (app/image/pngscaledreader)
    libavformat-dev libavcodec-dev libswscale-dev libavutil-dev  # a clip's exact frames (app/media)
    libavfilter-dev  # exports: the GIF's palette (app/media/videoexport)
    libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins libqt6svg6 libgl-dev
    ffmpeg gstreamer1.0-plugins-good gstreamer1.0-libav
    fonts-wqy-microhei  # Chinese and Japanese text in the translated window
)
if [ "$profile" = "test" ]; then
    # desktop-file-utils, appstream: the desktop entry and AppStream validators;
    # dpkg-dev: dpkg-shlibdeps for the Debian package test; file: is it stripped;
    # at-spi2-core: the accessibility bus tst_accessibility reads the window over.
    packages+=(xvfb xauth imagemagick dbus-x11 dbus-daemon gnome-keyring desktop-file-utils appstream dpkg-dev file curl)
    packages+=(at-spi2-core)
    # The fuzz preset (clang, libFuzzer, ASan/UBSan runtimes) and the lint script.
    packages+=(clang libclang-rt-14-dev clang-tidy liblsan0)
    # melt: renders the MLT project `sequence export --format mlt` writes (tst_sequencecommand).
    packages+=(melt)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
