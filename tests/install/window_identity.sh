#!/bin/sh
# The installed program's window under Xvfb carries the application id
# of its desktop entry as its X11 WM_CLASS (what docks match to show the
# icon) and has the 64x64 icon rendered from the SVG (_NET_WM_ICON).
#   window_identity.sh LIMBER APP_ID
# Exits 77 (ctest: skipped) only when Xvfb is not installed.
set -u
limber=$1
id=$2

. "$(dirname "$0")/../xvfb.sh"
xvfb_test_begin xdotool xprop

start_xvfb
unset SDL_VIDEO_X11_WMCLASS SDL_VIDEO_WAYLAND_WMCLASS
export HOME="$tmp" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config"
"$limber" --lang en >"$tmp/out" 2>"$tmp/err" &
pid=$!
win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" \
    2>/dev/null | head -n 1)
[ -n "$win" ] || fail "no window appeared"

class=$(xprop -id "$win" WM_CLASS)
[ "$class" = "WM_CLASS(STRING) = \"$id\", \"$id\"" ] ||
    fail "WM_CLASS is '$class', not $id"
# The icon as numbers (xprop draws _NET_WM_ICON as text art unless told
# its format): width, height, then one ARGB value a pixel.
xprop -id "$win" -f _NET_WM_ICON 32c ' = $0+\n' _NET_WM_ICON |
    sed 's/^[^=]*= //' | tr -d ' ' | tr ',' '\n' >"$tmp/icon"
size=$(head -n 2 "$tmp/icon" | tr '\n' ' ')
[ "$size" = "64 64 " ] || fail "the window has no 64x64 icon (got '$size')"
pixels=$(sed 1,2d "$tmp/icon" | grep -c .)
[ "$pixels" -eq 4096 ] || fail "the icon has $pixels pixels, not 64x64"
# Not a blank square: the drawing has many colours.
distinct=$(sed 1,2d "$tmp/icon" | sort -u | wc -l)
[ "$distinct" -gt 10 ] || fail "the icon has only $distinct colours"

kill -TERM "$pid"
ended "SIGTERM"
echo "ok: WM_CLASS $id, a 64x64 icon of $distinct colours"
