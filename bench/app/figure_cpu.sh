#!/bin/sh
# The figure's CPU and memory in a real window (docs/performance.md,
# "Figures"), under Xvfb with the software renderer, as limber runs:
#   bench/app/figure_cpu.sh BUILD_DIR [SECONDS]
# Plays bench-figure (a figure moving for a minute) and bench-still (the
# same screen without it), each alone, and reports over SECONDS (default
# 30) of the work phase: CPU ticks (10 ms) and % of one core, frames
# presented per second (a uprobe on SDL_RenderPresent, as root, when perf
# is there), and PSS; then the floor program's PSS.
set -eu
build=$1
secs=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
limber=$build/limber
floor=$build/bench/app/bench_floor
. "$here/lib.sh"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data"

probe=""
if command -v perf >/dev/null && [ "$(id -u)" = 0 ] &&
    perf probe -q -x "$(ldd "$limber" | awk '/libSDL2-2/ {print $3}')" \
        SDL_RenderPresent 2>/dev/null ||
    perf probe -l 2>/dev/null | grep -q SDL_RenderPresent; then
    probe=$(perf probe -l 2>/dev/null | awk '/SDL_RenderPresent/ {print $1; exit}')
fi

echo "== playing at 1280x800 under Xvfb, $secs s of a work phase" \
     "(load $(cut -d' ' -f1-3 /proc/loadavg))"
for id in bench-figure bench-still; do
    "$limber" --lang en --mute --no-voice --routines "$here/routines" "$id" &
    p=$!
    pids="$pids $p"
    sleep 8 # the 5 s lead-in, and settling
    t0=$(ticks $p)
    frames="-"
    if [ -n "$probe" ]; then
        perf stat -x, -e "$probe" -p $p sleep "$secs" 2>"$tmp/perf" >/dev/null
        frames=$(awk -F, -v s="$secs" 'NR==1 {printf "%.1f", $1 / s}' "$tmp/perf")
    else
        sleep "$secs"
    fi
    t1=$(ticks $p)
    printf '%-13s %4d ticks  %5.2f %% of a core  %s frames/s  PSS %s MB\n' \
        $id $((t1 - t0)) "$(awk -v d=$((t1 - t0)) -v s="$secs" \
        'BEGIN {print d / s}')" "$frames" "$(pss $p)"
    kill $p
    wait $p 2>/dev/null || true
done
"$floor" &
p=$!
pids="$pids $p"
sleep 3
printf '%-13s PSS %s MB (bench_floor: SDL2, SDL2_ttf, SDL2_mixer, one line of text)\n' \
    floor "$(pss $p)"
