#!/bin/sh
# End-to-end test of `dotvox batch` and `dotvox jobs`: the real binary on
# generated titles with throw-away output folders and manifests (--db
# always).  Kills a batch with SIGKILL and resumes it, runs it again
# (nothing to do), runs two batches at once on one manifest, feeds it bad
# input, checks priorities, retries failed jobs, makes audio in batch and
# checks the progress output.  Sources, outputs and the manifest are
# checked independently by tests/batch_check.py (which recounts the braille
# characters from the sources as tests/e2e_check.py does).
# Prints "ok - ..." / "not ok - ..."; exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 1
if [ ! -x ./dotvox ]; then
    echo "not ok - ./dotvox not found or not executable: run make first"
    exit 1
fi
for p in python3 sqlite3 setsid; do
    if ! command -v "$p" >/dev/null 2>&1; then
        echo "not ok - $p not installed (make deps)"; exit 1
    fi
done
PYTHONDONTWRITEBYTECODE=1; export PYTHONDONTWRITEBYTECODE
T=$(mktemp -d) || exit 1
BGPIDS=""
cleanup() {
    for p in $BGPIDS; do kill -9 "-$p" 2>/dev/null; done
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
FAILS=0
CHK=tests/batch_check.py

. tests/lib_e2e.sh
expect_rc() {    # expect_rc WANT NAME DESC
    if [ "$RC" -eq "$1" ]; then ok "$3: exit $1"
    else nok "$3: exit $RC (want $1)"; sed 's/^/#   /' "$T/$2.err" | head -8; fi
}
q() { sqlite3 "$1" "$2" 2>/dev/null; }    # q DB SQL
summary() { python3 $CHK summary "$T/$1.json" "$2" 2>/dev/null; }
report_chars() {
    ./dotvox report --json --db "$1" 2>/dev/null | python3 -c 'import json,sys
print(json.load(sys.stdin).get("braille_characters", -1))' 2>/dev/null
}

if ! ./dotvox batch --help >/dev/null 2>&1; then
    nok "dotvox batch --help (is the batch command built?)"
    echo "# e2e_batch: $FAILS failed"; exit 1
fi

# --- 1. kill -9 a running batch, resume it ----------------------------------
SRC=$T/src; OUT=$T/out; DB=$T/db
python3 $CHK gen "$SRC" 30 --min 2 --max 20 --md --seed 7
NSRC=$(ls "$SRC" | wc -l)
# a non-interactive shell starts background jobs in its own process group,
# so setsid makes the batch a session and group leader: PGID = its pid
setsid ./dotvox batch "$SRC" -o "$OUT" -j 2 --braille --db "$DB" \
    >"$T/b1.json" 2>"$T/b1.err" &
PG=$!; BGPIDS="$PG"
if python3 $CHK waitdone "$DB" $((NSRC / 3)) 60 >"$T/w1"; then
    pg=$(ps -o pgid= -p "$PG" | tr -d ' ')
    [ "$pg" = "$PG" ] || nok "setsid made the batch its group leader (pgid '$pg', pid $PG)"
    kill -9 "-$PG" 2>/dev/null
    ok "batch 1: $(cat "$T/w1") of $NSRC jobs done, then kill -9 of its process group"
else
    kill -9 "-$PG" 2>/dev/null
    nok "batch 1: $((NSRC / 3)) jobs done within 60 s (got $(cat "$T/w1"))"
    sed 's/^/#   /' "$T/b1.err" | head -5
fi
wait "$PG" 2>/dev/null; BGPIDS=""
sleep 0.2
set -- $(python3 $CHK counts "$DB")   # queued running done failed
if [ $(($1 + $2)) -gt 0 ] && [ "$3" -lt "$NSRC" ]; then
    ok "after the kill: $1 queued, $2 running, $3 done, $4 failed"
else
    nok "after the kill some jobs are left queued or running (got $1 queued, $2 running, $3 done, $4 failed)"
fi
n=$(find "$OUT" -name '*.tmp.*' | wc -l)
ok "after the kill: $n temp files left by the killed workers (the resume must clear them)"
NJOBS_KILL=$(q "$DB" "SELECT count(*) FROM jobs")
if [ "$NJOBS_KILL" = "$NSRC" ]; then ok "every job queued before the workers ran ($NJOBS_KILL rows)"
else nok "the batch queued all $NSRC jobs first (found $NJOBS_KILL job rows)"; fi

dv b2 batch "$SRC" -o "$OUT" -j 2 --braille --db "$DB" --json
expect_rc 0 b2 "batch 1 resumed"
run_py $CHK verify --db "$DB" --out "$OUT" --src "$SRC"/* --summary "$T/b2.json" \
    --report-chars "$(report_chars "$DB")" --label "resumed batch"
n=$(q "$DB" "SELECT count(*) FROM jobs")
if [ "$n" = "$NSRC" ]; then ok "resume reuses the queued jobs ($n rows)"
else nok "resume reuses the queued jobs: $n job rows for $NSRC titles"; fi
n=$(q "$DB" "SELECT count(*) FROM jobs WHERE attempts > 1")
ok "jobs run twice because of the kill: $n (at most -j 2)"
[ "$n" -le 2 ] || nok "at most 2 jobs (the workers' current ones) ran again, got $n"
d=$(summary b2 "done"); s=$(summary b2 skipped)
if [ -n "$d" ] && [ -n "$s" ] && [ $((d + s)) -eq "$NSRC" ] && [ "$s" -ge $((NSRC / 3)) ]; then
    ok "resume summary: $d done, $s skipped (already done)"
else
    nok "resume summary: done + skipped = $NSRC, skipped >= $((NSRC / 3)) (got done '$d', skipped '$s')"
fi

# --- 2. idempotence ---------------------------------------------------------
python3 $CHK snap "$OUT" "$T/snap1"
NDONE=$(q "$DB" "SELECT count(*) FROM jobs WHERE status='done'")
NROWS=$(q "$DB" "SELECT count(*) FROM jobs")
dv b3 batch "$SRC" -o "$OUT" -j 2 --braille --db "$DB" --json
expect_rc 0 b3 "third run over finished work"
run_py $CHK samesnap "$OUT" "$T/snap1" --label "third run"
n=$(q "$DB" "SELECT count(*) FROM jobs WHERE status='done'")
m=$(q "$DB" "SELECT count(*) FROM jobs")
if [ "$n" = "$NDONE" ] && [ "$m" = "$NROWS" ]; then ok "third run: no new job rows ($m)"
else nok "third run: no new job rows (done $NDONE -> $n, rows $NROWS -> $m)"; fi
d=$(summary b3 "done")
if [ "$d" = 0 ]; then ok "third run: summary done 0"
else nok "third run: summary done 0 (got '$d')"; fi
if grep -qi 'already done\|nothing to do' "$T/b3.err"; then
    ok "third run says so: $(grep -i 'already done\|nothing to do' "$T/b3.err" | head -1)"
else nok "third run says 'already done' or 'nothing to do' on stderr"
    sed 's/^/#   /' "$T/b3.err" | head -5; fi

# --- 3. two batches at once on one manifest ---------------------------------
CSRC=$T/csrc; COUT=$T/cout; CDB=$T/cdb
python3 $CHK gen "$CSRC" 16 --min 2 --max 12 --seed 11
./dotvox batch "$CSRC" -o "$COUT" -j 2 --braille --db "$CDB" -q >"$T/c1.out" 2>"$T/c1.err" &
P1=$!
./dotvox batch "$CSRC" -o "$COUT" -j 2 --braille --db "$CDB" -q >"$T/c2.out" 2>"$T/c2.err" &
P2=$!
wait $P1; R1=$?
wait $P2; R2=$?
if [ $R1 -eq 0 ] && [ $R2 -eq 0 ]; then ok "two batches at once: both exit 0"
else nok "two batches at once: both exit 0 (got $R1 and $R2)"
    sed 's/^/#   /' "$T/c1.err" "$T/c2.err" | head -8; fi
run_py $CHK verify --db "$CDB" --out "$COUT" --src "$CSRC"/* --label "two batches"
n=$(q "$CDB" "SELECT count(*) FROM jobs WHERE attempts <> 1")
if [ "$n" = 0 ]; then ok "two batches: every job ran once (attempts = 1)"
else nok "two batches: every job ran once ($n jobs with attempts <> 1:" \
    "$(q "$CDB" "SELECT id||':'||attempts FROM jobs WHERE attempts <> 1" | tr '\n' ' '))"; fi
n=$(q "$CDB" "SELECT count(*) FROM (SELECT 1 FROM jobs WHERE status='done' GROUP BY title_id, kind, settings HAVING count(*) > 1)")
if [ "$n" = 0 ]; then ok "two batches: one done job per title, kind and settings"
else nok "two batches: $n titles converted twice"; fi

# ... and a CSV of the same files beside the folder, at once
LDB=$T/ldb; LOUT=$T/lout
# relative paths: relative to the CSV's folder
{ echo "file"; for f in "$CSRC"/*; do echo "csrc/$(basename "$f")"; done; } >"$T/same.csv"
./dotvox batch "$T/same.csv" -o "$LOUT" -j 2 --braille --db "$LDB" -q >/dev/null 2>"$T/l1.err" &
P1=$!
./dotvox batch "$CSRC" -o "$LOUT" -j 2 --braille --db "$LDB" -q >/dev/null 2>"$T/l2.err" &
P2=$!
wait $P1; R1=$?
wait $P2; R2=$?
if [ $R1 -eq 0 ] && [ $R2 -eq 0 ]; then ok "a CSV and the folder at once: both exit 0"
else nok "a CSV and the folder at once: both exit 0 (got $R1 and $R2)"
    sed 's/^/#   /' "$T/l1.err" "$T/l2.err" | head -8; fi
run_py $CHK verify --db "$LDB" --out "$LOUT" --src "$CSRC"/* --label "CSV and folder"

# ... and two files with the same text in one folder, run side by side by
# two workers: one title, converted (and counted) once; the other job is a
# duplicate of it (as `dotvox braille` records it one after the other)
DUP=$T/dup
python3 $CHK gen "$T/dupgen" 1 --min 10 --max 10 --seed 71 --zh-only
cp "$T/dupgen/zh01.txt" "$DUP.a.txt" && mkdir -p "$DUP" &&
    cp "$DUP.a.txt" "$DUP/a.txt" && mv "$DUP.a.txt" "$DUP/b.txt"
dv dup batch "$DUP" -o "$T/dupout" -j 2 --braille --db "$T/dupdb" -q
expect_rc 0 dup "two copies of one text"
n=$(q "$T/dupdb" "SELECT count(*) FROM jobs WHERE status='done' AND duplicate_of IS NULL")
c1=$(python3 tests/e2e_check.py count "$DUP/a.txt" | cut -d' ' -f1)
c2=$(report_chars "$T/dupdb")
if [ "$n" = 1 ] && [ "$c1" = "$c2" ]; then ok "two copies of one text at -j 2: counted once ($c2 characters)"
else nok "two copies of one text at -j 2: counted once (counted jobs: $n; report $c2 characters, the text has $c1;" \
    "jobs: $(q "$T/dupdb" "SELECT group_concat(id||' '||status||' dup_of '||coalesce(duplicate_of,'NULL'), '; ') FROM jobs"))"; fi

# --- 4. bad input -----------------------------------------------------------
BAD=$T/bad; BDB=$T/bdb; BOUT=$T/bout
mkdir -p "$BAD"
python3 $CHK gen "$BAD" 4 --min 2 --max 3 --seed 21 --prefix Bad
head -c 4096 /bin/ls >"$BAD/binary.txt"
cat >"$BAD/list.csv" <<EOF
file,title,requester,priority
badzh01.txt,,tester,1
missing.txt,,tester,1
binary.txt,,tester,1
badzh02.txt,,tester,high
baden03.txt,,tester,2,extra
,,tester,1
badzh04.txt,A title of our own,tester,3
EOF
dv bad batch "$BAD/list.csv" -o "$BOUT" --db "$BDB" --json
expect_rc 1 bad "batch with bad rows, a missing and a binary file"
for line in 5 6 7; do
    if grep -q "list.csv:$line:" "$T/bad.err"; then
        ok "bad row reported: $(grep "list.csv:$line:" "$T/bad.err" | head -1)"
    else nok "stderr names list.csv:$line: (a bad row)"; fi
done
for line in 2 3 4 8; do
    if grep -q "list.csv:$line:" "$T/bad.err"; then nok "good row list.csv:$line: not reported as bad"; fi
done
st() { q "$BDB" "SELECT status FROM jobs WHERE source LIKE '%/$1' OR source = '$1' ORDER BY id DESC LIMIT 1"; }
for f in badzh01.txt badzh04.txt; do
    s=$(st "$f")
    if [ "$s" = "done" ]; then ok "good row $f: done"; else nok "good row $f: done (got '$s')"; fi
done
n=$(q "$BDB" "SELECT count(*) FROM jobs")
if [ "$n" = 4 ]; then ok "4 jobs for the 4 well-formed rows"
else nok "4 jobs for the 4 well-formed rows (got $n)"; fi
t=$(q "$BDB" "SELECT t.title FROM jobs j JOIN titles t ON t.id = j.title_id WHERE j.source LIKE '%badzh04.txt'")
if [ "$t" = "A title of our own" ]; then ok "CSV title column used"
else nok "CSV title column used (got '$t')"; fi
r=$(q "$BDB" "SELECT DISTINCT requester FROM jobs WHERE status='done'")
if [ "$r" = tester ]; then ok "CSV requester column used"
else nok "CSV requester column used (got '$r')"; fi
./dotvox jobs --status failed --json --db "$BDB" >"$T/failed.json" 2>"$T/failed.err"
RC=$?; expect_rc 0 failed "dotvox jobs --status failed --json"
python3 - "$T/failed.json" >"$T/failed.out" 2>&1 <<'PY'
import json, re, sys
jobs = json.load(open(sys.argv[1], encoding="utf-8"))
keys = {"id", "kind", "status", "file", "title", "error", "requester", "priority",
        "attempts", "duplicate_of", "created_at", "started_at", "finished_at"}
ok = lambda c, d, x="": print(("ok - " if c else "not ok - ") + d + ("" if c else " %s" % x))
ok(isinstance(jobs, list) and len(jobs) == 2, "jobs --status failed lists 2 jobs",
   [(j.get("file"), j.get("status")) for j in jobs] if isinstance(jobs, list) else jobs)
ok(all(keys <= set(j) for j in jobs), "each job has %s" % ", ".join(sorted(keys)),
   [sorted(keys - set(j)) for j in jobs])
ok(all(j.get("status") == "failed" for j in jobs), "all listed are failed")
by = {str(j.get("file", "")).rsplit("/", 1)[-1]: j for j in jobs}
m, b = by.get("missing.txt"), by.get("binary.txt")
ok(m and m.get("error") and "missing.txt" in m["error"]
   and re.search(r"no such file|not found|does not exist|missing|cannot open", m["error"], re.I),
   "missing file: clear error naming it", m and m.get("error"))
ok(b and b.get("error") and "binary.txt" in b["error"] and re.search(r"binary", b["error"], re.I),
   "binary file: clear error naming it", b and b.get("error"))
PY
cat "$T/failed.out"; FAILS=$((FAILS + $(grep -c '^not ok' "$T/failed.out")))
n=$(find "$BOUT" -name '*.tmp.*' 2>/dev/null | wc -l)
if [ "$n" = 0 ]; then ok "bad input: no temp file left"; else nok "bad input: $n temp files left"; fi

# output folder under a regular file: every job fails, exit 1
: >"$T/afile"
dv unw batch "$BAD/list.csv" -o "$T/afile/out" --db "$T/udb" --json
expect_rc 1 unw "output folder under a regular file"
n=$(q "$T/udb" "SELECT count(*) FROM jobs WHERE status <> 'failed' OR coalesce(error,'') = ''")
m=$(q "$T/udb" "SELECT count(*) FROM jobs")
if [ "$n" = 0 ] && [ "${m:-0}" -gt 0 ]; then
    ok "unwritable output: all $m jobs failed: $(q "$T/udb" "SELECT error FROM jobs WHERE source LIKE '%badzh01.txt'")"
else nok "unwritable output: every job failed with an error ($n of '$m' not)"; fi
if q "$T/udb" "SELECT error FROM jobs WHERE source LIKE '%badzh01.txt'" | grep -q "afile"; then
    ok "unwritable output: the error names the folder"
else nok "unwritable output: the error names the folder"; fi

# --- 6. retry --failed ------------------------------------------------------
./dotvox jobs retry --failed --db "$BDB" >"$T/retry.out" 2>"$T/retry.err"; RC=$?
expect_rc 0 retry "dotvox jobs retry --failed"
n=$(q "$BDB" "SELECT count(*) FROM jobs WHERE status='queued'")
if [ "$n" = 2 ]; then ok "retry --failed requeued the 2 failed jobs"
else nok "retry --failed requeued the 2 failed jobs (queued: '$n')"; fi
python3 $CHK gen "$T/fix" 1 --min 2 --max 3 --seed 31 --prefix Fixed
mv "$T/fix/"* "$BAD/missing.txt"
dv fix batch "$BAD/list.csv" -o "$BOUT" --db "$BDB"
s=$(st missing.txt); b=$(st binary.txt)
if [ "$s" = "done" ]; then ok "after fixing the input the requeued job is done"
else nok "after fixing the input the requeued job is done (got '$s')"
    sed 's/^/#   /' "$T/fix.err" | head -5; fi
if [ "$b" = failed ]; then ok "the still-binary file failed again"
else nok "the still-binary file failed again (got '$b')"; fi
if [ "$RC" = 1 ]; then ok "batch with a failed job: exit 1"
else nok "batch with a failed job: exit 1 (got $RC)"; fi
n=$(q "$BDB" "SELECT count(*) FROM jobs")
if [ "$n" = 4 ]; then ok "the re-run made no new jobs"
else nok "the re-run made no new jobs ($n rows, want 4:" \
    "$(q "$BDB" "SELECT id||' '||status||' '||source||' attempts '||attempts FROM jobs WHERE id > 4" | tr '\n' ';'))"; fi
n=$(q "$BDB" "SELECT group_concat(ids, '; ') FROM (SELECT group_concat(id) AS ids FROM jobs WHERE status='done' AND duplicate_of IS NULL GROUP BY title_id, kind, settings HAVING count(*) > 1)")
if [ -z "$n" ]; then ok "after the retry no title is converted and counted twice"
else nok "after the retry no title is converted and counted twice (done jobs of one title: $n)"; fi
id=$(q "$BDB" "SELECT id FROM jobs WHERE source LIKE '%binary.txt'")
python3 $CHK gen "$T/fix2" 1 --min 2 --max 3 --seed 41 --prefix Unbinary
mv "$T/fix2/"* "$BAD/binary.txt"
./dotvox jobs retry "$id" --db "$BDB" >/dev/null 2>"$T/retry2.err"; RC=$?
expect_rc 0 retry2 "dotvox jobs retry $id"
dv fix2 batch "$BAD/list.csv" -o "$BOUT" --db "$BDB"
b=$(st binary.txt)
if [ "$b" = "done" ]; then ok "retry ID, fixed file: done"
else nok "retry ID, fixed file: done (got '$b')"; fi
a=$(q "$BDB" "SELECT attempts FROM jobs WHERE id = $id")
if [ "$a" = 3 ]; then ok "its attempts count is 3"; else nok "its attempts count is 3 (got '$a')"; fi
./dotvox jobs retry 99999 --db "$BDB" >/dev/null 2>"$T/retry3.err"; RC=$?
if [ "$RC" -ne 0 ] && [ "$RC" -lt 128 ]; then ok "retry of an unknown job: exit $RC"
else nok "retry of an unknown job: non-zero exit (got $RC)"; fi

# --- 5. priority ------------------------------------------------------------
PR=$T/prio
python3 $CHK gen "$PR" 3 --min 15 --max 20 --seed 51 --zh-only
printf 'file,priority\nzh01.txt,1\nzh02.txt,5\nzh03.txt,3\n' >"$PR/list.csv"
dv prio batch "$PR/list.csv" -o "$T/pout" --db "$T/pdb" -j1
expect_rc 0 prio "priority batch -j1"
order=$(q "$T/pdb" "SELECT source FROM jobs ORDER BY started_at, finished_at" | sed 's,.*/,,' | tr '\n' ' ')
# started_at has one-second resolution: the order of the per-job lines on
# stderr (one line per finished job when stderr is not a terminal) decides
lines=$(grep -o 'zh0[123]\.txt\|第[123]册' "$T/prio.err" | sed 's/第\(.\)册/zh0\1.txt/' | awk '!s[$0]++' | tr '\n' ' ')
if [ "$lines" = "zh02.txt zh03.txt zh01.txt " ]; then ok "priority: stderr order 5, 3, 1"
else nok "priority: jobs finish in order 5, 3, 1 (stderr order: '$lines')"
    sed 's/^/#   /' "$T/prio.err" | head -5; fi
bad=$(q "$T/pdb" "SELECT count(*) FROM jobs a JOIN jobs b ON a.priority > b.priority WHERE a.started_at > b.started_at")
if [ "$bad" = 0 ]; then ok "priority: started_at never later for a higher priority"
else nok "priority: a higher-priority job started later (started_at order: $order)"; fi

# --- 7. audio in batch --------------------------------------------------------
AU=$T/au
mkdir -p "$AU"
i=1
for t in 第一本有声书 第二本有声书 第三本有声书; do
    printf '%s\n\n作者：测试者\n\n这是第%d本测试用的有声书。图书馆为读者朗读。\n' "$t" $i >"$AU/a$i.txt"
    i=$((i + 1))
done
dv au batch "$AU" -o "$T/aout" --audio -j2 --db "$T/adb" --json
expect_rc 0 au "audio batch of 3 titles"
n=$(q "$T/adb" "SELECT count(*) FROM jobs WHERE kind='audio' AND status='done'")
if [ "$n" = 3 ]; then ok "audio: 3 done audio jobs"; else nok "audio: 3 done audio jobs (got '$n')"; fi
n=$(find "$T/aout" -name '*.mp3' | wc -l)
m=$(find "$T/aout" -name '*.m3u8' | wc -l)
if [ "$n" -ge 3 ] && [ "$m" = 3 ]; then ok "audio: $n MP3s, 3 playlists"
else nok "audio: MP3s and 3 playlists (got $n MP3s, $m playlists)"; fi
s=$(summary au audio_seconds)
if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > 0 else 1)' "${s:-0}" 2>/dev/null; then
    ok "audio: summary audio_seconds $s"
else nok "audio: summary audio_seconds > 0 (got '$s')"; fi
run_py $CHK verify --db "$T/adb" --out "$T/aout" --src "$AU"/* --kind audio \
    --summary "$T/au.json" --label "audio batch"

# --- 8. progress --------------------------------------------------------------
PG8=$T/prog
python3 $CHK gen "$PG8" 5 --min 2 --max 4 --seed 61
dv prog batch "$PG8" -o "$T/prout" --db "$T/prdb" -j2
expect_rc 0 prog "batch with stderr to a file"
if grep -q "$(printf '\r')" "$T/prog.err"; then nok "not a terminal: no redrawn line (found CR)"
else ok "not a terminal: no redrawn line"; fi
miss=""
for f in "$PG8"/*; do
    b=$(basename "$f")
    grep -q "$b" "$T/prog.err" || miss="$miss $b"
done
if [ -z "$miss" ]; then ok "not a terminal: a line names each of the 5 files"
else nok "not a terminal: a line per job (no line names:$miss)"; sed 's/^/#   /' "$T/prog.err" | head -10; fi
for f in "$PG8"/*; do
    n=$(grep -c "$(basename "$f")" "$T/prog.err")
    [ "$n" -le 1 ] || { nok "one line per job ($(basename "$f") on $n lines)"; break; }
done
dv quiet batch "$PG8" -o "$T/qout" --db "$T/qdb" -j2 -q
expect_rc 0 quiet "batch -q"
if [ ! -s "$T/quiet.err" ]; then ok "--quiet prints nothing on success"
else nok "--quiet prints nothing on success"; sed 's/^/#   /' "$T/quiet.err" | head -5; fi
if command -v script >/dev/null 2>&1; then
    script -qec "./dotvox batch '$PG8' -o '$T/tout' --db '$T/tdb' -j2" /dev/null \
        >"$T/tty.out" 2>&1 </dev/null
    if tr '\r' '\n' <"$T/tty.out" | grep -Eq 'Braille: [0-9]+% \([0-9]+/[0-9]+\)'; then
        ok "terminal: $(tr '\r' '\n' <"$T/tty.out" | grep -E 'Braille: [0-9]+%' | tail -1 | tr -d '\033')"
    else nok "terminal: a line like 'Braille: 37% (111/300)'"; sed 's/^/#   /' "$T/tty.out" | head -5; fi
else
    ok "# SKIP terminal progress: util-linux script not installed"
fi

# --- usage ----------------------------------------------------------------------
dv use1 batch --db "$T/xdb"
expect_rc 2 use1 "batch without input"
dv use2 batch "$PG8" --db "$T/xdb"
expect_rc 2 use2 "batch without -o"
dv use3 jobs --status bogus --db "$T/xdb"
expect_rc 2 use3 "jobs --status bogus"

echo "# e2e_batch: $FAILS failed"
[ "$FAILS" -eq 0 ]
