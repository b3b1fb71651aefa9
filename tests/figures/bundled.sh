# Every step of every bundled routine is illustrated, through
# --render-figure without a display: the figure is there, differs from the
# step before it, moves during the work phase, and for a two-sided step the
# right side is the left one mirrored.
. "$(dirname "$0")/../cli/lib.sh"
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER || true
routines="$(dirname "$0")/../../routines"

# differing A B: how many pixels differ by more than 20%, after a slight
# blur (a mirrored shape may round to the next pixel at its edges).
differing() {
    convert "$1" -blur 0x1.5 "$tmp/a.png"
    convert "$2" -blur 0x1.5 "$tmp/b.png"
    compare -metric AE -fuzz 20% "$tmp/a.png" "$tmp/b.png" null: 2>&1 |
        sed 's/ .*//' || true
}

# sides_of FILE N: the `sides:` of step N of a routine file ("" if none).
sides_of() {
    awk -v n="$2" '/^  - /{c++} c==n && /^    sides:/{print $2}' "$1"
}

size=256
mirrored=0
steps=0
for file in "$routines"/*.yaml; do
    id=$(basename "$file" .yaml)
    previous=""
    i=1
    while :; do
        key="$tmp/$id-$i.png"
        status=0
        "$limber" --render-figure "$file" "$i" "$key" --size "$size" \
            >"$tmp/out" 2>"$tmp/err" || status=$?
        if grep -q "has no step $i" "$tmp/err"; then
            break
        fi
        steps=$((steps + 1))
        if [ "$status" -ne 0 ]; then
            fail "$id step $i: no figure ($(cat "$tmp/err"))"
            i=$((i + 1))
            continue
        fi
        [ -s "$tmp/err" ] && fail "$id step $i: $(cat "$tmp/err")"

        # Differs from the step before it.
        if [ -n "$previous" ]; then
            n=$(differing "$previous" "$key")
            [ "$n" -gt 400 ] ||
                fail "$id step $i looks like step $((i - 1)) ($n pixels)"
        fi
        previous=$key

        # Moves: some moment of the first seconds of the work phase is
        # not the key pose (a hold starts from its first key; a loop
        # passes through its others).
        moved=0
        for t in 0s 1s 2s 3s; do
            "$limber" --render-figure "$file" "$i" "$tmp/t.png" --size "$size" \
                --at "$t" 2>"$tmp/err" || fail "$id step $i at $t: $(cat "$tmp/err")"
            n=$(differing "$key" "$tmp/t.png")
            [ "$n" -gt "$moved" ] && moved=$n
        done
        [ "$moved" -gt 40 ] || fail "$id step $i does not move ($moved pixels)"

        # Two-sided steps: the right side is the left one mirrored.
        if [ "$(sides_of "$file" "$i")" = both ]; then
            "$limber" --render-figure "$file" "$i" "$tmp/right.png" \
                --size "$size" --side right 2>"$tmp/err" ||
                fail "$id step $i right: $(cat "$tmp/err")"
            # Mirroring about the picture's middle lands one pixel left
            # of ImageMagick's flop: compare both.
            convert "$key" -flop "$tmp/flopped.png"
            n=$(differing "$tmp/flopped.png" "$tmp/right.png")
            convert "$key" -flop -roll -1+0 "$tmp/flopped.png"
            n1=$(differing "$tmp/flopped.png" "$tmp/right.png")
            [ "$n1" -lt "$n" ] && n=$n1
            [ "$n" -lt 150 ] ||
                fail "$id step $i: the right side is not the left mirrored ($n pixels)"
            n=$(differing "$key" "$tmp/right.png")
            [ "$n" -gt 400 ] ||
                fail "$id step $i: the right side looks like the left ($n pixels)"
            mirrored=$((mirrored + 1))
        fi
        i=$((i + 1))
    done
done
[ "$steps" -ge 60 ] || fail "only $steps bundled steps found"
[ "$mirrored" -ge 20 ] || fail "only $mirrored two-sided steps found"
echo "$steps bundled steps illustrated, $mirrored mirrored"
exit "$failures"
