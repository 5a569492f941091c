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
    dv_chapters c;
    dv_chapters_make(&d, 1, &c);
    /* no text before the first heading: the title joins chapter one */
    CHECK_INT(c.n, 4);
    CHECK_STR(c.title[0], "第一章 开始");

    seen x = {{0}, 0};
    int spoken;
    CHECK(dv_script_chapter(&d, &c, 0, r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(spoken >= 3);
    CHECK(!x.han_to_main);                       /* never Hanzi to cmn */
    CHECK(strstr(x.text.data, "M|ce4 shi4 shu1") != NULL);   /* the title */
    CHECK(strstr(x.text.data, "L|MP3") != NULL);             /* Latin run */
    CHECK(strstr(x.text.data, "yin2 hang2") != NULL);
    CHECK(strstr(x.text.data, "zhang3 da4") != NULL);
    CHECK(strstr(x.text.data, "P\n") != NULL);               /* pauses */
    x.text.len = 0;

    /* a heading with nothing after it still says the heading */
    CHECK(dv_script_chapter(&d, &c, 1, r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK_INT(spoken, 1);
    x.text.len = 0;
    /* punctuation says nothing */
    CHECK(dv_script_chapter(&d, &c, 2, r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK_INT(spoken, 1);                        /* only its heading */
    x.text.len = 0;
    /* numbers read by the reading layer */
    CHECK(dv_script_chapter(&d, &c, 3, r, &zh, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "er4 ling2 yi1 si4 nian2") != NULL);
    CHECK(strstr(x.text.data, "bai3 fen1 zhi1 wu3 shi2") != NULL);
    x.text.len = 0;

    /* Cantonese gets the characters, years as digits in characters */
    CHECK(dv_script_chapter(&d, &c, 3, NULL, &yue, collect, &x, &spoken, &e) == 0);
    CHECK(strstr(x.text.data, "M|二零一四年读者增长了50%") != NULL);
    x.text.len = 0;

    dv_chapters_free(&c);
    dv_buf_free(&x.text);
    dv_doc_free(&d);
    dv_reader_close(r);
    return T_DONE();
}
