# Every bundled step's illustration, through --render-figure: it is there,
# it differs from the step before, it moves while the step plays, and its
# right side is the mirror of its left. A routine with any illustrated
# step must have them all, and every bundled routine must have them
# (LIMBER_FIGURES_STRICT=0 relaxes that to the first rule).
. "$(dirname "$0")/../cli/lib.sh"
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER || true
strict=${LIMBER_FIGURES_STRICT:-1}
size=256

# differing A B: pixels that differ by more than 20% after a slight blur
# (mirrored shapes may round to the next pixel at their edges).
differing() {
    convert "$1" -blur 0x1 "$tmp/a.png"
    convert "$2" -blur 0x1 "$tmp/b.png"
    compare -metric AE -fuzz 20% "$tmp/a.png" "$tmp/b.png" null: 2>&1 |
        sed 's/ .*//' || true
}
render() { "$limber" --render-figure "$@" --size $size 2>"$tmp/render-err"; }

convert -size ${size}x$size 'xc:rgb(16,26,36)' "$tmp/empty.png"
illustrated=0
"$limber" --list >"$tmp/list"
for id in $(awk '{print $1}' "$tmp/list"); do
    steps=$("$limber" --simulate "$id" |
        sed -n 's/.*"of":\([0-9]*\).*/\1/p' | head -1)
    have=0
    missing=""
    prev=""
    for n in $(seq 1 "$steps"); do
        left="$tmp/$id-$n-left.png"
        if ! render "$id" "$n" "$left"; then
            grep -q 'has no illustration' "$tmp/render-err" ||
                fail "$id step $n: $(cat "$tmp/render-err")"
            missing="$missing $n"
            continue
        fi
        have=$((have + 1))
        d=$(differing "$left" "$tmp/empty.png")
        [ "$d" -gt 1500 ] || fail "$id step $n: the illustration is empty ($d)"
        if [ -n "$prev" ]; then
            d=$(differing "$left" "$prev")
            [ "$d" -gt 500 ] ||
                fail "$id step $n looks like the step before ($d)"
        fi
        prev=$left
        # Moves: some moment of the phase differs from the key pose.
        moved=0
        for at in 0 1s 2s 3s; do
            render "$id" "$n" "$tmp/at.png" --at $at || fail "$id $n --at $at"
            d=$(differing "$left" "$tmp/at.png")
            [ "$d" -gt 300 ] && moved=1 && break
        done
        [ $moved = 1 ] || fail "$id step $n does not move"
        # The right side: the left one mirrored (or the same, mirror: false).
        render "$id" "$n" "$tmp/right.png" --side right
        convert "$left" -flop "$tmp/flop.png"
        m=$(differing "$tmp/flop.png" "$tmp/right.png")
        s=$(differing "$left" "$tmp/right.png")
        [ "$m" -lt 300 ] || [ "$s" -lt 300 ] ||
            fail "$id step $n: the right side is not the left mirrored ($m)"
    done
    if [ "$have" -gt 0 ] && [ -n "$missing" ]; then
        fail "$id: steps$missing have no illustration"
    elif [ "$have" -eq 0 ] && [ "$strict" = 1 ]; then
        fail "$id has no illustrations"
    fi
    [ "$have" -gt 0 ] && illustrated=$((illustrated + 1))
done
echo "$illustrated routines with illustrations checked"
finish
