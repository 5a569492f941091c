/* test_loudness.c -- two-pass normalization: target loudness, true-peak
 * ceiling (measured independently with libebur128), exact silences. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ebur128.h>
#include "loudness.h"
#include "util.h"
#include "t.h"

#define RATE 22050

typedef struct pcmbuf {
    int16_t *s;
    size_t n, cap;
} pcmbuf;

static int collect(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    (void)e;
    pcmbuf *b = ctx;
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2;
        b->s = dv_realloc(b->s, b->cap * sizeof *b->s);
    }
    memcpy(b->s + b->n, pcm, n * sizeof *pcm);
    b->n += n;
    return 0;
}

/* Speech-like: 150 Hz harmonics, syllable-rate modulation, noise; with
 * spikes > 0, sparse sharp clicks far above the rest (a high crest factor
 * that forces the limiter to work). */
static int16_t *signal_of(size_t n, double amp, double spikes)
{
    int16_t *s = dv_malloc(n * sizeof *s);
    uint32_t r = 777;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / RATE, v = 0;
        for (int h = 1; h <= 6; h++)
            v += sin(2 * M_PI * 150 * h * t + h) / h;
        v *= 0.6 + 0.4 * sin(2 * M_PI * 3.7 * t);
        r = r * 1664525u + 1013904223u;
        v += ((double)(r >> 8) / (1 << 24) - 0.5) * 0.1;
        v *= amp;
        if (spikes > 0 && i % 2205 < 3)
            v = (i % 2205 == 1 ? -spikes : spikes * 0.7);
        long x = lrint(v * 32767);
        s[i] = (int16_t)(x > 32767 ? 32767 : x < -32768 ? -32768 : x);
    }
    return s;
}

static double true_peak_db(const int16_t *pcm, size_t n)
{
    ebur128_state *st = ebur128_init(1, RATE, EBUR128_MODE_TRUE_PEAK);
    double tp = 0;
    ebur128_add_frames_short(st, pcm, n);
    ebur128_true_peak(st, 0, &tp);
    ebur128_destroy(&st);
    return tp > 0 ? 20 * log10(tp) : -HUGE_VAL;
}

static void normalize(const char *dir, double amp, double spikes, int limited)
{
    size_t n = 10 * RATE;
    int16_t *in = signal_of(n, amp, spikes);
    dv_err e = { "" };
    dv_pcmtmp *p;
    CHECK_INT(dv_pcmtmp_open(&p, dir, RATE, &e), 0);
    if (!p)
        return;
    for (size_t at = 0; at < n; at += 5000)
        CHECK_INT(dv_pcmtmp_sink(p, in + at, n - at < 5000 ? n - at : 5000, &e), 0);
    CHECK_INT(dv_pcmtmp_samples(p), (long long)n);
    double l = dv_pcmtmp_loudness(p), tp = true_peak_db(in, n);
    CHECK(fabs(l - dv_loudness_of(in, n, RATE)) < 0.01);
    /* the bound is above the true peak, and not by more than 3 dB */
    CHECK(dv_pcmtmp_peak_bound(p) >= tp - 0.01);
    CHECK(dv_pcmtmp_peak_bound(p) <= tp + 3.01);
    double gain = -18 - l;
    /* Whether the limiter had work to do is part of what is tested;
     * limited == 2: so much that the loudness target cannot hold. */
    CHECK_INT(tp + gain > -1, limited > 0);
    pcmbuf out = { 0 };
    CHECK_INT(dv_pcmtmp_replay(p, gain, -1, 750, 1250, collect, &out, &e), 0);
    size_t lead = 750 * RATE / 1000, tail = 1250 * RATE / 1000;
    CHECK_INT(out.n, (long long)(lead + n + tail));
    size_t nz = 0;
    for (size_t i = 0; i < lead; i++)
        nz += out.s[i] != 0;
    for (size_t i = lead + n; i < out.n; i++)
        nz += out.s[i] != 0;
    CHECK_INT(nz, 0);
    CHECK(out.s[lead + 1] != 0);
    double lo = dv_loudness_of(out.s, out.n, RATE);
    double tpo = true_peak_db(out.s, out.n);
    fprintf(stderr, "in %.2f LUFS %.2f dBTP -> out %.2f LUFS %.2f dBTP\n",
            l, tp, lo, tpo);
    if (limited < 2)
        CHECK(fabs(lo + 18) < 0.5);
    else    /* limiting 10 dB ten times a second costs loudness */
        CHECK(lo < -18 && lo > -26);
    CHECK(tpo <= -1.0);
    if (limited)
        CHECK(tpo > -3.0);              /* limited, not crushed */
    /* Replaying twice gives the same samples. */
    pcmbuf again = { 0 };
    CHECK_INT(dv_pcmtmp_replay(p, gain, -1, 750, 1250, collect, &again, &e), 0);
    CHECK(again.n == out.n && !memcmp(again.s, out.s, out.n * sizeof *out.s));
    free(again.s);
    free(out.s);
    free(in);
    dv_pcmtmp_close(p);
}

static void silent(const char *dir)
{
    size_t n = 5 * RATE;
    int16_t *z = dv_calloc(n, sizeof *z);
    dv_err e;
    dv_pcmtmp *p;
    CHECK_INT(dv_pcmtmp_open(&p, dir, RATE, &e), 0);
    CHECK_INT(dv_pcmtmp_sink(p, z, n, &e), 0);
    double l = dv_pcmtmp_loudness(p);
    CHECK(isinf(l) && l < 0);
    CHECK(isinf(dv_pcmtmp_peak_bound(p)));
    pcmbuf out = { 0 };
    CHECK_INT(dv_pcmtmp_replay(p, -18 - l, -1, 100, 200, collect, &out, &e), 0);
    CHECK_INT(out.n, (long long)(n + 300 * RATE / 1000));
    size_t nz = 0;
    for (size_t i = 0; i < out.n; i++)
        nz += out.s[i] != 0;
    CHECK_INT(nz, 0);
    free(out.s);
    free(z);
    dv_pcmtmp_close(p);
    /* Nothing at all. */
    CHECK_INT(dv_pcmtmp_open(&p, dir, RATE, &e), 0);
    pcmbuf none = { 0 };
    CHECK_INT(dv_pcmtmp_replay(p, 0, -1, 0, 10, collect, &none, &e), 0);
    CHECK_INT(none.n, RATE / 100);
    free(none.s);
    dv_pcmtmp_close(p);
}

int main(void)
{
    char dir[] = "/tmp/test_loudness.XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    /* A 997 Hz sine at half scale reads -9.03 LUFS (BS.1770: a full-scale
     * sine is -3.01). */
    size_t n = 5 * RATE;
    int16_t *s = dv_malloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = (int16_t)lrint(16384 * sin(2 * M_PI * 997 * i / RATE));
    CHECK(fabs(dv_loudness_of(s, n, RATE) + 9.03) < 0.1);
    free(s);

    normalize(dir, 0.05, 0, 0);      /* quiet, modest peaks: gain only */
    normalize(dir, 0.05, 0.9, 2);    /* loud clicks: limiter, TP only */
    normalize(dir, 0.9, 0, 0);       /* loud: gain down only */
    normalize(dir, 0.05, 0.2, 1);    /* milder clicks */
    silent(dir);

    dv_err e;
    dv_pcmtmp *p;
    CHECK_INT(dv_pcmtmp_open(&p, "/nonexistent/dir", RATE, &e), -1);
    CHECK(strstr(e.msg, "/nonexistent/dir") != NULL);
    /* The temp files were unlinked at once: the directory is empty. */
    CHECK_INT(rmdir(dir), 0);
    return T_DONE();
}
