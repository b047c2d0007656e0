#!/usr/bin/env bash
# Installs the build into a scratch prefix and runs the freedesktop validators
# on what was installed: desktop-file-validate on the desktop entry and
# appstreamcli (offline) on the AppStream metadata. Also checks that exactly
# the expected files are installed (no tests, no emulator).
# Usage: check-installed-metadata.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
id=$2

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/install-deps.sh test installs it)"; exit 1; }
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/usr" >/dev/null

expected="usr/bin/wanstudio
usr/lib/wanstudio/wanstudio_mediaengine.so
usr/lib/wanstudio/wanstudio_spendingcharts.so
usr/share/applications/$id.desktop
usr/share/doc/wanstudio/changelog.gz
usr/share/doc/wanstudio/copyright
usr/share/man/man1/wanstudio.1.gz
usr/share/icons/hicolor/128x128/apps/$id.png
usr/share/icons/hicolor/16x16/apps/$id.png
usr/share/icons/hicolor/24x24/apps/$id.png
usr/share/icons/hicolor/256x256/apps/$id.png
usr/share/icons/hicolor/32x32/apps/$id.png
usr/share/icons/hicolor/48x48/apps/$id.png
usr/share/icons/hicolor/512x512/apps/$id.png
usr/share/icons/hicolor/64x64/apps/$id.png
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/metainfo/$id.metainfo.xml"
installed=$(cd "$root" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
if [ "$installed" != "$(echo "$expected" | LC_ALL=C sort)" ]; then
    echo "FAIL: installed files differ from the expected list:"
    diff <(echo "$expected" | LC_ALL=C sort) <(echo "$installed") || true
    exit 1
fi

echo "desktop-file-validate $root/usr/share/applications/$id.desktop"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
echo "appstreamcli validate --no-net $root/usr/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
# The Icon= and Exec= of the entry resolve inside the installed tree.
grep -qx "Icon=$id" "$root/usr/share/applications/$id.desktop"
test -x "$root/usr/bin/$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/$id.desktop")"
echo "PASS: $(echo "$installed" | wc -l) files installed and valid"
