#!/usr/bin/env python3
"""gen-zhdata.py -- builds the reading layer's data from Debian packages.

Inputs (Debian 12 packages):
  python3-jieba           jieba/dict.txt: "word freq pos" (MIT)
  unicode-data            Unihan_Readings.txt.bz2: kMandarin and other
                          readings per character (Unicode licence)
  rime-data-terra-pinyin  terra_pinyin.dict.yaml: Traditional phrases with
                          tone-numbered pinyin (LGPL-3, from CC-CEDICT)
  opencc                  the opencc command, t2s.json: terra's phrases to
                          Simplified

Outputs in OUTDIR (default tables/generated):
  chars.tsv   char, readings (default first)
  words.tsv   word, jieba frequency, pinyin, where the pinyin is from:
              dict (terra's phrase), part (terra's sub-phrases and the
              characters' defaults), char (the characters' defaults)
  zh.dict     the same, as the binary table reading.c maps (see below)

Frequencies are jieba's; a terra phrase jieba lacks gets just enough to
beat its own best split (jieba's suggest_freq), a modest number.

The word readings: terra's phrase reading where it has one; else the
word is read by its longest terra sub-phrases and the characters'
default readings (terra leaves out the phrases its own character
readings give), and flagged as such.  Corrections, all from the data:
terra marks the tone sandhi of 一/不 inside words (yi2, bu2): we restore
the citation tones; terra has some Taiwan readings (播放 bo4): a
syllable that is not among the character's mainland readings (kXHC1983,
kTGHZ2013) is replaced by the mainland one; a word read from character
defaults never starts with a neutral tone (地委 di4 wei3).

zh.dict layout (little endian):
  header  "DVZHDIC3", u32 nslots (power of 2), u32 nentries, u32 maxlen
          (characters), f32 logtotal, f32 logfloor, u32 slots offset,
          u32 pool offset, u32 pool bytes, u32 bitmap offset, u32 bitmap
          bytes, u32 0x01020304 (byte order check), padding to 64 bytes
  slots   nslots x 32 bytes: u32 hash (FNV-1a of the UTF-8 key), u32 py
          (pool offset, 0 = none), f32 logp (log(freq/total); words
          only), u16 flags, u8 nread, u8 key bytes (0 = empty slot),
          16 bytes: the key if it fits (NUL padded), else a u32 pool
          offset of it -- a probe reads one cache line.  Linear probing.
  pool    NUL-terminated strings; offset 0 is an empty string
  bitmap  one bit per code point 0..0x3FFFF: a character with a reading
"""
import bz2
import math
import os
import re
import struct
import subprocess
import sys
import unicodedata

JIEBA = '/usr/lib/python3/dist-packages/jieba/dict.txt'
UNIHAN = '/usr/share/unicode/Unihan_Readings.txt.bz2'
TERRA = '/usr/share/rime-data/terra_pinyin.dict.yaml'

F_WORD, F_PREFIX, F_PYDICT, F_CHAR, F_PYPART = 1, 2, 4, 8, 16
MAXLEN = 32          # longest word kept, in characters
SYL = re.compile(r'^[a-z]+[1-5]$')
TONES = {'\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4'}


def die(msg):
    sys.stderr.write('gen-zhdata: %s\n' % msg)
    sys.exit(1)


def numbered(s):
    """hàng -> hang2, lǘ -> lv2, men -> men5; None if not pinyin."""
    tone = '5'
    out = []
    for ch in unicodedata.normalize('NFD', s.strip().lower()):
        if ch in TONES:
            tone = TONES[ch]
        elif ch == '\u0308':
            if out and out[-1] == 'u':
                out[-1] = 'v'
        elif 'a' <= ch <= 'z':
            out.append(ch)
        elif ch == '\u0302':
            pass                      # ê -> e
        else:
            return None
    syl = ''.join(out) + tone
    return syl if SYL.match(syl) else None


pinlu = {}       # char -> readings of kHanyuPinlu (a spoken corpus)


def load_unihan():
    fields, mainland = {}, {}
    with bz2.open(UNIHAN, 'rt', encoding='utf-8') as f:
        for line in f:
            if not line.startswith('U+'):
                continue
            cp, key, val = line.rstrip('\n').split('\t', 2)
            if key in ('kMandarin', 'kHanyuPinlu', 'kXHC1983', 'kTGHZ2013',
                       'kHanyuPinyin'):
                fields.setdefault(int(cp[2:], 16), {})[key] = val
    chars = {}
    for cp, d in fields.items():
        raw = []
        raw += d.get('kMandarin', '').split()
        raw += [x.split('(')[0] for x in d.get('kHanyuPinlu', '').split()]
        # Modern mainland dictionaries first; the historical Hanyu Da
        # Zidian readings (kHanyuPinyin) only for characters they lack,
        # or every common character would look polyphonic (他 tuo2).
        keys = ('kXHC1983', 'kTGHZ2013')
        if not any(d.get(k) for k in keys):
            keys = ('kHanyuPinyin',)
        for k in keys:
            for item in d.get(k, '').split():
                raw += item.split(':', 1)[-1].split(',')
        rd = []
        for r in raw:
            n = numbered(r) if r else None
            if n and n not in rd:
                rd.append(n)
        if not rd:
            continue
        chars[chr(cp)] = rd
        pl = [numbered(x.split('(')[0]) for x in d.get('kHanyuPinlu', '').split()]
        if pl:
            pinlu[chr(cp)] = set(x for x in pl if x)
        # The mainland standard's readings (现代汉语词典 kXHC1983,
        # 通用规范汉字表 kTGHZ2013, kMandarin's first): terra, from
        # CC-CEDICT, has Taiwan readings in some phrases (播放 bo4).
        std, tghz = set(), []
        for k in ('kXHC1983', 'kTGHZ2013'):
            for item in d.get(k, '').split():
                for x in item.split(':', 1)[-1].split(','):
                    n = numbered(x)
                    if n:
                        std.add(n)
                        if k == 'kTGHZ2013' and n not in tghz:
                            tghz.append(n)
        # kMandarin's reading is sometimes Taiwan's (甚 shen2, 著 zhe):
        # where 通用规范汉字表 does not have it, its most frequent reading
        # in kHanyuPinlu (else its first) is the default.
        if tghz and rd[0] not in tghz:
            count = {}
            for x in d.get('kHanyuPinlu', '').split():
                n = numbered(x.split('(')[0])
                if n:
                    count[n] = int(x.split('(')[1].rstrip(')'))
            pick = max(tghz, key=lambda r: (count.get(r, 0), -tghz.index(r)))
            if pick in rd:
                rd.remove(pick)
            rd.insert(0, pick)
        if std:
            # kMandarin has 子 zi (neutral) where the standards have only
            # zǐ: terra, minimised against zi3, agrees (电子 dian4 zi3).
            if rd[0][-1] == '5' and rd[0] not in std:
                same = [r for r in rd if r in std and r[:-1] == rd[0][:-1]]
                if same:
                    rd.remove(same[0])
                    rd.insert(0, same[0])
            std.add(rd[0])
            mainland[chr(cp)] = std
    return chars, mainland


def load_jieba():
    words = {}
    with open(JIEBA, encoding='utf-8') as f:
        for line in f:
            p = line.split()
            if len(p) >= 2 and p[1].isdigit():
                words[p[0]] = int(p[1])
    return words


def fix_syllable(ch, syl):
    if ch == '一' and syl.startswith('yi'):
        return 'yi1'
    if ch == '不' and syl.startswith('bu'):
        return 'bu4'
    if syl == 'r5':
        return 'er5'
    return syl


def mainland_syllable(c, t, syl, chars, mainland):
    """syl if it is a mainland reading of c (or its neutral tone), else
    the mainland reading with the same letters (one the Traditional
    character t has first: 頭髮 tou2 fa3 -> 头发 tou2 fa4), else c's
    default."""
    std = mainland.get(c)
    if not std or syl in std:
        return syl
    base = syl[:-1]
    same = [r for r in chars[c] if r in std and r[:-1] == base]
    same.sort(key=lambda r: r not in chars.get(t, ()))
    if syl[-1] == '5' and same:
        return syl
    return same[0] if same else chars[c][0]


def load_terra(chars, mainland):
    trad, pys, weights, singles = [], [], [], {}
    body = False
    with open(TERRA, encoding='utf-8') as f:
        for line in f:
            if not body:
                body = line.startswith('...')
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) >= 2 and len(p[0]) == 1 and p[0] not in chars and \
                    SYL.match(p[1]):
                singles.setdefault(p[0], []).append(p[1])   # 〇 ling2
                continue
            if len(p) < 2 or len(p[0]) < 2 or len(p[0]) > MAXLEN:
                continue
            syls = p[1].split()
            if len(syls) != len(p[0]) or not all(SYL.match(s) for s in syls):
                continue
            w = 100.0
            if len(p) >= 3 and p[2].strip():
                try:
                    w = float(p[2].strip().rstrip('%'))
                except ValueError:
                    pass
            trad.append(p[0])
            pys.append(syls)
            weights.append(w)
    # Characters Unihan has no reading for (〇 is not a unified
    # ideograph): terra's readings.
    chars.update(singles)
    try:
        r = subprocess.run(['opencc', '-c', 't2s.json'],
                           input='\n'.join(trad) + '\n', capture_output=True,
                           text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as ex:
        die('opencc (Debian package opencc) failed: %s' % ex)
    simp = r.stdout.split('\n')
    if len(simp) < len(trad):
        die('opencc returned %d lines for %d' % (len(simp), len(trad)))
    # Where terra has several readings of a phrase: the highest weight;
    # then the one with fewest syllables outside the mainland standard;
    # then the one with more neutral tones (terra lists 朋友 peng2 you3
    # before peng2 you5, 现代汉语词典 has péngyou) that the spoken corpus
    # of kHanyuPinlu has for the character (学习 xi2, not xi5); then
    # terra's order.
    best = {}
    for i, (s, syls, w) in enumerate(zip(simp, pys, weights)):
        if len(s) != len(syls) or not all(c in chars for c in s):
            continue
        out, foreign = [], 0
        for c, t, y in zip(s, trad[i], syls):
            y = fix_syllable(c, y)
            m = mainland_syllable(c, t, y, chars, mainland)
            foreign += m != y
            out.append(m)
        neutral = sum(1 for c, y in zip(s, out) if y[-1] == '5' and
                      (c not in pinlu or y in pinlu[c]))
        key = (-w, foreign, -neutral, i)
        if s not in best or key < best[s][1]:
            best[s] = (' '.join(out), key)
    return {k: v[0] for k, v in best.items()}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else 'tables/generated'
    for path in (JIEBA, UNIHAN, TERRA):
        if not os.path.exists(path):
            die('%s is missing (make deps installs it)' % path)
    chars, mainland = load_unihan()
    jieba = load_jieba()
    terra = load_terra(chars, mainland)

    # Segmentation frequencies: jieba's; terra's phrases that jieba lacks
    # get jieba's own "suggest_freq": just above the probability of the
    # best split of the phrase into jieba words, so the phrase wins over
    # its own pieces and stays modest.
    total = sum(jieba.values())
    logtotal = math.log(total)

    def best_split_logp(w):
        n = len(w)
        route = [0.0] * (n + 1)
        for i in range(n - 1, -1, -1):
            b = None
            for j in range(i + 1, n + 1):
                f = jieba.get(w[i:j], 0)
                if f <= 0 and j > i + 1:
                    continue
                v = math.log(f or 1) - logtotal + route[j]
                if b is None or v > b:
                    b = v
            route[i] = b
        return route[0]

    freq = dict(jieba)
    for w in terra:
        if w not in freq:
            freq[w] = max(1, int(math.exp(best_split_logp(w) + logtotal)) + 1)
    freq = {w: f for w, f in freq.items()
            if 0 < len(w) <= MAXLEN and all(c in chars for c in w)}
    total = sum(freq.values())
    logtotal = math.log(total)

    def reading(w):
        """(pinyin, flags) of a word of 2+ characters."""
        if w in terra:
            return terra[w], F_PYDICT
        out, i, part = [], 0, False
        while i < len(w):
            for j in range(min(len(w), i + MAXLEN), i + 1, -1):
                if j - i < len(w) and w[i:j] in terra:
                    out.append(terra[w[i:j]])
                    part = True
                    i = j
                    break
            else:
                # No word starts with a neutral tone: 地委 di4, not de5.
                rd = chars[w[i]]
                toned = [r for r in rd if r[-1] != '5']
                out.append(toned[0] if i == 0 and rd[0][-1] == '5' and toned
                           else rd[0])
                i += 1
        return ' '.join(out), (F_PYPART if part else 0)

    # Entries: every word, every prefix of a word, every character.
    ent = {}      # key -> [py, logp, flags, nread]
    for w, f in freq.items():
        e = ent.setdefault(w, ['', 0.0, 0, 0])
        e[1] = math.log(f) - logtotal
        e[2] |= F_WORD
        if len(w) > 1:
            py, fl = reading(w)
            e[0] = py
            e[2] |= fl
        for k in range(1, len(w)):
            ent.setdefault(w[:k], ['', 0.0, 0, 0])[2] |= F_PREFIX
    for c, rd in chars.items():
        e = ent.setdefault(c, ['', 0.0, 0, 0])
        e[0] = ' '.join(rd)
        e[2] |= F_CHAR
        e[3] = min(len(rd), 255)

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'chars.tsv.tmp'), 'w', encoding='utf-8') as f:
        for c in sorted(chars):
            f.write('%s\t%s\n' % (c, ' '.join(chars[c])))
    with open(os.path.join(outdir, 'words.tsv.tmp'), 'w', encoding='utf-8') as f:
        for w in sorted(freq):
            py = ent[w][0] if len(w) > 1 else chars[w][0]
            fl = ent[w][2]
            src = ('dict' if fl & F_PYDICT else 'part' if fl & F_PYPART
                   else 'char')
            f.write('%s\t%d\t%s\t%s\n' % (w, freq[w], py, src))

    # The hash table.
    nslots = 1
    while nslots < len(ent) * 5 // 3:
        nslots *= 2
    mask = nslots - 1
    pool = bytearray(b'\0')
    strings = {}

    def intern(s):
        if not s:
            return 0
        off = strings.get(s)
        if off is None:
            off = strings[s] = len(pool)
            pool.extend(s.encode('utf-8') + b'\0')
        return off

    slots = [None] * nslots
    for key, (py, logp, flags, nread) in ent.items():
        kb = key.encode('utf-8')
        h = 0x811C9DC5
        for b in kb:
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        i = h & mask
        while slots[i] is not None:
            i = (i + 1) & mask
        inline = kb if len(kb) <= 16 else struct.pack('<I', intern(key))
        slots[i] = struct.pack('<IIfHBB16s', h, intern(py), logp, flags,
                               nread, len(kb), inline)
    empty = bytes(32)
    slotbytes = b''.join(s if s is not None else empty for s in slots)
    bitmap = bytearray(0x40000 // 8)
    for c in chars:
        cp = ord(c)
        if cp < 0x40000:
            bitmap[cp >> 3] |= 1 << (cp & 7)
    while len(pool) % 4:
        pool.append(0)
    off_slots = 64
    off_pool = off_slots + len(slotbytes)
    off_bitmap = off_pool + len(pool)
    maxlen = max(len(w) for w in freq)
    floor = 0.0 - logtotal          # log(1/total), jieba's unknown char
    head = struct.pack('<8sIIIffIIIIII', b'DVZHDIC3', nslots, len(ent), maxlen,
                       logtotal, floor, off_slots, off_pool, len(pool),
                       off_bitmap, len(bitmap), 0x01020304)
    head += bytes(64 - len(head))
    tmp = os.path.join(outdir, 'zh.dict.tmp')
    with open(tmp, 'wb') as f:
        f.write(head)
        f.write(slotbytes)
        f.write(pool)
        f.write(bitmap)
    os.replace(tmp, os.path.join(outdir, 'zh.dict'))
    os.replace(os.path.join(outdir, 'chars.tsv.tmp'),
               os.path.join(outdir, 'chars.tsv'))
    # words.tsv last: it is the make target.
    os.replace(os.path.join(outdir, 'words.tsv.tmp'),
               os.path.join(outdir, 'words.tsv'))
    sys.stderr.write('gen-zhdata: %d words (%d with terra readings), %d '
                     'characters, %d entries in %d slots\n'
                     % (len(freq), sum(1 for w in freq if w in terra),
                        len(chars), len(ent), nslots))


if __name__ == '__main__':
    main()
