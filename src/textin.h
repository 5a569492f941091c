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

#endif
