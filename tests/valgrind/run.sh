#!/bin/sh
# valgrind memcheck over the real program: the headless drive through
# every screen (key, mouse, touch, a whole routine on the fake clock), the
# command-line tools on every bundled routine, and the terminal player.
# Any memcheck error or definite leak fails the run.
#   tests/valgrind/run.sh BUILD_DIR
set -eu
build=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data" HOME="$tmp"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy

# vg STATUS NAME CMD...: runs CMD under memcheck; it must exit with STATUS
# (its own result) and valgrind must find nothing (exit 99).
vg() {
    want=$1 name=$2
    shift 2
    status=0
    valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite \
        --error-exitcode=99 --suppressions="$here/system.supp" \
        "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || status=$?
    if [ "$status" -ne "$want" ]; then
        echo "FAIL: $name exited $status, expected $want" >&2
        tail -40 "$tmp/$name.err" >&2
        exit 1
    fi
    echo "clean: $name"
}

vg 0 app_drive "$build/tests/app/test_app"
# Text drawn from glyphs, made and freed frame by frame (glyphs.c).
vg 0 app_text "$build/tests/app/test_text"
# The sound device opened and closed again and again (sound.c).
vg 0 app_sound_device "$build/tests/app/test_sound_device"
# Every way out of a live session, the exit hook in a forked window, and
# settings written once they settle (exit_paths.c, settings.c).
vg 0 app_exit_paths "$build/tests/app/test_exit_paths"
routines="$build/routines"
vg 0 check "$build/limber" --check "$routines"
vg 0 list "$build/limber" --list --lang uk
for f in "$routines"/*.yaml; do
    vg 0 "simulate-$(basename "$f" .yaml)" "$build/limber" --simulate "$f" \
        --pause-at 10s --resume-at 20s
done
vg 0 play "$build/limber" --no-window "$here/../data/play/two-seconds.yaml"
vg 0 history "$build/limber" --history
vg 1 bad-files "$build/limber" --check "$here/../data/bad"
echo "valgrind: no errors, no definite leaks"
