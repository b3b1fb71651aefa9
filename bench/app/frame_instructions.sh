#!/bin/sh
# The instructions of one first player frame at 1920x1080 of
# text-shoulder-stretch in each language (bench_frame's 20 first frames,
# counted by callgrind): unlike its time, the count does not move with
# the machine's other work.
#   bench/app/frame_instructions.sh BUILD [LANG...]   (default: uk en ja he fa)
set -eu
build=$1
shift
langs=${*:-uk en ja he fa}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in $langs; do
    COUNTDOWN_FRAMES=1 SDL_AUDIODRIVER=dummy \
        valgrind --tool=callgrind --collect-atstart=no \
        --toggle-collect=draw_first --callgrind-out-file="$tmp/$lang.out" \
        "$build/bench/app/bench_frame" "text-shoulder-stretch/$lang" \
        >"$tmp/$lang.log" 2>&1 ||
        { cat "$tmp/$lang.log"; exit 1; }
    ir=$(sed -n 's/^summary: //p' "$tmp/$lang.out")
    echo "$lang: $((ir / 20)) instructions a first frame (mean of 20)"
done
