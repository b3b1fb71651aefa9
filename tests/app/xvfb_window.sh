#!/bin/sh
# A real window under Xvfb: it opens with a title that begins with
# "Limber", draws, answers keys sent by xdotool, loads no Mesa/LLVM, and
# ends with status 0 on Q, SIGTERM and SIGINT.
#   xvfb_window.sh LIMBER ROUTINES_DIR
# Exits 77 (ctest: skipped) only when Xvfb is not installed.
set -u
limber=$1
routines=$2

. "$(dirname "$0")/../xvfb.sh"
xvfb_test_begin xdotool import convert

start_xvfb
# The first-run notice has its own headless test (test_app); here it has
# been acknowledged already, so the keys reach the home screen.
if [ -n "${XDG_STATE_HOME:-}" ]; then
    mkdir -p "$XDG_STATE_HOME/limber"
    echo 1 >"$XDG_STATE_HOME/limber/notice"
fi

# Starts limber with the arguments and waits for its window.
start() {
    "$limber" --lang en --routines "$routines" "$@" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" \
        2>/dev/null | head -n 1)
    [ -n "$win" ] || fail "no window appeared for limber $*"
    name=$(xdotool getwindowname "$win")
    case "$name" in
    Limber*) ;;
    *) fail "window title '$name' does not begin with Limber" ;;
    esac
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    sleep 0.3
}

shot() {
    import -window root "$tmp/$1.png" 2>/dev/null || fail "import $1"
    sd=$(convert "$tmp/$1.png" -format '%[fx:standard_deviation]' info:)
    # A blank or one-colour window has no deviation at all.
    awk "BEGIN { exit !($sd > 0.02) }" || fail "$1 looks blank (sd $sd)"
}

# Whether limber has a thread whose name begins with $1.
has_thread() {
    cat /proc/"$pid"/task/*/comm 2>/dev/null | grep -q "^$1"
}

start
grep -qi llvm "/proc/$pid/maps" && fail "Mesa/LLVM is loaded"
# Home plays nothing: no mixer thread waking every 10 ms
# (docs/performance.md).
has_thread SDLAudio && fail "an audio thread runs on home"
shot home
xdotool key --clearmodifiers Tab Tab Return
sleep 0.5
shot list
cmp -s "$tmp/home.png" "$tmp/list.png" && fail "Tab Tab Return changed nothing"
xdotool key --clearmodifiers q
ended "q"

start app-eyes
# SDL_mixer plays the routine (linked, as SDL2 and SDL2_ttf).
grep -q libSDL2_mixer "/proc/$pid/maps" || fail "SDL_mixer is not there"
has_thread SDLAudio || fail "no audio thread plays the routine"
shot player
sleep 1.2
shot player-later
cmp -s "$tmp/player.png" "$tmp/player-later.png" &&
    fail "the countdown did not move"
xdotool key --clearmodifiers space
sleep 0.3
kill -TERM "$pid"
ended "SIGTERM"

start --muscle calves
kill -INT "$pid"
ended "SIGINT"
echo "ok: window, keys, no Mesa, no sound on home, exit 0 on q, SIGTERM, SIGINT"
