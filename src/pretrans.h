/* pretrans.h -- translating a document's blocks ahead of layout, in
 * parallel worker processes.
 *
 * liblouis keeps global state, so parallel translation means processes:
 * the workers are forked after the tables are compiled and the reading
 * layer is mapped (copy-on-write, nothing is loaded twice), each
 * translates a contiguous share of the blocks, and sends the cells back
 * through a pipe.  Layout then asks dv_pretrans_xlate, which answers a
 * block's text from these results and anything else (title page words)
 * with the underlying translator. */
#ifndef DV_PRETRANS_H
#define DV_PRETRANS_H

#include "cells.h"
#include "doc.h"
#include "err.h"

typedef struct dv_pretrans {
    const dv_doc *doc;
    dv_cells *cells;      /* one per block (DV_PAGE blocks stay empty) */
    dv_xlate_fn fn;       /* the underlying translator */
    void *ctx;
    size_t next;          /* where the next lookup starts */
    int lazy;             /* one process: translate on demand */
} dv_pretrans;

/* Translates every heading and paragraph of d with fn/ctx using up to
 * jobs processes.  With one process (or a small document) nothing is
 * translated ahead: dv_pretrans_xlate translates each block when layout
 * asks, so the cells of only one block are held at a time. */
int dv_pretranslate(const dv_doc *d, dv_xlate_fn fn, void *ctx, int jobs,
                    dv_pretrans *p, dv_err *e);
void dv_pretrans_free(dv_pretrans *p);

/* dv_xlate_fn over a dv_pretrans (ctx). */
int dv_pretrans_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                      dv_err *e);

#endif
