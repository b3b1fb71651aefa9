#!/bin/sh
# check.sh fails when a string is untranslated, fuzzy or missing: three
# copies of PO, each with one such fault, must all be refused.
#   tests/po/catches.sh SOURCE_DIR PO
set -eu
src=$1
po=$2
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

refused() {
    if sh "$here/check.sh" "$src" "$1" >"$tmp/out" 2>&1; then
        echo "FAIL: check.sh accepted a catalog with $2" >&2
        failures=$((failures + 1))
    elif ! grep -q "$3" "$tmp/out"; then
        echo "FAIL: check.sh refused $2 without saying '$3':" >&2
        sed 's/^/  | /' "$tmp/out" >&2
        failures=$((failures + 1))
    fi
}

# The first translation emptied: untranslated.
awk '!done && /^msgstr "..*"$/ && prev !~ /^msgid ""$/ { print "msgstr \"\""; done = 1; next }
     { print; prev = $0 }' "$po" >"$tmp/untranslated.po"
refused "$tmp/untranslated.po" "an untranslated string" "untranslated"

# The first translation marked fuzzy.
awk '!done && /^msgid "..*"$/ { print "#, fuzzy"; done = 1 } { print }' \
    "$po" >"$tmp/fuzzy.po"
refused "$tmp/fuzzy.po" "a fuzzy string" "fuzzy"

# An entry of the sources dropped altogether.
awk 'BEGIN { RS = ""; ORS = "\n\n" } $0 ~ /msgid "Get ready"/ { next } { print }' \
    "$po" >"$tmp/missing.po"
refused "$tmp/missing.po" "a missing string" "lacks strings"

[ "$failures" -eq 0 ] && echo ok
exit "$failures"
