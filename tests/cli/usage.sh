# Help, version and usage errors (exit 2).
. "$(dirname "$0")/lib.sh"

run 0 --help
has "$tmp/out" '^Usage: limber'
has "$tmp/out" '--simulate'
run 0 --version
has "$tmp/out" '^limber [0-9]+\.[0-9]+\.[0-9]+$'
run 2 --frobnicate
has "$tmp/err" "^limber: unknown option '--frobnicate'"
run 2 --simulate
has "$tmp/err" '^limber: --simulate needs one ROUTINE'
run 2 --lang xx-YY --list
has "$tmp/err" "'xx-YY' is not a language tag"
run 2 --simulate x --pause-at 5s
has "$tmp/err" 'pairs'
finish
