/* test_layout.c -- cells, embosser profiles and page layout.
 *
 * Most layout checks use a fixture translator (braille ASCII for ASCII
 * text, three cells for any other character) so that the expected pages
 * can be worked out by hand; one test runs real liblouis on Chinese. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "brl.h"
#include "cells.h"
#include "doc.h"
#include "layout.h"
#include "t.h"
#include "util.h"

/* The three cells of a non-ASCII character in the fixture: dots 7 and 8
 * make them unlike any cell of ASCII text, page numbers or page lines. */
enum { CJK1 = 0x41, CJK2 = 0x82, CJK3 = 0xC4 };

static int fx_xlate(void *ctx, const char *s, size_t n, dv_cells *out,
                    dv_err *e)
{
    (void)ctx;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            int d = ch == ' ' ? 0 : dv_ascii_to_cell((char)ch);
            if (d < 0) return dv_errf(e, "fixture: no braille for 0x%02x", ch);
            dv_cells_push(out, (uint8_t)d, ch == ' ' ? DV_BRK_WORD : DV_BRK_CHAR);
            i++;
        } else {
            uint32_t cp;
            int k = dv_utf8_decode(s + i, n - i, &cp);
            if (!k) return dv_errf(e, "fixture: bad UTF-8");
            dv_cells_push(out, CJK1, DV_BRK_CHAR);
            dv_cells_push(out, CJK2, DV_BRK_NONE);
            dv_cells_push(out, CJK3, DV_BRK_NONE);
            i += (size_t)k;
        }
    }
    return 0;
}

/* Any text is one character of 25 cells. */
static int wide_xlate(void *ctx, const char *s, size_t n, dv_cells *out,
                      dv_err *e)
{
    (void)ctx, (void)s, (void)n, (void)e;
    for (int i = 0; i < 25; i++) dv_cells_push(out, 0x3F, i ? DV_BRK_NONE : DV_BRK_CHAR);
    return 0;
}

static const uint8_t *row_of(const dv_book *b, const dv_page *p, int y)
{
    return p->cells + (size_t)y * b->cols;
}

/* A row as braille ASCII with trailing blanks trimmed (static buffer). */
static const char *asc(const dv_book *b, const dv_page *p, int y)
{
    static char s[1024];
    const uint8_t *r = row_of(b, p, y);
    int n = b->cols;
    while (n > 0 && r[n - 1] == 0) n--;
    for (int x = 0; x < n; x++) s[x] = dv_cell_to_ascii(r[x]);
    s[n] = 0;
    return s;
}

static int blank_row(const dv_book *b, const dv_page *p, int y)
{
    const uint8_t *r = row_of(b, p, y);
    for (int x = 0; x < b->cols; x++)
        if (r[x]) return 0;
    return 1;
}

static int blank_page(const dv_book *b, const dv_page *p)
{
    for (int y = 0; y < b->rows; y++)
        if (!blank_row(b, p, y)) return 0;
    return 1;
}

static int row_has(const dv_book *b, const dv_page *p, int y, uint8_t c)
{
    return memchr(row_of(b, p, y), c, (size_t)b->cols) != NULL;
}

/* Row y holds exactly cells c, centred as layout centres. */
static int centred_row(const dv_book *b, const dv_page *p, int y,
                       const dv_cells *c)
{
    if (c->n == 0 || c->n > (size_t)b->cols) return 0;
    size_t off = ((size_t)b->cols - c->n) / 2;
    const uint8_t *r = row_of(b, p, y);
    for (size_t x = 0; x < (size_t)b->cols; x++) {
        uint8_t want = x >= off && x < off + c->n ? c->dots[x - off] : 0;
        if (r[x] != want) return 0;
    }
    return 1;
}

static int find_centred(const dv_book *b, const dv_page *p, const char *text)
{
    dv_cells c = {0};
    dv_err e;
    int found = -1;
    if (fx_xlate(NULL, text, strlen(text), &c, &e) == 0)
        for (int y = 0; y < b->rows && found < 0; y++)
            if (centred_row(b, p, y, &c)) found = y;
    dv_cells_free(&c);
    return found;
}

/* ---- a checker for every book ---- */

typedef struct stream {
    dv_cells c;     /* the cells of every heading and paragraph, in order */
    size_t pos;
} stream;

/* Checks the invariants of layout.h on book b laid out from d; the cells
 * of the text blocks are walked row by row, so nothing may be lost,
 * added, reordered or split inside a character. */
static void check_book(const dv_book *b, const dv_doc *d, dv_xlate_fn xlate,
                       void *ctx, int duplex, int marked)
{
    stream s = {{0}, 0};
    dv_err e;
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].type != DV_PAGE && d->blocks[i].len)
            CHECK(xlate(ctx, d->blocks[i].text, d->blocks[i].len, &s.c, &e) == 0);
    long long cells = 0;
    int number = 1, pages = 0, sheets = 0, text_pages = 0;
    int bad_title = 0, bad_num = 0, bad_split = 0, bad_walk = 0, bad_head = 0;
    int bad_back = 0, bad_odd = 0, bad_marker = 0;
    size_t print_page = 0;
    const dv_page *last_text = NULL;
    CHECK(b->nvols >= 1);
    CHECK_INT(b->cols > 0 && b->rows > 0, 1);

    for (size_t v = 0; v < b->nvols; v++) {
        const dv_volume *V = &b->vols[v];
        int first_body = 1;
        CHECK(V->npages >= 1);
        if (!V->npages) continue;
        if (!V->pages[0].is_title || V->pages[0].number != 0) bad_title++;
        for (size_t i = 0; i < V->npages; i++) {
            const dv_page *p = &V->pages[i];
            for (size_t j = 0; j < (size_t)b->rows * b->cols; j++)
                cells += p->cells[j] != 0;
            if (i > 0 && p->is_title) bad_title++;
            if (i == 0) continue;
            if (p->number == 0) {
                /* only the blank back of a duplex title page */
                if (!duplex || i != 1 || !blank_page(b, p)) bad_back++;
                continue;
            }
            if (p->number != number) bad_num++;
            number++;
            if (duplex && first_body && !(p->number & 1)) bad_odd++;
            first_body = 0;
            /* the page number, right-aligned on an otherwise blank row */
            dv_cells num = {0};
            dv_cells_number(&num, p->number);
            const uint8_t *last = row_of(b, p, b->rows - 1);
            size_t off = (size_t)b->cols - num.n;
            for (size_t x = 0; x < (size_t)b->cols; x++)
                if (last[x] != (x >= off ? num.dots[x - off] : 0)) {
                    bad_num++;
                    break;
                }
            dv_cells_free(&num);

            int last_nonblank = -1;
            for (int y = 0; y < b->rows - 1; y++) {
                const uint8_t *r = row_of(b, p, y);
                if (blank_row(b, p, y)) continue;
                last_nonblank = y;
                /* fixture characters stay whole */
                for (int x = 0; x < b->cols; x++) {
                    if (r[x] == CJK1 && (x + 2 >= b->cols || r[x + 1] != CJK2 ||
                                         r[x + 2] != CJK3))
                        bad_split++;
                    if (r[x] == CJK2 && (x == 0 || r[x - 1] != CJK1)) bad_split++;
                    if (r[x] == CJK3 && (x == 0 || r[x - 1] != CJK2)) bad_split++;
                }
                if (r[0] == 0x24 && r[1] == 0x24) {
                    /* a print page line: dashes, blank, number */
                    print_page++;
                    int x = 0;
                    while (x < b->cols && r[x] == 0x24) x++;
                    if (x >= b->cols - 2 || r[x] != 0 || r[x + 1] != 0x3C)
                        bad_marker++;
                    continue;
                }
                int row_first = 1;
                for (int x = 0; x < b->cols; x++) {
                    if (!r[x]) continue;
                    while (s.pos < s.c.n && s.c.dots[s.pos] == 0) s.pos++;
                    if (s.pos >= s.c.n || s.c.dots[s.pos] != r[x]) {
                        bad_walk++;
                        break;
                    }
                    /* a row never starts inside a character */
                    if (row_first && s.c.brk[s.pos] == DV_BRK_NONE) bad_split++;
                    row_first = 0;
                    s.pos++;
                }
            }
            if (last_nonblank >= 0) {
                text_pages++;
                last_text = p;
                /* headings (the only text with Z) never end a page; the
                 * book's last page is exempt below */
                if (marked && row_has(b, p, last_nonblank, 0x35)) bad_head++;
            }
        }
        pages += (int)V->npages;
        sheets += V->sheets;
        CHECK_INT(V->sheets, duplex ? (int)(V->npages + 1) / 2 : (int)V->npages);
    }
    /* the last page may end with a heading only if the book does */
    if (last_text && bad_head == 1) {
        int y = b->rows - 2;
        while (y > 0 && blank_row(b, last_text, y)) y--;
        if (row_has(b, last_text, y, 0x35)) bad_head = 0;
    }
    while (s.pos < s.c.n && s.c.dots[s.pos] == 0) s.pos++;
    CHECK_INT(s.pos, s.c.n);           /* every cell was placed */
    CHECK_INT(bad_title, 0);
    CHECK_INT(bad_num, 0);
    CHECK_INT(bad_back, 0);
    CHECK_INT(bad_odd, 0);
    CHECK_INT(bad_split, 0);
    CHECK_INT(bad_walk, 0);
    CHECK_INT(bad_head, 0);
    CHECK_INT(bad_marker, 0);
    size_t want_pp = 0;
    for (size_t i = 0; i < d->nblocks; i++) want_pp += d->blocks[i].type == DV_PAGE;
    CHECK_INT(print_page, want_pp);
    CHECK_INT(b->cells, cells);
    CHECK_INT(b->pages, pages);
    CHECK_INT(b->sheets, sheets);
    dv_cells_free(&s.c);
}

/* ---- documents ---- */

static unsigned long rng = 12345;
static unsigned rnd(unsigned n)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)((rng >> 33) % n);
}

static void add(dv_doc *d, dv_blktype t, int level, const char *s)
{
    dv_doc_add(d, t, level, s, strlen(s));
}

static void words(dv_buf *b, int n, int maxlen)
{
    for (int i = 0; i < n; i++) {
        if (i) dv_buf_putc(b, ' ');
        int len = 1 + (int)rnd((unsigned)maxlen);
        for (int k = 0; k < len; k++) dv_buf_putc(b, (char)('a' + rnd(25)));
    }
}

/* Headings (every word starts with Z), English and Chinese-like paragraphs, print pages. */
static void make_doc(dv_doc *d, int nblocks, int head_every, int maxhead)
{
    dv_doc_init(d);
    free(d->title);
    d->title = dv_strdup("A Test Book");
    snprintf(d->lang, sizeof d->lang, "en");
    int pp = 1;
    for (int i = 0; i < nblocks; i++) {
        dv_buf b = {0};
        if (head_every && i % head_every == 0) {
            int n = 1 + (int)rnd(2);
            for (int w = 0; w < n; w++) {
                dv_buf_puts(&b, w ? " Z" : "Z");
                words(&b, 1, maxhead);
            }
            add(d, DV_HEADING, 1 + (int)rnd(3), b.data);
        } else if (rnd(10) == 0) {
            char n[16];
            snprintf(n, sizeof n, "%d", ++pp);
            add(d, DV_PAGE, 0, n);
        } else if (rnd(4) == 0) {
            int n = 1 + (int)rnd(120);
            for (int k = 0; k < n; k++) {
                dv_buf_puts(&b, rnd(2) ? "中" : "文");
                if (rnd(8) == 0) dv_buf_putc(&b, ' ');
            }
            add(d, DV_PARA, 0, b.data);
        } else {
            words(&b, 1 + (int)rnd(150), 12);
            add(d, DV_PARA, 0, b.data);
        }
        dv_buf_free(&b);
    }
}

/* ---- tests ---- */

static void test_cells(void)
{
    dv_cells c = {0};
    dv_cells_number(&c, 1905);
    const uint8_t want[] = {0x3C, 0x01, 0x0A, 0x1A, 0x11};
    CHECK_INT(c.n, 5);
    CHECK(c.n == 5 && !memcmp(c.dots, want, 5));
    CHECK_INT(c.brk[0], DV_BRK_CHAR);
    CHECK(c.brk[1] == DV_BRK_NONE && c.brk[4] == DV_BRK_NONE);
    dv_cells_clear(&c);
    CHECK_INT(c.n, 0);
    dv_cells_number(&c, 0);
    CHECK(c.n == 2 && c.dots[1] == 0x1A);
    dv_cells_clear(&c);
    for (int i = 0; i < 100000; i++) dv_cells_push(&c, (uint8_t)i, DV_BRK_CHAR);
    CHECK(c.n == 100000 && c.dots[99999] == (uint8_t)99999);
    dv_cells_free(&c);
    CHECK(c.dots == NULL && c.n == 0);

    /* Braille ASCII against liblouis's own BRF display table. */
    FILE *fp = fopen("/usr/share/liblouis/tables/en-us-brf.dis", "r");
    CHECK(fp != NULL);
    int n = 0, bad = 0;
    char line[256];
    while (fp && fgets(line, sizeof line, fp)) {
        char ch[8], dots[16];
        if (sscanf(line, "display %7s %15s", ch, dots) != 2) continue;
        char c1 = !strcmp(ch, "\\s") ? ' ' : !strcmp(ch, "\\\\") ? '\\' : ch[0];
        int v = 0;
        if (strcmp(dots, "0"))
            for (char *q = dots; *q; q++) v |= 1 << (*q - '1');
        n++;
        if (dv_cell_to_ascii((uint8_t)v) != c1 || dv_ascii_to_cell(c1) != v) {
            bad++;
            fprintf(stderr, "braille ASCII mismatch: '%c' dots %s\n", c1, dots);
        }
    }
    if (fp) fclose(fp);
    CHECK_INT(n, 64);
    CHECK_INT(bad, 0);
    CHECK_INT(dv_ascii_to_cell('a'), 0x01);
    CHECK_INT(dv_ascii_to_cell('{'), dv_ascii_to_cell('['));
    CHECK_INT(dv_ascii_to_cell('\t'), -1);
    CHECK_INT(dv_ascii_to_cell('\r'), -1);
    CHECK_INT(dv_ascii_to_cell((char)0xE4), -1);
    CHECK_INT(dv_cell_to_ascii(0xC1), 'A');    /* dots 7-8 dropped */
    CHECK_INT(dv_cell_to_ascii(0x3C), '#');
}

static void write_file(const char *path, const char *s)
{
    t_write(path, s, strlen(s));
}

static void test_profile(void)
{
    dv_profile p;
    dv_err e = {{0}};
    CHECK_INT(dv_profile_load("tables/embossers", "brf-40x25", &p, &e), 0);
    CHECK(p.cols == 40 && p.rows == 25 && p.description[0]);
    CHECK(p.paper_width_mm > 292 && p.paper_width_mm < 293);
    CHECK_STR(p.name, "brf-40x25");
    CHECK_INT(dv_profile_load("tables/embossers", "zh-book", &p, &e), 0);
    CHECK(p.cols == 30 && p.rows == 27);
    CHECK_INT(dv_profile_load("tables/embossers", "index-everest-d-v5", &p, &e), 0);
    CHECK(p.cols == 31 && p.rows == 28 && p.paper_height_mm == 297);

    char dir[] = "/tmp/dv_test_prof_XXXXXX", path[256];
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/ok.conf", dir);
    write_file(path, "# a test embosser\n\n  description = Test#1 # note\n"
                     "cols = 20 # narrow\nrows=9\r\npaper_width_mm = 100.5\n");
    CHECK_INT(dv_profile_load(dir, "ok", &p, &e), 0);
    CHECK(p.cols == 20 && p.rows == 9 && p.paper_width_mm == 100.5);
    CHECK_STR(p.description, "Test#1");

    snprintf(path, sizeof path, "%s/badkey.conf", dir);
    write_file(path, "cols = 20\nrows = 9\ncolour = red\n");
    CHECK_INT(dv_profile_load(dir, "badkey", &p, &e), -1);
    CHECK(strstr(e.msg, "badkey.conf:3: unknown key 'colour'") != NULL);

    snprintf(path, sizeof path, "%s/norows.conf", dir);
    write_file(path, "cols = 20\n");
    CHECK_INT(dv_profile_load(dir, "norows", &p, &e), -1);
    CHECK(strstr(e.msg, "norows.conf") && strstr(e.msg, "missing 'rows'"));

    snprintf(path, sizeof path, "%s/badval.conf", dir);
    write_file(path, "rows = 25\ncols = forty\n");
    CHECK_INT(dv_profile_load(dir, "badval", &p, &e), -1);
    CHECK(strstr(e.msg, "badval.conf:2:") != NULL);

    snprintf(path, sizeof path, "%s/noeq.conf", dir);
    write_file(path, "cols 20\n");
    CHECK_INT(dv_profile_load(dir, "noeq", &p, &e), -1);
    CHECK(strstr(e.msg, "noeq.conf:1:") != NULL);

    CHECK_INT(dv_profile_load(dir, "nope", &p, &e), -1);
    CHECK_STR(e.msg, "unknown embosser 'nope' (see dotvox embossers)");
    CHECK_INT(dv_profile_load(dir, "../etc/passwd", &p, &e), -1);
    CHECK(strstr(e.msg, "invalid embosser name") != NULL);
    CHECK_INT(dv_profile_load(dir, "a..b", &p, &e), -1);
    CHECK_INT(dv_profile_load(dir, "", &p, &e), -1);

    const char *names[] = {"ok", "badkey", "norows", "badval", "noeq"};
    for (int i = 0; i < 5; i++) {
        snprintf(path, sizeof path, "%s/%s.conf", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static void golden_doc(dv_doc *d, int extra)
{
    dv_doc_init(d);
    free(d->title);
    d->title = dv_strdup("T");
    add(d, DV_HEADING, 1, "AB");
    add(d, DV_PARA, 0, "cd ef gh ij kl mn op qr st uv wx yy");
    add(d, DV_PAGE, 0, "7");
    add(d, DV_HEADING, 2, "XY");
    add(d, DV_PARA, 0, "  ab  cd ");
    if (extra) add(d, DV_PARA, 0, "x");
    add(d, DV_HEADING, 1, "GH");
    add(d, DV_PARA, 0, "ij");
}

/* A small book worked out by hand. */
static void test_golden(void)
{
    dv_doc d;
    golden_doc(&d, 0);
    dv_layout_opts o = {20, 6, 0, 0, 2, "en"};
    dv_book b;
    dv_err e = {{0}};
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    CHECK_INT(b.nvols, 1);
    CHECK_INT(b.vols[0].npages, 3);
    if (getenv("DUMP"))
        for (size_t i = 0; i < b.vols[0].npages; i++)
            for (int y = 0; y < b.rows; y++)
                fprintf(stderr, "%zu|%s|\n", i, asc(&b, &b.vols[0].pages[i], y));
    if (b.nvols == 1 && b.vols[0].npages == 3) {
        const dv_page *t = &b.vols[0].pages[0], *p1 = &b.vols[0].pages[1],
                      *p2 = &b.vols[0].pages[2];
        CHECK_INT(t->is_title, 1);
        CHECK_STR(asc(&b, t, 2), "         T");
        CHECK_STR(asc(&b, t, 3), "");
        CHECK_STR(asc(&b, t, 4), "   VOLUME 1 OF 1");
        CHECK_STR(asc(&b, p1, 0), "         AB");
        CHECK_STR(asc(&b, p1, 1), "  CD EF GH IJ KL MN");
        CHECK_STR(asc(&b, p1, 2), "OP QR ST UV WX YY");
        CHECK_STR(asc(&b, p1, 3), "----------------- #G");
        CHECK_STR(asc(&b, p1, 4), "");   /* XY moved on with its text */
        CHECK_STR(asc(&b, p1, 5), "                  #A");
        CHECK_STR(asc(&b, p2, 0), "XY");
        CHECK_STR(asc(&b, p2, 1), "  AB  CD");
        CHECK_STR(asc(&b, p2, 2), "");   /* blank before a level-1 heading */
        CHECK_STR(asc(&b, p2, 3), "         GH");
        CHECK_STR(asc(&b, p2, 4), "  IJ");
        CHECK_STR(asc(&b, p2, 5), "                  #B");
        CHECK_INT(p1->number, 1);
        CHECK_INT(p2->number, 2);
    }
    CHECK_INT(b.pages, 3);
    CHECK_INT(b.sheets, 3);
    check_book(&b, &d, fx_xlate, NULL, 0, 1);
    dv_book_free(&b);

    /* One more line before GH: GH and its text no longer fit, so they
     * move to the next page, and the blank before GH is dropped there. */
    dv_doc_free(&d);
    golden_doc(&d, 1);
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    CHECK_INT(b.vols[0].npages, 4);
    if (b.vols[0].npages == 4) {
        const dv_page *p2 = &b.vols[0].pages[2], *p3 = &b.vols[0].pages[3];
        CHECK_STR(asc(&b, p2, 2), "  X");
        CHECK_STR(asc(&b, p2, 3), "");
        CHECK_STR(asc(&b, p3, 0), "         GH");
        CHECK_STR(asc(&b, p3, 1), "  IJ");
    }
    check_book(&b, &d, fx_xlate, NULL, 0, 1);
    dv_book_free(&b);

    /* Breaks: at a word if one fits, else between characters, never
     * inside one; a character wider than the line is cut as a last
     * resort. */
    dv_doc_free(&d);
    dv_doc_init(&d);
    add(&d, DV_PARA, 0, "abcdefghijklmnopqrstuvwxyabcdefghijklmnopqrstuvwxy");
    add(&d, DV_PARA, 0, "中中中中中中中中中中中中中中中中中中");
    add(&d, DV_PARA, 0, "abcdefgh ijklmnopqrstu vw");
    o.rows = 10;
    o.indent = 0;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    const dv_page *p = &b.vols[0].pages[1];
    CHECK_STR(asc(&b, p, 0), "ABCDEFGHIJKLMNOPQRST");
    CHECK_STR(asc(&b, p, 1), "UVWXYABCDEFGHIJKLMNO");
    CHECK_STR(asc(&b, p, 2), "PQRSTUVWXY");
    /* 6 three-cell characters fill 18 of 20 cells */
    CHECK_INT(strlen(asc(&b, p, 3)), 18);
    CHECK_INT(strlen(asc(&b, p, 4)), 18);
    CHECK_INT(strlen(asc(&b, p, 5)), 18);
    CHECK_STR(asc(&b, p, 6), "ABCDEFGH");
    CHECK_STR(asc(&b, p, 7), "IJKLMNOPQRSTU VW");
    check_book(&b, &d, fx_xlate, NULL, 0, 1);
    dv_book_free(&b);
    dv_doc_free(&d);

    /* One character wider than a line: cut, as nothing else can work. */
    dv_doc_init(&d);
    add(&d, DV_PARA, 0, "w");
    CHECK_INT(dv_layout(&d, &o, wide_xlate, NULL, &b, &e), 0);
    p = &b.vols[0].pages[1];
    CHECK_INT(strlen(asc(&b, p, 0)), 20);
    CHECK_INT(strlen(asc(&b, p, 1)), 5);
    dv_book_free(&b);
    dv_doc_free(&d);

    /* Too small a page is refused with the figures. */
    dv_doc_init(&d);
    o.cols = 5;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), -1);
    CHECK(strstr(e.msg, "5 cells") != NULL);
    dv_doc_free(&d);
}

static void test_title(void)
{
    dv_doc d;
    dv_doc_init(&d);
    free(d.title);
    d.title = dv_strdup("中文书");
    d.author = dv_strdup("作者");
    dv_layout_opts o = {30, 27, 0, 0, 2, "zh"};
    dv_book b;
    dv_err e;
    /* an empty document is a title page and nothing else */
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    CHECK(b.nvols == 1 && b.vols[0].npages == 1 && b.pages == 1 && b.sheets == 1);
    const dv_page *t = &b.vols[0].pages[0];
    CHECK(t->is_title && t->number == 0);
    int yt = find_centred(&b, t, "中文书"), ya = find_centred(&b, t, "作者");
    int yv = find_centred(&b, t, "第1册 共1册");
    CHECK_INT(yt, 27 / 3);
    CHECK(ya > yt && yv > ya);
    CHECK_INT(b.cells, 9 + 6 + 3 * 4 + 2);
    dv_book_free(&b);
    o.duplex = 1;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    CHECK(b.pages == 1 && b.sheets == 1);
    dv_book_free(&b);

    /* a long title wraps, every line centred, and still fits */
    free(d.title);
    dv_buf tb = {0};
    for (int i = 0; i < 40; i++) dv_buf_puts(&tb, "Long title words ");
    d.title = tb.data;
    o.lang = "en";
    o.cols = 20;
    o.rows = 8;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    t = &b.vols[0].pages[0];
    CHECK(find_centred(&b, t, "Volume 1 of 1") >= 0);
    CHECK(find_centred(&b, t, "Long title words") >= 0);
    dv_book_free(&b);
    dv_doc_free(&d);
}

static void test_invariants(void)
{
    struct { int cols, rows, duplex, vs, indent, heads, maxhead; } cf[] = {
        {40, 25, 0, 0, 2, 7, 10},
        {31, 28, 1, 20, 2, 5, 10},
        {30, 27, 0, 15, 4, 9, 10},
        {12, 5, 1, 6, 2, 4, 5},
        {12, 5, 0, 6, 0, 2, 4},
        {10, 3, 1, 0, 1, 3, 3},
    };
    for (size_t k = 0; k < sizeof cf / sizeof cf[0]; k++) {
        dv_doc d;
        make_doc(&d, 400, cf[k].heads, cf[k].maxhead);
        dv_layout_opts o = {cf[k].cols, cf[k].rows, cf[k].duplex, cf[k].vs,
                            cf[k].indent, "en"};
        dv_book b;
        dv_err e;
        CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
        CHECK(b.nvols >= 1);
        if (cf[k].vs) CHECK(b.nvols > 1);
        check_book(&b, &d, fx_xlate, NULL, cf[k].duplex, 1);
        dv_book_free(&b);
        dv_doc_free(&d);
    }
}

/* Volumes of similar size, cut where a heading (or at least a block)
 * starts a page. */
static void test_volumes(void)
{
    for (int heads = 0; heads < 2; heads++) {
        dv_doc d;
        make_doc(&d, 1500, heads ? 6 : 0, 10);
        dv_layout_opts o = {40, 25, 0, 30, 2, "en"};
        dv_book b;
        dv_err e;
        CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
        int body = 0;
        for (size_t v = 0; v < b.nvols; v++) body += (int)b.vols[v].npages - 1;
        /* 29 body sheets beside the title; one volume more when equal
         * shares cut at block starts would overflow one */
        int want = (body + 28) / 29;
        CHECK(b.nvols == (size_t)want || b.nvols == (size_t)want + 1);
        for (size_t v = 0; v < b.nvols; v++) CHECK(b.vols[v].sheets <= 30);
        CHECK(b.nvols >= 3);
        double avg = (double)body / (double)b.nvols;
        for (size_t v = 0; v < b.nvols; v++) {
            const dv_volume *V = &b.vols[v];
            int nb = (int)V->npages - 1;
            CHECK(nb >= 0.7 * avg && nb <= 1.3 * avg);
            CHECK(find_centred(&b, &V->pages[0], "A Test Book") >= 0);
            char vw[64];
            snprintf(vw, sizeof vw, "Volume %zu of %zu", v + 1, b.nvols);
            CHECK(find_centred(&b, &V->pages[0], vw) >= 0);
            if (v == 0 || V->npages < 2) continue;
            const dv_page *p = &V->pages[1];
            const uint8_t *r = row_of(&b, p, 0);
            if (heads) {
                CHECK(row_has(&b, p, 0, 0x35));   /* a heading */
            } else {
                /* a paragraph's indented first line or a print page line */
                CHECK((r[0] == 0 && r[1] == 0 && r[2] != 0) ||
                      (r[0] == 0x24 && r[1] == 0x24));
            }
        }
        check_book(&b, &d, fx_xlate, NULL, 0, 1);
        dv_book_free(&b);
        dv_doc_free(&d);
    }
}

static void test_duplex(void)
{
    dv_doc d;
    make_doc(&d, 700, 6, 10);
    dv_layout_opts o = {40, 25, 1, 20, 2, "en"};
    dv_book b;
    dv_err e;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    CHECK(b.nvols >= 2);
    int pad = 0;
    for (size_t v = 0; v < b.nvols; v++) {
        const dv_volume *V = &b.vols[v];
        CHECK(V->npages >= 3);
        CHECK(V->pages[0].is_title);
        CHECK(V->pages[1].number == 0 && blank_page(&b, &V->pages[1]));
        CHECK(V->pages[2].number & 1);           /* a right-hand page */
        CHECK(V->sheets <= 26);   /* 19 body sheets + 15% + title */
        if (v + 1 < b.nvols) {
            CHECK_INT(V->npages % 2, 0);         /* whole sheets */
            const dv_page *l = &V->pages[V->npages - 1];
            int blank_text = 1;
            for (int y = 0; y < b.rows - 1; y++) blank_text &= blank_row(&b, l, y);
            pad += blank_text && l->number > 0;
        }
    }
    check_book(&b, &d, fx_xlate, NULL, 1, 1);
    dv_book_free(&b);
    (void)pad;
    dv_doc_free(&d);
}

/* A million cells in one paragraph: linear time, nothing lost. */
static void test_long_paragraph(void)
{
    dv_doc d;
    dv_doc_init(&d);
    dv_buf b0 = {0};
    for (int i = 0; i < 200000; i++) dv_buf_puts(&b0, i % 7 ? "abcd " : "中文 ");
    add(&d, DV_PARA, 0, b0.data);
    dv_buf_free(&b0);
    dv_layout_opts o = {40, 25, 0, 0, 2, "en"};
    dv_book b;
    dv_err e;
    clock_t t0 = clock();
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 10);
    CHECK(b.pages > 1000 && b.pages < 1400);
    check_book(&b, &d, fx_xlate, NULL, 0, 1);
    dv_book_free(&b);
    dv_doc_free(&d);
}

/* Real liblouis on Chinese: every cell placed, no character split. */
static void test_real_chinese(void)
{
    dv_brl *br = NULL;
    dv_err e = {{0}};
    const char *tables = dv_brl_default_tables("zh", "common");
    CHECK(tables != NULL);
    if (!tables || dv_brl_open(&br, tables, &e) != 0) {
        fprintf(stderr, "dv_brl_open: %s\n", e.msg);
        CHECK(0);
        return;
    }
    dv_doc d;
    dv_doc_init(&d);
    free(d.title);
    d.title = dv_strdup("盲文书的排版");
    d.author = dv_strdup("测试");
    snprintf(d.lang, sizeof d.lang, "zh");
    add(&d, DV_HEADING, 1, "第一章 春天");
    for (int i = 0; i < 150; i++) {
        add(&d, DV_PARA, 0, "春天来了，万物复苏。小草从地下探出头来，"
                            "柳树发出了嫩芽，燕子从南方飞回来了。"
                            "孩子们在田野里奔跑，放风筝，唱着歌。");
        if (i % 10 == 9) add(&d, DV_PAGE, 0, "12");
        if (i % 7 == 6) add(&d, DV_HEADING, 2, "第二节 夏天");
    }
    dv_layout_opts o = {30, 27, 1, 6, 2, "zh"};
    dv_book b;
    CHECK_INT(dv_layout(&d, &o, dv_brl_xlate, br, &b, &e), 0);
    CHECK(b.nvols >= 2);
    CHECK(b.cells > 1000);
    check_book(&b, &d, dv_brl_xlate, br, 1, 0);
    dv_book_free(&b);
    dv_doc_free(&d);
    dv_brl_close(br);
}

/* ---- the streaming interface ---- */

/* Records the events a sink gets and checks their order. */
typedef struct rec {
    int begins, ends, cur, vols_seen, bad_order, fail_at;
    size_t nvols;
    int npages;
    uint64_t sum;       /* over pages: cells, number and title flag */
    int rows, cols;
} rec;

static int r_begin(void *ctx, const dv_book *shape, dv_err *e)
{
    (void)e;
    rec *r = ctx;
    r->begins++;
    r->nvols = shape->nvols;
    r->rows = shape->rows;
    r->cols = shape->cols;
    r->cur = -1;
    return 0;
}

static int r_volume(void *ctx, int v, dv_err *e)
{
    (void)e;
    rec *r = ctx;
    if (r->cur != -1 || v != r->vols_seen || !r->begins) r->bad_order++;
    r->cur = v;
    return 0;
}

static uint64_t page_sum(const dv_page *p, int rows, int cols)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < (size_t)rows * cols; i++)
        h = (h ^ p->cells[i]) * 1099511628211ULL;
    return h + (uint64_t)p->number * 31 + (uint64_t)p->is_title;
}

static int r_page(void *ctx, int v, const dv_page *p, dv_err *e)
{
    rec *r = ctx;
    if (v != r->cur) r->bad_order++;
    r->npages++;
    r->sum += page_sum(p, r->rows, r->cols);
    if (r->fail_at && r->npages == r->fail_at)
        return dv_errf(e, "sink: disk full at page %d", r->npages);
    return 0;
}

static int r_volume_end(void *ctx, int v, dv_err *e)
{
    (void)e;
    rec *r = ctx;
    if (v != r->cur) r->bad_order++;
    r->cur = -1;
    r->vols_seen++;
    return 0;
}

static int r_end(void *ctx, dv_err *e)
{
    (void)e;
    rec *r = ctx;
    if (r->cur != -1 || (size_t)r->vols_seen != r->nvols) r->bad_order++;
    r->ends++;
    return 0;
}

static void test_stream(void)
{
    dv_doc d;
    make_doc(&d, 1500, 6, 10);
    dv_layout_opts o = {40, 25, 1, 30, 2, "en"};
    dv_book b;
    dv_err e = {{0}};
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    uint64_t sum = 0;
    int np = 0;
    for (size_t v = 0; v < b.nvols; v++)
        for (size_t i = 0; i < b.vols[v].npages; i++, np++)
            sum += page_sum(&b.vols[v].pages[i], b.rows, b.cols);
    CHECK(b.nvols > 1);

    /* the same pages, in the same order, through a sink; the caller's
     * blocks may be freed as soon as each is laid out */
    for (int fail = 0; fail < 2; fail++) {
        dv_lay *L;
        CHECK_INT(dv_lay_open(&o, ".", &L, &e), 0);
        for (size_t i = 0; i < d.nblocks; i++) {
            dv_block copy = d.blocks[i];
            copy.text = dv_strdup(d.blocks[i].text);
            CHECK_INT(dv_lay_block(L, &copy, fx_xlate, NULL, &e), 0);
            memset(copy.text, 'x', copy.len);
            free(copy.text);
        }
        rec r = {0};
        r.fail_at = fail ? np / 2 : 0;
        dv_pagesink sink = {r_begin, r_volume, r_page, r_volume_end, r_end, &r};
        dv_book t;
        int rc = dv_lay_finish(L, d.title, d.author, fx_xlate, NULL, &sink, &t, &e);
        dv_lay_close(L);
        if (fail) {
            /* a failing sink stops the layout with its own error */
            CHECK_INT(rc, -1);
            char want[64];
            snprintf(want, sizeof want, "sink: disk full at page %d", np / 2);
            CHECK_STR(e.msg, want);
            CHECK_INT(r.npages, np / 2);
            CHECK_INT(r.ends, 0);
            continue;
        }
        CHECK_INT(rc, 0);
        CHECK_INT(r.begins, 1);
        CHECK_INT(r.ends, 1);
        CHECK_INT(r.bad_order, 0);
        CHECK_INT((long long)r.nvols, (long long)b.nvols);
        CHECK_INT(r.npages, np);
        CHECK(r.sum == sum);
        CHECK_INT(t.pages, b.pages);
        CHECK_INT(t.sheets, b.sheets);
        CHECK(t.cells == b.cells);
        CHECK_INT((long long)t.nvols, (long long)b.nvols);
    }
    dv_book_free(&b);
    dv_doc_free(&d);

    /* a folder where no temp file can be made: a clear error */
    dv_lay *L = NULL;
    CHECK_INT(dv_lay_open(&o, "/nonexistent/dir", &L, &e), -1);
    CHECK(strstr(e.msg, "/nonexistent/dir") != NULL);
    CHECK(L == NULL);
}

int main(void)
{
    test_cells();
    test_profile();
    test_golden();
    test_title();
    test_invariants();
    test_volumes();
    test_duplex();
    test_long_paragraph();
    test_real_chinese();
    test_stream();
    return T_DONE();
}
