#!/bin/sh
# Window figures for docs/performance.md ("Window"), under Xvfb at
# 1280x800 in English, beside the floor program of the whole stack
# (bench_floor: SDL2 + SDL2_ttf + SDL2_mixer, one window, one line):
#   bench/app/measure.sh BUILD_DIR [CPU_SECONDS] [RUNS]
# time to the first mapped window (median of 7); PSS, median of RUNS
# (default 3), each process alone: home against the floor asleep, and
# playing (a work phase, its line spoken) against the floor looping a
# tone through SDL_mixer and redrawing a countdown each second; CPU ticks
# over CPU_SECONDS (default 30) on home and playing, beside the floors;
# the time to draw one player frame at 1920x1080. Sound goes to SDL's
# dummy driver (this machine has no sound card), which runs SDL_mixer's
# thread as a real device does.
set -eu
build=$1
secs=${2:-30}
runs=${3:-3}
limber=$build/limber
floor=$build/bench/app/bench_floor
first=$build/bench/app/bench_first_window
. "$(dirname "$0")/lib.sh"

echo "== time to first window (ms, median of 7)"
for name in floor limber; do
    cmd=$floor
    [ $name = limber ] && cmd=$limber
    for i in 1 2 3 4 5 6 7; do "$first" "$cmd"; done >"$tmp/first-$name"
    printf '%-8s %s\n' $name "$(median <"$tmp/first-$name")"
done


# PSS divides shared pages among the processes that map them, so each is
# measured alone, $2 seconds after launch; and since other programs on
# the machine map the same libraries too and move every figure with
# them, the floor and limber are measured in pairs, one right after the
# other: pair SECONDS FLOOR_ARGS -- LIMBER_ARGS prints the medians of
# $runs pairs and of their ratios.
one_pss() {
    secs=$1
    shift
    "$@" & p=$!
    sleep "$secs"
    pss $p
    kill $p
    wait $p 2>/dev/null || true
}
pair() {
    secs=$1
    shift
    fargs=""
    while [ "$1" != -- ]; do fargs="$fargs $1"; shift; done
    shift
    for i in $(seq "$runs"); do
        f=$(one_pss "$secs" "$floor" $fargs)
        l=$(one_pss "$secs" "$limber" "$@")
        echo "$f $l"
    done >"$tmp/pairs"
    fm=$(awk '{print $1}' "$tmp/pairs" | median)
    lm=$(awk '{print $2}' "$tmp/pairs" | median)
    rm=$(awk '{printf "%.3f\n", $2 / $1}' "$tmp/pairs" | median)
    echo "$fm $lm $rm ($(tr '\n' ' ' <"$tmp/pairs"))"
}
echo "== PSS (MB, each alone; medians of $runs pairs, floor then limber)"
set -- $(pair 3 -- --lang en)
printf 'home: floor %s, limber %s, ratio %sx  pairs: %s\n' "$1" "$2" "$3" \
    "$(shift 3; echo "$*")"
set -- $(pair 15 --playing -- --lang en calf-cramp-relief)
printf 'playing (15 s in: a work phase, its line spoken): floor %s, limber %s, ratio %sx  pairs: %s\n' \
    "$1" "$2" "$3" "$(shift 3; echo "$*")"

"$floor" & floor_pid=$!
"$floor" --playing & pfloor_pid=$!
"$limber" --lang en & home_pid=$!
"$limber" --lang en calf-cramp-relief & play_pid=$!
pids="$pids $floor_pid $pfloor_pid $home_pid $play_pid"
sleep 3
for p in $floor_pid $pfloor_pid $home_pid $play_pid; do
    grep -qi llvm "/proc/$p/maps" && echo "warning: $p has LLVM loaded"
done
f0=$(ticks $floor_pid); g0=$(ticks $pfloor_pid)
h0=$(ticks $home_pid); p0=$(ticks $play_pid)
sleep "$secs"
f1=$(ticks $floor_pid); g1=$(ticks $pfloor_pid)
h1=$(ticks $home_pid); p1=$(ticks $play_pid)
echo "== CPU over $secs s (10 ms ticks; % of one core)"
for row in "home-floor $f0 $f1" "home $h0 $h1" "play-floor $g0 $g1" \
    "playing $p0 $p1"; do
    set -- $row
    awk -v n="$1" -v a="$2" -v b="$3" -v s="$secs" \
        'BEGIN {printf "%-10s %d ticks  %.2f %%\n", n, b - a, (b - a) / s}'
done

echo "== one player frame"
"$build/bench/app/bench_frame"
