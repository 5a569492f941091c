/* zhnum.h -- numbers written in digits, read as Chinese.
 *
 * The context decides how: a year (four digits before 年, or 2014-2016
 * style ranges before 年) digit by digit -- er4 ling2 yi1 si4 nian2;
 * quantities, dates (3月5日), ordinals (第10届) and money as numbers --
 * yi1 qian1 ba1 bai3; percentages (50% -> bai3 fen1 zhi1 wu3 shi2);
 * decimals (13.5 -> shi2 san1 dian3 wu3); phone, ID and other long digit
 * strings (7+ digits, or with hyphens) digit by digit, with 1 read yao1
 * only in phone numbers.  Only the number itself is read here: the unit
 * after it (年, 月, 种, 万, ...) is left to the caller. */
#ifndef DV_ZHNUM_H
#define DV_ZHNUM_H

#include <stddef.h>
#include "util.h"

/* s[0] must be an ASCII digit (or a full-width one, U+FF10-FF19).  Reads
 * the number starting there, looking at what follows for context.
 * Appends its syllables (space-separated, no leading/trailing space) to
 * out and returns the number of bytes of s consumed (the digits and any
 * '.', '%', '-', ':' that belong to the number; at least 1). */
size_t dv_zhnum_read(const char *s, size_t len, dv_buf *out);

/* The pinyin of an integer 0 <= n < 10^16 as a quantity (yi1 qian1 ba1
 * bai3); 2 before a measure is still er4 (the caller may prefer liang3). */
void dv_zhnum_int(unsigned long long n, dv_buf *out);

#endif
