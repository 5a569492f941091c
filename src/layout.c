/* layout.c -- see layout.h.
 *
 * Three steps, each linear in the number of cells (layout sits inside a
 * throughput benchmark):
 *   1. the body becomes one list of lines, each cols cells wide, flagged
 *      with what pagination needs (block starts, heading lines); the
 *      lines go to an unlinked temp file as they are made, the flags stay
 *      in memory (a byte per line), so a book of any size costs little;
 *   2. the flags are paginated once to count pages; if the book needs
 *      several volumes, cut points are chosen among the lines (at heading
 *      or block starts near equal shares), so a volume may end on a short
 *      page but text is never re-broken;
 *   3. the lines are read back in order and each volume's are paginated
 *      into pages whose last row, kept free, receives the braille page
 *      number; each page goes to the sink as soon as it is full. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>
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
    int lineno = 0, rc;
    char *key, *val;
    while ((rc = dv_conf_next(fp, path, line, sizeof line, &lineno, &key, &val,
                              e)) > 0) {
        rc = 0;
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

struct dv_lay {
    int cols, rows, text_rows;
    int fill;             /* break between characters to fill lines (zh) */
    int indent, duplex, volume_sheets;
    char lang[8];
    FILE *spill;          /* nline rows of cols cells, unlinked */
    int werr;             /* errno of a failed spill write */
    uint8_t *row;         /* cols cells of scratch */
    uint8_t *flag;
    size_t nline, cap;
    size_t rline;         /* next line to read back in step 3 */
    dv_cells c;
};

static void emit(dv_lay *L, const uint8_t *c, size_t len, int off, int flags)
{
    if (L->nline == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 256;
        L->flag = dv_realloc(L->flag, L->cap);
    }
    memset(L->row, 0, (size_t)L->cols);
    if (len > 0) memcpy(L->row + off, c, len);
    if (fwrite(L->row, 1, (size_t)L->cols, L->spill) != (size_t)L->cols &&
        !L->werr)
        L->werr = errno ? errno : EIO;
    L->flag[L->nline++] = (uint8_t)flags;
}

static void lay_heading(dv_lay *L, const dv_cells *c, int level)
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

static void lay_para(dv_lay *L, const dv_cells *c, int indent)
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
static void lay_print_page(dv_lay *L, const dv_cells *num)
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

int dv_lay_open(const dv_layout_opts *o, const char *tmpdir, dv_lay **out,
                dv_err *e)
{
    *out = NULL;
    if (o->cols < 10 || o->rows < 3 || o->cols > 1000 || o->rows > 1000)
        return dv_errf(e, "page of %d cells by %d lines: need 10 to 1000 "
                       "cells and 3 to 1000 lines", o->cols, o->rows);
    if (!tmpdir) tmpdir = getenv("TMPDIR");
    if (!tmpdir || !*tmpdir) tmpdir = "/tmp";
    /* O_TMPFILE: a file with no name at all, so not even a crash at the
     * wrong moment leaves it behind; else a named one unlinked at once. */
    int fd = open(tmpdir, O_TMPFILE | O_RDWR, 0600);
    if (fd < 0) {
        size_t n = strlen(tmpdir) + 40;
        char *tmpl = dv_malloc(n);
        snprintf(tmpl, n, "%s/.dotvox-lines-XXXXXX", tmpdir);
        fd = mkstemp(tmpl);
        if (fd >= 0) unlink(tmpl);
        free(tmpl);
    }
    if (fd < 0)
        return dv_errf(e, "%s: cannot make a temp file: %s", tmpdir,
                       strerror(errno));
    FILE *fp = fdopen(fd, "w+b");
    if (!fp) {
        close(fd);
        return dv_errf(e, "%s: %s", tmpdir, strerror(errno));
    }
    dv_lay *L = dv_calloc(1, sizeof *L);
    L->spill = fp;
    L->cols = o->cols;
    L->rows = o->rows;
    L->text_rows = o->rows - 1;
    L->fill = o->lang && !strcmp(o->lang, "zh");
    L->indent = o->indent < 0 ? 0 : o->indent > o->cols / 2 ? o->cols / 2
                                                           : o->indent;
    L->duplex = o->duplex ? 1 : 0;
    L->volume_sheets = o->volume_sheets;
    snprintf(L->lang, sizeof L->lang, "%s", o->lang ? o->lang : "");
    L->row = dv_malloc((size_t)L->cols);
    *out = L;
    return 0;
}

int dv_lay_block(dv_lay *L, const dv_block *b, dv_xlate_fn xlate, void *ctx,
                 dv_err *e)
{
    dv_cells *c = &L->c;
    dv_cells_clear(c);
    if (b->type == DV_PAGE && all_digits(b->text, b->len))
        dv_cells_number(c, atol(b->text));
    else if (b->len > 0 && xlate(ctx, b->text, b->len, c, e) != 0)
        return -1;
    if (b->type == DV_HEADING) lay_heading(L, c, b->level);
    else if (b->type == DV_PAGE) lay_print_page(L, c);
    else lay_para(L, c, L->indent);
    if (L->werr)
        return dv_errf(e, "temp file for laid-out lines: %s", strerror(L->werr));
    return 0;
}

void dv_lay_close(dv_lay *L)
{
    if (!L) return;
    if (L->spill) fclose(L->spill);
    free(L->row);
    free(L->flag);
    dv_cells_free(&L->c);
    free(L);
}

/* ---- step 2 and 3: pages ---- */

typedef struct pages {
    size_t *first;        /* first line of each page */
    size_t n, cap;
} pages;

/* Step 3's state: the page being filled and where it goes. */
typedef struct pager {
    dv_lay *L;
    const dv_pagesink *sink;
    int vol;
    dv_page pg;
    int open;             /* pg holds a body page not yet sent */
    int number;           /* the next braille page number */
    long long cells;      /* non-blank cells sent */
    int pages;
    dv_cells tmp;
    dv_err *e;
    int failed;
} pager;

static void stamp_number(const dv_lay *L, dv_page *p, dv_cells *tmp)
{
    dv_cells_clear(tmp);
    dv_cells_number(tmp, p->number);
    size_t len = tmp->n < (size_t)L->cols ? tmp->n : (size_t)L->cols;
    memcpy(p->cells + (size_t)(L->rows - 1) * L->cols + L->cols - len,
           tmp->dots, len);
}

/* Sends cells as the next page of the volume (number 0: unnumbered). */
static void send(pager *W, uint8_t *cells, int number, int is_title)
{
    if (W->failed) return;
    const dv_lay *L = W->L;
    dv_page p = {cells, number, is_title};
    if (number) stamp_number(L, &p, &W->tmp);
    size_t psize = (size_t)L->rows * L->cols;
    for (size_t j = 0; j < psize; j++) W->cells += cells[j] != 0;
    W->pages++;
    if (W->sink->page && W->sink->page(W->sink->ctx, W->vol, &p, W->e) != 0)
        W->failed = 1;
}

static void send_body(pager *W)
{
    if (!W->open) return;
    send(W, W->pg.cells, W->number++, 0);
    W->open = 0;
}

static void blank_page(pager *W, int number)
{
    memset(W->pg.cells, 0, (size_t)W->L->rows * W->L->cols);
    send(W, W->pg.cells, number, 0);
}

/* Line k of the spill into row (lines are read in order, once). */
static int read_line(pager *W, size_t k, uint8_t *row)
{
    dv_lay *L = W->L;
    if (W->failed) return -1;
    if (k != L->rline ||
        fread(row, 1, (size_t)L->cols, L->spill) != (size_t)L->cols) {
        dv_errf(W->e, "temp file for laid-out lines: read failed");
        W->failed = 1;
        return -1;
    }
    L->rline++;
    return 0;
}

/* Pages lines [a, b) from a fresh page.  A run of heading lines goes with
 * the line after it: if they do not fit on this page but would on an
 * empty one, they all move on (a heading is never the last text on a
 * page).  W: read the lines and send the pages; NULL: only count pages
 * and note where they start (P->first may stay NULL: only P->n wanted). */
static void paginate(const dv_lay *L, size_t a, size_t b, pages *P, int note,
                     pager *W)
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
            uint8_t *dst = NULL;
            if (row == T) {
                if (L->flag[k] & F_OPT) {
                    if (W) read_line(W, k, L->row);
                    continue;
                }
                if (W) {
                    send_body(W);
                    memset(W->pg.cells, 0, (size_t)L->rows * L->cols);
                    W->open = 1;
                } else {
                    if (note && P->n == P->cap) {
                        P->cap = P->cap ? P->cap * 2 : 64;
                        P->first = dv_realloc(P->first, P->cap * sizeof *P->first);
                    }
                    if (note) P->first[P->n] = k;
                    P->n++;
                }
                row = 0;
            }
            if (W) {
                dst = W->pg.cells + (size_t)row * L->cols;
                read_line(W, k, dst);
            }
            row++;
        }
        i = end;
    }
    if (W) send_body(W);
}

static size_t count_pages(const dv_lay *L, size_t a, size_t b)
{
    pages P = {0};
    paginate(L, a, b, &P, 0, NULL);
    return P.n;
}

/* A volume may start at line i if a block (want: F_HEAD or F_BLOCK)
 * starts there and it does not separate a heading from its text. */
static int can_cut(const dv_lay *L, size_t i, int want)
{
    return (L->flag[i] & want) && (i == 0 || !(L->flag[i - 1] & F_KEEP));
}

/* First line of volume k (0 < k < nvol): near where page k/nvol of the
 * whole body starts, at a heading if one starts within 15% of a volume's
 * size, else at any block start, else exactly there. */
static size_t cut_at(const dv_lay *L, const pages *whole, int k, int nvol,
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
static int centre(const dv_lay *L, uint8_t *cells, const dv_cells *c, int r,
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

static int count_lines(const dv_lay *L, const dv_cells *c)
{
    size_t pos = 0, s, len;
    int k = 0;
    while (next_line(L->fill, c, &pos, (size_t)L->cols, &s, &len)) k++;
    return k;
}

/* Title around the upper third, the author below it, then the volume;
 * what does not fit is cut, the volume line last. */
static void title_page(const dv_lay *L, uint8_t *cells, const dv_cells *title,
                       const dv_cells *author, const dv_cells *vol)
{
    memset(cells, 0, (size_t)L->rows * L->cols);
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
}

static void vol_words(const char *lang, int x, int y, char *out, size_t n)
{
    if (!strcmp(lang, "zh"))
        snprintf(out, n, "第%d册 共%d册", x, y);
    else
        snprintf(out, n, "Volume %d of %d", x, y);
}

/* Volumes: the title sheet counts against each volume's budget.  Cuts
 * near equal shares may still leave a volume over the budget (a heading
 * moved, a cut moved to a block start): then one more volume, until
 * every volume fits.  Returns nvol and the cuts (nvol + 1 of them). */
static int choose_volumes(const dv_lay *L, size_t **cutp)
{
    pages whole = {0};
    paginate(L, 0, L->nline, &whole, 1, NULL);
    size_t P = whole.n;
    long body_sheets = L->duplex ? (long)(P + 1) / 2 : (long)P;
    int nvol = 1;
    if (L->volume_sheets > 0 && P > 0 && body_sheets + 1 > L->volume_sheets) {
        long per = L->volume_sheets > 1 ? L->volume_sheets - 1 : 1;
        long n = (body_sheets + per - 1) / per;
        nvol = (int)(n > (long)P ? (long)P : n);
    }
    size_t *cut = NULL;
    for (;;) {
        free(cut);
        cut = dv_malloc((size_t)(nvol + 1) * sizeof *cut);
        cut[0] = 0;
        cut[nvol] = L->nline;
        for (int k = 1; k < nvol; k++)
            cut[k] = cut_at(L, &whole, k, nvol, cut[k - 1]);
        if (nvol == 1 || nvol >= (int)P) break;
        int fits = 1;
        for (int v = 0; v < nvol && fits; v++) {
            size_t n = count_pages(L, cut[v], cut[v + 1]);
            long sheets = 1 + (L->duplex ? (long)(n + 1) / 2 : (long)n);
            fits = sheets <= L->volume_sheets;
        }
        if (fits) break;
        nvol++;
    }
    free(whole.first);
    *cutp = cut;
    return nvol;
}

int dv_lay_finish(dv_lay *L, const char *title, const char *author,
                  dv_xlate_fn xlate, void *ctx, const dv_pagesink *sink,
                  dv_book *totals, dv_err *e)
{
    memset(totals, 0, sizeof *totals);
    if (L->werr || fflush(L->spill) != 0 || fseek(L->spill, 0, SEEK_SET) != 0)
        return dv_errf(e, "temp file for laid-out lines: %s",
                       strerror(L->werr ? L->werr : errno));
    L->rline = 0;
    size_t *cut = NULL;
    int nvol = choose_volumes(L, &cut);
    dv_cells tc = {0}, ac = {0}, vc = {0};
    pager W = {0};
    W.L = L;
    W.sink = sink;
    W.e = e;
    W.number = 1;
    W.pg.cells = dv_malloc((size_t)L->rows * L->cols);
    int rc = -1;

    if (xl(xlate, ctx, title, &tc, e) != 0 || xl(xlate, ctx, author, &ac, e) != 0)
        goto out;
    totals->cols = L->cols;
    totals->rows = L->rows;
    totals->duplex = L->duplex;
    totals->nvols = (size_t)nvol;
    if (sink->begin && sink->begin(sink->ctx, totals, e) != 0) goto out;
    for (int v = 0; v < nvol; v++) {
        W.vol = v;
        W.pages = 0;
        size_t nb = count_pages(L, cut[v], cut[v + 1]);
        int back = L->duplex && nb > 0;
        int pad = L->duplex && v < nvol - 1 && (nb & 1);
        char words[64];
        vol_words(L->lang, v + 1, nvol, words, sizeof words);
        if (xl(xlate, ctx, words, &vc, e) != 0) goto out;
        if (sink->volume && sink->volume(sink->ctx, v, e) != 0) goto out;
        title_page(L, W.pg.cells, &tc, &ac, &vc);
        send(&W, W.pg.cells, 0, 1);
        if (back) blank_page(&W, 0);
        paginate(L, cut[v], cut[v + 1], NULL, 0, &W);
        /* Keeps the next volume's text on a right-hand (odd) page. */
        if (pad) blank_page(&W, W.number++);
        if (W.failed) goto out;
        if (sink->volume_end && sink->volume_end(sink->ctx, v, e) != 0) goto out;
        int sheets = L->duplex ? (W.pages + 1) / 2 : W.pages;
        totals->pages += W.pages;
        totals->sheets += sheets;
    }
    if (sink->end && sink->end(sink->ctx, e) != 0) goto out;
    totals->cells = W.cells;
    rc = 0;
out:
    free(cut);
    free(W.pg.cells);
    dv_cells_free(&W.tmp);
    dv_cells_free(&tc);
    dv_cells_free(&ac);
    dv_cells_free(&vc);
    return rc;
}

/* ---- the whole book in memory ---- */

static int keep_begin(void *ctx, const dv_book *shape, dv_err *e)
{
    (void)e;
    dv_book *b = ctx;
    b->vols = dv_calloc(shape->nvols, sizeof *b->vols);
    b->nvols = shape->nvols;
    return 0;
}

static int keep_page(void *ctx, int vol, const dv_page *p, dv_err *e)
{
    (void)e;
    dv_book *b = ctx;
    dv_volume *V = &b->vols[vol];
    V->pages = dv_realloc(V->pages, (V->npages + 1) * sizeof *V->pages);
    dv_page *q = &V->pages[V->npages++];
    *q = *p;
    q->cells = dv_malloc((size_t)b->rows * b->cols);
    memcpy(q->cells, p->cells, (size_t)b->rows * b->cols);
    return 0;
}

static int keep_volume_end(void *ctx, int vol, dv_err *e)
{
    (void)e;
    dv_book *b = ctx;
    dv_volume *V = &b->vols[vol];
    V->sheets = b->duplex ? (int)(V->npages + 1) / 2 : (int)V->npages;
    return 0;
}

int dv_layout(const dv_doc *d, const dv_layout_opts *o, dv_xlate_fn xlate,
              void *ctx, dv_book *out, dv_err *e)
{
    memset(out, 0, sizeof *out);
    dv_lay *L;
    if (dv_lay_open(o, NULL, &L, e) != 0) return -1;
    out->cols = o->cols;
    out->rows = o->rows;
    out->duplex = o->duplex ? 1 : 0;
    int rc = 0;
    for (size_t i = 0; i < d->nblocks && rc == 0; i++)
        rc = dv_lay_block(L, &d->blocks[i], xlate, ctx, e);
    dv_pagesink keep = {keep_begin, NULL, keep_page, keep_volume_end, NULL, out};
    dv_book t;
    if (rc == 0) rc = dv_lay_finish(L, d->title, d->author, xlate, ctx, &keep, &t, e);
    dv_lay_close(L);
    if (rc != 0) {
        dv_book_free(out);
        return -1;
    }
    out->cells = t.cells;
    out->pages = t.pages;
    out->sheets = t.sheets;
    return 0;
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
