#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) from a release build without the
# tests or the emulator: build/deb/wanstudio_<version>_<arch>.deb
# Usage: packaging/build-deb.sh
# Then:  sudo apt-get install ./build/deb/wanstudio_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh build
# RelWithDebInfo shares the compiler cache with the default preset; CPack strips the binary.
cmake -S . -B build/deb -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWANSTUDIO_BUILD_TESTS=OFF >/dev/null
cmake --build build/deb -j"$(nproc)"
(cd build/deb && cpack -G DEB)
ls -1 build/deb/wanstudio_*.deb
