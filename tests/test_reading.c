/* test_reading.c -- the reading layer on the real dictionary (built by
 * make from Debian's jieba, Unihan and terra-pinyin data) and the real
 * lexicons in tables/. */
#include <stdlib.h>
#include <unistd.h>
#include "reading.h"
#include "t.h"

static dv_reader *rd;
static dv_words ws;
static char got[4096];
static dv_err rerr;

/* The words of s as "word/kind[/pinyin]" joined by '|'. */
static const char *words(const char *s)
{
    static const char kinds[] = "?HNLPS";
    dv_words_clear(&ws);
    got[0] = 0;
    if (dv_read_text(rd, s, strlen(s), &ws, &rerr)) return rerr.msg;
    size_t n = 0;
    for (size_t i = 0; i < ws.n && n < sizeof got - 200; i++) {
        dv_word *w = &ws.v[i];
        n += snprintf(got + n, sizeof got - n, "%s%.*s/%c", i ? "|" : "",
                      (int)w->len, s + w->off, kinds[w->kind]);
        if (w->pylen)
            n += snprintf(got + n, sizeof got - n, "/%.*s", (int)w->pylen,
                          ws.pool.data + w->py);
    }
    return got;
}

/* The pinyin of the word at byte offset off of the last text read. */
static const char *py_at(const char *s, const char *word)
{
    const char *p = strstr(s, word);
    for (size_t i = 0; p && i < ws.n; i++)
        if (ws.v[i].off == (size_t)(p - s) && ws.v[i].len == strlen(word))
            return ws.pool.data + ws.v[i].py;
    return "(not a word)";
}

static void polyphones(void)
{
    CHECK_STR(words("银行"), "银行/H/yin2 hang2");
    CHECK_STR(words("行走"), "行走/H/xing2 zou3");
    CHECK_STR(words("长江"), "长江/H/chang2 jiang1");
    CHECK_STR(words("长大"), "长大/H/zhang3 da4");
    CHECK_STR(words("重庆"), "重庆/H/chong2 qing4");
    CHECK_STR(words("重要"), "重要/H/zhong4 yao4");
    CHECK_STR(words("音乐"), "音乐/H/yin1 yue4");
    CHECK_STR(words("快乐"), "快乐/H/kuai4 le4");
    CHECK_STR(words("还书"), "还书/H/huan2 shu1");
    CHECK_STR(words("还是"), "还是/H/hai2 shi4");
    CHECK_STR(words("馆藏"), "馆藏/H/guan3 cang2");
    CHECK_STR(words("西藏"), "西藏/H/xi1 zang4");

    /* The same words inside sentences. */
    const char *s = "他在银行工作，每天行走上班。";
    words(s);
    CHECK_STR(py_at(s, "银行"), "yin2 hang2");
    CHECK_STR(py_at(s, "行走"), "xing2 zou3");
    s = "我下午去图书馆还书，还是你去？";
    words(s);
    CHECK_STR(py_at(s, "还书"), "huan2 shu1");
    CHECK_STR(py_at(s, "还是"), "hai2 shi4");
    s = "孩子们在重庆长大，听着快乐的音乐。";
    words(s);
    CHECK_STR(py_at(s, "重庆"), "chong2 qing4");
    CHECK_STR(py_at(s, "长大"), "zhang3 da4");
    CHECK_STR(py_at(s, "快乐"), "kuai4 le4");
    CHECK_STR(py_at(s, "音乐"), "yin1 yue4");
    CHECK_STR(py_at(s, "的"), "de5");

    /* terra writes 一/不 with their sandhi tones inside words; we keep
     * the dictionary (citation) tones. */
    CHECK_STR(words("一个"), "一个/H/yi1 ge4");
    CHECK_STR(words("不要"), "不要/H/bu4 yao4");
    CHECK_STR(words("我们"), "我们/H/wo3 men5");
    /* Neutral tones only where the data has them. */
    CHECK_STR(words("孩子"), "孩子/H/hai2 zi5");
    CHECK_STR(words("电子"), "电子/H/dian4 zi3");
    /* terra's Taiwan readings give way to the mainland standard's. */
    CHECK_STR(words("播放"), "播放/H/bo1 fang4");
    CHECK_STR(words("理发"), "理发/H/li3 fa4");
}

static void sources(void)
{
    /* terra's reading of the phrase (not in the lexicons). */
    words("播放");
    CHECK_INT(ws.n, 1);
    CHECK_INT(ws.v[0].source, DV_SRC_DICT);
    CHECK_INT(ws.v[0].in_dict, 1);
    /* In jieba's list, no reading of its own: the characters'. */
    words("电子");
    CHECK_INT(ws.v[0].source, DV_SRC_CHAR);
    CHECK_INT(ws.v[0].in_dict, 1);
    /* lexicon-zhejiang has 浙江图书馆: its reading, the dictionary's
     * word boundaries. */
    CHECK_STR(words("浙江图书馆"), "浙江/H/zhe4 jiang1|图书馆/H/tu2 shu1 guan3");
    CHECK_STR(words("我在浙江图书馆还书"), "我/H/wo3|在/H/zai4|浙江/H/zhe4 "
              "jiang1|图书馆/H/tu2 shu1 guan3|还书/H/huan2 shu1");
    /* A character that makes no word with its neighbours. */
    words("鼗");
    CHECK_INT(ws.n, 1);
    CHECK_INT(ws.v[0].kind, DV_W_HAN);
    CHECK_INT(ws.v[0].source, DV_SRC_CHAR);
    CHECK(ws.v[0].pylen > 0);
}

static void lexicons(void)
{
    /* A user lexicon overrides the dictionary, and its words win the
     * segmentation. */
    char path[] = "/tmp/test_reading_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    const char *pls =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<lexicon version=\"1.0\" "
        "xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
        "alphabet=\"x-pinyin-num\" xml:lang=\"zh-CN\">\n"
        "<lexeme><grapheme>银行</grapheme><phoneme>yin2 xing2</phoneme>"
        "</lexeme>\n"
        "<lexeme><grapheme>浙图</grapheme><phoneme>zhe4 tu2</phoneme>"
        "</lexeme>\n"
        "<lexeme><grapheme>长江图书馆</grapheme><phoneme>chang2 jiang1 tu2 "
        "shu1 guan3</phoneme></lexeme>\n"
        "</lexicon>\n";
    CHECK(write(fd, pls, strlen(pls)) == (ssize_t)strlen(pls));
    close(fd);
    const char *dd = getenv("DOTVOX_DATA") ? getenv("DOTVOX_DATA") : ".";
    const char *lex[] = {path};
    dv_reader *r2 = NULL;
    dv_err e;
    CHECK_INT(dv_reader_open(&r2, dd, lex, 1, &e), 0);
    if (r2) {
        dv_words w = {0};
        const char *s = "银行去浙图还书";
        CHECK_INT(dv_read_text(r2, s, strlen(s), &w, &e), 0);
        CHECK_INT(w.n, 4);
        if (w.n == 4) {
            CHECK_INT(w.v[0].source, DV_SRC_LEXICON);
            CHECK_STR(w.pool.data + w.v[0].py, "yin2 xing2");
            CHECK_INT(w.v[2].len, strlen("浙图"));
            CHECK_INT(w.v[2].source, DV_SRC_LEXICON);
            CHECK_INT(w.v[2].in_dict, 1);
            CHECK_STR(w.pool.data + w.v[2].py, "zhe4 tu2");
        }
        /* A compound of dictionary words: read by the lexicon, split
         * into the words. */
        dv_words_clear(&w);
        s = "长江图书馆";
        CHECK_INT(dv_read_text(r2, s, strlen(s), &w, &e), 0);
        CHECK_INT(w.n, 2);
        if (w.n == 2) {
            CHECK_INT(w.v[0].len, 6);
            CHECK_INT(w.v[1].source, DV_SRC_LEXICON);
            CHECK_STR(w.pool.data + w.v[0].py, "chang2 jiang1");
            CHECK_STR(w.pool.data + w.v[1].py, "tu2 shu1 guan3");
        }
        /* The built-in reader is not changed by r2's lexicon. */
        CHECK_STR(words("浙图"), "浙/H/zhe4|图/H/tu2");
        dv_words_free(&w);
        dv_reader_close(r2);
    }
    /* A missing lexicon is an error naming it. */
    const char *bad[] = {"/nonexistent/x.pls"};
    r2 = NULL;
    CHECK_INT(dv_reader_open(&r2, dd, bad, 1, &e), -1);
    CHECK(r2 == NULL);
    CHECK(strstr(e.msg, "/nonexistent/x.pls") != NULL);
    unlink(path);
    /* A data directory without the dictionary. */
    CHECK_INT(dv_reader_open(&r2, "/nonexistent", NULL, 0, &e), -1);
    CHECK(strstr(e.msg, "zh.dict") != NULL);
}

static void mixed(void)
{
    const char *s = "PDF文件";
    words(s);
    CHECK_INT(ws.n, 2);
    if (ws.n == 2) {
        CHECK_INT(ws.v[0].kind, DV_W_LATIN);
        CHECK_INT(ws.v[0].len, 3);
        CHECK_INT(ws.v[0].pylen, 0);
        CHECK_INT(ws.v[0].source, DV_SRC_NONE);
        CHECK_INT(ws.v[1].kind, DV_W_HAN);
        CHECK_STR(ws.pool.data + ws.v[1].py, "wen2 jian4");
    }
    CHECK_STR(words("MP3播放器"), "MP3/L|播放器/H/bo1 fang4 qi4");
    CHECK_STR(words("don't stop"), "don't/L| /S|stop/L");
    CHECK_STR(words("e-mail，"), "e-mail/L|，/P");
    CHECK_STR(words("a -b"), "a/L| /S|-/P|b/L");
    CHECK_STR(words("你好。\n 再见"),
              "你好/H/ni3 hao3|。/P|\n /S|再见/H/zai4 jian4");

    /* Numbers go to the number reader, the unit stays Chinese. */
    s = "2014年";
    words(s);
    CHECK_INT(ws.n, 2);
    if (ws.n == 2) {
        CHECK_INT(ws.v[0].kind, DV_W_NUM);
        CHECK_INT(ws.v[0].source, DV_SRC_NUMBER);
        CHECK_INT(ws.v[0].len, 4);
        CHECK_STR(ws.pool.data + ws.v[0].py, "er4 ling2 yi1 si4");
        CHECK_INT(ws.v[1].kind, DV_W_HAN);
        CHECK_STR(ws.pool.data + ws.v[1].py, "nian2");
    }
    /* Offsets are into the text given, words accumulate until cleared. */
    dv_err e;
    dv_words_clear(&ws);
    CHECK_INT(dv_read_text(rd, "书", 3, &ws, &e), 0);
    CHECK_INT(dv_read_text(rd, "书", 3, &ws, &e), 0);
    CHECK_INT(ws.n, 2);
    CHECK_INT(ws.v[1].off, 0);
}

static void odd_input(void)
{
    /* U+10FFFD (private use plane 16), U+E000 (private use), U+2B73F
     * (unassigned in CJK Ext. C/D gap: not in Unihan), a stray byte,
     * a truncated sequence at the end (a word per byte). */
    const char s[] = "\xF4\x8F\xBF\xBD" "\xEE\x80\x80" "\xF0\xAB\x9C\xBF"
                     "\xFF" "中" "\xE4\xB8";
    dv_err e;
    dv_words_clear(&ws);
    CHECK_INT(dv_read_text(rd, s, sizeof s - 1, &ws, &e), 0);
    CHECK_INT(ws.n, 7);
    for (size_t i = 0; i < ws.n; i++) {
        if (i == 4) continue;
        CHECK_INT(ws.v[i].kind, DV_W_PUNCT);
        CHECK_INT(ws.v[i].pylen, 0);
    }
    if (ws.n == 7) {
        CHECK_INT(ws.v[4].kind, DV_W_HAN);
        CHECK_INT(ws.v[6].len, 1);
        CHECK_INT(ws.v[6].off + 1, sizeof s - 1);
    }
    /* Empty text: no words. */
    dv_words_clear(&ws);
    CHECK_INT(dv_read_text(rd, "", 0, &ws, &e), 0);
    CHECK_INT(ws.n, 0);
}

static void long_run(void)
{
    /* 10 MB of Han without punctuation: done in windows, the words
     * cover the text exactly, and a window cut does not break words. */
    const char *unit = "浙江图书馆的工作人员在银行门口还书";
    size_t ul = strlen(unit), n = 10u << 20, len = n - n % ul;
    char *s = malloc(len);
    for (size_t i = 0; i < len; i += ul) memcpy(s + i, unit, ul);
    dv_err e;
    dv_words_clear(&ws);
    CHECK_INT(dv_read_text(rd, s, len, &ws, &e), 0);
    size_t units = len / ul, at = 0, bad = 0, yin = 0;
    for (size_t i = 0; i < ws.n; i++) {
        if (ws.v[i].off != at || ws.v[i].kind != DV_W_HAN) bad++;
        at += ws.v[i].len;
        if (ws.v[i].len == 6 && !memcmp(s + ws.v[i].off, "银行", 6) &&
            !strcmp(ws.pool.data + ws.v[i].py, "yin2 hang2"))
            yin++;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(at, len);
    CHECK(ws.n >= units * 5 && ws.n <= units * 12);
    CHECK_INT(yin, units);
    free(s);
}

static void char_readings(void)
{
    int n = 0;
    const char *r = dv_reader_char_readings(rd, 0x884C, &n); /* 行 */
    CHECK(n >= 2);
    CHECK(strncmp(r, "xing2 ", 6) == 0);
    CHECK(strstr(r, "hang2") != NULL);
    r = dv_reader_char_readings(rd, 0x4EEC, &n);              /* 们 */
    CHECK(n >= 1);
    CHECK(strncmp(r, "men5", 4) == 0);
    r = dv_reader_char_readings(rd, 'A', &n);
    CHECK_INT(n, 0);
    CHECK_STR(r, "");
    r = dv_reader_char_readings(rd, 0x2B73F, &n);
    CHECK_INT(n, 0);
}

int main(void)
{
    const char *dd = getenv("DOTVOX_DATA") ? getenv("DOTVOX_DATA") : ".";
    dv_err e;
    if (dv_reader_open(&rd, dd, NULL, 0, &e)) {
        fprintf(stderr, "test_reading: %s\n", e.msg);
        return 1;
    }
    polyphones();
    sources();
    lexicons();
    mixed();
    odd_input();
    long_run();
    char_readings();
    dv_words_free(&ws);
    dv_reader_close(rd);
    return T_DONE();
}
