/* layout.c -- see layout.h.
 *
 * Three steps, each linear in the number of cells (layout sits inside a
 * throughput benchmark):
 *   1. the body becomes one list of lines, each cols cells wide, flagged
 *      with what pagination needs (block starts, heading lines);
 *   2. the list is paginated once to count pages; if the book needs
 *      several volumes, cut points are chosen among the lines (at heading
 *      or block starts near equal shares), so a volume may end on a short
 *      page but text is never re-broken;
 *   3. each volume's lines are paginated into pages whose last row,
 *      kept free, receives the braille page number. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "layout.h"
#include "util.h"

/* ---- embosser profiles ---- */

static int parse_mm(const char *v, double *out)
{
    char *end;
    errno = 0;
    double x = strtod(v, &end);
    if (errno || end == v || *end || !(x > 0 && x < 10000)) return -1;
    *out = x;
    return 0;
}

int dv_profile_load(const char *dir, const char *name, dv_profile *p,
                    dv_err *e)
{
    memset(p, 0, sizeof *p);
    char *path;
    FILE *fp = dv_conf_open(dir, name, sizeof p->name, "embosser", "embossers",
                            &path, e);
    if (!fp) return -1;
    snprintf(p->name, sizeof p->name, "%s", name);

    char line[1024];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        /* '#' starts a comment at the start of a line or after white
         * space, so a '#' inside a word survives. */
        for (char *h = line; (h = strchr(h, '#')) != NULL; h++)
            if (h == line || h[-1] == ' ' || h[-1] == '\t') {
                *h = 0;
                break;
            }
        char *s = dv_trim(line);
        if (!*s) continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            rc = dv_errf(e, "%s:%d: expected 'key = value'", path, lineno);
            break;
        }
        *eq = 0;
        char *key = dv_trim(s), *val = dv_trim(eq + 1);
        if (!strcmp(key, "description")) {
            snprintf(p->description, sizeof p->description, "%s", val);
        } else if (!strcmp(key, "cols") || !strcmp(key, "rows")) {
            int *dst = key[0] == 'c' ? &p->cols : &p->rows;
            if (dv_parse_int(val, 1, 1000, dst) != 0) {
                rc = dv_errf(e, "%s:%d: %s must be a whole number from 1 to "
                             "1000, not '%s'", path, lineno, key, val);
                break;
            }
        } else if (!strcmp(key, "paper_width_mm") ||
                   !strcmp(key, "paper_height_mm")) {
            double *dst = key[6] == 'w' ? &p->paper_width_mm
                                        : &p->paper_height_mm;
            if (parse_mm(val, dst) != 0) {
                rc = dv_errf(e, "%s:%d: %s must be a positive number, not '%s'",
                             path, lineno, key, val);
                break;
            }
        } else {
            rc = dv_errf(e, "%s:%d: unknown key '%s'", path, lineno, key);
            break;
        }
    }
    if (rc == 0 && ferror(fp))
        rc = dv_errf(e, "%s: read error", path);
    if (rc == 0 && !p->cols)
        rc = dv_errf(e, "%s: missing 'cols'", path);
    if (rc == 0 && !p->rows)
        rc = dv_errf(e, "%s: missing 'rows'", path);
    fclose(fp);
    free(path);
    return rc;
}

/* ---- line breaking ---- */

/* End (exclusive) of the longest line from s that fits in w cells: the
 * last word break that fits, else the last character start, else a hard
 * cut (only when one character is wider than a line).  With fill (Chinese,
 * where liblouis writes long runs without a blank), a character break is
 * taken instead of a word break that would leave over a third of the
 * line empty.  The backward scan stops at the first word break, so it
 * costs about one line. */
static size_t brk_line(int fill, const dv_cells *c, size_t s, size_t w)
{
    if (c->n - s <= w) return c->n;
    size_t e = s + w, chr = 0;
    for (size_t i = e; i > s; i--) {
        if (c->brk[i] == DV_BRK_WORD)
            return fill && chr && (e - i) * 3 > w ? chr : i;
        if (!chr && c->brk[i] == DV_BRK_CHAR) chr = i;
    }
    return chr ? chr : e;
}

/* Next line of c from *pos, w cells wide: its start and length with the
 * blanks of the break dropped at both ends.  Returns 0 at the end. */
static int next_line(int fill, const dv_cells *c, size_t *pos, size_t w, size_t *s,
                     size_t *len)
{
    size_t p = *pos;
    while (p < c->n && c->dots[p] == 0 && c->brk[p] != DV_BRK_NONE) p++;
    if (p >= c->n) {
        *pos = p;
        return 0;
    }
    size_t end = brk_line(fill, c, p, w), l = end - p;
    while (l > 0 && c->dots[p + l - 1] == 0) l--;
    *s = p;
    *len = l;
    *pos = end;
    return 1;
}

/* ---- step 1: the body as a list of lines ---- */

enum {
    F_BLOCK = 1,  /* first line of a block: a volume may start here */
    F_HEAD = 2,   /* first line of a heading (or the blank before it) */
    F_KEEP = 4,   /* heading line: on the same page as the line after it */
    F_OPT = 8     /* blank before a heading: dropped at the top of a page */
};

typedef struct lay {
    int cols, rows, text_rows;
    int fill;             /* break between characters to fill lines (zh) */
    uint8_t *line;        /* nline * cols cells */
    uint8_t *flag;
    size_t nline, cap;
} lay;

static void emit(lay *L, const uint8_t *c, size_t len, int off, int flags)
{
    if (L->nline == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 256;
        L->line = dv_realloc(L->line, L->cap * (size_t)L->cols);
        L->flag = dv_realloc(L->flag, L->cap);
    }
    uint8_t *row = L->line + L->nline * (size_t)L->cols;
    memset(row, 0, (size_t)L->cols);
    if (len > 0) memcpy(row + off, c, len);
    L->flag[L->nline++] = (uint8_t)flags;
}

static void lay_heading(lay *L, const dv_cells *c, int level)
{
    size_t pos = 0, s, len;
    int flags = F_KEEP | F_BLOCK | F_HEAD;
    if (level == 1) emit(L, NULL, 0, 0, F_KEEP | F_OPT | F_BLOCK | F_HEAD);
    while (next_line(L->fill, c, &pos, (size_t)L->cols, &s, &len)) {
        int off = level == 1 ? (int)((size_t)L->cols - len) / 2 : 0;
        emit(L, c->dots + s, len, off, flags);
        flags = F_KEEP;
    }
}

static void lay_para(lay *L, const dv_cells *c, int indent)
{
    size_t pos = 0, s, len;
    int first = 1;
    for (;;) {
        int off = first ? indent : 0;
        if (!next_line(L->fill, c, &pos, (size_t)(L->cols - off), &s, &len)) break;
        emit(L, c->dots + s, len, off, first ? F_BLOCK : 0);
        first = 0;
    }
}

/* A line of dots 3-6 ending in a blank and the print page number. */
static void lay_print_page(lay *L, const dv_cells *num)
{
    uint8_t *row = dv_malloc((size_t)L->cols);
    size_t len = num->n;
    if (len > (size_t)L->cols - 2) len = (size_t)L->cols - 2;
    size_t dash = len ? (size_t)L->cols - len - 1 : (size_t)L->cols;
    memset(row, 0x24, dash);
    if (len) {
        row[dash] = 0;
        memcpy(row + dash + 1, num->dots, len);
    }
    emit(L, row, (size_t)L->cols, 0, F_BLOCK);
    free(row);
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0 || n > 9) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* ---- step 2 and 3: pages ---- */

typedef struct pages {
    dv_page *pg;          /* filled pages, or NULL when only counting */
    size_t *first;        /* first line of each page, or NULL */
    size_t n, cap;
} pages;

static uint8_t *new_cells(const lay *L)
{
    return dv_calloc((size_t)L->rows * L->cols, 1);
}

static void new_page(const lay *L, pages *P, size_t first, int fill)
{
    if (P->n == P->cap) {
        P->cap = P->cap ? P->cap * 2 : 64;
        if (fill) P->pg = dv_realloc(P->pg, P->cap * sizeof *P->pg);
        else P->first = dv_realloc(P->first, P->cap * sizeof *P->first);
    }
    if (fill) {
        P->pg[P->n].cells = new_cells(L);
        P->pg[P->n].number = 0;
        P->pg[P->n].is_title = 0;
    } else {
        P->first[P->n] = first;
    }
    P->n++;
}

/* Pages lines [a, b) from a fresh page.  A run of heading lines goes with
 * the line after it: if they do not fit on this page but would on an
 * empty one, they all move on (a heading is never the last text on a
 * page).  fill: copy lines into pages; else only note where pages start. */
static void paginate(const lay *L, size_t a, size_t b, pages *P, int fill)
{
    int row = L->text_rows, T = L->text_rows;   /* row == T: page full */
    size_t i = a;
    while (i < b) {
        size_t j = i;
        while (j < b && (L->flag[j] & F_KEEP)) j++;
        size_t end = j < b ? j + 1 : j;
        if (j > i) {
            int opt = (L->flag[i] & F_OPT) != 0, n = (int)(end - i);
            if (row < T && n > T - row && n - opt <= T) row = T;
        }
        for (size_t k = i; k < end; k++) {
            if (row == T) {
                if (L->flag[k] & F_OPT) continue;
                new_page(L, P, k, fill);
                row = 0;
            }
            if (fill)
                memcpy(P->pg[P->n - 1].cells + (size_t)row * L->cols,
                       L->line + k * (size_t)L->cols, (size_t)L->cols);
            row++;
        }
        i = end;
    }
}

/* A volume may start at line i if a block (want: F_HEAD or F_BLOCK)
 * starts there and it does not separate a heading from its text. */
static int can_cut(const lay *L, size_t i, int want)
{
    return (L->flag[i] & want) && (i == 0 || !(L->flag[i - 1] & F_KEEP));
}

/* First line of volume k (0 < k < nvol): near where page k/nvol of the
 * whole body starts, at a heading if one starts within 15% of a volume's
 * size, else at any block start, else exactly there. */
static size_t cut_at(const lay *L, const pages *whole, int k, int nvol,
                     size_t prev)
{
    size_t pg = (size_t)lround((double)whole->n * k / nvol);
    if (pg >= whole->n) pg = whole->n - 1;
    long t = (long)whole->first[pg];
    long w = (long)(0.15 * (double)L->nline / nvol);
    long lo = (long)prev + 1, hi = (long)L->nline - (nvol - k);
    for (int want = F_HEAD; want; want = want == F_HEAD ? F_BLOCK : 0)
        for (long d = 0; d <= w; d++)
            for (int sgn = 0; sgn < 2; sgn++) {
                long i = sgn ? t + d : t - d;
                if (i >= lo && i <= hi && can_cut(L, (size_t)i, want))
                    return (size_t)i;
            }
    if (t < lo) t = lo;
    if (t > hi) t = hi;
    return (size_t)t;
}

static int xl(dv_xlate_fn xlate, void *ctx, const char *s, dv_cells *out,
              dv_err *e)
{
    dv_cells_clear(out);
    if (!s || !*s) return 0;
    return xlate(ctx, s, strlen(s), out, e);
}

/* Centred lines of c from row r (at most max lines); returns rows used. */
static int centre(const lay *L, uint8_t *cells, const dv_cells *c, int r,
                  int max)
{
    size_t pos = 0, s, len;
    int k = 0;
    while (k < max && next_line(L->fill, c, &pos, (size_t)L->cols, &s, &len)) {
        size_t off = ((size_t)L->cols - len) / 2;
        memcpy(cells + (size_t)(r + k) * L->cols + off, c->dots + s, len);
        k++;
    }
    return k;
}

static int count_lines(const lay *L, const dv_cells *c)
{
    size_t pos = 0, s, len;
    int k = 0;
    while (next_line(L->fill, c, &pos, (size_t)L->cols, &s, &len)) k++;
    return k;
}

/* Title around the upper third, the author below it, then the volume;
 * what does not fit is cut, the volume line last. */
static uint8_t *title_page(const lay *L, const dv_cells *title,
                           const dv_cells *author, const dv_cells *vol)
{
    uint8_t *cells = new_cells(L);
    int T = count_lines(L, title), A = count_lines(L, author);
    int V = count_lines(L, vol);
    int gapA = A ? 1 : 0, gapV = V && (T || A) ? 1 : 0;
    if (T + gapA + A + gapV + V > L->rows) A = gapA = 0;
    if (T + gapV + V > L->rows) T = L->rows - gapV - V;
    if (T < 0) {
        T = 0;
        V = L->rows;
    }
    gapV = V && (T || A) ? 1 : 0;
    int need = T + gapA + A + gapV + V;
    int r = L->rows / 3 - T / 2;
    if (r < 0) r = 0;
    if (r + need > L->rows) r = L->rows - need;
    r += centre(L, cells, title, r, T) + gapA;
    r += centre(L, cells, author, r, A) + gapV;
    centre(L, cells, vol, r, V);
    return cells;
}

static void stamp_number(const lay *L, dv_page *p, dv_cells *tmp)
{
    dv_cells_clear(tmp);
    dv_cells_number(tmp, p->number);
    size_t len = tmp->n < (size_t)L->cols ? tmp->n : (size_t)L->cols;
    memcpy(p->cells + (size_t)(L->rows - 1) * L->cols + L->cols - len,
           tmp->dots, len);
}

static void vol_words(const char *lang, int x, int y, char *out, size_t n)
{
    if (lang && !strcmp(lang, "zh"))
        snprintf(out, n, "第%d册 共%d册", x, y);
    else
        snprintf(out, n, "Volume %d of %d", x, y);
}

int dv_layout(const dv_doc *d, const dv_layout_opts *o, dv_xlate_fn xlate,
              void *ctx, dv_book *out, dv_err *e)
{
    memset(out, 0, sizeof *out);
    if (o->cols < 10 || o->rows < 3 || o->cols > 1000 || o->rows > 1000)
        return dv_errf(e, "page of %d cells by %d lines: need 10 to 1000 "
                       "cells and 3 to 1000 lines", o->cols, o->rows);
    lay L = {0};
    L.cols = o->cols;
    L.rows = o->rows;
    L.text_rows = o->rows - 1;
    L.fill = o->lang && !strcmp(o->lang, "zh");
    int indent = o->indent < 0 ? 0 : o->indent > o->cols / 2 ? o->cols / 2
                                                             : o->indent;
    dv_cells c = {0}, title = {0}, author = {0}, vol = {0};
    pages whole = {0};
    size_t *cut = NULL;
    int rc = -1;

    for (size_t i = 0; i < d->nblocks; i++) {
        const dv_block *b = &d->blocks[i];
        dv_cells_clear(&c);
        if (b->type == DV_PAGE && all_digits(b->text, b->len))
            dv_cells_number(&c, atol(b->text));
        else if (b->len > 0 && xlate(ctx, b->text, b->len, &c, e) != 0)
            goto out;
        if (b->type == DV_HEADING) lay_heading(&L, &c, b->level);
        else if (b->type == DV_PAGE) lay_print_page(&L, &c);
        else lay_para(&L, &c, indent);
    }

    /* Volumes: the title sheet counts against each volume's budget. */
    paginate(&L, 0, L.nline, &whole, 0);
    size_t P = whole.n;
    long body_sheets = o->duplex ? (long)(P + 1) / 2 : (long)P;
    int nvol = 1;
    if (o->volume_sheets > 0 && P > 0 && body_sheets + 1 > o->volume_sheets) {
        long per = o->volume_sheets > 1 ? o->volume_sheets - 1 : 1;
        long n = (body_sheets + per - 1) / per;
        nvol = (int)(n > (long)P ? (long)P : n);
    }
    /* Cuts near equal shares may still leave a volume over the budget
     * (a heading moved, a cut moved to a block start): then one more
     * volume, until every volume fits. */
    for (;;) {
        free(cut);
        cut = dv_malloc((size_t)(nvol + 1) * sizeof *cut);
        cut[0] = 0;
        cut[nvol] = L.nline;
        for (int k = 1; k < nvol; k++)
            cut[k] = cut_at(&L, &whole, k, nvol, cut[k - 1]);
        if (nvol == 1 || nvol >= (int)P) break;
        int fits = 1;
        for (int v = 0; v < nvol && fits; v++) {
            pages cnt = {0};
            paginate(&L, cut[v], cut[v + 1], &cnt, 0);
            long sheets = 1 + (o->duplex ? (long)(cnt.n + 1) / 2 : (long)cnt.n);
            fits = sheets <= o->volume_sheets;
            free(cnt.first);
        }
        if (fits) break;
        nvol++;
    }

    if (xl(xlate, ctx, d->title, &title, e) != 0 ||
        xl(xlate, ctx, d->author, &author, e) != 0)
        goto out;

    out->cols = o->cols;
    out->rows = o->rows;
    out->duplex = o->duplex ? 1 : 0;
    out->vols = dv_calloc((size_t)nvol, sizeof *out->vols);
    out->nvols = (size_t)nvol;
    int number = 1;
    for (int v = 0; v < nvol; v++) {
        pages body = {0};
        paginate(&L, cut[v], cut[v + 1], &body, 1);
        size_t nb = body.n;
        int back = o->duplex && nb > 0;
        int pad = o->duplex && v < nvol - 1 && (nb & 1);
        dv_volume *V = &out->vols[v];
        V->pages = dv_calloc(1 + back + nb + pad, sizeof *V->pages);
        /* the book owns the body pages from here, even on failure */
        for (size_t i = 0; i < nb; i++) V->pages[1 + back + i] = body.pg[i];
        V->npages = 1 + back + nb;
        free(body.pg);

        char words[64];
        vol_words(o->lang, v + 1, nvol, words, sizeof words);
        if (xl(xlate, ctx, words, &vol, e) != 0) goto out;
        V->pages[0].cells = title_page(&L, &title, &author, &vol);
        V->pages[0].is_title = 1;
        if (back) V->pages[1].cells = new_cells(&L);
        for (size_t i = 1 + back; i < V->npages; i++) {
            V->pages[i].number = number++;
            stamp_number(&L, &V->pages[i], &c);
        }
        /* Keeps the next volume's text on a right-hand (odd) page. */
        if (pad) {
            dv_page *p = &V->pages[V->npages++];
            p->cells = new_cells(&L);
            p->number = number++;
            stamp_number(&L, p, &c);
        }
        V->sheets = o->duplex ? (int)(V->npages + 1) / 2 : (int)V->npages;
        out->pages += (int)V->npages;
        out->sheets += V->sheets;
    }

    size_t psize = (size_t)o->rows * o->cols;
    for (size_t v = 0; v < out->nvols; v++)
        for (size_t i = 0; i < out->vols[v].npages; i++) {
            const uint8_t *p = out->vols[v].pages[i].cells;
            for (size_t j = 0; j < psize; j++) out->cells += p[j] != 0;
        }
    rc = 0;

out:
    if (rc != 0) dv_book_free(out);
    free(L.line);
    free(L.flag);
    free(whole.first);
    free(cut);
    dv_cells_free(&c);
    dv_cells_free(&title);
    dv_cells_free(&author);
    dv_cells_free(&vol);
    return rc;
}

void dv_book_free(dv_book *b)
{
    for (size_t v = 0; v < b->nvols; v++) {
        for (size_t i = 0; i < b->vols[v].npages; i++)
            free(b->vols[v].pages[i].cells);
        free(b->vols[v].pages);
    }
    free(b->vols);
    memset(b, 0, sizeof *b);
}
