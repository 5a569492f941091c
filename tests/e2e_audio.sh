#!/bin/sh
# End-to-end test of `dotvox audio`: runs the real binary with throw-away
# output directories and manifests, then checks the MP3s independently
# with tests/audio_check.py (decoded by mpg123; loudness by its own
# BS.1770 code, true peak by libebur128; tags by mutagen), the scripts
# against eSpeak NG itself, and failures: bad text, unknown voice,
# unwritable directory, full disk.  Prints "ok - ..." / "not ok - ...";
# exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 1
if [ ! -x ./dotvox ]; then
    echo "not ok - ./dotvox not found or not executable: run make first"
    exit 1
fi
for p in mpg123 espeak-ng python3 sqlite3; do
    if ! command -v "$p" >/dev/null 2>&1; then
        echo "not ok - $p not installed (make deps)"; exit 1
    fi
done
PYTHONDONTWRITEBYTECODE=1; export PYTHONDONTWRITEBYTECODE
T=$(mktemp -d) || exit 1
MOUNTED=""
cleanup() { [ -n "$MOUNTED" ] && umount "$MOUNTED" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
FAILS=0
CHECK=tests/audio_check.py

. tests/lib_e2e.sh
report_get() {   # report_get DB KEY
    ./dotvox report --json --db "$1" 2>/dev/null | python3 -c 'import json,sys
print(json.load(sys.stdin).get(sys.argv[1], ""))' "$2" 2>/dev/null
}
no_leftovers() { # no_leftovers DIR DESC: no MP3 and no temp file under DIR
    left=$(find "$1" \( -name '*.mp3' -o -name '*.tmp.*' -o -name '*.wav' \) 2>/dev/null | head -5)
    if [ -z "$left" ]; then ok "$2: no MP3 or temp file left"
    else nok "$2: files left behind"; printf '%s\n' "$left" | sed 's/^/#   /'; fi
}
job_status() {   # job_status DB: status of the last job ('' if none)
    sqlite3 "$1" 'SELECT status FROM jobs ORDER BY id DESC LIMIT 1' 2>/dev/null
}

ZH=tests/data/audio-zh.txt
ZH_TITLES='第一章 新的开始|第二章 声音与文字|第三章 明天的计划'
ZH_ALBUM=图书馆的有声书
ZH_PURE=samples/taohuayuanji-zh.txt
EN=samples/english-sample.txt

# --- the Chinese multi-chapter book, with scripts -------------------------
dv zh audio "$ZH" -o "$T/zh" --db "$T/zh.db" --keep-script --json -q -j2
expect0 zh "audio $ZH"
run_py $CHECK book "$T/zh.json" "$T/zh.db" --titles "$ZH_TITLES" \
    --album "$ZH_ALBUM" --author 李明 --lang chi --loudness
SECS=$(sqlite3 "$T/zh.db" 'SELECT seconds FROM audio' 2>/dev/null)
REP=$(report_get "$T/zh.db" audio_seconds)
if [ -n "$SECS" ] && [ -n "$REP" ] && \
   awk -v a="$SECS" -v b="$REP" 'BEGIN { d = a - b; exit !(d < 0.06 && d > -0.06) }'; then
    ok "report audio_seconds $REP = manifest $SECS"
else nok "report audio_seconds '$REP' = manifest '$SECS'"; fi
run_py $CHECK script "$(dirname "$(find "$T/zh" -name '*.mp3' | head -1)")" --mixed

# the same file again: a duplicate, not counted twice
dv zh2 audio "$ZH" -o "$T/zh" --db "$T/zh.db" --keep-script --json -q -j2
expect0 zh2 "audio $ZH again"
DUP=$(json_get zh2 duplicate_of); JOB1=$(json_get zh job)
if [ -n "$DUP" ] && [ "$DUP" = "$JOB1" ]; then ok "again: duplicate_of = $JOB1"
else nok "again: duplicate_of '$DUP' (want $JOB1)"; fi
REP2=$(report_get "$T/zh.db" audio_seconds)
if [ -n "$REP2" ] && [ "$REP2" = "$REP" ]; then ok "again: report audio_seconds unchanged ($REP2)"
else nok "again: report audio_seconds '$REP2' (was '$REP')"; fi

# --- pure Chinese: eSpeak NG must read every pinyin line as Mandarin ------
dv pure audio "$ZH_PURE" -o "$T/pure" --db "$T/pure.db" --keep-script --json -q
expect0 pure "audio $ZH_PURE"
run_py $CHECK script "$(dirname "$(find "$T/pure" -name '*.mp3' | head -1)")" --pure
# negative control: the check above can fail (Hanzi through cmn go English)
if espeak-ng -q -x -v cmn 书 2>&1 | grep -q '(en)'; then
    ok "control: espeak-ng -x -v cmn 书 shows (en)"
else nok "control: espeak-ng -x -v cmn 书 shows (en)"; fi

# --- one MP3 with chapter marks --------------------------------------------
dv single audio "$ZH" --single -o "$T/single" --db "$T/single.db" --json -q
expect0 single "audio --single"
run_py $CHECK single "$T/single.json" --titles "$ZH_TITLES" --album "$ZH_ALBUM"

# --- WAV masters -------------------------------------------------------------
dv master audio "$ZH" --master wav -o "$T/master" --db "$T/master.db" --json -q
expect0 master "audio --master wav"
run_py $CHECK book "$T/master.json" "$T/master.db" --titles "$ZH_TITLES" \
    --album "$ZH_ALBUM" --author 李明 --lang chi --master wav

# --- -j1 and -j2 give the same files -----------------------------------------
dv j1 audio "$ZH" -o "$T/j1" --db "$T/j1.db" -q -j1
expect0 j1 "audio -j1"
dv j2 audio "$ZH" -o "$T/j2" --db "$T/j2.db" -q -j2
expect0 j2 "audio -j2"
D1=$(dirname "$(find "$T/j1" -name '*.mp3' | head -1)")
D2=$(dirname "$(find "$T/j2" -name '*.mp3' | head -1)")
run_py $CHECK same "$D1" "$D2"

# --- convert --braille --audio ------------------------------------------------
dv conv convert "$ZH" --braille --audio -o "$T/conv" --db "$T/conv.db" --json -q
expect0 conv "convert --braille --audio"
if [ "$(find "$T/conv" -name '*.brf' | wc -l)" -ge 1 ] && \
   [ "$(find "$T/conv" -name '*.mp3' | wc -l)" -eq 3 ]; then
    ok "convert --braille --audio: BRF and 3 MP3s"
else nok "convert --braille --audio: BRF and 3 MP3s"; find "$T/conv" -type f | sed 's/^/#   /'; fi
KINDS=$(sqlite3 "$T/conv.db" "SELECT group_concat(kind || ':' || status, ' ') FROM (SELECT kind, status FROM jobs ORDER BY kind)")
if [ "$KINDS" = "audio:done braille:done" ]; then ok "convert: audio and braille jobs done"
else nok "convert: jobs '$KINDS'"; fi

# --- English -----------------------------------------------------------------
EN_TITLES=$(grep -E '^Chapter [0-9]+' "$EN" | paste -sd '|' -)
EN_AUTHOR=$(sed -n 's/^By //p' "$EN" | head -1)
EN_ALBUM=$(head -1 "$EN")
dv en audio "$EN" --voice english -o "$T/en" --db "$T/en.db" --json -q
expect0 en "audio $EN --voice english"
run_py $CHECK book "$T/en.json" "$T/en.db" --titles "$EN_TITLES" \
    --album "$EN_ALBUM" --author "$EN_AUTHOR" --lang eng --loudness

# --- odd but valid text ------------------------------------------------------
printf '空章测试\n\n第一章 开始\n\n第二章 有内容\n\n这里有一段话。\n\n第三章 只有标点\n\n。，！\n' > "$T/odd.txt"
dv odd audio "$T/odd.txt" -o "$T/odd" --db "$T/odd.db" --json -q
expect0 odd "empty chapter and a chapter of only punctuation"
N=$(find "$T/odd" -name '*.mp3' | wc -l)
if [ "$N" -ge 1 ] && [ "$N" -le 3 ] && [ "$(json_get odd tracks)" = "$N" ]; then
    ok "odd chapters: $N tracks, as reported"
else nok "odd chapters: $N MP3s, JSON tracks '$(json_get odd tracks)'"; fi
no_leftovers_tmp=$(find "$T/odd" -name '*.tmp.*' | head -1)
[ -z "$no_leftovers_tmp" ] && ok "odd chapters: no temp file left" || nok "odd chapters: $no_leftovers_tmp left"

# --- nothing to say: refused -------------------------------------------------
printf '。，！\n\n……——\n' > "$T/punct.txt"
for voice in default mandarin; do
    if [ "$voice" = default ]; then set --; else set -- --voice "$voice"; fi
    dv "punct-$voice" audio "$T/punct.txt" "$@" -o "$T/punct-$voice" --db "$T/punct-$voice.db" -q
    expect_fail "punct-$voice" "only punctuation (voice $voice)"
    no_leftovers "$T/punct-$voice" "only punctuation (voice $voice)"
done

# --- unknown voice -----------------------------------------------------------
dv nosuch audio "$ZH" --voice nosuch -o "$T/nosuch" --db "$T/nosuch.db" -q
if [ "$RC" -eq 1 ]; then ok "--voice nosuch: exit 1"; else nok "--voice nosuch: exit $RC (want 1)"; fi
if grep -q "nosuch" "$T/nosuch.err"; then ok "--voice nosuch: message names it: $(head -1 "$T/nosuch.err")"
else nok "--voice nosuch: message names the voice"; sed 's/^/#   /' "$T/nosuch.err"; fi
if [ -z "$(find "$T/nosuch" -type f 2>/dev/null)" ]; then ok "--voice nosuch: no output"
else nok "--voice nosuch: output written"; fi
if [ -z "$(job_status "$T/nosuch.db")" ]; then ok "--voice nosuch: no job recorded"
else nok "--voice nosuch: a job recorded ($(job_status "$T/nosuch.db"))"; fi

# --- unwritable output directory ---------------------------------------------
: > "$T/plainfile"
dv unwr audio "$ZH" -o "$T/plainfile/out" --db "$T/unwr.db" -q
expect_fail unwr "-o under a regular file"
if [ -f "$T/plainfile" ] && [ ! -s "$T/plainfile" ]; then ok "-o under a regular file: the file is untouched"
else nok "-o under a regular file: the file was changed"; fi
no_leftovers "$T/plainfile" "-o under a regular file"
left=$(find "$T" -maxdepth 1 -name 'plainfile*' ! -name plainfile)
[ -z "$left" ] && ok "-o under a regular file: no temp file beside it" || nok "-o under a regular file: $left left"
S=$(job_status "$T/unwr.db")
if [ -z "$S" ] || [ "$S" = failed ]; then ok "-o under a regular file: no job done ('$S')"
else nok "-o under a regular file: job $S"; fi

# --- disk full ---------------------------------------------------------------
mkdir -p "$T/small"
if mount -t tmpfs -o size=200k tmpfs "$T/small" 2>/dev/null; then
    MOUNTED="$T/small"
    for j in 1 2; do
        dv "full$j" audio "$ZH" --keep-script -o "$T/small/o$j" --db "$T/full$j.db" -q -j$j
        expect_fail "full$j" "disk full (-j$j)"
        if grep -qi 'no space\|disk full\|ENOSPC' "$T/full$j.err"; then
            ok "disk full (-j$j): message says so"
        else nok "disk full (-j$j): message says no space"; fi
        no_leftovers "$T/small" "disk full (-j$j)"
        S=$(job_status "$T/full$j.db")
        if [ "$S" = failed ]; then ok "disk full (-j$j): job failed in the manifest"
        else nok "disk full (-j$j): job status '$S' (want failed)"; fi
        rm -rf "$T/small/o$j"
    done
    umount "$T/small" && MOUNTED=""
else
    echo "ok - disk full: skipped (cannot mount)"
fi

# Progress on a terminal (script(1) gives a pty): a book of one long
# chapter, so any figure below 100% came from the worker's own progress
# messages; rising; then the result; and the MP3 is the same as a quiet
# run's (reporting does not touch the audio).
python3 - "$T/prog.txt" <<'PY'
import re, sys
src = open("samples/work-plan-zh.txt", encoding="utf-8").read().split("\n", 1)
body = re.sub(r"^[一二三四五六七八九十]+、.*\n", "", src[1], flags=re.M)
open(sys.argv[1], "w", encoding="utf-8").write(src[0] + "\n" + body[:6000])
PY
if command -v script >/dev/null 2>&1; then
    script -qec "./dotvox audio $T/prog.txt -o $T/prog-tty -j1 --db $T/prog.db" \
        /dev/null > "$T/prog.tty" 2>&1
    pcts=$(tr '\r' '\n' < "$T/prog.tty" | sed -n 's/.*prog\.txt: audio \([0-9]*\)%.*/\1/p')
    below=$(printf '%s\n' "$pcts" | awk '$1 < 100' | wc -l)
    if [ "$below" -ge 1 ] && [ "$(printf '%s\n' "$pcts" | sort -n)" = "$pcts" ] &&
        grep -q '1 track' "$T/prog.tty"; then
        ok "audio progress on a terminal: $(printf '%s\n' "$pcts" | tr '\n' ' ')then the result"
    else
        nok "audio progress on a terminal: got $(tr '\r' '\n' < "$T/prog.tty" | head -3)"
    fi
    dv prog-q audio "$T/prog.txt" -o "$T/prog-q" -j1 -q --db "$T/prog-q.db"
    a=$(find "$T/prog-tty" -name '*.mp3' -exec sha256sum {} + | awk '{print $1}')
    b=$(find "$T/prog-q" -name '*.mp3' -exec sha256sum {} + | awk '{print $1}')
    if [ -n "$a" ] && [ "$a" = "$b" ]; then ok "audio progress: the MP3 is byte-identical to a quiet run's"
    else nok "audio progress: MP3 differs from a quiet run's ($a vs $b)"; fi
else
    nok "script(1) not installed (util-linux)"
fi

if [ "$FAILS" -eq 0 ]; then echo "e2e_audio: all passed"; exit 0; fi
echo "e2e_audio: $FAILS failed"
exit 1
