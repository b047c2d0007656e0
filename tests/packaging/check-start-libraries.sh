#!/usr/bin/env bash
# What every start of the app loads: bin/wanstudio must not need Qt Multimedia
# (nor Qt Charts), directly or through any library it links; both come in
# plugins loaded later (lib/wanstudio/). Qt Multimedia would bring PulseAudio,
# libsndfile and its codecs into every start (BENCHMARKS.md, figure 1). And
# the media engine plugin is there, and does link Qt Multimedia.
# Usage: check-start-libraries.sh BUILD_DIR
set -euo pipefail
build=$1
app="$build/bin/wanstudio"
plugin="$build/lib/wanstudio/wanstudio_mediaengine.so"
fail=0
for file in "$app" "$plugin"; do
    [ -f "$file" ] || { echo "FAIL: $file is missing"; exit 1; }
done
# ldd lists the whole tree: the libraries of the libraries too.
libraries=$(ldd "$app")
for unwanted in Qt6Multimedia Qt6Charts libpulse libsndfile; do
    if grep -qi "$unwanted" <<<"$libraries"; then
        echo "FAIL: every start of wanstudio loads $unwanted:"
        grep -i "$unwanted" <<<"$libraries"
        fail=1
    fi
done
if readelf -d "$app" | grep NEEDED | grep -qi multimedia; then
    echo "FAIL: wanstudio names Qt Multimedia as NEEDED"
    fail=1
fi
grep -qi Qt6Multimedia <<<"$(ldd "$plugin")" || { echo "FAIL: the media engine plugin does not link Qt Multimedia"; fail=1; }
[ "$fail" = 0 ] && echo "PASS: $(wc -l <<<"$libraries") libraries at start, none of Qt Multimedia's"
exit "$fail"
