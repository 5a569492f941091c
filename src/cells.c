/* cells.c -- see cells.h. */
#include <stdlib.h>
#include "cells.h"
#include "util.h"

/* North American Braille ASCII indexed by the 6-dot pattern (bit 0 = dot
 * 1).  Checked against liblouis's en-us-brf.dis (tests/test_layout.c
 * re-derives it from that file). */
static const char brf_chars[65] =
    " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

void dv_cells_push(dv_cells *c, uint8_t dots, uint8_t brk)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->dots = dv_realloc(c->dots, c->cap);
        c->brk = dv_realloc(c->brk, c->cap);
    }
    c->dots[c->n] = dots;
    c->brk[c->n] = brk;
    c->n++;
}

void dv_cells_clear(dv_cells *c)
{
    c->n = 0;
}

void dv_cells_free(dv_cells *c)
{
    free(c->dots);
    free(c->brk);
    c->dots = c->brk = NULL;
    c->n = c->cap = 0;
}

void dv_cells_number(dv_cells *c, long n)
{
    /* Digits 1..9, 0 are the letters a..j. */
    static const uint8_t digit[10] = {0x1A, 0x01, 0x03, 0x09, 0x19,
                                      0x11, 0x0B, 0x1B, 0x13, 0x0A};
    char tmp[24];
    int k = 0;
    unsigned long u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;
    do {
        tmp[k++] = (char)(u % 10);
        u /= 10;
    } while (u);
    dv_cells_push(c, 0x3C, DV_BRK_CHAR);
    while (k > 0)   /* a number is one unit: never broken inside */
        dv_cells_push(c, digit[(int)tmp[--k]], DV_BRK_NONE);
}

char dv_cell_to_ascii(uint8_t dots)
{
    return brf_chars[dots & 0x3F];
}

int dv_ascii_to_cell(char ch)
{
    unsigned char u = (unsigned char)ch;
    /* Lower-case braille ASCII: 0x60-0x7E are the cells of 0x40-0x5E. */
    if (u >= 0x60 && u <= 0x7E) u -= 0x20;
    if (u < 0x20 || u > 0x5F) return -1;
    for (int i = 0; i < 64; i++)
        if ((unsigned char)brf_chars[i] == u) return i;
    return -1;
}
