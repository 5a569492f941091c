/* writers.h -- a laid-out book to files: BRF, PEF 1.0, Unicode braille.
 *
 * Every writer goes through dv_afile (temp file + rename): a failed write
 * leaves nothing under the final name. */
#ifndef DV_WRITERS_H
#define DV_WRITERS_H

#include "err.h"
#include "layout.h"

/* BRF: North American Braille ASCII, rows of at most cols characters,
 * CR LF line ends, a form feed after every page (also blank pages, so
 * interpoint stays in step).  vol = -1 writes the whole book. */
int dv_write_brf(const dv_book *b, int vol, const char *path, dv_err *e);

typedef struct dv_pef_meta {
    const char *title, *creator, *identifier, *date, *language;
} dv_pef_meta;

/* PEF 1.0 (http://www.daisy.org/ns/2008/pef), one <volume> per volume,
 * one <section> each, Unicode braille rows, rows/cols/duplex attributes. */
int dv_write_pef(const dv_book *b, const dv_pef_meta *m, const char *path,
                 dv_err *e);

/* Unicode braille text for screen reading: one line per row, trailing
 * blank cells trimmed, a form feed line between pages. */
int dv_write_utxt(const dv_book *b, const char *path, dv_err *e);

#endif
