#!/bin/sh
# Benchmarks for dotvox; run with `make bench`.  Prints one line per
# measurement with its ratio against the baseline its issue names.
#
# braille: dotvox braille (read + structure + translate + layout + BRF +
# PEF + Unicode text + manifest) against the lou_translate program with
# the same table on the same ~1 MB Chinese text; best of 3 runs each.
#
# Sections: braille, reading, audio, batch, serve.  BENCH="batch" (or
# "braille,reading", space or comma separated) runs only those; default all:
#   BENCH=batch sh bench/run.sh
set -e
cd "$(dirname "$0")/.."
W=bench/work
SECTIONS=$(echo "${BENCH:-braille reading audio batch serve}" | tr ',' ' ')
for s in $SECTIONS; do
    case $s in
        braille|reading|audio|batch|serve) ;;
        *) echo "bench/run.sh: unknown section '$s' in BENCH" \
               "(braille, reading, audio, batch, serve)" >&2; exit 2 ;;
    esac
done
want() { case " $SECTIONS " in *" $1 "*) return 0 ;; esac; return 1; }
rm -rf "$W"; mkdir -p "$W"
TABLE="unicode.dis,zhcn-cbs.ctb"

# zh_book FILE BYTES: Chinese, the work-plan sample repeated (its title
# line once) to BYTES.
zh_book() {
python3 - "$1" "$2" <<'PY'
import sys
src = open("samples/work-plan-zh.txt", encoding="utf-8").read().split("\n")
title, body = src[0], "\n".join(src[1:])
out = [title]
size = len(title.encode())
while size < int(sys.argv[2]):
    out.append(body)
    size += len(body.encode())
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
PY
}
# ~1 MB of Chinese
zh_book "$W/zh-1mb.txt" 1000000
BYTES=$(wc -c < "$W/zh-1mb.txt")

best() {  # best wall time in seconds of 3 runs of "$@"
    b=""
    for i in 1 2 3; do
        t0=$(date +%s.%N)
        "$@" > /dev/null 2>&1
        t1=$(date +%s.%N)
        b=$(echo "$t0 $t1 $b" | awk '{d=$2-$1; if ($3=="" || d<$3) print d; else print $3}')
    done
    echo "$b"
}

lou() { lou_translate --forward "$TABLE" < "$W/zh-1mb.txt"; }
T_LOU=""
if want braille; then
dv1() { rm -f "$W/db"*; ./dotvox braille "$W/zh-1mb.txt" -o "$W/out" --db "$W/db" -q -j1; }
dv2() { rm -f "$W/db"*; ./dotvox braille "$W/zh-1mb.txt" -o "$W/out" --db "$W/db" -q -j2; }

T_LOU=$(best lou)
T_DV1=$(best dv1)
T_DV2=$(best dv2)
echo "$BYTES $T_LOU $T_DV1 $T_DV2" | awk '{
    printf "braille: lou_translate %.2f MB/s; dotvox braille (with the reading layer) -j1 %.2f MB/s, ratio %.2fx; -j2 %.2f MB/s, ratio %.2fx (target >= 0.90x)\n",
        $1/$2/1e6, $1/$3/1e6, $2/$3, $1/$4/1e6, $2/$4 }'
fi

# reading layer: `dotvox pinyin` (segmentation + readings + numbers, one
# process start and dictionary load included) on the same text, in
# characters per second, beside lou_translate's characters per second.
if want reading; then
[ -n "$T_LOU" ] || T_LOU=$(best lou)
CHARS=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$W/zh-1mb.txt")
py() { ./dotvox pinyin "$W/zh-1mb.txt"; }
T_PY=$(best py)
echo "$CHARS $T_LOU $T_PY" | awk '{
    printf "reading: dotvox pinyin %.0f chars/s, lou_translate %.0f chars/s, ratio %.1fx\n",
        $1/$3, $1/$2, $2/$3 }'
fi

# audio: dotvox audio (structure + reading layer + eSpeak NG + loudness +
# LAME + ID3 + manifest) with -j1 and -j2, against the shell pipeline
# `dotvox pinyin | espeak-ng -v cmn-latn-pinyin --stdout | lame` on the
# same ~9,000-character Chinese book (6 chapters of ~1,500 characters of
# the work-plan sample); best of 2 runs each.  Throughput in source
# characters per second and the realtime factor (audio seconds / wall
# seconds), each side's audio length measured from its own MP3s.
if want audio; then
python3 - "$W/zh-audio.txt" <<'PY'
import re, sys
lines = open("samples/work-plan-zh.txt", encoding="utf-8").read().split("\n")
# body paragraphs only: headings of the sample would start chapters
head = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
paras = [l.strip() for l in lines[1:] if l.strip() and not head.match(l.strip())]
nums = "一二三四五六"
out, k = ["图书馆工作计划有声书", "", "作者：某省图书馆", ""], 0
for c in range(6):
    out += ["第%s章 工作计划之%s" % (nums[c], nums[c]), ""]
    n = 0
    while n < 1500:
        p = paras[k % len(paras)]; k += 1
        out += [p, ""]
        n += len(p)
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
PY
# both sides at LAME quality 3 (LAME's default, and dotvox's) and 48 kbps
Q=3
ACHARS=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$W/zh-audio.txt")
shell_audio() {
    ./dotvox pinyin "$W/zh-audio.txt" > "$W/pinyin.txt" &&
    espeak-ng -v cmn-latn-pinyin --stdout -f "$W/pinyin.txt" |
        lame -b 48 --cbr -q $Q -m m - "$W/shell.mp3"
}
au1() { rm -rf "$W/adb"* "$W/aout"; ./dotvox audio "$W/zh-audio.txt" -o "$W/aout" --db "$W/adb" -j1 -q --quality $Q; }
au2() { rm -rf "$W/adb"* "$W/aout"; ./dotvox audio "$W/zh-audio.txt" -o "$W/aout" --db "$W/adb" -j2 -q --quality $Q; }
best2() {
    b=""
    for i in 1 2; do
        t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
        b=$(echo "$t0 $t1 $b" | awk '{d=$2-$1; if ($3=="" || d<$3) print d; else print $3}')
    done
    echo "$b"
}
T_SH=$(best2 shell_audio)
A_SH=$(python3 tests/audio_check.py pcm "$W/shell.mp3")
T_A1=$(best2 au1)
T_A2=$(best2 au2)
A_DV=$(sqlite3 "$W/adb" 'SELECT seconds FROM audio ORDER BY job_id DESC LIMIT 1')
echo "$ACHARS $T_SH $A_SH $T_A1 $T_A2 $A_DV" | awk '{
    printf "audio: %d chars; shell pipeline 1.00x (%.0f chars/s, rtf %.1f, %.0f s audio), dotvox -j1 %.2fx (%.0f chars/s, rtf %.1f), -j2 %.2fx (%.0f chars/s, rtf %.1f, %.0f s audio) (target -j2 >= 1.5x)\n",
        $1, $1/$2, $3/$2, $3, $2/$4, $1/$4, $6/$4, $2/$5, $1/$5, $6/$5, $6 }'
fi

# batch: `dotvox batch` with one worker and two.  Braille on 40 generated
# titles of 20-200 KB (mixed Chinese and English); audio on 40 titles of
# 2-5 KB only, to keep the bench to a few minutes (audio is ~100x slower
# per character).  Then the per-title overhead of the queue (a batch of 40
# copies of a 20 KB title, each with its own title line, against
# `dotvox braille` of the same 40 files in one process) and peak memory of
# dotvox braille on a 10 MB book against a 100 KB one.
if want batch; then
B=$W/batch; mkdir -p "$B"
python3 tests/batch_check.py gen "$B/braille" 40 --min 20 --max 200 --seed 101
python3 tests/batch_check.py gen "$B/audio" 40 --min 2 --max 5 --seed 102
BB_MB=$(du -sk "$B/braille" | awk '{printf "%.1f", $1/1024}')
bestn() {  # bestn N CMD...: best wall time in seconds of N runs
    n=$1; shift; b=""
    while [ "$n" -gt 0 ]; do
        t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N)
        b=$(echo "$t0 $t1 $b" | awk '{d=$2-$1; if ($3=="" || d<$3) print d; else print $3}')
        n=$((n - 1))
    done
    echo "$b"
}
# every run on a fresh manifest and output folder: a batch over finished
# work converts nothing
bb() { rm -rf "$B/db"* "$B/out"; ./dotvox batch "$B/braille" -o "$B/out" --braille -j "$1" --db "$B/db" -q; }
ba() { rm -rf "$B/db"* "$B/out"; ./dotvox batch "$B/audio" -o "$B/out" --audio -j "$1" --db "$B/db" -q; }
T_B1=$(bestn 3 bb 1)
N_B1=$(sqlite3 "$B/db" "SELECT count(*) FROM jobs WHERE status='done'" 2>/dev/null || echo 0)
T_B2=$(bestn 3 bb 2)
N_B2=$(sqlite3 "$B/db" "SELECT count(*) FROM jobs WHERE status='done'" 2>/dev/null || echo 0)
T_A1=$(bestn 1 ba 1)
N_A1=$(sqlite3 "$B/db" "SELECT count(*) FROM jobs WHERE status='done'" 2>/dev/null || echo 0)
T_A2=$(bestn 1 ba 2)
N_A2=$(sqlite3 "$B/db" "SELECT count(*) FROM jobs WHERE status='done'" 2>/dev/null || echo 0)
A_SEC=$(sqlite3 "$B/db" "SELECT coalesce(sum(seconds),0) FROM audio" 2>/dev/null || echo 0)
echo "$T_B1 $T_B2 $T_A1 $T_A2 $BB_MB $A_SEC $N_B1 $N_B2 $N_A1 $N_A2" | awk '{
    printf "batch: braille 40 titles (20-200 KB, %.1f MB) -j1 %.2fs, -j2 %.2fs, speed-up %.2fx (target >= 1.8x); audio 40 titles (2-5 KB each, short to keep the bench short; %.0f s of audio) -j1 %.2fs, -j2 %.2fs, speed-up %.2fx (target >= 1.8x)",
        $5, $1, $2, $1/$2, $6, $3, $4, $3/$4
    if ($7 != 40 || $8 != 40 || $9 != 40 || $10 != 40)
        printf " [done jobs: %d, %d, %d, %d of 40: NOT ALL DONE]", $7, $8, $9, $10
    printf "\n" }'

# per-title overhead: 40 copies of one 20 KB title with their own title lines
python3 - "$B/same" 40 <<'PY'
import os, sys
sys.path.insert(0, "tests")
from batch_check import gen_title
import random
body = gen_title(random.Random(5), 0, True, 20 * 1024, False, "").split("\n", 1)[1]
os.makedirs(sys.argv[1], exist_ok=True)
for i in range(1, int(sys.argv[2]) + 1):
    with open(os.path.join(sys.argv[1], "t%02d.txt" % i), "w", encoding="utf-8") as f:
        f.write("开销测试第%d本\n%s" % (i, body))
PY
bo() { rm -rf "$B/db"* "$B/out"; ./dotvox batch "$B/same" -o "$B/out" --braille -j1 --db "$B/db" -q; }
br() { rm -rf "$B/db"* "$B/out"; ./dotvox braille "$B/same"/*.txt -o "$B/out" -j1 --db "$B/db" -q; }
T_BO=$(bestn 5 bo)
T_BR=$(bestn 5 br)
echo "$T_BO $T_BR" | awk '{
    per = $2 / 40; ov = ($1 - $2) / 40
    printf "batch: per-title overhead %.1f ms = %.1f%% of a 20 KB title'"'"'s braille time (%.1f ms; batch -j1 of 40 titles %.2fs, dotvox braille of the 40 in one process %.2fs) (target < 5%%)\n",
        ov * 1000, 100 * ov / per, per * 1000, $1, $2 }'

# peak memory of a batch worker converting a 10 MB Chinese book and a
# 100 KB one: `dotvox batch` on a folder holding just the book, -j1; the
# peak is the largest of the batch process and its worker (getrusage of
# children counts every waited-for descendant).
mkdir -p "$B/big" "$B/small"
zh_book "$B/big/zh-10mb.txt" 10000000
zh_book "$B/small/zh-100kb.txt" 100000
rss() {   # rss DIR: peak RSS in KB
    rm -rf "$B/db"* "$B/out"
    python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(["./dotvox", "batch", sys.argv[1], "--braille", "-o",
                "bench/work/batch/out", "--db", "bench/work/batch/db", "-q",
                "-j1"], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}
R_BIG=$(rss "$B/big")
R_SMALL=$(rss "$B/small")
echo "$R_BIG $R_SMALL" | awk '{
    printf "batch: peak RSS of a worker, 10 MB book %.1f MB, 100 KB book %.1f MB, ratio %.2f (target <= 1.10)\n",
        $1/1024, $2/1024, $1/$2 }'
fi

# serve: requests a second and p99 latency of GET /v1/requests/{id} (a
# key check, a few manifest reads, JSON) on `dotvox serve` (-j 1, no rate
# limit, its default thread pool of one thread per core), measured with
# wrk, 2 threads and 32 connections for 5 s, on one finished request.
if want serve; then
if ! command -v wrk >/dev/null 2>&1; then
    echo "serve: wrk not installed (make deps, or apt-get install wrk): skipped"
else
S=$W/serve; mkdir -p "$S"
SPORT=$(python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
SKEY=$(./dotvox library add bench --db "$S/db" 2>/dev/null)
./dotvox serve --listen "127.0.0.1:$SPORT" --db "$S/db" -o "$S/out" -j 1 --rate 0 \
    2>"$S/log" &
SPID=$!
trap 'kill $SPID 2>/dev/null' EXIT
SURL=http://127.0.0.1:$SPORT
SID=""
i=0
while [ $i -lt 100 ] && [ -z "$SID" ]; do
    SID=$(curl -s -H "Authorization: Bearer $SKEY" -H 'Content-Type: text/plain' \
          --data-binary @samples/taohuayuanji-zh.txt "$SURL/v1/requests?formats=brf" 2>/dev/null |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' 2>/dev/null) || SID=""
    [ -n "$SID" ] || sleep 0.1
    i=$((i + 1))
done
SST=""
i=0
while [ -n "$SID" ] && [ $i -lt 300 ] && [ "$SST" != done ]; do
    SST=$(curl -s -H "Authorization: Bearer $SKEY" "$SURL/v1/requests/$SID" |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' 2>/dev/null) || SST=""
    [ "$SST" = done ] || sleep 0.1
    i=$((i + 1))
done
if [ "$SST" != done ]; then
    echo "serve: the request did not finish (id '$SID', status '$SST'): skipped"
    sed 's/^/#   /' "$S/log" | head -5
else
    wrk -t2 -c32 -d5s --latency -H "Authorization: Bearer $SKEY" \
        "$SURL/v1/requests/$SID" > "$S/wrk.txt" 2>&1 || true
    awk -v cores="$(nproc)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
                         if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /^Requests\/sec:/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        /requests in/ { n = $1 }
        END {
            if (rps == "") { print "serve: wrk gave no result (see bench/work/serve/wrk.txt)"; exit }
            printf "serve: GET /v1/requests/{id} %.0f req/s, p99 %.2f ms (wrk -t2 -c32 -d5s, %d cores; target >= 5000 req/s on 2 cores)", rps, p99, cores
            if (bad != "") printf " [%s non-2xx responses of %s]", bad, n
            printf "\n" }' "$S/wrk.txt"
fi
kill "$SPID" 2>/dev/null || true
wait "$SPID" 2>/dev/null || true
trap - EXIT
fi
fi
