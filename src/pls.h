/* pls.h -- W3C Pronunciation Lexicon Specification (PLS 1.0) files.
 *
 * dotvox's lexicons use alphabet="x-pinyin-num": each <phoneme> is the
 * word's tone-numbered pinyin, one syllable per Han character of the
 * <grapheme>, separated by spaces ("tai1 zhou1").  Digits and Latin
 * letters in a grapheme take no syllable.  Errors name the
 * file and line: not XML, not a PLS <lexicon>, a <lexeme> without
 * grapheme or pronunciation, a syllable that is not [a-z]+[1-5], a
 * syllable count that differs from the grapheme's Han characters. */
#ifndef DV_PLS_H
#define DV_PLS_H

#include "err.h"

/* Calls add() for every (grapheme, pinyin) pair, in file order. */
typedef void (*dv_pls_add_fn)(void *ctx, const char *grapheme,
                              const char *pinyin);
int dv_pls_load(const char *path, dv_pls_add_fn add, void *ctx, dv_err *e);

#endif
