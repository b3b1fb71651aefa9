# Sourced by the display tests: checks on a screenshot. fail() comes from
# tests/xvfb.sh.

# The picture is not black and not one colour: something is drawn on it.
check_drawn() {
    stats=$(convert "$1" -format '%[fx:mean] %[fx:standard_deviation]' info:)
    mean=${stats% *} sd=${stats#* }
    awk "BEGIN { exit !($mean > 0.02 && $sd > 0.02) }" ||
        fail "$2: the screen looks blank or black (mean $mean, sd $sd)"
}

# The largest patch of the accent colour (the primary button: the
# notice's "I understand") lies wholly inside the picture, clear of its
# edges. Prints the patch as W H X Y.
button_box() {
    convert "$1" -fuzz 6% -fill white -opaque 'srgb(92,214,190)' \
        -fill black +opaque white -colorspace gray \
        -define connected-components:verbose=true \
        -define connected-components:area-threshold=200 \
        -connected-components 8 null: 2>/dev/null |
        awk '/gray\(255\)/ { split($2, g, /[x+]/); a = $4 + 0;
                if (a > best) { best = a; box = g[1] " " g[2] " " g[3] " " g[4] } }
             END { print box }'
}

check_button_inside() {
    dims=$(identify -format '%w %h' "$1")
    iw=${dims% *} ih=${dims#* }
    box=$(button_box "$1")
    [ -n "$box" ] || fail "$2: no button found on the screen"
    set -- "$2" $box
    [ "$2" -ge 20 ] && [ "$3" -ge 20 ] && [ "$4" -gt 0 ] && [ "$5" -gt 0 ] &&
        [ $(($4 + $2)) -lt "$iw" ] && [ $(($5 + $3)) -lt "$ih" ] ||
        fail "$1: the button (${2}x$3 at $4,$5) is not whole on the" \
             "${iw}x$ih screen"
    echo "  $1: button ${2}x$3 at $4,$5 on ${iw}x$ih"
}
