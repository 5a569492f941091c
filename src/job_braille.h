/* job_braille.h -- one source file to a braille book, recorded in the
 * manifest.  The pipeline every front end (braille/convert, later batch
 * and serve) runs:
 *
 *   textin -> structure (dv_doc) -> brl (liblouis) -> layout (dv_book)
 *          -> writers (BRF per volume + whole book, PEF, Unicode .txt)
 *          -> store (title, job, outputs, figures)
 *
 * Input errors (missing, unreadable, binary, invalid bytes, empty) are
 * reported before anything is recorded.  Once the job row exists, any
 * failure marks it failed and removes the outputs this job wrote; the job
 * is marked done only after every file has been renamed into place. */
#ifndef DV_JOB_BRAILLE_H
#define DV_JOB_BRAILLE_H

#include "brl.h"
#include "doc.h"
#include "util.h"
#include "err.h"
#include "store.h"
#include "zhbrl.h"

/* Called now and then during a long job with what is being made
 * ("braille", "audio") and how much of it is done, 0..1.  Cheap to call
 * often: the callee decides when to draw. */
typedef void (*dv_progress_fn)(void *ctx, const char *what, double done);

typedef struct dv_braille_opts {
    const char *title, *author, *lang, *encoding;
    int lenient, no_reflow;
    const char *system;    /* Chinese: "common" (default) or "current" */
    int grade;             /* English: 2 (default) or 1 */
    const char *tables;    /* --table: a liblouis list, overrides system */
    const char *embosser;  /* profile name, default "brf-40x25" */
    int volume_sheets;     /* default 60 */
    int duplex;
    const char *outdir;
    const char *requester;
    const char *const *lexicons;  /* user PLS lexicons for Chinese */
    int nlexicons;
    int jobs;              /* worker processes for translation (0 = 1) */
    long long job;         /* a claimed queue job to run, or 0: a new one */
    dv_progress_fn progress;   /* may be NULL */
    void *progress_ctx;
} dv_braille_opts;

/* Compiled tables, one per table list, and the reading layer, kept for
 * the life of a process (liblouis compiles once per list; the reading
 * layer maps its dictionary once). */
typedef struct dv_brl_cache {
    dv_brl *brl[8];
    dv_zhbrl *zh[8];      /* Chinese preparation for brl[i], or NULL */
    int n;
    dv_reader *reader;    /* opened on the first Chinese book */
} dv_brl_cache;
/* The Chinese stage for b (which must come from this cache). */
int dv_brl_cache_zh(dv_brl_cache *c, dv_brl *b, const dv_braille_opts *o,
                    dv_zhbrl **out, dv_err *e);
int dv_brl_cache_get(dv_brl_cache *c, const char *tables, dv_brl **out,
                     dv_err *e);
void dv_brl_cache_free(dv_brl_cache *c);

typedef struct dv_braille_result {
    long long job, dup_of;
    char identifier[32];
    char *title;
    const char *tables;
    dv_figures fig;
    dv_output_rec *outs;  /* one per file written, in order */
    int nouts, capouts;
    long replaced;        /* --lenient replacements */
    char encoding[16];
} dv_braille_result;

/* Shared by the braille and audio jobs. */

/* Appends ";lexicon=SHA256" per user lexicon to a settings string: a
 * changed lexicon is a change of settings. */
void dv_settings_lexicons(dv_buf *b, const char *const *lexicons, int n);

/* Records the title and the running job for d: a new job, or the queue
 * job claimed (running, given its title and settings).  Sets r->job and
 * r->dup_of. */
int dv_job_record(dv_store *s, const dv_doc *d, const char *kind,
                  const char *settings, const char *requester,
                  long long claimed, dv_braille_result *r, dv_err *e);

/* Converts path.  On failure returns -1 with e filled; r->job is the job
 * id if one was recorded (failed), else 0. */
int dv_braille_file(const char *path, const dv_braille_opts *o, dv_store *s,
                    dv_brl_cache *cache, dv_braille_result *r, dv_err *e);
void dv_braille_result_free(dv_braille_result *r);
/* Records an output file of the job (path and sha256 copied). */
void dv_result_add(dv_braille_result *r, const char *path, const char *format,
                   const char *sha256, long long bytes);
/* The same for a finished file, its size and sha256 read from disk. */
int dv_result_add_file(dv_braille_result *r, const char *path,
                       const char *format, dv_err *e);

#endif
