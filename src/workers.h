/* workers.h -- the processes that run queued jobs.
 *
 * A worker claims jobs from the manifest one at a time (dv_store_claim,
 * which also takes back jobs of workers that are gone), runs each through
 * the braille or audio pipeline, and exits when nothing is left to claim
 * or, after SIGTERM, when its current job is finished.  It compiles its
 * braille tables and starts eSpeak NG once, for all its jobs.  Used by
 * dotvox batch (workers forked per round) and dotvox serve (a supervisor
 * process that keeps workers busy while jobs arrive). */
#ifndef DV_WORKERS_H
#define DV_WORKERS_H

#include <sys/types.h>
#include "err.h"

/* What a worker tells its parent after each job, in one atomic write. */
typedef struct dv_job_msg {
    long long job;          /* -1: the worker could not start (err) */
    int ok, kind;           /* kind: DV_DO_BRAILLE or DV_DO_AUDIO */
    char file[256];
    char err[600];
} dv_job_msg;

/* The body of a worker process: never returns.  report_fd: where to
 * write a dv_job_msg per job, or -1. */
void dv_worker_main(const char *db, int report_fd)
    __attribute__((noreturn));

/* Forks a supervisor: a single-threaded process (fork it before starting
 * any threads) that every half second keeps up to n workers running
 * while the manifest has queued jobs.  On SIGTERM it starts no new job,
 * lets the running ones finish (workers get SIGTERM: they stop after
 * their current job), and exits.  Returns its pid, or -1 with e. */
pid_t dv_supervisor_start(const char *db, int n, dv_err *e);

/* Identity of this host, for the worker pid checks (set once). */
const char *dv_worker_host(void);

#endif
