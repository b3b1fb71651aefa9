#!/bin/sh
# Draws the pictures of docs/figures.md from examples.yaml with the tool
# itself, so they never go stale:   docs/figures/make.sh BUILD_DIR
set -eu
limber=$1/limber
here=$(cd "$(dirname "$0")" && pwd)
ex=$here/examples.yaml
draw() { "$limber" --render-figure "$ex" "$@" --size 320; }
draw 1 "$here/side-left.png"
draw 1 "$here/side-right.png" --side right
draw 1 "$here/side-start.png" --at 0
draw 2 "$here/front-loop.png" --at 1s
draw 3 "$here/back-arrow.png"
draw 4 "$here/face-palming.png"
draw 5 "$here/towel.png"
"$limber" --snapshot "$ex" "$here/player.png" --at 12s --size 1280x800
