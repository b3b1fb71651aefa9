#!/bin/sh
# Fixture cleanup, and the check of `make uninstall`: cmake/Uninstall.cmake
# on the fixture's manifest removes every file the install put in place
# and the folders it left empty (Limber's own and those three or more
# levels below the prefix), and leaves nothing of Limber behind.
#   uninstall.sh SOURCE_DIR ROOT PREFIX
set -u
src=$1 root=$2 prefix=$3
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$root.manifest" ] || fail "no $root.manifest (did install_tree run?)"

DESTDIR=$root cmake -DMANIFEST="$root.manifest" -P "$src/cmake/Uninstall.cmake" \
    >"$root.uninstall.log" 2>&1 || { cat "$root.uninstall.log"; fail "uninstall"; }
left=$(find "$root" -type f)
[ -z "$left" ] || fail "files left after uninstall: $left"
dirs=$(find "$root" -type d -name limber)
[ -z "$dirs" ] || fail "folders left after uninstall: $dirs"
deep=$(find "$root$prefix" -mindepth 3 -type d)
[ -z "$deep" ] || fail "empty folders left after uninstall: $deep"
n=$(grep -c -e '-- Removing .*[^/]$' "$root.uninstall.log")
rm -rf "$root" "$root.manifest" "$root.log" "$root.uninstall.log"
echo "ok: uninstall removed $n files and the folders it emptied"
