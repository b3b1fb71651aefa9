# Shared by the end-to-end tests: sourced with $1 = the limber binary and
# $2 = tests/data. Runs every command in a private temporary home, so the
# user's own routines and language never leak in.
set -eu
limber=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg"
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES || true
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# run STATUS CMD...: runs limber with the arguments, keeps its output in
# $tmp/out and $tmp/err, and checks the exit status.
run() {
    want=$1
    shift
    status=0
    "$limber" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
    if [ "$status" -ne "$want" ]; then
        fail "limber $* exited $status, expected $want"
        sed 's/^/  stderr: /' "$tmp/err" >&2
    fi
}

# same FILE EXPECTED: the file's content equals the expected file.
same() {
    if ! diff -u "$2" "$1" >&2; then
        fail "$1 differs from $2"
    fi
}

# has FILE REGEX: some line of the file matches.
has() {
    if ! grep -Eq -- "$2" "$1"; then
        fail "no line matches '$2' in:"
        sed 's/^/  | /' "$1" >&2
    fi
}

finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures failure(s)" >&2
        exit 1
    fi
    echo "ok"
}
