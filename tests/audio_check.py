#!/usr/bin/env python3
"""Independent checks of dotvox audiobooks, for tests/e2e_audio.sh.

Decodes every MP3 with the mpg123 program (gapless, as players do) and
reads the PCM with the wave module; measures integrated loudness with an
ITU-R BS.1770-4 implementation of its own (K-weighting computed for the
file's sample rate, 400 ms blocks, absolute and relative gates) and the
true peak with libebur128 (4x oversampling); reads ID3 tags with
mutagen.  Nothing here trusts a figure dotvox printed without measuring
it.  Prints "ok - ..." / "not ok - ..." lines; exits 1 if any failed.

  audio_check.py book RUN.json DB --titles 'T1|T2|..' --album A --author P
                 --lang chi [--master wav] [--loudness]
  audio_check.py single RUN.json --titles 'T1|T2|..' --album A
  audio_check.py script DIR [--mixed] [--pure]
  audio_check.py same DIR1 DIR2
  audio_check.py pcm FILE.mp3          (prints decoded seconds)
  audio_check.py lufs FILE.mp3         (prints integrated LUFS, dBTP)
"""
import argparse
import array
import ctypes
import ctypes.util
import hashlib
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import wave

try:
    import mutagen.id3
    import mutagen.mp3
except ImportError:  # pyenv's python3 does not see Debian's python3-mutagen
    sys.path.append("/usr/lib/python3/dist-packages")
    import mutagen.id3
    import mutagen.mp3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_check import parse_json_stream  # noqa: E402

FAILS = 0


def check(cond, desc, detail=None):
    global FAILS
    if cond:
        print("ok - " + desc)
    else:
        FAILS += 1
        print("not ok - " + desc)
        if detail is not None:
            for line in str(detail).splitlines()[:8]:
                print("#   " + line)
    return cond


# ---------------------------------------------------------------- decoding

def decode(mp3, keep_wav=None):
    """(rate, channels, samples as array('h')) decoded by mpg123."""
    fd, tmp = tempfile.mkstemp(suffix=".wav")
    os.close(fd)
    try:
        p = subprocess.run(["mpg123", "-q", "-w", tmp, mp3],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise RuntimeError("mpg123 failed on %s: %s"
                               % (mp3, p.stderr.decode(errors="replace")))
        return read_wav(tmp)
    finally:
        os.unlink(tmp)


def read_wav(path):
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise RuntimeError("%s: %d-byte samples" % (path, w.getsampwidth()))
        rate, ch = w.getframerate(), w.getnchannels()
        a = array.array("h")
        a.frombytes(w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        a.byteswap()
    return rate, ch, a


def peak_dbfs(a, lo, hi):
    seg = a[lo:hi]
    m = max((abs(x) for x in seg), default=0)
    return -200.0 if m == 0 else 20 * math.log10(m / 32768.0)


def rms_dbfs(a, lo=0, hi=None):
    seg = a[lo:hi]
    if not seg:
        return -200.0
    ms = sum(x * x for x in seg) / len(seg)
    return -200.0 if ms == 0 else 10 * math.log10(ms / 32768.0 ** 2)


# ---------------------------------------------------------------- BS.1770

def biquad_highshelf(fs, G=3.99984385397, Q=0.7071752369554193,
                     fc=1681.9744509555319):
    # The BS.1770 pre-filter (stage 1) as an RBJ high shelf, parameters
    # fitted to the standard's 48 kHz coefficients (pyloudnorm's method),
    # so the filter is right at any sample rate.
    A = 10 ** (G / 40.0)
    w0 = 2 * math.pi * fc / fs
    c, alpha = math.cos(w0), math.sin(w0) / (2 * Q)
    sa = 2 * math.sqrt(A) * alpha
    b0 = A * ((A + 1) + (A - 1) * c + sa)
    b1 = -2 * A * ((A - 1) + (A + 1) * c)
    b2 = A * ((A + 1) + (A - 1) * c - sa)
    a0 = (A + 1) - (A - 1) * c + sa
    a1 = 2 * ((A - 1) - (A + 1) * c)
    a2 = (A + 1) - (A - 1) * c - sa
    return (b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0)


def biquad_highpass(fs, Q=0.5003270373253953, fc=38.13547087613982):
    # Stage 2, the RLB high pass.
    w0 = 2 * math.pi * fc / fs
    c, alpha = math.cos(w0), math.sin(w0) / (2 * Q)
    b0, b1, b2 = (1 + c) / 2, -(1 + c), (1 + c) / 2
    a0, a1, a2 = 1 + alpha, -2 * c, 1 - alpha
    return (b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0)


def k_weighted_squares(samples, fs):
    """The squared K-weighted signal (mono), as a list of floats."""
    b0, b1, b2, a1, a2 = biquad_highshelf(fs)
    c0, c1, c2, d1, d2 = biquad_highpass(fs)
    x1 = x2 = y1 = y2 = z1 = z2 = 0.0
    out = [0.0] * len(samples)
    k = 1.0 / 32768.0
    for i, s in enumerate(samples):
        x = s * k
        y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1 = x1, x
        z = c0 * y + c1 * y1 + c2 * y2 - d1 * z1 - d2 * z2
        y2, y1 = y1, y
        z2, z1 = z1, z
        out[i] = z * z
    return out


def integrated_lufs(samples, fs):
    sq = k_weighted_squares(samples, fs)
    # prefix sums make each 400 ms block's mean square O(1)
    pre = [0.0] * (len(sq) + 1)
    acc = 0.0
    for i, v in enumerate(sq):
        acc += v
        pre[i + 1] = acc
    blk, step = int(round(0.4 * fs)), int(round(0.1 * fs))
    z = []
    j = 0
    while j + blk <= len(sq):
        z.append((pre[j + blk] - pre[j]) / blk)
        j += step
    lk = lambda m: -0.691 + 10 * math.log10(m) if m > 0 else -200.0
    gated = [m for m in z if lk(m) > -70.0]
    if not gated:
        return -200.0
    rel = lk(sum(gated) / len(gated)) - 10.0
    gated = [m for m in gated if lk(m) > rel]
    if not gated:
        return -200.0
    return lk(sum(gated) / len(gated))


_EBUR = None


def ebur128():
    global _EBUR
    if _EBUR is None:
        name = ctypes.util.find_library("ebur128") or "libebur128.so.1"
        lib = ctypes.CDLL(name)
        lib.ebur128_init.restype = ctypes.c_void_p
        lib.ebur128_init.argtypes = [ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        lib.ebur128_add_frames_short.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_short), ctypes.c_size_t]
        lib.ebur128_true_peak.argtypes = [
            ctypes.c_void_p, ctypes.c_uint, ctypes.POINTER(ctypes.c_double)]
        lib.ebur128_loudness_global.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_double)]
        lib.ebur128_destroy.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
        _EBUR = lib
    return _EBUR


def ebur128_measure(samples, fs):
    """(integrated LUFS, true peak dBTP) from libebur128."""
    lib = ebur128()
    MODE_I, MODE_TRUE_PEAK = 5, 0x31
    st = ctypes.c_void_p(lib.ebur128_init(1, fs, MODE_I | MODE_TRUE_PEAK))
    if not st.value:
        raise RuntimeError("ebur128_init failed")
    buf = (ctypes.c_short * len(samples)).from_buffer(samples)
    lib.ebur128_add_frames_short(st, buf, len(samples))
    lufs, tp = ctypes.c_double(), ctypes.c_double()
    lib.ebur128_loudness_global(st, ctypes.byref(lufs))
    lib.ebur128_true_peak(st, 0, ctypes.byref(tp))
    del buf
    lib.ebur128_destroy(ctypes.byref(st))
    dbtp = -200.0 if tp.value <= 0 else 20 * math.log10(tp.value)
    return lufs.value, dbtp


# ---------------------------------------------------------------- helpers

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 16), b""):
            h.update(b)
    return h.hexdigest()


def frame_rates(mp3):
    """Walks the MPEG audio frames after the ID3v2 tag: bit rates (kbps),
    sample rates, whether all are mono, whether sync held to the end."""
    d = open(mp3, "rb").read()
    i = 0
    if d[:3] == b"ID3":
        i = 10 + ((d[6] << 21) | (d[7] << 14) | (d[8] << 7) | d[9])
    v1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    v2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
    srs = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}
    rates, sr, mono, ok = [], set(), True, True
    while i + 4 <= len(d):
        h = int.from_bytes(d[i:i + 4], "big")
        ver, layer, bri, sri = (h >> 19) & 3, (h >> 17) & 3, (h >> 12) & 15, (h >> 10) & 3
        if (h >> 21) != 0x7FF or ver == 1 or layer != 1 or bri in (0, 15) or sri == 3:
            ok = d[i:i + 3] == b"TAG" or d[i:i + 4] == b"APET"   # trailing tags only
            break
        br = (v1 if ver == 3 else v2)[bri]
        rate = srs[ver][sri]
        size = (144 if ver == 3 else 72) * br * 1000 // rate + ((h >> 9) & 1)
        rates.append(br)
        sr.add(rate)
        mono = mono and ((h >> 6) & 3) == 3
        i += size
    return {"rates": rates, "sr": sr, "mono": mono, "ok": ok}


def load_run(path):
    objs = parse_json_stream(open(path, encoding="utf-8").read())
    if not objs:
        raise RuntimeError("%s: no JSON object" % path)
    return objs[0]


def text_of(frame):
    return "" if frame is None else str(frame.text[0]) if frame.text else ""


def check_tags(name, mp3, title, album, author, trck, lang):
    try:
        tags = mutagen.id3.ID3(mp3)
    except Exception as ex:  # noqa: BLE001
        check(False, "%s: ID3 tag readable" % name, ex)
        return
    check(tags.version[:2] == (2, 4), "%s: ID3v2.4 (got %s)" % (name, tags.version))
    want = {"TIT2": title, "TALB": album, "TPE1": author, "TRCK": trck,
            "TCON": "Audiobook", "TLAN": lang}
    for fid, exp in want.items():
        if exp is None:
            continue
        f = tags.get(fid)
        got = text_of(f)
        ok = got in exp if isinstance(exp, tuple) else got == exp
        check(ok, "%s: %s is %r" % (name, fid, exp), "got %r" % got)
        if fid in ("TIT2", "TALB", "TPE1") and f is not None:
            check(f.encoding == mutagen.id3.Encoding.UTF16,
                  "%s: %s is UTF-16 (encoding 1)" % (name, fid),
                  "encoding %r" % f.encoding)


# ---------------------------------------------------------------- commands

def cmd_book(a):
    run = load_run(a.json)
    titles = a.titles.split("|")
    n = len(titles)
    check(run.get("kind") == "audio", "JSON kind is audio", run.get("kind"))
    check(run.get("tracks") == n, "JSON tracks = %d" % n, run.get("tracks"))
    outs = run.get("outputs", [])
    mp3s = [o["path"] for o in outs if o.get("format") == "mp3"]
    check(len(mp3s) == n, "%d MP3 outputs" % n, mp3s)
    for o in outs:
        for k in ("path", "format", "bytes", "sha256"):
            if k not in o:
                check(False, "output has %s" % k, o)
    db = sqlite3.connect(a.db)
    job = run.get("job")
    row = db.execute("SELECT seconds, tracks, bytes, voice, bitrate FROM audio"
                     " WHERE job_id=?", (job,)).fetchone()
    if not check(row is not None, "manifest audio row for job %s" % job):
        return
    seconds, tracks, abytes, voice, bitrate = row
    check(tracks == n, "manifest audio.tracks = %d" % n, tracks)
    check(bitrate == 48, "manifest audio.bitrate = 48", bitrate)
    check(abs(run.get("audio_seconds", -1) - seconds) < 0.01,
          "JSON audio_seconds = manifest audio.seconds",
          (run.get("audio_seconds"), seconds))
    st = db.execute("SELECT status FROM jobs WHERE id=?", (job,)).fetchone()
    check(st and st[0] == "done", "job %s done" % job, st)
    mouts = db.execute("SELECT path, format, bytes, sha256 FROM outputs WHERE"
                       " job_id=? ORDER BY id", (job,)).fetchall()
    check(len(mouts) == len(outs), "manifest lists every output (%d)" % len(outs),
          len(mouts))
    bad = []
    for p, fmt, b, h in mouts:
        if not os.path.isfile(p):
            bad.append("missing " + p)
        elif os.path.getsize(p) != b or sha256(p) != h:
            bad.append("bytes/sha256 differ: " + p)
    check(not bad, "manifest bytes and sha256 match every output file", "\n".join(bad))
    mp3_bytes = sum(b for p, fmt, b, h in mouts if fmt == "mp3")
    check(abytes == mp3_bytes, "manifest audio.bytes = sum of MP3 sizes",
          (abytes, mp3_bytes))

    total = 0.0
    durs = []
    for i, mp3 in enumerate(mp3s):
        name = "track %d (%s)" % (i + 1, os.path.basename(mp3))
        rate, ch, pcm = decode(mp3)
        dur = len(pcm) / float(rate * ch)
        durs.append(dur)
        total += dur
        check(rate == 22050 and ch == 1, "%s: 22050 Hz mono" % name, (rate, ch))
        info = mutagen.mp3.MP3(mp3).info
        fr = frame_rates(mp3)
        # the first frame may be larger: it carries LAME's info tag
        check(fr["rates"][1:] and set(fr["rates"][1:]) == {48} and fr["mono"]
              and fr["sr"] == {22050} and fr["ok"],
              "%s: every audio frame 48 kbps, mono, 22050 Hz (%d frames)"
              % (name, len(fr["rates"])),
              "rates %s, rate %s, mono %s, sync %s" % (sorted(set(fr["rates"])),
                                                       fr["sr"], fr["mono"], fr["ok"]))
        check(abs(info.length - dur) <= 0.1,
              "%s: decoded length %.2f s within 0.1 s of the header's %.2f s"
              % (name, dur, info.length))
        loud = rms_dbfs(pcm, int(0.5 * rate), len(pcm) - rate)
        check(loud > -35, "%s: not silent (RMS %.1f dBFS)" % (name, loud))
        head = peak_dbfs(pcm, 0, int(0.45 * rate))
        tail = peak_dbfs(pcm, len(pcm) - int(0.9 * rate), len(pcm))
        check(head < -50, "%s: first 0.45 s near-silent (peak %.1f dBFS)" % (name, head))
        check(tail < -50, "%s: last 0.9 s near-silent (peak %.1f dBFS)" % (name, tail))
        # speech must start soon after the 0.5 s lead-in and end about 1 s
        # before the end: the silence is what was asked for, not more
        first = next((k for k, x in enumerate(pcm) if abs(x) > 328), len(pcm))
        last = next((k for k in range(len(pcm) - 1, -1, -1) if abs(pcm[k]) > 328), 0)
        check(0.45 <= first / rate <= 1.0,
              "%s: sound starts at %.2f s (0.5 s lead-in)" % (name, first / rate))
        check(0.9 <= dur - last / rate <= 1.6,
              "%s: sound ends %.2f s before the end (1 s tail)"
              % (name, dur - last / rate))
        if a.loudness:
            lufs = integrated_lufs(pcm, rate)
            e_lufs, tp = ebur128_measure(pcm, rate)
            check(abs(lufs - e_lufs) < 0.3,
                  "%s: our BS.1770 (%.2f) agrees with libebur128 (%.2f)"
                  % (name, lufs, e_lufs))
            check(abs(lufs - a.target) <= 1.0,
                  "%s: integrated loudness %.2f LUFS (target %.0f +- 1)"
                  % (name, lufs, a.target))
            check(tp <= -1.0 + 0.1, "%s: true peak %.2f dBTP <= -1" % (name, tp))
        check_tags(name, mp3, titles[i], a.album, a.author,
                   "%d/%d" % (i + 1, n), (a.lang,) if a.lang != "chi" else ("chi", "zho"))
        if a.master:
            m = mp3[:-4] + "." + a.master
            if check(os.path.isfile(m), "%s: master %s beside it" % (name, os.path.basename(m))):
                if a.master == "wav":
                    r2, c2, p2 = read_wav(m)
                    d2 = len(p2) / float(r2 * c2)
                    check(abs(d2 - dur) <= 0.1,
                          "%s: WAV master %.2f s, MP3 %.2f s" % (name, d2, dur))
                    check(any(o["path"] == m for o in outs),
                          "%s: master listed in outputs" % name)
    check(abs(total - seconds) <= 0.5,
          "sum of decoded durations %.2f s = manifest audio.seconds %.2f s (+-0.5)"
          % (total, seconds))
    # playlist
    m3u = [o["path"] for o in outs if o.get("format") == "m3u8"]
    if check(len(m3u) == 1, "one M3U8 output", m3u):
        lines = open(m3u[0], encoding="utf-8").read().splitlines()
        check(lines[:1] == ["#EXTM3U"], "M3U8 starts with #EXTM3U", lines[:1])
        entries, ext = [], []
        for ln in lines:
            if ln.startswith("#EXTINF:"):
                ext.append(float(ln[8:].split(",")[0]))
            elif ln and not ln.startswith("#"):
                entries.append(ln)
        check(entries == [os.path.basename(p) for p in mp3s],
              "M3U8 lists the MP3s in order", entries)
        check(len(ext) == n and all(abs(e - d) <= 1.0 for e, d in zip(ext, durs)),
              "M3U8 #EXTINF durations match the decoded ones (+-1 s)",
              (ext, ["%.2f" % d for d in durs]))
    print("# audio seconds %.3f" % total)


def cmd_single(a):
    run = load_run(a.json)
    titles = a.titles.split("|")
    mp3s = [o["path"] for o in run.get("outputs", []) if o.get("format") == "mp3"]
    if not check(len(mp3s) == 1, "--single: one MP3", mp3s):
        return
    mp3 = mp3s[0]
    slug = os.path.basename(os.path.dirname(mp3))
    check(os.path.basename(mp3) == slug + ".mp3", "--single: named SLUG/SLUG.mp3", mp3)
    rate, ch, pcm = decode(mp3)
    dur = len(pcm) / float(rate)
    check(abs(dur - run.get("audio_seconds", 0)) <= 0.5,
          "--single: decoded %.2f s = audio_seconds %.2f" % (dur, run.get("audio_seconds", 0)))
    tags = mutagen.id3.ID3(mp3)
    chaps = sorted(tags.getall("CHAP"), key=lambda f: f.start_time)
    check(len(chaps) == len(titles), "--single: %d CHAP frames" % len(titles), len(chaps))
    starts = [c.start_time for c in chaps]
    check(all(x < y for x, y in zip(starts, starts[1:])) and starts[:1] == [0],
          "--single: CHAP start times increase from 0", starts)
    check(all(c.end_time > c.start_time for c in chaps)
          and all(abs(c.end_time - d.start_time) <= 1 for c, d in zip(chaps, chaps[1:])),
          "--single: each chapter ends where the next starts",
          [(c.start_time, c.end_time) for c in chaps])
    if chaps:
        check(abs(chaps[-1].end_time / 1000.0 - dur) <= 0.5,
              "--single: last chapter ends at the end (%.2f s vs %.2f s)"
              % (chaps[-1].end_time / 1000.0, dur))
    got = [text_of(c.sub_frames.get("TIT2")) for c in chaps]
    check(got == titles, "--single: chapter titles", got)
    ctoc = tags.getall("CTOC")
    if check(len(ctoc) == 1, "--single: one CTOC frame", len(ctoc)):
        c = ctoc[0]
        check(c.flags & mutagen.id3.CTOCFlags.TOP_LEVEL and c.flags & mutagen.id3.CTOCFlags.ORDERED,
              "--single: CTOC top-level and ordered", c.flags)
        check(list(c.child_element_ids) == [x.element_id for x in chaps],
              "--single: CTOC lists the chapters in order")
    check(text_of(tags.get("TALB")) == a.album, "--single: TALB", text_of(tags.get("TALB")))


HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def read_scripts(d):
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".script.txt"))
    lines = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            body = fh.read().splitlines()
        check(body[:1] and body[0].startswith("#"), "%s: '#' header line" % os.path.basename(f))
        for ln in body[1:]:
            if ln:
                lines.append((os.path.basename(f), ln))
    return files, lines


def cmd_script(a):
    files, lines = read_scripts(a.dir)
    check(len(files) >= 1, "script files written (%d)" % len(files))
    bad = [ln for f, ln in lines if len(ln.split("\t")) != 2
           or (ln.split("\t")[0] == "pause" and not ln.split("\t")[1].isdigit())]
    check(not bad, "every script line is VOICE<TAB>TEXT or pause<TAB>MS", "\n".join(bad[:5]))
    segs = [ln.split("\t", 1) for f, ln in lines if "\t" in ln]
    pin = [t for v, t in segs if v == "cmn-latn-pinyin"]
    check(len(pin) > 0, "cmn-latn-pinyin lines present (%d)" % len(pin))
    han = [t for t in pin if HAN.search(t)]
    check(not han, "no Han character given to cmn-latn-pinyin", "\n".join(han[:5]))
    other = [v for v, t in segs if v not in ("pause", "cmn-latn-pinyin", "en-us")]
    check(not other, "only voices cmn-latn-pinyin and en-us (and pauses)", other[:5])
    if a.pure:
        # eSpeak NG itself says which words it falls back to English for
        bad = []
        for t in pin:
            p = subprocess.run(["espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", t],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            out = p.stdout.decode("utf-8", "replace")
            if p.returncode != 0 or "(en)" in out:
                bad.append("%s -> %s" % (t, out.strip()))
        check(not bad, "espeak-ng reads every pinyin line without switching to English"
              " (%d lines)" % len(pin), "\n".join(bad[:5]))
        latin = [t for v, t in segs if v != "pause" and re.search("[A-Za-z]", t)
                 and v != "cmn-latn-pinyin"]
        check(not latin, "pure Chinese: nothing given to another voice", latin[:5])
    if a.mixed:
        for w in ("PDF", "MP3"):
            voices = {v for v, t in segs if re.search(r"\b%s\b" % w, t)}
            check(voices == {"en-us"}, "%s only in en-us lines" % w, voices)


def cmd_same(a):
    def mp3s(d):
        return sorted(f for f in os.listdir(d) if f.endswith(".mp3"))
    m1, m2 = mp3s(a.dir1), mp3s(a.dir2)
    check(m1 == m2 and m1, "same MP3 file names", (m1, m2))
    diff = [f for f in m1 if f in m2 and sha256(os.path.join(a.dir1, f))
            != sha256(os.path.join(a.dir2, f))]
    check(not diff, "-j1 and -j2 MP3s are byte-identical", diff)
    pdiff = [f for f in diff if decode(os.path.join(a.dir1, f))[2]
             != decode(os.path.join(a.dir2, f))[2]]
    check(not pdiff, "-j1 and -j2 decoded PCM identical", pdiff)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("book")
    b.add_argument("json")
    b.add_argument("db")
    b.add_argument("--titles", required=True)
    b.add_argument("--album", required=True)
    b.add_argument("--author")
    b.add_argument("--lang", default="chi")
    b.add_argument("--master")
    b.add_argument("--loudness", action="store_true")
    b.add_argument("--target", type=float, default=-18.0)
    s = sub.add_parser("single")
    s.add_argument("json")
    s.add_argument("--titles", required=True)
    s.add_argument("--album", required=True)
    c = sub.add_parser("script")
    c.add_argument("dir")
    c.add_argument("--mixed", action="store_true")
    c.add_argument("--pure", action="store_true")
    m = sub.add_parser("same")
    m.add_argument("dir1")
    m.add_argument("dir2")
    p = sub.add_parser("pcm")
    p.add_argument("mp3")
    lf = sub.add_parser("lufs")
    lf.add_argument("mp3")
    a = ap.parse_args()
    if a.cmd == "pcm":
        rate, ch, pcm = decode(a.mp3)
        print("%.3f" % (len(pcm) / float(rate * ch)))
        return 0
    if a.cmd == "lufs":
        rate, ch, pcm = decode(a.mp3)
        print("%.2f %.2f %s" % (integrated_lufs(pcm, rate), *ebur128_measure(pcm, rate)))
        return 0
    {"book": cmd_book, "single": cmd_single, "script": cmd_script,
     "same": cmd_same}[a.cmd](a)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
