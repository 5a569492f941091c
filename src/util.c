/* util.c -- see util.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "util.h"

static void oom(void)
{
    fputs("dotvox: out of memory\n", stderr);
    abort();
}

void *dv_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *dv_calloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz ? sz : 1);
    if (!p) oom();
    return p;
}

void *dv_realloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}

char *dv_strndup(const char *s, size_t n)
{
    char *p = dv_malloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *dv_strdup(const char *s) { return dv_strndup(s, strlen(s)); }

/* ---- buffer ---- */

static void buf_grow(dv_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = dv_realloc(b->data, cap);
    b->cap = cap;
}

void dv_buf_put(dv_buf *b, const void *p, size_t n)
{
    buf_grow(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void dv_buf_puts(dv_buf *b, const char *s) { dv_buf_put(b, s, strlen(s)); }
void dv_buf_putc(dv_buf *b, char c) { dv_buf_put(b, &c, 1); }

void dv_buf_printf(dv_buf *b, const char *fmt, ...)
{
    va_list ap;
    char probe[1];
    va_start(ap, fmt);
    int n = vsnprintf(probe, sizeof probe, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void dv_buf_free(dv_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- UTF-8 ---- */

int dv_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) return 0;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    int len;
    uint32_t c, min;
    if ((u[0] & 0xE0) == 0xC0) { len = 2; c = u[0] & 0x1F; min = 0x80; }
    else if ((u[0] & 0xF0) == 0xE0) { len = 3; c = u[0] & 0x0F; min = 0x800; }
    else if ((u[0] & 0xF8) == 0xF0) { len = 4; c = u[0] & 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

int dv_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int dv_is_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

int dv_is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2EBEF) ||
           (c >= 0x30000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x2F800 && c <= 0x2FA1F);
}

/* ---- SHA-256 (FIPS 180-4) ---- */

typedef struct sha256 {
    uint32_t h[8];
    uint64_t len;
    unsigned char blk[64];
    size_t n;
} sha256;

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha_block(sha256 *s, const unsigned char *p)
{
    uint32_t w[64], a, b, c, d, e, f, g, h;
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    a = s->h[0]; b = s->h[1]; c = s->h[2]; d = s->h[3];
    e = s->h[4]; f = s->h[5]; g = s->h[6]; h = s->h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
                      ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
    s->h[4] += e; s->h[5] += f; s->h[6] += g; s->h[7] += h;
}

static void sha_init(sha256 *s)
{
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                   0xa54ff53a, 0x510e527f, 0x9b05688c,
                                   0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h, h0, sizeof h0);
    s->len = 0;
    s->n = 0;
}

static void sha_update(sha256 *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    s->len += n;
    if (s->n) {
        size_t take = 64 - s->n < n ? 64 - s->n : n;
        memcpy(s->blk + s->n, p, take);
        s->n += take; p += take; n -= take;
        if (s->n < 64) return;
        sha_block(s, s->blk);
        s->n = 0;
    }
    for (; n >= 64; p += 64, n -= 64) sha_block(s, p);
    memcpy(s->blk, p, n);
    s->n = n;
}

static void sha_hex(sha256 *s, char out[65])
{
    uint64_t bits = s->len * 8;
    unsigned char pad = 0x80, zero = 0, lenb[8];
    sha_update(s, &pad, 1);
    while (s->n != 56) sha_update(s, &zero, 1);
    for (int i = 0; i < 8; i++) lenb[i] = (unsigned char)(bits >> (56 - 8 * i));
    sha_update(s, lenb, 8);
    for (int i = 0; i < 8; i++) sprintf(out + 8 * i, "%08x", s->h[i]);
    out[64] = 0;
}

void dv_sha256_hex(const void *data, size_t n, char out[65])
{
    sha256 s;
    sha_init(&s);
    sha_update(&s, data, n);
    sha_hex(&s, out);
}

int dv_sha256_file(const char *path, char out[65], long long *bytes, dv_err *e)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return dv_errf(e, "%s: %s", path, strerror(errno));
    sha256 s;
    sha_init(&s);
    char buf[65536];
    size_t n;
    long long total = 0;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        sha_update(&s, buf, n);
        total += (long long)n;
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) return dv_errf(e, "%s: read error", path);
    sha_hex(&s, out);
    if (bytes) *bytes = total;
    return 0;
}

/* ---- slug ---- */

void dv_slug(const char *title, char *out, size_t max)
{
    size_t o = 0;
    int dash = 0, ascii = 0;
    for (const unsigned char *p = (const unsigned char *)title; *p && o + 1 < max; p++) {
        int c = *p;
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && o) out[o++] = '-';
            if (o + 1 < max) out[o++] = (char)c;
            dash = 0;
            if (c >= 'a') ascii++;
        } else {
            dash = 1;
        }
    }
    out[o] = 0;
    /* A title that is mostly not Latin (Chinese) gets a stable hashed
     * name: a slug of only its digits would be meaningless. */
    if (ascii < 3) {
        char hex[65];
        dv_sha256_hex(title, strlen(title), hex);
        snprintf(out, max, "book-%.8s", hex);
        o = strlen(out);
    }
    while (o > 0 && out[o - 1] == '-') out[--o] = 0;
}

/* ---- atomic files ---- */

int dv_afile_open(dv_afile *f, const char *path, dv_err *e)
{
    size_t n = strlen(path) + 32;
    f->path = dv_strdup(path);
    f->tmp = dv_malloc(n);
    snprintf(f->tmp, n, "%s.tmp.%ld", path, (long)getpid());
    f->fp = fopen(f->tmp, "wb");
    if (!f->fp) {
        int err = errno;
        free(f->path);
        free(f->tmp);
        f->path = f->tmp = NULL;
        return dv_errf(e, "%s: cannot write: %s", path, strerror(err));
    }
    return 0;
}

int dv_afile_commit(dv_afile *f, dv_err *e)
{
    int bad = ferror(f->fp);
    if (fflush(f->fp) != 0) bad = 1;
    if (!bad && fsync(fileno(f->fp)) != 0) bad = 1;
    int err = errno;
    if (fclose(f->fp) != 0 && !bad) { bad = 1; err = errno; }
    f->fp = NULL;
    if (!bad && rename(f->tmp, f->path) != 0) { bad = 1; err = errno; }
    if (bad) {
        unlink(f->tmp);
        dv_errf(e, "%s: write failed: %s", f->path, strerror(err ? err : EIO));
    }
    free(f->path);
    free(f->tmp);
    f->path = f->tmp = NULL;
    return bad ? -1 : 0;
}

void dv_afile_abort(dv_afile *f)
{
    if (f->fp) fclose(f->fp);
    if (f->tmp) unlink(f->tmp);
    free(f->path);
    free(f->tmp);
    f->fp = NULL;
    f->path = f->tmp = NULL;
}

int dv_mkdirs(const char *path, dv_err *e)
{
    char *p = dv_strdup(path);
    for (char *s = p + 1;; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            struct stat st;
            if (stat(p, &st) != 0) {
                if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                    int err = errno;
                    dv_errf(e, "%s: cannot create directory: %s", p, strerror(err));
                    free(p);
                    return -1;
                }
            } else if (!S_ISDIR(st.st_mode)) {
                dv_errf(e, "%s: not a directory", p);
                free(p);
                return -1;
            }
            *s = c;
            if (!c) break;
        }
    }
    free(p);
    return 0;
}

void dv_now_iso(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int has_tables(const char *dir)
{
    char p[4200];
    struct stat st;
    snprintf(p, sizeof p, "%s/tables/embossers", dir);
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *dv_datadir(void)
{
    static char dir[8192];
    if (dir[0]) return dir;
    const char *env = getenv("DOTVOX_DATA");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return dir;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            char up[4096 + 4];
            snprintf(up, sizeof up, "%s/..", exe);
            if (has_tables(up)) {
                char *r = realpath(up, NULL);
                snprintf(dir, sizeof dir, "%s", r ? r : up);
                free(r);
                return dir;
            }
            if (has_tables(exe)) {
                snprintf(dir, sizeof dir, "%s", exe);
                return dir;
            }
        }
    }
    snprintf(dir, sizeof dir, "/usr/local/share/dotvox");
    return dir;
}
