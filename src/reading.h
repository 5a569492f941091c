/* reading.h -- the reading layer: Chinese text to words with pinyin.
 *
 * Shared by braille (word spaces, polyphone readings) and speech (the
 * pinyin eSpeak NG's cmn-latn-pinyin voice speaks).  A dv_reader holds
 * the word dictionary (segmentation frequencies and word readings,
 * generated at build time from Debian's python3-jieba and
 * rime-data-terra-pinyin), per-character readings (Unihan, from Debian's
 * unicode-data) and the PLS lexicons (tables/lexicon-base.pls,
 * tables/lexicon-zhejiang.pls, then any user lexicons; later ones
 * override earlier ones).  Load it once per process and reuse it.
 *
 * Pinyin is tone-numbered: syllables of [a-z] (ü written v) followed by a
 * tone digit 1-4, or 5 for the neutral tone, separated by single spaces
 * ("yin2 hang2"). */
#ifndef DV_READING_H
#define DV_READING_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "util.h"

typedef struct dv_reader dv_reader;

/* datadir: where tables/ and tables/generated/ are (dv_datadir()).
 * lexicons: user PLS files, applied after the built-in ones. */
int dv_reader_open(dv_reader **r, const char *datadir,
                   const char *const *lexicons, int nlexicons, dv_err *e);
void dv_reader_close(dv_reader *r);

typedef enum dv_wkind {
    DV_W_HAN = 1,    /* a Chinese word (Han characters) */
    DV_W_NUM = 2,    /* a number read as Chinese (digits, with %, ., units) */
    DV_W_LATIN = 3,  /* a Latin-script word or other letters/digits run */
    DV_W_PUNCT = 4,  /* punctuation and symbols */
    DV_W_SPACE = 5   /* white space */
} dv_wkind;

typedef enum dv_wsource {
    DV_SRC_NONE = 0,     /* not Chinese */
    DV_SRC_LEXICON = 1,  /* a PLS lexicon entry (base, Zhejiang, user) */
    DV_SRC_DICT = 2,     /* the word dictionary's reading */
    DV_SRC_CHAR = 3,     /* per-character fallback */
    DV_SRC_NUMBER = 4    /* the number reader */
} dv_wsource;

typedef struct dv_word {
    size_t off, len;     /* the word's bytes in the input */
    dv_wkind kind;
    dv_wsource source;
    int in_dict;         /* the word (2+ characters) is in the dictionary
                            or a lexicon; 0 for out-of-lexicon words */
    size_t py, pylen;    /* its pinyin in dv_words.pool (0 length if none) */
} dv_word;

typedef struct dv_words {
    dv_word *v;
    size_t n, cap;
    dv_buf pool;         /* pinyin strings, referenced by offset */
} dv_words;

/* Appends the words of utf8[0..len) to out (the caller clears it with
 * dv_words_clear between texts).  Never fails on odd input: unknown or
 * unassigned code points become one-character DV_W_PUNCT words without
 * pinyin.  Time and memory are linear in len. */
int dv_read_text(dv_reader *r, const char *utf8, size_t len, dv_words *out,
                 dv_err *e);
void dv_words_clear(dv_words *w);
void dv_words_free(dv_words *w);

/* The readings of one Han character: *n set to the number of readings
 * (0 if unknown), the first being its default; returns them as a
 * space-separated string owned by the reader. */
const char *dv_reader_char_readings(const dv_reader *r, uint32_t cp, int *n);

#endif
