#!/bin/sh
# The translations are complete: every string the sources mark (extracted
# afresh, so a new _("...") counts at once) has a translation in each
# catalog, none is fuzzy or untranslated, and msgfmt --check finds nothing
# wrong. Without a PO, every catalog po/LINGUAS lists is checked (and one
# listed without its po/LL.po fails).
#   tests/po/check.sh SOURCE_DIR [PO...]
set -eu
src=$1
shift
if [ $# -eq 0 ]; then
    for lang in $(grep '^[a-z]' "$src/po/LINGUAS"); do
        set -- "$@" "$src/po/$lang.po"
    done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

(cd "$src" && xgettext --language=C --from-code=UTF-8 \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
    --keyword=NC_:1c,2 --keyword=i18n_pgettext:1c,2 \
    -o "$tmp/limber.pot" $(find src -name '*.c' | LC_ALL=C sort))

for po in "$@"; do
    echo "$po:"
    if [ ! -f "$po" ]; then
        echo "FAIL: $po does not exist (po/LINGUAS lists it)" >&2
        status=1
        continue
    fi
    # msgfmt's own checks (format strings, plural forms, header).
    if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/stats"; then
        cat "$tmp/stats" >&2
        echo "FAIL: msgfmt --check rejects $po" >&2
        status=1
    fi
    cat "$tmp/stats"
    # "N translated messages." and nothing else: no fuzzy, no untranslated.
    if grep -Eq 'fuzzy|untranslated' "$tmp/stats"; then
        echo "FAIL: $po has fuzzy or untranslated strings:" >&2
        msgattrib --only-fuzzy --no-wrap "$po" | grep '^msgid' >&2 || true
        msgattrib --untranslated --no-wrap "$po" | grep '^msgid' >&2 || true
        status=1
    fi
    # A language written right to left: a paragraph takes its direction
    # from its first letter, so a translation that begins with a Latin
    # word would be laid out left to right in the window. (The header and
    # the command line's "limber: ..." messages aside.)
    lang=$(sed -n 's/^"Language: \([^\\]*\)\\n"$/\1/p' "$po")
    case $lang in
    ar* | fa* | he* | ur* | ps* | yi* | ckb* | sd* | ug* | dv*)
        msgattrib --no-wrap --no-location --translated "$po" | awk '
            /^msgid / { id = $0 }
            /^msgstr/ { first = 1 }
            first && /"[A-Za-z]/ && id !~ /^msgid "(limber:|")/ {
                print "  " id; bad = 1 }
            /^msgstr/ && !/^msgstr(\[[0-9]\])? ""$/ { first = 0 }
            /^"/ { first = 0 }
            END { exit bad }' >"$tmp/latin" || {
            cat "$tmp/latin" >&2
            echo "FAIL: $po has translations that begin with a Latin word" >&2
            status=1
        }
        ;;
    esac
    # Every msgid of the sources is in the catalog (and translated there).
    if ! msgcmp "$po" "$tmp/limber.pot" 2>"$tmp/cmp"; then
        sed 's/^/  /' "$tmp/cmp" >&2
        echo "FAIL: $po lacks strings of the sources (run: make -C build pot)" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo ok
exit "$status"
