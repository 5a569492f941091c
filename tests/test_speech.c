/* test_speech.c -- speech through the real eSpeak NG: audio comes out at
 * 22050 Hz and is not silence, silence is exact, a failing sink stops
 * synthesis with its own error, unknown voices are errors, and the phoneme
 * trace shows whether eSpeak NG fell back to English. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "speech.h"
#include "t.h"
#include "voice.h"

typedef struct pcm {
    size_t n, calls, loud;   /* loud: samples with |x| > 1000 */
    int peak;
    size_t fail_after;       /* sink fails once n reaches this (0: never) */
} pcm;

static int sink(void *ctx, const int16_t *p, size_t n, dv_err *e)
{
    pcm *c = ctx;
    c->calls++;
    for (size_t i = 0; i < n; i++) {
        int a = abs(p[i]);
        if (a > c->peak) c->peak = a;
        if (a > 1000) c->loud++;
    }
    c->n += n;
    if (c->fail_after && c->n >= c->fail_after)
        return dv_errf(e, "out.mp3: disk full");
    return 0;
}

static dv_voice voice(void)
{
    dv_voice v;
    memset(&v, 0, sizeof v);
    strcpy(v.name, "test");
    strcpy(v.espeak, "cmn-latn-pinyin");
    strcpy(v.latin, "en-us");
    v.rate = 175;
    v.pitch = 50;
    v.range = 50;
    v.volume = 100;
    return v;
}

static void test_say(dv_speech *s)
{
    dv_voice v = voice();
    dv_err e = {""};
    CHECK_INT(dv_speech_rate(s), 22050);

    pcm zh = {0};
    int rc = dv_speech_say(s, &v, "cmn-latn-pinyin",
                           "zhe4 jiang1 tu2 shu1 guan3, er4 ling2 yi1 si4 "
                           "nian2 gong1 zuo4 ji4 hua4.", sink, &zh, &e);
    if (rc) fprintf(stderr, "%s\n", e.msg);
    CHECK_INT(rc, 0);
    /* 19 syllables: several seconds of sound, a good part of it loud. */
    CHECK(zh.n > 2 * 22050);
    CHECK(zh.n < 20 * 22050);
    CHECK(zh.peak > 5000);
    CHECK(zh.loud > zh.n / 10);
    CHECK(zh.calls > 1);   /* delivered in pieces, not all at once */

    pcm en = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us",
                            "The library opens a reading room for blind "
                            "readers.", sink, &en, &e), 0);
    CHECK(en.n > 22050);
    CHECK(en.peak > 5000);
    CHECK(en.loud > en.n / 10);

    /* Rate and volume come from the profile. */
    dv_voice slow = v;
    slow.rate = 100;
    pcm zs = {0};
    CHECK_INT(dv_speech_say(s, &slow, "cmn-latn-pinyin",
                            "zhe4 jiang1 tu2 shu1 guan3, er4 ling2 yi1 si4 "
                            "nian2 gong1 zuo4 ji4 hua4.", sink, &zs, &e), 0);
    CHECK(zs.n > zh.n * 14 / 10);
    dv_voice quiet = v;
    quiet.volume = 0;
    pcm q = {0};
    CHECK_INT(dv_speech_say(s, &quiet, "en-us", "hello", sink, &q, &e), 0);
    CHECK(q.n > 0);
    CHECK(q.peak < 100);

    /* Empty text is no error. */
    pcm none = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us", "", sink, &none, &e), 0);
    CHECK(none.n < 22050);
}

static void test_silence(dv_speech *s)
{
    dv_err e = {""};
    pcm c = {0};
    CHECK_INT(dv_speech_silence(s, 1000, sink, &c, &e), 0);
    CHECK_INT(c.n, 22050);
    CHECK_INT(c.peak, 0);
    c = (pcm){0};
    CHECK_INT(dv_speech_silence(s, 333, sink, &c, &e), 0);
    CHECK_INT(c.n, 333 * 22050 / 1000);
    c = (pcm){0};
    CHECK_INT(dv_speech_silence(s, 0, sink, &c, &e), 0);
    CHECK_INT(c.n, 0);
    c = (pcm){.fail_after = 1};
    CHECK_INT(dv_speech_silence(s, 500, sink, &c, &e), -1);
    CHECK_STR(e.msg, "out.mp3: disk full");
}

static void test_errors(dv_speech *s)
{
    dv_voice v = voice();
    dv_err e = {""};
    const char *text = "The library opens a new reading room for blind "
                       "readers next spring, with braille books and audio "
                       "books for everyone who asks for them.";

    /* How long the whole text is, then a sink that fails early. */
    pcm all = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us", text, sink, &all, &e), 0);
    pcm c = {.fail_after = 1};
    CHECK_INT(dv_speech_say(s, &v, "en-us", text, sink, &c, &e), -1);
    CHECK_STR(e.msg, "out.mp3: disk full");
    CHECK_INT(c.calls, 1);           /* no buffer after the refusal */
    CHECK(c.n < all.n / 2);

    /* The engine is usable afterwards (eSpeak NG's lengths vary by a few
     * hundred samples from one run to the next anyway). */
    pcm again = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us", text, sink, &again, &e), 0);
    CHECK(again.n > all.n * 98 / 100 && again.n < all.n * 102 / 100);

    /* (Not "klingon": eSpeak NG has that one, as piqd.) */
    pcm x = {0};
    CHECK_INT(dv_speech_say(s, &v, "nosuch-voice", "hello", sink, &x, &e), -1);
    CHECK_STR(e.msg, "eSpeak NG has no voice 'nosuch-voice'");
    CHECK_INT(x.calls, 0);
    CHECK_INT(dv_speech_phonemes(s, "nosuch-voice", "hello", stderr, &e), -1);
    CHECK_STR(e.msg, "eSpeak NG has no voice 'nosuch-voice'");
}

/* The phoneme trace of text, as a string (caller frees). */
static char *trace(dv_speech *s, const char *voice, const char *text)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    dv_err e = {""};
    int rc = dv_speech_phonemes(s, voice, text, f, &e);
    if (rc) fprintf(stderr, "%s\n", e.msg);
    CHECK_INT(rc, 0);
    fclose(f);
    return buf;
}

static void test_phonemes(dv_speech *s)
{
    /* The reading layer's pinyin (v for u-umlaut, 5 for the neutral tone)
     * is read as Mandarin, with no switch to English. */
    char *t = trace(s, "cmn-latn-pinyin",
                    "zhe4 jiang1 tu2 shu1 guan3 yin2 hang2 lv4 se4 de5");
    CHECK(strstr(t, "(en)") == NULL);
    CHECK(strstr(t, "ts.'o-51") != NULL);   /* zhe4: tone 5-1 */
    CHECK(strstr(t, "l'y51") != NULL);      /* lv4 is l + u-umlaut */
    CHECK(strstr(t, "t@11") != NULL);       /* de5: short, neutral */
    free(t);

    /* The check can fail: the cmn voice reads this Hanzi as English
     * letters, which is why the pinyin voice is used. */
    t = trace(s, "cmn", "书");
    CHECK(strstr(t, "(en)") != NULL);
    free(t);
    t = trace(s, "cmn-latn-pinyin", "library");
    CHECK(strstr(t, "(en)") != NULL);
    free(t);

    /* Cantonese reads Hanzi itself. */
    t = trace(s, "yue", "香港图书馆");
    CHECK(strstr(t, "(en)") == NULL);
    CHECK(strstr(t, "h'oeng1") != NULL);
    free(t);

    /* Tracing is off again afterwards: saying something writes nothing
     * more to the last stream. */
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    dv_err e;
    CHECK_INT(dv_speech_phonemes(s, "en-us", "hello", f, &e), 0);
    fflush(f);
    size_t before = n;
    dv_voice v = voice();
    pcm c = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us", "hello again", sink, &c, &e), 0);
    fflush(f);
    CHECK_INT(n, before);
    fclose(f);
    free(buf);
}

/* Parallel work forks workers after dv_speech_open: a child synthesizes
 * with the parent's engine (and exits without tearing eSpeak NG down). */
static void test_fork(dv_speech *s)
{
    dv_voice v = voice();
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        dv_err e;
        pcm c = {0};
        int rc = dv_speech_say(s, &v, "cmn-latn-pinyin", "shu1 guan3", sink,
                               &c, &e);
        _exit(rc == 0 && c.n > 22050 / 2 && c.peak > 5000 ? 0 : 1);
    }
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

/* A second engine after the first is closed (eSpeak NG 1.51 hangs if it
 * was terminated in between; alarm turns a hang into a failure). */
static void test_reopen(void)
{
    dv_speech *s;
    dv_err e;
    alarm(20);
    CHECK_INT(dv_speech_open(&s, &e), 0);
    dv_voice v = voice();
    pcm c = {0};
    CHECK_INT(dv_speech_say(s, &v, "en-us", "hello", sink, &c, &e), 0);
    CHECK(c.n > 22050 / 4);
    dv_speech_close(s);
    alarm(0);
}

int main(void)
{
    dv_speech *s;
    dv_err e;
    if (dv_speech_open(&s, &e) != 0) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    test_say(s);
    test_silence(s);
    test_errors(s);
    test_phonemes(s);
    test_fork(s);
    dv_speech_close(s);
    test_reopen();
    return T_DONE();
}
