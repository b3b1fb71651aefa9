#!/bin/sh
# What `cmake --install` put under ROOT/PREFIX (the install_tree fixture):
# exactly the expected files; the desktop entry, the metainfo, both man
# pages and the completion pass their own tools; the installed program
# lists and checks its installed routines and speaks Ukrainian from its
# installed catalog; and a copy of the tree moved elsewhere still finds
# its routines, its catalog and its voice helper beside itself.
#   check_install.sh SOURCE_DIR ROOT PREFIX UNITDIR SYSUSERSDIR APP_ID VOICE
set -u
src=$1 root=$2 prefix=$3 unitdir=$4 sysusersdir=$5 id=$6 voice=$7
case $unitdir in /*) ;; *) unitdir=$prefix/$unitdir ;; esac
case $sysusersdir in /*) ;; *) sysusersdir=$prefix/$sysusersdir ;; esac
p=$root$prefix
limber=$p/bin/limber

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for tool in desktop-file-validate appstreamcli man bash msgfmt \
    systemd-sysusers; do
    command -v $tool >/dev/null 2>&1 ||
        fail "$tool is missing (scripts/install-deps test)"
done
[ -f /usr/share/bash-completion/bash_completion ] ||
    fail "bash-completion is missing (scripts/install-deps test)"
. "$(dirname "$0")/expected.sh"

# --- every file, and nothing else -------------------------------------
expected_files "$prefix" "$unitdir" "$sysusersdir" "$src" "$id" "$voice" \
    >"$tmp/expected"
(cd "$root" && find . -type f -o -type l) | sed 's|^\.||' | sort >"$tmp/got"
diff -u "$tmp/expected" "$tmp/got" >"$tmp/diff" ||
    { cat "$tmp/diff"; fail "the installed files differ from the list"; }
[ -x "$limber" ] || fail "$limber is not executable"
[ "$voice" = 1 ] && { [ -x "$p/libexec/limber/limber-voice" ] ||
    fail "limber-voice is not executable"; }
[ -e "$root/etc" ] && fail "the install wrote to etc/ (an enabled unit?)"

# --- desktop entry and AppStream ----------------------------------------
desktop=$p/share/applications/$id.desktop
desktop-file-validate "$desktop" >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "desktop-file-validate"; }
[ -s "$tmp/out" ] && { cat "$tmp/out"; fail "desktop-file-validate warns"; }
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
grep -qx "StartupWMClass=$id" "$desktop" || fail "no StartupWMClass=$id"
grep -q '^Name\[uk\]=\|^Comment\[uk\]=' "$desktop" ||
    fail "the desktop entry has no Ukrainian"
metainfo=$p/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "appstreamcli validate"; }
version=$("$limber" --version | sed -n 's/^limber //p')
[ -n "$version" ] || fail "limber --version printed no version"
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "the metainfo has no release $version"
grep -q '<binary>limber</binary>' "$metainfo" || fail "no <provides> binary"
grep -q 'summary xml:lang="uk"' "$metainfo" || fail "no Ukrainian summary"

# --- man pages: found by man, rendered without a warning ------------------
for lang in en uk; do
    page=$p/share/man/man1/limber.1
    [ $lang = uk ] && page=$p/share/man/uk/man1/limber.1
    found=$(MANPATH=$p/share/man man -L $lang -w limber 2>/dev/null)
    [ "$found" = "$page" ] || fail "man -L $lang -w limber gives '$found'"
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" \
        >"$tmp/man.$lang" 2>"$tmp/warn" || fail "man $lang failed"
    [ -s "$tmp/warn" ] && { cat "$tmp/warn"; fail "man $lang warns"; }
    grep -q "Limber $version" "$tmp/man.$lang" ||
        fail "man $lang does not carry version $version"
    # Every option of --help is in both pages.
    for opt in $("$limber" --help | grep -o -- '--[a-z-]*' | sort -u); do
        grep -q -- "$opt" "$tmp/man.$lang" ||
            fail "man $lang does not cover $opt"
    done
done
grep -q 'ПАРАМЕТРИ' "$tmp/man.uk" || fail "the uk page is not Ukrainian"

# --- bash completion ---------------------------------------------------
complete_words() { # complete_words CURRENT-WORD-INDEX WORD...
    bash -c '
        . /usr/share/bash-completion/bash_completion
        . "$1"
        shift
        COMP_CWORD=$1
        shift
        COMP_WORDS=("$@")
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        _limber limber
        printf "%s\n" "${COMPREPLY[@]}"
    ' sh "$p/share/bash-completion/completions/limber" "$@"
}
got=$(complete_words 1 "$limber" calf-cr)
[ "$got" = calf-cramp-relief ] || fail "completing calf-cr gave '$got'"
got=$(complete_words 2 "$limber" --muscle cal)
[ "$got" = calves ] || fail "completing --muscle cal gave '$got'"
got=$(complete_words 1 "$limber" --no-w)
[ "$got" = --no-window ] || fail "completing --no-w gave '$got'"
got=$(complete_words 2 "$limber" --lang u)
[ "$got" = uk ] || fail "completing --lang u gave '$got'"

# --- the installed program on its installed files -------------------------
ids=$(for f in "$src"/routines/*.yaml; do sed -n 's/^id: *//p' "$f"; done |
    sort)
listed=$(env -u XDG_DATA_HOME HOME="$tmp" "$limber" --list | awk '{ print $1 }' | sort)
[ "$listed" = "$ids" ] ||
    fail "--list gave '$listed', the installed routines are '$ids'"
"$limber" --check "$p/share/limber/routines" >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "--check on the installed routines"; }
title=$(sed -n '/^title:/,/^[a-z]/s/^  uk: *//p' "$src/routines/calf-cramp-relief.yaml")
HOME=$tmp "$limber" --list --lang uk | grep -q "$title" ||
    fail "--lang uk does not show '$title'"
env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=uk_UA.UTF-8 HOME="$tmp" \
    "$limber" no-such-routine 2>"$tmp/err" && fail "no-such-routine played"
grep -q 'немає вправи' "$tmp/err" ||
    { cat "$tmp/err"; fail "LANG=uk_UA.UTF-8 does not speak Ukrainian"; }

# --- the kiosk's unit and user ------------------------------------------
unit=$root$unitdir/limber-kiosk.service
grep -qx "ExecStart=$prefix/bin/limber --kiosk --config /etc/limber/kiosk.yaml" \
    "$unit" || fail "ExecStart does not follow the prefix $prefix"
grep -qx 'User=limber' "$unit" || fail "the unit does not run as limber"
mkdir "$tmp/sysroot"
systemd-sysusers --dry-run --root="$tmp/sysroot" \
    "$root$sysusersdir/limber.conf" >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "systemd-sysusers refuses limber.conf"; }
grep -q "Creating user 'limber'" "$tmp/out" ||
    { cat "$tmp/out"; fail "limber.conf makes no user limber"; }

# --- moved: the copy finds what is beside it, not the configured prefix ---
# A marked catalog, an extra routine and a voice helper that leaves a
# trace, only in the copy: each shows the copy used its own.
moved=$tmp/moved
cp -a "$p" "$moved"
sed 's/^msgstr "limber: немає вправи/msgstr "MOVED limber: немає вправи/' \
    "$src/po/uk.po" >"$tmp/uk.po"
msgfmt -o "$moved/share/locale/uk/LC_MESSAGES/limber.mo" "$tmp/uk.po"
sed 's/^id: calf-cramp-relief$/id: moved-marker/' \
    "$src/routines/calf-cramp-relief.yaml" \
    >"$moved/share/limber/routines/moved-marker.yaml"
HOME=$tmp "$moved/bin/limber" --list | grep -q '^moved-marker ' ||
    fail "the moved copy does not read its own routines"
HOME=$tmp "$moved/bin/limber" --lang uk no-such-routine 2>"$tmp/err"
grep -q '^MOVED limber: немає вправи' "$tmp/err" ||
    { cat "$tmp/err"; fail "the moved copy does not read its own catalog"; }
if [ "$voice" = 1 ]; then
    helper=$moved/libexec/limber/limber-voice
    mv "$helper" "$helper.real"
    printf '#!/bin/sh\ntouch "%s"\nexec "%s" "$@"\n' "$tmp/voice-used" \
        "$helper.real" >"$helper"
    chmod +x "$helper"
    env -u LIMBER_VOICE_HELPER HOME="$tmp" "$moved/bin/limber" \
        --render-audio eyelid-twitch-rest "$tmp/out.wav" 2>"$tmp/err" ||
        { cat "$tmp/err"; fail "--render-audio in the moved copy"; }
    [ -e "$tmp/voice-used" ] ||
        { cat "$tmp/err"; fail "the moved copy did not start its own limber-voice"; }
fi
echo "ok: $(wc -l <"$tmp/expected") files in place and valid; completion," \
    "man pages, routines, catalog and voice found beside the program"
