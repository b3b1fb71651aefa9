#!/bin/sh
# The Debian package made by `make deb`: lintian finds no error; its
# contents are exactly the install list under /usr (tests/install/
# expected.sh) plus its copyright and changelog; then it is installed with
# apt into a throw-away Debian 12 root made by debootstrap (when the
# mirror answers; else on this machine), where /usr/bin/limber must list
# and check its routines, speak Ukrainian, find its desktop entry and
# icon, have its kiosk user and its kiosk unit disabled; and
# `apt-get remove --purge` must leave none of its files.
#   deb_check.sh DEBDIR            (as root)
# LIMBER_DEB_ROOT=debootstrap|host chooses where it installs (default:
# debootstrap when it can reach the mirror, else host).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
debdir=$(cd "$1" && pwd)
version=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version)
arch=$(dpkg-architecture -q DEB_HOST_ARCH)
deb=$debdir/limber_${version}_$arch.deb
id=$(sed -n 's/^set(LIMBER_APP_ID "\(.*\)")$/\1/p' "$top/cmake/Install.cmake")
mirror=http://deb.debian.org/debian
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$deb" ] || fail "$deb is missing (make deb)"
[ -n "$id" ] || fail "no LIMBER_APP_ID in cmake/Install.cmake"
. "$top/tests/install/expected.sh"
tmp=$(mktemp -d)
root=""
cleanup() {
    if [ -n "$root" ]; then
        umount "$root/proc" 2>/dev/null || true
        # Never into a proc that is still mounted.
        rm -rf --one-file-system "$root"
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# --- lintian ------------------------------------------------------------
lintian --fail-on error "$deb" >"$tmp/lintian" 2>&1 ||
    { cat "$tmp/lintian"; fail "lintian reports errors"; }
echo "ok: lintian: no errors ($(grep -c '^[WIP]:' "$tmp/lintian") notes)"

# --- contents -----------------------------------------------------------
dpkg-deb --contents "$deb" >"$tmp/listing"
voice=0
grep '/usr/libexec/limber/limber-voice$' "$tmp/listing" >/dev/null && voice=1
{
    expected_files /usr /lib/systemd/system /usr/lib/sysusers.d "$top" "$id" \
        "$voice" | sed -e 's|/man1/limber.1$|/man1/limber.1.gz|' \
            -e 's|^\(/usr/share/doc/limber/.*\.md\)$|\1.gz|'
    echo /usr/share/doc/limber/changelog.gz
    echo /usr/share/doc/limber/copyright
} | sort >"$tmp/expected"
awk '$1 !~ /^d/ { print $6 }' "$tmp/listing" | sed 's|^\.||' |
    sort >"$tmp/contents"
diff -u "$tmp/expected" "$tmp/contents" ||
    fail "the package's files differ from the install list"
echo "ok: dpkg-deb --contents matches the install list ($(wc -l <"$tmp/contents") files)"

# --- install, use, purge ------------------------------------------------
where=${LIMBER_DEB_ROOT:-}
if [ -z "$where" ]; then
    where=host
    if command -v debootstrap >/dev/null 2>&1 &&
        timeout 20 sh -c "wget -q -O /dev/null $mirror/dists/bookworm/Release ||
            curl -fsS -o /dev/null $mirror/dists/bookworm/Release" 2>/dev/null; then
        where=debootstrap
    fi
fi
run=""
if [ "$where" = debootstrap ]; then
    root=$debdir/root
    rm -rf "$root"
    echo "deb_check: debootstrap bookworm into $root (minbase)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" \
        >"$tmp/debootstrap.log" 2>&1 ||
        { tail -20 "$tmp/debootstrap.log"; fail "debootstrap"; }
    mount -t proc proc "$root/proc" 2>/dev/null || true
    cp "$deb" "$root/tmp/"
    run="chroot $root"
    pkg=/tmp/${deb##*/}
else
    echo "deb_check: installing on this machine (no debootstrap root)"
    pkg=$deb
fi
export DEBIAN_FRONTEND=noninteractive
apt="apt-get -o DPkg::Lock::Timeout=600 -y --no-install-recommends"
[ -n "$run" ] && { $run $apt update >"$tmp/apt.log" 2>&1 ||
    { cat "$tmp/apt.log"; fail "apt-get update in the root"; }; }
$run $apt install "$pkg" >"$tmp/apt.log" 2>&1 ||
    { tail -30 "$tmp/apt.log"; fail "apt-get install $pkg"; }

got=$($run /usr/bin/limber --version)
[ "$got" = "limber $version" ] || fail "--version says '$got'"
$run /usr/bin/limber --check /usr/share/limber/routines >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "--check on the installed routines"; }
n=$($run env HOME=/nonexistent /usr/bin/limber --list | grep -c .)
want=$(ls "$top"/routines/*.yaml | grep -c .)
[ "$n" -eq "$want" ] || fail "--list shows $n routines, not $want"
title=$(sed -n '/^title:/,/^[a-z]/s/^  uk: *//p' "$top/routines/calf-cramp-relief.yaml")
$run env -u LANGUAGE -u LC_ALL LANG=uk_UA.UTF-8 HOME=/nonexistent \
    /usr/bin/limber --list | grep -q "$title" ||
    fail "LANG=uk_UA.UTF-8 limber --list does not show '$title'"
for f in /usr/share/applications/$id.desktop \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/icons/hicolor/64x64/apps/$id.png \
    /usr/share/man/man1/limber.1.gz /usr/share/man/uk/man1/limber.1.gz; do
    $run test -f "$f" || fail "$f is not installed"
done
# `man limber` in both languages, as a user of the root reads it.
if ! $run sh -c 'command -v man' >/dev/null; then
    $run $apt install man-db >"$tmp/apt.log" 2>&1 ||
        { tail -30 "$tmp/apt.log"; fail "apt-get install man-db"; }
fi
for l in en uk; do
    $run env LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -L $l limber \
        >"$tmp/man" 2>"$tmp/warn" || fail "man -L $l limber"
    [ -s "$tmp/warn" ] && { cat "$tmp/warn"; fail "man -L $l limber warns"; }
    grep -q "Limber $version" "$tmp/man" || fail "man -L $l limber is not ours"
done
grep -q 'ПАРАМЕТРИ' "$tmp/man" || fail "man -L uk limber is not Ukrainian"
$run getent passwd limber >/dev/null || fail "the package made no user limber"
$run getent group video | grep -q limber ||
    fail "the user limber is not in the group video"
$run test ! -e /etc/systemd/system/multi-user.target.wants/limber-kiosk.service ||
    fail "installing enabled the kiosk unit"
echo "ok: installed with apt ($where): limber $version runs on its routines," \
    "in Ukrainian; man pages; kiosk user made, unit disabled"

$run $apt remove --purge limber >"$tmp/apt.log" 2>&1 ||
    { tail -30 "$tmp/apt.log"; fail "apt-get remove --purge limber"; }
status=$($run dpkg-query -W -f='${db:Status-Status}' limber 2>/dev/null || true)
[ "$status" = not-installed ] || [ -z "$status" ] ||
    fail "dpkg still knows limber: $status"
left=""
# Every file and link of the package, and the folders of its own.
while read -r f; do
    if $run test -e "$f" || $run test -L "$f"; then
        left="$left $f"
    fi
done <"$tmp/contents"
for d in /usr/share/limber /usr/libexec/limber /usr/share/doc/limber; do
    $run test ! -e "$d" || left="$left $d/"
done
[ -z "$left" ] || fail "left after purge:$left"
$run test ! -e /var/lib/limber || fail "/var/lib/limber is left after purge"
echo "ok: purged without leftovers (the system user limber stays, as" \
    "Debian leaves users that packages create)"
