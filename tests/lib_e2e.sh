# lib_e2e.sh -- what the end-to-end scripts (e2e_*.sh) share; sourced by them from
# the repository root, after they set T (their temp folder) and FAILS=0.
# TAP-style lines: "ok - ..." / "not ok - ..."; FAILS counts the latter.

ok() { echo "ok - $*"; }
nok() { echo "not ok - $*"; FAILS=$((FAILS + 1)); }

# run_py ARGS...: runs python3, passes its ok/not ok lines through and
# counts its failures (or one failure if it died without saying why).
run_py() {
    out=$(python3 "$@" 2>&1); rc=$?
    [ -n "$out" ] && printf '%s\n' "$out"
    n=$(printf '%s\n' "$out" | grep -c '^not ok')
    FAILS=$((FAILS + n))
    if [ "$rc" -ne 0 ] && [ "$n" -eq 0 ]; then nok "python3 $1 $2 failed (exit $rc)"; fi
}

# dv NAME ARGS...: runs ./dotvox ARGS with stdout in $T/NAME.json and
# stderr in $T/NAME.err; sets RC.
dv() {
    name=$1; shift
    ./dotvox "$@" >"$T/$name.json" 2>"$T/$name.err"
    RC=$?
}

# expect0 NAME DESC: the last dv run must have exited 0.
expect0() {
    if [ "$RC" -eq 0 ]; then ok "$2: exit 0"
    else nok "$2: exit $RC"; sed 's/^/#   /' "$T/$1.err" | head -5; fi
}

# expect_fail NAME DESC: a non-zero exit (not a crash) and a "dotvox:"
# message.
expect_fail() {
    if [ "$RC" -ne 0 ] && [ "$RC" -lt 128 ]; then ok "$2: exit $RC"
    else nok "$2: exit $RC (want non-zero, no crash)"; fi
    if grep -q '^dotvox: ' "$T/$1.err"; then ok "$2: message: $(head -1 "$T/$1.err")"
    else nok "$2: a 'dotvox: ...' message on stderr"; sed 's/^/#   /' "$T/$1.err" | head -5; fi
}

# json_get NAME KEY: KEY of the first JSON object in $T/NAME.json.
json_get() {
    python3 -c 'import json,sys
sys.path.insert(0, "tests")
from e2e_check import parse_json_stream
o = parse_json_stream(open(sys.argv[1], encoding="utf-8").read())
v = o[0].get(sys.argv[2]) if o else None
print("" if v is None else v)' "$T/$1.json" "$2" 2>/dev/null
}
