#!/bin/sh
# Kiosk mode in a real X server with a real window manager (openbox):
# the window fills the screen; Escape, Alt+F4, Ctrl+Q, Ctrl+W, Q, Alt+Tab,
# the window manager's close request, focus loss and a short tap of the
# chord leave it running; the idle timeout brings the home screen back
# (compared pixel for pixel), then the attract screen; the wrong PIN
# keeps it running and the right one ends it with status 0; holding
# Ctrl+Alt+Shift+Q for 3 s ends it with 0; SIGTERM ends it with 0.
#   xvfb_kiosk.sh LIMBER ROUTINES_DIR
# Exits 77 (ctest: skipped) only when Xvfb or openbox is not installed.
set -u
limber=$1
routines=$2

for tool in Xvfb openbox; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "SKIP: $tool is not installed (scripts/install-deps test)"
          exit 77; }
done
for tool in xdotool wmctrl xmessage import convert compare; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "FAIL: $tool is missing (scripts/install-deps test)"; exit 1; }
done

tmp=$(mktemp -d)
xvfb="" wm="" pid="" other=""
cleanup() {
    for p in $pid $other $wm $xvfb; do kill "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$(dirname "$0")/../xvfb.sh"
step() { echo "-- $*"; }

start_xvfb
# No config but the test's: not /etc's, not the user's.
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state"

# Fullscreen needs a window manager; wait until it has taken the screen.
start_openbox

pin_line=$(printf '2468\n' | "$limber" --hash-pin) ||
    fail "limber --hash-pin failed"
case "$pin_line" in
'pin: "$y$'*) ;;
*) fail "--hash-pin printed '$pin_line'" ;;
esac
printf 'kiosk: true\nlanguages: [en]\n%s\n' "$pin_line" >"$tmp/kiosk.yaml"

start() {
    "$limber" --config "$tmp/kiosk.yaml" --routines "$routines" \
        --idle-timeout 3 "$@" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" \
        2>/dev/null | head -n 1)
    [ -n "$win" ] || fail "no window appeared"
    # The window manager makes it fullscreen a moment after it maps.
    i=0
    while :; do
        eval "$(xdotool getwindowgeometry --shell "$win")"
        [ "$WIDTH" = 1280 ] && [ "$HEIGHT" = 800 ] && [ "$X" = 0 ] &&
            [ "$Y" = 0 ] && break
        i=$((i + 1))
        [ $i -gt 50 ] &&
            fail "window is ${WIDTH}x$HEIGHT at $X,$Y, not the 1280x800 screen"
        sleep 0.1
    done
    sleep 0.5
}

alive() {
    sleep "${2:-0.4}"
    kill -0 "$pid" 2>/dev/null || {
        wait "$pid"
        fail "limber ended after $1 (status $?)"
    }
}

shot() {
    import -window root "$tmp/$1.png" 2>/dev/null || fail "import $1"
}

# Pixels that differ between two screenshots.
differ() {
    compare -metric AE "$tmp/$1.png" "$tmp/$2.png" null: 2>&1 | cut -d' ' -f1
}

same() {
    n=$(differ "$1" "$2")
    [ "$n" = 0 ] || fail "$3 ($n pixels differ from $1)"
}

ms() { echo $(($(date +%s%N) / 1000000)); }

# Screenshots NAME until it is (await_same) or is not (await_other) the
# same as REF, for at most SECONDS: the app answers in its own time, and a
# loaded machine (sanitizers, parallel tests) can take a while to draw.
#   await_same REF NAME SECONDS MESSAGE
await() {
    want=$1 ref=$2 name=$3 msg=$5
    until=$(($(ms) + $4 * 1000))
    while :; do
        shot "$name"
        n=$(differ "$ref" "$name")
        if [ "$want" = same ]; then [ "$n" = 0 ] && return; else
            [ "$n" != 0 ] && return; fi
        [ "$(ms)" -lt "$until" ] ||
            fail "$msg ($n pixels differ from $ref)"
        sleep 0.2
    done
}
await_same() { await same "$@"; }
await_other() { await other "$@"; }

# Screenshots NAME until two shots 0.3 s apart are the same: the screen has
# taken every key sent so far.
settle() {
    shot "$1"
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        mv "$tmp/$1.png" "$tmp/$1-before.png"
        shot "$1"
        [ "$(differ "$1" "$1-before")" = 0 ] && return
    done
    fail "the screen did not settle for $1"
}

step "fullscreen, then every way out a visitor might try"
start
shot home
sd=$(convert "$tmp/home.png" -format '%[fx:standard_deviation]' info:)
awk "BEGIN { exit !($sd > 0.02) }" || fail "the home screen looks blank"
for k in Escape alt+F4 ctrl+q ctrl+w q alt+Tab ctrl+alt+BackSpace; do
    xdotool key "$k"
    alive "$k"
done
wmctrl -i -c "$win"
alive "the window manager's close request" 1
xdotool keydown ctrl+alt+shift+q
sleep 1
xdotool keyup ctrl+alt+shift+q
alive "a 1 s tap of the chord" 2.5

step "focus loss: another window opens and takes the focus"
xmessage -geometry 400x200+100+100 "another program" &
other=$!
ow=$(timeout 5 xdotool search --sync --onlyvisible --classname xmessage \
    2>/dev/null | head -n 1)
[ -n "$ow" ] || fail "the other window did not appear"
xdotool windowactivate "$ow" 2>/dev/null
alive "focus loss" 1
kill "$other"
other=""
eval "$(xdotool getwindowgeometry --shell "$win")"
[ "$WIDTH" = 1280 ] && [ "$HEIGHT" = 800 ] ||
    fail "after focus loss the window is ${WIDTH}x$HEIGHT"

step "idle: a list, then the home screen again after 3 s, then attract"
sleep 3.5 # the home screen has been idle for 3 s: the attract screen shows
shot asleep
xdotool key Escape # a key wakes it; Escape itself leaves nothing
await_same home home2 3 "a key on the attract screen does not show home"
[ "$(differ home2 asleep)" != 0 ] || fail "no attract screen after idle"
keyed=$(ms)
xdotool key Tab Tab Return
settle list
[ "$(differ home2 list)" != 0 ] || fail "Tab Tab Return changed nothing"
# Still the list 2 s after the key, when the screenshots were quick
# enough to look then (a loaded machine can take longer to settle).
wait_ms=$((keyed + 2000 - $(ms)))
if [ $wait_ms -gt 0 ]; then
    sleep "$(printf '%d.%03d' $((wait_ms / 1000)) $((wait_ms % 1000)))"
    shot still
    same list still "the list gave way before the 3 s idle timeout"
else
    echo "note: the list took ${wait_ms#-} ms past 2 s to settle; not checked early"
fi
await_same home2 idle 3 "3 s after the last key the screen is not home"
await_other home2 attract 5 "no attract screen 3 s after home came back"
xdotool mousemove 640 400 click 1
await_same home2 woken 3 "a touch on the attract screen does not show home"

step "the PIN: a 5 s press on the top-left corner, a wrong PIN, the right"
xdotool mousemove 12 12 mousedown 1
sleep 5.6
xdotool mouseup 1
sleep 0.4
shot pin
[ "$(differ home2 pin)" != 0 ] || fail "the long press showed no keypad"
xdotool type --delay 80 1357
xdotool key Return
alive "a wrong PIN" 1
xdotool type --delay 80 2468
xdotool key Return
ended "the right PIN"

step "the operator's chord, held 3.5 s"
start
xdotool keydown ctrl+alt+shift+q
sleep 3.5
xdotool keyup ctrl+alt+shift+q
ended "holding Ctrl+Alt+Shift+Q"

step "SIGTERM"
start
kill -TERM "$pid"
ended "SIGTERM"
echo "ok: fullscreen, keys and close ignored, idle home, PIN, chord, SIGTERM"
