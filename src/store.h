/* store.h -- the manifest store: titles, jobs, outputs, figures.
 *
 * One interface, several back-ends: store_sqlite.c now (a file, WAL mode,
 * BEGIN IMMEDIATE for writes, a busy timeout, so several dotvox processes
 * share it); PostgreSQL later, behind the same functions.  Schema changes
 * are numbered migrations applied on open.
 *
 * A job's life: dv_store_job_new (queued) -> dv_store_job_start (running)
 * -> dv_store_job_done (done, with figures and outputs, one transaction)
 * or dv_store_job_fail (failed, with the error).  A job is recorded done
 * only after its output files have been renamed into place. */
#ifndef DV_STORE_H
#define DV_STORE_H

#include "err.h"

typedef struct dv_store dv_store;

typedef struct dv_title_rec {
    const char *identifier;   /* "dotvox-" + 16 hex of sha256 */
    const char *title, *author, *language, *sha256, *encoding;
    long long bytes;
} dv_title_rec;

typedef struct dv_figures {
    long long chars;    /* braille characters: non-white-space source code
                           points that went into braille */
    long long han;      /* Han characters among them */
    long long cells;    /* non-blank braille cells embossed */
    long long pages, sheets, volumes;
    /* audio jobs (tracks > 0): recorded in the audio table */
    double audio_seconds;
    long long tracks, audio_bytes;
    const char *voice;
    int bitrate;          /* kbps */
} dv_figures;

typedef struct dv_output_rec {
    const char *path, *format, *sha256;
    long long bytes;
} dv_output_rec;

/* path: a SQLite file (parent directories are created).  Applies
 * migrations.  Errors name the path. */
int dv_store_open(dv_store **s, const char *path, dv_err *e);
void dv_store_close(dv_store *s);

/* Inserts the title or finds it by sha256 (updating title/author if they
 * changed); returns its id. */
int dv_store_title(dv_store *s, const dv_title_rec *t, long long *title_id,
                   dv_err *e);

/* Creates a queued job.  settings is a canonical string of everything
 * that changes the output (kind, tables, layout...).  *dup_of is set to
 * the id of an earlier done, counted job for the same title and settings
 * (0 if none); such a job is recorded with duplicate_of and is not
 * counted again in reports. */
int dv_store_job_new(dv_store *s, long long title_id, const char *kind,
                     const char *settings, const char *requester,
                     long long *job_id, long long *dup_of, dv_err *e);
int dv_store_job_start(dv_store *s, long long job_id, dv_err *e);
int dv_store_job_done(dv_store *s, long long job_id, const dv_figures *f,
                      const dv_output_rec *outs, int nouts, dv_err *e);
int dv_store_job_fail(dv_store *s, long long job_id, const char *error,
                      dv_err *e);

/* Status of a job ("queued", "running", "done", "failed"), for tests and
 * the jobs command; buf gets the status, err (may be NULL) the error. */
int dv_store_job_status(dv_store *s, long long job_id, char *status,
                        size_t n, char *err, size_t errn, dv_err *e);

/* ---- the batch queue ----
 * A batch writes its jobs first (queued, with what to run), then worker
 * processes claim them one at a time in priority order.  A job a dead
 * worker left running is taken back: same host and the worker's pid gone
 * or started at another time, or its lease ran out. */

typedef struct dv_queue_item {
    const char *source;     /* the input file */
    const char *outdir;
    const char *kind;       /* "braille" or "audio" */
    const char *options;    /* for the worker, opaque to the store */
    const char *request;    /* the same request key is the same job */
    const char *requester;
    int priority;           /* higher first */
    const char *error;      /* non-NULL: recorded failed at once */
} dv_queue_item;

enum { DV_ENQ_NEW = 0, DV_ENQ_PENDING, DV_ENQ_DONE, DV_ENQ_FAILED };

/* Queues it, or finds the job already made for the same request: *state
 * says which (a pending job is queued or running). */
int dv_store_enqueue(dv_store *s, const dv_queue_item *it, long long *job_id,
                     int *state, dv_err *e);

typedef struct dv_worker_id {
    const char *host;
    long long pid;
    const char *pid_start;  /* the process's start time, for pid reuse */
} dv_worker_id;

/* Returns 1 if the worker is known to be gone (same host, and no such
 * pid or one started at another time), 0 if it may be alive. */
typedef int (*dv_gone_fn)(const dv_worker_id *w);

typedef struct dv_claim {
    long long job;
    char *source, *outdir, *kind, *options, *requester;
} dv_claim;

/* Claims the next job for worker w (reclaiming jobs of gone workers
 * first).  Returns 1 with c filled, 0 if nothing is left to claim. */
int dv_store_claim(dv_store *s, const dv_worker_id *w, dv_gone_fn gone,
                   int lease_seconds, dv_claim *c, dv_err *e);
void dv_claim_free(dv_claim *c);

/* Gives a claimed job its title and settings; *dup_of as for
 * dv_store_job_new. */
int dv_store_job_bind(dv_store *s, long long job_id, long long title_id,
                      const char *settings, long long *dup_of, dv_err *e);

/* Requeues a failed job (job_id > 0) or every failed job that has a
 * source (job_id == 0); *n = how many. */
int dv_store_job_retry(dv_store *s, long long job_id, int *n, dv_err *e);

typedef struct dv_job_row {
    long long id, duplicate_of;
    int priority, attempts;
    char *kind, *status, *source, *title, *error, *requester;
    char *created_at, *started_at, *finished_at;
    long long chars, pages;   /* braille figures, if any */
    double audio_seconds;     /* audio figures, if any */
} dv_job_row;

/* Jobs, newest first; status NULL for all; ids (n > 0) to restrict. */
int dv_store_jobs(dv_store *s, const char *status, const long long *ids,
                  size_t nids, dv_job_row **rows, size_t *n, dv_err *e);
void dv_job_rows_free(dv_job_row *rows, size_t n);

/* ---- partner libraries and their requests (dotvox serve) ----
 * A library holds an API key; the manifest keeps only its SHA-256.  A
 * request is one upload by one library: the text (stored as a file), the
 * formats asked for, and the queue jobs made for it. */

typedef struct dv_library {
    long long id;
    char *name;
    int staff, revoked;
    char *created_at;
} dv_library;

/* Fails if a library of that name exists. */
int dv_store_library_add(dv_store *s, const char *name, int staff,
                         const char *key_sha256, long long *id, dv_err *e);
/* 1 and *lib filled if the key belongs to a library that is not revoked,
 * 0 if not. */
int dv_store_library_auth(dv_store *s, const char *key_sha256,
                          dv_library *lib, dv_err *e);
int dv_store_libraries(dv_store *s, dv_library **v, size_t *n, dv_err *e);
/* By name; fails if there is none. */
int dv_store_library_revoke(dv_store *s, const char *name, dv_err *e);
void dv_library_free(dv_library *lib);

typedef struct dv_request_rec {
    long long library_id;
    const char *key;        /* idempotency: sha256 of content + settings */
    const char *sha256;     /* of the text */
    const char *title, *author, *language, *formats;
    const char *source;     /* the stored text */
    const char *outdir;
} dv_request_rec;

/* Finds the library's request with this key: 1 and *id, or 0. */
int dv_store_request_find(dv_store *s, long long library_id, const char *key,
                          long long *id, dv_err *e);
/* Records a request and links its jobs.  If the same library made the
 * same request meanwhile, *id is that one and *existed is 1. */
int dv_store_request_add(dv_store *s, const dv_request_rec *r,
                         const long long *jobs, int njobs, long long *id,
                         int *existed, dv_err *e);

typedef struct dv_request_view {
    long long id, library_id;
    char *title, *author, *language, *formats, *created_at;
    char *status;           /* queued, running, done, failed (of its jobs) */
    char *error;            /* the first failed job's error */
    int queue_position;     /* 1 = next; 0 if none of its jobs is queued */
    int jobs, jobs_done;
    dv_output_rec *outs;    /* every output of its done jobs */
    int nouts;
} dv_request_view;

/* One request; library_id 0 for staff (any library).  Returns 1, or 0
 * if there is no such request for that library (not found, or
 * another's: the caller answers 404 either way). */
int dv_store_request_get(dv_store *s, long long id, long long library_id,
                         dv_request_view *v, dv_err *e);
/* Requests, newest first (library_id 0: all), at most limit. */
int dv_store_requests(dv_store *s, long long library_id, int limit,
                      dv_request_view **v, size_t *n, dv_err *e);
void dv_request_view_free(dv_request_view *v);

/* The shared catalogue: each title with a done, counted job, with the
 * outputs of its newest done job of each kind. */
typedef struct dv_catalog_entry {
    long long title_id;
    char *identifier, *title, *author, *language, *updated_at;
    dv_output_rec *outs;
    int nouts;
} dv_catalog_entry;
int dv_store_catalog(dv_store *s, dv_catalog_entry **v, size_t *n, dv_err *e);
void dv_catalog_free(dv_catalog_entry *v, size_t n);

/* Production report for one calendar year (UTC, by job finish time),
 * counting only done jobs that are not duplicates. */
typedef struct dv_report_row {
    char *key;          /* month "2026-03", requester, or title */
    long long chars, han, cells, pages, sheets, volumes, jobs;
    double audio_seconds;
} dv_report_row;

typedef struct dv_report {
    int year;
    long long target;
    dv_report_row total;          /* key "total"; jobs = done jobs */
    long long titles;             /* distinct titles with a counted job */
    dv_report_row months[12];     /* key "YYYY-MM" */
    dv_report_row *requesters;    /* key = requester ("" -> "(none)") */
    size_t nrequesters;
    dv_report_row *by_title;      /* key = title */
    size_t ntitles;
} dv_report;

int dv_store_report(dv_store *s, int year, dv_report *r, dv_err *e);
void dv_report_free(dv_report *r);

#endif
