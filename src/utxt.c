/* utxt.c -- a book as Unicode braille text; see writers.h. */
#include <stdlib.h>
#include "util.h"
#include "writers.h"

int dv_write_utxt(const dv_book *b, const char *path, dv_err *e)
{
    dv_afile f;
    if (dv_afile_open(&f, path, e) != 0) return -1;
    dv_buf o = {0};
    char *line = dv_malloc((size_t)b->cols * 3 + 1);
    int first = 1, rc = 0;
    for (size_t v = 0; v < b->nvols && rc == 0; v++)
        for (size_t i = 0; i < b->vols[v].npages; i++) {
            const dv_page *p = &b->vols[v].pages[i];
            o.len = 0;
            if (!first) dv_buf_put(&o, "\f\n", 2);
            first = 0;
            for (int y = 0; y < b->rows; y++) {
                const uint8_t *r = p->cells + (size_t)y * b->cols;
                int n = b->cols, k = 0;
                while (n > 0 && r[n - 1] == 0) n--;
                for (int x = 0; x < n; x++) {   /* U+2800 + dots in UTF-8 */
                    line[k++] = (char)0xE2;
                    line[k++] = (char)(0xA0 | (r[x] >> 6));
                    line[k++] = (char)(0x80 | (r[x] & 0x3F));
                }
                line[k++] = '\n';
                dv_buf_put(&o, line, (size_t)k);
            }
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
