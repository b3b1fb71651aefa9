#!/bin/sh
# Regenerates docs/screenshots/kiosk-*.png: the PIN keypad and the
# attract screen at 1280x800 and 800x480, headless.
#   tests/kiosk/kiosk_shots.sh BUILD_DIR [OUT_DIR]
set -eu
build=$1
out=${2:-$(dirname "$0")/../../docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
    "$build/tests/kiosk/limber_kiosk_shots" "$tmp"
mkdir -p "$out"
for bmp in "$tmp"/*.bmp; do
    convert "$bmp" -strip "$out/$(basename "$bmp" .bmp).png"
done
ls "$out"/kiosk-*.png
