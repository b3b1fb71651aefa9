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
# Usage errors speak the language asked for, by option or environment,
# with only the C.UTF-8 locale installed.
run 2 --lang uk --frobnicate
has "$tmp/err" "^limber: невідомий параметр «--frobnicate» \(див\. limber --help\)$"
run 2 --frobnicate --lang=uk
has "$tmp/err" "невідомий параметр"
LANGUAGE=uk run 2 --check
has "$tmp/err" '^limber: --check потребує файлу чи теки$'
LC_ALL=uk_UA.UTF-8 run 2 --simulate
has "$tmp/err" '^limber: --simulate потребує однієї ROUTINE'
finish
