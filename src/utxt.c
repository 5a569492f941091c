/* utxt.c -- Unicode braille text; see writers.h. */
#include <stdlib.h>
#include "writer_impl.h"

static void page(dv_writer *w, int vol, const dv_page *p)
{
    (void)vol;
    if (w->pages > 0) dv_buf_put(&w->o, "\f\n", 2);
    for (int y = 0; y < w->rows; y++) {
        const uint8_t *r = p->cells + (size_t)y * w->cols;
        int n = w->cols, k = 0;
        while (n > 0 && r[n - 1] == 0) n--;
        for (int x = 0; x < n; x++) {   /* U+2800 + dots in UTF-8 */
            w->line[k++] = (char)0xE2;
            w->line[k++] = (char)(0xA0 | (r[x] >> 6));
            w->line[k++] = (char)(0x80 | (r[x] & 0x3F));
        }
        w->line[k++] = '\n';
        dv_buf_put(&w->o, w->line, (size_t)k);
    }
}

static const dv_wformat utxt = {NULL, NULL, page, NULL, NULL};

dv_writer *dv_utxt_writer(const char *path, dv_err *e)
{
    return dv_writer_new(&utxt, path, e);
}
