#!/usr/bin/env bash
# Runs clang-tidy with the repository's .clang-tidy over every source file of
# app/ and ui/ (headers through HeaderFilterRegex) and fails on any finding.
# Usage: packaging/clang-tidy.sh [build-dir] [file-regex]
#   build-dir  a configured build with compile_commands.json (default build/default);
#              its generated sources (moc, resources) must exist, so build it first
#   file-regex which files to check (default: all of app/ and ui/)
# JOBS sets the parallel clang-tidy processes (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build/default}
files=${2:-"$root/(app|ui)/.*\\.cpp\$"}
jobs=${JOBS:-2}

if [ ! -f "$build/compile_commands.json" ]; then
    echo "No $build/compile_commands.json: configure and build first (cmake --preset default)." >&2
    exit 2
fi
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [ -z "$runner" ]; then
    echo "run-clang-tidy not found: install clang-tidy (packaging/install-deps.sh test)." >&2
    exit 2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
status=0
# run-clang-tidy always asks for colour: strip the escapes so the lines can be matched.
"$runner" -p "$build" -j "$jobs" -quiet "$files" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || status=$?
seconds=$(( $(date +%s) - start ))

# A finding is a "file:line:col: warning|error:" line; print each with its context.
findings=$(grep -cE '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log" || true)
if [ "$findings" -gt 0 ] || [ "$status" -ne 0 ]; then
    grep -vE '^(clang-tidy|\[[0-9]+/[0-9]+\]|[0-9]+ warnings? generated|Suppressed [0-9]+ warnings|Use -header-filter|Running clang-tidy|Enabled checks:)' "$log" | grep -v '^ *$' || true
    echo "clang-tidy: $findings finding(s) in app/ and ui/ (exit $status, ${seconds}s)." >&2
    exit 1
fi
echo "clang-tidy: app/ and ui/ are clean (${seconds}s)."
