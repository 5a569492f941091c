/* script.h -- what a talking book says: the document model, read by the
 * reading layer, as segments for eSpeak NG, chapter by chapter.
 *
 * A chapter starts at each heading of level <= split_level; the first
 * chapter opens with the book's title and author.  Segments are produced
 * one at a time through a callback, so a chapter is never held whole.
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

typedef struct dv_chapters {
    size_t n;
    size_t *first, *end;   /* block ranges [first, end) */
    const char **title;    /* heading text, or the book title for an opening
                              chapter without a heading */
} dv_chapters;

/* Splits d into chapters at headings of level <= split_level. */
void dv_chapters_make(const dv_doc *d, int split_level, dv_chapters *c);
void dv_chapters_free(dv_chapters *c);

/* Emits chapter i's segments; *spoken is set to the number of
 * non-pause segments (0: nothing to say).  r may be NULL for voices that
 * are not Chinese. */
int dv_script_chapter(const dv_doc *d, const dv_chapters *c, size_t i,
                      dv_reader *r, const dv_voice *v, dv_seg_fn emit,
                      void *ctx, int *spoken, dv_err *e);

#endif
