/* writers.h -- a laid-out book to files: BRF, PEF 1.0, Unicode braille.
 *
 * Every writer goes through dv_afile (temp file + rename): a failed write
 * leaves nothing under the final name.  Each format is a streaming writer
 * (a dv_pagesink that layout feeds a page at a time, so no book is ever
 * whole in memory); dv_write_* run one over a book held in memory. */
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

/* Streaming: dv_*_writer opens the temp file; dv_writer_sink gives the
 * sink to hand to dv_lay_finish; after it, dv_writer_commit renames the
 * file into place (or reports the first error), dv_writer_abort removes
 * it.  Both free the writer. */
typedef struct dv_writer dv_writer;
/* vol: the volume (0-based) this BRF holds; -1: the whole book */
dv_writer *dv_brf_writer(const char *path, int vol, dv_err *e);
dv_writer *dv_pef_writer(const char *path, const dv_pef_meta *m, dv_err *e);
dv_writer *dv_utxt_writer(const char *path, dv_err *e);
void dv_writer_sink(dv_writer *w, dv_pagesink *s);
int dv_writer_commit(dv_writer *w, dv_err *e);
/* Writes out and closes the file, not yet in place: a writer that is done
 * long before the others (one volume's BRF) holds no memory and no file
 * descriptor until commit. */
int dv_writer_close(dv_writer *w, dv_err *e);
void dv_writer_abort(dv_writer *w);

#endif
