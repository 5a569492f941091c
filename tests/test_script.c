/* script.c: chapters, and what reaches eSpeak NG for each voice. */
#include <stdlib.h>
#include "reading.h"
#include "script.h"
#include "t.h"
#include "util.h"
#include "voice.h"

typedef struct seen {
    dv_buf text;      /* "L|text\n" or "M|text\n" per segment, "P\n" pause */
    int han_to_main;  /* a Han character given to the main voice */
} seen;

static int collect(void *ctx, const dv_seg *s, dv_err *e)
{
    (void)e;
    seen *x = ctx;
    if (s->pause_ms > 0) {
        dv_buf_puts(&x->text, "P\n");
        return 0;
    }
    dv_buf_printf(&x->text, "%c|%s\n", s->latin ? 'L' : 'M', s->text);
    for (size_t i = 0; s->text[i];) {
        uint32_t cp;
        int k = dv_utf8_decode(s->text + i, strlen(s->text + i), &cp);
        if (k <= 0) break;
        if (!s->latin && dv_is_han(cp)) x->han_to_main = 1;
        i += (size_t)k;
    }
    return 0;
}

static void doc_of(dv_doc *d, const char *title, const char *const *blocks,
                   const int *levels, int n)
{
    dv_doc_init(d);
    d->title = dv_strdup(title);
    for (int i = 0; i < n; i++)
        dv_doc_add(d, levels[i] ? DV_HEADING : DV_PARA, levels[i], blocks[i],
                   strlen(blocks[i]));
}

/* a dv_doc's blocks as a stream, as dv_docsrc yields them */
typedef struct feed {
    const dv_doc *d;
    size_t i;
} feed;

static int feed_next(void *ctx, dv_block *b, dv_err *e)
{
    (void)e;
    feed *f = ctx;
    if (f->i == f->d->nblocks) return 0;
    *b = f->d->blocks[f->i++];
    return 1;
}

/* Cuts d into at most 8 chapters. */
static size_t cut(const dv_doc *d, int split_level, dv_chap *ch)
{
    feed f = {d, 0};
    dv_chapters c;
    dv_err e;
    size_t n = 0;
    dv_chapters_open(&c, d->title, split_level, feed_next, &f);
    while (n < 8 && dv_chapters_next(&c, &ch[n], &e) == 1) n++;
    dv_chapters_close(&c);
    return n;
}

static void free_chaps(dv_chap *ch, size_t n)
{
    for (size_t i = 0; i < n; i++) dv_chap_free(&ch[i]);
}

int main(void)
{
    dv_err e;
    /* run from the source tree (tests/run.sh), or DOTVOX_DATA */
    const char *dd = getenv("DOTVOX_DATA") ? getenv("DOTVOX_DATA") : ".";
    char vdir[8300];
    snprintf(vdir, sizeof vdir, "%s/voices", dd);
    dv_voice zh, yue;
    CHECK(dv_voice_load(vdir, "mandarin", &zh, &e) == 0);
    CHECK(dv_voice_load(vdir, "cantonese", &yue, &e) == 0);
    dv_reader *r;
    CHECK(dv_reader_open(&r, dd, NULL, 0, &e) == 0);

    const char *blocks[] = {"第一章 开始", "浙江图书馆使用MP3格式。银行，长大！",
                            "第二章 空", "第三章 标点", "。，！……",
                            "第四章 结尾", "2014年读者增长了50%。"};
    const int levels[] = {1, 0, 1, 1, 0, 1, 0};
    dv_doc d;
    doc_of(&d, "测试书", blocks, levels, 7);
    dv_chap c[8];
    memset(c, 0, sizeof c);
    /* no text before the first heading: the title joins chapter one */
    CHECK_INT(cut(&d, 1, c), 4);
    CHECK_STR(c[0].title, "第一章 开始");
    CHECK(c[0].opening && !c[1].opening);
    CHECK_INT(c[0].body.nblocks, 2);
    CHECK_STR(c[1].title, "第二章 空");
    CHECK_INT(c[1].body.nblocks, 1);
    CHECK_STR(c[3].title, "第四章 结尾");

    seen x = {{0}, 0};
    int spoken;
    CHECK(dv_script_chapter(&d, &c[0], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(spoken >= 3);
    CHECK(!x.han_to_main);                       /* never Hanzi to cmn */
    CHECK(strstr(x.text.data, "M|ce4 shi4 shu1") != NULL);   /* the title */
    CHECK(strstr(x.text.data, "L|MP3") != NULL);             /* Latin run */
    CHECK(strstr(x.text.data, "yin2 hang2") != NULL);
    CHECK(strstr(x.text.data, "zhang3 da4") != NULL);
    CHECK(strstr(x.text.data, "P\n") != NULL);               /* pauses */
    x.text.len = 0;

    /* a heading with nothing after it still says the heading */
    CHECK(dv_script_chapter(&d, &c[1], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK_INT(spoken, 1);
    x.text.len = 0;
    /* punctuation says nothing */
    CHECK(dv_script_chapter(&d, &c[2], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK_INT(spoken, 1);                        /* only its heading */
    x.text.len = 0;
    /* numbers read by the reading layer */
    CHECK(dv_script_chapter(&d, &c[3], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "er4 ling2 yi1 si4 nian2") != NULL);
    CHECK(strstr(x.text.data, "bai3 fen1 zhi1 wu3 shi2") != NULL);
    x.text.len = 0;

    /* Cantonese gets the characters, years as digits in characters */
    CHECK(dv_script_chapter(&d, &c[3], NULL, &yue, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "M|二零一四年读者增长了50%") != NULL);
    x.text.len = 0;

    free_chaps(c, 4);

    /* text before the first heading: an opening chapter of its own,
     * named after the book */
    const char *pre[] = {"前言。", "第一章", "正文。", "一小节", "正文。"};
    const int prelev[] = {0, 1, 0, 2, 0};
    dv_doc d2;
    doc_of(&d2, "书名", pre, prelev, 5);
    CHECK_INT(cut(&d2, 1, c), 2);
    CHECK_STR(c[0].title, "书名");
    CHECK(c[0].opening);
    CHECK_INT(c[0].body.nblocks, 1);
    CHECK_STR(c[1].title, "第一章");
    CHECK_INT(c[1].body.nblocks, 4);           /* level 2 does not cut */
    free_chaps(c, 2);
    CHECK_INT(cut(&d2, 2, c), 3);
    CHECK_STR(c[2].title, "一小节");
    free_chaps(c, 3);
    /* only the title opens the second chapter, not the first */
    x.text.len = 0;
    CHECK_INT(cut(&d2, 1, c), 2);
    CHECK(dv_script_chapter(&d2, &c[1], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "shu1 ming2") == NULL);
    CHECK(dv_script_chapter(&d2, &c[0], r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "shu1 ming2") != NULL);
    free_chaps(c, 2);
    dv_doc_free(&d2);

    /* a book of nothing but its title is one opening chapter */
    doc_of(&d2, "书名", NULL, NULL, 0);
    CHECK_INT(cut(&d2, 1, c), 1);
    CHECK(c[0].opening);
    CHECK_STR(c[0].title, "书名");
    CHECK_INT(c[0].body.nblocks, 0);
    free_chaps(c, 1);
    dv_doc_free(&d2);

    dv_buf_free(&x.text);
    dv_doc_free(&d);
    dv_reader_close(r);
    return T_DONE();
}
