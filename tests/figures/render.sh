# --render-figure, --snapshot and --check on figures and pictures, run on
# the built binary without a display.
. "$(dirname "$0")/../cli/lib.sh"
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER || true

mkdir -p "$tmp/r"
cat >"$tmp/r/fig.yaml" <<'YAML'
format: 1
id: fig-test
title: Figure test
muscles: [calves, eyes]
steps:
  - title: Calf stretch at the wall
    duration: 30s
    sides: both
    figure: calf-wall-stretch
  - title: Eyes
    duration: 20s
    figure:
      view: face
      keys:
        - {gaze-x: 60}
        - {lids: 100, brows: 60}
  - title: No picture
    duration: 10s
YAML

# The key pose, the other side, a moment of the phase; PNG files of the
# size asked for.
run 0 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/left.png"
run 0 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/right.png" --side right
run 0 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/start.png" --at 0
run 0 --render-figure "$tmp/r/fig.yaml" 2 "$tmp/face.png" --size 200
identify -format '%m %wx%h\n' "$tmp/left.png" >"$tmp/id"
has "$tmp/id" '^PNG 512x512$'
identify -format '%m %wx%h\n' "$tmp/face.png" >"$tmp/id"
has "$tmp/id" '^PNG 200x200$'

# pixels_differing A B: how many pixels differ by more than 20%, after a
# slight blur (mirrored shapes may round to the next pixel at their edges).
pixels_differing() {
    convert "$1" -blur 0x1.5 "$tmp/a.png"
    convert "$2" -blur 0x1.5 "$tmp/b.png"
    compare -metric AE -fuzz 20% "$tmp/a.png" "$tmp/b.png" null: 2>&1 |
        sed 's/ .*//' || true
}
# The right side is the left one mirrored (a few edge pixels may round
# differently); the start of the phase is another pose.
flopped="$tmp/left-flopped.png"
convert "$tmp/left.png" -flop "$flopped"
n=$(pixels_differing "$flopped" "$tmp/right.png")
[ "$n" -lt 300 ] || fail "the right side is not the left mirrored ($n pixels)"
n=$(pixels_differing "$tmp/left.png" "$tmp/right.png")
[ "$n" -gt 3000 ] || fail "the right side looks like the left ($n pixels)"
n=$(pixels_differing "$tmp/left.png" "$tmp/start.png")
[ "$n" -gt 3000 ] || fail "the start pose looks like the key pose ($n pixels)"

# Exit 1: no such step, no illustration; exit 2: usage.
run 1 --render-figure "$tmp/r/fig.yaml" 4 "$tmp/x.png"
has "$tmp/err" "has no step 4"
run 1 --render-figure "$tmp/r/fig.yaml" 3 "$tmp/x.png"
has "$tmp/err" "step 3 of fig-test has no illustration"
run 1 --render-figure no-such-routine 1 "$tmp/x.png"
run 2 --render-figure "$tmp/r/fig.yaml" one "$tmp/x.png"
run 2 --render-figure "$tmp/r/fig.yaml" 1
run 2 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/x.png" --side up
run 2 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/x.png" --size 300x200
run 2 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/x.png" --size 10
run 2 --render-figure "$tmp/r/fig.yaml" 1 "$tmp/x.png" --at soon
run 2 --snapshot "$tmp/r/fig.yaml" "$tmp/x.png" --side left
run 2 --list --at 10s

# The player screen at a moment of the session, of the size asked for.
run 0 --snapshot "$tmp/r/fig.yaml" "$tmp/shot.png" --at 10s --size 800x480
identify -format '%m %wx%h\n' "$tmp/shot.png" >"$tmp/id"
has "$tmp/id" '^PNG 800x480$'
run 0 --snapshot "$tmp/r/fig.yaml" "$tmp/shot2.png" --at 20s --size 800x480
n=$(pixels_differing "$tmp/shot.png" "$tmp/shot2.png")
[ "$n" -gt 100 ] || fail "the snapshot does not change in 10 s ($n pixels)"
# A picture of a moment is no session: the history stays empty.
[ ! -e "$HOME/.local/state/limber/history.jsonl" ] ||
    fail "--snapshot wrote a session to the history"

# A picture: shown in place of a figure, mirrored for the right side.
mkdir -p "$tmp/p"
cp "$tmp/left.png" "$tmp/p/calf.png"
cat >"$tmp/p/pic.yaml" <<'YAML'
format: 1
id: pic-test
title: Picture test
muscles: [calves]
steps:
  - title: Calf stretch
    duration: 30s
    sides: both
    image: calf.png
  - title: Unmirrored
    duration: 30s
    sides: both
    image: calf.png
    mirror: false
YAML
run 0 --check "$tmp/p"
run 0 --render-figure "$tmp/p/pic.yaml" 1 "$tmp/pic-left.png"
run 0 --render-figure "$tmp/p/pic.yaml" 1 "$tmp/pic-right.png" --side right
run 0 --render-figure "$tmp/p/pic.yaml" 2 "$tmp/pic-right2.png" --side right
n=$(pixels_differing "$tmp/pic-left.png" "$tmp/left.png")
[ "$n" -lt 30000 ] || fail "the picture is not shown ($n pixels)"
convert "$tmp/pic-left.png" -flop "$flopped"
n=$(pixels_differing "$flopped" "$tmp/pic-right.png")
[ "$n" -lt 300 ] || fail "the picture is not mirrored ($n pixels)"
n=$(pixels_differing "$tmp/pic-left.png" "$tmp/pic-right2.png")
[ "$n" -lt 1500 ] || fail "mirror: false mirrors the picture ($n pixels)"

# --check decodes pictures: one that does not decode, one too large.
printf 'not a picture' >"$tmp/p/calf.png"
run 1 --check "$tmp/p/pic.yaml"
has "$tmp/err" "^$tmp/p/pic.yaml:9:12: error: image 'calf.png' cannot be shown: it does not decode"
convert -size 4097x8 xc:red "$tmp/p/calf.png"
run 1 --check "$tmp/p/pic.yaml"
has "$tmp/err" "^$tmp/p/pic.yaml:9:12: error: image 'calf.png' cannot be shown: it is 4097x8 pixels; at most 4096x4096$"

# SVG and JPEG pictures too; a JPEG's size is read from its header.
cat >"$tmp/p/shape.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect x="10" y="10" width="80" height="80" fill="#ff8800"/><circle cx="150" cy="50" r="40" fill="#3388ff"/></svg>
SVG
convert -size 300x150 xc:green "$tmp/p/calf.jpg"
cat >"$tmp/p/more.yaml" <<'YAML'
format: 1
id: more-pictures
title: More pictures
muscles: [calves]
steps:
  - title: Vector
    duration: 10s
    sides: both
    image: shape.svg
  - title: Photo
    duration: 10s
    image: calf.jpg
YAML
run 0 --check "$tmp/p/more.yaml"
run 0 --render-figure "$tmp/p/more.yaml" 1 "$tmp/svg-left.png" --size 200
run 0 --render-figure "$tmp/p/more.yaml" 1 "$tmp/svg-right.png" --size 200 \
    --side right
# Orange on the left of the left side's picture, blue on the right's.
convert "$tmp/svg-left.png" -crop 1x1+40+100 -format '%[pixel:p]' info: \
    >"$tmp/px"
has "$tmp/px" '255,136,0'
convert "$tmp/svg-right.png" -crop 1x1+40+100 -format '%[pixel:p]' info: \
    >"$tmp/px"
has "$tmp/px" '51,136,255'
run 0 --render-figure "$tmp/p/more.yaml" 2 "$tmp/jpg.png" --size 200
convert -size 4100x8 xc:red "$tmp/p/calf.jpg"
run 1 --check "$tmp/p/more.yaml"
has "$tmp/err" "more.yaml:12:12: error: image 'calf.jpg' cannot be shown: it is 4100x8 pixels"

# A joint past its range: an error for --check at the angle; the routine
# still plays, without that figure, and says so once.
mkdir -p "$tmp/b"
cat >"$tmp/b/bent.yaml" <<'YAML'
format: 1
id: bent
title: Bent
muscles: [thighs]
steps:
  - title: Too far
    duration: 10s
    figure:
      keys:
        - {knee-left: 160}
  - title: Unknown figure
    duration: 10s
    figure: no-such-figure
YAML
run 1 --check "$tmp/b/bent.yaml"
has "$tmp/err" "^$tmp/b/bent.yaml:10:23: error: 'knee-left' at 160 is past its normal range \(0 to 135 in the side view\): a pose must not hurt$"
has "$tmp/err" "^$tmp/b/bent.yaml:13:13: error: step 2: no figure named 'no-such-figure' in the figure library$"
has "$tmp/err" '^limber: 2 errors; 0 routines valid$'
run 0 --simulate "$tmp/b/bent.yaml"
[ "$(grep -c "knee-left' at 160" "$tmp/err")" -eq 1 ] ||
    fail "the range problem is not said once"
run 1 --render-figure "$tmp/b/bent.yaml" 1 "$tmp/x.png"
has "$tmp/err" "has no illustration"

# The figure files themselves: --check reads them, and a folder mixing
# routines and figures.
run 0 --check "$(dirname "$0")/../../assets/figures"
# The examples of docs/figures.md stay valid.
run 0 --check "$(dirname "$0")/../../docs/figures/examples.yaml"
cat >"$tmp/b/figs.yaml" <<'YAML'
format: 1
figures:
  mine:
    keys:
      - {hip-left: 30}
  mine:
    keys: []
YAML
run 1 --check "$tmp/b/figs.yaml"
has "$tmp/err" "^$tmp/b/figs.yaml:6:3: error: figure 'mine' is written twice"
finish
