# Sourced by the real-window tests (tests/app/xvfb_window.sh,
# tests/app/xvfb_exits.sh, tests/kiosk/xvfb_kiosk.sh): a private Xvfb, a
# window manager, and the checks on the limber process they share. The
# caller sets $tmp, $pid, $xvfb (and $wm with openbox) and a cleanup trap.

# The start of a real-window test: skips it (status 77) without Xvfb,
# fails it without the other tools named, makes $tmp, and at exit kills
# limber ($pid) and Xvfb ($xvfb) and removes $tmp.
xvfb_test_begin() {
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "SKIP: Xvfb is not installed (scripts/install-deps test)"
        exit 77
    fi
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            { echo "FAIL: $tool is missing (scripts/install-deps test)"; exit 1; }
    done
    tmp=$(mktemp -d)
    xvfb=""
    pid=""
    trap xvfb_test_end EXIT
}

xvfb_test_end() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$tmp"
}

fail() {
    echo "FAIL: $*"
    [ -f "$tmp/err" ] && sed 's/^/  limber: /' "$tmp/err"
    exit 1
}

# Starts Xvfb on a free display (it writes the number to fd 3) with a
# screen of $1 (default 1280x800), exports DISPLAY, and gives SDL the
# real X11 driver with silent sound.
start_xvfb() {
    rm -f "$tmp/display"
    Xvfb -displayfd 3 -screen 0 "${1:-1280x800}x24" -nolisten tcp \
        3>"$tmp/display" \
        2>"$tmp/xvfb.log" &
    xvfb=$!
    i=0
    while [ ! -s "$tmp/display" ]; do
        i=$((i + 1))
        [ $i -gt 100 ] && fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
        sleep 0.1
    done
    DISPLAY=:$(cat "$tmp/display")
    export DISPLAY
    unset WAYLAND_DISPLAY SDL_VIDEODRIVER SDL_RENDER_DRIVER
    export SDL_AUDIODRIVER=dummy
}

# Waits up to 5 s for limber ($pid) to end after $1 and checks its
# status is $2 (default 0).
ended() {
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        [ $i -gt 50 ] && fail "limber still runs after $1"
        sleep 0.1
    done
    status=0
    wait "$pid" || status=$?
    pid=""
    [ "$status" -eq "${2:-0}" ] ||
        fail "exit status $status after $1, not ${2:-0}"
}

# Starts openbox ($wm) on the display and waits until it manages it.
start_openbox() {
    openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
    wm=$!
    i=0
    until wmctrl -m >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -gt 100 ] &&
            fail "openbox did not start: $(cat "$tmp/openbox.log")"
        sleep 0.1
    done
}
