#!/bin/sh
# Soak: 300 generations (by default) against the local Segmind emulator, each
# after a random fault chosen from a seeded generator, so a run can be repeated
# exactly. Not part of ./test.sh: it takes several minutes.
#
#   tests/soak/soak.sh [RUNS] [SEED]        e.g. tests/soak/soak.sh 300 1
#
# Prints: completed, resumed, failed-with-message, lost (must be 0), double
# submissions (must be 0), crashes (must be 0) and the driver's resident memory
# after the first and the last generation. Exits non-zero when a run was lost,
# submitted twice, left unclear, or anything crashed.
set -eu
cd "$(dirname "$0")/../.."
RUNS=${1:-300}
SEED=${2:-1}
cmake --preset default >/dev/null
cmake --build --preset default --target wanstudio-soak segmind-emulator wanstudio >/dev/null
status=0
QT_QPA_PLATFORM=offscreen SEGMIND_API_KEY= SEGMIND_API_BASE= SEGMIND_UPLOAD_BASE= \
    build/default/bin/wanstudio-soak --runs "$RUNS" --seed "$SEED" || status=$?
if [ "$status" -gt 128 ]; then
    echo "crashes: the soak driver itself died with signal $((status - 128))"
fi
exit "$status"
