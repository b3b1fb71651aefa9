#!/bin/sh
# assets/limber-kiosk.service passes `systemd-analyze verify` with no
# complaint at all (verify exits 0 even for unknown keys and bad values,
# so any output fails), restarts always and starts the kiosk.
# systemd-analyze also checks that ExecStart's program exists, so it
# verifies a copy that points at the built binary instead of
# /usr/local/bin/limber. The cage and sway recipes' drop-ins need those
# installed (scripts/install-deps test).
#   systemd_unit.sh UNIT LIMBER
# Exits 77 (ctest: skipped) only when systemd-analyze is not installed.
set -u
unit=$1
limber=$2
command -v systemd-analyze >/dev/null 2>&1 ||
    { echo "SKIP: systemd-analyze is missing (package systemd)"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

grep -q '^Restart=always$' "$unit" || fail "no Restart=always"
grep -q '^ExecStart=/usr/local/bin/limber --kiosk ' "$unit" ||
    fail "ExecStart does not start limber --kiosk"
grep -q '^KillSignal=SIGTERM$' "$unit" || fail "not stopped by SIGTERM"

copy="$tmp/limber-kiosk.service"
sed "s|^ExecStart=/usr/local/bin/limber |ExecStart=$limber |" "$unit" >"$copy"
# Outside a booted systemd (a container, CI) verify still works: it loads
# the unit into a manager of its own. It must say nothing.
if ! systemd-analyze verify "$copy" >"$tmp/out" 2>&1; then
    cat "$tmp/out"
    fail "systemd-analyze verify failed"
fi
if [ -s "$tmp/out" ]; then
    cat "$tmp/out"
    fail "systemd-analyze verify complained"
fi

# The drop-ins docs/kiosk.md gives for cage (4b) and sway (4d), each
# verified on top of the unit: its [Service] block, as written there.
docs=$(dirname "$0")/../../docs/kiosk.md
for recipe in 4b 4d; do
    mkdir -p "$tmp/$recipe/limber-kiosk.service.d"
    cp "$copy" "$tmp/$recipe/"
    awk -v r="## $recipe." '
        index($0, r) == 1 { in_recipe = 1; next }
        /^## / { in_recipe = 0 }
        in_recipe && $0 == "    [Service]" { block = 1 }
        block && $0 == "" { block = 0 }
        block { sub(/^    /, ""); print }' "$docs" \
        >"$tmp/$recipe/limber-kiosk.service.d/recipe.conf"
    grep -q '^ExecStart=/usr/bin/' \
        "$tmp/$recipe/limber-kiosk.service.d/recipe.conf" ||
        fail "no drop-in with an ExecStart found in $recipe of $docs"
    if ! systemd-analyze verify "$tmp/$recipe/limber-kiosk.service" \
        >"$tmp/out" 2>&1 || [ -s "$tmp/out" ]; then
        cat "$tmp/out"
        fail "the unit with recipe $recipe's drop-in does not verify"
    fi
done

# The options the unit passes are ones limber knows (--help exits 0 and
# the rest is checked by the option parser).
args=$(sed -n 's|^ExecStart=/usr/local/bin/limber ||p' "$unit")
"$limber" $args --help >/dev/null 2>"$tmp/err" &&
    fail "limber accepted --help with the kiosk options (should be 2)"
grep -q "for the window, not another mode" "$tmp/err" ||
    { cat "$tmp/err"; fail "ExecStart's options are not limber's"; }
echo "ok: systemd-analyze verify is silent (alone and with the cage and" \
     "sway drop-ins); Restart=always; SIGTERM"
