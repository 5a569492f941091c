/* layout.h -- pages of a braille book from the document model.
 *
 * An embosser profile (tables/embossers/NAME.conf) gives cells per line
 * and lines per page.  Layout produces volumes of pages of cells:
 *   - each volume opens with a title page (title, author, "volume x of
 *     y"), unnumbered;
 *   - every other page carries its braille page number at the right end
 *     of its last line, which is reserved for it;
 *   - level-1 headings are centred, others start at the margin; a
 *     heading is never the last text on a page (it moves to the next);
 *   - paragraphs are indented (opts.indent cells) and broken only at
 *     DV_BRK_WORD or, failing that, DV_BRK_CHAR positions;
 *   - a print page change is a line of dots 3-6 with the print page
 *     number at its right end;
 *   - a book over opts.volume_sheets sheets is split at a heading or
 *     paragraph boundary into volumes of similar size;
 *   - duplex: two pages per sheet; title pages have a blank back, so
 *     every volume's text starts on a right-hand (odd) page. */
#ifndef DV_LAYOUT_H
#define DV_LAYOUT_H

#include <stdint.h>
#include "cells.h"
#include "doc.h"
#include "err.h"

typedef struct dv_profile {
    char name[64];
    char description[160];
    int cols, rows;
    double paper_width_mm, paper_height_mm;
} dv_profile;

/* Loads DIR/NAME.conf ("key = value" lines: description, cols, rows,
 * paper_width_mm, paper_height_mm; '#' comments).  Errors name the file
 * and line. */
int dv_profile_load(const char *dir, const char *name, dv_profile *p,
                    dv_err *e);

typedef struct dv_layout_opts {
    int cols, rows;       /* page size in cells and lines */
    int duplex;           /* interpoint */
    int volume_sheets;    /* split into volumes above this many sheets */
    int indent;           /* paragraph first-line indent, cells */
    const char *lang;     /* "zh" or "en": words on the title page */
} dv_layout_opts;

typedef struct dv_page {
    uint8_t *cells;       /* rows * cols dot patterns, 0 = blank */
    int number;           /* braille page number; 0 = unnumbered */
    int is_title;         /* the volume's title page */
} dv_page;

typedef struct dv_volume {
    dv_page *pages;
    size_t npages;
    int sheets;
} dv_volume;

typedef struct dv_book {
    int cols, rows, duplex;
    dv_volume *vols;
    size_t nvols;
    long long cells;      /* non-blank cells on all pages */
    int pages, sheets;    /* totals over all volumes (blank backs count
                             as pages in duplex) */
} dv_book;

/* Where the pages go, in order: begin once with the book's shape (a
 * dv_book with cols, rows, duplex and nvols set, no pages), then for each
 * volume: volume, its pages, volume_end; then end.  A callback that fails
 * stops the layout, whose error it is.  NULL callbacks are skipped. */
typedef struct dv_pagesink {
    int (*begin)(void *ctx, const dv_book *shape, dv_err *e);
    int (*volume)(void *ctx, int vol, dv_err *e);
    int (*page)(void *ctx, int vol, const dv_page *p, dv_err *e);
    int (*volume_end)(void *ctx, int vol, dv_err *e);
    int (*end)(void *ctx, dv_err *e);
    void *ctx;
} dv_pagesink;

/* Streaming layout, for books of any size: blocks are broken into lines
 * as they come and the lines go to an unlinked temp file in tmpdir (NULL:
 * $TMPDIR or /tmp); only a byte per line and a number per page stay in
 * memory.  dv_lay_finish then chooses the volumes and hands the pages,
 * one at a time, to the sink, and fills totals (cols, rows, duplex,
 * nvols, cells, pages, sheets; no pages).  The block's text is translated
 * with xlate when it is given, like dv_layout does. */
typedef struct dv_lay dv_lay;
int dv_lay_open(const dv_layout_opts *o, const char *tmpdir, dv_lay **out,
                dv_err *e);
int dv_lay_block(dv_lay *L, const dv_block *b, dv_xlate_fn xlate, void *ctx,
                 dv_err *e);
int dv_lay_finish(dv_lay *L, const char *title, const char *author,
                  dv_xlate_fn xlate, void *ctx, const dv_pagesink *sink,
                  dv_book *totals, dv_err *e);
void dv_lay_close(dv_lay *L);

/* The whole book in memory: dv_lay_* over d's blocks, pages kept. */
int dv_layout(const dv_doc *d, const dv_layout_opts *o, dv_xlate_fn xlate,
              void *ctx, dv_book *out, dv_err *e);
void dv_book_free(dv_book *b);

#endif
