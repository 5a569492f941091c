/* master.h -- PCM masters (WAV or FLAC, 16-bit mono) through libsndfile.
 *
 * The lossless copy of what went to the MP3, for archiving or re-encoding.
 * Written as PATH.tmp.PID, fsynced and renamed on dv_master_close: a
 * failed or interrupted job leaves no master behind.  Errors name PATH. */
#ifndef DV_MASTER_H
#define DV_MASTER_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"

typedef struct dv_master dv_master;

/* format: "wav" or "flac"; anything else is an error. */
int dv_master_open(dv_master **m, const char *path, int rate,
                   const char *format, dv_err *e);
/* dv_pcm_sink-compatible writer (ctx is a dv_master *). */
int dv_master_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e);
/* Finishes the file and renames it into place; frees m either way. */
int dv_master_close(dv_master *m, dv_err *e);
/* Removes the temp file and frees m. */
void dv_master_abort(dv_master *m);

#endif
