/* serve.c -- see serve.h.
 *
 * Request flow: MHD's URI log callback allocates the per-request state
 * (so the raw, undecoded URI is kept for the traversal checks); the
 * access handler routes on the first call, answers GETs at once, and for
 * POST /v1/requests checks key, rate and Content-Length before reading
 * any body, then collects the body (multipart/urlencoded through MHD's
 * post processor, or raw) and answers after the last chunk. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "report.h"
#include "serve.h"
#include "store.h"
#include "textin.h"
#include "util.h"
#include "workers.h"

static const char *usage_serve =
    "usage: dotvox serve [--listen ADDR:PORT] [-j N] [-o DIR] [--db PATH]\n"
    "                    [--max-upload BYTES] [--rate N]\n"
    "\n"
    "The HTTP API for partner libraries (keys: dotvox library add).  Uploaded\n"
    "texts go under DIR/uploads/, outputs under DIR/requests/; N worker\n"
    "processes (default: the number of cores) run the queued jobs.  SIGTERM\n"
    "or Ctrl-C stops it: running jobs finish, queued ones wait for the next\n"
    "start.\n"
    "\n"
    "  --listen ADDR:PORT      default 127.0.0.1:8080 ([::1]:PORT for IPv6)\n"
    "  -j, --jobs N            worker processes\n"
    "  -o, --output DIR        default var/serve\n"
    "  --db PATH               manifest (default $DOTVOX_DB or var/dotvox.db)\n"
    "  --max-upload BYTES      largest request body (default 20000000)\n"
    "  --rate N                requests a minute per library (default 600,\n"
    "                          0: no limit)\n"
    "\n"
    "API (every call with 'Authorization: Bearer KEY'):\n"
    "  POST /v1/requests                 a text (multipart field 'file' or\n"
    "                                    'text', or the raw body) + title,\n"
    "                                    author, language, formats\n"
    "  GET  /v1/requests[/ID]            status, progress, outputs\n"
    "  GET  /v1/requests/ID/files/NAME   an output (Range, ETag)\n"
    "  GET  /v1/catalog, /opds           the shared catalogue (JSON, OPDS 1.2)\n"
    "  GET  /v1/catalog/IDENT/files/NAME\n"
    "  GET  /v1/report, /                staff: the report (JSON), a status page\n"
    "                                    (a browser may pass ?key=KEY)\n";

static const char *usage_library =
    "usage: dotvox library add NAME [--staff] [--db PATH]\n"
    "       dotvox library list [--json] [--db PATH]\n"
    "       dotvox library revoke NAME [--db PATH]\n"
    "\n"
    "API keys for dotvox serve.  'add' prints the new library's key once on\n"
    "stdout (the manifest keeps only its SHA-256); --staff keys see every\n"
    "request, the report and the status page.  'revoke' disables a key.\n";

#define MAX_FIELD 4096          /* title, author, language, formats */
#define LIST_LIMIT 100

/* ---- the server's state (one, owned by dv_cmd_serve) ---- */

typedef struct bucket {
    long long lib;
    double tokens, last;
} bucket;

typedef struct server {
    const char *db;
    char outdir[4096], uploads[4200], requests[4200];
    long long max_upload;
    int rate;                   /* per minute per library */
    long long target;
    pthread_mutex_t pool_mu;    /* idle manifest connections */
    dv_store **pool;
    size_t npool, cappool;
    pthread_mutex_t rate_mu;
    bucket *buckets;
    size_t nbuckets;
    pthread_mutex_t upload_mu;  /* one upload written at a time */
} server;

static dv_store *pool_get(server *S, dv_err *e)
{
    dv_store *s = NULL;
    pthread_mutex_lock(&S->pool_mu);
    if (S->npool) s = S->pool[--S->npool];
    pthread_mutex_unlock(&S->pool_mu);
    if (!s && dv_store_open(&s, S->db, e) != 0) return NULL;
    return s;
}

static void pool_put(server *S, dv_store *s)
{
    if (!s) return;
    pthread_mutex_lock(&S->pool_mu);
    if (S->npool == S->cappool) {
        S->cappool = S->cappool ? 2 * S->cappool : 16;
        S->pool = dv_realloc(S->pool, S->cappool * sizeof *S->pool);
    }
    S->pool[S->npool++] = s;
    pthread_mutex_unlock(&S->pool_mu);
}

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Token bucket per library: rate tokens, refilled at rate/60 a second.
 * Returns 0 if allowed, else the seconds to wait. */
static int rate_take(server *S, long long lib)
{
    double now = mono(), per_s = S->rate / 60.0;
    int wait = 0;
    if (S->rate == 0) return 0;   /* no limit */
    pthread_mutex_lock(&S->rate_mu);
    bucket *b = NULL;
    for (size_t i = 0; i < S->nbuckets; i++)
        if (S->buckets[i].lib == lib) { b = &S->buckets[i]; break; }
    if (!b) {
        S->buckets = dv_realloc(S->buckets, (S->nbuckets + 1) * sizeof *S->buckets);
        b = &S->buckets[S->nbuckets++];
        b->lib = lib;
        b->tokens = S->rate;
        b->last = now;
    }
    b->tokens += (now - b->last) * per_s;
    if (b->tokens > S->rate) b->tokens = S->rate;
    b->last = now;
    if (b->tokens >= 1) b->tokens -= 1;
    else wait = (int)ceil((1 - b->tokens) / per_s);
    pthread_mutex_unlock(&S->rate_mu);
    return wait < 0 ? 1 : wait;
}

/* ---- per request ---- */

enum { R_NONE, R_HOME, R_OPDS, R_CATALOG, R_CATALOG_FILE, R_REQUESTS,
       R_REQUEST, R_REQUEST_FILE, R_REPORT };

typedef struct conn {
    char *raw;                  /* the URI as sent */
    int started, answered, route;
    long long id;               /* R_REQUEST, R_REQUEST_FILE */
    char *ident, *name;         /* R_CATALOG_FILE, R_*_FILE */
    dv_library lib;
    int have_lib;
    /* POST body */
    struct MHD_PostProcessor *pp;
    int raw_body, urlenc;
    dv_buf rawcopy;             /* an urlencoded body, as sent */
    dv_buf text, f_title, f_author, f_lang, f_formats;
    int h_title, h_author, h_lang, h_formats;
    char text_key[8];           /* "file" or "text", whichever came */
    unsigned long long total;
    int too_big;
    char bad[256];
} conn;

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls; (void)c;
    conn *k = dv_calloc(1, sizeof *k);
    k->raw = dv_strdup(uri ? uri : "");
    return k;
}

static void on_done(void *cls, struct MHD_Connection *c, void **req_cls,
                    enum MHD_RequestTerminationCode toe)
{
    (void)cls; (void)c; (void)toe;
    conn *k = *req_cls;
    if (!k) return;
    if (k->pp) MHD_destroy_post_processor(k->pp);
    if (k->have_lib) dv_library_free(&k->lib);
    dv_buf_free(&k->text); dv_buf_free(&k->f_title); dv_buf_free(&k->f_author);
    dv_buf_free(&k->f_lang); dv_buf_free(&k->f_formats); dv_buf_free(&k->rawcopy);
    free(k->raw); free(k->ident); free(k->name);
    free(k);
    *req_cls = NULL;
}

/* ---- responses ---- */

static enum MHD_Result send_body(struct MHD_Connection *c, conn *k,
                                 unsigned status, char *body, size_t len,
                                 const char *type, const char *h1,
                                 const char *v1)
{
    struct MHD_Response *r =
        MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) { free(body); return MHD_NO; }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    if (h1) MHD_add_response_header(r, h1, v1);
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    if (k) k->answered = 1;
    return ret;
}

static enum MHD_Result send_json_h(struct MHD_Connection *c, conn *k,
                                   unsigned status, json_t *v,
                                   const char *h, const char *hv)
{
    char *s = json_dumps(v, JSON_COMPACT);
    json_decref(v);
    if (!s) return MHD_NO;
    size_t n = strlen(s);
    /* a final newline, for curl users */
    char *t = realloc(s, n + 2);
    if (t) { s = t; s[n++] = '\n'; s[n] = 0; }
    return send_body(c, k, status, s, n, "application/json", h, hv);
}

static enum MHD_Result send_json(struct MHD_Connection *c, conn *k,
                                 unsigned status, json_t *v)
{
    return send_json_h(c, k, status, v, NULL, NULL);
}

static json_t *js(const char *s)
{
    if (!s) return json_null();
    json_t *v = json_string(s);
    return v ? v : json_string("\xef\xbf\xbd");   /* not UTF-8: never expected */
}

static enum MHD_Result send_error_h(struct MHD_Connection *c, conn *k,
                                    unsigned status, const char *msg,
                                    const char *h, const char *hv)
{
    json_t *v = json_object();
    json_object_set_new(v, "error", js(msg));
    return send_json_h(c, k, status, v, h, hv);
}

static enum MHD_Result send_error(struct MHD_Connection *c, conn *k,
                                  unsigned status, const char *msg)
{
    return send_error_h(c, k, status, msg, NULL, NULL);
}

/* ---- small text helpers ---- */

/* Valid UTF-8 without control characters (tab allowed). */
static int clean_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, n - i, &cp);
        if (k == 0 || (cp < 0x20 && cp != '\t') || cp == 0x7f) return 0;
        i += (size_t)k;
    }
    return 1;
}

static void pct_encode(dv_buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
            (ch >= '0' && ch <= '9') || strchr("-._~", ch))
            dv_buf_putc(b, (char)ch);
        else
            dv_buf_printf(b, "%%%02X", ch);
    }
}

static char *file_url(const char *prefix, const char *mid, const char *name)
{
    dv_buf b = {0};
    dv_buf_puts(&b, prefix);
    pct_encode(&b, mid);
    dv_buf_puts(&b, "/files/");
    pct_encode(&b, name);
    return b.data;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static const char *mime_of(const char *name)
{
    static const struct { const char *ext, *type; } m[] = {
        {".pef", "application/x-pef+xml"},
        {".brf", "text/plain; charset=us-ascii"},
        {".txt", "text/plain; charset=utf-8"},
        {".mp3", "audio/mpeg"},
        {".m3u8", "audio/x-mpegurl"},
        {".wav", "audio/wav"},
        {".flac", "audio/flac"}};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof m / sizeof *m; i++) {
        size_t k = strlen(m[i].ext);
        if (n > k && !strcasecmp(name + n - k, m[i].ext)) return m[i].type;
    }
    return "application/octet-stream";
}

/* RFC 3339 from what the store gives ("YYYY-MM-DD HH:MM:SS" or ISO). */
static void iso(const char *in, char out[40])
{
    snprintf(out, 40, "%s", in && *in ? in : "1970-01-01T00:00:00Z");
    if (strlen(out) >= 19 && out[10] == ' ') out[10] = 'T';
    size_t n = strlen(out);
    if (n == 19 && n + 1 < 40) { out[n] = 'Z'; out[n + 1] = 0; }
}

static void xml_esc(dv_buf *b, const char *s)
{
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        switch (ch) {
        case '&': dv_buf_puts(b, "&amp;"); break;
        case '<': dv_buf_puts(b, "&lt;"); break;
        case '>': dv_buf_puts(b, "&gt;"); break;
        case '"': dv_buf_puts(b, "&quot;"); break;
        case '\'': dv_buf_puts(b, "&#39;"); break;
        default:
            /* control characters are not allowed in XML 1.0 */
            if (ch >= 0x20 || ch == '\t' || ch == '\n') dv_buf_putc(b, (char)ch);
        }
    }
}

/* A file name from a URL: a plain base name, nothing that walks. */
static int safe_name(const char *s)
{
    return *s && !strchr(s, '/') && !strchr(s, '\\') && !strstr(s, "..") &&
           strcmp(s, ".");
}

/* The raw URI: encoded slashes, backslashes, dots or NULs mean someone
 * is trying to walk out of a folder. */
static int raw_uri_ok(const char *raw)
{
    static const char *bad[] = {"%2f", "%5c", "%2e", "%00", "..", "\\"};
    for (const char *p = raw; *p && *p != '?'; p++)
        for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
            if (!strncasecmp(p, bad[i], strlen(bad[i]))) return 0;
    return 1;
}

/* ---- authentication ---- */

/* 1 authenticated (k->lib), 0 not (a 401 is queued), -1 error queued. */
static int authenticate(server *S, struct MHD_Connection *c, conn *k,
                        int allow_query)
{
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                MHD_HTTP_HEADER_AUTHORIZATION);
    const char *key = NULL;
    if (h) {
        while (*h == ' ') h++;
        if (!strncasecmp(h, "Bearer ", 7)) {
            key = h + 7;
            while (*key == ' ') key++;
        }
    }
    if (!key && allow_query)
        key = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "key");
    const char *www = MHD_HTTP_HEADER_WWW_AUTHENTICATE;
    if (!key || !*key) {
        send_error_h(c, k, MHD_HTTP_UNAUTHORIZED,
                     "an API key is needed: Authorization: Bearer KEY", www,
                     "Bearer realm=\"dotvox\"");
        return 0;
    }
    size_t n = strlen(key);
    while (n && (key[n - 1] == ' ' || key[n - 1] == '\t')) n--;
    char sha[65];
    dv_sha256_hex(key, n, sha);
    dv_err e;
    dv_store *s = pool_get(S, &e);
    if (!s) {
        send_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, e.msg);
        return -1;
    }
    int got = dv_store_library_auth(s, sha, &k->lib, &e);
    pool_put(S, s);
    if (got < 0) {
        send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
        return -1;
    }
    if (got == 0) {
        send_error_h(c, k, MHD_HTTP_UNAUTHORIZED, "unknown or revoked API key",
                     www, "Bearer realm=\"dotvox\", error=\"invalid_token\"");
        return 0;
    }
    k->have_lib = 1;
    int wait = rate_take(S, k->lib.id);
    if (wait > 0) {
        char ra[32];
        snprintf(ra, sizeof ra, "%d", wait);
        send_error_h(c, k, MHD_HTTP_TOO_MANY_REQUESTS,
                     "too many requests: slow down", MHD_HTTP_HEADER_RETRY_AFTER, ra);
        return -1;
    }
    return 1;
}

/* ---- routing ---- */

static int parse_id(const char *s, size_t n, long long *id)
{
    if (n == 0 || n > 18) return -1;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (v <= 0) return -1;
    *id = v;
    return 0;
}

/* Sets k->route (R_NONE if unknown) and its parameters. */
static void route(conn *k, const char *url)
{
    k->route = R_NONE;
    if (!strcmp(url, "/")) { k->route = R_HOME; return; }
    if (!strcmp(url, "/opds") || !strcmp(url, "/opds/")) { k->route = R_OPDS; return; }
    if (!strcmp(url, "/v1/report")) { k->route = R_REPORT; return; }
    if (!strcmp(url, "/v1/catalog")) { k->route = R_CATALOG; return; }
    if (!strcmp(url, "/v1/requests")) { k->route = R_REQUESTS; return; }
    const char *p;
    if (!strncmp(url, "/v1/requests/", 13)) {
        p = url + 13;
        size_t n = strcspn(p, "/");
        if (parse_id(p, n, &k->id) != 0) return;
        p += n;
        if (!*p) { k->route = R_REQUEST; return; }
        if (!strncmp(p, "/files/", 7) && p[7]) {
            k->name = dv_strdup(p + 7);
            k->route = R_REQUEST_FILE;
        }
        return;
    }
    if (!strncmp(url, "/v1/catalog/", 12)) {
        p = url + 12;
        const char *f = strstr(p, "/files/");
        if (!f || f == p || !f[7]) return;
        k->ident = dv_strndup(p, (size_t)(f - p));
        if (strchr(k->ident, '/')) return;
        k->name = dv_strdup(f + 7);
        k->route = R_CATALOG_FILE;
    }
}

/* ---- formats ---- */

enum { F_BRF = 1, F_PEF = 2, F_TXT = 4, F_BRAILLE = 8, F_MP3 = 16, F_AUDIO = 32 };
static const char *const fmt_names[] = {"brf", "pef", "txt", "braille", "mp3", "audio"};

static int parse_formats(const char *s, int *out)
{
    int f = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == ',') p++;
        size_t n = strcspn(p, ", ");
        if (!n) break;
        int hit = 0;
        for (int i = 0; i < 6; i++)
            if (strlen(fmt_names[i]) == n && !strncasecmp(p, fmt_names[i], n)) {
                f |= 1 << i;
                hit = 1;
            }
        if (!hit) return -1;
        p += n;
    }
    *out = f;
    return f ? 0 : -1;
}

static void canon_formats(int f, char *out, size_t n)
{
    out[0] = 0;
    for (int i = 0; i < 6; i++)
        if (f & (1 << i)) {
            if (out[0]) strncat(out, ",", n - strlen(out) - 1);
            strncat(out, fmt_names[i], n - strlen(out) - 1);
        }
}

/* Whether an output of this format was asked for: "braille" means every
 * braille file, "mp3" or "audio" the whole audiobook (with playlist). */
static int wanted(const char *formats, const char *of)
{
    int f;
    if (!formats || parse_formats(formats, &f) != 0) return 1;
    if (!strcmp(of, "brf")) return f & (F_BRF | F_BRAILLE);
    if (!strcmp(of, "pef")) return f & (F_PEF | F_BRAILLE);
    if (!strcmp(of, "txt")) return f & (F_TXT | F_BRAILLE);
    return f & (F_MP3 | F_AUDIO);
}

/* ---- JSON views ---- */

static json_t *request_json(const dv_request_view *v, int staff)
{
    json_t *o = json_object();
    char url[64];
    json_object_set_new(o, "id", json_integer(v->id));
    if (staff) json_object_set_new(o, "library_id", json_integer(v->library_id));
    json_object_set_new(o, "title", js(v->title));
    json_object_set_new(o, "author", js(v->author));
    json_object_set_new(o, "language", js(v->language));
    json_object_set_new(o, "formats", js(v->formats));
    json_object_set_new(o, "status", js(v->status));
    json_object_set_new(o, "queue_position", json_integer(v->queue_position));
    json_object_set_new(o, "progress",
                        json_real(v->jobs > 0 ? (double)v->jobs_done / v->jobs : 0));
    json_object_set_new(o, "jobs", json_integer(v->jobs));
    json_object_set_new(o, "jobs_done", json_integer(v->jobs_done));
    json_object_set_new(o, "error", js(v->error && *v->error ? v->error : NULL));
    json_object_set_new(o, "created_at", js(v->created_at));
    snprintf(url, sizeof url, "/v1/requests/%lld", v->id);
    json_object_set_new(o, "status_url", js(url));
    json_t *outs = json_array();
    char mid[32];
    snprintf(mid, sizeof mid, "%lld", v->id);
    for (int i = 0; i < v->nouts; i++) {
        const dv_output_rec *r = &v->outs[i];
        if (!wanted(v->formats, r->format)) continue;
        json_t *f = json_object();
        const char *name = base_name(r->path);
        json_object_set_new(f, "name", js(name));
        json_object_set_new(f, "format", js(r->format));
        json_object_set_new(f, "bytes", json_integer(r->bytes));
        json_object_set_new(f, "sha256", js(r->sha256));
        char *u = file_url("/v1/requests/", mid, name);
        json_object_set_new(f, "url", js(u));
        free(u);
        json_array_append_new(outs, f);
    }
    json_object_set_new(o, "outputs", outs);
    return o;
}

/* ---- file downloads: ETag, Range ---- */

static enum MHD_Result send_file(struct MHD_Connection *c, conn *k,
                                 const char *path, const char *name,
                                 const char *sha)
{
    char etag[80];
    snprintf(etag, sizeof etag, "\"%s\"", sha ? sha : "");
    const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                  MHD_HTTP_HEADER_IF_NONE_MATCH);
    if (sha && *sha && inm && (strstr(inm, etag) || !strcmp(inm, "*"))) {
        struct MHD_Response *r =
            MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
        enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
        MHD_destroy_response(r);
        k->answered = 1;
        return ret;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0) close(fd);
        return send_error(c, k, MHD_HTTP_NOT_FOUND, "the file is no longer there");
    }
    uint64_t size = (uint64_t)st.st_size, from = 0, to = size ? size - 1 : 0;
    unsigned status = MHD_HTTP_OK;
    const char *range = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                    MHD_HTTP_HEADER_RANGE);
    if (range && !strncasecmp(range, "bytes=", 6) && !strchr(range, ',')) {
        const char *p = range + 6;
        char *end;
        int ok = 1;
        uint64_t a = 0, b = 0;
        while (*p == ' ') p++;
        if (*p == '-') {            /* the last N bytes */
            b = strtoull(p + 1, &end, 10);
            if (end == p + 1 || *end) ok = 0;
            else if (b == 0) ok = -1;
            else { a = b >= size ? 0 : size - b; b = size - 1; }
        } else {
            a = strtoull(p, &end, 10);
            if (end == p || *end != '-') ok = 0;
            else {
                const char *q = end + 1;
                if (!*q) b = size - 1;
                else {
                    b = strtoull(q, &end, 10);
                    if (*end || b < a) ok = 0;
                    else if (b >= size) b = size - 1;
                }
            }
            if (ok == 1 && a >= size) ok = -1;
        }
        if (ok == 1 && size == 0) ok = -1;
        if (ok == -1) {
            close(fd);
            char cr[64];
            snprintf(cr, sizeof cr, "bytes */%llu", (unsigned long long)size);
            return send_error_h(c, k, MHD_HTTP_RANGE_NOT_SATISFIABLE,
                                "the range is outside the file",
                                MHD_HTTP_HEADER_CONTENT_RANGE, cr);
        }
        if (ok == 1) { from = a; to = b; status = MHD_HTTP_PARTIAL_CONTENT; }
        /* a malformed Range is ignored: the whole file */
    }
    uint64_t len = size ? to - from + 1 : 0;
    struct MHD_Response *r = MHD_create_response_from_fd_at_offset64(len, fd, from);
    if (!r) {
        close(fd);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, mime_of(name));
    MHD_add_response_header(r, MHD_HTTP_HEADER_ACCEPT_RANGES, "bytes");
    if (sha && *sha) MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
    int plain = 1;
    for (const char *p = name; *p; p++)
        if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f || *p == '"') plain = 0;
    if (plain) {
        char cd[600];
        snprintf(cd, sizeof cd, "attachment; filename=\"%.500s\"", name);
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_DISPOSITION, cd);
    }
    if (status == MHD_HTTP_PARTIAL_CONTENT) {
        char cr[96];
        snprintf(cr, sizeof cr, "bytes %llu-%llu/%llu", (unsigned long long)from,
                 (unsigned long long)to, (unsigned long long)size);
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, cr);
    }
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    k->answered = 1;
    return ret;
}

/* ---- GET handlers ---- */

static enum MHD_Result get_request(server *S, struct MHD_Connection *c,
                                   conn *k, dv_store *s)
{
    dv_err e;
    dv_request_view v;
    int got = dv_store_request_get(s, k->id, k->lib.staff ? 0 : k->lib.id, &v, &e);
    if (got < 0) return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    if (got == 0) return send_error(c, k, MHD_HTTP_NOT_FOUND, "no such request");
    (void)S;
    enum MHD_Result ret;
    if (k->route == R_REQUEST) {
        ret = send_json(c, k, MHD_HTTP_OK, request_json(&v, k->lib.staff));
    } else {
        const dv_output_rec *hit = NULL;
        for (int i = 0; i < v.nouts && !hit; i++)
            if (!strcmp(base_name(v.outs[i].path), k->name) &&
                wanted(v.formats, v.outs[i].format))
                hit = &v.outs[i];
        ret = hit ? send_file(c, k, hit->path, k->name, hit->sha256)
                  : send_error(c, k, MHD_HTTP_NOT_FOUND, "no such file in this request");
    }
    dv_request_view_free(&v);
    return ret;
}

static enum MHD_Result get_requests(struct MHD_Connection *c, conn *k,
                                    dv_store *s)
{
    int limit = LIST_LIMIT;
    const char *l = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "limit");
    if (l && dv_parse_int(l, 1, 10000, &limit) != 0)
        return send_error(c, k, MHD_HTTP_BAD_REQUEST, "limit must be 1 to 10000");
    dv_err e;
    dv_request_view *v;
    size_t n;
    if (dv_store_requests(s, k->lib.staff ? 0 : k->lib.id, limit, &v, &n, &e) != 0)
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_array_append_new(a, request_json(&v[i], k->lib.staff));
        dv_request_view_free(&v[i]);
    }
    free(v);
    return send_json(c, k, MHD_HTTP_OK, a);
}

static enum MHD_Result get_catalog(struct MHD_Connection *c, conn *k,
                                   dv_store *s)
{
    dv_err e;
    dv_catalog_entry *v;
    size_t n;
    if (dv_store_catalog(s, &v, &n, &e) != 0)
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    enum MHD_Result ret;
    if (k->route == R_CATALOG_FILE) {
        const dv_output_rec *hit = NULL;
        for (size_t i = 0; i < n && !hit; i++) {
            if (strcmp(v[i].identifier, k->ident)) continue;
            for (int j = 0; j < v[i].nouts && !hit; j++)
                if (!strcmp(base_name(v[i].outs[j].path), k->name)) hit = &v[i].outs[j];
        }
        ret = hit ? send_file(c, k, hit->path, k->name, hit->sha256)
                  : send_error(c, k, MHD_HTTP_NOT_FOUND, "no such file in the catalogue");
    } else if (k->route == R_CATALOG) {
        json_t *a = json_array();
        for (size_t i = 0; i < n; i++) {
            json_t *o = json_object(), *fs = json_array();
            char up[40];
            iso(v[i].updated_at, up);
            json_object_set_new(o, "identifier", js(v[i].identifier));
            json_object_set_new(o, "title", js(v[i].title));
            json_object_set_new(o, "author", js(v[i].author));
            json_object_set_new(o, "language", js(v[i].language));
            json_object_set_new(o, "updated", js(up));
            for (int j = 0; j < v[i].nouts; j++) {
                const char *name = base_name(v[i].outs[j].path);
                json_t *f = json_object();
                json_object_set_new(f, "format", js(v[i].outs[j].format));
                json_object_set_new(f, "name", js(name));
                json_object_set_new(f, "bytes", json_integer(v[i].outs[j].bytes));
                json_object_set_new(f, "sha256", js(v[i].outs[j].sha256));
                char *u = file_url("/v1/catalog/", v[i].identifier, name);
                json_object_set_new(f, "url", js(u));
                free(u);
                json_array_append_new(fs, f);
            }
            json_object_set_new(o, "formats", fs);
            json_array_append_new(a, o);
        }
        ret = send_json(c, k, MHD_HTTP_OK, a);
    } else {   /* OPDS 1.2 acquisition feed */
        static const char *type =
            "application/atom+xml;profile=opds-catalog;kind=acquisition";
        dv_buf b = {0};
        char now[32], up[40];
        dv_now_iso(now);
        dv_buf_printf(&b,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
            "xmlns:dc=\"http://purl.org/dc/terms/\" "
            "xmlns:opds=\"http://opds-spec.org/2010/catalog\">\n"
            "  <id>urn:dotvox:catalog</id>\n"
            "  <title>dotvox catalogue</title>\n"
            "  <updated>%s</updated>\n"
            "  <author><name>dotvox</name></author>\n"
            "  <link rel=\"self\" href=\"/opds\" type=\"%s\"/>\n"
            "  <link rel=\"start\" href=\"/opds\" type=\"%s\"/>\n", now, type, type);
        for (size_t i = 0; i < n; i++) {
            iso(v[i].updated_at, up);
            dv_buf_puts(&b, "  <entry>\n    <id>urn:dotvox:");
            xml_esc(&b, v[i].identifier);
            dv_buf_puts(&b, "</id>\n    <title>");
            xml_esc(&b, v[i].title && *v[i].title ? v[i].title : v[i].identifier);
            dv_buf_puts(&b, "</title>\n");
            if (v[i].author && *v[i].author) {
                dv_buf_puts(&b, "    <author><name>");
                xml_esc(&b, v[i].author);
                dv_buf_puts(&b, "</name></author>\n");
            }
            dv_buf_puts(&b, "    <updated>");
            xml_esc(&b, up);
            dv_buf_puts(&b, "</updated>\n");
            if (v[i].language && *v[i].language) {
                dv_buf_puts(&b, "    <dc:language>");
                xml_esc(&b, v[i].language);
                dv_buf_puts(&b, "</dc:language>\n");
            }
            for (int j = 0; j < v[i].nouts; j++) {
                const char *name = base_name(v[i].outs[j].path);
                char *u = file_url("/v1/catalog/", v[i].identifier, name);
                dv_buf_puts(&b, "    <link rel=\"http://opds-spec.org/acquisition\" href=\"");
                xml_esc(&b, u);
                dv_buf_puts(&b, "\" type=\"");
                xml_esc(&b, mime_of(name));
                dv_buf_puts(&b, "\" title=\"");
                xml_esc(&b, name);
                dv_buf_printf(&b, "\" length=\"%lld\"/>\n", v[i].outs[j].bytes);
                free(u);
            }
            dv_buf_puts(&b, "  </entry>\n");
        }
        dv_buf_puts(&b, "</feed>\n");
        ret = send_body(c, k, MHD_HTTP_OK, b.data, b.len, type, NULL, NULL);
    }
    dv_catalog_free(v, n);
    return ret;
}

static int this_year(void)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    return tm.tm_year + 1900;
}

static enum MHD_Result get_report(server *S, struct MHD_Connection *c,
                                  conn *k, dv_store *s)
{
    dv_err e;
    dv_report r;
    if (dv_store_report(s, this_year(), &r, &e) != 0)
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    r.target = S->target;
    char *body = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&body, &len);
    if (!fp) {
        dv_report_free(&r);
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
    }
    dv_report_print(fp, &r, DV_REPORT_JSON, (long long)time(NULL));
    fclose(fp);
    dv_report_free(&r);
    return send_body(c, k, MHD_HTTP_OK, body, len, "application/json", NULL, NULL);
}

static void html_esc(dv_buf *b, const char *s) { xml_esc(b, s); }

/* The staff page: queue, recent jobs and requests, and the year's
 * production against the target as an inline SVG chart. */
static enum MHD_Result get_home(server *S, struct MHD_Connection *c,
                                conn *k, dv_store *s)
{
    dv_err e;
    dv_job_row *rows;
    size_t n;
    dv_report r;
    if (dv_store_jobs(s, NULL, NULL, 0, &rows, &n, &e) != 0)
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    int year = this_year();
    if (dv_store_report(s, year, &r, &e) != 0) {
        dv_job_rows_free(rows, n);
        return send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
    }
    r.target = S->target;
    long long cnt[4] = {0};
    static const char *st[4] = {"queued", "running", "done", "failed"};
    for (size_t i = 0; i < n; i++)
        for (int j = 0; j < 4; j++)
            if (rows[i].status && !strcmp(rows[i].status, st[j])) cnt[j]++;
    dv_buf b = {0};
    dv_buf_puts(&b,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<title>dotvox</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;"
        "text-align:left}th{background:#eee}.failed{color:#b00}</style></head><body>\n"
        "<h1>dotvox</h1>\n<p>Signed in as ");
    html_esc(&b, k->lib.name);
    dv_buf_puts(&b, ".</p>\n<h2>Queue</h2>\n<table><tr>");
    for (int j = 0; j < 4; j++) dv_buf_printf(&b, "<th>%s</th>", st[j]);
    dv_buf_puts(&b, "</tr><tr>");
    for (int j = 0; j < 4; j++) dv_buf_printf(&b, "<td>%lld</td>", cnt[j]);
    dv_buf_puts(&b, "</tr></table>\n");

    /* the chart: cumulative braille characters by the end of each month,
     * the target pace (dashed) and the target (line) */
    long long cum[12], acc = 0;
    for (int m = 0; m < 12; m++) cum[m] = acc += r.months[m].chars;
    double top = (double)(r.target > acc ? r.target : acc);
    if (top <= 0) top = 1;
    const int W = 640, H = 260, L = 70, B = 30, T = 20;
    double pw = (W - L - 10) / 12.0, ph = H - B - T;
    char num[64];
    dv_buf_printf(&b, "<h2>Production %d</h2>\n<p>%lld braille characters, "
                  "%.1f%% of the target of %lld.</p>\n", year, acc,
                  r.target > 0 ? 100.0 * acc / r.target : 0.0, r.target);
    dv_buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                  "role=\"img\" aria-label=\"braille characters by month, cumulative, "
                  "against the yearly target\">\n", W, H);
    dv_buf_printf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>\n",
                  L, H - B, W - 10, H - B);
    time_t tnow = time(NULL);
    struct tm tm;
    gmtime_r(&tnow, &tm);
    for (int m = 0; m < 12 && m <= tm.tm_mon; m++) {   /* none ahead of today */
        double h = ph * cum[m] / top, x = L + m * pw;
        dv_buf_printf(&b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                      "fill=\"#4a7\"><title>%d-%02d: %lld (month %lld)</title></rect>\n",
                      x + 3, H - B - h, pw - 6, h, year, m + 1, cum[m], r.months[m].chars);
        dv_buf_printf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" "
                      "text-anchor=\"middle\">%d</text>\n", x + pw / 2, H - B + 15, m + 1);
    }
    if (r.target > 0) {
        double ty = H - B - ph * r.target / top;
        dv_buf_printf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c33\" "
                      "stroke-dasharray=\"4 3\"/>\n", L, H - B, L + 12 * pw, ty);
        dv_buf_printf(&b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c33\"/>\n",
                      L, ty, W - 10, ty);
        snprintf(num, sizeof num, "%lld", r.target);
        dv_buf_printf(&b, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">"
                      "%s</text>\n", L - 4, ty + 4, num);
    }
    dv_buf_printf(&b, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>\n"
                  "</svg>\n", L - 4, H - B + 4);

    dv_buf_puts(&b, "<h2>Recent jobs</h2>\n<table><tr><th>id</th><th>kind</th>"
                "<th>status</th><th>title</th><th>requester</th><th>created</th>"
                "<th>error</th></tr>\n");
    for (size_t i = 0; i < n && i < 30; i++) {
        const dv_job_row *j = &rows[i];
        int failed = j->status && !strcmp(j->status, "failed");
        dv_buf_printf(&b, "<tr%s><td>%lld</td><td>", failed ? " class=\"failed\"" : "", j->id);
        html_esc(&b, j->kind);
        dv_buf_puts(&b, "</td><td>");
        html_esc(&b, j->status);
        dv_buf_puts(&b, "</td><td>");
        html_esc(&b, j->title ? j->title : j->source);
        dv_buf_puts(&b, "</td><td>");
        html_esc(&b, j->requester);
        dv_buf_puts(&b, "</td><td>");
        html_esc(&b, j->created_at);
        dv_buf_puts(&b, "</td><td>");
        html_esc(&b, j->error);
        dv_buf_puts(&b, "</td></tr>\n");
    }
    dv_buf_puts(&b, "</table>\n</body></html>\n");
    dv_job_rows_free(rows, n);
    dv_report_free(&r);
    return send_body(c, k, MHD_HTTP_OK, b.data, b.len, "text/html; charset=utf-8",
                     "Cache-Control", "no-store");
}

/* ---- POST /v1/requests ---- */

static int put_field(conn *k, dv_buf *b, int *have, const char *data, size_t size)
{
    *have = 1;
    if (b->len + size > MAX_FIELD) {
        snprintf(k->bad, sizeof k->bad, "a form field is longer than %d bytes", MAX_FIELD);
        return -1;
    }
    dv_buf_put(b, data, size);
    return 0;
}

static enum MHD_Result on_field(void *cls, enum MHD_ValueKind kind,
                                const char *key, const char *filename,
                                const char *ctype, const char *enc,
                                const char *data, uint64_t off, size_t size)
{
    conn *k = cls;
    (void)kind; (void)filename; (void)ctype; (void)enc; (void)off;
    if (k->bad[0]) return MHD_YES;
    if (!key) return MHD_YES;
    if (!strcmp(key, "file") || !strcmp(key, "text")) {
        if (k->text_key[0] && strcmp(k->text_key, key)) {
            snprintf(k->bad, sizeof k->bad, "send the text once, as 'file' or as 'text'");
            return MHD_YES;
        }
        snprintf(k->text_key, sizeof k->text_key, "%s", key);
        if (size) dv_buf_put(&k->text, data, size);
        else dv_buf_put(&k->text, "", 0);
    } else if (!strcmp(key, "title")) {
        put_field(k, &k->f_title, &k->h_title, data, size);
    } else if (!strcmp(key, "author")) {
        put_field(k, &k->f_author, &k->h_author, data, size);
    } else if (!strcmp(key, "language")) {
        put_field(k, &k->f_lang, &k->h_lang, data, size);
    } else if (!strcmp(key, "formats")) {
        put_field(k, &k->f_formats, &k->h_formats, data, size);
    }
    return MHD_YES;   /* other fields are ignored */
}

/* A form field if sent, else the query parameter, else NULL. */
static const char *field(struct MHD_Connection *c, const dv_buf *b, int have,
                         const char *name)
{
    if (have) return b->data ? b->data : "";
    return MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
}

static void add_arg(dv_buf *b, const char *name, const char *val)
{
    if (!val || !*val) return;
    dv_buf_puts(b, name);
    dv_buf_putc(b, '\n');
    dv_buf_puts(b, val);
    dv_buf_putc(b, '\n');
}

/* The text goes to DIR/uploads/SHA.txt, read back as dv_text_read reads
 * any input (so what the worker will read has been checked), and only
 * then renamed into place. */
static int store_upload(server *S, const dv_buf *t, const char *sha,
                        char *path, size_t n, int *bad, dv_err *e)
{
    *bad = 0;
    snprintf(path, n, "%s/%s.txt", S->uploads, sha);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) return 0;   /* reused */
    pthread_mutex_lock(&S->upload_mu);
    int rc = -1;
    dv_afile f;
    if (dv_afile_open(&f, path, e) != 0) goto out;
    if (fwrite(t->data, 1, t->len, f.fp) != t->len) {
        dv_afile_abort(&f);
        dv_errf(e, "%s: %s", path, strerror(errno));
        goto out;
    }
    fflush(f.fp);
    dv_text txt = {0};
    dv_err te;
    if (dv_text_read(f.tmp, NULL, 0, &txt, &te) != 0) {
        dv_afile_abort(&f);
        /* the message names the temp file: name the upload instead */
        const char *m = strstr(te.msg, ": ");
        dv_errf(e, "the text cannot be read%s", m ? m : "");
        *bad = 1;
        goto out;
    }
    int blank = 1;
    for (size_t i = 0; i < txt.len && blank;) {
        uint32_t cp;
        int w = dv_utf8_decode(txt.utf8 + i, txt.len - i, &cp);
        if (w <= 0) break;
        if (!dv_is_space(cp) && cp != 0xFEFF) blank = 0;
        i += (size_t)w;
    }
    dv_text_free(&txt);
    if (blank) {
        dv_afile_abort(&f);
        dv_errf(e, "the text is empty");
        *bad = 1;
        goto out;
    }
    rc = dv_afile_commit(&f, e);
out:
    pthread_mutex_unlock(&S->upload_mu);
    return rc;
}

static enum MHD_Result post_finish(server *S, struct MHD_Connection *c, conn *k)
{
    if (k->too_big)
        return send_error(c, k, MHD_HTTP_CONTENT_TOO_LARGE, "the request body is too large");
    if (k->pp) {
        enum MHD_Result ok = MHD_destroy_post_processor(k->pp);
        k->pp = NULL;
        if (ok != MHD_YES && !k->bad[0])
            snprintf(k->bad, sizeof k->bad, "malformed form data");
    }
    if (k->urlenc && !k->text_key[0] && !k->h_title && !k->h_author &&
        !k->h_lang && !k->h_formats) {
        /* curl --data-binary @book.txt says "urlencoded" by default: a
         * body with no form field of ours is the text itself */
        k->bad[0] = 0;
        k->raw_body = 1;
        dv_buf_free(&k->text);
        k->text = k->rawcopy;
        memset(&k->rawcopy, 0, sizeof k->rawcopy);
    }
    if (k->bad[0]) return send_error(c, k, MHD_HTTP_BAD_REQUEST, k->bad);
    if (!k->raw_body && !k->text_key[0])
        return send_error(c, k, MHD_HTTP_BAD_REQUEST,
                          "no text: send a form field 'file' or 'text', or a "
                          "text/plain body");
    if (k->text.len == 0) return send_error(c, k, MHD_HTTP_BAD_REQUEST, "the text is empty");

    const char *title = field(c, &k->f_title, k->h_title, "title");
    const char *author = field(c, &k->f_author, k->h_author, "author");
    const char *lang = field(c, &k->f_lang, k->h_lang, "language");
    const char *formats = field(c, &k->f_formats, k->h_formats, "formats");
    if (!lang) lang = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
    const char *names[] = {"title", "author", "language", "formats"};
    const char *vals[] = {title, author, lang, formats};
    for (int i = 0; i < 4; i++)
        if (vals[i] && (strlen(vals[i]) > MAX_FIELD || !clean_utf8(vals[i], strlen(vals[i])))) {
            char m[128];
            snprintf(m, sizeof m, "%s: not UTF-8 text on one line", names[i]);
            return send_error(c, k, MHD_HTTP_BAD_REQUEST, m);
        }
    if (lang && *lang && strcmp(lang, "zh") && strcmp(lang, "en"))
        return send_error(c, k, MHD_HTTP_BAD_REQUEST, "language: use zh or en");
    int f = F_BRF | F_PEF;
    if (formats && *formats && parse_formats(formats, &f) != 0)
        return send_error(c, k, MHD_HTTP_BAD_REQUEST,
                          "formats: a comma-separated list of brf, pef, txt, "
                          "braille, mp3, audio");
    char canon[64];
    canon_formats(f, canon, sizeof canon);
    if (!title) title = "";
    if (!author) author = "";
    if (!lang) lang = "";

    char sha[65], key[65];
    dv_sha256_hex(k->text.data, k->text.len, sha);
    dv_buf kb = {0};
    dv_buf_printf(&kb, "%lld\n%s\n%s\n%s\n%s\n%s", k->lib.id, sha, canon, title,
                  author, lang);
    dv_sha256_hex(kb.data, kb.len, key);
    dv_buf_free(&kb);

    dv_err e;
    dv_store *s = pool_get(S, &e);
    if (!s) return send_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, e.msg);
    enum MHD_Result ret;
    long long id = 0, jobs[2];
    int njobs = 0, existed = 0, got, bad;
    char src[4400], outdir[4400], *opts = NULL;
    got = dv_store_request_find(s, k->lib.id, key, &id, &e);
    if (got < 0) { ret = send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg); goto out; }
    if (got == 1) { existed = 1; goto answer; }
    if (store_upload(S, &k->text, sha, src, sizeof src, &bad, &e) != 0) {
        ret = send_error(c, k, bad ? MHD_HTTP_BAD_REQUEST : MHD_HTTP_INTERNAL_SERVER_ERROR,
                         e.msg);
        goto out;
    }
    snprintf(outdir, sizeof outdir, "%s/%.16s", S->requests, key);
    if (dv_mkdirs(outdir, &e) != 0) {
        ret = send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
        goto out;
    }
    for (int kind = DV_DO_BRAILLE; kind <= DV_DO_AUDIO; kind <<= 1) {
        int need = kind == DV_DO_BRAILLE ? (f & (F_BRF | F_PEF | F_TXT | F_BRAILLE))
                                         : (f & (F_MP3 | F_AUDIO));
        if (!need) continue;
        const char *kname = kind == DV_DO_AUDIO ? "audio" : "braille";
        dv_buf ob = {0};
        add_arg(&ob, "--title", title);
        add_arg(&ob, "--author", author);
        add_arg(&ob, "--lang", lang);
        add_arg(&ob, "--requester", k->lib.name);
        add_arg(&ob, "-o", outdir);
        opts = ob.data ? ob.data : dv_strdup("");
        char qk[65];
        dv_buf q = {0};
        dv_buf_printf(&q, "%s\n%s", key, kname);
        dv_sha256_hex(q.data, q.len, qk);
        dv_buf_free(&q);
        dv_queue_item it = {src, outdir, kname, opts, qk, k->lib.name, 0, NULL};
        int state;
        if (dv_store_enqueue(s, &it, &jobs[njobs], &state, &e) != 0) {
            ret = send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
            goto out;
        }
        njobs++;
        free(opts);
        opts = NULL;
    }
    dv_request_rec rec = {k->lib.id, key, sha, *title ? title : NULL,
                          *author ? author : NULL, *lang ? lang : NULL, canon,
                          src, outdir};
    if (dv_store_request_add(s, &rec, jobs, njobs, &id, &existed, &e) != 0) {
        ret = send_error(c, k, MHD_HTTP_INTERNAL_SERVER_ERROR, e.msg);
        goto out;
    }
answer: {
        char url[64];
        snprintf(url, sizeof url, "/v1/requests/%lld", id);
        const char *status = "queued";
        dv_request_view v;
        int have = existed && dv_store_request_get(s, id, k->lib.id, &v, &e) == 1;
        if (have) status = v.status;
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(id));
        json_object_set_new(o, "status", js(status));
        json_object_set_new(o, "status_url", js(url));
        if (have) dv_request_view_free(&v);
        ret = send_json_h(c, k, existed ? MHD_HTTP_OK : MHD_HTTP_CREATED, o,
                          MHD_HTTP_HEADER_LOCATION, url);
    }
out:
    free(opts);
    pool_put(S, s);
    return ret;
}

/* First call of a POST: key, rate, size and type, before any body. */
static enum MHD_Result post_start(server *S, struct MHD_Connection *c, conn *k)
{
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl && strtoull(cl, NULL, 10) > (unsigned long long)S->max_upload)
        return send_error(c, k, MHD_HTTP_CONTENT_TOO_LARGE, "the request body is too large");
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_CONTENT_TYPE);
    if (!ct || !strncasecmp(ct, "text/plain", 10) ||
        !strncasecmp(ct, "application/octet-stream", 24)) {
        k->raw_body = 1;
        return MHD_YES;
    }
    if (!strncasecmp(ct, MHD_HTTP_POST_ENCODING_MULTIPART_FORMDATA, 19) ||
        !strncasecmp(ct, MHD_HTTP_POST_ENCODING_FORM_URLENCODED, 33)) {
        k->urlenc = !strncasecmp(ct, MHD_HTTP_POST_ENCODING_FORM_URLENCODED, 33);
        k->pp = MHD_create_post_processor(c, 16 * 1024, on_field, k);
        if (!k->pp)
            return send_error(c, k, MHD_HTTP_BAD_REQUEST,
                              "malformed form data (no multipart boundary?)");
        return MHD_YES;
    }
    return send_error(c, k, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
                      "send multipart/form-data, text/plain or application/octet-stream");
}

/* ---- the access handler ---- */

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **req_cls)
{
    server *S = cls;
    conn *k = *req_cls;
    (void)version;
    if (!k) return MHD_NO;   /* the URI callback always sets it */
    if (k->answered) {       /* the rest of a body we refused */
        *upload_size = 0;
        return MHD_YES;
    }
    int is_get = !strcmp(method, MHD_HTTP_METHOD_GET) ||
                 !strcmp(method, MHD_HTTP_METHOD_HEAD);
    int is_post = !strcmp(method, MHD_HTTP_METHOD_POST);
    /* MHD closes the connection after a response queued on the first
     * call (the body is not read yet): GETs answer on the second, so
     * keep-alive works; a POST is checked before its body is read */
    if (!k->started && !is_post) {
        k->started = 1;
        return MHD_YES;
    }
    if (k->started == 1 && !is_post && *upload_size) {   /* a body on a GET */
        *upload_size = 0;
        return MHD_YES;
    }
    if (k->started != 2) {
        k->started = 2;
        if (!raw_uri_ok(k->raw))
            return send_error(c, k, MHD_HTTP_BAD_REQUEST, "bad path");
        route(k, url);
        if (k->route == R_NONE) {
            /* a decoded name with a NUL or a walk is refused, not looked up */
            if (k->name && !safe_name(k->name))
                return send_error(c, k, MHD_HTTP_BAD_REQUEST, "bad file name");
            return send_error(c, k, MHD_HTTP_NOT_FOUND, "no such resource");
        }
        if (k->name && !safe_name(k->name))
            return send_error(c, k, MHD_HTTP_BAD_REQUEST, "bad file name");
        if (k->ident && !safe_name(k->ident))
            return send_error(c, k, MHD_HTTP_BAD_REQUEST, "bad identifier");
        int post_ok = k->route == R_REQUESTS;
        if (!(is_get || (is_post && post_ok)))
            return send_error_h(c, k, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed",
                                MHD_HTTP_HEADER_ALLOW, post_ok ? "GET, HEAD, POST"
                                                               : "GET, HEAD");
        if (authenticate(S, c, k, k->route == R_HOME) != 1) return MHD_YES;
        if ((k->route == R_REPORT || k->route == R_HOME) && !k->lib.staff)
            return send_error(c, k, MHD_HTTP_FORBIDDEN, "for staff keys only");
        if (is_post) return post_start(S, c, k);
        dv_err e;
        dv_store *s = pool_get(S, &e);
        if (!s) return send_error(c, k, MHD_HTTP_SERVICE_UNAVAILABLE, e.msg);
        enum MHD_Result ret;
        switch (k->route) {
        case R_REQUEST: case R_REQUEST_FILE: ret = get_request(S, c, k, s); break;
        case R_REQUESTS: ret = get_requests(c, k, s); break;
        case R_CATALOG: case R_CATALOG_FILE: case R_OPDS: ret = get_catalog(c, k, s); break;
        case R_REPORT: ret = get_report(S, c, k, s); break;
        default: ret = get_home(S, c, k, s); break;
        }
        pool_put(S, s);
        return ret;
    }
    if (!is_post) {
        *upload_size = 0;
        return MHD_YES;
    }
    if (*upload_size) {
        k->total += *upload_size;
        if (k->total > (unsigned long long)S->max_upload) {
            /* MHD cannot answer in the middle of a body: drop the rest
             * and answer 413 at its end; a body that goes on and on
             * loses its connection */
            *upload_size = 0;
            if (!k->too_big) {
                k->too_big = 1;
                dv_buf_free(&k->text);
                dv_buf_free(&k->rawcopy);
            }
            return k->total > 2ULL * (unsigned long long)S->max_upload + (64u << 20)
                   ? MHD_NO : MHD_YES;
        }
        if (k->urlenc) dv_buf_put(&k->rawcopy, upload, *upload_size);
        if (k->raw_body) {
            dv_buf_put(&k->text, upload, *upload_size);
        } else if (k->pp && !k->bad[0] &&
                   MHD_post_process(k->pp, upload, *upload_size) != MHD_YES) {
            snprintf(k->bad, sizeof k->bad, "malformed form data");
        }
        *upload_size = 0;
        return MHD_YES;
    }
    return post_finish(S, c, k);
}

/* ---- dotvox serve ---- */

static int parse_listen(const char *s, struct sockaddr_storage *ss, socklen_t *len)
{
    char host[256];
    const char *colon = strrchr(s, ':');
    const char *port = colon ? colon + 1 : s;
    size_t hl = colon ? (size_t)(colon - s) : 0;
    if (!colon) snprintf(host, sizeof host, "127.0.0.1");
    else if (hl >= sizeof host) return -1;
    else { memcpy(host, s, hl); host[hl] = 0; }
    if (!*host) snprintf(host, sizeof host, "0.0.0.0");
    int p;
    if (dv_parse_int(port, 0, 65535, &p) != 0) return -1;
    memset(ss, 0, sizeof *ss);
    size_t n = strlen(host);
    if (host[0] == '[' && n > 2 && host[n - 1] == ']') {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
        host[n - 1] = 0;
        if (inet_pton(AF_INET6, host + 1, &a->sin6_addr) != 1) return -1;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)p);
        *len = sizeof *a;
        return 0;
    }
    struct sockaddr_in *a = (struct sockaddr_in *)ss;
    if (!strcmp(host, "localhost")) snprintf(host, sizeof host, "127.0.0.1");
    if (inet_pton(AF_INET, host, &a->sin_addr) != 1) return -1;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)p);
    *len = sizeof *a;
    return 0;
}

static void stop_supervisor(pid_t sup)
{
    if (sup <= 0) return;
    kill(sup, SIGTERM);
    int st;
    while (waitpid(sup, &st, 0) < 0 && errno == EINTR) {}
}

int dv_cmd_serve(int argc, char **argv)
{
    enum { O_LISTEN = 256, O_DB, O_MAX, O_RATE, O_HELP };
    static const struct option opts[] = {
        {"listen", 1, 0, O_LISTEN}, {"jobs", 1, 0, 'j'}, {"output", 1, 0, 'o'},
        {"db", 1, 0, O_DB}, {"max-upload", 1, 0, O_MAX}, {"rate", 1, 0, O_RATE},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    const char *listen = "127.0.0.1:8080", *outdir = "var/serve", *db = NULL;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = ncpu > 0 ? (int)ncpu : 1, rate = 600, ch;
    long long max_upload = 20000000;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "hj:o:", opts, NULL)) != -1) {
        switch (ch) {
        case O_LISTEN: listen = optarg; break;
        case 'j':
            if (dv_parse_int(optarg, 1, 64, &jobs) != 0)
                return dv_usage_error(usage_serve, "-j needs a number from 1 to 64, not '%s'", optarg);
            break;
        case 'o': outdir = optarg; break;
        case O_DB: db = optarg; break;
        case O_MAX: {
            char *end;
            max_upload = strtoll(optarg, &end, 10);
            if (*end || max_upload <= 0)
                return dv_usage_error(usage_serve, "--max-upload needs a byte count, not '%s'", optarg);
            break;
        }
        case O_RATE:
            if (dv_parse_int(optarg, 0, 1000000000, &rate) != 0)
                return dv_usage_error(usage_serve, "--rate needs requests a minute, not '%s'", optarg);
            break;
        case 'h': case O_HELP: fputs(usage_serve, stdout); return DV_EX_OK;
        default: fputc('\n', stderr); fputs(usage_serve, stderr); return DV_EX_USAGE;
        }
    }
    if (optind < argc)
        return dv_usage_error(usage_serve, "unexpected argument '%s'", argv[optind]);
    struct sockaddr_storage addr;
    socklen_t alen;
    if (parse_listen(listen, &addr, &alen) != 0)
        return dv_usage_error(usage_serve, "--listen wants ADDR:PORT, not '%s'", listen);

    server S;
    memset(&S, 0, sizeof S);
    S.db = dv_db_path(db);
    S.max_upload = max_upload;
    S.rate = rate;
    S.target = 1000000;
    const char *env = getenv("DOTVOX_TARGET");
    if (env && *env && atoll(env) > 0) S.target = atoll(env);
    dv_err e;
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s/uploads", outdir);
    if (dv_mkdirs(tmp, &e) != 0) goto fail;
    snprintf(tmp, sizeof tmp, "%s/requests", outdir);
    if (dv_mkdirs(tmp, &e) != 0) goto fail;
    /* absolute, so the paths stored in the manifest hold from anywhere */
    if (!realpath(outdir, S.outdir)) {
        dv_errf(&e, "%s: %s", outdir, strerror(errno));
        goto fail;
    }
    snprintf(S.uploads, sizeof S.uploads, "%s/uploads", S.outdir);
    snprintf(S.requests, sizeof S.requests, "%s/requests", S.outdir);
    /* open once here: migrations run before workers or threads exist */
    dv_store *s0;
    if (dv_store_open(&s0, S.db, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_DB;
    }
    dv_store_close(s0);
    dv_clean_stale_tmp(S.uploads, 0);
    dv_clean_stale_tmp(S.requests, 3);

    /* fork before threads: the supervisor first */
    fflush(NULL);
    pid_t sup = dv_supervisor_start(S.db, jobs, &e);
    if (sup < 0) goto fail;

    /* SIGTERM and SIGINT are taken by sigtimedwait below; blocked before
     * MHD starts its threads, so they inherit the mask */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    pthread_mutex_init(&S.pool_mu, NULL);
    pthread_mutex_init(&S.rate_mu, NULL);
    pthread_mutex_init(&S.upload_mu, NULL);

    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO |
                     MHD_USE_ERROR_LOG;
    if (addr.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, &S,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(ncpu > 0 ? ncpu : 1),
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, (void *)NULL,
        MHD_OPTION_NOTIFY_COMPLETED, on_done, (void *)NULL,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
        MHD_OPTION_END);
    int rc = DV_EX_OK;
    if (!d) {
        fprintf(stderr, "dotvox: cannot listen on %s (in use, or not an address "
                "of this machine?)\n", listen);
        stop_supervisor(sup);
        rc = DV_EX_FAIL;
        goto out;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char shown[300];
    snprintf(shown, sizeof shown, "%.*s", (int)(strrchr(listen, ':')
             ? strrchr(listen, ':') - listen : 9), strrchr(listen, ':') ? listen : "127.0.0.1");
    fprintf(stderr, "dotvox serve: listening on http://%s:%u/ (%d workers, outputs in %s)\n",
            shown, info ? (unsigned)info->port : 0u, jobs, S.outdir);

    for (;;) {
        struct timespec ts = {1, 0};
        int sig = sigtimedwait(&set, NULL, &ts);
        if (sig == SIGTERM || sig == SIGINT) break;
        int st;
        if (waitpid(sup, &st, WNOHANG) == sup) {
            fprintf(stderr, "dotvox: the worker supervisor exited; stopping\n");
            sup = -1;
            rc = DV_EX_FAIL;
            break;
        }
    }
    fprintf(stderr, "dotvox serve: stopping (running jobs finish, queued ones wait)\n");
    MHD_stop_daemon(d);
    stop_supervisor(sup);
out:
    for (size_t i = 0; i < S.npool; i++) dv_store_close(S.pool[i]);
    free(S.pool);
    free(S.buckets);
    pthread_mutex_destroy(&S.pool_mu);
    pthread_mutex_destroy(&S.rate_mu);
    pthread_mutex_destroy(&S.upload_mu);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return rc;
fail:
    fprintf(stderr, "dotvox: %s\n", e.msg);
    return DV_EX_FAIL;
}

/* ---- dotvox library ---- */

static int new_key(char out[65], dv_err *e)
{
    unsigned char b[32];
    size_t got = 0;
    while (got < sizeof b) {
        ssize_t n = getrandom(b + got, sizeof b - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return dv_errf(e, "getrandom: %s", strerror(errno));
        }
        got += (size_t)n;
    }
    for (size_t i = 0; i < sizeof b; i++) snprintf(out + 2 * i, 3, "%02x", b[i]);
    return 0;
}

int dv_cmd_library(int argc, char **argv)
{
    enum { O_STAFF = 256, O_JSON, O_DB, O_HELP };
    static const struct option opts[] = {
        {"staff", 0, 0, O_STAFF}, {"json", 0, 0, O_JSON}, {"db", 1, 0, O_DB},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    int staff = 0, json = 0, ch;
    const char *db = NULL;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (ch) {
        case O_STAFF: staff = 1; break;
        case O_JSON: json = 1; break;
        case O_DB: db = optarg; break;
        case 'h': case O_HELP: fputs(usage_library, stdout); return DV_EX_OK;
        default: fputc('\n', stderr); fputs(usage_library, stderr); return DV_EX_USAGE;
        }
    }
    if (optind >= argc) return dv_usage_error(usage_library, "%s", "add, list or revoke?");
    const char *sub = argv[optind];
    int nargs = argc - optind - 1;
    const char *name = nargs > 0 ? argv[optind + 1] : NULL;
    if (!strcmp(sub, "add") || !strcmp(sub, "revoke")) {
        if (nargs != 1) return dv_usage_error(usage_library, "%s", "one library NAME");
        if (!*name || strlen(name) > 200 || !clean_utf8(name, strlen(name)))
            return dv_usage_error(usage_library, "bad library name '%s'", name);
    } else if (!strcmp(sub, "list")) {
        if (nargs) return dv_usage_error(usage_library, "unexpected argument '%s'", name);
    } else {
        return dv_usage_error(usage_library, "unknown subcommand '%s'", sub);
    }
    if (staff && strcmp(sub, "add"))
        return dv_usage_error(usage_library, "%s", "--staff goes with add");
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, dv_db_path(db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_DB;
    }
    int rc = DV_EX_OK;
    if (!strcmp(sub, "add")) {
        char key[65], sha[65];
        long long id;
        if (new_key(key, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = DV_EX_FAIL;
        } else {
            dv_sha256_hex(key, strlen(key), sha);
            if (dv_store_library_add(s, name, staff, sha, &id, &e) != 0) {
                fprintf(stderr, "dotvox: %s\n", e.msg);
                rc = DV_EX_FAIL;
            } else {
                printf("%s\n", key);
                fprintf(stderr, "library '%s' added (id %lld%s); its key is printed "
                        "once, above: keep it\n", name, id, staff ? ", staff" : "");
            }
        }
    } else if (!strcmp(sub, "revoke")) {
        if (dv_store_library_revoke(s, name, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = DV_EX_FAIL;
        } else {
            fprintf(stderr, "library '%s': key revoked\n", name);
        }
    } else {
        dv_library *v;
        size_t n;
        if (dv_store_libraries(s, &v, &n, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = DV_EX_DB;
        } else {
            if (json) fputs("[", stdout);
            for (size_t i = 0; i < n; i++) {
                if (json) {
                    printf("%s\n  {\"id\": %lld, \"name\": ", i ? "," : "", v[i].id);
                    dv_json_str(stdout, v[i].name);
                    printf(", \"staff\": %s, \"revoked\": %s, \"created_at\": ",
                           v[i].staff ? "true" : "false", v[i].revoked ? "true" : "false");
                    dv_json_str(stdout, v[i].created_at);
                    fputs("}", stdout);
                } else {
                    printf("%4lld  %-30s %-6s %-8s %s\n", v[i].id, v[i].name,
                           v[i].staff ? "staff" : "", v[i].revoked ? "revoked" : "active",
                           v[i].created_at ? v[i].created_at : "");
                }
                dv_library_free(&v[i]);
            }
            if (json) fputs(n ? "\n]\n" : "]\n", stdout);
            free(v);
        }
    }
    dv_store_close(s);
    return rc;
}
