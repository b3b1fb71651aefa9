#!/bin/sh
# Writes docs/screenshots/text-*.png: the player (and home) with the
# routines of tests/data/text in en, uk, el, he, fa, ja and zh-Hant, at
# 1280x800 and 800x480, with the fonts tests/fonts/fonts.conf pins.
# test_text_screens checks that every text is inside its box; look at
# the pictures for the rest.
#   tests/app/text_shots.sh BUILD_DIR [OUT_DIR]
set -eu
build=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${2:-$src/docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
FONTCONFIG_FILE="$src/tests/fonts/fonts.conf" XDG_STATE_HOME="$tmp/state" \
XDG_CONFIG_HOME="$tmp/config" SDL_VIDEODRIVER=dummy \
SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
    "$build/tests/app/test_text_screens" "$tmp"
mkdir -p "$out"
for bmp in "$tmp"/text-*-player.bmp "$tmp"/text-he-1280x800-home.bmp; do
    convert "$bmp" -strip "$out/$(basename "$bmp" .bmp).png"
done
ls "$out"/text-* | wc -l
