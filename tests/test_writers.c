/* test_writers.c -- BRF, PEF and Unicode braille text files of a book.
 *
 * Each file is read back and decoded to cells, which must equal the
 * book's pages; PEF files are validated with xmllint against the PEF
 * 2008-1 RELAX NG schema in tests/data. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cells.h"
#include "doc.h"
#include "layout.h"
#include "t.h"
#include "util.h"
#include "writers.h"

#define RNG "tests/data/pef-2008-1.rng"

/* Fixture translator: braille ASCII for ASCII, three cells (two with
 * dots 7-8) for any other character. */
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
            dv_cells_push(out, 0x41, DV_BRK_CHAR);
            dv_cells_push(out, 0x82, DV_BRK_NONE);
            dv_cells_push(out, 0xFF, DV_BRK_NONE);
            i += (size_t)k;
        }
    }
    return 0;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    dv_buf b = {0};
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0) dv_buf_put(&b, tmp, k);
    fclose(fp);
    if (!b.data) dv_buf_put(&b, "", 0);
    *n = b.len;
    return b.data;
}

static size_t count(const char *s, const char *needle)
{
    size_t n = 0, k = strlen(needle);
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p += k) n++;
    return n;
}

static void make_book(dv_book *b, int duplex, int volume_sheets)
{
    dv_doc d;
    dv_doc_init(&d);
    free(d.title);
    d.title = dv_strdup("Writers & <Tests> \"quoted\"");
    snprintf(d.lang, sizeof d.lang, "en");
    for (int i = 0; i < 120; i++) {
        char s[64];
        if (i % 10 == 0) {
            snprintf(s, sizeof s, "Chapter %d", i / 10 + 1);
            dv_doc_add(&d, DV_HEADING, 1 + i % 3, s, strlen(s));
        }
        if (i % 17 == 5) dv_doc_add(&d, DV_PAGE, 0, "42", 2);
        const char *p = i % 3 ? "the quick brown fox jumps over the lazy dog, "
                                "again and again and again until the page "
                                "is full of it."
                              : "中文段落，每个字三方。中文段落，每个字三方。";
        dv_doc_add(&d, DV_PARA, 0, p, strlen(p));
    }
    dv_layout_opts o = {32, 12, duplex, volume_sheets, 2, "en"};
    dv_err e;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, b, &e), 0);
    dv_doc_free(&d);
}

/* Rows of a page up to its last non-blank one (as the writers see it:
 * mask 0x3F for BRF). */
static int used_rows(const dv_book *b, const dv_page *p, int mask)
{
    int last = b->rows;
    while (last > 0) {
        const uint8_t *r = p->cells + (size_t)(last - 1) * b->cols;
        int blank = 1;
        for (int x = 0; x < b->cols; x++) blank &= (r[x] & mask) == 0;
        if (!blank) break;
        last--;
    }
    return last;
}

static void no_temp_files(const char *dir)
{
    DIR *dp = opendir(dir);
    CHECK(dp != NULL);
    struct dirent *de;
    int tmp = 0;
    while (dp && (de = readdir(dp)) != NULL) tmp += strstr(de->d_name, ".tmp.") != NULL;
    if (dp) closedir(dp);
    CHECK_INT(tmp, 0);
}

/* Decodes BRF bytes page by page and compares with volumes [v0, v1). */
static void check_brf(const dv_book *b, const char *s, size_t n, size_t v0,
                      size_t v1)
{
    int bad_byte = 0, bad_crlf = 0, bad_len = 0, bad_cell = 0, bad_rows = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') bad_crlf += i + 1 >= n || s[i + 1] != '\n';
        else if (c == '\n') bad_crlf += i == 0 || s[i - 1] != '\r';
        else if (c != '\f' && dv_ascii_to_cell((char)c) < 0) bad_byte++;
        else if (c >= 0x60) bad_byte++;   /* upper case only */
    }
    CHECK_INT(bad_byte, 0);
    CHECK_INT(bad_crlf, 0);
    CHECK(n > 0 && s[n - 1] == '\f');
    size_t want = 0;
    for (size_t v = v0; v < v1; v++) want += b->vols[v].npages;
    CHECK_INT(count(s, "\f"), want);

    const char *p = s, *end = s + n;
    for (size_t v = v0; v < v1; v++)
        for (size_t i = 0; i < b->vols[v].npages && p < end; i++) {
            const dv_page *pg = &b->vols[v].pages[i];
            const char *ff = memchr(p, '\f', (size_t)(end - p));
            if (!ff) {
                bad_rows++;
                break;
            }
            int y = 0;
            while (p < ff) {
                const char *nl = memchr(p, '\r', (size_t)(ff - p));
                if (!nl) {
                    bad_crlf++;
                    break;
                }
                int len = (int)(nl - p);
                if (len > b->cols || (len > 0 && p[len - 1] == ' ')) bad_len++;
                if (y < b->rows) {
                    const uint8_t *r = pg->cells + (size_t)y * b->cols;
                    for (int x = 0; x < b->cols; x++) {
                        int cell = x < len ? dv_ascii_to_cell(p[x]) : 0;
                        if (cell != (r[x] & 0x3F)) bad_cell++;
                    }
                }
                y++;
                p = nl + 2;
            }
            if (y != used_rows(b, pg, 0x3F)) bad_rows++;
            p = ff + 1;
        }
    CHECK_INT(bad_len, 0);
    CHECK_INT(bad_cell, 0);
    CHECK_INT(bad_rows, 0);
}

static void test_brf(const char *dir)
{
    dv_book b;
    make_book(&b, 1, 8);
    CHECK(b.nvols >= 2);
    char path[512], vpath[512];
    dv_err e = {{0}};
    size_t n;

    snprintf(path, sizeof path, "%s/book.brf", dir);
    CHECK_INT(dv_write_brf(&b, -1, path, &e), 0);
    char *all = slurp(path, &n);
    CHECK(all != NULL);
    if (all) {
        check_brf(&b, all, n, 0, b.nvols);
        /* the title page's blank back is a lone form feed */
        size_t title_len = (size_t)(strchr(all, '\f') - all);
        CHECK(all[title_len + 1] == '\f');
    }

    /* one volume at a time: the volumes together are the book */
    dv_buf cat = {0};
    for (size_t v = 0; v < b.nvols; v++) {
        snprintf(vpath, sizeof vpath, "%s/book.v%zu.brf", dir, v + 1);
        CHECK_INT(dv_write_brf(&b, (int)v, vpath, &e), 0);
        size_t vn;
        char *vs = slurp(vpath, &vn);
        CHECK(vs != NULL);
        if (vs) {
            check_brf(&b, vs, vn, v, v + 1);
            dv_buf_put(&cat, vs, vn);
        }
        free(vs);
        unlink(vpath);
    }
    CHECK(all && cat.len == n && !memcmp(cat.data, all, n));
    dv_buf_free(&cat);
    free(all);

    snprintf(vpath, sizeof vpath, "%s/nope.brf", dir);
    CHECK_INT(dv_write_brf(&b, (int)b.nvols, vpath, &e), -1);
    CHECK(strstr(e.msg, vpath) != NULL);
    CHECK(access(vpath, F_OK) != 0);

    /* a write that cannot happen names the path and leaves nothing */
    snprintf(vpath, sizeof vpath, "%s/no/such/dir/book.brf", dir);
    CHECK_INT(dv_write_brf(&b, -1, vpath, &e), -1);
    CHECK(strstr(e.msg, vpath) != NULL);
    no_temp_files(dir);
    unlink(path);
    dv_book_free(&b);
}

static int xmllint(const char *path)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "xmllint --noout --relaxng " RNG " '%s' 2>/dev/null",
             path);
    return system(cmd);
}

/* Decodes the <row>s of each <page> in order and compares with the book. */
static void check_pef_rows(const dv_book *b, const char *s)
{
    int bad = 0, pages = 0;
    const char *p = s;
    for (size_t v = 0; v < b->nvols; v++)
        for (size_t i = 0; i < b->vols[v].npages; i++) {
            const dv_page *pg = &b->vols[v].pages[i];
            p = strstr(p, "<page");
            if (!p) {
                bad++;
                goto done;
            }
            pages++;
            const char *pend = strncmp(p, "<page/>", 7) ? strstr(p, "</page>") : p;
            int y = 0;
            for (const char *r = p; r && (r = strstr(r, "<row")) != NULL && r < pend; y++) {
                const uint8_t *want = pg->cells + (size_t)y * b->cols;
                int x = 0;
                if (!strncmp(r, "<row/>", 6)) {
                    r += 6;
                } else {
                    r += 5;
                    while (strncmp(r, "</row>", 6)) {
                        uint32_t cp;
                        int k = dv_utf8_decode(r, 4, &cp);
                        if (k != 3 || cp < 0x2800 || cp > 0x28FF || x >= b->cols ||
                            want[x] != (uint8_t)(cp - 0x2800)) {
                            bad++;
                            break;
                        }
                        x++;
                        r += 3;
                    }
                }
                for (; x < b->cols; x++) bad += want[x] != 0;
            }
            if (y != used_rows(b, pg, 0xFF)) bad++;
            p = pend + 1;
        }
done:
    CHECK_INT(bad, 0);
    CHECK_INT(pages, b->pages);
}

static void test_pef(const char *dir)
{
    char path[512];
    dv_err e = {{0}};
    size_t n;

    /* the schema check can fail: a row of letters is not braille */
    snprintf(path, sizeof path, "%s/bad.pef", dir);
    FILE *fp = fopen(path, "w");
    CHECK(fp != NULL);
    if (fp) {
        fputs("<?xml version=\"1.0\"?>\n<pef version=\"2008-1\" "
              "xmlns=\"http://www.daisy.org/ns/2008/pef\"><head><meta "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:format>"
              "application/x-pef+xml</dc:format><dc:identifier>x"
              "</dc:identifier></meta></head><body><volume cols=\"2\" "
              "rows=\"2\" rowgap=\"0\" duplex=\"false\"><section><page>"
              "<row>ab</row></page></section></volume></body></pef>\n", fp);
        fclose(fp);
    }
    CHECK(xmllint(path) != 0);
    unlink(path);

    for (int duplex = 0; duplex < 2; duplex++) {
        dv_book b;
        make_book(&b, duplex, duplex ? 8 : 0);
        snprintf(path, sizeof path, "%s/book%d.pef", dir, duplex);
        dv_pef_meta m = {"Writers & <Tests> \"quoted\"", NULL, "dotvox-0123",
                         "2024-05-06T07:08:09Z", "zh-CN"};
        CHECK_INT(dv_write_pef(&b, &m, path, &e), 0);
        CHECK_INT(xmllint(path), 0);
        char *s = slurp(path, &n);
        CHECK(s != NULL);
        if (s) {
            CHECK_INT(count(s, "<volume "), b.nvols);
            CHECK_INT(count(s, "<section>"), b.nvols);
            CHECK_INT(count(s, "<page>") + count(s, "<page/>"), b.pages);
            size_t rows = 0;
            for (size_t v = 0; v < b.nvols; v++)
                for (size_t i = 0; i < b.vols[v].npages; i++)
                    rows += (size_t)used_rows(&b, &b.vols[v].pages[i], 0xFF);
            CHECK_INT(count(s, "<row>") + count(s, "<row/>"), rows);
            CHECK(strstr(s, "<dc:title>Writers &amp; &lt;Tests&gt; &quot;quoted&quot;"
                            "</dc:title>") != NULL);
            CHECK(strstr(s, "dc:creator") == NULL);
            CHECK(strstr(s, "<dc:date>2024-05-06</dc:date>") != NULL);
            CHECK(strstr(s, "<dc:identifier>dotvox-0123</dc:identifier>") != NULL);
            CHECK(strstr(s, "<dc:language>zh-CN</dc:language>") != NULL);
            CHECK(strstr(s, duplex ? "duplex=\"true\"" : "duplex=\"false\"") != NULL);
            CHECK(strstr(s, "cols=\"32\" rows=\"12\"") != NULL);
            check_pef_rows(&b, s);
        }
        free(s);
        unlink(path);

        /* missing or unusable metadata still gives a valid file */
        dv_pef_meta m2 = {NULL, "Some <Author>", NULL, "yesterday", "not a tag"};
        CHECK_INT(dv_write_pef(&b, &m2, path, &e), 0);
        CHECK_INT(xmllint(path), 0);
        s = slurp(path, &n);
        CHECK(s && strstr(s, "<dc:creator>Some &lt;Author&gt;</dc:creator>"));
        CHECK(s && !strstr(s, "dc:language") && !strstr(s, "dc:title"));
        free(s);
        CHECK_INT(dv_write_pef(&b, NULL, path, &e), 0);
        CHECK_INT(xmllint(path), 0);
        unlink(path);
        dv_book_free(&b);
    }

    /* an empty document: one title page */
    dv_doc d;
    dv_doc_init(&d);
    dv_layout_opts o = {40, 25, 0, 0, 2, "en"};
    dv_book b;
    CHECK_INT(dv_layout(&d, &o, fx_xlate, NULL, &b, &e), 0);
    snprintf(path, sizeof path, "%s/empty.pef", dir);
    CHECK_INT(dv_write_pef(&b, NULL, path, &e), 0);
    CHECK_INT(xmllint(path), 0);
    unlink(path);
    dv_book_free(&b);
    dv_doc_free(&d);

    snprintf(path, sizeof path, "%s/missing/x.pef", dir);
    make_book(&b, 0, 0);
    CHECK_INT(dv_write_pef(&b, NULL, path, &e), -1);
    CHECK(strstr(e.msg, path) != NULL);
    dv_book_free(&b);
    no_temp_files(dir);
}

static void test_utxt(const char *dir)
{
    dv_book b;
    make_book(&b, 1, 8);
    char path[512];
    dv_err e = {{0}};
    size_t n;
    snprintf(path, sizeof path, "%s/book.txt", dir);
    CHECK_INT(dv_write_utxt(&b, path, &e), 0);
    char *s = slurp(path, &n);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_INT(count(s, "\f\n"), b.pages - 1);
    CHECK_INT(count(s, "\n"), (size_t)b.pages * b.rows + b.pages - 1);
    /* decode line by line: rows of cells, form feed lines between pages */
    int bad = 0, trail = 0;
    const char *p = s;
    for (size_t v = 0; v < b.nvols; v++)
        for (size_t i = 0; i < b.vols[v].npages; i++) {
            if (p != s) {
                bad += strncmp(p, "\f\n", 2) != 0;
                p += 2;
            }
            for (int y = 0; y < b.rows; y++) {
                const uint8_t *want = b.vols[v].pages[i].cells + (size_t)y * b.cols;
                int x = 0;
                while (*p && *p != '\n') {
                    uint32_t cp;
                    int k = dv_utf8_decode(p, 4, &cp);
                    if (k != 3 || cp < 0x2800 || cp > 0x28FF || x >= b.cols ||
                        want[x] != (uint8_t)(cp - 0x2800)) {
                        bad++;
                        break;
                    }
                    trail = cp == 0x2800 && p[3] == '\n' ? trail + 1 : trail;
                    x++;
                    p += 3;
                }
                for (; x < b.cols; x++) bad += want[x] != 0;
                p = strchr(p, '\n');
                if (!p) {
                    bad++;
                    goto done;
                }
                p++;
            }
        }
done:
    CHECK_INT(bad, 0);
    CHECK_INT(trail, 0);
    CHECK(p && *p == 0);
    free(s);
    unlink(path);

    snprintf(path, sizeof path, "%s/missing/x.txt", dir);
    CHECK_INT(dv_write_utxt(&b, path, &e), -1);
    CHECK(strstr(e.msg, path) != NULL);
    dv_book_free(&b);
    no_temp_files(dir);
}

/* The streaming writers: a volume's BRF written and closed before the
 * others are done appears only at commit; a writer given a volume the
 * book lacks fails at begin and leaves nothing; abort leaves nothing. */
static void test_stream(const char *dir)
{
    dv_book b;
    make_book(&b, 0, 6);
    CHECK(b.nvols >= 2);
    dv_err e = {{0}};
    char path[512], vpath[512];
    snprintf(path, sizeof path, "%s/ref.v2.brf", dir);
    CHECK_INT(dv_write_brf(&b, 1, path, &e), 0);
    size_t rn, sn;
    char *ref = slurp(path, &rn);
    unlink(path);

    snprintf(vpath, sizeof vpath, "%s/s.v2.brf", dir);
    dv_writer *w = dv_brf_writer(vpath, 1, &e);
    CHECK(w != NULL);
    if (!w) return;
    dv_pagesink s;
    dv_writer_sink(w, &s);
    CHECK_INT(s.begin(s.ctx, &b, &e), 0);
    for (size_t v = 0; v < b.nvols; v++) {
        CHECK_INT(s.volume(s.ctx, (int)v, &e), 0);
        for (size_t i = 0; i < b.vols[v].npages; i++)
            CHECK_INT(s.page(s.ctx, (int)v, &b.vols[v].pages[i], &e), 0);
        CHECK_INT(s.volume_end(s.ctx, (int)v, &e), 0);
        if (v == 1) {
            CHECK_INT(s.end(s.ctx, &e), 0);
            CHECK_INT(dv_writer_close(w, &e), 0);
            break;
        }
    }
    CHECK(access(vpath, F_OK) != 0);      /* closed, not yet in place */
    CHECK_INT(dv_writer_commit(w, &e), 0);
    char *got = slurp(vpath, &sn);
    CHECK(ref && got && rn == sn && !memcmp(ref, got, rn));
    free(ref);
    free(got);
    unlink(vpath);

    /* no such volume: the error names the file, nothing is left */
    snprintf(vpath, sizeof vpath, "%s/s.v99.brf", dir);
    w = dv_brf_writer(vpath, 98, &e);
    CHECK(w != NULL);
    if (w) {
        dv_writer_sink(w, &s);
        CHECK_INT(s.begin(s.ctx, &b, &e), -1);
        CHECK(strstr(e.msg, vpath) != NULL);
        dv_writer_abort(w);
    }
    /* abort after pages: nothing under the name, no temp file */
    snprintf(vpath, sizeof vpath, "%s/s.pef", dir);
    w = dv_pef_writer(vpath, NULL, &e);
    CHECK(w != NULL);
    if (w) {
        dv_writer_sink(w, &s);
        CHECK_INT(s.begin(s.ctx, &b, &e), 0);
        CHECK_INT(s.volume(s.ctx, 0, &e), 0);
        CHECK_INT(s.page(s.ctx, 0, &b.vols[0].pages[0], &e), 0);
        dv_writer_abort(w);
    }
    CHECK(access(vpath, F_OK) != 0);
    no_temp_files(dir);
    dv_book_free(&b);
}

int main(void)
{
    char dir[] = "/tmp/dv_test_writers_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    test_brf(dir);
    test_pef(dir);
    test_utxt(dir);
    test_stream(dir);
    rmdir(dir);
    return T_DONE();
}
