/* util.c -- see util.h. */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <openssl/evp.h>
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
    if (n) memcpy(b->data + b->len, p, n);
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

/* ---- small parsers and printers ---- */

char *dv_trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                     s[n - 1] == '\n'))
        s[--n] = 0;
    return s;
}

int dv_parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long x = strtol(s, &end, 10);
    if (errno || end == s || *end || x < lo || x > hi) return -1;
    *out = (int)x;
    return 0;
}

void dv_json_str(FILE *out, const char *s)
{
    fputc('"', out);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

size_t dv_hash_str(const char *s)
{
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* ---- SHA-256 ----
 * OpenSSL's, which uses the CPU's SHA extensions: hashing every output
 * file is on the braille benchmark's path. */

void dv_sha256_hex(const void *data, size_t n, char out[65])
{
    unsigned char md[32];
    unsigned int len = 0;
    EVP_Digest(data, n, md, &len, EVP_sha256(), NULL);
    for (int i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", md[i]);
    out[64] = 0;
}

int dv_sha256_file(const char *path, char out[65], long long *bytes, dv_err *e)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return dv_errf(e, "%s: %s", path, strerror(errno));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
        fclose(fp);
        EVP_MD_CTX_free(ctx);
        return dv_errf(e, "%s: cannot start SHA-256", path);
    }
    char buf[1 << 16];
    size_t n;
    long long total = 0;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        EVP_DigestUpdate(ctx, buf, n);
        total += (long long)n;
    }
    int bad = ferror(fp);
    fclose(fp);
    unsigned char md[32];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    if (bad) return dv_errf(e, "%s: read error", path);
    for (int i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", md[i]);
    out[64] = 0;
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

int dv_afile_close(dv_afile *f, dv_err *e)
{
    if (!f->fp) return 0;
    int bad = ferror(f->fp);
    if (fflush(f->fp) != 0) bad = 1;
    if (!bad && fsync(fileno(f->fp)) != 0) bad = 1;
    int err = errno;
    if (fclose(f->fp) != 0 && !bad) { bad = 1; err = errno; }
    f->fp = NULL;
    if (bad) {
        dv_errf(e, "%s: write failed: %s", f->path, strerror(err ? err : EIO));
        dv_afile_abort(f);
        return -1;
    }
    return 0;
}

int dv_afile_commit(dv_afile *f, dv_err *e)
{
    if (dv_afile_close(f, e) != 0) return -1;
    int bad = rename(f->tmp, f->path) != 0, err = errno;
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

int dv_conf_next(FILE *fp, const char *path, char *buf, int len, int *lineno,
                 char **key, char **val, dv_err *e)
{
    while (fgets(buf, len, fp)) {
        ++*lineno;
        if (!strchr(buf, '\n') && !feof(fp))
            return dv_errf(e, "%s:%d: line too long", path, *lineno);
        /* '#' starts a comment at the start of a line or after white
         * space, so a '#' inside a word survives. */
        for (char *h = buf; (h = strchr(h, '#')) != NULL; h++)
            if (h == buf || h[-1] == ' ' || h[-1] == '\t') {
                *h = 0;
                break;
            }
        char *s = dv_trim(buf);
        if (!*s) continue;
        char *eq = strchr(s, '=');
        if (!eq)
            return dv_errf(e, "%s:%d: expected 'key = value'", path, *lineno);
        *eq = 0;
        *key = dv_trim(s);
        *val = dv_trim(eq + 1);
        return 1;
    }
    if (ferror(fp)) return dv_errf(e, "%s: read error", path);
    return 0;
}

FILE *dv_conf_open(const char *dir, const char *name, size_t maxname,
                   const char *what, const char *list, char **path, dv_err *e)
{
    *path = NULL;
    if (!*name || strchr(name, '/') || strstr(name, "..") ||
        strlen(name) >= maxname) {
        dv_errf(e, "invalid %s name '%s'", what, name);
        return NULL;
    }
    size_t plen = strlen(dir) + strlen(name) + 8;
    *path = dv_malloc(plen);
    snprintf(*path, plen, "%s/%s.conf", dir, name);
    FILE *fp = fopen(*path, "r");
    if (!fp) {
        int err = errno;
        if (err == ENOENT)
            dv_errf(e, "unknown %s '%s' (see dotvox %s)", what, name, list);
        else
            dv_errf(e, "%s: %s", *path, strerror(err));
        free(*path);
        *path = NULL;
    }
    return fp;
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

double dv_mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void dv_fmt_eta(double left, char *out, size_t n)
{
    if (left >= 3600)
        snprintf(out, n, ", eta %.0fh%02.0fm", floor(left / 3600), fmod(left / 60, 60));
    else if (left >= 60)
        snprintf(out, n, ", eta %.0fm", ceil(left / 60));
    else
        snprintf(out, n, ", eta %.0fs", ceil(left));
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

void dv_proc_start(long long pid, char *out, size_t n)
{
    char path[64], buf[1024];
    out[0] = 0;
    snprintf(path, sizeof path, "/proc/%lld/stat", pid);
    FILE *fp = fopen(path, "r");
    if (!fp) return;
    size_t len = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    buf[len] = 0;
    /* the command name (field 2) may hold spaces: count from its ')' */
    char *p = strrchr(buf, ')');
    if (!p) return;
    int field = 2;
    for (p++; *p && field < 22; p++)
        if (*p == ' ') field++;
    size_t k = 0;
    while (p[k] >= '0' && p[k] <= '9' && k + 1 < n) {
        out[k] = p[k];
        k++;
    }
    out[k] = 0;
}

void dv_hostname(char *out, size_t n)
{
    if (gethostname(out, n) != 0) out[0] = 0;
    out[n - 1] = 0;
}

int dv_proc_alive(long long pid)
{
    if (kill((pid_t)pid, 0) != 0 && errno == ESRCH) return 0;
    /* a killed process not yet reaped is a zombie: gone for our purposes */
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%lld/stat", pid);
    FILE *fp = fopen(path, "r");
    if (!fp) return 1;   /* cannot tell: assume alive */
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    return !(p && p[1] == ' ' && (p[2] == 'Z' || p[2] == 'X'));
}

int dv_clean_stale_tmp(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char path[4600];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth > 0) n += dv_clean_stale_tmp(path, depth - 1);
            continue;
        }
        const char *t = strstr(de->d_name, ".tmp.");
        if (!t || !S_ISREG(st.st_mode)) continue;
        char *end;
        long pid = strtol(t + 5, &end, 10);
        if (*end || pid <= 0) continue;
        if (!dv_proc_alive(pid) && unlink(path) == 0) n++;
    }
    closedir(d);
    return n;
}
