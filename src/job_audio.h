/* job_audio.h -- one source file to an audiobook, recorded in the
 * manifest:
 *
 *   dv_docsrc (blocks) -> chapters -> script (reading layer)
 *     -> speech (eSpeak NG) -> temp PCM + loudness (libebur128)
 *     -> gain + limiter + silence -> MP3 (LAME, ID3) [+ WAV/FLAC master]
 *
 * The book is read as a stream twice: once to learn which chapters say
 * something (so the number of tracks is known before the first is
 * tagged), once to hand each chapter to the worker that makes it.  No
 * more than one chapter's text is held: memory is bounded by the largest
 * chapter, not the book.  Chapters are synthesized and encoded in
 * parallel by forked worker processes (eSpeak NG and liblouis keep
 * global state), each streaming its audio through a temp file.  --single makes one MP3 with ID3 chapter frames, in this
 * process.  As for braille, input errors stop before the manifest is
 * touched, a failed job leaves no MP3 behind, and the job is done only
 * after every file is in place. */
#ifndef DV_JOB_AUDIO_H
#define DV_JOB_AUDIO_H

#include "job_braille.h"
#include "reading.h"
#include "speech.h"
#include "store.h"
#include "voice.h"

typedef struct dv_audio_opts {
    const char *title, *author, *lang, *encoding;
    int lenient, no_reflow;
    const char *voice;         /* profile name, default by language */
    int bitrate;               /* kbps, default 48 */
    int quality;               /* LAME 0..9, default 5 */
    int split_level;           /* default 1 */
    int single;
    const char *master;        /* NULL, "wav" or "flac" */
    int keep_script;
    double target_lufs;        /* default -18 */
    int jobs;
    const char *outdir;
    const char *requester;
    const char *const *lexicons;
    int nlexicons;
    long long job;             /* a claimed queue job to run, or 0 */
    dv_progress_fn progress;   /* may be NULL; see job_braille.h */
    void *progress_ctx;
} dv_audio_opts;

/* Process-wide engines, opened on first use and kept. */
typedef struct dv_audio_env {
    dv_speech *speech;
    dv_reader *reader;
} dv_audio_env;
void dv_audio_env_free(dv_audio_env *env);

/* The result shares dv_braille_result's shape: job, title, figures,
 * outputs. */
int dv_audio_file(const char *path, const dv_audio_opts *o, dv_store *s,
                  dv_audio_env *env, dv_braille_result *r, dv_err *e);

#endif
