#!/bin/sh
# Fixture setup: `cmake --install` of this build into a DESTDIR, under a
# prefix other than the configured one (so the checks prove the installed
# program finds its files relative to itself). Keeps that install's
# manifest in ROOT.manifest and leaves build/install_manifest.txt as it
# was, so a real `make install` can still be undone by `make uninstall`.
#   install.sh BUILD_DIR ROOT PREFIX
set -eu
build=$1 root=$2 prefix=$3
manifest="$build/install_manifest.txt"

rm -rf "$root" "$root.manifest"
saved=""
if [ -f "$manifest" ]; then
    saved=$(mktemp)
    cp "$manifest" "$saved"
fi
status=0
DESTDIR="$root" cmake --install "$build" --prefix "$prefix" >"$root.log" 2>&1 ||
    status=$?
[ -f "$manifest" ] && mv "$manifest" "$root.manifest"
if [ -n "$saved" ]; then
    mv "$saved" "$manifest"
fi
if [ $status -ne 0 ]; then
    cat "$root.log"
    echo "FAIL: cmake --install into $root$prefix"
    exit 1
fi
echo "ok: installed into $root$prefix ($(grep -c . "$root.manifest") files)"
