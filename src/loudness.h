/* loudness.h -- loudness normalization in two passes over a temp file.
 *
 * Pass one: synthesized samples are written to an unlinked temp file (so
 * memory does not grow with a chapter's length) and measured with
 * libebur128 (integrated loudness, EBU R 128 / ITU-R BS.1770) and the
 * sample peak.  Pass two: the samples are read back, multiplied by the gain that
 * brings them to the target, passed through a peak limiter that keeps
 * true peaks at or below the ceiling, and handed to a sink, framed by
 * silence. */
#ifndef DV_LOUDNESS_H
#define DV_LOUDNESS_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "speech.h"

typedef struct dv_pcmtmp dv_pcmtmp;

/* dir: where the temp file goes (the output directory, so a full disk
 * shows there). */
int dv_pcmtmp_open(dv_pcmtmp **p, const char *dir, int rate, dv_err *e);
void dv_pcmtmp_close(dv_pcmtmp *p);
/* dv_pcm_sink: ctx is a dv_pcmtmp *. */
int dv_pcmtmp_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e);
size_t dv_pcmtmp_samples(const dv_pcmtmp *p);
/* Integrated loudness in LUFS (-HUGE_VAL for silence) of what was
 * written, and an upper bound of its true peak in dBTP (the sample peak
 * plus 3 dB; -HUGE_VAL for silence). */
double dv_pcmtmp_loudness(const dv_pcmtmp *p);
double dv_pcmtmp_peak_bound(const dv_pcmtmp *p);

/* Pass two: lead_ms of silence, the samples with gain_db applied and
 * limited to ceiling_dbtp, tail_ms of silence, to sink (ctx). */
int dv_pcmtmp_replay(dv_pcmtmp *p, double gain_db, double ceiling_dbtp,
                     int lead_ms, int tail_ms, dv_pcm_sink sink, void *ctx,
                     dv_err *e);

/* Measures samples already final (for tests and the manifest): integrated
 * loudness of a whole file's PCM. */
double dv_loudness_of(const int16_t *pcm, size_t n, int rate);

#endif
