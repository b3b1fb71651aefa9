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
run 2 --lang xx-YY-ZZ --list
has "$tmp/err" "'xx-YY-ZZ' is not a language tag"
run 2 --lang de:English --list
has "$tmp/err" "'English' is not a language tag"
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
# So does --help: its texts in Ukrainian, its usage lines and option
# names exactly as in English (they are what one types).
run 0 --help
cp "$tmp/out" "$tmp/help-en"
run 0 --help --lang uk
has "$tmp/out" '^Usage: limber \[--lang L\] \[--muscle GROUP\] \[--no-window\]$'
has "$tmp/out" '^       limber --check PATH\.\.\.$'
has "$tmp/out" '^Веде вправи на розтяжку й самомасаж'
has "$tmp/out" '^  --lang L          показувати вправи мовою L \(en, uk, pt-BR, zh-Hant, \.\.\.\)$'
has "$tmp/out" '^  --help            показати цю довідку$'
has "$tmp/out" '^Код завершення: 0 — гаразд'
if grep -q 'show this help' "$tmp/out"; then
    fail "--help --lang uk still has English texts"
fi
# The same lines before the texts, and the same options in the same order.
sed -n '1,/^$/p' "$tmp/help-en" >"$tmp/usage-en"
sed -n '1,/^$/p' "$tmp/out" >"$tmp/usage-uk"
same "$tmp/usage-uk" "$tmp/usage-en"
grep -Eo '^  (--[a-z-]+|ROUTINE)' "$tmp/help-en" >"$tmp/options-en"
grep -Eo '^  (--[a-z-]+|ROUTINE)' "$tmp/out" >"$tmp/options-uk"
same "$tmp/options-uk" "$tmp/options-en"
LANGUAGE=uk run 0 --help
has "$tmp/out" '^  --version         показати версію$'
finish
