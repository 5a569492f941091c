/* store_impl.h -- what a manifest back-end provides (private to store*.c).
 *
 * store.c owns struct dv_store and picks the back-end from the path; each
 * back-end fills in a dv_store_ops table and its own state in be.  Adding
 * PostgreSQL means writing store_pg.c with another table and one more
 * branch in dv_store_open -- nothing outside the store changes.
 *
 * Every op has the contract of the dv_store_* function of the same name
 * in store.h (the back-end state is passed instead of the dv_store). */
#ifndef DV_STORE_IMPL_H
#define DV_STORE_IMPL_H

#include <stddef.h>
#include "store.h"

typedef struct dv_store_ops {
    const char *name;   /* "sqlite" */
    void (*close)(void *be);
    int (*title)(void *be, const dv_title_rec *t, long long *title_id,
                 dv_err *e);
    int (*job_new)(void *be, long long title_id, const char *kind,
                   const char *settings, const char *requester,
                   long long *job_id, long long *dup_of, dv_err *e);
    int (*job_start)(void *be, long long job_id, dv_err *e);
    int (*job_done)(void *be, long long job_id, const dv_figures *f,
                    const dv_output_rec *outs, int nouts, dv_err *e);
    int (*job_fail)(void *be, long long job_id, const char *error,
                    dv_err *e);
    int (*job_status)(void *be, long long job_id, char *status, size_t n,
                      char *err, size_t errn, dv_err *e);
    /* Fills r completely (r is zeroed by the caller; keys are allocated
     * with dv_strdup so dv_report_free can release them). */
    int (*report)(void *be, int year, dv_report *r, dv_err *e);
    int (*enqueue)(void *be, const dv_queue_item *it, long long *job_id,
                   int *state, dv_err *e);
    int (*claim)(void *be, const dv_worker_id *w, dv_gone_fn gone,
                 int lease_seconds, dv_claim *c, dv_err *e);
    int (*job_bind)(void *be, long long job_id, long long title_id,
                    const char *settings, long long *dup_of, dv_err *e);
    int (*job_retry)(void *be, long long job_id, int *n, dv_err *e);
    int (*jobs)(void *be, const char *status, const long long *ids,
                size_t nids, dv_job_row **rows, size_t *n, dv_err *e);
    int (*library_add)(void *be, const char *name, int staff,
                       const char *key_sha256, long long *id, dv_err *e);
    int (*library_auth)(void *be, const char *key_sha256, dv_library *lib,
                        dv_err *e);
    int (*libraries)(void *be, dv_library **v, size_t *n, dv_err *e);
    int (*library_revoke)(void *be, const char *name, dv_err *e);
    int (*request_find)(void *be, long long library_id, const char *key,
                        long long *id, dv_err *e);
    int (*request_add)(void *be, const dv_request_rec *r,
                       const long long *jobs, int njobs, long long *id,
                       int *existed, dv_err *e);
    int (*request_get)(void *be, long long id, long long library_id,
                       dv_request_view *v, dv_err *e);
    int (*requests)(void *be, long long library_id, int limit,
                    dv_request_view **v, size_t *n, dv_err *e);
    int (*catalog)(void *be, dv_catalog_entry **v, size_t *n, dv_err *e);
} dv_store_ops;

struct dv_store {
    const dv_store_ops *ops;
    void *be;
};

/* Opens the SQLite manifest at path; on success sets *ops and *be. */
int dv_store_sqlite_open(const char *path, const dv_store_ops **ops,
                         void **be, dv_err *e);

#endif
