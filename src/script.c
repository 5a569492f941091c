/* script.c -- see script.h. */
#include <stdlib.h>
#include <string.h>
#include "script.h"
#include "util.h"

void dv_chapters_make(const dv_doc *d, int split_level, dv_chapters *c)
{
    memset(c, 0, sizeof *c);
    size_t cap = 8;
    c->first = dv_malloc(cap * sizeof *c->first);
    c->end = dv_malloc(cap * sizeof *c->end);
    c->title = dv_malloc(cap * sizeof *c->title);
    size_t start = 0;
    const char *title = d->title;
    for (size_t i = 0; i <= d->nblocks; i++) {
        int cut = i == d->nblocks ||
                  (d->blocks[i].type == DV_HEADING &&
                   d->blocks[i].level <= split_level);
        if (!cut) continue;
        /* the opening chapter exists even if empty: it says the title */
        if (i > start || c->n == 0) {
            if (c->n == cap) {
                cap *= 2;
                c->first = dv_realloc(c->first, cap * sizeof *c->first);
                c->end = dv_realloc(c->end, cap * sizeof *c->end);
                c->title = dv_realloc(c->title, cap * sizeof *c->title);
            }
            c->first[c->n] = start;
            c->end[c->n] = i;
            c->title[c->n] = title;
            c->n++;
        }
        if (i < d->nblocks) {
            start = i;
            title = d->blocks[i].text;
        }
    }
    /* An opening chapter with nothing but the title joins the first
     * real chapter, so the book does not start with a track of a few
     * seconds. */
    if (c->n > 1 && c->first[0] == c->end[0]) {
        memmove(c->first, c->first + 1, (c->n - 1) * sizeof *c->first);
        memmove(c->end, c->end + 1, (c->n - 1) * sizeof *c->end);
        memmove(c->title, c->title + 1, (c->n - 1) * sizeof *c->title);
        c->n--;
        c->first[0] = 0;
    }
}

void dv_chapters_free(dv_chapters *c)
{
    free(c->first);
    free(c->end);
    free(c->title);
    memset(c, 0, sizeof *c);
}

/* ---- building segments ---- */

/* Text is gathered for one voice at a time; changing voice, or a pause,
 * sends what was gathered as one segment. */
typedef struct sb {
    dv_seg_fn emit;
    void *ctx;
    dv_buf text;
    int latin;             /* the voice text is gathered for */
    int spoken;
    dv_err *e;
} sb;

static int flush(sb *b)
{
    dv_buf *t = &b->text;
    size_t s = 0, n = t->len;
    while (s < n && (t->data[s] == ' ' || t->data[s] == ',' || t->data[s] == '.')) s++;
    while (n > s && t->data[n - 1] == ' ') n--;
    /* text of only punctuation says nothing: no segment */
    int words = 0;
    for (size_t i = s; i < n && !words;) {
        uint32_t cp;
        int k = dv_utf8_decode(t->data + i, n - i, &cp);
        if (k <= 0) { k = 1; cp = 0; }
        words = (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) ||
                (cp >= '0' && cp <= '9') || dv_is_han(cp) ||
                (cp >= 0xC0 && cp < 0x2000) ||     /* Latin, Greek, Cyrillic... */
                (cp >= 0x3040 && cp < 0x3100) ||   /* kana, bopomofo */
                (cp >= 0xAC00 && cp < 0xD7A4);     /* Hangul */
        i += (size_t)k;
    }
    int rc = 0;
    if (words) {
        char *text = dv_strndup(t->data + s, n - s);
        dv_seg seg = {0, b->latin, text};
        rc = b->emit(b->ctx, &seg, b->e);
        free(text);
        b->spoken++;
    }
    t->len = 0;
    if (t->data) t->data[0] = 0;
    return rc;
}

static int use(sb *b, int latin)
{
    if (b->latin == latin) return 0;
    int rc = flush(b);
    b->latin = latin;
    return rc;
}

static int pause(sb *b, int ms)
{
    if (flush(b) != 0) return -1;
    if (ms <= 0) return 0;
    dv_seg seg = {ms, 0, NULL};
    return b->emit(b->ctx, &seg, b->e);
}

static int is_sentence_end(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
           c == '.' || c == '!' || c == '?' || c == ';' || c == 0x2026;
}

static int is_comma(uint32_t c)
{
    return c == 0xFF0C || c == 0x3001 || c == ',' || c == 0xFF1A ||
           c == ':' || c == 0x2014;
}

/* Chinese through the reading layer: pinyin for the pinyin voice. */
static int say_zh(sb *b, dv_reader *r, dv_words *w, const char *s, size_t n,
                  const dv_voice *v)
{
    dv_err e2;
    dv_words_clear(w);
    if (dv_read_text(r, s, n, w, &e2) != 0) return dv_errf(b->e, "%s", e2.msg);
    for (size_t i = 0; i < w->n; i++) {
        const dv_word *x = &w->v[i];
        const char *src = s + x->off;
        uint32_t cp = 0;
        dv_utf8_decode(src, x->len, &cp);
        switch (x->kind) {
        case DV_W_HAN:
        case DV_W_NUM:
            if (!x->pylen) break;      /* unknown character: not said */
            if (use(b, 0) != 0) return -1;
            dv_buf_putc(&b->text, ' ');
            dv_buf_put(&b->text, w->pool.data + x->py, x->pylen);
            break;
        case DV_W_LATIN:
            if (use(b, 1) != 0) return -1;
            dv_buf_putc(&b->text, ' ');
            /* only ASCII reaches the English voice */
            for (size_t k = 0; k < x->len; k++)
                if ((unsigned char)src[k] < 0x80) dv_buf_putc(&b->text, src[k]);
            break;
        case DV_W_SPACE:
            break;
        case DV_W_PUNCT:
            if (is_sentence_end(cp)) {
                dv_buf_putc(&b->text, '.');
                if (pause(b, v->pause_sentence) != 0) return -1;
            } else if (is_comma(cp)) {
                dv_buf_putc(&b->text, ',');
            }
            break;
        }
    }
    return 0;
}

/* Cantonese and English: the text itself, sentence by sentence; for
 * Cantonese, runs of Latin letters go to the Latin voice. */
static int say_text(sb *b, const char *s, size_t n, const dv_voice *v,
                    int split_latin)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, n - i, &cp);
        if (k <= 0) { k = 1; cp = 0xFFFD; }
        int letter = cp < 0x80 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        /* spaces and apostrophes stay with the voice they are in */
        if (split_latin && cp != ' ' && cp != '\'' && use(b, letter) != 0)
            return -1;
        /* Cantonese: eSpeak NG's yue reads 2014年 as a quantity; a year is
         * read digit by digit, so it is given as 二零一四年 */
        if (split_latin && cp >= '0' && cp <= '9' && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) {
            size_t d = i;
            while (d < n && s[d] >= '0' && s[d] <= '9') d++;
            if ((d - i == 4 || d - i == 2) && n - d >= 3 && !memcmp(s + d, "\xe5\xb9\xb4", 3)) {
                static const char *const zh[10] = {"零", "一", "二", "三", "四",
                                                   "五", "六", "七", "八", "九"};
                for (size_t q = i; q < d; q++) dv_buf_puts(&b->text, zh[s[q] - '0']);
                i = d;
                continue;
            }
        }
        if (cp >= 0x20 && cp != 0xFFFD) dv_buf_put(&b->text, s + i, (size_t)k);
        i += (size_t)k;
        if (is_sentence_end(cp) && (i >= n || s[i] == ' ' || cp > 0x80) &&
            pause(b, v->pause_sentence) != 0)
            return -1;
    }
    return 0;
}

static int say(sb *b, dv_reader *r, dv_words *w, const char *s, size_t n,
               const dv_voice *v)
{
    if (!strcmp(v->language, "zh")) {
        if (!r) return dv_errf(b->e, "voice %s needs the reading layer", v->name);
        return say_zh(b, r, w, s, n, v);
    }
    return say_text(b, s, n, v, !strcmp(v->language, "yue"));
}

int dv_script_chapter(const dv_doc *d, const dv_chapters *c, size_t ci,
                      dv_reader *r, const dv_voice *v, dv_seg_fn emit,
                      void *ctx, int *spoken, dv_err *e)
{
    sb b = {emit, ctx, {0}, 0, 0, e};
    dv_words w = {0};
    int rc = -1;
    if (ci == 0) {
        /* the book opens with its title and author */
        if (say(&b, r, &w, d->title, strlen(d->title), v) != 0 ||
            pause(&b, v->pause_sentence) != 0)
            goto out;
        if (d->author && *d->author) {
            const char *by = !strcmp(v->language, "en") ? "by " : "作者 ";
            if (say(&b, r, &w, by, strlen(by), v) != 0 ||
                say(&b, r, &w, d->author, strlen(d->author), v) != 0)
                goto out;
        }
        if (pause(&b, v->pause_heading_after) != 0) goto out;
    }
    for (size_t i = c->first[ci]; i < c->end[ci]; i++) {
        const dv_block *blk = &d->blocks[i];
        if (blk->type == DV_PAGE) continue;
        if (blk->type == DV_HEADING) {
            if (pause(&b, v->pause_heading_before) != 0 ||
                say(&b, r, &w, blk->text, blk->len, v) != 0 ||
                pause(&b, v->pause_heading_after) != 0)
                goto out;
        } else {
            if (say(&b, r, &w, blk->text, blk->len, v) != 0 ||
                pause(&b, v->pause_paragraph) != 0)
                goto out;
        }
    }
    if (flush(&b) != 0) goto out;
    rc = 0;
out:
    if (spoken) *spoken = b.spoken;
    dv_buf_free(&b.text);
    dv_words_free(&w);
    return rc;
}
