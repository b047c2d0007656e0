#!/usr/bin/env python3
"""Starts several programs in turn, N times each, and prints each one's median
wall time and its ratio to the first: a by-hand check of figure 1 beside other
builds or variants (see BENCHMARKS.md). Interleaving keeps a drift of the
machine's load from favouring one of them.

    tests/bench/startcompare.py 30 "ref=build/default/bin/bench-minimal-window --quit-after-startup" \\
        "ours=build/default/bin/wanstudio --quit-after-startup"

Run it where the programs can open their windows (DISPLAY set, ideally under
dbus-run-session, as bench.sh does). A name=command may start with
"env VAR=value" to change one program's environment.
"""
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(sys.argv[1])
    variants = [argument.split("=", 1) for argument in sys.argv[2:]]
    times = {name: [] for name, _ in variants}
    for _ in range(runs):
        for name, command in variants:
            start = time.monotonic()
            result = subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append((time.monotonic() - start) * 1000)
            if result.returncode != 0:
                print(f"{name}: exit {result.returncode}", file=sys.stderr)
    reference = statistics.median(times[variants[0][0]])
    for name, _ in variants:
        median = statistics.median(times[name])
        print(f"{name:12s} {median:7.1f} ms  {median / reference:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
