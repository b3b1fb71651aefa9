#!/bin/sh
# Draws the key pose of every step of every bundled routine at 256 px and
# puts them on one contact sheet, labelled with the routine, the step and the figure.
# Usage: scripts/figures-contact.sh [LIMBER [OUT.png]]
# (defaults: build/limber, docs/screenshots/figures-contact.png). Needs
# ImageMagick; no display.
set -eu
limber=${1:-build/limber}
out=${2:-docs/screenshots/figures-contact.png}
routines=$(dirname "$0")/../routines
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY || true

n=0
for file in "$routines"/*.yaml; do
    id=$(basename "$file" .yaml)
    step=1
    while "$limber" --render-figure "$file" "$step" "$tmp/x.png" --size 256 \
        2>"$tmp/err"; do
        figure=$(awk -v n="$step" '/^  - /{c++} c==n && /^    figure:/{print $2}' "$file")
        n=$((n + 1))
        convert "$tmp/x.png" -background 'rgb(16,26,36)' -fill '#e8eef4' \
            -font DejaVu-Sans -pointsize 13 label:"$id $step\n$figure" \
            -gravity center -append -extent 256x292 "$tmp/$(printf %03d $n).png"
        step=$((step + 1))
    done
    grep -q "has no step $step" "$tmp/err" || {
        cat "$tmp/err" >&2
        exit 1
    }
done
montage "$tmp"/[0-9]*.png -tile 6x -geometry +3+3 -background 'rgb(16,26,36)' \
    "$out"
echo "$out: $n steps"
