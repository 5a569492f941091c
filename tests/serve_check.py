#!/usr/bin/env python3
"""Checks for tests/e2e_serve.sh: talks to a running `dotvox serve` over
plain sockets (http.client, so URLs go out exactly as written, with no
normalization of ../ or %2e) and reads the manifest with the sqlite3
program.  Each check prints "ok - ..." or "not ok - ..."; the shell
script counts them.

  serve_check.py wait BASE                      until the server answers
  serve_check.py request BASE KEY ID DB FORMATS poll to done, download, verify
  serve_check.py isolation BASE KA KB KS IDA IDB
  serve_check.py bad BASE KEY ID                malformed input, traversal, 404
  serve_check.py oversize BASE KEY DB OUTDIR    a server with --max-upload 1000
  serve_check.py slow BASE KEY                  slow clients don't block others
  serve_check.py rate BASE KEY                  a server with --rate 5
  serve_check.py opds BASE KS KA DB
  serve_check.py crash BASE KEY DB OUTDIR ID... after a kill -9 and a restart
"""
import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

FAILS = 0


def ok(msg):
    print("ok - " + msg, flush=True)


def nok(msg):
    global FAILS
    FAILS += 1
    print("not ok - " + msg, flush=True)


def check(cond, msg):
    (ok if cond else nok)(msg)
    return cond


def hostport(base):
    u = urllib.parse.urlsplit(base)
    return u.hostname, u.port


def req(base, method, path, key=None, headers=None, body=None, timeout=30):
    """(status, headers as a dict with lower-case names, body bytes)."""
    h, p = hostport(base)
    c = http.client.HTTPConnection(h, p, timeout=timeout)
    hd = dict(headers or {})
    if key:
        hd["Authorization"] = "Bearer " + key
    c.putrequest(method, path, skip_accept_encoding=True)
    for k, v in hd.items():
        c.putheader(k, v)
    if body is not None:
        c.putheader("Content-Length", str(len(body)))
    c.endheaders(body)
    r = c.getresponse()
    data = r.read()
    hs = {k.lower(): v for k, v in r.getheaders()}
    c.close()
    return r.status, hs, data


def jbody(data):
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


def is_json_error(hs, data):
    o = jbody(data)
    return (hs.get("content-type", "").startswith("application/json")
            and isinstance(o, dict) and isinstance(o.get("error"), str)
            and o["error"] != "")


def sql(db, q):
    r = subprocess.run(["sqlite3", db, q], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("sqlite3: " + r.stderr.strip())
    return r.stdout.strip()


def poll_done(base, key, rid, timeout=120):
    t0 = time.time()
    v = None
    while time.time() - t0 < timeout:
        st, _, data = req(base, "GET", "/v1/requests/%s" % rid, key)
        v = jbody(data) if st == 200 else None
        if v and v.get("status") in ("done", "failed"):
            return v, time.time() - t0
        time.sleep(0.3)
    return v, time.time() - t0


# ---- subcommands ----

def c_wait(base):
    t0 = time.time()
    while time.time() - t0 < 20:
        try:
            st, _, _ = req(base, "GET", "/v1/catalog", timeout=2)
            if st in (200, 401):
                return 0
        except OSError:
            pass
        time.sleep(0.1)
    print("server at %s not answering after 20 s" % base, file=sys.stderr)
    return 1


MIME = {".pef": "application/x-pef+xml", ".mp3": "audio/mpeg",
        ".brf": "text/plain", ".txt": "text/plain", ".m3u8": "audio/x-mpegurl"}


def c_request(base, key, rid, db, formats):
    want = set(formats.split(","))
    v, took = poll_done(base, key, rid)
    if not check(v is not None and v.get("status") == "done",
                 "request %s: done in %.1f s (status %s, error %s)" % (
                     rid, took, v and v.get("status"), v and v.get("error"))):
        return
    outs = v.get("outputs") or []
    check(all(isinstance(o.get("name"), str) and isinstance(o.get("format"), str)
              and isinstance(o.get("bytes"), int)
              and len(o.get("sha256") or "") == 64 for o in outs) and outs,
          "request %s: %d outputs listed, each with name, format, bytes, sha256"
          % (rid, len(outs)))
    got = {o["format"] for o in outs}
    check(want <= got, "request %s: outputs for every format asked (%s), got %s"
          % (rid, formats, sorted(got)))
    extra = got - want - {"m3u8"}
    check(not extra, "request %s: no format that was not asked for (%s)"
          % (rid, sorted(extra)))
    check(v.get("progress") == 1 and v.get("jobs") == v.get("jobs_done"),
          "request %s: progress 1 (%s of %s jobs)" % (rid, v.get("jobs_done"), v.get("jobs")))
    first_mp3 = None
    for o in outs:
        name = o["name"]
        path = "/v1/requests/%s/files/%s" % (rid, urllib.parse.quote(name))
        check(o.get("url") == path, "%s: url %s" % (name, o.get("url")))
        st, hs, data = req(base, "GET", path, key)
        if not check(st == 200, "%s: download 200 (got %d)" % (name, st)):
            continue
        sha = hashlib.sha256(data).hexdigest()
        check(sha == o["sha256"] and len(data) == o["bytes"],
              "%s: %d bytes, sha256 as listed" % (name, len(data)))
        man = sql(db, "SELECT o.sha256 FROM outputs o JOIN request_jobs rj"
                  " ON rj.job_id=o.job_id WHERE rj.request_id=%d AND o.path LIKE '%%/%s'"
                  % (int(rid), name.replace("'", "''"))).split("\n")
        check(man == [sha], "%s: sha256 as in the manifest (%s)" % (name, man))
        ext = os.path.splitext(name)[1]
        if ext in MIME:
            check(hs.get("content-type", "").startswith(MIME[ext]),
                  "%s: Content-Type %s" % (name, hs.get("content-type")))
        if ext == ".mp3" and first_mp3 is None:
            first_mp3 = (path, data)
    # ETag and If-None-Match on the first file
    o = outs[0]
    path = "/v1/requests/%s/files/%s" % (rid, urllib.parse.quote(o["name"]))
    st, hs, _ = req(base, "GET", path, key)
    etag = hs.get("etag")
    check(etag is not None and o["sha256"] in etag, "%s: ETag %s" % (o["name"], etag))
    if etag:
        st, hs2, data = req(base, "GET", path, key, {"If-None-Match": etag})
        check(st == 304 and data == b"", "%s: If-None-Match -> 304 (got %d)" % (o["name"], st))
        st, _, _ = req(base, "GET", path, key, {"If-None-Match": '"0000"'})
        check(st == 200, "%s: another ETag in If-None-Match -> 200 (got %d)" % (o["name"], st))
    if "mp3" in want:
        if check(first_mp3 is not None, "request %s: an MP3 to test Range on" % rid):
            path, full = first_mp3
            st, hs, data = req(base, "GET", path, key, {"Range": "bytes=0-99"})
            check(st == 206, "Range bytes=0-99 -> 206 (got %d)" % st)
            cr = hs.get("content-range")
            check(cr == "bytes 0-99/%d" % len(full), "Content-Range %s" % cr)
            check(data == full[:100], "Range: %d bytes, the file's first 100" % len(data))
            st, hs, data = req(base, "GET", path, key, {"Range": "bytes=%d-" % (len(full) + 10)})
            check(st == 416, "Range past the end -> 416 (got %d)" % st)


def c_isolation(base, ka, kb, ks, ida, idb):
    st, _, data = req(base, "GET", "/v1/requests/%s" % ida, ka)
    va = jbody(data) or {}
    names = [o["name"] for o in va.get("outputs") or []]
    st, hs, data = req(base, "GET", "/v1/requests/%s" % ida, kb)
    check(st == 404 and is_json_error(hs, data),
          "lib-b GET lib-a's request -> 404 JSON (got %d)" % st)
    if check(bool(names), "lib-a's request has files"):
        st, _, data = req(base, "GET", "/v1/requests/%s/files/%s" % (ida, names[0]), kb)
        check(st == 404 and names and b"error" in data,
              "lib-b download lib-a's %s -> 404 (got %d)" % (names[0], st))
    st, _, data = req(base, "GET", "/v1/requests/%s" % 999999, ka)
    check(st == 404, "a request that does not exist -> 404 (got %d)" % st)

    def ids(key):
        st, _, data = req(base, "GET", "/v1/requests", key)
        v = jbody(data)
        return st, ({int(o["id"]) for o in v} if isinstance(v, list) else None)
    st, b = ids(kb)
    check(st == 200 and b is not None and int(idb) in b and int(ida) not in b,
          "lib-b's list has its request, not lib-a's (%s)" % b)
    st, a = ids(ka)
    check(st == 200 and a is not None and int(ida) in a and int(idb) not in a,
          "lib-a's list has its request, not lib-b's (%s)" % a)
    st, s = ids(ks)
    check(st == 200 and s is not None and {int(ida), int(idb)} <= s,
          "staff's list has both (%s)" % s)
    st, _, _ = req(base, "GET", "/v1/requests/%s" % idb, ks)
    check(st == 200, "staff GET lib-b's request -> 200 (got %d)" % st)
    st, hs, data = req(base, "GET", "/v1/requests")
    check(st == 401 and is_json_error(hs, data) and "www-authenticate" in hs,
          "no key -> 401 JSON with WWW-Authenticate (got %d)" % st)
    st, hs, data = req(base, "GET", "/v1/requests", "0" * 64)
    check(st == 401 and is_json_error(hs, data), "unknown key -> 401 (got %d)" % st)
    st, _, _ = req(base, "POST", "/v1/requests?formats=brf", None,
                   {"Content-Type": "text/plain"}, b"hello")
    check(st == 401, "POST without a key -> 401 (got %d)" % st)


def c_bad(base, key, rid):
    b = b"----dvb"
    body = (b"------dvb\r\nContent-Disposition: form-data; name=\"file\"; "
            b"filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\n")
    # a part that never ends: no closing boundary, truncated headers
    st, hs, data = req(base, "POST", "/v1/requests", key,
                       {"Content-Type": "multipart/form-data; boundary=" + b.decode()},
                       body + b"Hello world\r\n------dv")
    check(st == 400 and is_json_error(hs, data),
          "truncated multipart -> 400 JSON (got %d %s)" % (st, data[:100]))
    st, hs, data = req(base, "POST", "/v1/requests", key,
                       {"Content-Type": "multipart/form-data"}, body + b"x\r\n------dvb--\r\n")
    check(st == 400 and is_json_error(hs, data),
          "multipart with no boundary -> 400 JSON (got %d %s)" % (st, data[:100]))
    st, hs, data = req(base, "POST", "/v1/requests", key,
                       {"Content-Type": "multipart/form-data; boundary=" + b.decode()},
                       b"this is not multipart at all\r\n")
    check(st == 400 and is_json_error(hs, data),
          "garbage as multipart -> 400 JSON (got %d %s)" % (st, data[:100]))
    for fm in ("docx", "brf,zip", ",", "brf;pef"):
        st, hs, data = req(base, "POST", "/v1/requests?formats=" + urllib.parse.quote(fm),
                           key, {"Content-Type": "text/plain"}, "你好。".encode())
        check(st == 400 and is_json_error(hs, data),
              "formats=%s -> 400 JSON (got %d)" % (fm, st))
    st, hs, data = req(base, "POST", "/v1/requests?formats=brf", key,
                       {"Content-Type": "text/plain"}, b"\xff\xfe\x00\xd8\x00")
    check(st == 400 and is_json_error(hs, data), "undecodable text -> 400 (got %d)" % st)
    st, hs, data = req(base, "POST", "/v1/requests?formats=brf", key,
                       {"Content-Type": "image/png"}, b"\x89PNG")
    check(st == 415 and is_json_error(hs, data), "image/png body -> 415 (got %d)" % st)
    bad = ["/v1/requests/%s/files/..%%2f..%%2fetc%%2fpasswd" % rid,
           "/v1/requests/%s/files/%%2e%%2e%%2f%%2e%%2e%%2fetc%%2fpasswd" % rid,
           "/v1/requests/%s/files/%%2e%%2e" % rid,
           "/v1/requests/%s/files/../../../../etc/passwd" % rid,
           "/v1/requests/%s/../../../etc/passwd" % rid,
           "/v1/requests/%s/files/..%%5c..%%5cetc%%5cpasswd" % rid,
           "/v1/requests/%s/files/x%%00.brf" % rid,
           "/v1/catalog/..%2f..%2fetc/files/passwd",
           "/v1/catalog/%2e%2e/files/passwd",
           "/../../../../etc/passwd",
           "/v1/requests/%s/files/%%252e%%252e%%252fpasswd" % rid]
    for p in bad:
        st, hs, data = req(base, "GET", p, key)
        check(st in (400, 404) and b"root:" not in data and is_json_error(hs, data),
              "GET %s -> %d JSON" % (p, st))
    st, _, _ = req(base, "GET", "/v1/requests/%s" % rid, key)
    check(st == 200, "server still answering after the traversal attempts (%d)" % st)
    for p in ("/nope", "/v1/nope", "/v1/requests/abc", "/v1/requests/%s/nope" % rid):
        st, hs, data = req(base, "GET", p, key)
        check(st == 404 and is_json_error(hs, data), "GET %s -> 404 JSON (got %d)" % (p, st))
    st, hs, data = req(base, "DELETE", "/v1/requests/%s" % rid, key)
    check(st == 405 and "allow" in hs, "DELETE -> 405 with Allow (got %d)" % st)


def uploads_state(db, outdir):
    rows = sql(db, "SELECT count(*) FROM requests")
    files = sorted(os.listdir(os.path.join(outdir, "uploads")))
    return rows, files


def c_oversize(base, key, db, outdir):
    before = uploads_state(db, outdir)
    text = ("第一章 太长了\n" + "这是一段很长的文字。" * 200).encode()
    st, hs, data = req(base, "POST", "/v1/requests?formats=brf", key,
                       {"Content-Type": "text/plain"}, text)
    check(st == 413 and is_json_error(hs, data),
          "raw body of %d bytes over --max-upload 1000 -> 413 JSON (got %d)" % (len(text), st))
    # chunked, no Content-Length: the size is only known while reading
    h, p = hostport(base)
    c = http.client.HTTPConnection(h, p, timeout=30)
    c.putrequest("POST", "/v1/requests?formats=brf")
    c.putheader("Authorization", "Bearer " + key)
    c.putheader("Content-Type", "text/plain")
    c.putheader("Transfer-Encoding", "chunked")
    c.endheaders()
    for i in range(0, len(text), 500):
        ch = text[i:i + 500]
        c.send(b"%x\r\n%s\r\n" % (len(ch), ch))
    c.send(b"0\r\n\r\n")
    r = c.getresponse()
    data = r.read()
    c.close()
    check(r.status == 413 and b"error" in data,
          "chunked body over --max-upload -> 413 (got %d)" % r.status)
    bd = "dvbound"
    mp = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
          "Content-Type: text/plain\r\n\r\n" % bd).encode() + text + \
         ("\r\n--%s--\r\n" % bd).encode()
    st, hs, data = req(base, "POST", "/v1/requests", key,
                       {"Content-Type": "multipart/form-data; boundary=" + bd}, mp)
    check(st == 413 and is_json_error(hs, data), "multipart over --max-upload -> 413 (got %d)" % st)
    after = uploads_state(db, outdir)
    check(after == before, "nothing stored: requests rows and uploads/ unchanged (%s -> %s)"
          % (before, after))
    small = "小文本。\n".encode()
    st, _, data = req(base, "POST", "/v1/requests?formats=brf", key,
                      {"Content-Type": "text/plain"}, small)
    check(st == 201, "a body under the limit on the same server -> 201 (got %d)" % st)


def c_slow(base, key):
    h, p = hostport(base)
    stop = threading.Event()
    idle = []
    for _ in range(16):       # connections that send nothing
        s = socket.create_connection((h, p), timeout=10)
        idle.append(s)
    slow_res = {}

    def dribble():            # headers one byte at a time over ~5 s
        msg = ("GET /v1/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
               "Connection: close\r\n\r\n" % key).encode()
        s = socket.create_connection((h, p), timeout=15)
        try:
            for i in range(len(msg)):
                if stop.is_set():
                    break
                s.send(msg[i:i + 1])
                time.sleep(5.0 / len(msg))
            slow_res["reply"] = s.recv(64)
        except OSError as e:
            slow_res["reply"] = repr(e).encode()
        s.close()
    th = threading.Thread(target=dribble)
    th.start()
    worst, n, errs = 0.0, 0, 0
    t0 = time.time()
    while th.is_alive() and time.time() - t0 < 8:
        a = time.time()
        try:
            st, _, _ = req(base, "GET", "/v1/requests", key, timeout=5)
            if st != 200:
                errs += 1
        except OSError:
            errs += 1
        worst = max(worst, time.time() - a)
        n += 1
        time.sleep(0.05)
    stop.set()
    th.join()
    for s in idle:
        s.close()
    check(n >= 10 and errs == 0 and worst < 1.0,
          "while 16 idle connections and one byte-by-byte client are open, %d requests "
          "answered, slowest %.3f s (want < 1 s), %d errors" % (n, worst, errs))
    check(slow_res.get("reply", b"").startswith(b"HTTP/1.1 200"),
          "the byte-by-byte client got its answer (%r)" % slow_res.get("reply", b"")[:20])


def c_rate(base, key):
    codes = []
    for _ in range(5):
        st, _, _ = req(base, "GET", "/v1/requests", key)
        codes.append(st)
    check(codes == [200] * 5, "--rate 5: the first 5 requests -> 200 (%s)" % codes)
    st, hs, data = req(base, "GET", "/v1/requests", key)
    ra = hs.get("retry-after", "")
    check(st == 429 and is_json_error(hs, data), "the 6th within a minute -> 429 JSON (got %d)" % st)
    check(ra.isdigit() and 1 <= int(ra) <= 60, "429 has Retry-After (%r)" % ra)


ATOM = "{http://www.w3.org/2005/Atom}"
ACQ = "http://opds-spec.org/acquisition"


def c_opds(base, ks, ka, db):
    st, hs, data = req(base, "GET", "/opds", ka)
    check(st == 200 and "application/atom+xml" in hs.get("content-type", ""),
          "GET /opds -> 200 %s" % hs.get("content-type"))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        nok("/opds parses as XML: %s" % e)
        return
    check(root.tag == ATOM + "feed", "/opds is an Atom feed (%s)" % root.tag)
    entries = root.findall(ATOM + "entry")
    st, _, cdata = req(base, "GET", "/v1/catalog", ka)
    cat = jbody(cdata)
    ncat = len(cat) if isinstance(cat, list) else -1
    ndb = int(sql(db, "SELECT count(DISTINCT title_id) FROM jobs WHERE status='done'"))
    check(len(entries) == ncat == ndb and ndb > 0,
          "one entry per finished title: OPDS %d, /v1/catalog %d, manifest %d"
          % (len(entries), ncat, ndb))
    good = 0
    first = None
    for en in entries:
        links = [l for l in en.findall(ATOM + "link") if l.get("rel") == ACQ]
        if links and en.find(ATOM + "id") is not None and en.find(ATOM + "title") is not None \
                and en.find(ATOM + "updated") is not None:
            good += 1
            if first is None:
                first = links[0]
    check(entries and good == len(entries),
          "every entry has id, title, updated and acquisition links (%d of %d)"
          % (good, len(entries)))
    if first is not None:
        st, hs, data = req(base, "GET", first.get("href"), ka)
        check(st == 200 and len(data) == int(first.get("length", -1))
              and hs.get("content-type", "").startswith(first.get("type", "?").split(";")[0]),
              "acquisition link %s -> 200, length and type as in the feed (got %d)"
              % (first.get("href"), st))
    st, _, _ = req(base, "GET", "/opds")
    check(st == 401, "/opds without a key -> 401 (got %d)" % st)
    for how, path, key in (("Bearer", "/", ks),
                           ("?key=", "/?key=" + ks, None)):
        st, hs, data = req(base, "GET", path, key)
        check(st == 200 and hs.get("content-type", "").startswith("text/html")
              and b"<svg" in data, "GET / with staff key (%s) -> HTML with <svg (got %d)"
              % (how, st))
    st, _, _ = req(base, "GET", "/", ka)
    check(st == 403, "GET / with a partner key -> 403 (got %d)" % st)
    st, hs, data = req(base, "GET", "/v1/report", ks)
    rep = jbody(data)
    check(st == 200 and isinstance(rep, dict) and "braille_characters" in rep,
          "GET /v1/report with staff -> JSON with braille_characters (got %d)" % st)
    st, hs, data = req(base, "GET", "/v1/report", ka)
    check(st == 403 and is_json_error(hs, data), "/v1/report with a partner key -> 403 (got %d)" % st)


def c_crash(base, key, db, outdir, *ids):
    for rid in ids:
        v, took = poll_done(base, key, rid)
        check(v is not None and v.get("status") == "done",
              "after the restart, request %s done in %.1f s (%s)"
              % (rid, took, v and (v.get("status"), v.get("error"))))
        rows = sql(db, "SELECT j.kind, j.status, j.attempts FROM request_jobs rj JOIN jobs j"
                   " ON j.id=rj.job_id WHERE rj.request_id=%d" % int(rid)).split("\n")
        rows = [r.split("|") for r in rows if r]
        kinds = [r[0] for r in rows]
        check(rows and all(r[1] == "done" for r in rows) and len(kinds) == len(set(kinds)),
              "request %s: one done job per kind (%s)" % (rid, rows))
        check(all(int(r[2]) <= 2 for r in rows), "request %s: attempts <= 2 (%s)"
              % (rid, [r[2] for r in rows]))
        dup = sql(db, "SELECT o.path, count(*) FROM outputs o JOIN request_jobs rj"
                  " ON rj.job_id=o.job_id WHERE rj.request_id=%d"
                  " GROUP BY o.path HAVING count(*) > 1" % int(rid))
        check(dup == "", "request %s: no duplicate outputs rows (%s)" % (rid, dup[:200]))
        n = int(sql(db, "SELECT count(*) FROM jobs WHERE request IN (SELECT request"
                    " FROM jobs j JOIN request_jobs rj ON rj.job_id=j.id"
                    " WHERE rj.request_id=%d)" % int(rid)))
        check(n == len(rows), "request %s: no extra job queued for it (%d jobs, %d linked)"
              % (rid, n, len(rows)))
        for o in (v or {}).get("outputs") or []:
            st, _, data = req(base, "GET", o["url"], key)
            if not (st == 200 and hashlib.sha256(data).hexdigest() == o["sha256"]):
                nok("request %s: %s downloads with its sha256 (got %d)" % (rid, o["name"], st))
                break
        else:
            ok("request %s: every output downloads with its listed sha256" % rid)
    dup = sql(db, "SELECT path, count(*) FROM outputs GROUP BY path HAVING count(*) > 1")
    check(dup == "", "no path twice in outputs (%s)" % dup[:200])
    tmp = []
    for d, _, fs in os.walk(outdir):
        tmp += [os.path.join(d, f) for f in fs if ".tmp." in f]
    check(not tmp, "no *.tmp.* file under -o (%s)" % tmp[:5])


CMDS = {"wait": c_wait, "request": c_request, "isolation": c_isolation, "bad": c_bad,
        "oversize": c_oversize, "slow": c_slow, "rate": c_rate, "opds": c_opds,
        "crash": c_crash}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CMDS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        rc = CMDS[sys.argv[1]](*sys.argv[2:])
    except (OSError, RuntimeError, http.client.HTTPException) as e:
        nok("%s: %s" % (sys.argv[1], e))
        rc = 1
    sys.exit(rc if rc else (1 if FAILS else 0))
