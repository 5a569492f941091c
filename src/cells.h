/* cells.h -- a run of braille cells, the currency between braille
 * translation and page layout.
 *
 * dots[i] is one cell: bit 0 = dot 1 ... bit 7 = dot 8 (the low byte of
 * its Unicode braille code point, U+2800 + dots); 0 is a blank cell.
 * brk[i] says whether a line may break before cell i:
 *   DV_BRK_NONE  cell i belongs to the same source character as cell i-1:
 *                never break here (one character's cells stay together);
 *   DV_BRK_CHAR  cell i starts a new source character: a line may break
 *                here if no word break fits;
 *   DV_BRK_WORD  cell i is a blank between words: the preferred break; the
 *                blank is dropped at a line end. */
#ifndef DV_CELLS_H
#define DV_CELLS_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"

enum { DV_BRK_NONE = 0, DV_BRK_CHAR = 1, DV_BRK_WORD = 2 };

typedef struct dv_cells {
    uint8_t *dots;
    uint8_t *brk;
    size_t n, cap;
} dv_cells;

void dv_cells_push(dv_cells *c, uint8_t dots, uint8_t brk);
void dv_cells_clear(dv_cells *c);   /* n = 0, keeps memory */
void dv_cells_free(dv_cells *c);

/* Appends a braille number: the number sign (dots 3456) and the digits
 * as letters a-j, as in UEB and in Chinese braille. */
void dv_cells_number(dv_cells *c, long n);

/* North American Braille ASCII for a cell (6 dots; dots 7-8 dropped). */
char dv_cell_to_ascii(uint8_t dots);
/* Inverse of dv_cell_to_ascii for the 64 BRF characters (case-folded);
 * returns -1 for a character that is not braille ASCII. */
int dv_ascii_to_cell(char ch);

/* Translator callback: appends the braille of a UTF-8 string to out.
 * Layout calls this for the title page, headings and paragraphs, so it
 * stays independent of liblouis. */
typedef int (*dv_xlate_fn)(void *ctx, const char *utf8, size_t len,
                           dv_cells *out, dv_err *e);

#endif
