/* test_docsrc.c -- the streaming readers against the whole-file ones:
 * dv_textsrc's pieces put together are dv_text_read's text, and
 * dv_docsrc's blocks are dv_structure's, block for block, for the
 * samples and for generated texts made to catch the streaming out
 * (decisions that wait for the next line, pieces cut mid-paragraph,
 * every encoding).  Also: errors from open, and a file that changes
 * between the passes. */
#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"
#include "structure.h"
#include "textin.h"
#include "util.h"

static char dir[64];

static const char *path_of(const char *name)
{
    static char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static const char *put(const char *name, const void *data, size_t n)
{
    const char *p = path_of(name);
    t_write(p, data, n);
    return p;
}

/* UTF-8 to another encoding, after an optional BOM. */
static void conv(dv_buf *out, const char *to, const char *bom, const char *s,
                 size_t n)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == (iconv_t)-1) { perror("iconv_open"); exit(2); }
    dv_buf_puts(out, bom);
    char chunk[65536];
    char *ip = (char *)s;
    while (n > 0) {
        char *op = chunk;
        size_t room = sizeof chunk;
        if (iconv(cd, &ip, &n, &op, &room) == (size_t)-1 && errno != E2BIG) {
            perror("iconv");
            exit(2);
        }
        dv_buf_put(out, chunk, (size_t)(op - chunk));
    }
    iconv_close(cd);
}

/* LF -> eol (CR LF or CR). */
static void with_eol(dv_buf *out, const char *s, size_t n, const char *eol)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n') dv_buf_puts(out, eol);
        else dv_buf_putc(out, s[i]);
}

/* Whether path reads as the UTF-8 text want[0..n) (a ground truth made
 * without dv_textsrc, which dv_text_read now stands on). */
static int reads_as(const char *path, const char *enc, const char *want,
                    size_t n, int line)
{
    dv_text t;
    dv_err e;
    if (dv_text_read(path, enc, 0, &t, &e) != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        return 0;
    }
    int ok = t.len == n && memcmp(t.utf8, want, n) == 0;
    if (!ok) {
        size_t i = 0;
        while (i < n && i < t.len && t.utf8[i] == want[i]) i++;
        fprintf(stderr, "line %d: %s differs from byte %zu of the text\n",
                line, path, i);
    }
    dv_text_free(&t);
    return ok;
}

/* ---- the pieces ---- */

/* Reads path through dv_textsrc twice (the second time after a rewind)
 * and checks the pieces: each but the last ends with a LF, and together
 * they are dv_text_read's text.  Returns the number of pieces. */
static int pieces(const char *path, const char *enc, int lenient, int line)
{
    dv_text t;
    dv_err e;
    if (dv_text_read(path, enc, lenient, &t, &e) != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        CHECK(0);
        return 0;
    }
    dv_textsrc *s;
    CHECK_INT(dv_textsrc_open(path, enc, lenient, &s, &e), 0);
    const dv_text *i = dv_textsrc_info(s);
    CHECK(i->utf8 == NULL);
    CHECK_STR(i->encoding, t.encoding);
    CHECK_STR(i->sha256, t.sha256);
    CHECK_INT(i->bytes, t.bytes);
    CHECK_INT(i->replaced, t.replaced);
    int n = 0;
    for (int round = 0; round < 2; round++) {
        dv_buf all = {0};
        const char *p;
        size_t len;
        int rc, count = 0, bad_end = 0;
        dv_buf_puts(&all, "");
        while ((rc = dv_textsrc_next(s, &p, &len, &e)) > 0) {
            if (all.len < t.len && all.len + len < t.len && p[len - 1] != '\n')
                bad_end++;
            dv_buf_put(&all, p, len);
            count++;
        }
        CHECK_INT(rc, 0);
        CHECK_INT(bad_end, 0);
        if (all.len != t.len || memcmp(all.data, t.utf8, t.len) != 0) {
            fprintf(stderr, "line %d: pieces are not the text\n", line);
            CHECK(0);
        }
        if (round == 0) {
            n = count;
            CHECK_INT(dv_textsrc_rewind(s, &e), 0);
        } else
            CHECK_INT(count, n);
        dv_buf_free(&all);
    }
    dv_textsrc_close(s);
    dv_text_free(&t);
    return n;
}

/* ---- the blocks ---- */

static int streq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Structures path both ways and compares header and blocks.  Returns
 * the number of blocks, or -1 if they differ (reported with line). */
static long same(const char *path, const char *enc, int lenient,
                 const dv_structure_opts *o, int line)
{
    dv_text t;
    dv_err e;
    dv_doc a, b;
    dv_doc_init(&a);
    dv_doc_init(&b);
    if (dv_text_read(path, enc, lenient, &t, &e) != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        CHECK(0);
        return -1;
    }
    int rc = dv_structure(&t, o, &a, path, &e);
    dv_text_free(&t);
    if (rc != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        CHECK(0);
        dv_doc_free(&a);
        return -1;
    }
    dv_docsrc *s;
    if (dv_docsrc_open(path, enc, lenient, o, &b, &s, &e) != 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        CHECK(0);
        dv_doc_free(&a);
        return -1;
    }
    int ok = streq(a.title, b.title) && streq(a.author, b.author) &&
             a.title_from_source == b.title_from_source &&
             a.author_from_source == b.author_from_source &&
             !strcmp(a.lang, b.lang) && !strcmp(a.encoding, b.encoding) &&
             !strcmp(a.sha256, b.sha256) && a.src_bytes == b.src_bytes &&
             a.replaced == b.replaced && b.nblocks == 0;
    if (!ok)
        fprintf(stderr, "line %d: header differs: %s/%s %s/%s %s/%s %s/%s\n",
                line, a.title, b.title, a.author ? a.author : "-",
                b.author ? b.author : "-", a.lang, b.lang, a.encoding,
                b.encoding);
    size_t i = 0;
    dv_block k;
    while ((rc = dv_docsrc_next(s, &k, &e)) > 0) {
        if (!ok) continue;
        const dv_block *w = i < a.nblocks ? &a.blocks[i] : NULL;
        if (!w || w->type != k.type || w->level != k.level ||
            k.len != strlen(k.text) || strcmp(w->text, k.text) != 0) {
            fprintf(stderr, "line %d: block %zu: want %d/%d \"%.60s\", got "
                    "%d/%d \"%.60s\"\n", line, i, w ? (int)w->type : 0,
                    w ? w->level : 0, w ? w->text : "(none)", (int)k.type,
                    k.level, k.text);
            ok = 0;
        }
        i++;
    }
    if (rc < 0) {
        fprintf(stderr, "line %d: %s\n", line, e.msg);
        ok = 0;
    }
    if (ok && i != a.nblocks) {
        fprintf(stderr, "line %d: %zu blocks, want %zu\n", line, i, a.nblocks);
        ok = 0;
    }
    CHECK(ok);
    CHECK_INT(dv_docsrc_next(s, &k, &e), 0);   /* stays at the end */
    dv_docsrc_close(s);
    long n = ok ? (long)a.nblocks : -1;
    dv_doc_free(&a);
    dv_doc_free(&b);
    return n;
}

/* Index of the first block of type/text (text NULL: any), or -1. */
static long find(const char *path, dv_blktype type, const char *text,
                 const dv_structure_opts *o)
{
    dv_text t;
    dv_err e;
    dv_doc d;
    long at = -1;
    dv_doc_init(&d);
    if (dv_text_read(path, NULL, 0, &t, &e) == 0 &&
        dv_structure(&t, o, &d, path, &e) == 0)
        for (size_t i = 0; i < d.nblocks && at < 0; i++)
            if (d.blocks[i].type == type &&
                (!text || strcmp(d.blocks[i].text, text) == 0))
                at = (long)i;
    dv_text_free(&t);
    dv_doc_free(&d);
    return at;
}

/* ---- generated texts ---- */

static unsigned long long seed = 20140501;

static unsigned rnd(unsigned n)
{
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(seed >> 33) % n;
}

static const char *zh_sent[] = {
    "全馆上下要坚持以人民为中心的发展思想，紧紧围绕建设现代公共文化服务体系的要求。",
    "以提升服务效能为主线，统筹推进文献资源建设、读者服务和阅读推广。",
    "推动图书馆服务由“以书为中心”向“以人为中心”转变；",
    "全年接待到馆读者不少于320万人次，比2025年增长8%。",
    "完善覆盖全省的数字文化服务网络，加快无障碍阅读服务示范中心建设",
    "要求：一是加强统筹，二是狠抓落实！",
    "新增纸质文献不少于18万册，其中盲文图书2000种？",
};
static const char *en_word[] = {
    "the", "library", "opened", "a", "new", "reading", "room", "this",
    "year,", "and", "staff", "spent", "spring", "moving", "collection",
    "into", "it.", "Visitors", "were", "patient", "while", "shelves",
    "labelled", "\"yes\"", "Jean-Paul", "embosser", "volunteers", "braille",
};

typedef struct gen {
    int zh;          /* Chinese (else English) */
    int width;       /* wrap at this many code points, 0: a line a paragraph */
    int dbl;         /* a blank line after every line */
    int markers;     /* page markers, also inside paragraphs */
    int indent;      /* paragraphs start indented */
    size_t size;     /* stop after about this many bytes */
} gen;

/* A paragraph of about n code points of running text. */
static void para_text(dv_buf *b, int zh, int n)
{
    int cps = 0;
    while (cps < n) {
        if (zh) {
            const char *s = zh_sent[rnd(sizeof zh_sent / sizeof zh_sent[0])];
            dv_buf_puts(b, s);
            for (; *s; s++) cps += ((unsigned char)*s & 0xC0) != 0x80;
        } else {
            const char *w = en_word[rnd(sizeof en_word / sizeof en_word[0])];
            if (b->len && b->data[b->len - 1] != '\n') dv_buf_putc(b, ' ');
            dv_buf_puts(b, w);
            cps += (int)strlen(w) + 1;
        }
    }
    if (!zh) dv_buf_puts(b, rnd(2) ? "." : " ending.");
}

/* Emits text (one paragraph, no LF) wrapped at width code points;
 * English is broken at spaces or, now and then, hyphenated. */
static void wrap(dv_buf *out, const char *s, const gen *g, long *page)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        size_t j = i;
        int c = 0;
        while (j < n && (g->width == 0 || c < g->width)) {
            j++;
            while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80) j++;
            c++;
        }
        size_t next = j;
        if (!g->zh && j < n) {
            size_t k = j;
            while (k > i && s[k] != ' ') k--;
            if (k > i && rnd(6)) { j = k; next = k + 1; }
            else if (k > i && j - k > 3 && s[j - 1] != ' ' && s[j] != ' ' &&
                     s[j - 1] != '-') {
                dv_buf_put(out, s + i, j - i);
                dv_buf_puts(out, "-");
                i = j;
                goto eol;
            } else if (k > i) { j = k; next = k + 1; }
        }
        dv_buf_put(out, s + i, j - i);
        i = next;
    eol:
        dv_buf_putc(out, '\n');
        if (g->dbl) dv_buf_putc(out, '\n');
        if (g->markers && i < n && rnd(25) == 0) {
            if (rnd(2)) dv_buf_printf(out, "--- %ld ---\n", ++*page);
            else { dv_buf_puts(out, "\f"); ++*page; }
        }
    }
}

/* A book: title, maybe an author line, chapters with numbered headings
 * (some broken over two lines), paragraphs, items, page markers, form
 * feeds at the end. */
static void book(dv_buf *out, const gen *g)
{
    long page = 1;
    dv_buf p = {0};
    dv_buf_puts(out, g->zh ? "某省图书馆工作要点\n\n" : "The Night Shift\n\n");
    if (rnd(2)) dv_buf_puts(out, g->zh ? "作者：张三\n\n" : "By Elinor Marsh\n\n");
    static const char *zhnum[] = {"一", "二", "三", "四", "五", "六", "七",
                                  "八", "九", "十"};
    for (int ch = 0; out->len < g->size; ch++) {
        if (g->zh && g->width >= 20 && rnd(2)) {
            /* a numbered heading that fills a line, its tail on the next */
            p.len = 0;
            dv_buf_printf(&p, "%s、", zhnum[ch % 10]);
            while (p.len < (size_t)g->width * 3)
                dv_buf_puts(&p, "实施公共数字文化重点工程");
            size_t k = 0;
            for (int c = 0; c < g->width - 1; c++) {
                k++;
                while (((unsigned char)p.data[k] & 0xC0) == 0x80) k++;
            }
            dv_buf_put(out, p.data, k);
            dv_buf_puts(out, "\n");
            if (g->dbl) dv_buf_putc(out, '\n');
            dv_buf_puts(out, "服务网络\n\n");
        } else if (g->zh)
            dv_buf_printf(out, "%s、总体要求\n\n", zhnum[ch % 10]);
        else
            dv_buf_printf(out, "Chapter %d\n\n", ch + 1);
        int paras = 2 + (int)rnd(6);
        for (int k = 0; k < paras; k++) {
            p.len = 0;
            if (rnd(5) == 0) dv_buf_printf(&p, "%d.", k + 1);
            para_text(&p, g->zh, 20 + (int)rnd(g->width ? 400 : 3000));
            if (g->indent) dv_buf_puts(out, g->zh ? "\xE3\x80\x80\xE3\x80\x80" : "    ");
            wrap(out, p.data, g, &page);
            if (!g->dbl && rnd(3)) dv_buf_putc(out, '\n');
        }
        if (g->markers && rnd(3) == 0)
            dv_buf_printf(out, "- %ld -\n", ++page);
    }
    dv_buf_puts(out, "\f\n\f");
    dv_buf_free(&p);
}

/* Every comparison on one UTF-8 text: as is, then in other encodings and
 * line ends, and with each option. */
static void all_ways(const char *name, const char *s, size_t n, int line)
{
    dv_structure_opts o = {0};
    dv_buf b = {0};
    const char *p = put(name, s, n);
    CHECK(same(p, NULL, 0, &o, line) >= 0);
    CHECK(pieces(p, NULL, 0, line) >= 1);
    o.no_reflow = 1;
    CHECK(same(p, NULL, 0, &o, line) >= 0);
    o.no_reflow = 0;
    o.title = "Given";
    o.author = "某人";
    CHECK(same(p, NULL, 0, &o, line) >= 0);
    memset(&o, 0, sizeof o);
    o.lang = "en";
    CHECK(same(p, NULL, 0, &o, line) >= 0);
    o.lang = NULL;

    static const struct { const char *to, *bom, *eol, *enc, *want; } way[] = {
        {"UTF-8", "\xEF\xBB\xBF", "\r\n", NULL, "UTF-8"},
        {"UTF-8", "", "\r", NULL, "UTF-8"},
        {"UTF-16LE", "\xFF\xFE", "\n", NULL, "UTF-16LE"},
        {"UTF-16BE", "\xFE\xFF", "\r\n", NULL, "UTF-16BE"},
        {"GB18030", "", "\n", NULL, "GB18030"},
        {"GB18030", "", "\r\n", "gbk", "GB18030"},
    };
    dv_text plain;
    dv_err pe;
    p = put(name, s, n);
    if (dv_text_read(p, NULL, 0, &plain, &pe) != 0) {
        fprintf(stderr, "line %d: %s\n", line, pe.msg);
        CHECK(0);
        return;
    }
    for (size_t i = 0; i < sizeof way / sizeof way[0]; i++) {
        dv_buf u = {0};
        b.len = 0;
        with_eol(&u, s, n, way[i].eol);
        conv(&b, way[i].to, way[i].bom, u.data ? u.data : "", u.len);
        dv_buf_free(&u);
        p = put(name, b.data, b.len);
        /* (a CR before the LF made CR LF would be a line of its own) */
        if (!memchr(s, '\r', n) || !strcmp(way[i].eol, "\n"))
            CHECK(reads_as(p, way[i].enc, plain.utf8, plain.len, line));
        CHECK(same(p, way[i].enc, 0, &o, line) >= 0);
        CHECK(pieces(p, way[i].enc, 0, line) >= 1);
        /* GB18030 of ASCII is UTF-8 too, and read as such */
        int ascii = 1;
        for (size_t k = 0; k < n && ascii; k++) ascii = !(s[k] & 0x80);
        dv_text t;
        dv_err e;
        if (dv_text_read(p, way[i].enc, 0, &t, &e) == 0) {
            CHECK_STR(t.encoding, ascii && !strcmp(way[i].want, "GB18030") &&
                      !way[i].enc ? "UTF-8" : way[i].want);
            dv_text_free(&t);
        }
    }
    dv_text_free(&plain);
    dv_buf_free(&b);
}
#define ALL_WAYS(name, s, n) all_ways(name, s, n, __LINE__)

static void test_samples(void)
{
    DIR *d = opendir("samples");
    if (!d) {
        fprintf(stderr, "test_docsrc: samples/ not found\n");
        CHECK(0);
        return;
    }
    struct dirent *de;
    int n = 0;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0) continue;
        char path[512];
        snprintf(path, sizeof path, "samples/%s", de->d_name);
        dv_text t;
        dv_err e;
        if (dv_text_read(path, NULL, 0, &t, &e) != 0) {
            fprintf(stderr, "%s\n", e.msg);
            CHECK(0);
            continue;
        }
        ALL_WAYS("sample.txt", t.utf8, t.len);
        dv_text_free(&t);
        n++;
    }
    closedir(d);
    CHECK(n >= 3);
    /* The PDF extract with broken headings, when it is there. */
    const char *plan = "/work/shared/texts/library-work-plan-2014.txt";
    if (access(plan, R_OK) == 0) {
        dv_text t;
        dv_err e;
        CHECK_INT(dv_text_read(plan, NULL, 0, &t, &e), 0);
        ALL_WAYS("plan.txt", t.utf8, t.len);
        dv_text_free(&t);
    }
}

static void test_small(void)
{
    /* Markers inside and between paragraphs, form feeds at the end. */
    static const char pages[] =
        "T\n\nPara one.\n\n- 2 -\n\nPara two\n--- 3 ---\ncontinues here.\n"
        "\f\nNext para.\n[page 7]\n[第8页]\nLast para\n\fends here.\n— 10 —\n"
        "Done.\n\f\n\f";
    ALL_WAYS("pages.txt", pages, sizeof pages - 1);
    const char *p = put("pages.txt", pages, sizeof pages - 1);
    CHECK_INT(find(p, DV_PAGE, "3", NULL), 3);   /* after "Para two ..." */
    CHECK_INT(find(p, DV_PAGE, "11", NULL), -1); /* final form feeds */

    /* Title, author, a heading straight after, blank lines around. */
    static const char *small[] = {
        "\n\n# 我的书  \n\n作者：张三\n\n正文。\n",
        "我的书\n作者 ：张三\n正文。\n",
        "Emma\n\nBy Jane Austen\n\nChapter 1\n\nEmma Woodhouse, handsome.\n",
        "Emma\n\nBy the time we arrived, it was late.\n",
        "\f\fTitle\f\nAuthor: Jane Austen\n\fText\n\n\n",
        "Just a title\n\n",
        "T\n\n这是一个没有结束的\n1.第一项的内容很长\n继续写。\n2、第二项。\n"
        "（3）第三项。\n• bullet one\n- dash item\n2.2万册是数字。\n",
        "T\n\nThe fox keeps run-\nning to the\n\nriver and said \"yes\"\n",
        "T\n\n　　第一段没有句号\n　　第二段。\n    Third one\n# Head ##\n- 4 -",
        "T\n\nline one\nline two\n# Head\n\n- 3 -\nline three.\n\fline four\n",
        "T\n\n# A\n\n- 2 -\n\n# B\nword\n\f\f",
        "T\r\n\r\nCR LF\r\nand\rlone CR\r\r\n\r\n",
    };
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
        ALL_WAYS("small.txt", small[i], strlen(small[i]));
}

static void test_generated(void)
{
    static const gen g[] = {
        {1, 30, 0, 1, 1, 30000},   /* PDF-like Chinese, broken headings */
        {1, 30, 1, 1, 0, 30000},   /* double-spaced */
        {0, 65, 0, 1, 0, 30000},   /* wrapped English, hyphenated */
        {0, 70, 1, 0, 1, 30000},
        {1, 0, 0, 1, 1, 30000},    /* a line a paragraph */
    };
    dv_buf b = {0};
    for (size_t i = 0; i < sizeof g / sizeof g[0]; i++) {
        b.len = 0;
        book(&b, &g[i]);
        ALL_WAYS("gen.txt", b.data, b.len);
    }
    /* The broken heading is whole again, so the test tests that. */
    b.len = 0;
    book(&b, &g[0]);
    const char *p = put("gen.txt", b.data, b.len);
    long h = find(p, DV_HEADING, NULL, NULL);
    dv_text t;
    dv_err e;
    dv_doc d;
    dv_doc_init(&d);
    CHECK_INT(dv_text_read(p, NULL, 0, &t, &e), 0);
    CHECK_INT(dv_structure(&t, NULL, &d, p, &e), 0);
    int joined = 0;
    for (size_t i = 0; i < d.nblocks; i++)
        if (d.blocks[i].type == DV_HEADING &&
            strstr(d.blocks[i].text, "服务网络")) joined++;
    CHECK(h >= 0 && joined > 0);
    dv_doc_free(&d);
    dv_text_free(&t);
    dv_buf_free(&b);
}

/* The blocks of path as dv_docsrc gives them, one a line: "H1 text",
 * "P text", "PG 12". */
static char *stream_dump(const char *path)
{
    dv_doc d;
    dv_docsrc *s;
    dv_err e;
    dv_buf b = {0};
    dv_buf_puts(&b, "");
    dv_doc_init(&d);
    if (dv_docsrc_open(path, NULL, 0, NULL, &d, &s, &e) != 0) {
        dv_buf_printf(&b, "error: %s\n", e.msg);
        return b.data;
    }
    dv_block k;
    while (dv_docsrc_next(s, &k, &e) > 0) {
        if (k.type == DV_HEADING) dv_buf_printf(&b, "H%d %s\n", k.level, k.text);
        else if (k.type == DV_PARA) dv_buf_printf(&b, "P %s\n", k.text);
        else dv_buf_printf(&b, "PG %s\n", k.text);
    }
    dv_docsrc_close(s);
    dv_doc_free(&d);
    return b.data;
}

/* Decisions that wait for the next text line, against what the
 * structurer did when it had every line in an array. */
static void test_pending(void)
{
#define BODY "　　二〇一四年是全面深化改革的第一年，也是完成规划目标任务的关键\n" \
    "一年。全馆上下要坚持以人民为中心的发展思想，紧紧围绕建设现代公\n" \
    "共文化服务体系的要求，坚持公益性、基本性、均等性、便利性原则，\n" \
    "以提升服务效能为主线，统筹推进文献资源建设、读者服务、阅读推广\n" \
    "和队伍建设等各项工作。\n"
#define PARA "P 二〇一四年是全面深化改革的第一年，也是完成规划目标任务的关键" \
    "一年。全馆上下要坚持以人民为中心的发展思想，紧紧围绕建设现代公" \
    "共文化服务体系的要求，坚持公益性、基本性、均等性、便利性原则，" \
    "以提升服务效能为主线，统筹推进文献资源建设、读者服务、阅读推广" \
    "和队伍建设等各项工作。\n"
#define HEAD "四、实施公共数字文化重点工程，完善覆盖全省的数字文化服务"
    static const struct { const char *text, *want; } c[] = {
        /* a heading that fills a wrapped line takes its tail ... */
        {"标题\n\n" BODY HEAD "\n\n网络\n\n" BODY BODY,
         PARA "H1 " HEAD "网络\n" PARA PARA},
        /* ... but not across a page marker, which comes after it */
        {"标题\n\n" BODY HEAD "\n--- 2 ---\n网络\n\n" BODY BODY,
         PARA "H1 " HEAD "\nPG 2\nP 网络\n" PARA PARA},
        /* markers inside a paragraph come after it, in order; the form
         * feed after the last text line is no page */
        {"标题\n\n" BODY "　　二〇一四年是全面深化改革的第一年，也是完成规划目标任务的关键\n"
         "\f\n- 7 -\n一年。全馆上下要坚持以人民为中心的发展思想，紧紧围绕建设现代公\n"
         "\f\f" HEAD "\n\n网络\f",
         PARA "P 二〇一四年是全面深化改革的第一年，也是完成规划目标任务的关键"
         "一年。全馆上下要坚持以人民为中心的发展思想，紧紧围绕建设现代公\n"
         "PG 2\nPG 7\nPG 8\nPG 9\nH1 " HEAD "网络\n"},
        /* W is the 90th percentile: here 60, so 40 columns is short and
         * the file is not wrapped */
        {"Title\n\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "A sixty column line goes on and on and on and on and on and\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "The forty column line ends a sentence..\n"
         "A hundred column line goes on and on and on and on and on and on "
         "and on and on and on and on and ok\n",
         "P The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P A sixty column line goes on and on and on and on and on and "
         "The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P The forty column line ends a sentence..\n"
         "P A hundred column line goes on and on and on and on and on and on "
         "and on and on and on and on and ok\n"},
    };
#undef BODY
#undef PARA
#undef HEAD
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        const char *p = put("pending.txt", c[i].text, strlen(c[i].text));
        char *got = stream_dump(p);
        if (strcmp(got, c[i].want) != 0)
            fprintf(stderr, "case %zu: got\n%s---- want\n%s----\n", i, got,
                    c[i].want);
        CHECK_STR(got, c[i].want);
        free(got);
        CHECK(same(p, NULL, 0, NULL, __LINE__) >= 0);
    }
}

/* Books bigger than a piece: cut mid-paragraph, mid-marker-run, after a
 * lone CR; one line longer than a piece. */
static void test_big(void)
{
    dv_buf b = {0}, x = {0};
    gen g = {1, 30, 0, 1, 1, 3 * DV_TEXT_PIECE};
    book(&b, &g);
    const char *p = put("big.txt", b.data, b.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    CHECK(pieces(p, NULL, 0, __LINE__) >= 3);
    dv_structure_opts o = {0};
    o.no_reflow = 1;
    CHECK(same(p, NULL, 0, &o, __LINE__) > 1000);

    conv(&x, "UTF-16LE", "\xFF\xFE", b.data, b.len);
    p = put("big16.txt", x.data, x.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    CHECK(pieces(p, NULL, 0, __LINE__) >= 3);
    x.len = 0;
    conv(&x, "GB18030", "", b.data, b.len);
    p = put("biggb.txt", x.data, x.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    x.len = 0;
    with_eol(&x, b.data, b.len, "\r");
    p = put("bigcr.txt", x.data, x.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    CHECK(pieces(p, NULL, 0, __LINE__) >= 3);

    /* Long and short lines, English, a line a paragraph. */
    gen en = {0, 0, 0, 1, 0, 2 * DV_TEXT_PIECE};
    b.len = 0;
    book(&b, &en);
    x.len = 0;
    with_eol(&x, b.data, b.len, "\r\n");
    p = put("bigen.txt", x.data, x.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    CHECK(pieces(p, NULL, 0, __LINE__) >= 2);
    dv_buf y = {0};
    conv(&y, "UTF-16BE", "\xFE\xFF", x.data, x.len);
    p = put("bigen16.txt", y.data, y.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK(same(p, NULL, 0, NULL, __LINE__) > 100);
    dv_buf_free(&y);

    /* One line longer than a piece, between ordinary ones. */
    b.len = 0;
    dv_buf_puts(&b, "标题\n\n第一段。\n");
    while (b.len < DV_TEXT_PIECE * 5 / 2)
        dv_buf_puts(&b, "一行很长很长的文字没有换行，");
    dv_buf_puts(&b, "到此为止。\n\f\n第三段。\n");
    p = put("longline.txt", b.data, b.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK_INT(same(p, NULL, 0, NULL, __LINE__), 4);
    CHECK(pieces(p, NULL, 0, __LINE__) <= 2);
    x.len = 0;
    conv(&x, "UTF-16LE", "\xFF\xFE", b.data, b.len);
    p = put("longline16.txt", x.data, x.len);
    CHECK(reads_as(p, NULL, b.data, b.len, __LINE__));
    CHECK_INT(same(p, NULL, 0, NULL, __LINE__), 4);

    /* A piece starting with U+FEFF: only the text's first one goes. */
    b.len = 0;
    dv_buf_puts(&b, "\xEF\xBB\xBFTitle\n");
    while (b.len < 3 + DV_TEXT_PIECE - 1) dv_buf_putc(&b, 'x');
    dv_buf_puts(&b, "\n\xEF\xBB\xBFsecond.\n");
    p = put("feff.txt", b.data, b.len);
    CHECK(reads_as(p, NULL, b.data + 3, b.len - 3, __LINE__));
    CHECK_INT(pieces(p, NULL, 0, __LINE__), 2);

    /* Lenient: replacements in every piece, counted the same. */
    x.len = 0;
    dv_buf_put(&x, b.data, b.len);
    for (size_t i = 1000; i < x.len; i += 70001) x.data[i] = (char)0xFF;
    p = put("lenient.txt", x.data, x.len);
    CHECK(same(p, NULL, 1, NULL, __LINE__) > 0);
    CHECK(pieces(p, NULL, 1, __LINE__) >= 1);
    dv_buf_free(&b);
    dv_buf_free(&x);
}

/* Opens path both ways; both must fail, with the same message, and the
 * message must contain want. */
static void same_error(const char *path, const char *enc, const char *want)
{
    dv_text t;
    dv_doc d;
    dv_docsrc *s = NULL;
    dv_err e1, e2;
    e1.msg[0] = e2.msg[0] = 0;
    dv_doc_init(&d);
    int rc = dv_text_read(path, enc, 0, &t, &e1);
    if (rc == 0) {
        rc = dv_structure(&t, NULL, &d, path, &e1);
        dv_text_free(&t);
        dv_doc_free(&d);
    }
    CHECK_INT(rc, -1);
    CHECK_INT(dv_docsrc_open(path, enc, 0, NULL, &d, &s, &e2), -1);
    CHECK(s == NULL);
    CHECK(d.title == NULL && d.nblocks == 0);
    CHECK_STR(e2.msg, e1.msg);
    if (!strstr(e2.msg, want)) {
        fprintf(stderr, "\"%s\" lacks \"%s\"\n", e2.msg, want);
        CHECK(0);
    }
}

static void test_errors(void)
{
    char want[512];
    const char *p = path_of("missing.txt");
    snprintf(want, sizeof want, "%s: No such file or directory", p);
    same_error(p, NULL, want);
    same_error(dir, NULL, "is a directory");

    /* A NUL and an invalid byte, both past the first piece: the offsets
     * are the file's, and the NUL wins wherever it is. */
    dv_buf b = {0};
    while (b.len < DV_TEXT_PIECE + 5000) dv_buf_puts(&b, "一行中文。\n");
    size_t at = b.len;
    dv_buf_puts(&b, "ok\x80 end\n");
    while (b.len < 3 * DV_TEXT_PIECE) dv_buf_puts(&b, "一行中文。\n");
    p = put("bad8.txt", b.data, b.len);
    snprintf(want, sizeof want, "invalid UTF-8 at byte %zu (not GB18030 either)",
             at + 2);
    same_error(p, NULL, want);
    snprintf(want, sizeof want, "invalid UTF-8 at byte %zu", at + 2);
    same_error(p, "utf-8", want);
    b.data[b.len - 3] = 0;
    p = put("bin.txt", b.data, b.len);
    snprintf(want, sizeof want, "binary file (NUL byte at offset %zu), not text",
             b.len - 3);
    same_error(p, NULL, want);
    dv_buf_free(&b);

    p = put("empty.txt", "", 0);
    snprintf(want, sizeof want, "%s: file is empty (no text)", p);
    same_error(p, NULL, want);
    p = put("blank.txt", " \n\f\n- 3 -\n\f", 11);
    same_error(p, NULL, "file is empty (no text)");
    p = put("ok.txt", "text\n", 5);
    same_error(p, "latin-1", "unknown encoding 'latin-1'");
}

/* Reads blocks until the end or an error; returns the last rc. */
static int drain(dv_docsrc *s, dv_err *e)
{
    dv_block k;
    int rc;
    while ((rc = dv_docsrc_next(s, &k, e)) > 0) {}
    return rc;
}

static void test_changed(void)
{
    dv_buf b = {0};
    gen g = {1, 30, 0, 1, 1, 2 * DV_TEXT_PIECE};
    book(&b, &g);
    char want[512];
    dv_doc d;
    dv_docsrc *s;
    dv_err e;

    /* Same size, one byte different, near the end (the LF between the
     * last two form feeds), written over in place. */
    const char *p = put("changing.txt", b.data, b.len);
    snprintf(want, sizeof want, "%s: changed while being read", p);
    dv_doc_init(&d);
    CHECK_INT(dv_docsrc_open(p, NULL, 0, NULL, &d, &s, &e), 0);
    CHECK(b.data[b.len - 2] == '\n');
    b.data[b.len - 2] = ' ';
    FILE *f = fopen(p, "r+b");
    CHECK(f != NULL);
    fwrite(b.data, 1, b.len, f);
    fclose(f);
    CHECK_INT(drain(s, &e), -1);
    CHECK_STR(e.msg, want);
    dv_docsrc_close(s);
    dv_doc_free(&d);

    /* Shorter, and longer. */
    for (int longer = 0; longer < 2; longer++) {
        p = put("changing.txt", b.data, b.len);
        dv_doc_init(&d);
        CHECK_INT(dv_docsrc_open(p, NULL, 0, NULL, &d, &s, &e), 0);
        put("changing.txt", b.data, longer ? b.len : b.len / 2);
        if (longer) {
            f = fopen(p, "ab");
            fputs("more\n", f);
            fclose(f);
        }
        e.msg[0] = 0;
        CHECK_INT(drain(s, &e), -1);
        CHECK_STR(e.msg, want);
        dv_docsrc_close(s);
        dv_doc_free(&d);
    }

    /* Invalid now where it was valid: a decoding error in pass 2. */
    p = put("changing.txt", b.data, b.len);
    dv_textsrc *ts;
    CHECK_INT(dv_textsrc_open(p, NULL, 0, &ts, &e), 0);
    char was = b.data[100];
    b.data[100] = (char)0xFF;
    put("changing.txt", b.data, b.len);
    const char *piece;
    size_t len;
    CHECK_INT(dv_textsrc_next(ts, &piece, &len, &e), -1);
    CHECK_STR(e.msg, want);
    dv_textsrc_close(ts);

    /* Unchanged, a second reading after a rewind is fine. */
    b.data[100] = was;
    p = put("changing.txt", b.data, b.len);
    CHECK_INT(dv_textsrc_open(p, NULL, 0, &ts, &e), 0);
    int n = 0;
    while (dv_textsrc_next(ts, &piece, &len, &e) > 0) n++;
    CHECK(n >= 2);
    CHECK_INT(dv_textsrc_rewind(ts, &e), 0);
    int m = 0;
    while (dv_textsrc_next(ts, &piece, &len, &e) > 0) m++;
    CHECK_INT(m, n);
    dv_textsrc_close(ts);

    /* dv_docsrc_rewind: the same blocks again, from the end and from
     * part-way (a paragraph half built is forgotten); then, with the file
     * changed after the rewind, the error. */
    dv_doc whole;
    dv_doc_init(&whole);
    CHECK_INT(dv_docsrc_open(p, NULL, 0, NULL, &d, &s, &e), 0);
    dv_block k;
    while (dv_docsrc_next(s, &k, &e) > 0)
        dv_doc_add(&whole, k.type, k.level, k.text, k.len);
    CHECK(whole.nblocks > 10);
    for (int part = 0; part < 2; part++) {
        if (part)
            for (size_t i = 0; i < whole.nblocks / 2; i++)
                dv_docsrc_next(s, &k, &e);
        CHECK_INT(dv_docsrc_rewind(s, &e), 0);
        size_t i = 0, same = 1;
        while (dv_docsrc_next(s, &k, &e) > 0) {
            if (i >= whole.nblocks || k.type != whole.blocks[i].type ||
                k.level != whole.blocks[i].level ||
                strcmp(k.text, whole.blocks[i].text))
                same = 0;
            i++;
        }
        CHECK(same);
        CHECK_INT((long long)i, (long long)whole.nblocks);
    }
    CHECK_INT(dv_docsrc_rewind(s, &e), 0);
    put("changing.txt", b.data, b.len / 2);
    e.msg[0] = 0;
    CHECK_INT(drain(s, &e), -1);
    CHECK_STR(e.msg, want);
    dv_docsrc_close(s);
    dv_doc_free(&d);
    dv_doc_free(&whole);
    dv_buf_free(&b);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dv-docsrc-XXXXXX");
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
    test_samples();
    test_small();
    test_generated();
    test_pending();
    test_big();
    test_errors();
    test_changed();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (!getenv("KEEP") && system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    return T_DONE();
}
