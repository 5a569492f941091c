/* doc.h -- the document model: the one structure every stage reads.
 *
 * The reader (textin.c) turns bytes into UTF-8; the structurer
 * (structure.c) turns UTF-8 lines into a dv_doc; braille, speech and the
 * manifest only ever look at a dv_doc, never at the source text again.
 *
 * All strings are UTF-8, NUL-terminated, with no line breaks inside. */
#ifndef DV_DOC_H
#define DV_DOC_H

#include <stddef.h>

typedef enum dv_blktype {
    DV_HEADING = 1,  /* level 1..6 */
    DV_PARA = 2,     /* a paragraph (reflowed unless --no-reflow) */
    DV_PAGE = 3      /* a print page starts here; text is its number */
} dv_blktype;

typedef struct dv_block {
    dv_blktype type;
    int level;       /* headings: 1..6; otherwise 0 */
    char *text;
    size_t len;      /* strlen(text) */
} dv_block;

typedef struct dv_doc {
    char *title;     /* never NULL once built */
    char *author;    /* may be NULL */
    int title_from_source; /* 1 if the title is the source's first line */
    int author_from_source; /* 1 if the author is the source's author line */
    char lang[8];    /* "zh" or "en" (BCP 47 primary subtag) */
    char encoding[16];     /* source encoding as detected or forced */
    char sha256[65];       /* of the source bytes */
    long long src_bytes;
    long replaced;   /* invalid sequences replaced under --lenient */
    dv_block *blocks;
    size_t nblocks, cap;
} dv_doc;

void dv_doc_init(dv_doc *d);
void dv_doc_free(dv_doc *d);
/* Appends a block; text is copied. */
void dv_doc_add(dv_doc *d, dv_blktype type, int level, const char *text,
                size_t len);

/* Figures the manifest counts: non-white-space code points of the text
 * that goes into braille (title and author name if they came from the
 * source -- both are embossed on the title page --, headings, paragraphs;
 * not print page numbers, not "作者：" / "By"), and the Han characters among them. */
void dv_doc_count(const dv_doc *d, long long *chars, long long *han);
/* Adds one block's figures (none for DV_PAGE) to *chars and *han: for a
 * document read as a stream (dv_docsrc), dv_doc_count of its header plus
 * this over its blocks gives dv_doc_count of the whole. */
void dv_block_count(const dv_block *b, long long *chars, long long *han);

/* Guesses "zh" or "en" from the share of Han characters. */
const char *dv_doc_guess_lang(const dv_doc *d);

#endif
