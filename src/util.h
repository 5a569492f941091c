/* util.h -- small helpers shared by every module: memory that aborts on
 * exhaustion, a growable byte buffer, UTF-8 decoding, SHA-256, ASCII
 * slugs and atomic file writes (temp file + rename). */
#ifndef DV_UTIL_H
#define DV_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "err.h"

void *dv_malloc(size_t n);
void *dv_calloc(size_t n, size_t sz);
void *dv_realloc(void *p, size_t n);
char *dv_strdup(const char *s);
char *dv_strndup(const char *s, size_t n);

/* Growable byte buffer; data is always NUL-terminated. */
typedef struct dv_buf {
    char *data;
    size_t len, cap;
} dv_buf;
void dv_buf_put(dv_buf *b, const void *p, size_t n);
void dv_buf_puts(dv_buf *b, const char *s);
void dv_buf_putc(dv_buf *b, char c);
void dv_buf_printf(dv_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void dv_buf_free(dv_buf *b);

/* Decodes one UTF-8 code point at s (n bytes available).  Returns the
 * number of bytes used (1..4), or 0 if the sequence is invalid or
 * truncated.  Assumes valid input has been checked by the reader. */
int dv_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Appends cp as UTF-8 to out (which has room for 4 bytes); returns bytes. */
int dv_utf8_encode(uint32_t cp, char *out);
int dv_is_space(uint32_t cp);   /* Unicode white space, incl. U+3000 */
int dv_is_han(uint32_t cp);     /* CJK unified ideographs (all blocks) */

/* Trims spaces, tabs and line ends from both ends, in place. */
char *dv_trim(char *s);
/* A whole decimal number lo..hi in s (nothing else): 0, else -1. */
int dv_parse_int(const char *s, int lo, int hi, int *out);
/* s as a JSON string: quoted, with '"', '\\' and control characters
 * escaped; UTF-8 passes through.  NULL writes "". */
void dv_json_str(FILE *out, const char *s);
/* FNV-1a of a NUL-terminated string, for the small hash tables. */
size_t dv_hash_str(const char *s);

/* SHA-256 of a memory block or a file, as 64 lowercase hex digits. */
void dv_sha256_hex(const void *data, size_t n, char out[65]);
int dv_sha256_file(const char *path, char out[65], long long *bytes,
                   dv_err *e);

/* ASCII file-name slug of a UTF-8 title: [a-z0-9-], at most max-1
 * bytes.  Non-ASCII titles fall back to "book-" + 8 hex of its sha256. */
void dv_slug(const char *title, char *out, size_t max);

/* Atomic output: write to "<path>.tmp.<pid>", then dv_afile_commit
 * fsyncs and renames over path.  dv_afile_abort removes the temp file.
 * Nothing is left half-written under the final name. */
typedef struct dv_afile {
    FILE *fp;
    char *path, *tmp;
} dv_afile;
int dv_afile_open(dv_afile *f, const char *path, dv_err *e);
int dv_afile_commit(dv_afile *f, dv_err *e);
/* Flushes, fsyncs and closes the temp file without renaming it (commit
 * later renames): for a set of files that appear together.  On failure
 * the temp file is removed, as by dv_afile_abort. */
int dv_afile_close(dv_afile *f, dv_err *e);
void dv_afile_abort(dv_afile *f);

/* Opens DIR/NAME.conf for a named profile (an embosser, a voice).  The
 * name comes from the command line, so one with '/' or ".." is refused;
 * a missing file is "unknown WHAT 'NAME' (see dotvox LIST)".  *path
 * (freed by the caller) names the file for error messages. */
FILE *dv_conf_open(const char *dir, const char *name, size_t maxname,
                   const char *what, const char *list, char **path, dv_err *e);
/* The next "key = value" line of a profile file, both trimmed, in buf
 * (len bytes, which bounds a line): 1 with *key and *val set; 0 at the
 * end; -1 with e set ("PATH:LINE: expected 'key = value'", a line too
 * long, a read error).  Blank lines and comments ('#' at the start of a
 * line or after white space) are skipped; *lineno counts lines. */
int dv_conf_next(FILE *fp, const char *path, char *buf, int len, int *lineno,
                 char **key, char **val, dv_err *e);

/* mkdir -p */
int dv_mkdirs(const char *path, dv_err *e);

/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ". */
void dv_now_iso(char out[32]);
/* Seconds on the monotonic clock: for intervals. */
double dv_mono_now(void);
/* ", eta 40s", ", eta 4m", ", eta 1h05m" for seconds left, git style. */
void dv_fmt_eta(double left, char *out, size_t n);



/* A process's start time (field 22 of /proc/PID/stat, in clock ticks
 * since boot) as text; "" if there is no such process.  With the pid it
 * names a process for good: pids are reused, start times are not. */
void dv_proc_start(long long pid, char *out, size_t n);
/* 0 if no process pid exists or it has ended (a zombie), else 1. */
int dv_proc_alive(long long pid);
/* Removes temp files ("NAME.tmp.PID") that processes now gone left in
 * dir and its subfolders (depth levels down): what a killed worker
 * leaves behind.  Returns how many were removed. */
int dv_clean_stale_tmp(const char *dir, int depth);
/* This machine's name ("" if unknown). */
void dv_hostname(char *out, size_t n);

/* Where dotvox's data (tables/, voices/) lives: $DOTVOX_DATA, else the
 * directory above the running binary (the source tree: build/dotvox),
 * else the binary's own directory, else /usr/local/share/dotvox. */
const char *dv_datadir(void);
#endif
