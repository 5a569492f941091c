#!/usr/bin/env python3
"""Checks for the reading layer, used by tests/e2e_pinyin.sh.

Every check prints "ok - ..." or "not ok - ..." lines (diagnostics start
with "#") and exits 1 if any failed.  Expectations come from the hand-made
gold file, from liblouis run directly and from the Unicode data -- never
from dotvox itself.

  pinyin_gold.py gold DOTVOX TSV [--min PCT]
      Runs `DOTVOX pinyin -` once on every gold input (one per line) and
      scores it.  Rule: from dotvox's output line drop punctuation tokens
      (tokens with no letter or digit), remove all spaces, lowercase; from
      the expected reading remove spaces, lowercase; equal = correct.  So
      only readings count, not word boundaries.
  pinyin_gold.py braille DOTVOX TMPDIR SYSTEM
      `dotvox braille` on a title + 台州银行长大: the paragraph's braille must
      be the braille of tai1 zhou1 yin2 hang2 zhang3 da4 (each syllable
      translated by lou_translate through a character with only that
      reading), with a blank cell between the words dotvox pinyin finds.
  pinyin_gold.py words JSONFILE
      `dotvox words --json` output: valid JSON with the three lists.
  pinyin_gold.py big DOTVOX TMPDIR
      10 MB of Han text with no punctuation: exit 0, time and peak RSS
      bounded, one syllable per character.
"""
import json
import os
import random
import re
import resource
import subprocess
import sys
import time

FAILS = 0
SYL = re.compile(r"[a-z]+[1-5]")
BLANK = "\u2800"


def ok(cond, msg):
    global FAILS
    print(("ok - " if cond else "not ok - ") + msg)
    if not cond:
        FAILS += 1
    return cond


def diag(msg):
    for line in str(msg).splitlines() or [""]:
        print("#   " + line)


def load_gold(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1].strip():
                ok(False, "%s:%d: not INPUT<TAB>EXPECTED" % (path, n))
                continue
            entries.append((parts[0], parts[1], n))
    return entries


def is_punct_token(tok):
    return not any(c.isalnum() for c in tok)


def norm_output(line):
    toks = [t for t in line.split() if not is_punct_token(t)]
    return "".join(toks).lower()


def norm_expected(exp):
    return "".join(exp.split()).lower()


def run(cmd, stdin=None, timeout=120):
    return subprocess.run(cmd, input=stdin, capture_output=True,
                          timeout=timeout)


def cmd_gold(args):
    dotvox, tsv = args[0], args[1]
    minpct = 98.0
    if "--min" in args:
        minpct = float(args[args.index("--min") + 1])
    entries = load_gold(tsv)
    ok(len(entries) >= 320, "gold file has %d entries (>= 320)" % len(entries))
    if not entries:
        return
    data = "".join(e[0] + "\n" for e in entries).encode("utf-8")
    try:
        p = run([dotvox, "pinyin", "-"], stdin=data)
    except subprocess.TimeoutExpired:
        ok(False, "dotvox pinyin - on %d lines finished within 120 s" % len(entries))
        return
    if not ok(p.returncode == 0, "dotvox pinyin - on the gold inputs: exit 0 (got %d)"
              % p.returncode):
        diag(p.stderr.decode("utf-8", "replace")[:500])
    out = p.stdout.decode("utf-8", "replace").split("\n")
    if out and out[-1] == "":
        out.pop()
    if not ok(len(out) == len(entries), "one output line per input line (%d for %d)"
              % (len(out), len(entries))):
        # Score anyway, one process per entry, so the accuracy still means
        # something.
        out = []
        for inp, _, _ in entries:
            q = run([dotvox, "pinyin", "-"], stdin=(inp + "\n").encode("utf-8"), timeout=30)
            out.append(q.stdout.decode("utf-8", "replace").replace("\n", " ").strip())
    good = 0
    misses = []
    for (inp, exp, n), got in zip(entries, out):
        if norm_output(got) == norm_expected(exp):
            good += 1
        else:
            misses.append((n, inp, exp, got))
    pct = 100.0 * good / len(entries)
    print("pinyin accuracy: %.1f%% (%d/%d)" % (pct, good, len(entries)))
    for n, inp, exp, got in misses:
        print("#   miss line %d: %s\texpected: %s\tgot: %s" % (n, inp, exp, got))
    ok(pct >= minpct, "pinyin accuracy %.1f%% >= %.0f%%" % (pct, minpct))


# ---- braille ---------------------------------------------------------------

TABLES = {"common": "unicode.dis,zhcn-cbs.ctb", "current": "unicode.dis,zh-chn.ctb"}
# The paragraph, its readings, and for each syllable a character with only
# that reading (大 has dà and dài; dà is its default and no character in the
# tables reads only dà, so it stands for itself -- checked below).
PARA = "台州银行长大"
READING = [("tai1", "胎"), ("zhou1", "周"), ("yin2", "银"), ("hang2", "航"),
           ("zhang3", "掌"), ("da4", "大")]
UNIHAN = "/usr/share/unicode/Unihan_Readings.txt.bz2"


def lou(tables, text):
    p = run(["lou_translate", "--forward", tables], stdin=(text + "\n").encode("utf-8"))
    return p.stdout.decode("utf-8").rstrip("\n")


def unihan_readings(chars):
    import bz2
    want = {"U+%04X" % ord(c): c for c in chars}
    got = {c: set() for c in chars}
    default = {}
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0] not in want:
                continue
            c = want[parts[0]]
            if parts[1] in ("kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013"):
                for v in parts[2].split():
                    v = v.split(":")[-1]
                    got[c].update(v.split(","))
                if parts[1] == "kMandarin":
                    default[c] = parts[2].split()[0]
    return got, default


MARK = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}


def marked(syl):
    """tai1 -> tāi (for comparing with Unihan)."""
    import unicodedata
    base, tone = syl[:-1].replace("v", "ü"), syl[-1]
    if tone == "5":
        return base
    for v in ("a", "e", "ou"):
        i = base.find(v)
        if i >= 0:
            break
    else:
        i = max(base.rfind(c) for c in "iouü")
    return unicodedata.normalize("NFC", base[:i + 1] + MARK[tone] + base[i + 1:])


def cmd_braille(args):
    dotvox, tmp, system = args[0], args[1], args[2]
    tables = TABLES[system]
    label = "braille (%s)" % system
    # 1. The representatives really read as intended.
    if os.path.exists(UNIHAN):
        rs, dflt = unihan_readings([c for _, c in READING])
        for syl, c in READING:
            if c == "大":
                ok(dflt.get(c) == marked(syl), "%s: 大 defaults to dà in Unihan (%s)"
                   % (label, dflt.get(c)))
            else:
                ok(rs[c] == {marked(syl)}, "%s: %s has the one reading %s (Unihan: %s)"
                   % (label, c, marked(syl), sorted(rs[c])))
    cells = [lou(tables, c) for _, c in READING]
    ok(all(cells) and all(set(x) <= set(chr(0x2800 + i) for i in range(256)) for x in cells),
       "%s: lou_translate gives braille for %s" % (label, "".join(c for _, c in READING)))
    if system == "common":
        # The tone marks tell the readings apart in 国家通用盲文; make sure
        # the test would notice the wrong ones.
        wrong = {"台": lou(tables, "抬"), "行": lou(tables, "形"), "长": lou(tables, "常")}
        ok(cells[0] != wrong["台"] and cells[3] != wrong["行"] and cells[4] != wrong["长"],
           "%s: tai1/tai2, hang2/xing2, zhang3/chang2 differ in braille" % label)
        ok(lou(tables, "大") not in (lou(tables, "达"), lou(tables, "搭")),
           "%s: 大 is not read da2 or da1 by the table" % label)
    # 2. dotvox's word boundaries for the paragraph.
    p = run([dotvox, "pinyin", "-"], stdin=(PARA + "\n").encode("utf-8"))
    words = [t for t in p.stdout.decode("utf-8", "replace").split() if not is_punct_token(t)]
    nsyl = [len(SYL.findall(w)) for w in words]
    if not ok(p.returncode == 0 and sum(nsyl) == len(READING),
              "%s: dotvox pinyin splits %s into words of %d syllables (%s)"
              % (label, PARA, len(READING), " ".join(words))):
        return
    ok(len(words) >= 2, "%s: %s is more than one word (%s)" % (label, PARA, " ".join(words)))
    expect, i = [], 0
    for n in nsyl:
        expect.append("".join(cells[i:i + n]))
        i += n
    want = BLANK.join(expect)
    # 3. The book.
    src = os.path.join(tmp, "reading-%s.txt" % system)
    with open(src, "w", encoding="utf-8") as f:
        f.write("读音测试\n\n%s\n" % PARA)
    outdir = os.path.join(tmp, "out-%s" % system)
    cmd = [dotvox, "braille", src, "-o", outdir, "--db", os.path.join(tmp, "db-%s" % system),
           "--json", "-q"]
    if system != "common":
        cmd += ["--braille-system", system]
    p = run(cmd)
    if not ok(p.returncode == 0, "%s: dotvox braille exit 0 (got %d)" % (label, p.returncode)):
        diag(p.stderr.decode("utf-8", "replace")[:500])
        return
    txt = None
    try:
        o = json.loads(p.stdout.decode("utf-8").strip().splitlines()[0])
        for x in o.get("outputs", []):
            if x.get("path", "").endswith(".braille.txt"):
                txt = x["path"]
    except (ValueError, IndexError) as ex:
        diag("bad JSON: %s" % ex)
    if not ok(txt and os.path.exists(txt), "%s: a .braille.txt output (%s)" % (label, txt)):
        return
    lines = open(txt, encoding="utf-8").read().split("\n")
    flat = "".join(cells)
    found = [ln.strip(BLANK + " \f") for ln in lines
             if ln.replace(BLANK, "").strip(" \f") == flat]
    if not ok(found, "%s: the paragraph's braille, blanks aside, is the braille of %s"
              % (label, " ".join(s for s, _ in READING))):
        diag("want (no blanks): " + flat)
        for ln in lines:
            if ln.strip(BLANK + " \f"):
                diag("line: " + ln)
        return
    ok(BLANK in found[0], "%s: blank cells between words" % label)
    if not ok(found[0] == want, "%s: a blank cell between each word of %s"
              % (label, " ".join(words))):
        diag("want: " + want)
        diag("got:  " + found[0])


def cmd_words(args):
    try:
        o = json.load(open(args[0], encoding="utf-8"))
    except ValueError as ex:
        ok(False, "words --json prints valid JSON (%s)" % ex)
        return
    ok(isinstance(o, dict), "words --json prints a JSON object")
    if not isinstance(o, dict):
        return
    for k in ("fallback_words", "polyphones", "out_of_lexicon"):
        ok(isinstance(o.get(k), list), "words --json: %s is a list" % k)
    poly = json.dumps(o.get("polyphones"), ensure_ascii=False)
    ok("行" in poly and "长" in poly,
       "words --json: polyphones names 行 and 长 for a text with 银行 and 长大")


def cmd_big(args):
    dotvox, tmp = args[0], args[1]
    chars = ("的一是在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去"
             "之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行"
             "方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美"
             "点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第"
             "门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处"
             "总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反"
             "合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直"
             "服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟")
    rnd = random.Random(20140305)
    path = os.path.join(tmp, "big.txt")
    size = 10 * 1024 * 1024
    n = size // 3
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(n // 65536):
            f.write("".join(rnd.choice(chars) for _ in range(65536)))
        f.write("".join(rnd.choice(chars) for _ in range(n % 65536)))
        f.write("\n")
    t0 = time.time()
    p = subprocess.Popen([dotvox, "pinyin", path], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    nsyl = 0
    tail = b""
    while True:
        chunk = p.stdout.read(1 << 20)
        if not chunk:
            break
        buf = tail + chunk
        cut = buf.rfind(b" ")
        if cut < 0:
            tail = buf
            continue
        nsyl += len(SYL.findall(buf[:cut].decode("utf-8", "replace")))
        tail = buf[cut:]
    nsyl += len(SYL.findall(tail.decode("utf-8", "replace")))
    err = p.stderr.read()
    rc = p.wait()
    secs = time.time() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    if not ok(rc == 0, "10 MB Han paragraph: exit 0 (got %d)" % rc):
        diag(err.decode("utf-8", "replace")[:500])
    ok(secs < 120, "10 MB Han paragraph: %.1f s (< 120 s)" % secs)
    # the line is read in 64 KB pieces: memory is the file and the mapped
    # dictionary, not the words of the whole paragraph
    ok(rss_mb < 160, "10 MB Han paragraph: peak RSS %.0f MB (< 160 MB)" % rss_mb)
    ok(nsyl == n, "10 MB Han paragraph: one syllable per character (%d for %d)" % (nsyl, n))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cmd, args = sys.argv[1], sys.argv[2:]
    {"gold": cmd_gold, "braille": cmd_braille, "words": cmd_words, "big": cmd_big}[cmd](args)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
