/* textin.h -- reading a source file into UTF-8.
 *
 * Detects UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * GB18030 (a superset of GBK and GB2312), or uses a forced encoding.
 * Refuses directories, binary files (NUL bytes in 8-bit text) and files
 * over DV_MAX_INPUT bytes.  Invalid sequences are an error naming the
 * file and byte offset, unless lenient, when each is replaced by U+FFFD
 * and counted. */
#ifndef DV_TEXTIN_H
#define DV_TEXTIN_H

#include "err.h"

#define DV_MAX_INPUT (32LL * 1024 * 1024)  /* bytes; documented in README */

typedef struct dv_text {
    char *utf8;        /* NUL-terminated, BOM removed, CR LF -> LF */
    size_t len;
    char encoding[16]; /* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" */
    char sha256[65];   /* of the raw file bytes */
    long long bytes;   /* raw file size */
    long replaced;     /* invalid sequences replaced (lenient only) */
} dv_text;

/* encoding: NULL or "auto" to detect; else "utf-8", "utf-16", "utf-16le",
 * "utf-16be", "gb18030", "gbk" (case-insensitive). */
int dv_text_read(const char *path, const char *encoding, int lenient,
                 dv_text *out, dv_err *e);
void dv_text_free(dv_text *t);

/* The same decoding a piece at a time, so that a book is never whole in
 * memory.  dv_textsrc_open reads the file through once: size and type
 * checks, sha256, the encoding decision and every error dv_text_read
 * would report (same messages), and the replaced count.  dv_textsrc_next
 * then yields the text in pieces of UTF-8 normalized as dv_text_read's
 * (BOM gone, CR LF and CR -> LF), each ending just after a LF or at the
 * end of the file, about DV_TEXT_PIECE bytes unless one line is longer;
 * the piece is valid until the next call.  The concatenation of the
 * pieces is exactly dv_text_read's utf8.  A file that changed since
 * open is an error ("changed while being read"). */
#define DV_TEXT_PIECE (256 * 1024)
typedef struct dv_textsrc dv_textsrc;
int dv_textsrc_open(const char *path, const char *encoding, int lenient,
                    dv_textsrc **out, dv_err *e);
/* encoding, sha256, bytes, replaced (utf8 is NULL, len 0) */
const dv_text *dv_textsrc_info(const dv_textsrc *s);
/* 1: the next piece is in *utf8, *len; 0: end of text; -1: error. */
int dv_textsrc_next(dv_textsrc *s, const char **utf8, size_t *len,
                    dv_err *e);
int dv_textsrc_rewind(dv_textsrc *s, dv_err *e);
/* How far the current pass has read, 0..1 of the file's bytes: for
 * progress reports. */
double dv_textsrc_done(const dv_textsrc *s);
void dv_textsrc_close(dv_textsrc *s);

#endif
