#!/bin/sh
# Window figures for docs/performance.md ("Window"), under Xvfb, beside a
# bare SDL2 + SDL2_ttf floor program:
#   bench/app/measure.sh BUILD_DIR [IDLE_SECONDS]
# time to the first mapped window (median of 7), PSS on home, while
# playing (in the lead-in and in a work phase) and on home again after a
# routine (xdotool), CPU ticks over IDLE_SECONDS (default 30) idle and
# playing, and the time to draw one player frame at 1920x1080.
set -eu
build=$1
secs=${2:-30}
limber=$build/limber
floor=$build/bench/app/bench_floor
first=$build/bench/app/bench_first_window
tmp=$(mktemp -d)
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" \
    2>/dev/null &
pids="$!"
while [ ! -s "$tmp/display" ]; do sleep 0.1; done
export DISPLAY=:$(cat "$tmp/display")
export SDL_AUDIODRIVER=dummy

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== time to first window (ms, median of 7)"
for name in floor limber; do
    cmd=$floor
    [ $name = limber ] && cmd=$limber
    for i in 1 2 3 4 5 6 7; do "$first" "$cmd"; done >"$tmp/first-$name"
    printf '%-8s %s\n' $name "$(median <"$tmp/first-$name")"
done

pss() { awk '/^Pss:/ {printf "%.1f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# PSS divides shared pages among the processes that map them, so each is
# measured alone, SECONDS after launch (3 unless set).
alone_pss() {
    "$@" & p=$!
    sleep "${SECONDS_IN:-3}"
    pss $p
    kill $p
    wait $p 2>/dev/null || true
}
# Home after a routine: 12 s of it, stopped (Escape twice), home (Escape).
home_again() {
    "$limber" --lang en calf-cramp-relief & p=$!
    sleep 12
    for k in Escape Escape Escape; do xdotool key $k; sleep 0.5; done
    sleep 2
    pss $p
    kill $p
    wait $p 2>/dev/null || true
}
echo "== PSS (MB, each alone)"
printf 'floor    %s\n' "$(alone_pss "$floor")"
printf 'home     %s\n' "$(alone_pss "$limber" --lang en)"
printf 'playing  %s (lead-in, 3 s)\n' \
    "$(alone_pss "$limber" --lang en calf-cramp-relief)"
printf 'playing  %s (work phase, its line spoken, 15 s)\n' \
    "$(SECONDS_IN=15 alone_pss "$limber" --lang en calf-cramp-relief)"
command -v xdotool >/dev/null &&
    printf 'home     %s (again, after 12 s of a routine)\n' "$(home_again)"

"$floor" & floor_pid=$!
"$limber" --lang en & home_pid=$!
"$limber" --lang en calf-cramp-relief & play_pid=$!
pids="$pids $floor_pid $home_pid $play_pid"
sleep 3
for p in $floor_pid $home_pid $play_pid; do
    grep -qi llvm "/proc/$p/maps" && echo "warning: $p has LLVM loaded"
done
f0=$(ticks $floor_pid); h0=$(ticks $home_pid); p0=$(ticks $play_pid)
sleep "$secs"
f1=$(ticks $floor_pid); h1=$(ticks $home_pid); p1=$(ticks $play_pid)
echo "== CPU over $secs s (10 ms ticks; % of one core)"
for row in "floor $f0 $f1" "home $h0 $h1" "playing $p0 $p1"; do
    set -- $row
    awk -v n="$1" -v a="$2" -v b="$3" -v s="$secs" \
        'BEGIN {printf "%-8s %d ticks  %.2f %%\n", n, b - a, (b - a) / s}'
done

echo "== one player frame"
"$build/bench/app/bench_frame"
