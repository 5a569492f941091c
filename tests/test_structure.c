/* test_structure.c -- titles, headings, items, page markers, reflow, and
 * the digitized work plan in ../shared/texts (when it is there). */
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"
#include "structure.h"
#include "textin.h"
#include "util.h"

/* Structures text as if read from "mem.txt"; returns dv_structure's
 * result.  d is initialized here; the caller frees it. */
static int build(const char *text, const dv_structure_opts *o, dv_doc *d,
                 dv_err *e)
{
    dv_text t;
    memset(&t, 0, sizeof t);
    t.utf8 = dv_strdup(text);
    t.len = strlen(text);
    snprintf(t.encoding, sizeof t.encoding, "UTF-8");
    dv_sha256_hex(text, t.len, t.sha256);
    t.bytes = (long long)t.len;
    dv_doc_init(d);
    e->msg[0] = 0;
    int rc = dv_structure(&t, o, d, "mem.txt", e);
    dv_text_free(&t);
    return rc;
}

/* One line per block: "H2 text", "P text", "PG 12". */
static char *dump(const dv_doc *d)
{
    dv_buf b = {0};
    dv_buf_puts(&b, "");
    for (size_t i = 0; i < d->nblocks; i++) {
        const dv_block *k = &d->blocks[i];
        CHECK_INT(k->len, strlen(k->text));
        if (k->type == DV_HEADING) dv_buf_printf(&b, "H%d %s\n", k->level, k->text);
        else if (k->type == DV_PARA) dv_buf_printf(&b, "P %s\n", k->text);
        else dv_buf_printf(&b, "PG %s\n", k->text);
    }
    return b.data;
}

/* Structures text and compares the dump with want. */
static void expect(const char *text, const dv_structure_opts *o,
                   const char *want, int line)
{
    dv_doc d;
    dv_err e;
    if (build(text, o, &d, &e) != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        CHECK(0);
        return;
    }
    char *got = dump(&d);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "line %d: got\n%s---- want\n%s----\n", line, got, want);
    CHECK_STR(got, want);
    free(got);
    dv_doc_free(&d);
}
#define EXPECT(text, o, want) expect(text, o, want, __LINE__)

static void test_headings(void)
{
    EXPECT("Title\n\n"
           "# Intro\n\nText one.\n\n## Sub ##\n\n###### Deep\n\n#hashtag is no heading.\n\n"
           "一、总体要求\n\n（一）指导思想\n\n(二)基本原则\n\n"
           "第一章 总则\n\n第2节　范围\n\n第三部分：附则\n\n第十二篇\n\n"
           "Chapter 12\n\nCHAPTER XII. The Sea\n\nPart One\n\nBook 2: Exile\n\n"
           "Part one of the plan was simple.\n\n"
           "二、这是一个很长的编号段落，它已经不像标题了。它还有第二句话，说明情况。\n",
           NULL,
           "H1 Intro\nP Text one.\nH2 Sub\nH6 Deep\nP #hashtag is no heading.\n"
           "H1 一、总体要求\nH2 （一）指导思想\nH2 (二)基本原则\n"
           "H1 第一章 总则\nH2 第2节　范围\nH1 第三部分：附则\nH1 第十二篇\n"
           "H1 Chapter 12\nH1 CHAPTER XII. The Sea\nH1 Part One\nH1 Book 2: Exile\n"
           "P Part one of the plan was simple.\n"
           "P 二、这是一个很长的编号段落，它已经不像标题了。它还有第二句话，说明情况。\n");
}

static void test_items(void)
{
    /* Items start paragraphs, never headings; lines after an item
     * continue it; a line that did not end a sentence is cut short by an
     * item all the same. */
    EXPECT("T\n\n这是一个没有结束的\n1.第一项的内容很长\n继续写。\n2、第二项。\n"
           "（3）第三项。\n(4) 第四项。\n5) fifth.\n① 圈号。\n• bullet one\n- dash item\n"
           "2.2万册是数字，不是编号。\n",
           NULL,
           "P 这是一个没有结束的\nP 1.第一项的内容很长继续写。\nP 2、第二项。\n"
           "P （3）第三项。\nP (4) 第四项。\nP 5) fifth.\nP ① 圈号。\n"
           "P • bullet one\nP - dash item 2.2万册是数字，不是编号。\n");
}

static void test_pages(void)
{
    /* Page 1 has no marker; a form feed is the next page; explicit
     * markers set the number; a marker inside a paragraph comes after
     * it; form feeds at the very end are dropped. */
    EXPECT("T\n\nPara one.\n\n- 2 -\n\nPara two\n--- 3 ---\ncontinues here.\n"
           "\f\nNext para.\n[page 7]\n[第8页]\nLast para\n\fends here.\n— 10 —\n"
           "Done.\n\f\n\f",
           NULL,
           "P Para one.\nPG 2\nP Para two continues here.\nPG 3\nPG 4\n"
           "P Next para.\nPG 7\nPG 8\nP Last para ends here.\nPG 9\nPG 10\n"
           "P Done.\n");
    /* Look-alikes are text. */
    EXPECT("T\n\n- 12 - 13 -\n\n[page twelve]\n\n--- ---\n", NULL,
           "P - 12 - 13 - [page twelve] --- ---\n");
}

static void test_reflow(void)
{
    /* Chinese joins without spaces, across blank lines. */
    EXPECT("标题\n\n这是第一行没有结束\n\n这是第二行。\n\n新的段落，完成“十二五”\n\n"
           "2014 年的规划。\n", NULL,
           "P 这是第一行没有结束这是第二行。\nP 新的段落，完成“十二五”2014 年的规划。\n");
    /* English: spaces, de-hyphenation, hyphens kept before capitals and
     * digits, quotes looked through. */
    EXPECT("Title\n\nThe fox keeps run-\nning to the\n\nriver and said \"yes\"\nand stops.\n\n"
           "A Jean-\nPaul fact of 2014-\n2015 and an em—\ndash.\n", NULL,
           "P The fox keeps running to the river and said \"yes\" and stops.\n"
           "P A Jean-Paul fact of 2014-2015 and an em—dash.\n");
    /* Indentation starts a paragraph even after an unfinished line. */
    EXPECT("T\n\n　　第一段没有句号\n　　第二段。\n    Third one\n", NULL,
           "P 第一段没有句号\nP 第二段。\nP Third one\n");

    /* A wrapped English text: a full line may end a sentence inside a
     * paragraph; a blank line or a short last line ends it. */
    const char *wrapped =
        "Title\n\n"
        "The library opened a new reading room this year, and the staff\n"
        "spent the spring moving the collection into it. It took weeks.\n"
        "Visitors were patient while shelves were filled and labelled,\n"
        "and most of them came back once the work was finished.\n"
        "\n"
        "The second paragraph is wrapped the same way, at sixty-five or so\n"
        "columns, and it ends with a short line.\n"
        "This third paragraph starts right after it without a blank line\n"
        "between them, which only the short line above can tell us about.\n";
    EXPECT(wrapped, NULL,
           "P The library opened a new reading room this year, and the staff "
           "spent the spring moving the collection into it. It took weeks. "
           "Visitors were patient while shelves were filled and labelled, "
           "and most of them came back once the work was finished.\n"
           "P The second paragraph is wrapped the same way, at sixty-five or so "
           "columns, and it ends with a short line.\n"
           "P This third paragraph starts right after it without a blank line "
           "between them, which only the short line above can tell us about.\n");

    dv_structure_opts o = {0};
    o.no_reflow = 1;
    EXPECT("T\n\nline one\nline two\n# Head\n\n- 3 -\nline three.\n\fline four\n", &o,
           "P line one\nP line two\nH1 Head\nPG 3\nP line three.\nPG 4\nP line four\n");
}

static void test_title_author(void)
{
    dv_doc d;
    dv_err e;
    dv_structure_opts o = {0};
    CHECK_INT(build("\n\n# 我的书  \n\n作者：张三\n\n正文。\n", &o, &d, &e), 0);
    CHECK_STR(d.title, "我的书");
    CHECK_STR(d.author, "张三");
    CHECK_INT(d.title_from_source, 1);
    CHECK_STR(d.lang, "zh");
    CHECK_INT(d.nblocks, 1);
    CHECK_STR(d.blocks[0].text, "正文。");
    dv_doc_free(&d);

    o.author = "李四";
    CHECK_INT(build("我的书\n作者 ：张三\n正文。\n", &o, &d, &e), 0);
    CHECK_STR(d.title, "我的书");
    CHECK_STR(d.author, "李四");
    CHECK_INT(d.nblocks, 1);       /* the source's author line is gone */
    dv_doc_free(&d);

    o.author = NULL;
    CHECK_INT(build("我的书\n作者: 张三\n正文。\n", &o, &d, &e), 0);
    CHECK_STR(d.author, "张三");
    dv_doc_free(&d);
    CHECK_INT(build("我的书\n作者们都来了。\n", &o, &d, &e), 0);
    CHECK(d.author == NULL);
    CHECK_INT(d.nblocks, 1);
    dv_doc_free(&d);

    o.title = "Given";
    CHECK_INT(build("# My Book\n\nBody text.\n", &o, &d, &e), 0);
    CHECK_STR(d.title, "Given");
    CHECK_INT(d.title_from_source, 0);
    CHECK(d.author == NULL);
    CHECK_INT(d.nblocks, 2);
    CHECK_INT(d.blocks[0].type, DV_HEADING);
    CHECK_STR(d.blocks[0].text, "My Book");
    CHECK_STR(d.lang, "en");
    dv_doc_free(&d);

    o.title = NULL;
    CHECK_INT(build("Emma\n\nBy Jane Austen\n\nEmma Woodhouse, handsome.\n", &o, &d, &e), 0);
    CHECK_STR(d.author, "Jane Austen");
    CHECK_INT(d.nblocks, 1);
    dv_doc_free(&d);
    CHECK_INT(build("Emma\n\nAuthor: Jane Austen\n\nText.\n", &o, &d, &e), 0);
    CHECK_STR(d.author, "Jane Austen");
    dv_doc_free(&d);
    CHECK_INT(build("Emma\n\nBy the time we arrived, it was late.\n", &o, &d, &e), 0);
    CHECK(d.author == NULL);
    CHECK_INT(d.nblocks, 1);
    dv_doc_free(&d);

    /* Only a title: fine, no blocks. */
    CHECK_INT(build("Just a title\n\n", &o, &d, &e), 0);
    CHECK_STR(d.title, "Just a title");
    CHECK_INT(d.nblocks, 0);
    dv_doc_free(&d);

    o.lang = "en";
    CHECK_INT(build("中文标题\n\n中文。\n", &o, &d, &e), 0);
    CHECK_STR(d.lang, "en");
    dv_doc_free(&d);
}

static void test_empty_and_counts(void)
{
    dv_doc d;
    dv_err e;
    CHECK_INT(build("", NULL, &d, &e), -1);
    CHECK_STR(e.msg, "mem.txt: file is empty (no text)");
    dv_doc_free(&d);
    CHECK_INT(build(" \n\xE3\x80\x80\n\t\f\n\r\n", NULL, &d, &e), -1);
    CHECK_STR(e.msg, "mem.txt: file is empty (no text)");
    dv_doc_free(&d);

    /* Counts: title (from the source) + headings + paragraphs, not
     * white space, not page numbers. */
    CHECK_INT(build("T x\n\n# 第一 章\n\n中文 ab。\n- 12 -\n", NULL, &d, &e), 0);
    long long chars = 0, han = 0;
    dv_doc_count(&d, &chars, &han);
    CHECK_INT(chars, 2 + 3 + 5);
    CHECK_INT(han, 5);
    CHECK_STR(d.lang, "zh");
    CHECK_STR(d.encoding, "UTF-8");
    CHECK_INT(d.src_bytes, strlen("T x\n\n# 第一 章\n\n中文 ab。\n- 12 -\n"));
    CHECK_INT(strlen(d.sha256), 64);
    dv_doc_free(&d);
    dv_structure_opts o = {0};
    o.title = "Given Title";
    CHECK_INT(build("T x\n\n中文 ab。\n", &o, &d, &e), 0);
    dv_doc_count(&d, &chars, &han);
    CHECK_INT(chars, 2 + 5);       /* the given title is not counted */
    dv_doc_free(&d);

    /* Language: Han share, or any Han with few Latin letters. */
    CHECK_INT(build("Title\n\nAn English text with one 字 in it only.\n", NULL, &d, &e), 0);
    CHECK_STR(d.lang, "en");
    dv_doc_free(&d);
    CHECK_INT(build("标题\n\n2014 2015 2016 2017 2018 2019 2020 年\n", NULL, &d, &e), 0);
    CHECK_STR(d.lang, "zh");
    dv_doc_free(&d);
}

static size_t cps(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Ends with a sentence end, before any closing quotes or brackets. */
static int ends_sentence(const char *s)
{
    static const char *end[] = {"。", "！", "？", "；", "：", "…", ".", "!", "?"};
    static const char *close[] = {"”", "）", "」", "》", ")", "\""};
    size_t n = strlen(s);
    for (int again = 1; again;) {
        again = 0;
        for (size_t i = 0; i < sizeof close / sizeof close[0]; i++) {
            size_t l = strlen(close[i]);
            if (n >= l && memcmp(s + n - l, close[i], l) == 0) { n -= l; again = 1; }
        }
    }
    for (size_t i = 0; i < sizeof end / sizeof end[0]; i++) {
        size_t l = strlen(end[i]);
        if (n >= l && memcmp(s + n - l, end[i], l) == 0) return 1;
    }
    return 0;
}

static int is_item(const char *p)
{
    return p[0] >= '1' && p[0] <= '9' &&
           (p[1] == '.' || (p[1] >= '0' && p[1] <= '9' && p[2] == '.'));
}

static void check_plan(const dv_doc *d, const char *src)
{
    /* Items in the source: lines starting "N." with N one or two digits. */
    size_t items = 0;
    for (const char *p = src; p; p = strchr(p, '\n')) {
        if (*p == '\n') p++;
        items += is_item(p);
    }
    CHECK(items > 40);
    CHECK_STR(d->title, "浙江图书馆 2014 年工作要点");
    CHECK_STR(d->lang, "zh");
    size_t heads = 0, paras = 0, numbered = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        const dv_block *b = &d->blocks[i];
        if (b->type == DV_HEADING) {
            heads++;
            CHECK_INT(b->level, 1);
            CHECK(cps(b->text) <= 60);
            CHECK(!ends_sentence(b->text));
        } else if (b->type == DV_PARA) {
            paras++;
            numbered += is_item(b->text);
            if (!ends_sentence(b->text)) {
                fprintf(stderr, "paragraph ends mid-sentence: %s\n", b->text);
                CHECK(0);
            }
        }
    }
    CHECK_INT(heads, 11);                 /* 一、 to 十一、 */
    CHECK_INT(numbered, items);           /* each item one paragraph */
    CHECK_INT(paras, items + 1);          /* and the preamble */
    /* Headings broken over two lines by the extraction are whole again. */
    int found = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].type == DV_HEADING &&
            strcmp(d->blocks[i].text, "四、实施公共数字文化重点工程，"
                   "完善覆盖全省的数字文化服务网络") == 0) found = 1;
    CHECK(found);
    CHECK(d->nblocks > 1 && d->blocks[0].type == DV_PARA &&
          strncmp(d->blocks[0].text, "2014 年是全面深化改革的第一年，也是完成“十二五”规划目标",
                  strlen("2014 年是全面深化改革的第一年，也是完成“十二五”规划目标")) == 0);
}

static void test_work_plan(void)
{
    static const char *paths[] = {"../shared/texts/library-work-plan-2014.txt",
                                  "/work/shared/texts/library-work-plan-2014.txt"};
    const char *path = NULL;
    for (size_t i = 0; i < 2 && !path; i++)
        if (access(paths[i], R_OK) == 0) path = paths[i];
    if (!path) {
        fprintf(stderr, "test_structure: work plan text not found, skipped\n");
        return;
    }
    dv_text t;
    dv_err e;
    dv_doc d;
    CHECK_INT(dv_text_read(path, NULL, 0, &t, &e), 0);
    dv_doc_init(&d);
    CHECK_INT(dv_structure(&t, NULL, &d, path, &e), 0);
    check_plan(&d, t.utf8);
    CHECK_INT(d.src_bytes, t.bytes);

    /* The same text in GB18030 reads and structures the same. */
    char tmpl[] = "/tmp/dv-plan-XXXXXX";
    int fd = mkstemp(tmpl);
    CHECK(fd >= 0);
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    size_t cap = t.len * 2 + 16, il = t.len, ol = cap;
    char *gb = dv_malloc(cap), *ip = t.utf8, *op = gb;
    CHECK(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
    iconv_close(cd);
    CHECK((size_t)write(fd, gb, (size_t)(op - gb)) == (size_t)(op - gb));
    close(fd);
    free(gb);
    dv_text t2;
    dv_doc d2;
    dv_doc_init(&d2);
    CHECK_INT(dv_text_read(tmpl, NULL, 0, &t2, &e), 0);
    CHECK_STR(t2.encoding, "GB18030");
    CHECK_INT(dv_structure(&t2, NULL, &d2, tmpl, &e), 0);
    CHECK_INT(d2.nblocks, d.nblocks);
    for (size_t i = 0; i < d.nblocks && i < d2.nblocks; i++)
        CHECK_STR(d2.blocks[i].text, d.blocks[i].text);
    unlink(tmpl);
    dv_text_free(&t2);
    dv_doc_free(&d2);

    /* Without reflow every line is a block, headings still found. */
    dv_structure_opts o = {0};
    o.no_reflow = 1;
    dv_doc_free(&d);
    dv_doc_init(&d);
    CHECK_INT(dv_structure(&t, &o, &d, path, &e), 0);
    size_t heads = 0;
    for (size_t i = 0; i < d.nblocks; i++) heads += d.blocks[i].type == DV_HEADING;
    CHECK_INT(heads, 11);
    CHECK(d.nblocks > 250);
    dv_doc_free(&d);
    dv_text_free(&t);
}

int main(void)
{
    test_headings();
    test_items();
    test_pages();
    test_reflow();
    test_title_author();
    test_empty_and_counts();
    test_work_plan();
    return T_DONE();
}
