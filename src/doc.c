/* doc.c -- see doc.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "util.h"

void dv_doc_init(dv_doc *d)
{
    memset(d, 0, sizeof *d);
}

void dv_doc_free(dv_doc *d)
{
    for (size_t i = 0; i < d->nblocks; i++) free(d->blocks[i].text);
    free(d->blocks);
    free(d->title);
    free(d->author);
    memset(d, 0, sizeof *d);
}

void dv_doc_add(dv_doc *d, dv_blktype type, int level, const char *text,
                size_t len)
{
    if (d->nblocks == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->blocks = dv_realloc(d->blocks, d->cap * sizeof *d->blocks);
    }
    dv_block *b = &d->blocks[d->nblocks++];
    b->type = type;
    b->level = type == DV_HEADING ? level : 0;
    b->text = dv_strndup(text, len);
    b->len = len;
}

typedef struct counts {
    long long chars, han, latin;
} counts;

static void count_text(const char *s, counts *c)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, n - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }  /* never stop halfway */
        i += (size_t)k;
        if (dv_is_space(cp)) continue;
        c->chars++;
        if (dv_is_han(cp)) c->han++;
        else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') c->latin++;
    }
}

static void count_doc(const dv_doc *d, int with_title, counts *c)
{
    memset(c, 0, sizeof *c);
    if (d->title && with_title) count_text(d->title, c);
    if (d->author && d->author_from_source) count_text(d->author, c);
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].type != DV_PAGE) count_text(d->blocks[i].text, c);
}

void dv_doc_count(const dv_doc *d, long long *chars, long long *han)
{
    counts c;
    count_doc(d, d->title_from_source, &c);
    if (chars) *chars = c.chars;
    if (han) *han = c.han;
}

void dv_block_count(const dv_block *b, long long *chars, long long *han)
{
    if (b->type == DV_PAGE) return;
    counts c = {0};
    count_text(b->text, &c);
    *chars += c.chars;
    *han += c.han;
}

/* A given title still says something about the language, so it counts
 * here even though it is not counted as source text. */
const char *dv_doc_guess_lang(const dv_doc *d)
{
    counts c;
    count_doc(d, 1, &c);
    if (c.han > 0 && (c.han * 10 >= c.chars || c.latin <= c.han)) return "zh";
    return "en";
}
