#!/bin/sh
# test_x11_errors under a private Xvfb (see test_x11_errors.c).
#   x11_errors.sh TEST_PROGRAM
# Exits 77 (ctest: skipped) only when Xvfb is not installed.
set -u
program=$1

. "$(dirname "$0")/../xvfb.sh"
xvfb_test_begin

start_xvfb
"$program" || fail "test_x11_errors failed"
echo "ok: SDL's wakeup to a destroyed window passes; other errors do not"
