/* textin.c -- see textin.h.
 *
 * A file is read twice, in pieces, so that it is never whole in memory:
 * pass 1 (dv_textsrc_open) hashes it, checks it and decides how to decode
 * it; pass 2 (dv_textsrc_next) reads it again and decodes it.  Deciding:
 *
 *   - a BOM decides first: EF BB BF is UTF-8, FF FE UTF-16LE, FE FF
 *     UTF-16BE; the BOM never reaches the text;
 *   - without one, a NUL byte means a binary file; bytes that are valid
 *     UTF-8 are UTF-8; else valid GB18030 is GB18030; else it is an error
 *     naming the first invalid UTF-8 byte;
 *   - under lenient, a file that is neither is decoded as whichever of
 *     the two needs fewer replacements.
 *
 * Since any of these may turn on the file's last byte, pass 1 tries every
 * reading still possible on every piece and only judges at the end.
 *
 * Pieces end just after a line end.  In UTF-8 and GB18030 the bytes 0x0A
 * and 0x0D never occur inside a multi-byte sequence, and in UTF-16 the
 * units 0x000A and 0x000D never occur inside a surrogate pair, so a piece
 * boundary never splits a character, and an invalid sequence is cut short
 * by the line end exactly as it is in the whole file: decoding piece by
 * piece gives what decoding the whole would.  A CR is a line end only
 * when no LF follows, so a CR LF pair is never split and normalize()
 * sees the same pairs.
 *
 * Byte offsets in messages count from 0 at the start of the file (the BOM
 * included), like cmp -l minus one: the number is what `dd skip=N` wants.
 *
 * Invalid UTF-8 is replaced per "maximal subpart" (the Unicode practice:
 * a truncated sequence is one U+FFFD, not one per byte).  Invalid input
 * to iconv is replaced by skipping one byte (one 16-bit unit for UTF-16,
 * so that the rest stays aligned) and trying again.  Line ends become LF;
 * form feeds stay, since structure.c reads them as print page breaks.
 *
 * A pipe cannot be read twice: its bytes are kept from pass 1 for pass 2,
 * so only regular files get the bounded memory. */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <openssl/evp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "textin.h"
#include "util.h"

enum { ENC_AUTO, ENC_UTF8, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_GB18030 };

#define CHUNK (64 * 1024)   /* bytes asked of read(2) at a time */

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

/* ---- decoders (each works on any run of whole lines) ---- */

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
        if (s[i] < 0x80) { i++; continue; }
        size_t k = utf8_seq(s + i, n - i, &bad);
        if (!k) return i;
        i += k;
    }
    return n;
}

static const char REPL[] = "\xEF\xBF\xBD";  /* U+FFFD */

/* Decodes into out, or only counts the replacements if out is NULL. */
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
        if (out) dv_buf_put(out, s + start, i - start);
        if (i < n) {
            if (out) dv_buf_puts(out, REPL);
            replaced++;
            i += bad;
        }
    }
    return replaced;
}

/* Converts n bytes from `from` to UTF-8 with iconv.  step is how many
 * bytes to skip over an invalid sequence under lenient.  *bad_at is the
 * offset of the first invalid sequence, or n.  Returns 0, -1 at an
 * invalid sequence (not lenient), or -2 if iconv does not know the
 * encoding. */
static int iconv_to_utf8(const char *from, const unsigned char *in, size_t n,
                         size_t step, int lenient, dv_buf *out,
                         long *replaced, size_t *bad_at)
{
    *bad_at = n;
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
        /* EILSEQ or EINVAL (a sequence truncated by the end of input). */
        if (*bad_at == n) *bad_at = (size_t)((unsigned char *)ip - in);
        if (!lenient) {
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

/* CR LF and lone CR become LF, in place; at the start of the text
 * (first), a U+FEFF (a BOM that iconv let through) goes.  Returns the
 * new length. */
static size_t normalize(char *s, size_t n, int first)
{
    size_t r = 0, w = 0;
    if (first && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) r = 3;
    for (; r < n; r++) {
        if (s[r] == '\r') {
            s[w++] = '\n';
            if (r + 1 < n && s[r + 1] == '\n') r++;
        } else
            s[w++] = s[r];
    }
    return w;
}

/* ---- the source ---- */

enum { M_AUTO8, M_UTF8, M_GB18030, M_UTF16LE, M_UTF16BE };

/* What pass 1 found out about one way of reading the file. */
typedef struct verdict {
    int on;            /* this reading is still possible */
    int cannot;        /* iconv does not know the encoding */
    long long bad;     /* offset of the first invalid sequence, or -1 */
    long rep;          /* replacements a lenient reading makes */
} verdict;

struct dv_textsrc {
    char *path;
    int fd;
    int regular;
    dv_buf spool;      /* a pipe's bytes, kept for pass 2 */
    size_t spos;
    int enc, lenient, mode;
    size_t off;        /* BOM bytes not decoded */
    dv_text info;
    int pass;
    /* The reader: buf[start..end) is read but not yet cut into pieces;
     * buf[start] is at file offset base; no line end before scan. */
    unsigned char *buf;
    size_t start, end, cap, scan, skip;
    long long base, nread;
    int eof, first;
    EVP_MD_CTX *md;
    /* pass 1 */
    long long nul;
    verdict u8, gb, u16;
    dv_buf out;        /* the piece decoded */
};

static int changed(const dv_textsrc *s, dv_err *e)
{
    return dv_errf(e, "%s: changed while being read", s->path);
}

static void hex(const unsigned char *md, char out[65])
{
    for (int i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", md[i]);
    out[64] = 0;
}

/* Reads more of the file into buf, hashing it.  At the end of pass 1
 * the size and hash are final; at the end of pass 2 they must agree. */
static int fill(dv_textsrc *s, dv_err *e)
{
    if (s->start > 0) {
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->scan -= s->start;
        s->start = 0;
    }
    if (s->cap - s->end < CHUNK) {
        s->cap = s->cap * 2 > s->end + CHUNK ? s->cap * 2 : s->end + CHUNK;
        s->buf = dv_realloc(s->buf, s->cap);
    }
    ssize_t r;
    if (s->pass == 2 && !s->regular) {
        size_t k = s->spool.len - s->spos;
        r = (ssize_t)(k < CHUNK ? k : CHUNK);
        if (r) memcpy(s->buf + s->end, s->spool.data + s->spos, (size_t)r);
        s->spos += (size_t)r;
    } else {
        do r = read(s->fd, s->buf + s->end, CHUNK);
        while (r < 0 && errno == EINTR);
        if (r < 0) return dv_errf(e, "%s: %s", s->path, strerror(errno));
        if (s->pass == 1 && !s->regular)
            dv_buf_put(&s->spool, s->buf + s->end, (size_t)r);
    }
    if (r > 0) {
        EVP_DigestUpdate(s->md, s->buf + s->end, (size_t)r);
        s->end += (size_t)r;
        s->nread += r;
        if (s->pass == 1 && s->nread > DV_MAX_INPUT)
            return dv_errf(e, "%s: file is over %lld bytes; the limit is "
                           "%lld MiB", s->path, DV_MAX_INPUT,
                           DV_MAX_INPUT / (1024 * 1024));
        if (s->pass == 2 && s->nread > s->info.bytes) return changed(s, e);
        return 0;
    }
    s->eof = 1;
    unsigned char md[32];
    char h[65];
    unsigned int len = 0;
    EVP_DigestFinal_ex(s->md, md, &len);
    hex(md, h);
    if (s->pass == 1) {
        memcpy(s->info.sha256, h, sizeof h);
        s->info.bytes = s->nread;
    } else if (s->nread != s->info.bytes || strcmp(h, s->info.sha256) != 0)
        return changed(s, e);
    return 0;
}

static unsigned unit_at(const dv_textsrc *s, size_t i)
{
    const unsigned char *b = s->buf + i;
    if (s->mode == M_UTF16LE) return b[0] | (unsigned)b[1] << 8;
    if (s->mode == M_UTF16BE) return (unsigned)b[0] << 8 | b[1];
    return b[0];
}

/* Where the next piece ends: just after the first line end that makes
 * it at least DV_TEXT_PIECE bytes long, or at the end of the file; 0 if
 * more must be read to tell. */
static size_t find_cut(dv_textsrc *s)
{
    size_t u = s->mode == M_UTF16LE || s->mode == M_UTF16BE ? 2 : 1;
    size_t i = s->start + DV_TEXT_PIECE - u;
    if (i < s->scan) i = s->scan;
    for (; i + u <= s->end; i += u) {
        unsigned c = unit_at(s, i);
        if (c == '\n') return i + u;
        if (c != '\r') continue;
        if (i + 2 * u <= s->end)
            return i + u + (unit_at(s, i + u) == '\n' ? u : 0);
        if (s->eof) return i + u;
        break;
    }
    s->scan = i;
    return s->eof ? s->end : 0;
}

/* The next piece of raw bytes, starting at file offset *base. */
static int raw_piece(dv_textsrc *s, unsigned char **p, size_t *n,
                     long long *base, dv_err *e)
{
    for (;;) {
        if (s->skip && s->end - s->start >= s->skip) {
            s->start += s->skip;
            s->base += (long long)s->skip;
            s->scan = s->start;
            s->skip = 0;
        }
        if (s->eof && (s->skip || s->start == s->end)) return 0;
        size_t cut = s->skip || s->start == s->end ? 0 : find_cut(s);
        if (cut) {
            *p = s->buf + s->start;
            *n = cut - s->start;
            *base = s->base;
            s->base += (long long)*n;
            s->start = s->scan = cut;
            return 1;
        }
        if (fill(s, e) != 0) return -1;
    }
}

double dv_textsrc_done(const dv_textsrc *s)
{
    if (s->info.bytes <= 0) return s->eof ? 1.0 : 0.0;
    double f = (double)s->nread / (double)s->info.bytes;
    return f > 1.0 ? 1.0 : f;
}

/* Back to the start of the file, the BOM to be skipped. */
static int restart(dv_textsrc *s, dv_err *e)
{
    if (s->regular && lseek(s->fd, 0, SEEK_SET) != 0)
        return dv_errf(e, "%s: %s", s->path, strerror(errno));
    s->spos = 0;
    s->start = s->end = s->scan = 0;
    s->base = s->nread = 0;
    s->eof = 0;
    s->first = 1;
    s->skip = s->off;
    if (!EVP_DigestInit_ex(s->md, EVP_sha256(), NULL))
        return dv_errf(e, "%s: cannot start SHA-256", s->path);
    return 0;
}

/* From the first bytes: the mode (if a BOM or the caller decides it) and
 * the BOM bytes to skip. */
static void choose_mode(dv_textsrc *s)
{
    const unsigned char *raw = s->buf;
    size_t n = s->end;
    int bom8 = n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF;
    int bomle = n >= 2 && raw[0] == 0xFF && raw[1] == 0xFE;
    int bombe = n >= 2 && raw[0] == 0xFE && raw[1] == 0xFF;
    int enc = s->enc;
    if (enc == ENC_AUTO) {
        if (bom8) enc = ENC_UTF8;
        else if (bomle) enc = ENC_UTF16LE;
        else if (bombe) enc = ENC_UTF16BE;
    }
    if (enc == ENC_UTF16) enc = bombe ? ENC_UTF16BE : ENC_UTF16LE;
    s->off = 0;
    switch (enc) {
    case ENC_UTF16LE: s->mode = M_UTF16LE; s->off = bomle ? 2 : 0; break;
    case ENC_UTF16BE: s->mode = M_UTF16BE; s->off = bombe ? 2 : 0; break;
    case ENC_GB18030: s->mode = M_GB18030; break;
    case ENC_UTF8: s->mode = M_UTF8; s->off = bom8 ? 3 : 0; break;
    default: s->mode = M_AUTO8; break;
    }
    s->u16.on = s->mode == M_UTF16LE || s->mode == M_UTF16BE;
    s->u8.on = s->mode == M_UTF8 || s->mode == M_AUTO8;
    s->gb.on = s->mode == M_GB18030 || s->mode == M_AUTO8;
    s->u8.bad = s->gb.bad = s->u16.bad = -1;
}

static void try_iconv(dv_textsrc *s, verdict *v, const char *name,
                      size_t step, const unsigned char *p, size_t n,
                      long long base)
{
    if (!v->on || v->cannot || (v->bad >= 0 && !s->lenient)) return;
    size_t bad;
    s->out.len = 0;
    if (iconv_to_utf8(name, p, n, step, s->lenient, &s->out, &v->rep,
                      &bad) == -2)
        v->cannot = 1;
    else if (bad < n && v->bad < 0)
        v->bad = base + (long long)bad;
}

/* Pass 1 on one piece: every reading still possible is tried. */
static void survey(dv_textsrc *s, const unsigned char *p, size_t n,
                   long long base)
{
    int wide = s->u16.on;
    if (s->nul < 0) {
        size_t z = wide ? first_nul16(p, n) : first_nul(p, n);
        if (z < n) s->nul = base + (long long)z;
    }
    if (s->nul >= 0) return;      /* a binary file, whatever else */
    try_iconv(s, &s->u16, s->mode == M_UTF16BE ? "UTF-16BE" : "UTF-16LE",
              2, p, n, base);
    try_iconv(s, &s->gb, "GB18030", 1, p, n, base);
    if (s->u8.on && (s->lenient || s->u8.bad < 0)) {
        long k = s->lenient ? utf8_lenient(p, n, NULL) : 0;
        s->u8.rep += k;
        if (s->u8.bad < 0 && (k || !s->lenient)) {
            size_t z = utf8_first_invalid(p, n);
            if (z < n) s->u8.bad = base + (long long)z;
        }
    }
}

static void set_mode(dv_textsrc *s, int mode, long replaced)
{
    static const char *names[] = {"", "UTF-8", "GB18030", "UTF-16LE",
                                  "UTF-16BE"};
    s->mode = mode;
    s->info.replaced = replaced;
    snprintf(s->info.encoding, sizeof s->info.encoding, "%s", names[mode]);
}

/* The end of pass 1: the reading, or the error dv_text_read reports. */
static int judge(dv_textsrc *s, dv_err *e)
{
    const char *path = s->path;
    int lenient = s->lenient;
    if (s->u16.on) {
        const char *name = s->mode == M_UTF16BE ? "UTF-16BE" : "UTF-16LE";
        if (s->nul >= 0)
            return dv_errf(e, "%s: binary file (NUL character at byte %lld), "
                           "not text", path, s->nul);
        if (s->u16.cannot) return dv_errf(e, "%s: iconv cannot read %s", path, name);
        if (s->u16.bad >= 0 && !lenient)
            return dv_errf(e, "%s: invalid %s at byte %lld", path, name,
                           s->u16.bad);
        set_mode(s, s->mode, s->u16.rep);
        return 0;
    }
    if (s->nul >= 0)
        return dv_errf(e, "%s: binary file (NUL byte at offset %lld), not text",
                       path, s->nul);
    if (s->mode == M_GB18030) {
        if (s->gb.cannot) return dv_errf(e, "%s: iconv cannot read GB18030", path);
        if (s->gb.bad >= 0 && !lenient)
            return dv_errf(e, "%s: invalid GB18030 at byte %lld", path, s->gb.bad);
        set_mode(s, M_GB18030, s->gb.rep);
        return 0;
    }
    if (s->u8.bad < 0) {
        set_mode(s, M_UTF8, 0);
        return 0;
    }
    if (s->mode == M_UTF8) {
        if (!lenient)
            return dv_errf(e, "%s: invalid UTF-8 at byte %lld", path, s->u8.bad);
        set_mode(s, M_UTF8, s->u8.rep);
        return 0;
    }
    /* Auto, no BOM, not UTF-8: GB18030 or nothing. */
    int gb_ok = !s->gb.cannot;
    if (gb_ok && s->gb.bad < 0) {
        set_mode(s, M_GB18030, 0);
        return 0;
    }
    if (!lenient)
        return dv_errf(e, "%s: invalid UTF-8 at byte %lld (not GB18030 either)",
                       path, s->u8.bad);
    if (gb_ok && s->gb.rep < s->u8.rep) set_mode(s, M_GB18030, s->gb.rep);
    else set_mode(s, M_UTF8, s->u8.rep);
    return 0;
}

int dv_textsrc_open(const char *path, const char *encoding, int lenient,
                    dv_textsrc **out, dv_err *e)
{
    int enc = ENC_AUTO;
    *out = NULL;
    if (parse_encoding(encoding, &enc, e) != 0) return -1;
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
    dv_textsrc *s = dv_calloc(1, sizeof *s);
    s->path = dv_strdup(path);
    s->fd = fd;
    s->regular = S_ISREG(st.st_mode);
    s->enc = enc;
    s->lenient = lenient;
    s->nul = -1;
    s->pass = 1;
    s->md = EVP_MD_CTX_new();
    if (!s->md || !EVP_DigestInit_ex(s->md, EVP_sha256(), NULL)) {
        dv_errf(e, "%s: cannot start SHA-256", path);
        goto fail;
    }
    /* The BOM decides how pieces are cut, so it comes first. */
    while (s->end < 3 && !s->eof)
        if (fill(s, e) != 0) goto fail;
    choose_mode(s);
    s->skip = s->off;
    for (;;) {
        unsigned char *p;
        size_t n;
        long long base;
        int rc = raw_piece(s, &p, &n, &base, e);
        if (rc < 0) goto fail;
        if (rc == 0) break;
        survey(s, p, n, base);
    }
    dv_buf_free(&s->out);
    if (judge(s, e) != 0) goto fail;
    s->pass = 2;
    if (restart(s, e) != 0) goto fail;
    *out = s;
    return 0;
fail:
    dv_textsrc_close(s);
    return -1;
}

const dv_text *dv_textsrc_info(const dv_textsrc *s)
{
    return &s->info;
}

int dv_textsrc_next(dv_textsrc *s, const char **utf8, size_t *len, dv_err *e)
{
    for (;;) {
        unsigned char *p;
        size_t n, bad;
        long long base;
        int rc = raw_piece(s, &p, &n, &base, e);
        if (rc <= 0) return rc;
        int first = s->first;
        s->first = 0;
        if (s->mode == M_UTF8 && !s->lenient) {
            /* Valid UTF-8 is its own decoding: normalized where it lies. */
            if (utf8_first_invalid(p, n) < n) return changed(s, e);
            n = normalize((char *)p, n, first);
            if (!n) continue;
            *utf8 = (const char *)p;
            *len = n;
            return 1;
        }
        long rep = 0;
        s->out.len = 0;
        if (s->mode == M_UTF8)
            utf8_lenient(p, n, &s->out);
        else if (iconv_to_utf8(s->mode == M_GB18030 ? "GB18030" :
                               s->mode == M_UTF16BE ? "UTF-16BE" : "UTF-16LE",
                               p, n, s->mode == M_GB18030 ? 1 : 2, s->lenient,
                               &s->out, &rep, &bad) != 0)
            return changed(s, e);
        s->out.len = normalize(s->out.data, s->out.len, first);
        if (!s->out.len) continue;
        *utf8 = s->out.data;
        *len = s->out.len;
        return 1;
    }
}

int dv_textsrc_rewind(dv_textsrc *s, dv_err *e)
{
    return restart(s, e);
}

void dv_textsrc_close(dv_textsrc *s)
{
    if (!s) return;
    close(s->fd);
    EVP_MD_CTX_free(s->md);
    dv_buf_free(&s->spool);
    dv_buf_free(&s->out);
    free(s->buf);
    free(s->path);
    free(s);
}

/* ---- the whole text at once ---- */

int dv_text_read(const char *path, const char *encoding, int lenient,
                 dv_text *out, dv_err *e)
{
    memset(out, 0, sizeof *out);
    dv_textsrc *s;
    if (dv_textsrc_open(path, encoding, lenient, &s, e) != 0) return -1;
    dv_buf b = {0};
    dv_buf_put(&b, "", 0);
    const char *p;
    size_t n;
    int rc;
    while ((rc = dv_textsrc_next(s, &p, &n, e)) > 0) dv_buf_put(&b, p, n);
    if (rc == 0) *out = s->info;
    dv_textsrc_close(s);
    if (rc != 0) {
        dv_buf_free(&b);
        return -1;
    }
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
