/* Parallel pre-translation gives the same cells as translating in
 * process, and a worker's error reaches the caller. */
#include <stdlib.h>
#include "brl.h"
#include "pretrans.h"
#include "t.h"
#include "util.h"

static int failing(void *ctx, const char *s, size_t len, dv_cells *out, dv_err *e)
{
    if (strstr(s, "坏")) return dv_errf(e, "cannot translate block %.*s", (int)len, s);
    return dv_brl_xlate(ctx, s, len, out, e);
}

int main(void)
{
    dv_err e;
    dv_brl *b;
    CHECK(dv_brl_open(&b, "unicode.dis,zhcn-cbs.ctb", &e) == 0);
    dv_doc d;
    dv_doc_init(&d);
    d.title = dv_strdup("测试");
    char para[256];
    for (int i = 0; i < 1500; i++) {
        snprintf(para, sizeof para, "第%d段：图书馆为读者提供盲文图书和有声读物，共%d种。", i, i * 7);
        dv_doc_add(&d, i % 50 ? DV_PARA : DV_HEADING, i % 50 ? 0 : 1, para, strlen(para));
        if (i % 100 == 0) dv_doc_add(&d, DV_PAGE, 0, "3", 1);
    }
    dv_pretrans one, two;
    CHECK(dv_pretranslate(&d, dv_brl_xlate, b, 1, &one, &e) == 0);
    CHECK(dv_pretranslate(&d, dv_brl_xlate, b, 2, &two, &e) == 0);
    /* one process translates on demand: nothing is held ahead */
    CHECK(one.lazy);
    CHECK(!two.lazy);
    /* the workers' cells are what translating each block here gives */
    int same = 1;
    dv_cells here = {0};
    for (size_t i = 0; i < d.nblocks; i++) {
        dv_cells_clear(&here);
        if (d.blocks[i].type != DV_PAGE)
            CHECK(dv_pretrans_xlate(&one, d.blocks[i].text, d.blocks[i].len,
                                    &here, &e) == 0);
        if (here.n != two.cells[i].n)
            same = 0;
        else if (here.n &&
                 (memcmp(here.dots, two.cells[i].dots, here.n) ||
                  memcmp(here.brk, two.cells[i].brk, here.n)))
            same = 0;
    }
    dv_cells_free(&here);
    CHECK(same);
    CHECK(two.cells[2].n > 10);
    CHECK_INT(two.cells[1].n, 0);          /* the print page block */

    /* lookups by the block's own pointer; other strings are translated */
    dv_cells c = {0};
    size_t want = two.cells[5].n;
    CHECK(dv_pretrans_xlate(&two, d.blocks[5].text, d.blocks[5].len, &c, &e) == 0);
    CHECK_INT(c.n, want);
    CHECK_INT(two.cells[5].n, 0);   /* handed over once, then freed */
    dv_cells_clear(&c);
    CHECK(dv_pretrans_xlate(&two, "第1册", strlen("第1册"), &c, &e) == 0);
    CHECK(c.n > 0);
    dv_cells_free(&c);
    dv_pretrans_free(&one);
    dv_pretrans_free(&two);

    /* an error in the second worker's share comes back */
    snprintf(para, sizeof para, "这一段是坏的");
    dv_doc_add(&d, DV_PARA, 0, para, strlen(para));
    dv_pretrans bad;
    CHECK(dv_pretranslate(&d, failing, b, 2, &bad, &e) == -1);
    CHECK(strstr(e.msg, "cannot translate block") != NULL);
    dv_pretrans_free(&bad);

    dv_doc_free(&d);
    dv_brl_close(b);
    return T_DONE();
}
