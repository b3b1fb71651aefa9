#!/bin/sh
# Regenerates docs/screenshots: every screen in English, Ukrainian and
# Hebrew (rtl-he-*, the layout mirrored, with the kiosk's own screens) at
# 1280x800 and 800x480, from the bundled routines, headless, and the
# README's player pictures through `limber --snapshot`.
#   tests/app/shots.sh BUILD_DIR [OUT_DIR]
# Look at every picture afterwards: a test cannot tell ugly from fine.
set -eu
build=$1
out=${2:-$(dirname "$0")/../../docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XDG_STATE_HOME="$tmp/state" \
SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
    "$build/tests/app/limber_shots" "$tmp"
mkdir -p "$out"
for bmp in "$tmp"/*.bmp; do
    name=$(basename "$bmp" .bmp)
    convert "$bmp" -strip "$out/$name.png"
done
# The player as the README shows it, through the command users have:
# `limber --snapshot` (no display; the session's virtual clock).
for lang in en uk; do
    for size in 1280x800 800x480; do
        XDG_STATE_HOME="$tmp/state" "$build/limber" --snapshot \
            calf-cramp-relief "$out/snapshot-$lang-$size-player.png" \
            --at 12s --size "$size" --lang "$lang"
    done
done
ls "$out" | wc -l
