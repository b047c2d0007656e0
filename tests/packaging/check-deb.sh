#!/usr/bin/env bash
# Builds the Debian package from this build with CPack into a scratch folder
# and checks it: the file list (the app, its desktop entry, metadata and icons,
# nothing from the tests), the Depends (libraries from dpkg-shlibdeps plus the
# Qt plugins the app loads at run time), and that the packaged binary runs
# when extracted into a throwaway root.
# Usage: check-deb.sh BUILD_DIR APP_ID VERSION     (exit 77: skipped)
set -euo pipefail
build=$1
id=$2
version=$3

for tool in dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/out/wanstudio_*.deb)
echo "built $(basename "$deb")"
fail=0

# Files: exactly these, nothing from the tests or the emulator.
files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./||' | LC_ALL=C sort)
expected=$(LC_ALL=C sort <<EOT
usr/bin/wanstudio
usr/lib/wanstudio/wanstudio_mediaengine.so
usr/lib/wanstudio/wanstudio_spendingcharts.so
usr/share/applications/$id.desktop
usr/share/doc/wanstudio/changelog.gz
usr/share/doc/wanstudio/copyright
usr/share/man/man1/wanstudio.1.gz
usr/share/icons/hicolor/16x16/apps/$id.png
usr/share/icons/hicolor/24x24/apps/$id.png
usr/share/icons/hicolor/32x32/apps/$id.png
usr/share/icons/hicolor/48x48/apps/$id.png
usr/share/icons/hicolor/64x64/apps/$id.png
usr/share/icons/hicolor/128x128/apps/$id.png
usr/share/icons/hicolor/256x256/apps/$id.png
usr/share/icons/hicolor/512x512/apps/$id.png
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/metainfo/$id.metainfo.xml
EOT
)
if [ "$files" != "$expected" ]; then
    echo "FAIL: package files differ from the expected list:"
    diff <(echo "$expected") <(echo "$files") || true
    fail=1
fi
if grep -Eq 'emulator|tst_|/test' <<<"$files"; then
    echo "FAIL: test files in the package"
    fail=1
fi

# Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = wanstudio ] || { echo "FAIL: Package"; fail=1; }
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "FAIL: Version is not $version"; fail=1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | grep -v '^$' | sort -u)
for needed in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6dbus6 \
              libqt6multimedia6 libqt6keychain1 libqt6charts6 \
              libqt6sql6-sqlite qt6-image-formats-plugins libqt6svg6 ca-certificates; do
    grep -qx "$needed" <<<"$names" || { echo "FAIL: Depends lacks $needed"; fail=1; }
done
# FFmpeg's libraries, loaded (not linked) when a frame is decoded, so dpkg-shlibdeps cannot see them.
for needed in 'libavformat[0-9]+' 'libavcodec[0-9]+' 'libswscale[0-9]+' 'libavutil[0-9]+' 'libavfilter[0-9]+'; do
    grep -qxE "$needed" <<<"$names" || { echo "FAIL: Depends lacks $needed"; fail=1; }
done
# Every package named is one Debian knows (a typo would make the package uninstallable).
if command -v apt-cache >/dev/null; then
    # shellcheck disable=SC2086 # one call for all names: apt-cache loads its cache once
    known=$(apt-cache show --no-all-versions $names 2>/dev/null | sed -n 's/^Package: //p' | sort -u)
    for name in $names; do
        grep -qx "$name" <<<"$known" || { echo "FAIL: no Debian package $name"; fail=1; }
    done
fi

# The packaged binary runs from a throwaway root, against the system's libraries.
dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/wanstudio" --version)
echo "packaged wanstudio --version: $out"
[[ "$out" == "wanstudio $version (Qt "* ]] || { echo "FAIL: --version"; fail=1; }
help=$("$work/root/usr/bin/wanstudio" --help)
for command in generate credits resume library frame; do
    grep -q "wanstudio $command" <<<"$help" || { echo "FAIL: --help does not list $command"; fail=1; }
done
# The frame command finds FFmpeg's libraries (loaded by name, not linked) from the package.
if command -v ffmpeg >/dev/null; then
    ffmpeg -v error -nostdin -f lavfi -i testsrc2=size=64x48:rate=16 -frames:v 8 -c:v libx264 -pix_fmt yuv420p "$work/clip.mp4"
    frame=$(XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        "$work/root/usr/bin/wanstudio" frame "$work/clip.mp4" --at last --out "$work/last.png" 2>&1) \
        || { echo "FAIL: packaged wanstudio frame: $frame"; fail=1; }
    echo "packaged wanstudio frame: $frame"
fi
# Stripped, and linked only against libraries the Depends cover.
if command -v file >/dev/null && file "$work/root/usr/bin/wanstudio" | grep -q "not stripped"; then
    echo "FAIL: the packaged binary is not stripped"
    fail=1
fi
missing=$(ldd "$work/root/usr/bin/wanstudio" | grep 'not found' || true)
[ -z "$missing" ] || { echo "FAIL: unresolved libraries: $missing"; fail=1; }
# The Spending view's charts: a plugin beside the app (the app finds it as
# ../lib/wanstudio from its own folder), the only file that links Qt Charts.
plugin="$work/root/usr/lib/wanstudio/wanstudio_spendingcharts.so"
missing=$(ldd "$plugin" | grep 'not found' || true)
[ -z "$missing" ] || { echo "FAIL: the charts plugin has unresolved libraries: $missing"; fail=1; }
if ldd "$work/root/usr/bin/wanstudio" | grep -qi 'Qt6Charts'; then
    echo "FAIL: the app links Qt Charts (every start would load it)"
    fail=1
fi
# Playback: the media engine plugin, the only file that links Qt Multimedia.
plugin="$work/root/usr/lib/wanstudio/wanstudio_mediaengine.so"
missing=$(ldd "$plugin" | grep 'not found' || true)
[ -z "$missing" ] || { echo "FAIL: the media engine plugin has unresolved libraries: $missing"; fail=1; }
if ldd "$work/root/usr/bin/wanstudio" | grep -qi 'Qt6Multimedia'; then
    echo "FAIL: the app links Qt Multimedia (every start would load it and PulseAudio)"
    fail=1
fi

[ "$fail" = 0 ] && echo "PASS: $(wc -l <<<"$files") files, Depends complete, packaged binary runs"
exit "$fail"
