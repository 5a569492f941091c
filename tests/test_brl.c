/* Unit tests for util.c and brl.c against the real liblouis. */
#include <stdlib.h>
#include "brl.h"
#include "t.h"
#include "util.h"

static void cells_to_utf8(const dv_cells *c, char *out, size_t max)
{
    size_t o = 0;
    for (size_t i = 0; i < c->n && o + 4 < max; i++)
        o += (size_t)dv_utf8_encode(0x2800 + c->dots[i], out + o);
    out[o] = 0;
}

/* What the lou_translate program prints for the same text and table. */
static void lou_program(const char *tables, const char *text, char *out, size_t max)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "printf '%%s' '%s' | lou_translate --forward %s 2>/dev/null", text, tables);
    FILE *p = popen(cmd, "r");
    size_t n = p ? fread(out, 1, max - 1, p) : 0;
    if (p) pclose(p);
    while (n && (out[n - 1] == '\n')) n--;
    out[n] = 0;
}

int main(void)
{
    char hex[65], slug[64];
    dv_sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    dv_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    dv_slug("The Peach Blossom Spring!", slug, sizeof slug);
    CHECK_STR(slug, "the-peach-blossom-spring");
    dv_slug("桃花源记", slug, sizeof slug);
    CHECK(!strncmp(slug, "book-", 5) && strlen(slug) == 13);

    uint32_t cp;
    CHECK_INT(dv_utf8_decode("\xe5\x8f\xb0", 3, &cp), 3);
    CHECK_INT(cp, 0x53F0);
    CHECK_INT(dv_utf8_decode("\xc0\x80", 2, &cp), 0);   /* overlong */
    CHECK_INT(dv_utf8_decode("\xed\xa0\x80", 3, &cp), 0); /* surrogate */

    dv_err e;
    dv_brl *b = NULL;
    CHECK(dv_brl_open(&b, "nosuch-table.ctb", &e) == -1);
    CHECK(strstr(e.msg, "nosuch-table.ctb") != NULL);

    const char *cases[][2] = {
        {"unicode.dis,zhcn-cbs.ctb", "浙江图书馆2014年工作计划，台州银行。"},
        {"unicode.dis,zh-chn.ctb", "浙江图书馆，长大。"},
        {"unicode.dis,en-ueb-g2.ctb", "The quick brown fox, 123 knowledge."},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        CHECK(dv_brl_open(&b, cases[k][0], &e) == 0);
        if (!b) continue;
        dv_cells c = {0};
        CHECK(dv_brl_translate(b, cases[k][1], strlen(cases[k][1]), &c, &e) == 0);
        char got[4096], want[4096];
        cells_to_utf8(&c, got, sizeof got);
        lou_program(cases[k][0], cases[k][1], want, sizeof want);
        CHECK_STR(got, want);
        /* every blank is a word break; the first cell starts a character */
        CHECK(c.n > 0 && c.brk[0] != DV_BRK_NONE);
        for (size_t i = 0; i < c.n; i++)
            if (c.dots[i] == 0) CHECK(c.brk[i] == DV_BRK_WORD);
        dv_cells_free(&c);
        dv_brl_close(b);
    }

    /* Chinese: each Han character's cells stay together: 台州 is two
     * characters of two or three cells, two break points; the table
     * translates 银行 as one word (for its reading hang2), one unit. */
    CHECK(dv_brl_open(&b, "unicode.dis,zhcn-cbs.ctb", &e) == 0);
    dv_cells c = {0};
    CHECK(dv_brl_translate(b, "台州", strlen("台州"), &c, &e) == 0);
    int starts = 0;
    for (size_t i = 0; i < c.n; i++) starts += c.brk[i] == DV_BRK_CHAR;
    CHECK_INT(starts, 2);
    CHECK(c.n >= 4);
    dv_cells_clear(&c);
    CHECK(dv_brl_translate(b, "银行", strlen("银行"), &c, &e) == 0);
    starts = 0;
    for (size_t i = 0; i < c.n; i++) starts += c.brk[i] == DV_BRK_CHAR;
    CHECK_INT(starts, 1);

    /* A long text goes through in pieces and gives the same cells. */
    dv_buf big = {0};
    for (int i = 0; i < 600; i++) dv_buf_puts(&big, "图书馆，");
    dv_cells whole = {0};
    CHECK(dv_brl_translate(b, big.data, big.len, &whole, &e) == 0);
    dv_cells_clear(&c);
    CHECK(dv_brl_translate(b, "图书馆，", strlen("图书馆，"), &c, &e) == 0);
    CHECK_INT(whole.n, c.n * 600);
    dv_buf_free(&big);
    dv_cells_free(&whole);
    dv_cells_free(&c);
    dv_brl_close(b);
    return T_DONE();
}
