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
