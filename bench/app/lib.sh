# Sourced by measure.sh, formats.sh and figure_cpu.sh: a folder $tmp and the list $pids
# of processes, both cleaned up at exit; a private Xvfb at 1280x800; SDL's
# dummy audio driver, settings and history of their own with the
# first-run notice already seen (else it would stand before a routine),
# and median.

tmp=$(mktemp -d)
pids=""
cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" \
    2>/dev/null &
pids="$pids $!"
while [ ! -s "$tmp/display" ]; do sleep 0.1; done
export DISPLAY=:$(cat "$tmp/display")
# Other programs start and stop X servers on this machine too: wait until
# this one answers.
for i in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
export SDL_AUDIODRIVER=dummy
export XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_STATE_HOME/limber"
echo 999 >"$XDG_STATE_HOME/limber/notice"
# STILL=1: the figures held still (the Motion switch), to measure the
# rest without their animation.
if [ "${STILL:-0}" = 1 ]; then
    mkdir -p "$XDG_CONFIG_HOME/limber"
    echo "reduce-motion: true" >"$XDG_CONFIG_HOME/limber/settings.yaml"
fi
echo "load: $(cat /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# A process's PSS in MB, and its CPU ticks (utime + stime, 10 ms each).
pss() { awk '/^Pss:/ {printf "%.2f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
