/* textin.c -- see textin.h.
 *
 * The whole file is read into memory (it is at most DV_MAX_INPUT bytes,
 * checked with fstat before reading), hashed, then decoded:
 *
 *   - a BOM decides first: EF BB BF is UTF-8, FF FE UTF-16LE, FE FF
 *     UTF-16BE; the BOM never reaches the text;
 *   - without one, a NUL byte means a binary file; bytes that are valid
 *     UTF-8 are UTF-8; else valid GB18030 is GB18030; else it is an error
 *     naming the first invalid UTF-8 byte;
 *   - under lenient, a file that is neither is decoded as whichever of
 *     the two needs fewer replacements.
 *
 * Byte offsets in messages count from 0 at the start of the file (the BOM
 * included), like cmp -l minus one: the number is what `dd skip=N` wants.
 *
 * Invalid UTF-8 is replaced per "maximal subpart" (the Unicode practice:
 * a truncated sequence is one U+FFFD, not one per byte).  Invalid input
 * to iconv is replaced by skipping one byte (one 16-bit unit for UTF-16,
 * so that the rest stays aligned) and trying again.  Line ends become LF;
 * form feeds stay, since structure.c reads them as print page breaks. */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "textin.h"
#include "util.h"

enum { ENC_AUTO, ENC_UTF8, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_GB18030 };

static int parse_encoding(const char *name, int *enc, dv_err *e)
{
    static const struct { const char *name; int enc; } names[] = {
        {"auto", ENC_AUTO},        {"utf-8", ENC_UTF8},
        {"utf8", ENC_UTF8},        {"utf-16", ENC_UTF16},
        {"utf-16le", ENC_UTF16LE}, {"utf-16be", ENC_UTF16BE},
        {"gb18030", ENC_GB18030},  {"gbk", ENC_GB18030},
    };
    if (!name) { *enc = ENC_AUTO; return 0; }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0) {
            *enc = names[i].enc;
            return 0;
        }
    return dv_errf(e, "unknown encoding '%s' (use utf-8, utf-16, utf-16le, "
                      "utf-16be, gb18030, gbk)", name);
}

/* Reads the whole file; refuses directories and files over the limit
 * before reading a byte of them. */
static int slurp(const char *path, unsigned char **data, size_t *n, dv_err *e)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) return dv_errf(e, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        close(fd);
        return dv_errf(e, "%s: %s", path, strerror(err));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return dv_errf(e, "%s: is a directory", path);
    }
    if (S_ISREG(st.st_mode) && (long long)st.st_size > DV_MAX_INPUT) {
        close(fd);
        return dv_errf(e, "%s: file is %lld bytes; the limit is %lld MiB", path,
                       (long long)st.st_size, DV_MAX_INPUT / (1024 * 1024));
    }
    /* Pipes and the like have no size: read up to one byte past the
     * limit and complain then. */
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
    size_t len = 0;
    unsigned char *buf = dv_malloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = dv_realloc(buf, cap);
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            free(buf);
            close(fd);
            return dv_errf(e, "%s: %s", path, strerror(err));
        }
        if (r == 0) break;
        len += (size_t)r;
        if ((long long)len > DV_MAX_INPUT) {
            free(buf);
            close(fd);
            return dv_errf(e, "%s: file is over %lld bytes; the limit is "
                           "%lld MiB", path, DV_MAX_INPUT,
                           DV_MAX_INPUT / (1024 * 1024));
        }
    }
    close(fd);
    *data = buf;
    *n = len;
    return 0;
}

/* Length of the valid UTF-8 sequence at s, or 0 if there is none.  On 0,
 * *bad is the length of the maximal subpart to replace (at least 1). */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t *bad)
{
    unsigned c = s[0];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    *bad = 1;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;          /* overlong */
        if (c == 0xED) hi = 0x9F;          /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;          /* overlong */
        if (c == 0xF4) hi = 0x8F;          /* over U+10FFFF */
    } else
        return 0;
    for (size_t i = 1; i < len; i++) {
        unsigned a = i == 1 ? lo : 0x80, b = i == 1 ? hi : 0xBF;
        if (i >= n || s[i] < a || s[i] > b) {
            *bad = i;
            return 0;
        }
    }
    return len;
}

/* Offset of the first invalid UTF-8 byte, or n if all is valid. */
static size_t utf8_first_invalid(const unsigned char *s, size_t n)
{
    size_t i = 0, bad;
    while (i < n) {
        size_t k = utf8_seq(s + i, n - i, &bad);
        if (!k) return i;
        i += k;
    }
    return n;
}

static const char REPL[] = "\xEF\xBF\xBD";  /* U+FFFD */

static long utf8_lenient(const unsigned char *s, size_t n, dv_buf *out)
{
    long replaced = 0;
    size_t i = 0, bad;
    while (i < n) {
        size_t start = i;
        while (i < n) {
            size_t k = utf8_seq(s + i, n - i, &bad);
            if (!k) break;
            i += k;
        }
        dv_buf_put(out, s + start, i - start);
        if (i < n) {
            dv_buf_puts(out, REPL);
            replaced++;
            i += bad;
        }
    }
    return replaced;
}

/* Converts n bytes from `from` to UTF-8 with iconv.  step is how many
 * bytes to skip over an invalid sequence under lenient.  Returns 0, -1
 * with *bad_at set to the offset of the first invalid sequence (not
 * lenient), or -2 if iconv does not know the encoding. */
static int iconv_to_utf8(const char *from, const unsigned char *in, size_t n,
                         size_t step, int lenient, dv_buf *out,
                         long *replaced, size_t *bad_at)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) return -2;
    char *ip = (char *)in;
    size_t left = n;
    char chunk[16384];
    int rc = 0;
    while (left > 0) {
        char *op = chunk;
        size_t room = sizeof chunk;
        size_t r = iconv(cd, &ip, &left, &op, &room);
        dv_buf_put(out, chunk, (size_t)(op - chunk));
        if (r != (size_t)-1) continue;
        if (errno == E2BIG) continue;
        /* EILSEQ or EINVAL (a sequence truncated by the end of file). */
        if (!lenient) {
            *bad_at = (size_t)((unsigned char *)ip - in);
            rc = -1;
            break;
        }
        size_t k = step < left ? step : left;
        ip += k;
        left -= k;
        dv_buf_puts(out, REPL);
        (*replaced)++;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    return rc;
}

/* Offset of the first NUL byte, or n. */
static size_t first_nul(const unsigned char *s, size_t n)
{
    const unsigned char *p = memchr(s, 0, n);
    return p ? (size_t)(p - s) : n;
}

/* Offset of the first U+0000 unit in UTF-16 data, or n. */
static size_t first_nul16(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i += 2)
        if (!s[i] && !s[i + 1]) return i;
    return n;
}

/* CR LF and lone CR become LF; a leading U+FEFF (a BOM that iconv let
 * through) goes. */
static void normalize(dv_buf *b)
{
    char *s = b->data;
    size_t r = 0, w = 0, n = b->len;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) r = 3;
    for (; r < n; r++) {
        if (s[r] == '\r') {
            s[w++] = '\n';
            if (r + 1 < n && s[r + 1] == '\n') r++;
        } else
            s[w++] = s[r];
    }
    b->len = w;
    if (b->data) b->data[w] = 0;
}

/* Decodes UTF-16 (off = where it starts after any BOM). */
static int read_utf16(const char *path, const unsigned char *raw, size_t n,
                      size_t off, int be, int lenient, dv_buf *out,
                      long *replaced, dv_err *e)
{
    const char *name = be ? "UTF-16BE" : "UTF-16LE";
    size_t z = first_nul16(raw + off, n - off);
    if (z < n - off)
        return dv_errf(e, "%s: binary file (NUL character at byte %zu), "
                       "not text", path, off + z);
    size_t bad = 0;
    int rc = iconv_to_utf8(name, raw + off, n - off, 2, lenient, out,
                           replaced, &bad);
    if (rc == -2) return dv_errf(e, "%s: iconv cannot read %s", path, name);
    if (rc < 0)
        return dv_errf(e, "%s: invalid %s at byte %zu", path, name, off + bad);
    return 0;
}

static int read_gb18030(const char *path, const unsigned char *raw, size_t n,
                        int lenient, dv_buf *out, long *replaced, dv_err *e)
{
    size_t bad = 0;
    int rc = iconv_to_utf8("GB18030", raw, n, 1, lenient, out, replaced, &bad);
    if (rc == -2) return dv_errf(e, "%s: iconv cannot read GB18030", path);
    if (rc < 0) return dv_errf(e, "%s: invalid GB18030 at byte %zu", path, bad);
    return 0;
}

static int decode(const char *path, const unsigned char *raw, size_t n,
                  int enc, int lenient, dv_text *t, dv_buf *out, dv_err *e)
{
    int bom8 = n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF;
    int bomle = n >= 2 && raw[0] == 0xFF && raw[1] == 0xFE;
    int bombe = n >= 2 && raw[0] == 0xFE && raw[1] == 0xFF;

    if (enc == ENC_AUTO) {
        if (bom8) enc = ENC_UTF8;
        else if (bomle) enc = ENC_UTF16LE;
        else if (bombe) enc = ENC_UTF16BE;
    }
    if (enc == ENC_UTF16)
        enc = bombe ? ENC_UTF16BE : ENC_UTF16LE;
    if (enc == ENC_UTF16LE || enc == ENC_UTF16BE) {
        int be = enc == ENC_UTF16BE;
        size_t off = (be ? bombe : bomle) ? 2 : 0;
        snprintf(t->encoding, sizeof t->encoding, be ? "UTF-16BE" : "UTF-16LE");
        return read_utf16(path, raw, n, off, be, lenient, out, &t->replaced, e);
    }

    /* From here on the input is 8-bit, where NUL is never text. */
    size_t z = first_nul(raw, n);
    if (z < n)
        return dv_errf(e, "%s: binary file (NUL byte at offset %zu), not text",
                       path, z);

    if (enc == ENC_GB18030) {
        snprintf(t->encoding, sizeof t->encoding, "GB18030");
        return read_gb18030(path, raw, n, lenient, out, &t->replaced, e);
    }

    size_t off = bom8 ? 3 : 0;
    size_t bad = off + utf8_first_invalid(raw + off, n - off);
    if (bad == n) {
        snprintf(t->encoding, sizeof t->encoding, "UTF-8");
        dv_buf_put(out, raw + off, n - off);
        return 0;
    }
    if (enc == ENC_UTF8) {
        if (!lenient)
            return dv_errf(e, "%s: invalid UTF-8 at byte %zu", path, bad);
        snprintf(t->encoding, sizeof t->encoding, "UTF-8");
        t->replaced = utf8_lenient(raw + off, n - off, out);
        return 0;
    }

    /* Auto, no BOM, not UTF-8: GB18030 or nothing. */
    long gbrep = 0;
    size_t gbbad = 0;
    int rc = iconv_to_utf8("GB18030", raw, n, 1, 0, out, &gbrep, &gbbad);
    if (rc == 0) {
        snprintf(t->encoding, sizeof t->encoding, "GB18030");
        return 0;
    }
    out->len = 0;
    if (!lenient)
        return dv_errf(e, "%s: invalid UTF-8 at byte %zu (not GB18030 either)",
                       path, bad);
    dv_buf gb = {0};
    long u8rep = utf8_lenient(raw + off, n - off, out);
    gbrep = 0;
    if (rc == -1 &&
        iconv_to_utf8("GB18030", raw, n, 1, 1, &gb, &gbrep, &gbbad) == 0 &&
        gbrep < u8rep) {
        dv_buf_free(out);
        *out = gb;
        t->replaced = gbrep;
        snprintf(t->encoding, sizeof t->encoding, "GB18030");
        return 0;
    }
    dv_buf_free(&gb);
    t->replaced = u8rep;
    snprintf(t->encoding, sizeof t->encoding, "UTF-8");
    return 0;
}

int dv_text_read(const char *path, const char *encoding, int lenient,
                 dv_text *out, dv_err *e)
{
    int enc = ENC_AUTO;
    memset(out, 0, sizeof *out);
    if (parse_encoding(encoding, &enc, e) != 0) return -1;
    unsigned char *raw = NULL;
    size_t n = 0;
    if (slurp(path, &raw, &n, e) != 0) return -1;

    dv_sha256_hex(raw, n, out->sha256);
    out->bytes = (long long)n;
    dv_buf b = {0};
    int rc = decode(path, raw, n, enc, lenient, out, &b, e);
    free(raw);
    if (rc != 0) {
        dv_buf_free(&b);
        memset(out, 0, sizeof *out);
        return -1;
    }
    if (!b.data) dv_buf_put(&b, "", 0);
    normalize(&b);
    out->utf8 = b.data;
    out->len = b.len;
    return 0;
}

void dv_text_free(dv_text *t)
{
    free(t->utf8);
    t->utf8 = NULL;
    t->len = 0;
}
