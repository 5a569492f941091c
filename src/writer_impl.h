/* writer_impl.h -- what the format writers (brf.c, pef.c, utxt.c) share;
 * not for other modules.
 *
 * writers.c owns the file, the output buffer and the sink plumbing; a
 * format only turns events into bytes in w->o (flushed by writers.c) and
 * returns -1 with w->e filled when the book does not suit it. */
#ifndef DV_WRITER_IMPL_H
#define DV_WRITER_IMPL_H

#include "util.h"
#include "writers.h"

typedef struct dv_wformat {
    int (*begin)(dv_writer *w, const dv_book *shape, dv_err *e);
    void (*volume)(dv_writer *w, int vol);
    void (*page)(dv_writer *w, int vol, const dv_page *p);
    void (*volume_end)(dv_writer *w, int vol);
    void (*end)(dv_writer *w);
} dv_wformat;

struct dv_writer {
    const dv_wformat *fmt;
    dv_afile f;
    dv_buf o;             /* bytes not yet written to f */
    int cols, rows, duplex;
    int vol;              /* BRF: the one volume, -1 all */
    int pages;            /* pages written so far */
    char *line;           /* scratch: a row in the format's encoding */
    dv_pef_meta m;        /* PEF: copies of the metadata */
    int failed;
};

dv_writer *dv_writer_new(const dv_wformat *fmt, const char *path, dv_err *e);

#endif
