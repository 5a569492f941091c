#!/bin/sh
# Benchmarks for dotvox; run with `make bench`.  Prints one line per
# measurement with its ratio against the baseline its issue names.
#
# braille: dotvox braille (read + structure + translate + layout + BRF +
# PEF + Unicode text + manifest) against the lou_translate program with
# the same table on the same ~1 MB Chinese text; best of 3 runs each.
set -e
cd "$(dirname "$0")/.."
W=bench/work
rm -rf "$W"; mkdir -p "$W"
TABLE="unicode.dis,zhcn-cbs.ctb"

# ~1 MB of Chinese: the work-plan sample repeated (its title line once).
python3 - "$W/zh-1mb.txt" <<'PY'
import sys
src = open("samples/work-plan-zh.txt", encoding="utf-8").read().split("\n")
title, body = src[0], "\n".join(src[1:])
out = [title]
size = len(title.encode())
while size < 1_000_000:
    out.append(body)
    size += len(body.encode())
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
PY
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
dv1() { rm -f "$W/db"*; ./dotvox braille "$W/zh-1mb.txt" -o "$W/out" --db "$W/db" -q -j1; }
dv2() { rm -f "$W/db"*; ./dotvox braille "$W/zh-1mb.txt" -o "$W/out" --db "$W/db" -q -j2; }

T_LOU=$(best lou)
T_DV1=$(best dv1)
T_DV2=$(best dv2)
echo "$BYTES $T_LOU $T_DV1 $T_DV2" | awk '{
    printf "braille: lou_translate %.2f MB/s; dotvox braille (with the reading layer) -j1 %.2f MB/s, ratio %.2fx; -j2 %.2f MB/s, ratio %.2fx (target >= 0.90x)\n",
        $1/$2/1e6, $1/$3/1e6, $2/$3, $1/$4/1e6, $2/$4 }'

# reading layer: `dotvox pinyin` (segmentation + readings + numbers, one
# process start and dictionary load included) on the same text, in
# characters per second, beside lou_translate's characters per second.
CHARS=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$W/zh-1mb.txt")
py() { ./dotvox pinyin "$W/zh-1mb.txt"; }
T_PY=$(best py)
echo "$CHARS $T_LOU $T_PY" | awk '{
    printf "reading: dotvox pinyin %.0f chars/s, lou_translate %.0f chars/s, ratio %.1fx\n",
        $1/$3, $1/$2, $2/$3 }'

# audio: dotvox audio (structure + reading layer + eSpeak NG + loudness +
# LAME + ID3 + manifest) with -j1 and -j2, against the shell pipeline
# `dotvox pinyin | espeak-ng -v cmn-latn-pinyin --stdout | lame` on the
# same ~9,000-character Chinese book (6 chapters of ~1,500 characters of
# the work-plan sample); best of 2 runs each.  Throughput in source
# characters per second and the realtime factor (audio seconds / wall
# seconds), each side's audio length measured from its own MP3s.
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
