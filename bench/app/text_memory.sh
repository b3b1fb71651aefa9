#!/bin/sh
# Memory of the text stacks (docs/performance.md, "Text stack"), under
# Xvfb at 1280x800, each process alone, PSS 3 s after launch, median of 3:
# the floor (a bare SDL2 + SDL2_ttf window, and the same linked with
# SDL2_mixer: the whole stack's floor), the same screen of text drawn by
# SDL2_ttf, Pango + Cairo and src/app/draw, and limber's home in English.
#   bench/app/text_memory.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" \
    2>/dev/null &
xvfb=$!
while [ ! -s "$tmp/display" ]; do sleep 0.1; done
export DISPLAY=:$(cat "$tmp/display")
export SDL_AUDIODRIVER=dummy
# A fresh state with the first-run notice acknowledged: limber opens on
# home.
export HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
mkdir -p "$HOME"
mkdir -p "$XDG_STATE_HOME/limber" && echo 99 >"$XDG_STATE_HOME/limber/notice"

pss() { awk '/^Pss:/ {printf "%.1f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
alone_pss() {
    for i in 1 2 3; do
        "$@" >/dev/null 2>&1 & p=$!
        sleep 3
        pss $p
        echo
        kill $p
        wait $p 2>/dev/null || true
    done | median
}
b=$build/bench/app
echo "load before: $(cat /proc/loadavg)"
printf 'floor SDL2+SDL2_ttf          %s MB\n' \
    "$(alone_pss "$b/bench_floor_ttf")"
printf 'floor +SDL2_mixer            %s MB\n' "$(alone_pss "$b/bench_floor")"
stacks="ttf pango ours"
# Pango is measured only when the bench was built with it (the message
# that says it was not is in the program only then).
! grep -q "built without Pango" "$b/bench_text_stacks" || {
    stacks="ttf ours"
    echo "(no Pango row: bench_text_stacks was built without Pango)"
}
for lang in uk ja; do
    for stack in $stacks; do
        printf 'text %-5s %-2s               %s MB\n' $stack $lang \
            "$(alone_pss "$b/bench_text_stacks" $stack $lang)"
    done
done
printf 'limber home, en              %s MB\n' \
    "$(alone_pss "$build/limber" --lang en)"
echo "load after: $(cat /proc/loadavg)"
