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
