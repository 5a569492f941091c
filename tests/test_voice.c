/* test_voice.c -- voice profiles: the shipped ones load, malformed ones
 * are refused with file and line, and the listing is valid JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "t.h"
#include "voice.h"

static char dir[64];

static const char *good =
    "# a comment\n"
    "description = Test voice # trailing comment\n"
    "language    = zh\n"
    "espeak      = cmn-latn-pinyin\n"
    "latin       = en-us\n"
    "rate        = 175\n"
    "pitch       = 50\n"
    "range       = 40\n"
    "volume      = 100\n"
    "\n"
    "pause_sentence       = 300\n"
    "pause_paragraph      = 700\n"
    "pause_heading_before = 1200\n"
    "pause_heading_after  = 900\n";

static void put(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s.conf", dir, name);
    t_write(path, text, strlen(text));
}

/* good with the line starting "key " replaced (or dropped if repl NULL). */
static void put_variant(const char *name, const char *key, const char *repl)
{
    char buf[2048] = "";
    const char *s = good;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = (size_t)(nl - s) + 1;
        if (!strncmp(s, key, strlen(key)) && s[strlen(key)] == ' ') {
            if (repl) { strcat(buf, repl); strcat(buf, "\n"); }
        } else {
            strncat(buf, s, n);
        }
        s += n;
    }
    put(name, buf);
}

static void expect_err(const char *name, const char *want)
{
    dv_voice v;
    dv_err e = {""};
    int rc = dv_voice_load(dir, name, &v, &e);
    CHECK_INT(rc, -1);
    char full[256];
    snprintf(full, sizeof full, want, dir);
    CHECK_STR(e.msg, full);
}

static void test_shipped(void)
{
    static const char *names[] = {"mandarin", "mandarin-slow", "english",
                                  "cantonese"};
    for (size_t i = 0; i < 4; i++) {
        dv_voice v;
        dv_err e = {""};
        int rc = dv_voice_load("voices", names[i], &v, &e);
        if (rc) fprintf(stderr, "%s\n", e.msg);
        CHECK_INT(rc, 0);
        CHECK_STR(v.name, names[i]);
        CHECK(v.description[0] != 0);
        CHECK(v.rate >= 80 && v.rate <= 450);
    }
    dv_voice m, s, c, en;
    dv_err e;
    CHECK_INT(dv_voice_load("voices", "mandarin", &m, &e), 0);
    CHECK_INT(dv_voice_load("voices", "mandarin-slow", &s, &e), 0);
    CHECK_INT(dv_voice_load("voices", "cantonese", &c, &e), 0);
    CHECK_INT(dv_voice_load("voices", "english", &en, &e), 0);
    CHECK_STR(m.espeak, "cmn-latn-pinyin");
    CHECK_STR(m.latin, "en-us");
    CHECK_STR(m.language, "zh");
    CHECK(s.rate < m.rate);
    CHECK(s.pause_sentence > m.pause_sentence);
    CHECK(s.pause_paragraph > m.pause_paragraph);
    CHECK_STR(c.espeak, "yue");
    CHECK_STR(c.language, "yue");
    CHECK_STR(en.espeak, "en-us");
    CHECK_STR(en.language, "en");
}

static void test_parse(void)
{
    dv_voice v;
    dv_err e = {""};
    put("good", good);
    CHECK_INT(dv_voice_load(dir, "good", &v, &e), 0);
    CHECK_STR(v.name, "good");
    CHECK_STR(v.description, "Test voice");
    CHECK_STR(v.language, "zh");
    CHECK_STR(v.espeak, "cmn-latn-pinyin");
    CHECK_STR(v.latin, "en-us");
    CHECK_INT(v.rate, 175);
    CHECK_INT(v.pitch, 50);
    CHECK_INT(v.range, 40);
    CHECK_INT(v.volume, 100);
    CHECK_INT(v.pause_sentence, 300);
    CHECK_INT(v.pause_paragraph, 700);
    CHECK_INT(v.pause_heading_before, 1200);
    CHECK_INT(v.pause_heading_after, 900);

    /* Errors name the file and, for a bad line, the line. */
    put_variant("unk", "pitch", "pitch = 50\nspeed = 3");
    expect_err("unk", "%s/unk.conf:8: unknown key 'speed'");
    put_variant("slow", "rate", "rate = 79");
    expect_err("slow", "%s/slow.conf:6: rate must be 80..450, not '79'");
    put_variant("fast", "rate", "rate = 451");
    expect_err("fast", "%s/fast.conf:6: rate must be 80..450, not '451'");
    put_variant("word", "rate", "rate = fast");
    expect_err("word", "%s/word.conf:6: rate must be 80..450, not 'fast'");
    put_variant("loud", "volume", "volume = 201");
    expect_err("loud", "%s/loud.conf:9: volume must be 0..200, not '201'");
    put_variant("noesp", "espeak", NULL);
    expect_err("noesp", "%s/noesp.conf: missing 'espeak'");
    put_variant("nopause", "pause_heading_after", NULL);
    expect_err("nopause", "%s/nopause.conf: missing 'pause_heading_after'");
    put_variant("lang", "language", "language = fr");
    expect_err("lang", "%s/lang.conf:3: language must be zh, en or yue, not 'fr'");
    put_variant("twice", "rate", "rate = 175\nrate = 180");
    expect_err("twice", "%s/twice.conf:7: 'rate' given twice");
    put_variant("noeq", "pitch", "pitch 50");
    expect_err("noeq", "%s/noeq.conf:7: expected 'key = value'");
    put_variant("empty", "latin", "latin =");
    expect_err("empty", "%s/empty.conf:5: latin is empty");

    /* Names stay inside the directory; unknown names point at the list. */
    e.msg[0] = 0;
    CHECK_INT(dv_voice_load(dir, "../good", &v, &e), -1);
    CHECK_STR(e.msg, "invalid voice name '../good'");
    CHECK_INT(dv_voice_load(dir, "a/b", &v, &e), -1);
    CHECK_STR(e.msg, "invalid voice name 'a/b'");
    CHECK_INT(dv_voice_load(dir, "", &v, &e), -1);
    CHECK_INT(dv_voice_load(dir, "nosuch", &v, &e), -1);
    CHECK_STR(e.msg, "unknown voice 'nosuch' (see dotvox voices)");
}

/* dv_voice_list's JSON, checked by Python's parser. */
static void test_list(void)
{
    char out[128];
    dv_err e = {""};
    snprintf(out, sizeof out, "%s/list.json", dir);
    FILE *f = fopen(out, "w");
    CHECK(f != NULL);
    if (!f) return;
    int rc = dv_voice_list("voices", f, 1, &e);
    if (rc) fprintf(stderr, "%s\n", e.msg);
    CHECK_INT(rc, 0);
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); "
             "n=[x[\"name\"] for x in v]; "
             "assert n==[\"cantonese\",\"english\",\"mandarin\",\"mandarin-slow\"], n; "
             "m=v[2]; assert m[\"espeak\"]==\"cmn-latn-pinyin\" and m[\"language\"]==\"zh\" "
             "and m[\"latin\"]==\"en-us\" and isinstance(m[\"rate\"],int) and m[\"description\"]' %s",
             out);
    CHECK_INT(system(cmd), 0);

    /* Text: one line per voice. */
    char buf[4096] = "";
    f = fmemopen(buf, sizeof buf - 1, "w");
    CHECK_INT(dv_voice_list("voices", f, 0, &e), 0);
    fclose(f);
    int lines = 0;
    for (char *p = buf; (p = strchr(p, '\n')); p++) lines++;
    CHECK_INT(lines, 4);
    CHECK(strstr(buf, "mandarin-slow") != NULL);
    CHECK(strstr(buf, "cmn-latn-pinyin") != NULL);

    /* A broken profile fails the listing (the test dir holds several). */
    f = fopen("/dev/null", "w");
    CHECK_INT(dv_voice_list(dir, f, 1, &e), -1);
    fclose(f);
    CHECK(strstr(e.msg, dir) != NULL);
    CHECK_INT(dv_voice_list("/nonexistent-dotvox", stdout, 0, &e), -1);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dv-voice-XXXXXX");
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 1; }
    test_shipped();
    test_parse();
    test_list();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    return T_DONE();
}
