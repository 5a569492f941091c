/* script.h -- what a talking book says: the document model, read by the
 * reading layer, as segments for eSpeak NG, chapter by chapter.
 *
 * A chapter starts at each heading of level <= split_level; the first
 * chapter opens with the book's title and author.  Chapters are cut from
 * a stream of blocks (dv_docsrc_next, say) and handed out one at a time,
 * and a chapter's segments are produced one at a time through a
 * callback: memory is bounded by the largest chapter, not the book.
 *
 * Chinese (voice language zh) is said as tone-numbered pinyin (from the
 * reading layer, numbers included) with ASCII punctuation for prosody;
 * Latin-script runs go to the profile's Latin voice; nothing else
 * reaches eSpeak NG: a Han character never does (eSpeak NG 1.51's cmn
 * voice reads Hanzi through English).  Cantonese (yue) passes Han text to
 * the yue voice, which reads it; English passes the text as it is. */
#ifndef DV_SCRIPT_H
#define DV_SCRIPT_H

#include <stddef.h>
#include "doc.h"
#include "err.h"
#include "reading.h"
#include "voice.h"

typedef struct dv_seg {
    int pause_ms;          /* > 0: a pause, text is NULL */
    int latin;             /* say with the profile's Latin voice */
    const char *text;      /* what eSpeak NG gets, UTF-8 */
} dv_seg;

typedef int (*dv_seg_fn)(void *ctx, const dv_seg *s, dv_err *e);

/* Where the blocks come from, in order; dv_docsrc_next's contract: 1
 * and *b is the next block (its text valid until the next call), 0 no
 * more blocks, -1 an error (e filled). */
typedef int (*dv_block_fn)(void *ctx, dv_block *b, dv_err *e);

/* A chapter of text (not mp3.h's dv_chapter, a span of audio). */
typedef struct dv_chap {
    dv_doc body;           /* its blocks only: no title, author or source */
    char *title;           /* its heading, or the book title for an opening
                              chapter without a heading */
    int opening;           /* the book's first chapter: says title and author */
} dv_chap;

/* Cuts a stream of blocks into chapters; holds one block read ahead. */
typedef struct dv_chapters {
    dv_block_fn next;
    void *ctx;
    const char *book_title;
    int split_level;
    size_t n;              /* chapters handed out */
    dv_block held;         /* the heading that starts the next chapter */
    int has_held, ended;
} dv_chapters;

void dv_chapters_open(dv_chapters *c, const char *book_title, int split_level,
                      dv_block_fn next, void *ctx);
/* 1: *ch (zeroed or from an earlier call; its old blocks are freed) is
 * the next chapter; 0: no more; -1: error from the stream.  A book
 * without blocks is one opening chapter with none. */
int dv_chapters_next(dv_chapters *c, dv_chap *ch, dv_err *e);
void dv_chapters_close(dv_chapters *c);
void dv_chap_free(dv_chap *ch);

/* Emits a chapter's segments; book gives the title and author an opening
 * chapter says.  *spoken is set to the number of non-pause segments (0:
 * nothing to say).  r may be NULL for voices that are not Chinese. */
int dv_script_chapter(const dv_doc *book, const dv_chap *ch, dv_reader *r,
                      const dv_voice *v, dv_seg_fn emit, void *ctx,
                      int *spoken, dv_err *e);

#endif
