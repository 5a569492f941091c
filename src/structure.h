/* structure.h -- UTF-8 text to the document model.
 *
 * Finds the title (first non-empty line, unless opts->title is given),
 * headings (Markdown "#", Chinese numbering 一、 （一） 第一章 第二节,
 * "Chapter 1" / "CHAPTER I" style lines), print page markers (a form feed,
 * or a line "--- 12 ---" / "- 12 -"), and paragraphs.  With reflow on,
 * lines broken by PDF/OCR extraction are rejoined: a line that does not
 * end a sentence continues its paragraph even across blank lines; Han
 * characters join without a space, Latin words with one, and a
 * hyphenated line end is de-hyphenated. */
#ifndef DV_STRUCTURE_H
#define DV_STRUCTURE_H

#include "doc.h"
#include "err.h"
#include "textin.h"

typedef struct dv_structure_opts {
    const char *title;   /* overrides the first line; NULL = from source */
    const char *author;  /* NULL = none (or an "作者：" / "By " line) */
    const char *lang;    /* NULL = guess */
    int no_reflow;       /* keep every line as its own paragraph */
} dv_structure_opts;

/* Builds d from t (d must be dv_doc_init'ed).  Copies the text's
 * encoding, sha256, bytes and replaced count.  Fails on a text with
 * nothing in it but white space ("file is empty"). */
int dv_structure(const dv_text *t, const dv_structure_opts *o, dv_doc *d,
                 const char *path, dv_err *e);

/* The same structure as a stream of blocks, for books too big to hold:
 * memory is bounded by the longest paragraph, not the book.
 * dv_docsrc_open reads the file (dv_textsrc) once to find the title, the
 * author, the language and the measures reflow needs (line widths over
 * the whole file), fills d's header -- everything but blocks: d->nblocks
 * stays 0 -- and returns a source whose dv_docsrc_next yields exactly
 * the blocks dv_structure would have put into d, in order. */
typedef struct dv_docsrc dv_docsrc;
int dv_docsrc_open(const char *path, const char *encoding, int lenient,
                   const dv_structure_opts *o, dv_doc *d, dv_docsrc **out,
                   dv_err *e);
/* 1: *b is the next block (its text valid until the next call); 0: no
 * more blocks; -1: error (the file changed or could not be read). */
int dv_docsrc_next(dv_docsrc *s, dv_block *b, dv_err *e);
void dv_docsrc_close(dv_docsrc *s);
/* Back to the first block, without reading the file through again for
 * its header; the file is checked again as it is read ("changed while
 * being read"). */
int dv_docsrc_rewind(dv_docsrc *s, dv_err *e);
/* How much of the source the blocks so far came from, 0..1 (by bytes,
 * a piece ahead): for progress reports. */
double dv_docsrc_done(const dv_docsrc *s);

#endif
