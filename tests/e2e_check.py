#!/usr/bin/env python3
"""e2e_check.py -- independent checks of dotvox braille output, used by
tests/e2e_*.sh.  It re-derives everything from the files themselves
(source text, BRF bytes, PEF XML, the SQLite manifest) and never trusts
one dotvox output to check another without looking at both.

Prints "ok - ..." / "not ok - ..." lines; exits 1 if any check failed.

  e2e_check.py book --json OUT.json --src FILE --outdir DIR --db DB
               [--cols 40] [--rows 25] [--duplex] [--volume-pages 60]
               [--no-count] [--title T] [--author A] [--lang zh|en]
               [--requester R] [--dup-of JOB] [--label L]
  e2e_check.py count FILE            prints "chars han" of a source file
  e2e_check.py json OUT.json         prints the objects, one per line
"""
import argparse
import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET

# North American Braille ASCII: NABCC[dots] is the BRF character of a
# 6-dot cell (bit 0 = dot 1 ... bit 5 = dot 6).
NABCC = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
PEF_NS = "http://www.daisy.org/ns/2008/pef"
DC_NS = "http://purl.org/dc/elements/1.1/"
MARKER_RE = re.compile(r"^\s*(?:-{1,}\s*(\d+)\s*-{1,})\s*$")
AUTHOR_RE = re.compile(r"^\s*(?:作者\s*[：:]\s*|By\s+)(.+?)\s*$")
PAGENUM_RE = re.compile(r"^ *#([A-J]+)$")
PRINTPAGE_RE = re.compile(r"^-+ #([A-J]+)$")


class Checker:
    def __init__(self, label):
        self.label = label
        self.failed = 0

    def check(self, cond, desc, detail=None):
        if cond:
            print("ok - %s: %s" % (self.label, desc))
        else:
            self.failed += 1
            print("not ok - %s: %s" % (self.label, desc))
            if detail is not None:
                for line in str(detail).splitlines()[:20]:
                    print("#   " + line)
        return bool(cond)


def is_han(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF
            or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2EBEF
            or 0x30000 <= cp <= 0x323AF)


def read_source(path):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return raw, text.replace("\r\n", "\n")


def source_facts(path):
    """Title, author, markers and braille character counts of a UTF-8
    source, computed the way the spec defines them: non-white-space code
    points of the source text that goes into braille -- the title line,
    the author named on an author line ("作者：X" / "By X": X is embossed
    on the title page, the "作者：" / "By" is not), headings and
    paragraphs; not page marker lines, not form feeds, not the '#' of
    Markdown headings."""
    raw, text = read_source(path)
    lines = text.split("\n")
    title = author = None
    markers = []
    chars = han = 0
    author_line = ""
    seen = 0
    for line in lines:
        m = MARKER_RE.match(line)
        if m:
            markers.append(int(m.group(1)))
            continue
        if "\f" in line:
            markers.append(None)
            line = line.replace("\f", "")
        stripped = re.sub(r"^\s*#{1,6}\s+", "", line).strip()
        if not stripped:
            continue
        seen += 1
        if seen == 1:
            title = stripped
        elif seen == 2:
            m = AUTHOR_RE.match(stripped)
            if m:
                author = m.group(1)
                author_line = stripped
                stripped = author
        for ch in stripped:
            if ch.isspace():
                continue
            chars += 1
            if is_han(ord(ch)):
                han += 1
    return {"raw": raw, "title": title, "author": author,
            "author_line": author_line, "markers": markers,
            "chars": chars, "han": han}


def parse_json_stream(text):
    objs, dec, i = [], json.JSONDecoder(), 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return objs
        obj, i = dec.raw_decode(text, i)
        objs.append(obj)


def decode_number(letters):
    return int("".join(str((ord(c) - ord("A") + 1) % 10) for c in letters))


def parse_brf(c, name, data, cols, rows):
    """Returns the list of pages (each a list of lines) of a BRF file,
    checking the byte-level format on the way."""
    bad = sorted({b for b in data if not (0x20 <= b <= 0x5F or b in (10, 12, 13))})
    c.check(not bad, "%s: only braille ASCII, CR, LF, FF" % name,
            "bad bytes: %s" % [hex(b) for b in bad[:10]])
    lone = re.search(rb"\r(?!\n)|(?<!\r)\n", data)
    c.check(lone is None, "%s: CR LF line ends" % name,
            lone and "lone CR or LF at byte %d" % lone.start())
    c.check(data.endswith(b"\f"), "%s: ends with a form feed" % name)
    chunks = data.split(b"\f")
    if chunks and chunks[-1] == b"":
        chunks = chunks[:-1]
    pages = []
    long_lines, many_lines, trailing = [], [], []
    for pi, chunk in enumerate(chunks):
        s = chunk.decode("ascii", "replace")
        lines = s.split("\r\n")
        if s.endswith("\r\n") or s == "":
            lines = lines[:-1]
        if len(lines) > rows:
            many_lines.append((pi + 1, len(lines)))
        for li, line in enumerate(lines):
            if len(line) > cols:
                long_lines.append((pi + 1, li + 1, len(line)))
            if line.endswith(" "):
                trailing.append((pi + 1, li + 1))
        pages.append(lines)
    c.check(not long_lines, "%s: every line <= %d cells" % (name, cols),
            "page, line, length: %s" % long_lines[:5])
    c.check(not many_lines, "%s: every page <= %d lines" % (name, rows),
            "page, lines: %s" % many_lines[:5])
    c.check(not trailing, "%s: no trailing blanks" % name,
            "page, line: %s" % trailing[:5])
    return pages


def is_blank(page):
    return all(not line.strip() for line in page)


def page_number(page, cols, rows):
    """The braille page number of a page, or None if it has none."""
    if len(page) != rows:
        return None
    m = PAGENUM_RE.match(page[-1])
    if not m or len(page[-1]) != cols:
        return None
    return decode_number(m.group(1))


def to_unicode(line):
    return "".join(chr(0x2800 + NABCC.index(ch)) for ch in line)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def check_book(a):
    c = Checker(a.label or os.path.basename(a.src))
    cols, rows = a.cols, a.rows
    facts = source_facts(a.src) if not a.no_utf8 else None
    objs = parse_json_stream(open(a.json, encoding="utf-8").read())
    mine = [o for o in objs if o.get("file") == a.src] or objs
    if not c.check(len(mine) == 1, "--json gives one object for the file",
                   "got %d objects" % len(objs)):
        return c
    j = mine[0]
    want_keys = {"file", "status", "duplicate_of", "job", "title",
                 "identifier", "outputs", "braille_characters",
                 "han_characters", "cells", "pages", "sheets", "volumes"}
    c.check(want_keys <= set(j), "JSON has all keys",
            "missing: %s" % sorted(want_keys - set(j)))
    if not c.check(j.get("status") == "done", "JSON status done",
                   json.dumps(j, ensure_ascii=False)):
        return c

    title = a.title or (facts and facts["title"])
    author = a.author if a.author is not None else (facts and facts["author"])
    if title:
        c.check(j.get("title") == title, "JSON title is %r" % title,
                "got %r" % j.get("title"))
    raw = open(a.src, "rb").read()
    ident = "dotvox-" + hashlib.sha256(raw).hexdigest()[:16]
    c.check(j.get("identifier") == ident,
            "identifier is dotvox- + 16 hex of the source sha256",
            "got %r, want %r" % (j.get("identifier"), ident))
    if a.dup_of:
        c.check(j.get("duplicate_of") == a.dup_of,
                "duplicate_of is job %d" % a.dup_of, "got %r" % j.get("duplicate_of"))
    else:
        c.check(j.get("duplicate_of") is None, "duplicate_of is null",
                "got %r" % j.get("duplicate_of"))

    # Output files: named by slug, all listed, all as described.
    outs = j.get("outputs") or []
    paths = [o.get("path", "") for o in outs]
    brfs = [p for p in paths if p.endswith(".brf") and not re.search(r"\.v\d+\.brf$", p)]
    if not c.check(len(brfs) == 1, "outputs list one whole-book .brf", paths):
        return c
    whole_path = brfs[0]
    slug = os.path.basename(whole_path)[:-4]
    c.check(re.fullmatch(r"[a-z0-9-]+", slug) is not None,
            "slug %r is lowercase [a-z0-9-]" % slug)
    if title and not re.fullmatch(r"[\x20-\x7e]+", title):
        c.check(re.fullmatch(r"book-[0-9a-f]{8}", slug) is not None,
                "non-ASCII title gives book-XXXXXXXX slug", slug)
    elif title:
        want = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        c.check(want.startswith(slug) and len(slug) >= min(len(want), 16),
                "ASCII title gives slug from the title", "%r vs %r" % (slug, want))
    nvol = j.get("volumes") or 0
    expect = {slug + ".brf", slug + ".pef", slug + ".braille.txt"}
    expect |= {"%s.v%d.brf" % (slug, i) for i in range(1, nvol + 1)}
    c.check({os.path.basename(p) for p in paths} == expect and len(paths) == len(expect),
            "outputs are S.brf, S.v1..v%d.brf, S.pef, S.braille.txt" % nvol,
            "got %s" % sorted(os.path.basename(p) for p in paths))
    c.check(all(os.path.dirname(os.path.abspath(p)) == os.path.abspath(a.outdir)
                for p in paths), "outputs are in the -o directory", paths)
    ondisk = sorted(f for f in os.listdir(a.outdir) if f.startswith(slug + "."))
    c.check(set(ondisk) == expect, "the -o directory holds exactly these files",
            "on disk: %s" % ondisk)
    tmps = [f for f in os.listdir(a.outdir) if ".tmp." in f]
    c.check(not tmps, "no temp files left in the -o directory", tmps)
    bad = []
    for o in outs:
        p = o.get("path", "")
        if not os.path.isfile(p):
            bad.append("%s: missing" % p)
            continue
        if o.get("bytes") != os.path.getsize(p):
            bad.append("%s: bytes %r != %d" % (p, o.get("bytes"), os.path.getsize(p)))
        if o.get("sha256") != sha256_file(p):
            bad.append("%s: sha256 differs" % p)
        if not o.get("format"):
            bad.append("%s: no format" % p)
    c.check(not bad, "JSON outputs match the files (bytes, sha256)", "\n".join(bad))

    # BRF: whole book and volumes.
    whole = open(whole_path, "rb").read()
    wpages = parse_brf(c, slug + ".brf", whole, cols, rows)
    vols = []
    for i in range(1, nvol + 1):
        p = os.path.join(os.path.dirname(whole_path), "%s.v%d.brf" % (slug, i))
        if not os.path.isfile(p):
            continue
        data = open(p, "rb").read()
        vols.append((data, parse_brf(c, os.path.basename(p), data, cols, rows)))
    c.check(nvol >= 1 and len(vols) == nvol,
            "volume files v1..vN exist, N = volumes figure (%d)" % nvol)
    c.check(b"".join(d for d, _ in vols) == whole,
            "whole-book BRF is the volumes one after another")

    npages = whole.count(b"\f")
    cells = sum(1 for b in whole if b not in b" \r\n\f")
    c.check(j.get("pages") == npages, "JSON pages = form feeds in BRF (%d)" % npages,
            "got %r" % j.get("pages"))
    c.check(j.get("cells") == cells, "JSON cells = non-blank BRF chars (%d)" % cells,
            "got %r" % j.get("cells"))
    vol_sheets = []
    for _, vp in vols:
        vol_sheets.append(math.ceil(len(vp) / 2) if a.duplex else len(vp))
    sheets = sum(vol_sheets)
    c.check(j.get("sheets") == sheets, "JSON sheets = %d" % sheets,
            "got %r (pages per volume %s)" % (j.get("sheets"), [len(v) for _, v in vols]))
    over = [s for s in vol_sheets if s > a.volume_pages]
    c.check(not over, "every volume <= %d sheets" % a.volume_pages,
            "sheets per volume: %s" % vol_sheets)

    # Title pages, page numbers.
    title_first = []
    problems, numbers_all = [], []
    for vi, (_, vp) in enumerate(vols, 1):
        if not vp:
            problems.append("volume %d has no pages" % vi)
            continue
        tp = vp[0]
        if is_blank(tp):
            problems.append("volume %d: title page is blank" % vi)
        if page_number(tp, cols, rows) is not None:
            problems.append("volume %d: title page has a page number" % vi)
        nonblank = [l for l in tp if l.strip()]
        title_first.append(nonblank[0] if nonblank else "")
        nums = []
        for pi, page in enumerate(vp[1:], 2):
            n = page_number(page, cols, rows)
            if n is None:
                if a.duplex and pi == 2 and is_blank(page):
                    continue   # the blank back of the title page
                problems.append("volume %d page %d: no page number on line %d"
                                " (last line %r)" % (vi, pi, rows, page[-1] if page else ""))
                continue
            nums.append(n)
        for x, y in zip(nums, nums[1:]):
            if (y != x + 1) if not a.duplex else (y <= x):
                problems.append("volume %d: page number %d follows %d" % (vi, y, x))
        if nums:
            first = nums[0]
            prev = numbers_all[-1] if numbers_all else None
            if not (first in (1, 2, 3) or (prev is not None and first > prev)):
                problems.append("volume %d: numbering starts at %d" % (vi, first))
        numbers_all.extend(nums)
    c.check(not problems, "title page first in each volume, numbered pages after it",
            "\n".join(problems))
    c.check(len(set(title_first)) <= 1,
            "title pages of all volumes begin with the same line", title_first)

    # Print page indicators.
    pp, ppbad = [], []
    for page in wpages:
        for line in page:
            m = PRINTPAGE_RE.match(line)
            if m:
                pp.append(decode_number(m.group(1)))
                if len(line) != cols:
                    ppbad.append(line)
    if facts is not None:
        want_pp = [m for m in facts["markers"] if m is not None]
        c.check(pp == want_pp, "print page indicators %s" % want_pp, "found %s" % pp)
        c.check(not ppbad, "print page indicators span the line", ppbad[:3])

    # PEF.
    pef_path = os.path.join(os.path.dirname(whole_path), slug + ".pef")
    try:
        root = ET.parse(pef_path).getroot()
    except (ET.ParseError, OSError) as ex:
        c.check(False, "PEF parses", ex)
        root = None
    if root is not None:
        ns = {"p": PEF_NS, "dc": DC_NS}
        meta = root.find("p:head/p:meta", ns)

        def dc(name):
            el = meta.find("dc:" + name, ns) if meta is not None else None
            return el.text if el is not None else None
        if title:
            c.check(dc("title") == title, "PEF dc:title", "got %r" % dc("title"))
        if author:
            c.check(dc("creator") == author, "PEF dc:creator is %r" % author,
                    "got %r" % dc("creator"))
        c.check(dc("identifier") == j.get("identifier"), "PEF dc:identifier",
                "got %r" % dc("identifier"))
        c.check(re.match(r"^\d{4}-\d{2}-\d{2}", dc("date") or "") is not None,
                "PEF dc:date", "got %r" % dc("date"))
        if a.lang:
            c.check((dc("language") or "").lower().startswith(a.lang),
                    "PEF dc:language is %s" % a.lang, "got %r" % dc("language"))
        c.check(dc("format") == "application/x-pef+xml", "PEF dc:format",
                "got %r" % dc("format"))
        pvols = root.findall("p:body/p:volume", ns)
        c.check(len(pvols) == nvol, "PEF has %d <volume>" % nvol, "got %d" % len(pvols))
        attr_bad, row_bad, diff = [], [], []
        for vi, pv in enumerate(pvols):
            if pv.get("cols") != str(cols) or pv.get("rows") != str(rows):
                attr_bad.append("volume %d: cols=%s rows=%s" % (vi + 1, pv.get("cols"), pv.get("rows")))
            if pv.get("duplex") != ("true" if a.duplex else "false"):
                attr_bad.append("volume %d: duplex=%s" % (vi + 1, pv.get("duplex")))
            ppages = pv.findall("p:section/p:page", ns)
            bpages = vols[vi][1] if vi < len(vols) else []
            if len(ppages) != len(bpages):
                diff.append("volume %d: %d PEF pages, %d BRF pages" % (vi + 1, len(ppages), len(bpages)))
                continue
            for pi, (pp_, bp) in enumerate(zip(ppages, bpages)):
                prow = [(r.text or "") for r in pp_.findall("p:row", ns)]
                if len(prow) > rows or any(len(r) > cols for r in prow):
                    row_bad.append("volume %d page %d: %d rows" % (vi + 1, pi + 1, len(prow)))
                if any(not all(0x2800 <= ord(ch) <= 0x28FF for ch in r) for r in prow):
                    row_bad.append("volume %d page %d: non-braille in a row" % (vi + 1, pi + 1))
                norm_p = [r.rstrip("\u2800") for r in prow]
                norm_b = [to_unicode(l).rstrip("\u2800") for l in bp]
                while norm_p and not norm_p[-1]:
                    norm_p.pop()
                while norm_b and not norm_b[-1]:
                    norm_b.pop()
                if norm_p != norm_b and len(diff) < 3:
                    diff.append("volume %d page %d differs" % (vi + 1, pi + 1))
        c.check(not attr_bad, "PEF volume cols/rows/duplex attributes", "\n".join(attr_bad))
        c.check(not row_bad, "PEF rows per page <= %d, cells per row <= %d" % (rows, cols),
                "\n".join(row_bad[:5]))
        c.check(not diff, "PEF pages hold the same cells as the BRF pages", "\n".join(diff))

    # Unicode braille text.
    utxt_path = os.path.join(os.path.dirname(whole_path), slug + ".braille.txt")
    try:
        u = open(utxt_path, "rb").read().decode("utf-8")
        ok = True
    except (OSError, UnicodeDecodeError) as ex:
        c.check(False, "braille.txt is UTF-8", ex)
        ok = False
    if ok:
        odd = sorted({ch for ch in u if not (0x2800 <= ord(ch) <= 0x28FF or ch in "\n\r\f")})
        c.check(not odd, "braille.txt holds only braille, newlines, form feeds",
                [hex(ord(x)) for x in odd[:10]])
        c.check(not any(l.rstrip("\r").endswith("\u2800") for l in u.split("\n")),
                "braille.txt lines have no trailing blank cells")
        useq = "".join(ch for ch in u if 0x2801 <= ord(ch) <= 0x28FF)
        bseq = "".join(chr(0x2800 + NABCC.index(chr(b))) for b in whole
                       if b not in b" \r\n\f" and 0x20 <= b <= 0x5F)
        c.check(useq == bseq, "braille.txt has the BRF's cells in order",
                "%d vs %d cells" % (len(useq), len(bseq)))
        c.check(u.count("\f") in (npages - 1, npages),
                "braille.txt separates its %d pages by form feeds" % npages,
                "%d form feeds" % u.count("\f"))

    # Figures against the source.
    if facts is not None and not a.no_count:
        c.check(j.get("braille_characters") == facts["chars"],
                "JSON braille_characters = %d counted from the source" % facts["chars"],
                "got %r; the author %r counts %d" % (
                    j.get("braille_characters"), facts["author"],
                    sum(1 for ch in facts["author"] or "" if not ch.isspace())))
        c.check(j.get("han_characters") == facts["han"],
                "JSON han_characters = %d" % facts["han"], "got %r" % j.get("han_characters"))

    # Manifest.
    check_manifest(c, a, j, facts, whole, npages, cells, sheets, nvol)
    return c


def check_manifest(c, a, j, facts, whole, npages, cells, sheets, nvol):
    if not c.check(os.path.isfile(a.db), "manifest %s exists" % a.db):
        return
    db = sqlite3.connect(a.db)
    db.row_factory = sqlite3.Row
    try:
        job = db.execute("SELECT * FROM jobs WHERE id = ?", (j.get("job"),)).fetchone()
        if not c.check(job is not None, "jobs has job %r" % j.get("job")):
            return
        c.check(job["status"] == "done", "job status done", "got %r" % job["status"])
        c.check(job["duplicate_of"] == (a.dup_of or None),
                "jobs.duplicate_of is %s" % (a.dup_of or "NULL"),
                "got %r" % job["duplicate_of"])
        if a.requester is not None:
            c.check(job["requester"] == a.requester, "job requester %r" % a.requester,
                    "got %r" % job["requester"])
        f = db.execute("SELECT * FROM figures WHERE job_id = ?", (j.get("job"),)).fetchone()
        if c.check(f is not None, "figures row for the job"):
            if facts is not None and not a.no_count:
                c.check(f["chars"] == facts["chars"], "figures.chars = %d" % facts["chars"],
                        "got %r; the author %r counts %d" % (
                            f["chars"], facts["author"],
                            sum(1 for ch in facts["author"] or "" if not ch.isspace())))
                c.check(f["han"] == facts["han"], "figures.han = %d" % facts["han"],
                        "got %r" % f["han"])
            c.check(f["cells"] == cells, "figures.cells = %d" % cells, "got %r" % f["cells"])
            c.check(f["pages"] == npages, "figures.pages = %d" % npages, "got %r" % f["pages"])
            c.check(f["sheets"] == sheets, "figures.sheets = %d" % sheets, "got %r" % f["sheets"])
            c.check(f["volumes"] == nvol, "figures.volumes = %d" % nvol, "got %r" % f["volumes"])
        rows = db.execute("SELECT path, format, bytes, sha256 FROM outputs WHERE job_id = ?",
                          (j.get("job"),)).fetchall()
        got = sorted((os.path.abspath(r["path"]), r["format"], r["bytes"], r["sha256"]) for r in rows)
        want = sorted((os.path.abspath(o["path"]), o["format"], os.path.getsize(o["path"]),
                       sha256_file(o["path"])) for o in j.get("outputs", [])
                      if os.path.isfile(o.get("path", "")))
        c.check(got == want, "outputs rows match the files",
                "db: %s\nfiles: %s" % (got[:3], want[:3]))
        found = False
        for t in db.execute("SELECT * FROM titles").fetchall():
            if j.get("identifier") in tuple(t):
                found = True
        c.check(found, "titles has the identifier")
    except sqlite3.Error as ex:
        c.check(False, "manifest query", ex)
    finally:
        db.close()


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("book")
    b.add_argument("--json", required=True)
    b.add_argument("--src", required=True)
    b.add_argument("--outdir", required=True)
    b.add_argument("--db", required=True)
    b.add_argument("--cols", type=int, default=40)
    b.add_argument("--rows", type=int, default=25)
    b.add_argument("--duplex", action="store_true")
    b.add_argument("--volume-pages", type=int, default=60)
    b.add_argument("--no-count", action="store_true")
    b.add_argument("--no-utf8", action="store_true",
                   help="source is not UTF-8: skip source-derived checks")
    b.add_argument("--title")
    b.add_argument("--author")
    b.add_argument("--lang")
    b.add_argument("--requester")
    b.add_argument("--dup-of", type=int, default=0,
                   help="the job this one must be a duplicate of")
    b.add_argument("--label")
    cnt = sub.add_parser("count")
    cnt.add_argument("file")
    js = sub.add_parser("json")
    js.add_argument("file")
    a = ap.parse_args()
    if a.cmd == "count":
        f = source_facts(a.file)
        print(f["chars"], f["han"])
        return 0
    if a.cmd == "json":
        for o in parse_json_stream(open(a.file, encoding="utf-8").read()):
            print(json.dumps(o, ensure_ascii=False))
        return 0
    c = check_book(a)
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
