#!/bin/sh
# Runs every unit test binary given as arguments, then every end-to-end
# script tests/e2e_*.sh.  Prints one line per test; fails if any fails.
cd "$(dirname "$0")/.."
fail=0; n=0
for t in "$@"; do
    n=$((n + 1))
    if "$t"; then echo "PASS $t"; else echo "FAIL $t"; fail=$((fail + 1)); fi
done
for t in tests/e2e_*.sh; do
    [ -f "$t" ] || continue
    n=$((n + 1))
    if sh "$t"; then echo "PASS $t"; else echo "FAIL $t"; fail=$((fail + 1)); fi
done
echo "tests: $n run, $fail failed"
[ "$fail" -eq 0 ]
