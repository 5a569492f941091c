#!/usr/bin/env python3
"""batch_check.py -- generator and independent checks for the batch queue,
used by tests/e2e_batch.sh and bench/run.sh.  Everything is re-derived from
the sources, the files under the output folder and the SQLite manifest.

Prints "ok - ..." / "not ok - ..." lines; exits 1 if any check failed.

  batch_check.py gen DIR N [--min KB] [--max KB] [--seed S] [--zh-only]
                 [--en-only] [--md] [--prefix P]
        N titles, mixed Chinese and English, each with a unique title line
  batch_check.py waitdone DB N TIMEOUT
        polls the manifest until N jobs are done; exit 1 on timeout
  batch_check.py counts DB      prints "queued running done failed"
  batch_check.py verify --db DB --out OUT --src F... [--kind K]
                 [--summary JSON] [--report-chars N] [--label L]
        every source done exactly once, figures against the sources,
        outputs against the files, no temp files
  batch_check.py snap OUT FILE  / samesnap OUT FILE
        records / compares every file's size and mtime under OUT
  batch_check.py summary JSON KEY   a key of a --json summary
"""
import argparse
import hashlib
import json
import os
import random
import re
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_check import Checker, parse_json_stream, sha256_file, source_facts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "samples")
ZH_NUM = "一二三四五六七八九十"
# author names dotvox takes for names ("By Tester 3" is not one: digits)
EN_NAMES = ["Ann Lee", "Tess Archer", "Walter Price", "Sam Okafor", "Ruth Adams"]


def zh_paragraphs():
    lines = open(os.path.join(SAMPLES, "work-plan-zh.txt"), encoding="utf-8").read().split("\n")
    head = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
    return [l.strip() for l in lines[1:] if l.strip() and not head.match(l.strip())]


def en_paragraphs():
    text = open(os.path.join(SAMPLES, "english-sample.txt"), encoding="utf-8").read()
    paras = [p.strip() for p in re.split(r"\n\s*\n", text)]
    # skip the sample's title, author and chapter lines: ours are our own
    return [p for p in paras[2:] if p and not p.startswith("Chapter ")]


def gen_title(rng, i, zh, size, md, prefix):
    """One title of about `size` bytes with a unique title line."""
    paras = zh_paragraphs() if zh else en_paragraphs()
    k = rng.randrange(len(paras))
    if zh:
        out = ["%s图书馆批量测试读本第%d册" % (prefix, i), "", "作者：测试作者%d号" % i, ""]
    else:
        out = ["%sThe Batch Test Book Number %d" % (prefix, i), "", "By %s" % EN_NAMES[i % len(EN_NAMES)], ""]
    n, ch = sum(len(x.encode()) + 1 for x in out), 0
    while n < size:
        if ch == 0 or rng.random() < 0.15:
            ch += 1
            if zh:
                h = "第%s章 第%d册的第%d部分" % (ZH_NUM[(ch - 1) % 10], i, ch)
            else:
                h = "Chapter %d" % ch
            if md:
                h = "# " + h if ch % 2 else "## " + h
            out += [h, ""]
            n += len(h.encode()) + 2
        p = paras[k % len(paras)]
        k += 1
        out += [p, ""]
        n += len(p.encode()) + 2
    return "\n".join(out) + "\n"


def cmd_gen(a):
    os.makedirs(a.dir, exist_ok=True)
    rng = random.Random(a.seed)
    for i in range(1, a.n + 1):
        zh = not a.en_only and (a.zh_only or i % 3 != 0)
        size = rng.randint(int(a.min * 1024), int(a.max * 1024))
        md = a.md and i % 4 == 1
        name = "%s%s%02d.%s" % (a.prefix.lower() or "", "zh" if zh else "en", i,
                                "md" if md else "txt")
        with open(os.path.join(a.dir, name), "w", encoding="utf-8") as f:
            f.write(gen_title(rng, i, zh, size, md, a.prefix))
    return 0


def connect(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=10)
    db.row_factory = sqlite3.Row
    return db


def counts(path):
    try:
        db = connect(path)
        rows = dict(db.execute("SELECT status, count(*) FROM jobs GROUP BY status").fetchall())
        db.close()
    except sqlite3.Error:
        rows = {}
    return [rows.get(s, 0) for s in ("queued", "running", "done", "failed")]


def cmd_waitdone(a):
    end = time.time() + a.timeout
    while time.time() < end:
        if os.path.exists(a.db) and counts(a.db)[2] >= a.n:
            print(counts(a.db)[2])
            return 0
        time.sleep(0.005)
    print(counts(a.db)[2] if os.path.exists(a.db) else 0)
    return 1


def cmd_counts(a):
    print(*counts(a.db))
    return 0


def identifier(path):
    return "dotvox-" + hashlib.sha256(open(path, "rb").read()).hexdigest()[:16]


def cmd_verify(a):
    c = Checker(a.label)
    db = connect(a.db)
    kind = a.kind
    facts = {p: source_facts(p) for p in a.src}
    want_total = sum(f["chars"] for f in facts.values())
    per_title, dup_done, extra = [], [], []
    total = 0
    for p in a.src:
        t = db.execute("SELECT id FROM titles WHERE identifier = ?", (identifier(p),)).fetchone()
        if t is None:
            per_title.append("%s: no titles row" % p)
            continue
        done = db.execute("SELECT id, duplicate_of FROM jobs WHERE title_id = ? AND kind = ?"
                          " AND status = 'done'", (t["id"], kind)).fetchall()
        if len(done) != 1:
            per_title.append("%s: %d done %s jobs %s" % (p, len(done), kind,
                                                         [tuple(r) for r in done]))
        dup_done += [r["id"] for r in done if r["duplicate_of"] is not None]
        if kind == "braille":
            for r in done:
                if r["duplicate_of"] is not None:
                    continue
                f = db.execute("SELECT chars FROM figures WHERE job_id = ?", (r["id"],)).fetchone()
                if f is None:
                    extra.append("%s: job %d has no figures row" % (p, r["id"]))
                elif f["chars"] != facts[p]["chars"]:
                    extra.append("%s: job %d figures.chars %d, source has %d"
                                 % (p, r["id"], f["chars"], facts[p]["chars"]))
    c.check(not per_title, "each of the %d titles has exactly one done %s job"
            % (len(a.src), kind), "\n".join(per_title))
    c.check(not dup_done, "no done job is a duplicate", dup_done)
    n_done = db.execute("SELECT count(*) FROM jobs WHERE kind = ? AND status = 'done'",
                        (kind,)).fetchone()[0]
    c.check(n_done == len(a.src), "%d done %s jobs in all (one per title)" % (len(a.src), kind),
            "got %d" % n_done)
    left = db.execute("SELECT id, status, source, error FROM jobs WHERE status <> 'done'").fetchall()
    c.check(not left, "no job left queued, running or failed", [tuple(r) for r in left])
    if kind == "braille":
        total = db.execute("SELECT coalesce(sum(f.chars), 0) FROM figures f JOIN jobs j"
                           " ON j.id = f.job_id WHERE j.status = 'done'"
                           " AND j.duplicate_of IS NULL").fetchone()[0]
        c.check(total == want_total,
                "manifest braille characters %d = counted from the sources" % want_total,
                "manifest %d\n%s" % (total, "\n".join(extra)))
        c.check(not extra, "every job's figures.chars matches its source", "\n".join(extra))
        if a.report_chars is not None:
            c.check(a.report_chars == want_total,
                    "dotvox report braille_characters = %d" % want_total,
                    "got %d" % a.report_chars)

    # Outputs against the files; nothing on disk that no output row names.
    bad, paths = [], set()
    rows = db.execute("SELECT o.job_id, o.path, o.format, o.bytes, o.sha256 FROM outputs o"
                      " JOIN jobs j ON j.id = o.job_id WHERE j.status = 'done'").fetchall()
    for r in rows:
        ap = os.path.abspath(r["path"])
        if ap in paths:
            bad.append("%s: in two output rows" % r["path"])
        paths.add(ap)
        if not os.path.isfile(r["path"]):
            bad.append("%s: missing" % r["path"])
            continue
        if r["bytes"] != os.path.getsize(r["path"]):
            bad.append("%s: bytes %r != %d" % (r["path"], r["bytes"], os.path.getsize(r["path"])))
        if r["sha256"] != sha256_file(r["path"]):
            bad.append("%s: sha256 differs from the file" % r["path"])
    c.check(rows and not bad, "%d output rows: files exist, bytes and sha256 match" % len(rows),
            "\n".join(bad[:10]) or "no output rows")
    nout = db.execute("SELECT j.id, count(o.id) FROM jobs j LEFT JOIN outputs o ON o.job_id = j.id"
                      " WHERE j.status = 'done' AND j.kind = ? GROUP BY j.id", (kind,)).fetchall()
    few = [tuple(r) for r in nout if r[1] < (4 if kind == "braille" else 2)]
    c.check(not few, "every done %s job has its outputs recorded" % kind, few)
    ondisk, tmps = set(), []
    for root, dirs, files in os.walk(a.out):
        for f in files:
            p = os.path.abspath(os.path.join(root, f))
            if ".tmp." in f:
                tmps.append(p)
            else:
                ondisk.add(p)
    c.check(not tmps, "no *.tmp.* file anywhere under the output folder", tmps[:10])
    stray = sorted(ondisk - paths)
    c.check(not stray, "every file under the output folder is a recorded output", stray[:10])

    if a.summary:
        objs = parse_json_stream(open(a.summary, encoding="utf-8").read())
        if c.check(len(objs) == 1 and isinstance(objs[0], dict),
                   "--json prints one summary object", "%d objects" % len(objs)):
            s = objs[0]
            keys = {"done", "skipped", "failed", "braille_characters", "pages",
                    "audio_seconds", "wall_seconds", "jobs"}
            c.check(keys <= set(s), "summary has its keys", sorted(keys - set(s)))
            c.check(s.get("failed") == 0, "summary: failed 0", s.get("failed"))
            jobs = s.get("jobs") or []
            jk = {"id", "file", "kind", "status", "error"}
            c.check(jobs and all(jk <= set(j) for j in jobs), "summary jobs have id, file, kind,"
                    " status, error", jobs[:2])
            notdone = [j for j in jobs if j.get("status") != "done"]
            c.check(not notdone, "summary: every job listed is done", notdone[:3])
    db.close()
    return c


def snapshot(out):
    snap = {}
    for root, dirs, files in os.walk(out):
        for f in files:
            p = os.path.join(root, f)
            st = os.stat(p)
            snap[p] = [st.st_size, st.st_mtime_ns, st.st_ino]
    return snap


def cmd_snap(a):
    json.dump(snapshot(a.out), open(a.file, "w"))
    return 0


def cmd_samesnap(a):
    c = Checker(a.label)
    old, new = json.load(open(a.file)), snapshot(a.out)
    changed = sorted(p for p in set(old) | set(new) if old.get(p) != new.get(p))
    c.check(old and not changed, "no output file written again (%d files, size, mtime and"
            " inode unchanged)" % len(old), changed[:10] or "no files")
    return c


def cmd_summary(a):
    objs = parse_json_stream(open(a.json, encoding="utf-8").read())
    v = objs[0].get(a.key) if objs and isinstance(objs[0], dict) else None
    print("" if v is None else v)
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("dir")
    g.add_argument("n", type=int)
    g.add_argument("--min", type=float, default=2)
    g.add_argument("--max", type=float, default=20)
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--zh-only", action="store_true")
    g.add_argument("--en-only", action="store_true")
    g.add_argument("--md", action="store_true")
    g.add_argument("--prefix", default="")
    w = sub.add_parser("waitdone")
    w.add_argument("db")
    w.add_argument("n", type=int)
    w.add_argument("timeout", type=float)
    cn = sub.add_parser("counts")
    cn.add_argument("db")
    v = sub.add_parser("verify")
    v.add_argument("--db", required=True)
    v.add_argument("--out", required=True)
    v.add_argument("--src", nargs="+", required=True)
    v.add_argument("--kind", default="braille")
    v.add_argument("--summary")
    v.add_argument("--report-chars", type=int)
    v.add_argument("--label", default="batch")
    for name in ("snap", "samesnap"):
        s = sub.add_parser(name)
        s.add_argument("out")
        s.add_argument("file")
        s.add_argument("--label", default="batch")
    sm = sub.add_parser("summary")
    sm.add_argument("json")
    sm.add_argument("key")
    a = ap.parse_args()
    fn = {"gen": cmd_gen, "waitdone": cmd_waitdone, "counts": cmd_counts,
          "verify": cmd_verify, "snap": cmd_snap, "samesnap": cmd_samesnap,
          "summary": cmd_summary}[a.cmd]
    r = fn(a)
    if isinstance(r, Checker):
        return 1 if r.failed else 0
    return r


if __name__ == "__main__":
    sys.exit(main())
