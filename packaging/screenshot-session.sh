# Sourced by the packaging/take-*.sh scripts: what every screenshot session
# needs before its own steps.
#
#   screenshot_session WIDTHxHEIGHT LATENCY_MS [LANGUAGE]
#     Installs what is missing (the test packages, xdotool, openbox), builds
#     the app (with its plugins) and the emulator, starts an X server on a
#     display no other holds (or SCREENSHOT_DISPLAY=:NNN), and the emulator
#     answering after LATENCY_MS; makes a photo-like still, $work/still.jpg;
#     exports the environment a run needs (the emulator's addresses, a fake
#     key, a private profile in $work, in LANGUAGE when given). Sets $work,
#     $port and $display; everything it started stops when the script exits.
#   screenshot_window_manager
#     Starts openbox, so that "maximised" means what it means on a desktop.
#   screenshot_studio [ARGUMENT...]
#     Starts the window (with the arguments) and waits until it is shown.

screenshot_session() {
    local size=$1 latency=$2 language=${3:-}
    packaging/install-deps.sh test
    local tool
    for tool in xdotool openbox; do
        command -v "$tool" >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q "$tool" >/dev/null; }
    done
    cmake --preset default >/dev/null
    cmake --build --preset default --target wanstudio segmind-emulator >/dev/null

    work=$(mktemp -d)
    screenshot_pids=()
    trap 'for p in "${screenshot_pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

    # A display no other X server holds: a busy one would get this script's keys.
    display=${SCREENSHOT_DISPLAY:-}
    while [ -z "$display" ] || [ -e "/tmp/.X11-unix/X${display#:}" ]; do display=:$((100 + RANDOM % 400)); done
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    screenshot_pids+=($!)
    build/default/bin/segmind-emulator --port 0 --port-file "$work/port" --latency-ms "$latency" >/dev/null &
    screenshot_pids+=($!)
    for _ in $(seq 1 100); do [ -s "$work/port" ] && [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
    port=$(head -n 1 "$work/port")

    # A photo-like still: soft plasma clouds over a warm gradient.
    convert -size 1600x1000 plasma:darkorange-midnightblue -blur 0x3 "$work/still.jpg"
    export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
    if [ -n "$language" ]; then
        mkdir -p "$work/config/WanStudio"
        printf '[ui]\nlanguage=%s\n' "$language" > "$work/config/WanStudio/wanstudio.conf"
    fi
    export SEGMIND_API_BASE=http://127.0.0.1:$port SEGMIND_UPLOAD_BASE=http://127.0.0.1:$port
    export SEGMIND_API_KEY=SG_0000000000000000 WANSTUDIO_DEMO=1
}

screenshot_window_manager() {
    openbox >/dev/null 2>&1 &
    screenshot_pids+=($!)
    sleep 0.5
}

screenshot_studio() {
    build/default/bin/wanstudio "$@" >/dev/null 2>&1 &
    screenshot_pids+=($!)
    for _ in $(seq 1 100); do xdotool search --name "Wan Studio" >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 2
}
