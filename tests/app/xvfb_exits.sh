#!/bin/sh
# A real limber in a real X server, left in the middle of a routine each
# way a process can be: SIGTERM, SIGINT and SIGHUP, the window manager's
# close button (openbox, asked by wmctrl), and the X server killed under
# it (Xlib then calls exit()). Each time the history must hold the
# session once, stopped at step 1; the settings changed just before the
# display died are written too.
#   xvfb_exits.sh LIMBER ROUTINES_DIR
# Exits 77 (ctest: skipped) only when Xvfb or openbox is not installed.
set -u
limber=$1
routines=$2

for tool in Xvfb openbox; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/install-deps test)"
        exit 77
    fi
done
for tool in xdotool wmctrl; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "FAIL: $tool is missing (scripts/install-deps test)"; exit 1; }
done

tmp=$(mktemp -d)
xvfb=""
wm=""
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    [ -n "$wm" ] && kill "$wm" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$(dirname "$0")/../xvfb.sh"

export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"
mkdir -p "$XDG_STATE_HOME/limber"
echo 1 >"$XDG_STATE_HOME/limber/notice" # acknowledged: the routine starts
history="$XDG_STATE_HOME/limber/history.jsonl"

# Plays app-stretch (step 1 runs from 5 s to 60 s) and waits for its
# window and two seconds of play.
start() {
    rm -f "$history"
    "$limber" --lang en --routines "$routines" app-stretch \
        >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" \
        2>/dev/null | head -n 1)
    [ -n "$win" ] || fail "no window appeared"
    sleep 2
}

# The history holds one line: app-stretch, stopped at step 1.
recorded_once() {
    [ -f "$history" ] || fail "no history.jsonl after $1"
    lines=$(wc -l <"$history")
    [ "$lines" -eq 1 ] || fail "$lines lines in the history after $1"
    grep -q '^{"id":"app-stretch",.*"completed":false,"stopped_at_step":1}$' \
        "$history" || fail "after $1 the history says: $(cat "$history")"
    echo "ok: $1: $(cat "$history")"
}

start_xvfb
for sig in TERM INT HUP; do
    start
    kill -$sig "$pid"
    ended "SIG$sig" 0
    recorded_once "SIG$sig"
done

# The close button: the window manager asks the window to close.
start_openbox
start
wmctrl -i -c "$win" || fail "wmctrl could not ask the window to close"
ended "the close button" 0
recorded_once "the close button"
kill "$wm"
wait "$wm" 2>/dev/null
wm=""

# The display goes away: Xlib reports the broken connection and exits 1.
# A volume change made just before, still settling, is not lost either.
start
rm -f "$XDG_CONFIG_HOME/limber/settings.yaml"
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool key --clearmodifiers minus
sleep 0.2
kill "$xvfb"
wait "$xvfb" 2>/dev/null
xvfb=""
ended "the X server died" 1
recorded_once "the X server died"
grep -qx 'volume: 70' "$XDG_CONFIG_HOME/limber/settings.yaml" 2>/dev/null ||
    fail "the volume change was lost with the display"
