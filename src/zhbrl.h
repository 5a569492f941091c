/* zhbrl.h -- Chinese braille through liblouis with the reading layer.
 *
 * liblouis translates Chinese character by character (plus the words its
 * table lists), without word spaces and with one reading per character.
 * Before a Chinese string goes to liblouis, this stage
 *   - segments it with the reading layer and puts a space between words
 *     (分词连写: liblouis turns it into a blank cell);
 *   - for each polyphonic character whose chosen reading the table would
 *     braille differently, puts in its place a character that has only
 *     that reading and that the table knows (行 read hang2 -> 航), so the
 *     table's own syllable and tone rules still make the cells.
 * The decision per (character, reading) is made once, by comparing the
 * table's cells for both characters, and cached. */
#ifndef DV_ZHBRL_H
#define DV_ZHBRL_H

#include "brl.h"
#include "cells.h"
#include "reading.h"

typedef struct dv_zhbrl dv_zhbrl;

int dv_zhbrl_open(dv_zhbrl **z, dv_reader *r, dv_brl *b, dv_err *e);
void dv_zhbrl_close(dv_zhbrl *z);

/* The text liblouis will be given for utf8[0..len), for tests and
 * proofreading; owned by z, valid until the next call. */
const char *dv_zhbrl_prepare(dv_zhbrl *z, const char *utf8, size_t len,
                             dv_err *e);

/* dv_xlate_fn: prepare, then dv_brl_translate.  ctx is a dv_zhbrl *. */
int dv_zhbrl_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                   dv_err *e);

#endif
