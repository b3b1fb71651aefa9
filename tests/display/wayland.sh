#!/bin/sh
# The window and the kiosk under Wayland compositors on wlroots' headless
# backend (no GPU, no display: WLR_BACKENDS=headless WLR_RENDERER=pixman),
# run as an unprivileged user (cage refuses root), with screenshots by
# grim checked for drawn text and a whole button:
#   cage, through Xwayland (SDL's x11 driver, the software renderer):
#     the first-run notice fits the 1280x720 output; the kiosk shows home
#     then the attract screen.
#   cage, native Wayland (opengles2 on Mesa): the frame cage scans out
#     (Limber's own buffer, read in cage's memory) shows the kiosk;
#     cage going away ends the kiosk with status 1; turned 90 (cage -r,
#     where cage composites) grim shows the notice whole on 720x1280.
#   sway, native: the kiosk shows home then the attract screen; keys
#     typed with wtype reach it (a key leaves the attract screen, held
#     Ctrl+Alt+Shift+Q closes it) and Escape, Q, Alt+F4, Ctrl+W, Ctrl+Q
#     and a short chord do not; sway going away ends it with status 1;
#     through Xwayland it shows; at scale 2 the notice fills 2560x1440
#     pixels; turned 90 (portrait) it fits 720x1280.
#   wayland.sh LIMBER ROUTINES_DIR
# Needs root (to run the compositors as the user limber-test, created
# when missing, and to read cage's memory) and cage, sway, Xwayland,
# grim, wtype: a missing one fails the test (scripts/install-deps test
# installs them).
set -u
limber=$1
routines=$2
user=limber-test

fail() {
    echo "FAIL: $*"
    [ -f "$tmp/out/limber.log" ] && sed 's/^/  limber: /' "$tmp/out/limber.log" | tail -20
    exit 1
}
[ "$(id -u)" = 0 ] ||
    { echo "FAIL: run as root (it starts the compositors as $user)"; exit 1; }
for tool in cage sway Xwayland grim wtype xdotool import convert identify \
    compare runuser dd; do
    command -v $tool >/dev/null 2>&1 ||
        { echo "FAIL: $tool is missing (scripts/install-deps test)"; exit 1; }
done
id -u $user >/dev/null 2>&1 ||
    useradd --system --user-group --no-create-home \
        --shell /usr/sbin/nologin $user ||
    { echo "FAIL: cannot create the user $user"; exit 1; }

tmp=$(mktemp -d)
runner=""
keyboard=""
cleanup() {
    [ -s "$tmp/out/pid" ] && kill "$(cat "$tmp/out/pid")" 2>/dev/null
    [ -n "$keyboard" ] && keyboard_off
    [ -n "$runner" ] && stop
    rm -rf "$tmp"
}
trap cleanup EXIT
. "$(dirname "$0")/shot_checks.sh"
step() { echo "-- $*"; }

# What the user runs, where it can read it: limber, its bundled routines,
# the test routines, and a launcher that keeps limber's pid and status.
chmod 755 "$tmp"
mkdir -p "$tmp/bin" "$tmp/shots" "$tmp/home" "$tmp/out"
cp "$limber" "$tmp/bin/limber"
[ -d "$(dirname "$limber")/routines" ] &&
    cp -r "$(dirname "$limber")/routines" "$tmp/bin/routines"
cp -r "$routines" "$tmp/routines"
cat >"$tmp/bin/run-limber" <<EOF
#!/bin/sh
"$tmp/bin/limber" --routines "$tmp/routines" "\$@" >>"$tmp/out/limber.log" 2>&1 &
echo \$! >"$tmp/out/pid"
wait \$!
echo \$? >"$tmp/out/status"
EOF
chmod 755 "$tmp/bin/run-limber"
chown -R $user "$tmp/shots" "$tmp/home" "$tmp/out"
printf 'kiosk: true\nlanguages: [en]\n' >"$tmp/kiosk.yaml"
chmod 644 "$tmp/kiosk.yaml"

# Runs a command as the user with a private runtime folder ($rt).
as_user() {
    runuser -u $user -- env -i PATH=/usr/bin:/bin:/usr/sbin \
        XDG_RUNTIME_DIR="$rt" HOME="$tmp/home" \
        XDG_STATE_HOME="$tmp/home/state-$case" \
        XDG_CONFIG_HOME="$tmp/home/config" SDL_AUDIODRIVER=dummy \
        ASAN_OPTIONS=detect_leaks=0 \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        "$@"
}

# start CASE COMPOSITOR ARGS...: a fresh runtime folder, the compositor,
# and limber in it (through run-limber); waits for limber to draw.
start() {
    case=$1
    shift
    rt="$tmp/rt-$case"
    mkdir -m 0700 "$rt" && chown $user "$rt"
    rm -f "$tmp/out/pid" "$tmp/out/status"
    rm -f "$tmp/out/limber.log"
    as_user "$@" >"$tmp/compositor-$case.log" 2>&1 &
    runner=$!
    i=0
    wl=""
    while [ ! -s "$tmp/out/pid" ] || [ -z "$wl" ]; do
        # cage takes wayland-0, sway wayland-1
        for s in "$rt"/wayland-[0-9]; do [ -S "$s" ] && wl=${s##*/}; done
        i=$((i + 1))
        [ $i -gt 100 ] &&
            fail "$case: no compositor or no limber:" \
                 "$(tail -5 "$tmp/compositor-$case.log")"
        sleep 0.1
    done
    pid=$(cat "$tmp/out/pid")
    sleep 2.5 # the first frame, and the compositor's configure after it
    alive "starting"
}

alive() {
    kill -0 "$pid" 2>/dev/null || fail "$case: limber ended after $1"
}

shot() {
    as_user env WAYLAND_DISPLAY=$wl grim "$tmp/shots/$case-$1.png" ||
        fail "$case: grim failed"
    [ -n "${LIMBER_SHOTS:-}" ] && cp "$tmp/shots/$case-$1.png" "$LIMBER_SHOTS"
    echo "  shot $case-$1.png: $(identify -format '%wx%h' \
        "$tmp/shots/$case-$1.png")"
}
img() { echo "$tmp/shots/$case-$1.png"; }

# The limber window as Xwayland has it (grim on cage 0.1.4 shows a still
# client that covers the output black: see scanout_shots), with its
# place: the window must be the whole 1280x720 output.
xshot() {
    d=$(tr '\0' '\n' <"/proc/$pid/environ" | sed -n 's/^DISPLAY=//p')
    [ -n "$d" ] || fail "$case: limber has no DISPLAY"
    as_user env DISPLAY="$d" sh -c "w=\$(xdotool search --pid $pid | head -n 1)
        xdotool getwindowgeometry --shell \$w >$tmp/out/geometry &&
        import -window \$w $(img "$1")" || fail "$case: no X window to capture"
    grep -q '^X=0$' "$tmp/out/geometry" &&
        grep -q '^Y=0$' "$tmp/out/geometry" &&
        grep -q '^WIDTH=1280$' "$tmp/out/geometry" &&
        grep -q '^HEIGHT=720$' "$tmp/out/geometry" ||
        fail "$case: the window is not the output: $(cat "$tmp/out/geometry")"
    [ -n "${LIMBER_SHOTS:-}" ] && cp "$(img "$1")" "$LIMBER_SHOTS"
    echo "  X window shot $case-$1.png at 0,0 1280x720"
}

# Waits up to 5 s for limber to end; its status must be $1.
ended_with() {
    i=0
    while [ ! -s "$tmp/out/status" ]; do
        i=$((i + 1))
        [ $i -gt 50 ] && fail "$case: limber still runs after $2"
        sleep 0.1
    done
    got=$(cat "$tmp/out/status")
    [ "$got" = "$1" ] || fail "$case: exit status $got after $2, not $1"
}

# Ends the compositor (runuser's child: runuser does not pass SIGTERM on)
# and waits for it.
stop() {
    c=$(pgrep -P "$runner")
    [ -n "$c" ] && kill $c 2>/dev/null
    wait "$runner" 2>/dev/null
    runner=""
}

# Two pictures are the same, pixel for pixel.
same_picture() {
    compare -metric AE "$1" "$2" null: >/dev/null 2>&1
}

# The frames cage scans out. cage 0.1.4 puts a still client that covers
# the whole output on it directly (its own buffer is the output's frame),
# and a screencopy (grim) then makes cage composite one frame from damage
# that the scan-out frames have used up: a stale, black picture
# (docs/kiosk.md, "How each recipe was checked"). So read what cage
# shows where it is: Limber's buffers, shared memory that cage maps.
# Writes $case-scanout-N.png for each WIDTHxHEIGHT buffer; prints N.
scanout_shots() {
    c=$(pgrep -P "$(pgrep -P "$runner")") # runuser's child
    [ -n "$c" ] || fail "$case: no compositor process"
    size=$(($1 * $2 * 4))
    # shared with limber: memory files mapped by both (same inode)
    awk '$6 ~ /^\/memfd:/ { print $5 }' "/proc/$pid/maps" | sort -u \
        >"$tmp/out/inodes"
    n=0
    for range in $(awk 'NR == FNR { own[$1] = 1; next }
            $6 ~ /^\/memfd:/ && ($5 in own) { print $1 }' \
            "$tmp/out/inodes" "/proc/$c/maps"); do
        start=$((0x${range%-*})) end=$((0x${range#*-}))
        [ $((end - start)) -ge "$size" ] || continue
        n=$((n + 1))
        dd if="/proc/$c/mem" bs=4096 skip=$((start / 4096)) \
            count=$(((size + 4095) / 4096)) 2>/dev/null |
            head -c "$size" >"$tmp/out/buffer"
        # XRGB8888 / ARGB8888: B, G, R, X bytes in memory
        convert -size "$1x$2" -depth 8 "bgra:$tmp/out/buffer" -alpha off \
            "$(img scanout-$n)"
        [ -n "${LIMBER_SHOTS:-}" ] && cp "$(img scanout-$n)" "$LIMBER_SHOTS"
    done
    echo $n
}

# Keys: wtype types through the virtual keyboard protocol, one keyboard
# of its own per call. When it is the seat's only keyboard, every call
# takes the keyboard away again and brings a new one, SDL 2.26 makes a
# new wl_keyboard each time, and the key press can reach sway before
# that: it arrives as a key already held in the enter event, which SDL
# ignores (the key is lost) or, on the first keyboard, looks up with an
# invalid layout index and crashes in libxkbcommon (docs/kiosk.md). A
# keyboard that stays, as a real kiosk's does, avoids both: a wtype that
# only waits holds one for the whole run.
keyboard_on() {
    as_user env WAYLAND_DISPLAY=$wl wtype -s 600000 >/dev/null 2>&1 &
    keyboard=$!
    sleep 0.5
}
# (runuser's child, then its child: the wtype; sway's end ends it, so
# this is for a test that fails with sway still running)
keyboard_off() {
    for p in $(pgrep -P "$keyboard"); do
        kill $(pgrep -P "$p") "$p" 2>/dev/null
    done
    kill "$keyboard" 2>/dev/null
    wait "$keyboard" 2>/dev/null
    keyboard=""
}
type_keys() {
    as_user env WAYLAND_DISPLAY=$wl wtype "$@" || fail "$case: wtype $*"
}

# The headless backend has no pointer or touch device, so fingers are
# tested at the SDL level (test_display.c).

sway_config() {
    cat >"$tmp/sway-$1.conf" <<EOF
output HEADLESS-1 $2
default_border none
exec env SDL_VIDEODRIVER=wayland $tmp/bin/run-limber $3
EOF
    chmod 644 "$tmp/sway-$1.conf"
}

step "cage through Xwayland: the first-run notice fits 1280x720"
start cage-x cage -d -- "$tmp/bin/run-limber" --lang en
shot grim-notice # kept, not checked (see xshot)
xshot notice
check_drawn "$(img notice)" "cage-x notice"
check_button_inside "$(img notice)" "cage-x notice"
grep -qi llvm /proc/"$pid"/maps && fail "cage-x: Mesa/LLVM is loaded"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop

step "cage through Xwayland: the kiosk, home then the attract screen"
start cage-xk cage -d -- "$tmp/bin/run-limber" --config "$tmp/kiosk.yaml" \
    --idle-timeout 5
xshot home
check_drawn "$(img home)" "cage-xk home"
sleep 3
xshot attract
check_drawn "$(img attract)" "cage-xk attract"
cmp -s "$(img home)" "$(img attract)" && fail "cage-xk: no attract screen"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop

step "cage, native Wayland: the frame cage scans out; cage goes away"
start cage-w cage -d -- env SDL_VIDEODRIVER=wayland WAYLAND_DEBUG=client \
    "$tmp/bin/run-limber" --config "$tmp/kiosk.yaml"
grep -q "wayland video, opengles2 renderer" "$tmp/out/limber.log" ||
    fail "cage-w: not drawn with opengles2 on wayland"
grep -q "create_buffer(.*, 0, 1280, 720," "$tmp/out/limber.log" ||
    fail "cage-w: no 1280x720 frame was made"
# The surface's frame is its last attach: a buffer, not nil (nothing).
last=$(grep -o "wl_surface@[0-9]*\.attach([^,]*" "$tmp/out/limber.log" |
    tail -n 1)
case $last in
*"(wl_buffer@"*) ;;
*) fail "cage-w: the last frame attached no buffer: $last" ;;
esac
cage_buffers=$(scanout_shots 1280 720)
[ "$cage_buffers" -ge 1 ] ||
    fail "cage-w: cage holds no 1280x720 buffer of limber's"
i=0
while [ $i -lt "$cage_buffers" ]; do
    i=$((i + 1))
    check_drawn "$(img scanout-$i)" "cage-w buffer $i"
done
echo "  $cage_buffers buffer(s) of limber's in cage, each drawn" \
     "(compared with sway's home below)"
kill -TERM "$(pgrep -P "$runner")" # cage
ended_with 1 "cage went away"
grep -q "the display went away" "$tmp/out/limber.log" ||
    fail "cage-w: no word of the display going away"
stop

step "cage turned 90 (cage -r), native Wayland: grim shows the notice"
# The client's buffer is not turned like the output, so cage composites
# every frame here (no scan-out), and grim reads what it drew.
start cage-r cage -d -r -- env SDL_VIDEODRIVER=wayland \
    "$tmp/bin/run-limber" --lang en
shot notice
[ "$(identify -format '%wx%h' "$(img notice)")" = 720x1280 ] ||
    fail "cage-r: the output is not 720x1280"
check_drawn "$(img notice)" "cage-r notice"
check_button_inside "$(img notice)" "cage-r notice"
grep -q "wayland video, opengles2 renderer" "$tmp/out/limber.log" ||
    fail "cage-r: not drawn with opengles2 on wayland"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop

step "sway: the kiosk, keys that do not escape, the attract screen"
sway_config k "resolution 1280x720" \
    "--config $tmp/kiosk.yaml --idle-timeout 5"
start sway-k sway -c "$tmp/sway-k.conf"
keyboard_on
shot home
check_drawn "$(img home)" "sway-k home"
# The same kiosk home on the same 1280x720 output: what cage scans out
# is what sway composites and grim reads, pixel for pixel.
i=0
while [ $i -lt "$cage_buffers" ]; do
    i=$((i + 1))
    same_picture "$tmp/shots/cage-w-scanout-$i.png" "$(img home)" ||
        fail "cage-w buffer $i is not the home screen sway shows"
done
type_keys -k Escape
type_keys -k q
type_keys -M alt -k F4 -m alt
type_keys -M ctrl -k w -m ctrl
type_keys -M ctrl -k q -m ctrl
type_keys -M ctrl -M alt -M shift -k q -m shift -m alt -m ctrl # brief
sleep 0.5
alive "Escape, Q, Alt+F4, Ctrl+W, Ctrl+Q and a brief chord"
shot keys
same_picture "$(img home)" "$(img keys)" ||
    fail "sway-k: the keys changed the home screen"

sleep 7 # idle: the attract screen after 5 s on home
shot attract
same_picture "$(img home)" "$(img attract)" && fail "sway-k: no attract screen"
check_drawn "$(img attract)" "sway-k attract"
type_keys -k Tab
sleep 0.7
shot back
same_picture "$(img home)" "$(img back)" ||
    fail "sway-k: a key did not bring back the home screen"
kill -TERM "$(pgrep -P "$runner")" # sway
ended_with 1 "sway went away"
stop
keyboard_off

step "sway: Ctrl+Alt+Shift+Q held 3.5 s closes the kiosk"
sway_config c "resolution 1280x720" "--config $tmp/kiosk.yaml"
start sway-c sway -c "$tmp/sway-c.conf"
keyboard_on
type_keys -M ctrl -M alt -M shift -P q -s 1000 -p q -m shift -m alt -m ctrl
sleep 0.5
alive "the chord held 1 s"
type_keys -M ctrl -M alt -M shift -P q -s 3500 -p q -m shift -m alt -m ctrl
ended_with 0 "the chord held 3.5 s"
stop
keyboard_off

step "sway through Xwayland: the kiosk on screen"
cat >"$tmp/sway-x.conf" <<EOF
output HEADLESS-1 resolution 1280x720
default_border none
xwayland enable
exec env WAYLAND_DISPLAY= $tmp/bin/run-limber --config $tmp/kiosk.yaml
EOF
chmod 644 "$tmp/sway-x.conf"
start sway-x sway -c "$tmp/sway-x.conf"
grep -q "wayland video" "$tmp/out/limber.log" && fail "sway-x: not on X11"
shot home
check_drawn "$(img home)" "sway-x home"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop

step "sway at scale 2: the notice on 2560x1440 pixels"
sway_config s2 "resolution 2560x1440 scale 2" "--lang en"
start sway-s2 sway -c "$tmp/sway-s2.conf"
shot notice
check_drawn "$(img notice)" "sway-s2 notice"
check_button_inside "$(img notice)" "sway-s2 notice"
set -- $(button_box "$(img notice)")
[ "$2" -ge 120 ] || fail "sway-s2: the button is $1x$2: not drawn at scale 2"
grep -q "wayland video, opengles2" "$tmp/out/limber.log" ||
    fail "sway-s2: not drawn with opengles2 on wayland"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop

step "sway turned 90: the notice on a 720x1280 portrait output"
sway_config p "resolution 1280x720 transform 90" "--lang en"
start sway-p sway -c "$tmp/sway-p.conf"
shot notice
[ "$(identify -format '%wx%h' "$(img notice)")" = 720x1280 ] ||
    fail "sway-p: the output is not 720x1280"
check_drawn "$(img notice)" "sway-p notice"
check_button_inside "$(img notice)" "sway-p notice"
kill -TERM "$pid"
ended_with 0 "SIGTERM"
stop
echo "ok: cage (Xwayland, Wayland, turned) and sway (Xwayland, scale 2," \
     "portrait) show the whole window; keys reach the kiosk on sway and do" \
     "not escape it; a lost compositor ends the kiosk"
