#!/bin/sh
# End-to-end test of what `dotvox braille` does with bad input, bad options
# and unwritable output: a clear "dotvox: NAME: problem" message, a
# non-zero exit below 128 (never a crash), no output file, no temp file,
# and no job recorded as done.  Also: --lenient, other encodings, usage
# errors.  Prints "ok - ..." / "not ok - ..."; exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 1
if [ ! -x ./dotvox ]; then
    echo "not ok - ./dotvox not found or not executable: run make first"
    exit 1
fi
PYTHONDONTWRITEBYTECODE=1; export PYTHONDONTWRITEBYTECODE
T=$(mktemp -d) || exit 1
trap '[ -n "$KEEP" ] || rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
FAILS=0
SMALL=samples/taohuayuanji-zh.txt
EN=samples/english-sample.txt

. tests/lib_e2e.sh
# dv NAME ARGS...: runs ./dotvox with stdout/stderr in $T/NAME.out/.err.
dv() {
    name=$1; shift
    if command -v timeout >/dev/null 2>&1; then
        timeout 300 ./dotvox "$@" >"$T/$name.out" 2>"$T/$name.err"
    else
        ./dotvox "$@" >"$T/$name.out" 2>"$T/$name.err"
    fi
    RC=$?
}
show_err() { sed 's/^/#   /' "$T/$1.err" | head -5; }
# no_done DB DESC: the manifest (if any) has no job done, running or
# queued: a failed conversion is recorded as failed or not at all.
no_done() {
    if [ ! -f "$1" ]; then ok "$2: no job done (no manifest)"; return; fi
    n=$(sqlite3 "$1" "SELECT count(*) FROM jobs WHERE status <> 'failed'" 2>&1)
    [ "$n" = 0 ] && ok "$2: no job done, running or queued" \
        || nok "$2: no job done, running or queued (got '$n')"
}
# no_output DIR DESC: DIR is missing or holds no file at all.
no_output() {
    files=$(find "$1" -type f 2>/dev/null | head -5)
    [ -z "$files" ] && ok "$2: no output file" || nok "$2: no output file (found $files)"
}
no_tmp() {
    left=$(find "$T" -name '*.tmp.*' 2>/dev/null | head -3)
    [ -z "$left" ] && ok "$1: no temp file left" || nok "$1: temp files left: $left"
}
# fails NAME DESC WANTRC NAME_IN_MSG PROBLEM_REGEX OUTDIR: checks a run
# that must fail.  WANTRC "any" accepts any exit from 1 to 127.
fails() {
    name=$1 desc=$2 want=$3 who=$4 re=$5 outdir=$6
    if [ "$want" = any ]; then
        if [ "$RC" -ge 1 ] && [ "$RC" -lt 128 ]; then ok "$desc: exit $RC"
        else nok "$desc: exit 1..127 (got $RC)"; fi
    elif [ "$RC" -eq "$want" ]; then ok "$desc: exit $want"
    else nok "$desc: exit $want (got $RC)"; show_err "$name"; fi
    if grep -q "^dotvox: " "$T/$name.err" && grep -qF -- "$who" "$T/$name.err" \
            && grep -qiE -- "$re" "$T/$name.err"; then
        ok "$desc: stderr names $who and the problem"
    else
        nok "$desc: stderr 'dotvox: ...' names $who and the problem /$re/"
        show_err "$name"
    fi
    no_output "$outdir" "$desc"
    no_tmp "$desc"
    no_done "$T/$name.db" "$desc"
}

# --- bad input files ----------------------------------------------------
python3 - "$T" <<'EOF'
import sys
t = sys.argv[1]
open(t + "/binary.txt", "wb").write(open("/bin/ls", "rb").read(4096))
good = "好书不厌百回读。\n".encode("utf-8")
# \xff is neither UTF-8 nor GB18030 (and not a BOM: it is mid-file).
open(t + "/invalid.txt", "wb").write(
    "无效字节\n\n".encode("utf-8") + good * 3 + b"\xe5\xa5\xbd\xff\xe5\xa5\xbd\n" + good * 3)
open(t + "/empty.txt", "wb").write(b"")
open(t + "/blank.txt", "wb").write(b" \n\n\t\n\xe3\x80\x80\n")
open(t + "/afile", "wb").write(b"not a directory\n")
EOF
mkdir "$T/adir"

dv missing braille "$T/nosuch.txt" -o "$T/o-missing" --db "$T/missing.db"
fails missing "missing file" 1 "$T/nosuch.txt" \
    "no such file|not found|does not exist|cannot open|can't open" "$T/o-missing"

dv dir braille "$T/adir" -o "$T/o-dir" --db "$T/dir.db"
fails dir "directory as input" 1 "$T/adir" "directory" "$T/o-dir"

dv binary braille "$T/binary.txt" -o "$T/o-binary" --db "$T/binary.db"
fails binary "binary file" 1 "$T/binary.txt" "binary|nul|not (a )?text" "$T/o-binary"

dv invalid braille "$T/invalid.txt" -o "$T/o-invalid" --db "$T/invalid.db"
fails invalid "invalid bytes" 1 "$T/invalid.txt" \
    "invalid|encoding|malformed|decode" "$T/o-invalid"

dv empty braille "$T/empty.txt" -o "$T/o-empty" --db "$T/empty.db"
fails empty "empty file" 1 "$T/empty.txt" "empty" "$T/o-empty"

dv blank braille "$T/blank.txt" -o "$T/o-blank" --db "$T/blank.db"
fails blank "white-space-only file" 1 "$T/blank.txt" "empty|no text|blank" "$T/o-blank"

# --- bad options and output ----------------------------------------------
dv table braille "$SMALL" -o "$T/o-table" --db "$T/table.db" --table nosuch.ctb
fails table "unknown table" any "nosuch.ctb" \
    "table|not found|no such|cannot|compile|unknown" "$T/o-table"

dv embosser braille "$SMALL" -o "$T/o-embosser" --db "$T/embosser.db" \
    --embosser nosuch-embosser
fails embosser "unknown embosser" any "nosuch-embosser" \
    "embosser|profile|not found|no such|unknown|cannot" "$T/o-embosser"

dv outdir braille "$SMALL" -o "$T/afile/sub" --db "$T/outdir.db"
fails outdir "output dir under a regular file" any "$T/afile" \
    "not a directory|cannot|can't|failed|exists|permission" "$T/afile/sub"

# A write error after translation: the PEF's final name is a directory.
dv probe braille "$EN" -o "$T/o-probe" --db "$T/probe.db" --json
slug=$(python3 -c 'import json,sys,os
sys.path.insert(0, "tests")
from e2e_check import parse_json_stream
o = parse_json_stream(open(sys.argv[1]).read())[0]
print([os.path.basename(x["path"])[:-4] for x in o["outputs"] if x["path"].endswith(".pef")][0])' \
    "$T/probe.out" 2>/dev/null)
if [ "$RC" -eq 0 ] && [ -n "$slug" ]; then
    mkdir -p "$T/o-write/$slug.pef/x"
    dv write braille "$EN" -o "$T/o-write" --db "$T/write.db"
    [ "$RC" -eq 1 ] && ok "write error: exit 1" || nok "write error: exit 1 (got $RC)"
    if grep -q "^dotvox: " "$T/write.err" && grep -qF "$slug.pef" "$T/write.err"; then
        ok "write error: stderr names $slug.pef"
    else
        nok "write error: stderr names $slug.pef"; show_err write
    fi
    left=$(find "$T/o-write" -type f | head -3)
    [ -z "$left" ] && ok "write error: no output file committed" \
        || nok "write error: no output file committed (found $left)"
    no_tmp "write error"
    no_done "$T/write.db" "write error"
    rm -rf "$T/o-write"
else
    nok "probe conversion of $EN (exit $RC)"; show_err probe
fi
rm -rf "$T/o-probe"

# --- one bad file among good ones --------------------------------------
dv mixed braille "$SMALL" "$T/nosuch.txt" -o "$T/o-mixed" --db "$T/mixed.db" --json
[ "$RC" -eq 1 ] && ok "good + missing file: exit 1" \
    || nok "good + missing file: exit 1 (got $RC)"
python3 - "$T/mixed.out" "$T/nosuch.txt" "$T/mixed.db" <<'EOF' | tee "$T/mixed.py"
import sqlite3, sys, os
sys.path.insert(0, "tests")
from e2e_check import parse_json_stream
objs = parse_json_stream(open(sys.argv[1], encoding="utf-8").read())
byfile = {o.get("file"): o for o in objs}
good = byfile.get("samples/taohuayuanji-zh.txt", {})
bad = byfile.get(sys.argv[2], {})
print(("ok" if len(objs) == 2 else "not ok") + " - good + missing file: two JSON objects")
print(("ok" if good.get("status") == "done" else "not ok") + " - good + missing file: the good one is done")
print(("ok" if bad.get("status") == "failed" and bad.get("error") else "not ok")
      + " - good + missing file: the missing one is failed with an error")
outs = [x["path"] for x in good.get("outputs", [])]
print(("ok" if outs and all(os.path.isfile(p) for p in outs) else "not ok")
      + " - good + missing file: the good one's outputs exist")
db = sqlite3.connect(sys.argv[3])
n = db.execute("SELECT count(*) FROM jobs WHERE status = 'done'").fetchone()[0]
print(("ok" if n == 1 else "not ok") + " - good + missing file: one job done (got %d)" % n)
EOF
FAILS=$((FAILS + $(grep -c '^not ok' "$T/mixed.py")))

# --- --lenient -------------------------------------------------------------
dv lenient braille "$T/invalid.txt" -o "$T/o-lenient" --db "$T/lenient.db" --lenient
if [ "$RC" -eq 0 ]; then ok "--lenient on invalid bytes: exit 0"
else nok "--lenient on invalid bytes: exit 0 (got $RC)"; show_err lenient; fi
if python3 -c 'import re,sys
e = open(sys.argv[1], encoding="utf-8", errors="replace").read().replace(sys.argv[2], "")
sys.exit(0 if re.search(r"replac|invalid", e, re.I) and re.search(r"(?<!\d)1(?!\d)", e) else 1)' \
        "$T/lenient.err" "$T"; then
    ok "--lenient reports 1 replaced sequence on stderr"
else
    nok "--lenient reports 1 replaced sequence on stderr"; show_err lenient
fi
n=$(find "$T/o-lenient" -name '*.brf' 2>/dev/null | wc -l)
[ "$n" -ge 2 ] && ok "--lenient writes the BRF files" || nok "--lenient writes the BRF files"

# --- a 50 MB file with no line break --------------------------------------
python3 -c 'import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("中" * (50 * 1024 * 1024 // 3 + 1))' "$T/huge.txt"
dv huge braille "$T/huge.txt" -o "$T/o-huge" --db "$T/huge.db"
fails huge "50 MB file" 1 "$T/huge.txt" \
    "limit|too (big|large)|exceeds|MiB|33554432|maximum" "$T/o-huge"
rm -f "$T/huge.txt"

# --- usage errors ------------------------------------------------------------
dv u1 braille "$SMALL" -o "$T/o-u" --no-such-option
[ "$RC" -eq 2 ] && ok "unknown option: exit 2" || nok "unknown option: exit 2 (got $RC)"
grep -q -- "--no-such-option" "$T/u1.err" && ok "unknown option: stderr names it" \
    || { nok "unknown option: stderr names it"; show_err u1; }
dv u2 braille "$SMALL"
[ "$RC" -eq 2 ] && ok "missing -o: exit 2" || nok "missing -o: exit 2 (got $RC)"
[ -s "$T/u2.err" ] && ok "missing -o: says why" || nok "missing -o: says why"
dv u3 braille -o "$T/o-u"
[ "$RC" -eq 2 ] && ok "no files: exit 2" || nok "no files: exit 2 (got $RC)"
[ -s "$T/u3.err" ] && ok "no files: says why" || nok "no files: says why"
dv u4 braille "$SMALL" -o "$T/o-u" --volume-pages notanumber
[ "$RC" -eq 2 ] && ok "bad --volume-pages: exit 2" \
    || nok "bad --volume-pages: exit 2 (got $RC)"
no_output "$T/o-u" "usage errors"

# --- other encodings give the same braille -------------------------------
# --db is shared: the same text in another encoding is another source file.
python3 - "$SMALL" "$T" <<'EOF'
import sys
src, t = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
open(t + "/gb18030.txt", "wb").write(text.encode("gb18030"))
open(t + "/utf16le.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open(t + "/utf16be.txt", "wb").write(b"\xfe\xff" + text.encode("utf-16-be"))
open(t + "/bom.txt", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open(t + "/crlf.txt", "wb").write(text.replace("\n", "\r\n").encode("utf-8"))
EOF
iconv -f UTF-8 -t UTF-16 "$SMALL" >"$T/iconv16.txt"
dv ref braille "$SMALL" -o "$T/o-ref" --db "$T/enc.db"
ref=$(find "$T/o-ref" -name '*.brf' ! -name '*.v[0-9]*.brf')
if [ "$RC" -ne 0 ] || [ -z "$ref" ]; then
    nok "reference conversion of $SMALL (exit $RC)"; show_err ref
fi
for enc in gb18030 utf16le utf16be iconv16 bom crlf; do
    dv "enc-$enc" braille "$T/$enc.txt" -o "$T/o-$enc" --db "$T/enc.db"
    got=$(find "$T/o-$enc" -name '*.brf' ! -name '*.v[0-9]*.brf' 2>/dev/null)
    if [ "$RC" -eq 0 ] && [ -n "$got" ] && [ -n "$ref" ] && cmp -s "$ref" "$got"; then
        ok "$enc input: same BRF as UTF-8"
    else
        nok "$enc input: same BRF as UTF-8 (exit $RC)"; show_err "enc-$enc"
    fi
done
dv enc-forced braille "$T/gb18030.txt" -o "$T/o-forced" --db "$T/enc.db" --encoding gbk
got=$(find "$T/o-forced" -name '*.brf' ! -name '*.v[0-9]*.brf' 2>/dev/null)
if [ "$RC" -eq 0 ] && [ -n "$got" ] && cmp -s "$ref" "$got"; then
    ok "--encoding gbk on GB18030 input: same BRF"
else
    nok "--encoding gbk on GB18030 input: same BRF (exit $RC)"; show_err enc-forced
fi
dv enc-wrong braille "$T/gb18030.txt" -o "$T/o-wrong" --db "$T/wrong.db" --encoding utf-8
fails enc-wrong "--encoding utf-8 on GB18030 input" 1 "$T/gb18030.txt" \
    "invalid|utf-8|encoding|offset" "$T/o-wrong"

no_tmp "all runs"
if [ "$FAILS" -ne 0 ]; then
    echo "# e2e_badinput: $FAILS failed"
    exit 1
fi
echo "# e2e_badinput: all passed"
exit 0
