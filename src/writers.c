/* writers.c -- the part of writers.h every format shares: the temp file,
 * buffering, the sink, and running a writer over a book in memory. */
#include <stdlib.h>
#include <string.h>
#include "writer_impl.h"

dv_writer *dv_writer_new(const dv_wformat *fmt, const char *path, dv_err *e)
{
    dv_writer *w = dv_calloc(1, sizeof *w);
    if (dv_afile_open(&w->f, path, e) != 0) {
        free(w);
        return NULL;
    }
    w->fmt = fmt;
    w->vol = -1;
    return w;
}

static int flush(dv_writer *w, dv_err *e)
{
    if (w->failed) return -1;
    if (w->o.len && fwrite(w->o.data, 1, w->o.len, w->f.fp) != w->o.len) {
        w->failed = 1;
        return dv_errf(e, "%s: write failed", w->f.path);
    }
    w->o.len = 0;
    return 0;
}

/* Writes out once the buffer is big enough to be worth a call. */
static int maybe_flush(dv_writer *w, dv_err *e)
{
    return w->o.len >= (1 << 16) ? flush(w, e) : 0;
}

static int s_begin(void *ctx, const dv_book *shape, dv_err *e)
{
    dv_writer *w = ctx;
    w->cols = shape->cols;
    w->rows = shape->rows;
    w->duplex = shape->duplex;
    free(w->line);
    w->line = dv_malloc((size_t)w->cols * 3 + 4);
    if (w->fmt->begin && w->fmt->begin(w, shape, e) != 0) {
        w->failed = 1;
        return -1;
    }
    return maybe_flush(w, e);
}

static int s_volume(void *ctx, int vol, dv_err *e)
{
    dv_writer *w = ctx;
    if (w->fmt->volume) w->fmt->volume(w, vol);
    return maybe_flush(w, e);
}

static int s_page(void *ctx, int vol, const dv_page *p, dv_err *e)
{
    dv_writer *w = ctx;
    w->fmt->page(w, vol, p);
    w->pages++;
    return maybe_flush(w, e);
}

static int s_volume_end(void *ctx, int vol, dv_err *e)
{
    dv_writer *w = ctx;
    if (w->fmt->volume_end) w->fmt->volume_end(w, vol);
    return maybe_flush(w, e);
}

static int s_end(void *ctx, dv_err *e)
{
    dv_writer *w = ctx;
    if (w->fmt->end) w->fmt->end(w);
    return flush(w, e);
}

void dv_writer_sink(dv_writer *w, dv_pagesink *s)
{
    *s = (dv_pagesink){s_begin, s_volume, s_page, s_volume_end, s_end, w};
}

static void writer_free(dv_writer *w)
{
    dv_buf_free(&w->o);
    free(w->line);
    free((char *)w->m.title);
    free((char *)w->m.creator);
    free((char *)w->m.identifier);
    free((char *)w->m.date);
    free((char *)w->m.language);
    free(w);
}

int dv_writer_close(dv_writer *w, dv_err *e)
{
    if (flush(w, e) != 0 || dv_afile_close(&w->f, e) != 0) {
        w->failed = 1;
        return -1;
    }
    dv_buf_free(&w->o);
    return 0;
}

int dv_writer_commit(dv_writer *w, dv_err *e)
{
    if (flush(w, e) != 0) {
        dv_writer_abort(w);
        return -1;
    }
    int rc = dv_afile_commit(&w->f, e);
    writer_free(w);
    return rc;
}

void dv_writer_abort(dv_writer *w)
{
    if (!w) return;
    dv_afile_abort(&w->f);
    writer_free(w);
}

/* ---- a book in memory ---- */

static int replay(const dv_book *b, dv_writer *w, dv_err *e)
{
    dv_pagesink s;
    dv_writer_sink(w, &s);
    if (s.begin(s.ctx, b, e) != 0) return -1;
    for (size_t v = 0; v < b->nvols; v++) {
        if (s.volume(s.ctx, (int)v, e) != 0) return -1;
        for (size_t i = 0; i < b->vols[v].npages; i++)
            if (s.page(s.ctx, (int)v, &b->vols[v].pages[i], e) != 0) return -1;
        if (s.volume_end(s.ctx, (int)v, e) != 0) return -1;
    }
    return s.end(s.ctx, e);
}

static int run(const dv_book *b, dv_writer *w, dv_err *e)
{
    if (!w) return -1;
    if (replay(b, w, e) != 0) {
        dv_writer_abort(w);
        return -1;
    }
    return dv_writer_commit(w, e);
}

int dv_write_brf(const dv_book *b, int vol, const char *path, dv_err *e)
{
    if (vol < -1 || (vol >= 0 && (size_t)vol >= b->nvols))
        return dv_errf(e, "%s: no volume %d in a book of %zu", path, vol + 1,
                       b->nvols);
    return run(b, dv_brf_writer(path, vol, e), e);
}

int dv_write_pef(const dv_book *b, const dv_pef_meta *m, const char *path,
                 dv_err *e)
{
    if (b->nvols == 0)
        return dv_errf(e, "%s: a PEF file needs at least one volume", path);
    return run(b, dv_pef_writer(path, m, e), e);
}

int dv_write_utxt(const dv_book *b, const char *path, dv_err *e)
{
    return run(b, dv_utxt_writer(path, e), e);
}
