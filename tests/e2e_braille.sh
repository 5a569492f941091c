#!/bin/sh
# End-to-end test of `dotvox braille` on the samples: runs the real binary
# with a throw-away output directory and manifest, then checks BRF, PEF,
# Unicode braille and the manifest figures independently with
# tests/e2e_check.py (which recounts everything from the source and the
# output bytes).  Prints "ok - ..." / "not ok - ..."; exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 1
if [ ! -x ./dotvox ]; then
    echo "not ok - ./dotvox not found or not executable: run make first"
    exit 1
fi
PYTHONDONTWRITEBYTECODE=1; export PYTHONDONTWRITEBYTECODE
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
FAILS=0
CHECK=tests/e2e_check.py

. tests/lib_e2e.sh
report_get() {   # report_get DB KEY
    ./dotvox report --json --db "$1" 2>/dev/null | python3 -c 'import json,sys
print(json.load(sys.stdin).get(sys.argv[1], ""))' "$2" 2>/dev/null
}
out_of() {       # out_of NAME EXT: the output of a run ending in EXT
    python3 -c 'import sys,re
sys.path.insert(0, "tests")
from e2e_check import parse_json_stream
for o in parse_json_stream(open(sys.argv[1], encoding="utf-8").read()):
    for x in o.get("outputs", []):
        p = x.get("path", "")
        if p.endswith(sys.argv[2]) and not re.search(r"\.v\d+\.brf$", p):
            print(p)' "$T/$1.json" "$2" 2>/dev/null
}
brf_of() { out_of "$1" .brf; }
# validate_pef NAME: xmllint the run's PEF against the PEF 1.0 schema.
validate_pef() {
    pef=$(out_of "$1" .pef)
    if [ -n "$pef" ] && xmllint --noout --relaxng tests/data/pef-2008-1.rng "$pef" \
            >"$T/xmllint.out" 2>&1; then
        ok "$1: PEF validates against the PEF 1.0 RELAX NG schema"
    else
        nok "$1: PEF validates against the PEF 1.0 RELAX NG schema ('$pef')"
        sed 's/^/#   /' "$T/xmllint.out" | head -10
    fi
}

ZH_BIG=samples/work-plan-zh.txt
ZH_SMALL=samples/taohuayuanji-zh.txt
EN=samples/english-sample.txt
for f in $ZH_BIG $ZH_SMALL $EN; do
    [ -f "$f" ] || nok "sample $f exists"
done

# 1. Every sample into one output directory and one manifest.
DB=$T/db
OUT=$T/out
sum_chars=0; sum_pages=0; sum_vols=0
for f in $ZH_BIG $ZH_SMALL $EN; do
    name=$(basename "$f" .txt)
    case $f in
        $EN) lang=en; extra="--requester e2e-reader" ;;
        *) lang=zh; extra="" ;;
    esac
    # shellcheck disable=SC2086
    dv "$name" braille "$f" -o "$OUT" --db "$DB" --json $extra
    expect0 "$name" "braille $f"
    if [ "$lang" = en ]; then
        run_py $CHECK book --json "$T/$name.json" --src "$f" --outdir "$OUT" \
            --db "$DB" --lang en --requester e2e-reader --label "$name"
    else
        run_py $CHECK book --json "$T/$name.json" --src "$f" --outdir "$OUT" \
            --db "$DB" --lang zh --label "$name"
    fi
    set -- $(python3 $CHECK count "$f")
    p=$(json_get "$name" pages); v=$(json_get "$name" volumes)
    sum_chars=$((sum_chars + ${1:-0}))
    sum_pages=$((sum_pages + ${p:-0}))
    sum_vols=$((sum_vols + ${v:-0}))
    validate_pef "$name"
done
pages=$(json_get work-plan-zh pages)
if [ -n "$pages" ] && [ "$pages" -ge 10 ]; then
    ok "work plan is a book of $pages pages"
else
    nok "work plan is a book of at least 10 pages (got '$pages')"
fi

# 2. The report counts what the three jobs counted.
got=$(report_get "$DB" braille_characters)
[ "$got" = "$sum_chars" ] && ok "report braille_characters = $sum_chars" \
    || nok "report braille_characters = $sum_chars (got '$got')"
got=$(report_get "$DB" titles)
[ "$got" = 3 ] && ok "report titles = 3" || nok "report titles = 3 (got '$got')"
got=$(report_get "$DB" pages)
[ "$got" = "$sum_pages" ] && ok "report pages = $sum_pages" \
    || nok "report pages = $sum_pages (got '$got')"
got=$(report_get "$DB" volumes)
[ "$got" = "$sum_vols" ] && ok "report volumes = $sum_vols" \
    || nok "report volumes = $sum_vols (got '$got')"
./dotvox report --json --db "$DB" >"$T/report.json" 2>"$T/report.err"
run_py - "$T/report.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
need = {"year", "target", "braille_characters", "titles", "pages", "volumes"}
print(("ok" if need <= set(r) else "not ok") + " - report --json has keys %s" % sorted(need))
EOF
got=$(./dotvox report --year 1999 --json --db "$DB" 2>/dev/null | python3 -c 'import json,sys
print(json.load(sys.stdin).get("braille_characters"))' 2>/dev/null)
[ "$got" = 0 ] && ok "report --year 1999 counts nothing" \
    || nok "report --year 1999 counts nothing (got '$got')"
./dotvox report --csv --db "$DB" >"$T/report.csv" 2>"$T/report-csv.err"
run_py - "$T/report.csv" "$T/report.json" <<'EOF'
import csv, json, sys
want = json.load(open(sys.argv[2])).get("braille_characters")
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
head = rows[0] if rows else []
ok = False
if "braille_characters" in head:
    k = head.index("braille_characters")
    ok = any(r and r[0] == "total" and len(r) > k and r[k] == str(want) for r in rows[1:])
print(("ok" if ok else "not ok")
      + " - report --csv: a total row with braille_characters %s as in --json" % want)
EOF

# 3. The same book again: a duplicate, not counted twice.
first_job=$(json_get taohuayuanji-zh job)
before=$(report_get "$DB" braille_characters)
dv again braille "$ZH_SMALL" -o "$OUT" --db "$DB" --json
expect0 again "second conversion of $ZH_SMALL"
run_py $CHECK book --json "$T/again.json" --src "$ZH_SMALL" --outdir "$OUT" \
    --db "$DB" --lang zh --dup-of "${first_job:-0}" --label "again"
got=$(report_get "$DB" braille_characters)
[ -n "$got" ] && [ "$got" = "$before" ] && ok "report total unchanged after a duplicate" \
    || nok "report total unchanged after a duplicate ($before, got '$got')"

# 4. convert --braille is the same as braille.
dv conv convert "$ZH_SMALL" --braille -o "$T/conv" --db "$T/db-conv" --json
expect0 conv "convert --braille"
a=$(brf_of taohuayuanji-zh); b=$(brf_of conv)
if [ -n "$a" ] && [ -n "$b" ] && cmp -s "$a" "$b"; then
    ok "convert --braille writes the same BRF as braille"
else
    nok "convert --braille writes the same BRF as braille ('$a' vs '$b')"
fi

# 5. Volumes: --volume-pages 5 on the big sample.
dv vols braille "$ZH_BIG" -o "$T/vols" --db "$T/db-vols" --json --volume-pages 5
expect0 vols "--volume-pages 5"
validate_pef vols
run_py $CHECK book --json "$T/vols.json" --src "$ZH_BIG" --outdir "$T/vols" \
    --db "$T/db-vols" --lang zh --volume-pages 5 --label "volume-pages 5"
run_py - "$T/vols.json" <<'EOF'
import sys
sys.path.insert(0, "tests")
from e2e_check import parse_json_stream
o = parse_json_stream(open(sys.argv[1], encoding="utf-8").read())[0]
n = o.get("volumes") or 0
print(("ok" if n >= 2 else "not ok") + " - volume-pages 5: %d volumes (>= 2)" % n)
sizes = []
for x in o.get("outputs", []):
    if ".v" in x["path"] and x["path"].endswith(".brf"):
        sizes.append(open(x["path"], "rb").read().count(b"\f"))
okay = sizes and max(sizes) - min(sizes) <= 2
print(("ok" if okay else "not ok") + " - volume-pages 5: volumes of similar size (pages %s)" % sorted(sizes))
EOF

# 6. Duplex.
dv duplex braille "$ZH_SMALL" -o "$T/duplex" --db "$T/db-duplex" --json --duplex
expect0 duplex "--duplex"
validate_pef duplex
run_py $CHECK book --json "$T/duplex.json" --src "$ZH_SMALL" --outdir "$T/duplex" \
    --db "$T/db-duplex" --lang zh --duplex --label "duplex"
if grep -q 'duplex="true"' "$T"/duplex/*.pef 2>/dev/null \
        && ! grep -q 'duplex="false"' "$T"/duplex/*.pef; then
    ok "--duplex: PEF says duplex=\"true\""
else
    nok "--duplex: PEF says duplex=\"true\""
fi

# 7. Braille system: current differs from common.
dv current braille "$ZH_SMALL" -o "$T/current" --db "$T/db-current" --json \
    --braille-system current
expect0 current "--braille-system current"
validate_pef current
run_py $CHECK book --json "$T/current.json" --src "$ZH_SMALL" --outdir "$T/current" \
    --db "$T/db-current" --lang zh --label "current braille"
a=$(brf_of taohuayuanji-zh); b=$(brf_of current)
if [ -n "$b" ] && [ -f "$b" ] && ! cmp -s "$a" "$b"; then
    ok "--braille-system current gives a different BRF"
else
    nok "--braille-system current gives a different BRF"
fi

# 8. Another embosser profile.
conf=tables/embossers/zh-book.conf
if [ -f "$conf" ]; then
    cols=$(sed -n 's/^[[:space:]]*cols[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$conf")
    rows=$(sed -n 's/^[[:space:]]*rows[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$conf")
    dv zhbook braille "$ZH_BIG" -o "$T/zhbook" --db "$T/db-zhbook" --json \
        --embosser zh-book
    expect0 zhbook "--embosser zh-book"
    validate_pef zhbook
    run_py $CHECK book --json "$T/zhbook.json" --src "$ZH_BIG" --outdir "$T/zhbook" \
        --db "$T/db-zhbook" --lang zh --cols "$cols" --rows "$rows" \
        --label "zh-book ${cols}x$rows"
else
    nok "$conf exists"
fi

# 9. Title and author from the command line.
dv given braille "$ZH_SMALL" -o "$T/given" --db "$T/db-given" --json \
    --title "Peach Blossom Spring" --author "Tao Yuanming"
expect0 given "--title/--author"
validate_pef given
run_py $CHECK book --json "$T/given.json" --src "$ZH_SMALL" --outdir "$T/given" \
    --db "$T/db-given" --lang zh --no-count --title "Peach Blossom Spring" \
    --author "Tao Yuanming" --label "given title"
[ -f "$T/given/peach-blossom-spring.brf" ] \
    && ok "--title names the files peach-blossom-spring.*" \
    || nok "--title names the files peach-blossom-spring.*"

# 10. The listing commands.
for cmd in tables embossers; do
    if ./dotvox $cmd --json >"$T/$cmd.json" 2>"$T/$cmd.err" \
            && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/$cmd.json"; then
        ok "$cmd --json prints JSON"
    else
        nok "$cmd --json prints JSON"
    fi
done
grep -q brf-40x25 "$T/embossers.json" && ok "embossers lists brf-40x25" \
    || nok "embossers lists brf-40x25"
grep -q zhcn "$T/tables.json" && ok "tables lists a zhcn table" \
    || nok "tables lists a zhcn table"

# 10b. Progress: on a terminal (script(1) gives the command a pty) a job
# of more than a second draws "[1/1] FILE: braille N%" lines, rising, then
# the result; with -q, or when stderr is not a terminal, none.
python3 - "$T/prog.txt" <<'PY'
import sys
src = open("samples/work-plan-zh.txt", encoding="utf-8").read().split("\n", 1)
open(sys.argv[1], "w", encoding="utf-8").write(src[0] + "\n" + src[1] * 150)
PY
if command -v script >/dev/null 2>&1; then
    script -qec "./dotvox braille $T/prog.txt -o $T/prog -j1 --db $T/prog.db" \
        /dev/null > "$T/prog.tty" 2>&1
    pcts=$(tr '\r' '\n' < "$T/prog.tty" | sed -n 's/.*prog\.txt: braille \([0-9]*\)%.*/\1/p')
    if [ -n "$pcts" ] && [ "$(printf '%s\n' "$pcts" | sort -n)" = "$pcts" ] &&
        grep -q 'braille characters' "$T/prog.tty"; then
        ok "progress on a terminal: $(printf '%s\n' "$pcts" | wc -l) updates, rising, then the result"
    else
        nok "progress on a terminal: got $(tr '\r' '\n' < "$T/prog.tty" | head -3)"
    fi
    script -qec "./dotvox braille $T/prog.txt -o $T/prog -j1 -q --db $T/prog.db" \
        /dev/null > "$T/progq.tty" 2>&1
    grep -q 'braille [0-9]*%' "$T/progq.tty" && nok "-q still shows progress" \
        || ok "-q: no progress line"
else
    nok "script(1) not installed (util-linux)"
fi
dv prog-pipe braille "$T/prog.txt" -o "$T/prog" -j1 --db "$T/prog.db"
grep -q 'braille [0-9]*%' "$T/prog-pipe.err" && nok "progress drawn on a pipe" \
    || ok "stderr not a terminal: no progress line"

# 11. Nothing left behind.
left=$(find "$T" -name '*.tmp.*' | head -3)
[ -z "$left" ] && ok "no *.tmp.* files anywhere" || nok "temp files left: $left"

if [ "$FAILS" -ne 0 ]; then
    echo "# e2e_braille: $FAILS failed"
    exit 1
fi
echo "# e2e_braille: all passed"
exit 0
