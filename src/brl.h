/* brl.h -- braille translation through liblouis.
 *
 * A dv_brl is one compiled liblouis table list, compiled once and reused
 * for every string of a process.  Output is always taken through
 * unicode.dis (prepended when the list has no display table) so that
 * every table, Chinese or English, yields Unicode braille that maps to
 * dot patterns; liblouis's input/output position arrays tell which cells
 * belong to which source character, so layout never splits a character. */
#ifndef DV_BRL_H
#define DV_BRL_H

#include <stdio.h>
#include "cells.h"
#include "err.h"

typedef struct dv_brl dv_brl;

/* tables: a liblouis table list, e.g. "unicode.dis,zhcn-cbs.ctb".
 * Fails with a clear message if a table cannot be found or compiled. */
int dv_brl_open(dv_brl **b, const char *tables, dv_err *e);
void dv_brl_close(dv_brl *b);
const char *dv_brl_tables(const dv_brl *b);

/* Appends the braille for utf8[0..len) to out.  Long inputs are
 * translated in pieces cut after punctuation or spaces. */
int dv_brl_translate(dv_brl *b, const char *utf8, size_t len, dv_cells *out,
                     dv_err *e);
/* Same, with word starts marked by the caller: marks[i] (one per code
 * point of utf8) non-zero puts a blank cell before the cells of code
 * point i, unless one is there already.  Cheaper than spaces in the text
 * (liblouis spends a fifth more time on spaced Chinese) and the same
 * cells. */
int dv_brl_translate_words(dv_brl *b, const char *utf8, size_t len,
                           const uint8_t *marks, dv_cells *out, dv_err *e);
/* Same, with the dv_xlate_fn signature (ctx is a dv_brl *). */
int dv_brl_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                 dv_err *e);

/* The default table list for a language ("zh", "en") and a braille system
 * ("common" = 国家通用盲文, "current" = 现行盲文; English: "g2" or "g1").
 * Returns NULL for an unknown combination. */
const char *dv_brl_default_tables(const char *lang, const char *system);

/* Lists the usable tables with their liblouis metadata (for the
 * "tables" command). */
int dv_brl_list(FILE *out, int json, dv_err *e);

#endif
