/* script.c -- see script.h. */
#include <stdlib.h>
#include <string.h>
#include "script.h"
#include "util.h"

void dv_chapters_open(dv_chapters *c, const char *book_title, int split_level,
                      dv_block_fn next, void *ctx)
{
    memset(c, 0, sizeof *c);
    c->next = next;
    c->ctx = ctx;
    c->book_title = book_title;
    c->split_level = split_level;
}

void dv_chapters_close(dv_chapters *c)
{
    free(c->held.text);
    memset(c, 0, sizeof *c);
}

void dv_chap_free(dv_chap *ch)
{
    dv_doc_free(&ch->body);
    free(ch->title);
    memset(ch, 0, sizeof *ch);
}

int dv_chapters_next(dv_chapters *c, dv_chap *ch, dv_err *e)
{
    dv_chap_free(ch);
    /* every chapter but the first starts at the heading read ahead */
    if (c->n > 0 && !c->has_held) return 0;
    ch->opening = c->n == 0;
    if (c->has_held) {
        dv_doc_add(&ch->body, c->held.type, c->held.level, c->held.text,
                   c->held.len);
        ch->title = c->held.text;
        c->held.text = NULL;
        c->has_held = 0;
    } else {
        ch->title = dv_strdup(c->book_title);
    }
    while (!c->ended) {
        dv_block b;
        int got = c->next(c->ctx, &b, e);
        if (got < 0) return -1;
        if (got == 0) {
            c->ended = 1;
            break;
        }
        if (b.type == DV_HEADING && b.level <= c->split_level) {
            /* An opening chapter with nothing but the title joins the
             * first real chapter, so the book does not start with a
             * track of a few seconds. */
            if (ch->opening && ch->body.nblocks == 0) {
                free(ch->title);
                ch->title = dv_strndup(b.text, b.len);
            } else {
                c->held = b;
                c->held.text = dv_strndup(b.text, b.len);
                c->has_held = 1;
                break;
            }
        }
        dv_doc_add(&ch->body, b.type, b.level, b.text, b.len);
    }
    c->n++;
    return 1;
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

int dv_script_chapter(const dv_doc *book, const dv_chap *ch, dv_reader *r,
                      const dv_voice *v, dv_seg_fn emit, void *ctx,
                      int *spoken, dv_err *e)
{
    sb b = {emit, ctx, {0}, 0, 0, e};
    dv_words w = {0};
    int rc = -1;
    if (ch->opening) {
        /* the book opens with its title and author */
        if (say(&b, r, &w, book->title, strlen(book->title), v) != 0 ||
            pause(&b, v->pause_sentence) != 0)
            goto out;
        if (book->author && *book->author) {
            const char *by = !strcmp(v->language, "en") ? "by " : "作者 ";
            if (say(&b, r, &w, by, strlen(by), v) != 0 ||
                say(&b, r, &w, book->author, strlen(book->author), v) != 0)
                goto out;
        }
        if (pause(&b, v->pause_heading_after) != 0) goto out;
    }
    for (size_t i = 0; i < ch->body.nblocks; i++) {
        const dv_block *blk = &ch->body.blocks[i];
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
