/* loudness.c -- two-pass loudness normalization; see loudness.h.
 *
 * Pass one measures integrated loudness with libebur128, and the sample
 * peak.  (libebur128's true-peak mode costs a 4x oversampling FIR, as
 * much as eSpeak NG's synthesis in the audio benchmark, so it is not
 * used.)  If the sample peak plus the gain stays PEAK_HEADROOM_DB under
 * the ceiling, no true peak can reach it and pass two only multiplies.
 * Otherwise a look-ahead limiter runs:
 *
 *   r[i]  gain the sample needs: ceiling / peak, where peak is the largest
 *         of |y[i]| and three 4x-interpolated values between y[i] and
 *         y[i+1] (windowed sinc, 12 taps a phase).  The interpolation is
 *         only computed where some tap could reach the ceiling (bound:
 *         max |tap input| times the phase's L1 norm), i.e. rarely.
 *   h[i]  min of r over i..i+L (L = 5 ms look-ahead),
 *   g[i]  h with a 50 ms exponential release (never above h),
 *   s[i]  mean of g over i-L+1..i: a linear-ish attack over L samples.
 *
 * At a peak p every g in p-L..p is <= r[p], so s[p] <= r[p]: the peak is
 * brought to the ceiling, and the gain moves smoothly (no clicks).  L
 * samples of silence are run through first so that this holds for a peak
 * at the very start too.  The
 * limiter aims MARGIN_DB under the ceiling because its estimator and a
 * meter's (libebur128 uses a 49-tap 4x filter) may disagree slightly. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <ebur128.h>
#include "loudness.h"
#include "util.h"

#define MARGIN_DB 0.1
/* How far a true peak may rise above the sample peak: at most about 3 dB
 * for a band-limited signal (a full-scale sine at fs/4, sampled 45
 * degrees off its crests). */
#define PEAK_HEADROOM_DB 3.0
enum { CHUNK = 4096, HALF = 6, OS = 4 };

struct dv_pcmtmp {
    FILE *fp;
    char *dir;
    int rate;
    size_t n;
    int peak;             /* largest |sample| written */
    ebur128_state *st;
    char iobuf[1 << 16];
};

int dv_pcmtmp_open(dv_pcmtmp **pp, const char *dir, int rate, dv_err *e)
{
    *pp = NULL;
    size_t len = strlen(dir) + 32;
    char *path = dv_malloc(len);
    snprintf(path, len, "%s/.dotvox-pcm-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0) {
        int err = errno;
        free(path);
        return dv_errf(e, "%s: cannot create a temp file: %s", dir, strerror(err));
    }
    /* Unlinked at once: the samples vanish with the process, however it
     * ends. */
    unlink(path);
    free(path);
    dv_pcmtmp *p = dv_calloc(1, sizeof *p);
    p->fp = fdopen(fd, "w+b");
    if (!p->fp) {
        int err = errno;
        close(fd);
        free(p);
        return dv_errf(e, "%s: cannot open a temp file: %s", dir, strerror(err));
    }
    setvbuf(p->fp, p->iobuf, _IOFBF, sizeof p->iobuf);
    p->st = ebur128_init(1, (unsigned long)rate,
                         EBUR128_MODE_I);
    if (!p->st) {
        fclose(p->fp);
        free(p);
        return dv_errf(e, "loudness meter: cannot start at %d Hz", rate);
    }
    p->dir = dv_strdup(dir);
    p->rate = rate;
    *pp = p;
    return 0;
}

void dv_pcmtmp_close(dv_pcmtmp *p)
{
    if (!p)
        return;
    fclose(p->fp);
    ebur128_destroy(&p->st);
    free(p->dir);
    free(p);
}

int dv_pcmtmp_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    dv_pcmtmp *p = ctx;
    if (n == 0)
        return 0;
    if (fwrite(pcm, sizeof *pcm, n, p->fp) != n)
        return dv_errf(e, "%s: temp file write failed: %s", p->dir,
                       strerror(errno));
    for (size_t i = 0; i < n; i++) {
        int a = pcm[i] < 0 ? -(int)pcm[i] : pcm[i];
        if (a > p->peak) p->peak = a;
    }
    if (ebur128_add_frames_short(p->st, pcm, n) != EBUR128_SUCCESS)
        return dv_errf(e, "loudness meter: out of memory");
    p->n += n;
    return 0;
}

size_t dv_pcmtmp_samples(const dv_pcmtmp *p)
{
    return p->n;
}

double dv_pcmtmp_loudness(const dv_pcmtmp *p)
{
    double l;
    if (ebur128_loudness_global(p->st, &l) != EBUR128_SUCCESS)
        return -HUGE_VAL;
    return l;
}

double dv_pcmtmp_peak_bound(const dv_pcmtmp *p)
{
    if (p->peak == 0)
        return -HUGE_VAL;
    return 20 * log10(p->peak / 32768.0) + PEAK_HEADROOM_DB;
}

/* ---- pass two ------------------------------------------------------------ */

typedef struct out {
    int16_t buf[CHUNK];
    int n;
    dv_pcm_sink sink;
    void *ctx;
} out;

static int emit(out *o, double v, dv_err *e)
{
    long s = lrint(v);
    o->buf[o->n++] = (int16_t)(s > 32767 ? 32767 : s < -32768 ? -32768 : s);
    if (o->n == CHUNK) {
        o->n = 0;
        return o->sink(o->ctx, o->buf, CHUNK, e);
    }
    return 0;
}

static int silence(out *o, size_t n, dv_err *e)
{
    while (n--)
        if (emit(o, 0, e) != 0)
            return -1;
    return 0;
}

/* Ring sizes: powers of two above the limiter's delay. */
typedef struct limiter {
    double ceil;                 /* linear, in sample units */
    double coef[OS][2 * HALF];   /* phases 1..3 used */
    double l1;                   /* largest phase L1 norm */
    int L, mask;
    double rel;                  /* release step toward 1 */
    double *y, *g;               /* rings: gained input, released gain */
    long *dq;                    /* sliding-min deque of indices */
    double *dqv;
    unsigned dq_head, dq_len;    /* wrap harmlessly: used under mask */
    long n;                      /* samples pushed */
    long last_hot;               /* last index whose |y| could reach ceil */
    double gprev, gsum;
    int skip;                    /* pre-roll outputs to drop */
} limiter;

static void lim_init(limiter *m, int rate, double ceil)
{
    memset(m, 0, sizeof *m);
    m->ceil = ceil;
    m->L = rate / 200 > 1 ? rate / 200 : 1;
    int size = 1;
    while (size < m->L + 4 * HALF + 4)
        size <<= 1;
    m->mask = size - 1;
    m->y = dv_calloc((size_t)size, sizeof *m->y);
    m->g = dv_calloc((size_t)size, sizeof *m->g);
    m->dq = dv_calloc((size_t)size, sizeof *m->dq);
    m->dqv = dv_calloc((size_t)size, sizeof *m->dqv);
    m->rel = 1 - exp(-1.0 / (0.050 * rate));
    for (int p = 1; p < OS; p++) {
        double sum = 0, l1 = 0;
        for (int k = 0; k < 2 * HALF; k++) {
            /* tap k multiplies y[m - HALF + 1 + k]; t is its distance
             * from the interpolated point m + p/OS. */
            double t = (double)p / OS + HALF - 1 - k;
            double s = t == 0 ? 1 : sin(M_PI * t) / (M_PI * t);
            double w = 0.5 * (1 + cos(M_PI * t / HALF));
            m->coef[p][k] = s * w;
            sum += s * w;
        }
        for (int k = 0; k < 2 * HALF; k++) {
            m->coef[p][k] /= sum;
            l1 += fabs(m->coef[p][k]);
        }
        if (l1 > m->l1)
            m->l1 = l1;
    }
    if (m->l1 < 1)
        m->l1 = 1;
    /* Before the start everything is silence at unity gain. */
    for (int i = 0; i < size; i++)
        m->g[i] = 1;
    m->gprev = 1;
    m->gsum = m->L;
    m->last_hot = -(long)size;
}

static void lim_free(limiter *m)
{
    free(m->y);
    free(m->g);
    free(m->dq);
    free(m->dqv);
}

/* Gain sample i (whose taps up to i + HALF are in the ring) needs. */
static double need(limiter *m, long i)
{
    if (m->last_hot < i - HALF + 1)
        return 1;
    double peak = fabs(m->y[i & m->mask]);
    for (int p = 1; p < OS; p++) {
        double v = 0;
        for (int k = 0; k < 2 * HALF; k++)
            v += m->coef[p][k] * m->y[(i - HALF + 1 + k) & m->mask];
        if (fabs(v) > peak)
            peak = fabs(v);
    }
    return peak > m->ceil ? m->ceil / peak : 1;
}

/* Pushes one gained sample; emits the sample L + HALF earlier (if any). */
static int lim_push(limiter *m, double y, out *o, dv_err *e)
{
    long n = m->n++;
    m->y[n & m->mask] = y;
    if (fabs(y) * m->l1 > m->ceil)
        m->last_hot = n;
    long i = n - HALF;               /* r[i] is now computable */
    if (i < 0)
        return 0;
    double r = need(m, i);
    /* Sliding minimum of r over the last L + 1 indices. */
    while (m->dq_len > 0 &&
           m->dqv[(m->dq_head + m->dq_len - 1) & m->mask] >= r)
        m->dq_len--;
    m->dq[(m->dq_head + m->dq_len) & m->mask] = i;
    m->dqv[(m->dq_head + m->dq_len) & m->mask] = r;
    m->dq_len++;
    long j = i - m->L;               /* h[j] = min r[j..i] */
    if (j < 0)
        return 0;
    while (m->dq[m->dq_head & m->mask] < j) {
        m->dq_head++;
        m->dq_len--;
    }
    double h = m->dqv[m->dq_head & m->mask];
    double g = m->gprev + (1 - m->gprev) * m->rel;
    if (h < g)
        g = h;
    m->gprev = g;
    m->gsum += g - m->g[(j - m->L) & m->mask];
    m->g[j & m->mask] = g;
    double s = m->gsum / m->L;
    if (m->skip > 0) {
        m->skip--;
        return 0;
    }
    return emit(o, m->y[j & m->mask] * (s < 1 ? s : 1), e);
}

int dv_pcmtmp_replay(dv_pcmtmp *p, double gain_db, double ceiling_dbtp,
                     int lead_ms, int tail_ms, dv_pcm_sink sink, void *ctx,
                     dv_err *e)
{
    /* Silence measures -inf LUFS; no gain makes it louder. */
    if (!isfinite(gain_db))
        gain_db = 0;
    double gain = pow(10, gain_db / 20);
    double ceil = 32768 * pow(10, (ceiling_dbtp - MARGIN_DB) / 20);
    int fast = dv_pcmtmp_peak_bound(p) + gain_db <= ceiling_dbtp - MARGIN_DB;
    out *o = dv_malloc(sizeof *o);
    o->n = 0;
    o->sink = sink;
    o->ctx = ctx;
    int16_t *in = dv_malloc(CHUNK * sizeof *in);
    limiter m;
    int rc = -1;
    if (!fast) {
        lim_init(&m, p->rate, ceil);
        /* L samples of silence first (their output is dropped) so that
         * the gain can already be down at a peak on the first sample. */
        m.skip = m.L;
        for (int i = 0; i < m.L; i++)
            if (lim_push(&m, 0, o, e) != 0)
                goto done;
    }
    if (fflush(p->fp) != 0 || fseek(p->fp, 0, SEEK_SET) != 0) {
        dv_errf(e, "%s: temp file write failed: %s", p->dir, strerror(errno));
        goto done;
    }
    if (silence(o, (size_t)lead_ms * (size_t)p->rate / 1000, e) != 0)
        goto done;
    for (size_t left = p->n; left > 0;) {
        size_t k = left < CHUNK ? left : CHUNK;
        if (fread(in, sizeof *in, k, p->fp) != k) {
            dv_errf(e, "%s: temp file read failed: %s", p->dir,
                    ferror(p->fp) ? strerror(errno) : "file shrank");
            goto done;
        }
        for (size_t i = 0; i < k; i++)
            if ((fast ? emit(o, in[i] * gain, e)
                      : lim_push(&m, in[i] * gain, o, e)) != 0)
                goto done;
        left -= k;
    }
    /* Flush the limiter's delay with the first tail samples. */
    if (!fast) {
        for (long i = 0; i < m.L + HALF; i++)
            if (lim_push(&m, 0, o, e) != 0)
                goto done;
    }
    if (silence(o, (size_t)tail_ms * (size_t)p->rate / 1000, e) != 0)
        goto done;
    if (o->n > 0 && sink(ctx, o->buf, (size_t)o->n, e) != 0)
        goto done;
    rc = 0;
done:
    if (!fast)
        lim_free(&m);
    free(in);
    free(o);
    return rc;
}

double dv_loudness_of(const int16_t *pcm, size_t n, int rate)
{
    ebur128_state *st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I);
    if (!st)
        return NAN;
    double l = -HUGE_VAL;
    for (size_t i = 0; i < n; i += CHUNK) {
        size_t k = n - i < CHUNK ? n - i : CHUNK;
        if (ebur128_add_frames_short(st, pcm + i, k) != EBUR128_SUCCESS)
            goto done;
    }
    if (ebur128_loudness_global(st, &l) != EBUR128_SUCCESS)
        l = -HUGE_VAL;
done:
    ebur128_destroy(&st);
    return l;
}
