/* err.h -- the error convention every module follows.
 *
 * A function that can fail returns 0 on success and -1 on failure, and
 * fills a dv_err with one line a user can read: it names the file (or
 * other input) and the problem.  Callers print err.msg as is. */
#ifndef DV_ERR_H
#define DV_ERR_H

#include <stdarg.h>

typedef struct dv_err {
    char msg[1024];
} dv_err;

/* Formats into e->msg (if e is not NULL) and returns -1, so that
 * "return dv_errf(e, ...)" is the idiom for failing. */
int dv_errf(dv_err *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
