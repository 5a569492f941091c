/* test_pls.c -- PLS lexicons: a valid file, each error with its line,
 * and the two shipped lexicons.  Run from the source tree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "t.h"
#include "pls.h"
#include "util.h"

typedef struct pairs {
    dv_buf all;      /* "grapheme=pinyin\n" ... */
    int n;
} pairs;

static void add(void *ctx, const char *g, const char *py)
{
    pairs *p = ctx;
    dv_buf_printf(&p->all, "%s=%s\n", g, py);
    p->n++;
}

static char dir[] = "/tmp/dv-test-pls-XXXXXX";

static const char *write_pls(const char *name, const char *body)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(body, f);
    fclose(f);
    return path;
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
    "<lexicon version=\"1.0\" alphabet=\"x-pinyin-num\" xml:lang=\"zh-CN\"\n" \
    "  xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\">\n"

/* Loads body as FILE; expects failure with "<path>" + suffix. */
static void bad(const char *name, const char *body, const char *suffix,
                int line)
{
    const char *path = write_pls(name, body);
    char want[1024];
    snprintf(want, sizeof want, "%s%s", path, suffix);
    pairs p = { { 0 }, 0 };
    dv_err e = { "" };
    int rc = dv_pls_load(path, add, &p, &e);
    t_run++;
    if (rc != -1 || strcmp(e.msg, want) || p.n != 0) {
        t_fail++;
        fprintf(stderr, "%s:%d: rc %d, %d added, \"%s\", want \"%s\"\n",
                __FILE__, line, rc, p.n, e.msg, want);
    }
    dv_buf_free(&p.all);
}
#define BAD(n, b, s) bad(n, b, s, __LINE__)

static int has(const pairs *p, const char *entry)
{
    char k[256];
    snprintf(k, sizeof k, "\n%s\n", entry);
    dv_buf t = { 0 };
    dv_buf_putc(&t, '\n');
    if (p->all.len)
        dv_buf_put(&t, p->all.data, p->all.len);
    int r = strstr(t.data, k) != NULL;
    dv_buf_free(&t);
    return r;
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }

    /* a valid file: white space normalized, two graphemes share one
     * phoneme, only the first phoneme counts, digits take no syllable */
    const char *ok = write_pls("ok.pls", HEAD
        "  <!-- a comment -->\n"
        "  <lexeme>\n"
        "    <grapheme>台州</grapheme>\n"
        "    <phoneme>  tai1\n\t zhou1 </phoneme>\n"
        "    <phoneme>tai2 zhou1</phoneme>\n"
        "  </lexeme>\n"
        "  <lexeme><grapheme>银行</grapheme><grapheme>銀行</grapheme>"
        "<phoneme>yin2 hang2</phoneme></lexeme>\n"
        "  <lexeme><grapheme>绿色</grapheme><phoneme>lv4 se4</phoneme>"
        "</lexeme>\n"
        "  <lexeme><grapheme>3D打印</grapheme><phoneme>da3 yin4</phoneme>"
        "</lexeme>\n"
        "</lexicon>\n");
    pairs p = { { 0 }, 0 };
    dv_err e = { "" };
    CHECK_INT(dv_pls_load(ok, add, &p, &e), 0);
    CHECK_STR(e.msg, "");
    CHECK_INT(p.n, 5);
    CHECK_STR(p.all.data, "台州=tai1 zhou1\n银行=yin2 hang2\n"
              "銀行=yin2 hang2\n绿色=lv4 se4\n3D打印=da3 yin4\n");
    dv_buf_free(&p.all);

    /* errors, each naming file and line */
    BAD("nophon.pls", HEAD "\n  <lexeme>\n    <grapheme>台州</grapheme>\n"
        "  </lexeme>\n</lexicon>\n", ":5: lexeme has no <phoneme>");
    BAD("nograph.pls", HEAD "  <lexeme><phoneme>tai1</phoneme></lexeme>\n"
        "</lexicon>\n", ":4: lexeme has no <grapheme>");
    BAD("syl.pls", HEAD "  <lexeme>\n    <grapheme>台州</grapheme>\n"
        "    <phoneme>tai1 xyz</phoneme>\n  </lexeme>\n</lexicon>\n",
        ":6: 'xyz' is not a tone-numbered pinyin syllable");
    BAD("tone.pls", HEAD "  <lexeme><grapheme>台州</grapheme>"
        "<phoneme>tai1 zhou6</phoneme></lexeme>\n</lexicon>\n",
        ":4: 'zhou6' is not a tone-numbered pinyin syllable");
    BAD("upper.pls", HEAD "  <lexeme><grapheme>台州</grapheme>"
        "<phoneme>Tai1 zhou1</phoneme></lexeme>\n</lexicon>\n",
        ":4: 'Tai1' is not a tone-numbered pinyin syllable");
    BAD("count.pls", HEAD "  <lexeme>\n    <grapheme>银行</grapheme>\n"
        "    <grapheme>台州</grapheme>\n"
        "    <phoneme>tai1 zhou1 shi4</phoneme>\n  </lexeme>\n</lexicon>\n",
        ":5: 银行 has 2 characters but 3 syllables");
    BAD("empty.pls", HEAD "  <lexeme><grapheme>台州</grapheme>"
        "<phoneme> </phoneme></lexeme>\n</lexicon>\n",
        ":4: empty <phoneme>");
    BAD("nohan.pls", HEAD "  <lexeme><grapheme>PLS</grapheme>"
        "<phoneme>pi1</phoneme></lexeme>\n</lexicon>\n",
        ":4: PLS has no Han characters");
    BAD("xml.pls", HEAD "  <lexeme><grapheme>台州</grapheme>\n"
        "  </lexem>\n</lexicon>\n",
        ":5: not well-formed XML: Opening and ending tag mismatch: "
        "lexeme line 4 and lexem");
    BAD("notxml.pls", "just text\n",
        ":1: not well-formed XML: Start tag expected, '<' not found");
    BAD("root.pls", "<?xml version=\"1.0\"?>\n<lexicon version=\"1.0\" "
        "alphabet=\"x-pinyin-num\">\n</lexicon>\n",
        ":2: root element <lexicon> is not a PLS <lexicon> (namespace "
        "http://www.w3.org/2005/01/pronunciation-lexicon)");
    BAD("version.pls", "<lexicon alphabet=\"x-pinyin-num\" xmlns=\""
        "http://www.w3.org/2005/01/pronunciation-lexicon\"/>",
        ":1: <lexicon> needs version=\"1.0\"");
    BAD("alpha.pls", "<lexicon version=\"1.0\" xmlns=\""
        "http://www.w3.org/2005/01/pronunciation-lexicon\"/>",
        ":1: <lexicon> has no alphabet attribute");
    BAD("ipa.pls", "<lexicon version=\"1.0\" alphabet=\"ipa\" xmlns=\""
        "http://www.w3.org/2005/01/pronunciation-lexicon\"/>",
        ":1: alphabet \"ipa\" is not supported (use x-pinyin-num)");
    /* an error late in the file: nothing was added before it */
    BAD("late.pls", HEAD "  <lexeme><grapheme>台州</grapheme>"
        "<phoneme>tai1 zhou1</phoneme></lexeme>\n"
        "  <lexeme><grapheme>银行</grapheme></lexeme>\n</lexicon>\n",
        ":5: lexeme has no <phoneme>");
    /* no network, no external entities */
    BAD("xxe.pls", "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [\n"
        "<!ENTITY x SYSTEM \"http://example.invalid/x\">]>\n" 
        "<lexicon version=\"1.0\" alphabet=\"x-pinyin-num\" xmlns=\""
        "http://www.w3.org/2005/01/pronunciation-lexicon\">\n"
        "<lexeme><grapheme>台州</grapheme><phoneme>&x;</phoneme></lexeme>\n"
        "</lexicon>\n", ":5: empty <phoneme>");

    {
        char path[300], want[400];
        snprintf(path, sizeof path, "%s/missing.pls", dir);
        snprintf(want, sizeof want, "%s: No such file or directory", path);
        CHECK_INT(dv_pls_load(path, add, &p, &e), -1);
        CHECK_STR(e.msg, want);
    }

    /* the shipped lexicons */
    pairs base = { { 0 }, 0 }, zj = { { 0 }, 0 };
    e.msg[0] = '\0';
    CHECK_INT(dv_pls_load("tables/lexicon-base.pls", add, &base, &e), 0);
    CHECK_STR(e.msg, "");
    CHECK(base.n >= 250);
    CHECK(has(&base, "银行=yin2 hang2"));
    CHECK(has(&base, "行走=xing2 zou3"));
    CHECK(has(&base, "校长=xiao4 zhang3"));
    CHECK(has(&base, "重庆=chong2 qing4"));
    CHECK(has(&base, "音乐=yin1 yue4"));
    CHECK(has(&base, "了解=liao3 jie3"));
    CHECK(has(&base, "效率=xiao4 lv4"));
    CHECK(has(&base, "馆藏=guan3 cang2"));
    CHECK(has(&base, "西藏=xi1 zang4"));
    CHECK(has(&base, "目的=mu4 di4"));
    CHECK(has(&base, "还书=huan2 shu1"));
    CHECK(has(&base, "东西=dong1 xi5"));
    CHECK(has(&base, "盲文=mang2 wen2"));
    CHECK_INT(dv_pls_load("tables/lexicon-zhejiang.pls", add, &zj, &e), 0);
    CHECK_STR(e.msg, "");
    CHECK(zj.n >= 80);
    CHECK(has(&zj, "台州=tai1 zhou1"));
    CHECK(has(&zj, "丽水=li2 shui3"));
    CHECK(has(&zj, "天台=tian1 tai1"));
    CHECK(has(&zj, "会稽=kuai4 ji1"));
    CHECK(has(&zj, "乐清=yue4 qing1"));
    CHECK(has(&zj, "长兴=chang2 xing1"));
    CHECK(has(&zj, "嵊泗=sheng4 si4"));
    CHECK(has(&zj, "衢州=qu2 zhou1"));
    CHECK(has(&zj, "浙江=zhe4 jiang1"));
    CHECK(!has(&zj, "蚌埠=beng4 bu4"));
    dv_buf_free(&base.all);
    dv_buf_free(&zj.all);

    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    return T_DONE();
}
