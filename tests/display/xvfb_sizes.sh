#!/bin/sh
# A real window on small X screens with NO window manager (a 7-inch panel,
# a netbook, a portrait panel): the first window lies inside the screen,
# the first-run notice and its button are whole on it, Enter reaches the
# home screen, and home is drawn (not blank).
#   xvfb_sizes.sh LIMBER ROUTINES_DIR
set -u
limber=$1
routines=$2
for tool in Xvfb xdotool import convert; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "FAIL: $tool is missing (scripts/install-deps test)"; exit 1; }
done

tmp=$(mktemp -d)
xvfb="" pid=""
cleanup() {
    for p in $pid $xvfb; do kill "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$(dirname "$0")/../xvfb.sh"
. "$(dirname "$0")/shot_checks.sh"

for size in 800x480 480x800 1024x600 1280x800; do
    echo "-- $size"
    W=${size%x*} H=${size#*x}
    start_xvfb "$size"
    # A first start: the notice shows.
    export HOME="$tmp" XDG_STATE_HOME="$tmp/state-$size"
    export XDG_CONFIG_HOME="$tmp/config"
    "$limber" --lang en --routines "$routines" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" \
        2>/dev/null | head -n 1)
    [ -n "$win" ] || fail "$size: no window appeared"
    sleep 0.5
    eval "$(xdotool getwindowgeometry --shell "$win")"
    [ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ $((X + WIDTH)) -le "$W" ] &&
        [ $((Y + HEIGHT)) -le "$H" ] ||
        fail "$size: the window is ${WIDTH}x$HEIGHT at $X,$Y"
    import -window root "$tmp/notice-$size.png" 2>/dev/null || fail "import"
    check_drawn "$tmp/notice-$size.png" "$size notice"
    check_button_inside "$tmp/notice-$size.png" "$size notice"
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool key --clearmodifiers Return
    sleep 0.5
    import -window root "$tmp/home-$size.png" 2>/dev/null || fail "import"
    check_drawn "$tmp/home-$size.png" "$size home"
    cmp -s "$tmp/notice-$size.png" "$tmp/home-$size.png" &&
        fail "$size: Enter on the notice changed nothing"
    [ -n "${LIMBER_SHOTS:-}" ] && cp "$tmp"/*-"$size".png "$LIMBER_SHOTS"/
    kill -TERM "$pid"
    ended "SIGTERM at $size"
    kill "$xvfb"
    wait "$xvfb" 2>/dev/null
    xvfb=""
done
echo "ok: at 800x480, 480x800, 1024x600 and 1280x800 without a window" \
     "manager the window fits and the notice's button is on screen"
