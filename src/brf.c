/* brf.c -- a book (or one volume) as a BRF file; see writers.h.
 *
 * Each page is its rows up to the last non-blank one, each row trimmed of
 * trailing blanks and ended by CR LF, then a form feed.  A blank page is
 * a lone form feed, so interpoint pages stay in step. */
#include <stdlib.h>
#include "util.h"
#include "writers.h"

/* Width of row r once trailing blanks (dots 1-6) are dropped. */
static int row_len(const dv_book *b, const uint8_t *r)
{
    int n = b->cols;
    while (n > 0 && (r[n - 1] & 0x3F) == 0) n--;
    return n;
}

static void put_page(dv_buf *o, char *line, const dv_book *b,
                     const dv_page *p)
{
    int last = b->rows;
    while (last > 0 && row_len(b, p->cells + (size_t)(last - 1) * b->cols) == 0)
        last--;
    for (int y = 0; y < last; y++) {
        const uint8_t *r = p->cells + (size_t)y * b->cols;
        int n = row_len(b, r);
        for (int x = 0; x < n; x++) line[x] = dv_cell_to_ascii(r[x]);
        line[n] = '\r';
        line[n + 1] = '\n';
        dv_buf_put(o, line, (size_t)n + 2);
    }
    dv_buf_putc(o, '\f');
}

int dv_write_brf(const dv_book *b, int vol, const char *path, dv_err *e)
{
    if (vol < -1 || (vol >= 0 && (size_t)vol >= b->nvols))
        return dv_errf(e, "%s: no volume %d in a book of %zu", path, vol + 1,
                       b->nvols);
    dv_afile f;
    if (dv_afile_open(&f, path, e) != 0) return -1;
    size_t v0 = vol < 0 ? 0 : (size_t)vol;
    size_t v1 = vol < 0 ? b->nvols : (size_t)vol + 1;
    dv_buf o = {0};
    char *line = dv_malloc((size_t)b->cols + 2);
    int rc = 0;
    for (size_t v = v0; v < v1 && rc == 0; v++)
        for (size_t i = 0; i < b->vols[v].npages; i++) {
            o.len = 0;
            put_page(&o, line, b, &b->vols[v].pages[i]);
            if (fwrite(o.data, 1, o.len, f.fp) != o.len) {
                rc = -1;
                break;
            }
        }
    free(line);
    dv_buf_free(&o);
    if (rc != 0) {
        dv_afile_abort(&f);
        return dv_errf(e, "%s: write failed", path);
    }
    return dv_afile_commit(&f, e);
}
