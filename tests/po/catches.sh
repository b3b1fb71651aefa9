#!/bin/sh
# check.sh fails when a string is untranslated, fuzzy or missing, when a
# catalog po/LINGUAS lists is missing or incomplete, and when a Hebrew
# translation begins with a Latin word: copies with each fault must all
# be refused.
#   tests/po/catches.sh SOURCE_DIR PO
set -eu
src=$1
po=$2
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# refused WHAT SAYING [SOURCE_DIR PO...]: check.sh must fail, saying it.
refused() {
    what=$1
    saying=$2
    shift 2
    if sh "$here/check.sh" "$@" >"$tmp/out" 2>&1; then
        echo "FAIL: check.sh accepted a catalog with $what" >&2
        failures=$((failures + 1))
    elif ! grep -q "$saying" "$tmp/out"; then
        echo "FAIL: check.sh refused $what without saying '$saying':" >&2
        sed 's/^/  | /' "$tmp/out" >&2
        failures=$((failures + 1))
    fi
}

# The first translation emptied: untranslated.
awk '!done && /^msgstr "..*"$/ && prev !~ /^msgid ""$/ { print "msgstr \"\""; done = 1; next }
     { print; prev = $0 }' "$po" >"$tmp/untranslated.po"
refused "an untranslated string" "untranslated" "$src" "$tmp/untranslated.po"

# The first translation marked fuzzy.
awk '!done && /^msgid "..*"$/ { print "#, fuzzy"; done = 1 } { print }' \
    "$po" >"$tmp/fuzzy.po"
refused "a fuzzy string" "fuzzy" "$src" "$tmp/fuzzy.po"

# An entry of the sources dropped altogether.
awk 'BEGIN { RS = ""; ORS = "\n\n" } $0 ~ /msgid "Get ready"/ { next } { print }' \
    "$po" >"$tmp/missing.po"
refused "a missing string" "lacks strings" "$src" "$tmp/missing.po"

# Every catalog of po/LINGUAS is checked: a tree whose LINGUAS names one
# more language than it has catalogs for, and one whose second catalog
# lacks a string, are refused.
mkdir -p "$tmp/tree/po"
cp -R "$src/src" "$tmp/tree/src"
cp "$po" "$tmp/tree/po/aa.po"
printf 'aa\nzz\n' >"$tmp/tree/po/LINGUAS"
refused "a listed catalog missing" "does not exist" "$tmp/tree"
cp "$tmp/missing.po" "$tmp/tree/po/zz.po"
refused "a second catalog lacking a string" "zz.po lacks strings" "$tmp/tree"

# A right-to-left catalog (po/he.po) whose first translation for the
# window begins with a Latin word.
awk '!done && /^msgstr "[^"]/ && prev !~ /^msgid "(limber:|")/ {
         sub(/^msgstr "/, "msgstr \"Limber "); done = 1 }
     { print; prev = $0 }' "$src/po/he.po" >"$tmp/latin.po"
refused "a Hebrew translation that begins with Limber" \
    "begin with a Latin word" "$src" "$tmp/latin.po"

[ "$failures" -eq 0 ] && echo ok
exit "$failures"
