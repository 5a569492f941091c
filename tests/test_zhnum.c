/* test_zhnum.c -- numbers read as Chinese, in context. */
#include <string.h>
#include "t.h"
#include "zhnum.h"

/* Reads s; checks the syllables and the number of bytes consumed. */
static void rd(const char *s, const char *want, size_t used, int line)
{
    dv_buf b = { 0 };
    size_t n = dv_zhnum_read(s, strlen(s), &b);
    t_run++;
    if (strcmp(b.data ? b.data : "", want) || n != used) {
        t_fail++;
        fprintf(stderr, "%s:%d: \"%s\" -> \"%s\" (%zu bytes), want \"%s\" "
                "(%zu)\n", __FILE__, line, s, b.data ? b.data : "", n, want,
                used);
    }
    dv_buf_free(&b);
}
#define RD(s, w, n) rd(s, w, n, __LINE__)

static void in(unsigned long long n, const char *want, int line)
{
    dv_buf b = { 0 };
    dv_zhnum_int(n, &b);
    t_run++;
    if (strcmp(b.data ? b.data : "", want)) {
        t_fail++;
        fprintf(stderr, "%s:%d: %llu -> \"%s\", want \"%s\"\n", __FILE__,
                line, n, b.data ? b.data : "", want);
    }
    dv_buf_free(&b);
}
#define IN(n, w) in(n, w, __LINE__)

int main(void)
{
    /* integers */
    IN(0, "ling2");
    IN(2, "er4");
    IN(10, "shi2");
    IN(15, "shi2 wu3");
    IN(20, "er4 shi2");
    IN(101, "yi1 bai3 ling2 yi1");
    IN(110, "yi1 bai3 yi1 shi2");
    IN(215, "er4 bai3 yi1 shi2 wu3");
    IN(1005, "yi1 qian1 ling2 wu3");
    IN(1010, "yi1 qian1 ling2 yi1 shi2");
    IN(1800, "yi1 qian1 ba1 bai3");
    IN(10000, "yi1 wan4");
    IN(10500, "yi1 wan4 ling2 wu3 bai3");
    IN(100000, "shi2 wan4");
    IN(100005, "shi2 wan4 ling2 wu3");
    IN(150000, "shi2 wu3 wan4");
    IN(1001000, "yi1 bai3 wan4 yi1 qian1");  /* 0s ending a section are silent */
    /* the brief wrote "yi4 er4 qian1 wan4"; 一亿 always keeps its yi1 */
    IN(120000000ULL, "yi1 yi4 er4 qian1 wan4");
    IN(100000001ULL, "yi1 yi4 ling2 yi1");
    IN(100100000ULL, "yi1 yi4 ling2 yi1 shi2 wan4");
    IN(1000000000000ULL, "yi1 wan4 yi4");
    IN(9999999999999999ULL, "jiu3 qian1 jiu3 bai3 jiu3 shi2 jiu3 wan4 "
       "jiu3 qian1 jiu3 bai3 jiu3 shi2 jiu3 yi4 jiu3 qian1 jiu3 bai3 jiu3 "
       "shi2 jiu3 wan4 jiu3 qian1 jiu3 bai3 jiu3 shi2 jiu3");

    /* the brief's examples: the unit after the number is not read */
    RD("2014年", "er4 ling2 yi1 si4", 4);
    RD("2014年度", "er4 ling2 yi1 si4", 4);
    RD("1800种", "yi1 qian1 ba1 bai3", 4);
    RD("32万", "san1 shi2 er4", 2);
    RD("50%", "bai3 fen1 zhi1 wu3 shi2", 3);
    RD("50％的", "bai3 fen1 zhi1 wu3 shi2", 5);
    RD("12.5‰", "qian1 fen1 zhi1 shi2 er4 dian3 wu3", 7);
    RD("13.5", "shi2 san1 dian3 wu3", 4);
    RD("0.5", "ling2 dian3 wu3", 3);
    RD("3.14159", "san1 dian3 yi1 si4 yi1 wu3 jiu3", 7);
    RD("1.2.3", "yi1 dian3 er4", 3);
    RD("5.", "wu3", 1);
    RD("3月5日", "san1", 1);
    RD("5日", "wu3", 1);
    RD("10届", "shi2", 2);
    RD("110", "yi1 bai3 yi1 shi2", 3);
    RD("1005", "yi1 qian1 ling2 wu3", 4);
    RD("100000", "shi2 wan4", 6);
    RD("2个", "er4", 1);
    RD("1,800册", "yi1 qian1 ba1 bai3", 5);
    RD("1,234,567元", "yi1 bai3 er4 shi2 san1 wan4 si4 qian1 wu3 bai3 "
       "liu4 shi2 qi1", 9);
    RD("1,2", "yi1", 1);
    RD("1,23", "yi1", 1);
    RD("1,2345", "yi1", 1);
    RD("3,000.50元", "san1 qian1 dian3 wu3 ling2", 8);
    RD("007", "ling2 ling2 qi1", 3);

    /* full-width digits */
    RD("２０１４年", "er4 ling2 yi1 si4", 12);
    RD("３２万", "san1 shi2 er4", 6);
    RD("１３．５", "shi2 san1 dian3 wu3", 12);

    /* years and ranges */
    RD("98年", "jiu3 ba1", 2);
    RD("08年", "ling2 ba1", 2);
    RD("10年", "shi2", 2);
    RD("80年代", "ba1 shi2", 2);
    RD("3年", "san1", 1);
    RD("221年", "er4 bai3 er4 shi2 yi1", 3);
    RD("2014-2016年", "er4 ling2 yi1 si4 zhi4 er4 ling2 yi1 liu4", 9);
    RD("2014—2016年", "er4 ling2 yi1 si4 zhi4 er4 ling2 yi1 liu4", 11);
    RD("2014-16年", "er4 ling2 yi1 si4 zhi4 yi1 liu4", 7);
    RD("98-99年", "jiu3 ba1 zhi4 jiu3 jiu3", 5);
    RD("3-5天", "san1 zhi4 wu3", 3);
    RD("3~5", "san1 zhi4 wu3", 3);
    RD("1000-2000人", "yi1 qian1 zhi4 er4 qian1", 9);
    RD("10%-20%", "bai3 fen1 zhi1 shi2 zhi4 bai3 fen1 zhi1 er4 shi2", 7);
    RD("5-", "wu3", 1);

    /* times */
    RD("9:30", "jiu3 dian3 san1 shi2", 4);
    RD("9：30", "jiu3 dian3 san1 shi2", 6);
    RD("09:05", "jiu3 dian3 ling2 wu3", 5);
    RD("14:00开馆", "shi2 si4 dian3", 5);
    RD("9:30:15", "jiu3 dian3 san1 shi2 fen1 shi2 wu3 miao3", 7);
    RD("3:2", "san1", 1);
    RD("25:30", "er4 shi2 wu3", 2);

    /* phones, IDs and codes */
    RD("0571-87654321", "ling2 wu3 qi1 yao1 ba1 qi1 liu4 wu3 si4 san1 er4 "
       "yao1", 13);
    RD("13812345678", "yao1 san1 ba1 yao1 er4 san1 si4 wu3 liu4 qi1 ba1",
       11);
    RD("138-1234-5678", "yao1 san1 ba1 yao1 er4 san1 si4 wu3 liu4 qi1 ba1",
       13);
    RD("400-820-8820", "si4 ling2 ling2 ba1 er4 ling2 ba1 ba1 er4 ling2",
       12);
    RD("33010219900101123X", "san1 san1 ling2 yi1 ling2 er4 yi1 jiu3 jiu3 "
       "ling2 ling2 yi1 ling2 yi1 yi1 er4 san1", 17);
    RD("330102199001011234", "san1 san1 ling2 yi1 ling2 er4 yi1 jiu3 jiu3 "
       "ling2 ling2 yi1 ling2 yi1 yi1 er4 san1 si4", 18);
    RD("9787020002207", "jiu3 qi1 ba1 qi1 ling2 er4 ling2 ling2 ling2 er4 "
       "er4 ling2 qi1", 13);
    RD("1234567", "yi1 er4 san1 si4 wu3 liu4 qi1", 7);
    RD("12000000人", "yi1 qian1 er4 bai3 wan4", 8);
    RD("120000000元", "yi1 yi4 er4 qian1 wan4", 9);
    RD("2014-03-05", "er4 ling2 yi1 si4 ling2 san1 ling2 wu3", 10);
    RD("12345678901234567890", "yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3 "
       "ling2 yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3 ling2", 20);
    RD("10000000000000000个", "yi1 ling2 ling2 ling2 ling2 ling2 ling2 "
       "ling2 ling2 ling2 ling2 ling2 ling2 ling2 ling2 ling2 ling2", 17);

    /* appends without a leading space; truncated input stays in bounds */
    {
        dv_buf b = { 0 };
        dv_buf_puts(&b, "x");
        size_t n = dv_zhnum_read("12", 1, &b);
        CHECK_INT(n, 1);
        CHECK_STR(b.data, "xyi1");
        n = dv_zhnum_read("\xef\xbc\x91", 2, &b);  /* cut full-width 1 */
        CHECK(n >= 1);
        dv_buf_free(&b);
    }
    return T_DONE();
}
