/* test_textin.c -- reading files in each encoding, and each way of
 * failing.  Non-UTF-8 test files are made with iconv(3), not by hand. */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "t.h"
#include "textin.h"
#include "util.h"

static char dir[64];

static char *path_of(const char *name)
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

/* UTF-8 to another encoding, optionally after a BOM. */
static size_t conv(const char *to, const char *s, const char *bom,
                   size_t bomlen, char *out, size_t max)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == (iconv_t)-1) { perror("iconv_open"); exit(2); }
    memcpy(out, bom, bomlen);
    char *ip = (char *)s, *op = out + bomlen;
    size_t il = strlen(s), ol = max - bomlen;
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) { perror("iconv"); exit(2); }
    iconv_close(cd);
    return (size_t)(op - out);
}

/* Reads path; on success returns the text (caller frees with
 * dv_text_free), on failure the message in e. */
static int rd(const char *p, const char *enc, int lenient, dv_text *t, dv_err *e)
{
    e->msg[0] = 0;
    return dv_text_read(p, enc, lenient, t, e);
}

static void test_utf8(void)
{
    dv_text t;
    dv_err e;
    const char raw[] = "Hello\r\nWorld\rEnd\fpage two\n";
    const char *p = put("a.txt", raw, sizeof raw - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK_STR(t.utf8, "Hello\nWorld\nEnd\fpage two\n");
    CHECK_INT(t.len, strlen("Hello\nWorld\nEnd\fpage two\n"));
    CHECK_STR(t.encoding, "UTF-8");
    CHECK_INT(t.bytes, sizeof raw - 1);
    CHECK_INT(t.replaced, 0);
    char h[65];
    dv_sha256_hex(raw, sizeof raw - 1, h);
    CHECK_STR(t.sha256, h);
    dv_text_free(&t);

    /* "auto" is the same as NULL */
    CHECK_INT(rd(p, "auto", 0, &t, &e), 0);
    CHECK_STR(t.encoding, "UTF-8");
    dv_text_free(&t);

    const char bom[] = "\xEF\xBB\xBF\xE4\xB8\xAD\xE6\x96\x87\r\n";
    p = put("bom.txt", bom, sizeof bom - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK_STR(t.utf8, "中文\n");
    CHECK_STR(t.encoding, "UTF-8");
    CHECK_INT(t.bytes, 11);
    dv_sha256_hex(bom, sizeof bom - 1, h);
    CHECK_STR(t.sha256, h);
    dv_text_free(&t);

    /* An empty file is text; structure.c decides it has nothing in it. */
    p = put("empty.txt", "", 0);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK(t.utf8 != NULL);
    CHECK_INT(t.len, 0);
    CHECK_STR(t.utf8, "");
    CHECK_INT(t.bytes, 0);
    dv_text_free(&t);
}

static void test_utf16(void)
{
    dv_text t;
    dv_err e;
    char raw[256], h[65];
    const char *src = "第一章 總則\r\nChapter 1 — \xF0\x9F\x98\x80 ok\n";
    size_t n = conv("UTF-16LE", src, "\xFF\xFE", 2, raw, sizeof raw);
    const char *p = put("le.txt", raw, n);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK_STR(t.utf8, "第一章 總則\nChapter 1 — \xF0\x9F\x98\x80 ok\n");
    CHECK_STR(t.encoding, "UTF-16LE");
    CHECK_INT(t.bytes, n);
    dv_sha256_hex(raw, n, h);
    CHECK_STR(t.sha256, h);
    dv_text_free(&t);

    n = conv("UTF-16BE", src, "\xFE\xFF", 2, raw, sizeof raw);
    p = put("be.txt", raw, n);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK_STR(t.utf8, "第一章 總則\nChapter 1 — \xF0\x9F\x98\x80 ok\n");
    CHECK_STR(t.encoding, "UTF-16BE");
    dv_text_free(&t);
    /* forced "utf-16" follows the BOM */
    CHECK_INT(rd(p, "UTF-16", 0, &t, &e), 0);
    CHECK_STR(t.encoding, "UTF-16BE");
    CHECK_STR(t.utf8, "第一章 總則\nChapter 1 — \xF0\x9F\x98\x80 ok\n");
    dv_text_free(&t);

    /* No BOM: only by force; "utf-16" then means little-endian. */
    n = conv("UTF-16LE", "abc 中\n", "", 0, raw, sizeof raw);
    p = put("le-nobom.txt", raw, n);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);   /* NULs: binary */
    CHECK(strstr(e.msg, "binary file (NUL byte at offset 1), not text") != NULL);
    CHECK_INT(rd(p, "utf-16", 0, &t, &e), 0);
    CHECK_STR(t.utf8, "abc 中\n");
    CHECK_STR(t.encoding, "UTF-16LE");
    dv_text_free(&t);
    n = conv("UTF-16BE", "abc 中\n", "", 0, raw, sizeof raw);
    p = put("be-nobom.txt", raw, n);
    CHECK_INT(rd(p, "utf-16be", 0, &t, &e), 0);
    CHECK_STR(t.utf8, "abc 中\n");
    dv_text_free(&t);

    /* A lone surrogate at byte 4, a truncated unit at byte 8. */
    const char bad[] = "\xFF\xFE" "a\0" "\x00\xD8" "b\0" "c";
    p = put("bad16.txt", bad, sizeof bad - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    char want[512];
    snprintf(want, sizeof want, "%s: invalid UTF-16LE at byte 4", p);
    CHECK_STR(e.msg, want);
    CHECK_INT(rd(p, NULL, 1, &t, &e), 0);
    CHECK_STR(t.utf8, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK_INT(t.replaced, 2);
    dv_text_free(&t);

    /* U+0000 in UTF-16 is binary too. */
    const char nul16[] = "\xFF\xFE" "a\0" "\0\0";
    p = put("nul16.txt", nul16, sizeof nul16 - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    CHECK(strstr(e.msg, "binary file") && strstr(e.msg, "byte 4"));
}

static void test_gb18030(void)
{
    dv_text t;
    dv_err e;
    char raw[512], want[512];
    const char *src = "浙江图书馆 2014 年工作要点\r\n一、积极推进事业单位改革\n";
    size_t n = conv("GB18030", src, "", 0, raw, sizeof raw);
    CHECK(n < strlen(src));    /* really converted: 2 bytes a Han character */
    const char *p = put("gb.txt", raw, n);
    CHECK_INT(rd(p, NULL, 0, &t, &e), 0);
    CHECK_STR(t.utf8, "浙江图书馆 2014 年工作要点\n一、积极推进事业单位改革\n");
    CHECK_STR(t.encoding, "GB18030");
    CHECK_INT(t.bytes, n);
    dv_text_free(&t);
    CHECK_INT(rd(p, "GBK", 0, &t, &e), 0);
    CHECK_STR(t.encoding, "GB18030");
    CHECK_STR(t.utf8, "浙江图书馆 2014 年工作要点\n一、积极推进事业单位改革\n");
    dv_text_free(&t);

    /* Forced UTF-8 on GB18030 fails at the first Han byte. */
    CHECK_INT(rd(p, "utf-8", 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid UTF-8 at byte 0", p);
    CHECK_STR(e.msg, want);

    /* GB18030 with a stray 0x80 after 6 bytes ("abc" + 中文 in GB). */
    n = conv("GB18030", "abc中文", "", 0, raw, sizeof raw);
    CHECK_INT(n, 7);
    raw[n++] = '\x80';
    memcpy(raw + n, "xyz", 3);
    n += 3;
    p = put("gbbad.txt", raw, n);
    CHECK_INT(rd(p, "gb18030", 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid GB18030 at byte 7", p);
    CHECK_STR(e.msg, want);
    CHECK_INT(rd(p, "gb18030", 1, &t, &e), 0);
    CHECK_STR(t.utf8, "abc中文\xEF\xBF\xBDxyz");
    CHECK_INT(t.replaced, 1);
    dv_text_free(&t);
    /* Auto: not UTF-8 (byte 3), not GB18030 either. */
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid UTF-8 at byte 3 (not GB18030 either)", p);
    CHECK_STR(e.msg, want);
    /* Lenient auto takes the reading with fewer replacements. */
    CHECK_INT(rd(p, NULL, 1, &t, &e), 0);
    CHECK_STR(t.encoding, "GB18030");
    CHECK_STR(t.utf8, "abc中文\xEF\xBF\xBDxyz");
    CHECK_INT(t.replaced, 1);
    dv_text_free(&t);
}

static void test_invalid_utf8(void)
{
    dv_text t;
    dv_err e;
    char want[512];
    /* 中文ok then 0x80: valid UTF-8 up to byte 8; 0x80 is no GB18030. */
    const char raw[] = "\xE4\xB8\xAD\xE6\x96\x87ok\x80 end";
    const char *p = put("bad8.txt", raw, sizeof raw - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid UTF-8 at byte 8 (not GB18030 either)", p);
    CHECK_STR(e.msg, want);
    CHECK_INT(rd(p, "utf-8", 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid UTF-8 at byte 8", p);
    CHECK_STR(e.msg, want);
    /* Lenient: tie between UTF-8 and GB18030 (one each) goes to UTF-8. */
    CHECK_INT(rd(p, NULL, 1, &t, &e), 0);
    CHECK_STR(t.encoding, "UTF-8");
    CHECK_STR(t.utf8, "中文ok\xEF\xBF\xBD end");
    CHECK_INT(t.replaced, 1);
    dv_text_free(&t);

    /* After a BOM the offset still counts from the file's start; a
     * truncated sequence is one replacement, a stray byte another; an
     * overlong "/" and a surrogate are invalid too. */
    const char raw2[] = "\xEF\xBB\xBF" "a\xE4\xB8" "b\xFF" "c\xC0\xAF" "d\xED\xA0\x80";
    p = put("bad8b.txt", raw2, sizeof raw2 - 1);
    CHECK_INT(rd(p, "Utf-8", 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: invalid UTF-8 at byte 4", p);
    CHECK_STR(e.msg, want);
    CHECK_INT(rd(p, "utf-8", 1, &t, &e), 0);
    CHECK_STR(t.utf8, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD"
                      "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK_INT(t.replaced, 7);
    CHECK_STR(t.encoding, "UTF-8");
    dv_text_free(&t);
}

static void test_refusals(void)
{
    dv_text t;
    dv_err e;
    char want[512];
    const char bin[] = "PK\x03\x04\x00\x01";
    const char *p = put("bin.dat", bin, sizeof bin - 1);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: binary file (NUL byte at offset 4), not text", p);
    CHECK_STR(e.msg, want);
    CHECK(t.utf8 == NULL);
    /* even when forced, or lenient */
    CHECK_INT(rd(p, "gb18030", 1, &t, &e), -1);
    CHECK_STR(e.msg, want);

    CHECK_INT(rd(dir, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: is a directory", dir);
    CHECK_STR(e.msg, want);

    p = path_of("missing.txt");
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: No such file or directory", p);
    CHECK_STR(e.msg, want);

    p = put("ok.txt", "text\n", 5);
    CHECK_INT(rd(p, "latin-1", 0, &t, &e), -1);
    CHECK_STR(e.msg, "unknown encoding 'latin-1' (use utf-8, utf-16, "
                     "utf-16le, utf-16be, gb18030, gbk)");

    /* One byte over the limit: a sparse file, refused before reading. */
    p = path_of("big.txt");
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK_INT(ftruncate(fd, DV_MAX_INPUT + 1), 0);
    close(fd);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    snprintf(want, sizeof want, "%s: file is %lld bytes; the limit is 32 MiB",
             p, DV_MAX_INPUT + 1);
    CHECK_STR(e.msg, want);
    /* exactly at the limit is fine (and it is all NULs, so binary) */
    fd = open(p, O_WRONLY | O_TRUNC);
    CHECK_INT(ftruncate(fd, DV_MAX_INPUT), 0);
    close(fd);
    CHECK_INT(rd(p, NULL, 0, &t, &e), -1);
    CHECK(strstr(e.msg, "binary file (NUL byte at offset 0)") != NULL);
    unlink(p);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dv-textin-XXXXXX");
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
    test_utf8();
    test_utf16();
    test_gb18030();
    test_invalid_utf8();
    test_refusals();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    return T_DONE();
}
