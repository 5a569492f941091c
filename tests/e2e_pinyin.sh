#!/bin/sh
# End-to-end test of the reading layer: `dotvox pinyin` against the
# hand-made gold readings (tests/gold/pinyin.tsv, must score >= 98%), word
# segmentation, user PLS lexicons (override and errors), odd code points,
# a 10 MB paragraph, `dotvox words --json`, and the word spaces and
# polyphone readings in `dotvox braille` (both braille systems).  The
# checks that need computing live in tests/pinyin_gold.py.  Prints
# "ok - ..." / "not ok - ..."; exits 1 on any failure.
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
PY=tests/pinyin_gold.py

. tests/lib_e2e.sh
# pinyin TEXT [ARGS...]: `dotvox pinyin -` of one line; sets OUT, ERR, RC.
pinyin() {
    text=$1; shift
    printf '%s\n' "$text" | ./dotvox pinyin - "$@" >"$T/p.out" 2>"$T/p.err"
    RC=$?
    OUT=$(cat "$T/p.out"); ERR=$(cat "$T/p.err")
}
# nospace S: S without spaces.
nospace() { printf '%s' "$1" | tr -d ' '; }

# 1. Accuracy against the gold readings.
run_py $PY gold ./dotvox tests/gold/pinyin.tsv --min 98

# 2. Segmentation: words separated by one space, syllables run together.
pinyin 浙江图书馆
[ "$RC" -eq 0 ] && [ "$OUT" = "zhe4jiang1 tu2shu1guan3" ] \
    && ok "pinyin 浙江图书馆 = 'zhe4jiang1 tu2shu1guan3'" \
    || nok "pinyin 浙江图书馆 = 'zhe4jiang1 tu2shu1guan3' (exit $RC, got '$OUT')"
printf '浙江图书馆\n' >"$T/one.txt"
./dotvox pinyin "$T/one.txt" >"$T/file.out" 2>"$T/file.err"; rc=$?
got=$(cat "$T/file.out")
[ "$rc" -eq 0 ] && [ "$got" = "zhe4jiang1 tu2shu1guan3" ] \
    && ok "pinyin FILE reads the file" \
    || nok "pinyin FILE reads the file (exit $rc, got '$got')"

# 3. A user lexicon overrides the built-in reading.
cat >"$T/user.pls" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="x-pinyin-num" xml:lang="zh-CN">
  <lexeme><grapheme>银行</grapheme><phoneme>yin2 xing2</phoneme></lexeme>
</lexicon>
EOF
pinyin 银行 --lexicon "$T/user.pls"
[ "$RC" -eq 0 ] && [ "$(nospace "$OUT")" = yin2xing2 ] \
    && ok "--lexicon user.pls: 银行 read yin2 xing2" \
    || nok "--lexicon user.pls: 银行 read yin2 xing2 (exit $RC, got '$OUT')"
pinyin 银行
[ "$RC" -eq 0 ] && [ "$(nospace "$OUT")" = yin2hang2 ] \
    && ok "without it: 银行 read yin2 hang2" \
    || nok "without it: 银行 read yin2 hang2 (exit $RC, got '$OUT')"

# 4. Malformed lexicons: non-zero exit, stderr names FILE:LINE.
# bad_lexicon NAME LINE DESC: the error must be reported at line LINE.
bad_lexicon() {
    pinyin 银行 --lexicon "$T/$1"
    if [ "$RC" -ne 0 ] && [ "$RC" -lt 128 ]; then
        ok "$3: exit $RC"
    else
        nok "$3: non-zero exit, no crash (got $RC)"
    fi
    case $ERR in
        *"$T/$1:$2"*) ok "$3: stderr names $1:$2" ;;
        *) nok "$3: stderr names $1:$2 (got '$ERR')" ;;
    esac
}
cat >"$T/broken.pls" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-pinyin-num" xml:lang="zh-CN">
  <lexeme><grapheme>银行</grapheme><phoneme>yin2 hang2</phoneme></lexeme>
  <lexeme><grapheme>长大</grapheme><phoneme>zhang3 da4</phonme></lexeme>
</lexicon>
EOF
bad_lexicon broken.pls 4 "lexicon with broken XML"
cat >"$T/badsyl.pls" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-pinyin-num" xml:lang="zh-CN">
  <lexeme><grapheme>长大</grapheme><phoneme>zhang3 da4</phoneme></lexeme>
  <lexeme><grapheme>银行</grapheme><phoneme>yin2 hang9</phoneme></lexeme>
</lexicon>
EOF
bad_lexicon badsyl.pls 4 "lexicon with syllable 'hang9'"
cat >"$T/count.pls" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="x-pinyin-num" xml:lang="zh-CN">

  <lexeme><grapheme>台州银行</grapheme><phoneme>tai1 zhou1 yin2</phoneme></lexeme>
</lexicon>
EOF
bad_lexicon count.pls 4 "lexicon with 3 syllables for 4 characters"
./dotvox pinyin - --lexicon "$T/missing.pls" </dev/null >/dev/null 2>"$T/miss.err"; rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] && grep -q "missing.pls" "$T/miss.err"; then
    ok "missing lexicon: exit $rc, named on stderr"
else
    nok "missing lexicon: non-zero exit naming the file (exit $rc: $(cat "$T/miss.err"))"
fi

# 5. Rare, private-use, unassigned and non-BMP code points.
python3 -c 'import sys
s = ("银行\U0010FFFD长大\n\uE000\U0002A6DF\U00030000\u0378\uFFFF\n"
     "\U0001F600图书\u200B馆\uFEFF\u0301a\U000F0000\n\u3400\u4DBF\u9FFF\U00020000\n")
sys.stdout.buffer.write(s.encode("utf-8", "surrogatepass"))' >"$T/rare.txt"
./dotvox pinyin - <"$T/rare.txt" >"$T/rare.out" 2>"$T/rare.err"; rc=$?
[ "$rc" -eq 0 ] && ok "odd code points: exit 0" \
    || nok "odd code points: exit 0 (got $rc: $(head -c 300 "$T/rare.err"))"
first=$(head -n 1 "$T/rare.out" | tr -d ' ')
case $first in
    *yin2hang2*zhang3da4*) ok "odd code points: the Han around U+10FFFD still read" ;;
    *) nok "odd code points: the Han around U+10FFFD still read (got '$first')" ;;
esac
n=$(wc -l <"$T/rare.out")
[ "$n" -eq 4 ] && ok "odd code points: 4 lines out for 4 in" \
    || nok "odd code points: 4 lines out for 4 in (got $n)"

# 6. A 10 MB paragraph with no punctuation.
run_py $PY big ./dotvox "$T"
rm -f "$T/big.txt"

# 7. The proofreader's report.
printf '台州银行长大\n\n他在银行工作，长大以后去了乐清。\n龘靐齉爨\n' >"$T/words.txt"
./dotvox words "$T/words.txt" --json >"$T/words.json" 2>"$T/words.err"; rc=$?
[ "$rc" -eq 0 ] && ok "words --json: exit 0" \
    || nok "words --json: exit 0 (got $rc: $(head -c 300 "$T/words.err"))"
run_py $PY words "$T/words.json"

# 8. Braille: word spaces and the chosen readings, both systems.
if command -v lou_translate >/dev/null 2>&1; then
    run_py $PY braille ./dotvox "$T" common
    run_py $PY braille ./dotvox "$T" current
else
    nok "lou_translate is installed (liblouis-bin)"
fi

if [ "$FAILS" -ne 0 ]; then
    echo "# e2e_pinyin: $FAILS failed"
    exit 1
fi
echo "# e2e_pinyin: all passed"
exit 0
