/* brf.c -- BRF, a book or one volume; see writers.h.
 *
 * Each page is its rows up to the last non-blank one, each row trimmed of
 * trailing blanks and ended by CR LF, then a form feed.  A blank page is
 * a lone form feed, so interpoint pages stay in step. */
#include <stdlib.h>
#include "writer_impl.h"

/* Width of row r once trailing blanks (dots 1-6) are dropped. */
static int row_len(const dv_writer *w, const uint8_t *r)
{
    int n = w->cols;
    while (n > 0 && (r[n - 1] & 0x3F) == 0) n--;
    return n;
}

static int begin(dv_writer *w, const dv_book *shape, dv_err *e)
{
    if (w->vol >= 0 && (size_t)w->vol >= shape->nvols)
        return dv_errf(e, "%s: no volume %d in a book of %zu", w->f.path,
                       w->vol + 1, shape->nvols);
    return 0;
}

static void page(dv_writer *w, int vol, const dv_page *p)
{
    if (w->vol >= 0 && vol != w->vol) return;
    int last = w->rows;
    while (last > 0 && row_len(w, p->cells + (size_t)(last - 1) * w->cols) == 0)
        last--;
    for (int y = 0; y < last; y++) {
        const uint8_t *r = p->cells + (size_t)y * w->cols;
        int n = row_len(w, r);
        for (int x = 0; x < n; x++) w->line[x] = dv_cell_to_ascii(r[x]);
        w->line[n] = '\r';
        w->line[n + 1] = '\n';
        dv_buf_put(&w->o, w->line, (size_t)n + 2);
    }
    dv_buf_putc(&w->o, '\f');
}

static const dv_wformat brf = {begin, NULL, page, NULL, NULL};

dv_writer *dv_brf_writer(const char *path, int vol, dv_err *e)
{
    dv_writer *w = dv_writer_new(&brf, path, e);
    if (w) w->vol = vol < 0 ? -1 : vol;
    return w;
}
