#!/bin/sh
# Memory and sleep per video driver (docs/performance.md, "Displays"):
# for the floor program, an idle home window and an idle kiosk on each of
# x11 (Xvfb, the software renderer), wayland (sway headless, opengles2 on
# Mesa's llvmpipe), offscreen and dummy (stand-ins for kmsdrm: no event
# wait), PSS and RSS 3 s after the start, then over SECONDS (default 30) the
# voluntary context switches summed over every thread
# (/proc/PID/task/*/status) and the CPU ticks (utime + stime).
#   bench/app/drivers.sh BUILD_DIR [SECONDS] [OLD_LIMBER]
# OLD_LIMBER, when given, is measured on offscreen and dummy as well (a
# build from before the 42 ms wait slices). Runs as root: sway runs as
# the user limber-test (created when missing).
set -eu
build=$1
secs=${2:-30}
old=${3:-}
user=limber-test
tmp=$(mktemp -d)
chmod 755 "$tmp"
pids=""
cleanup() {
    for p in $pids; do
        kill $(pgrep -P "$p") "$p" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
id -u $user >/dev/null 2>&1 ||
    useradd --system --user-group --no-create-home --shell /usr/sbin/nologin $user

mkdir -p "$tmp/bin" "$tmp/home" "$tmp/out"
cp "$build/limber" "$build/bench/app/bench_floor" "$tmp/bin/"
cp -r "$build/routines" "$tmp/bin/routines"
[ -n "$old" ] && cp "$old" "$tmp/bin/limber-old"
printf 'kiosk: true\n' >"$tmp/kiosk.yaml"
chmod 644 "$tmp/kiosk.yaml"
mkdir -p "$tmp/home/state/limber"
echo 1 >"$tmp/home/state/limber/notice" # home, not the first-run notice
chown -R $user "$tmp/home" "$tmp/out"
export HOME="$tmp/home" XDG_STATE_HOME="$tmp/home/state"
export XDG_CONFIG_HOME="$tmp/home/config" SDL_AUDIODRIVER=dummy

pss() { awk '/^Pss:/ {printf "%.1f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
rss() { awk '/^Rss:/ {printf "%.1f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
wakeups() {
    cat /proc/"$1"/task/*/status |
        awk '/^voluntary_ctxt_switches/ {n += $2} END {print n}'
}

# measure NAME PID: one row.
measure() {
    sleep 3
    m=$(pss "$2")
    rs=$(rss "$2")
    gl=no
    grep -qi llvm "/proc/$2/maps" && gl=llvmpipe
    w0=$(wakeups "$2")
    t0=$(ticks "$2")
    sleep "$secs"
    w1=$(wakeups "$2")
    t1=$(ticks "$2")
    printf "%-26s PSS %5s MB  RSS %5s MB  %6d wake-ups (%6.1f/s)  %3d ticks  mesa %s\n" \
        "$1" "$m" "$rs" $((w1 - w0)) "$(echo "$w1 $w0 $secs" |
            awk '{print ($1 - $2) / $3}')" $((t1 - t0)) "$gl"
}

# run NAME CMD...: starts it here (as root), measures, stops it.
run() {
    name=$1
    shift
    "$@" >/dev/null 2>&1 &
    p=$!
    pids="$pids $p"
    measure "$name" $p
    kill $p 2>/dev/null || true
    wait $p 2>/dev/null || true
}

echo "== load: $(cat /proc/loadavg)"
L="$tmp/bin/limber"
echo "== x11 (Xvfb 1280x800, no window manager)"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" \
    2>/dev/null &
xvfb=$!
pids="$pids $xvfb"
while [ ! -s "$tmp/display" ]; do sleep 0.1; done
DISPLAY=:$(cat "$tmp/display") run "x11 floor" "$tmp/bin/bench_floor"
DISPLAY=:$(cat "$tmp/display") run "x11 home" "$L" --lang en
DISPLAY=:$(cat "$tmp/display") run "x11 kiosk" "$L" --lang en \
    --config "$tmp/kiosk.yaml"
kill $xvfb

for d in offscreen dummy; do
    echo "== $d (no event wait: kmsdrm's stand-in)"
    SDL_VIDEODRIVER=$d run "$d home" "$L" --lang en
    SDL_VIDEODRIVER=$d run "$d kiosk" "$L" --lang en \
        --config "$tmp/kiosk.yaml"
    [ -n "$old" ] &&
        SDL_VIDEODRIVER=$d run "$d home, before" "$tmp/bin/limber-old" --lang en
done

echo "== wayland (sway 1.7 headless, pixman; the app on opengles2)"
# wayland_run NAME ARGS...: sway as the user, running ARGS; measures the
# client (the launcher writes its pid).
wayland_run() {
    name=$1
    shift
    rt="$tmp/rt-$(echo "$name" | tr ' ' -)"
    mkdir -m 0700 "$rt" && chown $user "$rt"
    rm -f "$tmp/out/pid"
    # sway's config reads $ as its own variables: the pid is written by a
    # launcher script.
    printf '#!/bin/sh\necho $$ >%s/out/pid\nexec env %s\n' "$tmp" "$*" \
        >"$tmp/bin/launch"
    chmod 755 "$tmp/bin/launch"
    printf 'output HEADLESS-1 resolution 1280x800\ndefault_border none\n' \
        >"$tmp/sway.conf"
    printf 'exec %s/bin/launch\n' "$tmp" >>"$tmp/sway.conf"
    chmod 644 "$tmp/sway.conf"
    runuser -u $user -- env -i PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$rt" \
        HOME="$tmp/home" XDG_STATE_HOME="$tmp/home/state" \
        SDL_AUDIODRIVER=dummy SDL_VIDEODRIVER=wayland WLR_BACKENDS=headless \
        WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        sway -c "$tmp/sway.conf" >/dev/null 2>&1 &
    r=$!
    pids="$pids $r"
    while [ ! -s "$tmp/out/pid" ]; do sleep 0.1; done
    measure "$name" "$(cat "$tmp/out/pid")"
    kill "$(pgrep -P $r)" 2>/dev/null || true
    wait $r 2>/dev/null || true
}
wayland_run "wayland floor (opengles2)" SDL_RENDER_DRIVER=opengles2 \
    "$tmp/bin/bench_floor"
wayland_run "wayland home" "$L" --lang en
wayland_run "wayland kiosk" "$L" --lang en --config "$tmp/kiosk.yaml"
echo "== load: $(cat /proc/loadavg)"
