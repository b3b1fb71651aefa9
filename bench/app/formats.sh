#!/bin/sh
# The device's format, measured (docs/performance.md, "The device's
# format"): for each build dir (configured with LIMBER_SOUND_FORMAT, see
# CMakeLists.txt), under Xvfb at 1280x800 in English with SDL's dummy
# audio driver, limber playing calf-cramp-relief 15 s in (a work phase,
# its line spoken) beside bench_floor --playing in the same format: PSS
# and anonymous memory (median of RUNS, default 3), CPU ticks over 30 s,
# and the cue latency (bench_sound_latency, disk driver, 60 phases).
#   bench/app/formats.sh BUILD_DIR...
set -eu
runs=${RUNS:-3}
. "$(dirname "$0")/lib.sh"
# KEY of smaps_rollup (Pss, Pss_Anon) in MB, 15 s after launch, median.
mem() {
    key=$1
    shift
    for i in $(seq "$runs"); do
        "$@" 2>/dev/null & p=$!
        sleep 15
        awk -v k="$key:" '$1 == k {printf "%.2f\n", $2 / 1024}' \
            "/proc/$p/smaps_rollup"
        kill $p
        wait $p 2>/dev/null || true
    done | median
}

printf '| build | format | PSS playing | floor | ratio | anon playing | floor anon | CPU 30 s | latency p95 |\n'
printf '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for b in "$@"; do
    play="$b/limber --lang en calf-cramp-relief"
    floor="$b/bench/app/bench_floor --playing"
    pss=$(mem Pss $play)
    fpss=$(mem Pss $floor)
    anon=$(mem Pss_Anon $play)
    fanon=$(mem Pss_Anon $floor)
    $play 2>/dev/null & p=$!
    sleep 3
    t0=$(ticks $p)
    sleep 30
    t1=$(ticks $p)
    kill $p
    wait $p 2>/dev/null || true
    lat=$("$b/bench/app/bench_sound_latency" 60 2>/dev/null || true)
    format=$(echo "$lat" | awk '/mixer buffer/ {print $6 " Hz, " $3 " frames, " $10 " ch"}')
    p95=$(echo "$lat" | awk '/latency ms/ {print $8}')
    printf '| %s | %s | %s | %s | %s | %s | %s | %d | %s ms |\n' \
        "$(basename "$b")" "$format" "$pss" "$fpss" \
        "$(awk -v a="$pss" -v b="$fpss" 'BEGIN {printf "%.2fx", a / b}')" \
        "$anon" "$fanon" $((t1 - t0)) "$p95"
done
