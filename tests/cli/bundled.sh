# The shipped routines, as the build tree has them, are all valid.
. "$(dirname "$0")/lib.sh"
routines="$(dirname "$limber")/routines"
count=$(ls "$routines"/*.yaml | wc -l)
[ "$count" -ge 3 ] || fail "only $count bundled routines"
run 0 --check "$routines"
has "$tmp/out" "^$count routines valid\$"
run 0 --check "$routines" --lang uk
has "$tmp/out" "^$count (вправа|вправи|вправ) без помилок\$"
run 0 --list
[ "$(wc -l <"$tmp/out")" -eq "$count" ] || fail "--list does not show all $count"
finish
