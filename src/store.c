/* store.c -- dispatches the store.h interface to a back-end by path:
 * "postgres://..." / "postgresql://..." will be PostgreSQL, any other
 * "scheme://" is refused, everything else is a SQLite file. */
#include <stdlib.h>
#include <string.h>
#include "store_impl.h"
#include "util.h"

/* Prints a URL without its user-info, so a password in it never reaches
 * an error message or a log. */
static void url_safe(const char *url, char *out, size_t n)
{
    const char *sep = strstr(url, "://");
    const char *at = sep ? strchr(sep + 3, '@') : NULL;
    const char *slash = sep ? strchr(sep + 3, '/') : NULL;
    if (at && (!slash || at < slash))
        snprintf(out, n, "%.*s://%s", (int)(sep - url), url, at + 1);
    else
        snprintf(out, n, "%s", url);
}

int dv_store_open(dv_store **s, const char *path, dv_err *e)
{
    const dv_store_ops *ops = NULL;
    void *be = NULL;
    const char *sep;
    char safe[512];

    *s = NULL;
    if (!path || !*path)
        return dv_errf(e, "manifest: no path given");
    sep = strstr(path, "://");
    if (sep) {
        size_t sl = (size_t)(sep - path), i;
        int scheme = sl > 0;
        for (i = 0; i < sl && scheme; i++)
            scheme = (path[i] >= 'a' && path[i] <= 'z') || path[i] == '+' ||
                     (path[i] >= 'A' && path[i] <= 'Z');
        if (scheme) {
            url_safe(path, safe, sizeof safe);
            if ((sl == 8 && !strncmp(path, "postgres", 8)) ||
                (sl == 10 && !strncmp(path, "postgresql", 10)))
                return dv_errf(e, "%s: PostgreSQL back-end not built yet",
                               safe);
            return dv_errf(e, "%s: unknown manifest scheme "
                           "(use a file path or postgres://)", safe);
        }
    }
    if (dv_store_sqlite_open(path, &ops, &be, e) < 0)
        return -1;
    *s = dv_malloc(sizeof **s);
    (*s)->ops = ops;
    (*s)->be = be;
    return 0;
}

void dv_store_close(dv_store *s)
{
    if (!s)
        return;
    s->ops->close(s->be);
    free(s);
}

int dv_store_title(dv_store *s, const dv_title_rec *t, long long *title_id,
                   dv_err *e)
{
    return s->ops->title(s->be, t, title_id, e);
}

int dv_store_job_new(dv_store *s, long long title_id, const char *kind,
                     const char *settings, const char *requester,
                     long long *job_id, long long *dup_of, dv_err *e)
{
    return s->ops->job_new(s->be, title_id, kind, settings, requester,
                           job_id, dup_of, e);
}

int dv_store_job_start(dv_store *s, long long job_id, dv_err *e)
{
    return s->ops->job_start(s->be, job_id, e);
}

int dv_store_job_done(dv_store *s, long long job_id, const dv_figures *f,
                      const dv_output_rec *outs, int nouts, dv_err *e)
{
    return s->ops->job_done(s->be, job_id, f, outs, nouts, e);
}

int dv_store_job_fail(dv_store *s, long long job_id, const char *error,
                      dv_err *e)
{
    return s->ops->job_fail(s->be, job_id, error, e);
}

int dv_store_job_status(dv_store *s, long long job_id, char *status,
                        size_t n, char *err, size_t errn, dv_err *e)
{
    return s->ops->job_status(s->be, job_id, status, n, err, errn, e);
}

int dv_store_report(dv_store *s, int year, dv_report *r, dv_err *e)
{
    memset(r, 0, sizeof *r);
    if (s->ops->report(s->be, year, r, e) < 0) {
        dv_report_free(r);
        return -1;
    }
    return 0;
}

int dv_store_enqueue(dv_store *s, const dv_queue_item *it, long long *job_id,
                     int *state, dv_err *e)
{
    return s->ops->enqueue(s->be, it, job_id, state, e);
}

int dv_store_claim(dv_store *s, const dv_worker_id *w, dv_gone_fn gone,
                   int lease_seconds, dv_claim *c, dv_err *e)
{
    memset(c, 0, sizeof *c);
    return s->ops->claim(s->be, w, gone, lease_seconds, c, e);
}

void dv_claim_free(dv_claim *c)
{
    free(c->source);
    free(c->outdir);
    free(c->kind);
    free(c->options);
    free(c->requester);
    memset(c, 0, sizeof *c);
}

int dv_store_job_bind(dv_store *s, long long job_id, long long title_id,
                      const char *settings, long long *dup_of, dv_err *e)
{
    return s->ops->job_bind(s->be, job_id, title_id, settings, dup_of, e);
}

int dv_store_job_retry(dv_store *s, long long job_id, int *n, dv_err *e)
{
    return s->ops->job_retry(s->be, job_id, n, e);
}

int dv_store_jobs(dv_store *s, const char *status, const long long *ids,
                  size_t nids, dv_job_row **rows, size_t *n, dv_err *e)
{
    *rows = NULL;
    *n = 0;
    return s->ops->jobs(s->be, status, ids, nids, rows, n, e);
}

void dv_job_rows_free(dv_job_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        dv_job_row *r = &rows[i];
        free(r->kind); free(r->status); free(r->source); free(r->title);
        free(r->error); free(r->requester); free(r->created_at);
        free(r->started_at); free(r->finished_at);
    }
    free(rows);
}

int dv_store_library_add(dv_store *s, const char *name, int staff,
                         const char *key_sha256, long long *id, dv_err *e)
{
    return s->ops->library_add(s->be, name, staff, key_sha256, id, e);
}

int dv_store_library_auth(dv_store *s, const char *key_sha256,
                          dv_library *lib, dv_err *e)
{
    memset(lib, 0, sizeof *lib);
    return s->ops->library_auth(s->be, key_sha256, lib, e);
}

int dv_store_libraries(dv_store *s, dv_library **v, size_t *n, dv_err *e)
{
    *v = NULL;
    *n = 0;
    return s->ops->libraries(s->be, v, n, e);
}

int dv_store_library_revoke(dv_store *s, const char *name, dv_err *e)
{
    return s->ops->library_revoke(s->be, name, e);
}

void dv_library_free(dv_library *lib)
{
    free(lib->name);
    free(lib->created_at);
    memset(lib, 0, sizeof *lib);
}

int dv_store_request_find(dv_store *s, long long library_id, const char *key,
                          long long *id, dv_err *e)
{
    return s->ops->request_find(s->be, library_id, key, id, e);
}

int dv_store_request_add(dv_store *s, const dv_request_rec *r,
                         const long long *jobs, int njobs, long long *id,
                         int *existed, dv_err *e)
{
    return s->ops->request_add(s->be, r, jobs, njobs, id, existed, e);
}

int dv_store_request_get(dv_store *s, long long id, long long library_id,
                         dv_request_view *v, dv_err *e)
{
    return s->ops->request_get(s->be, id, library_id, v, e);
}

int dv_store_requests(dv_store *s, long long library_id, int limit,
                      dv_request_view **v, size_t *n, dv_err *e)
{
    *v = NULL;
    *n = 0;
    return s->ops->requests(s->be, library_id, limit, v, n, e);
}

static void outs_free(dv_output_rec *o, int n)
{
    for (int i = 0; i < n; i++) {
        free((char *)o[i].path);
        free((char *)o[i].format);
        free((char *)o[i].sha256);
    }
    free(o);
}

void dv_request_view_free(dv_request_view *v)
{
    free(v->title); free(v->author); free(v->language); free(v->formats);
    free(v->created_at); free(v->status); free(v->error);
    outs_free(v->outs, v->nouts);
    memset(v, 0, sizeof *v);
}

int dv_store_catalog(dv_store *s, dv_catalog_entry **v, size_t *n, dv_err *e)
{
    *v = NULL;
    *n = 0;
    return s->ops->catalog(s->be, v, n, e);
}

void dv_catalog_free(dv_catalog_entry *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].identifier); free(v[i].title); free(v[i].author);
        free(v[i].language); free(v[i].updated_at);
        outs_free(v[i].outs, v[i].nouts);
    }
    free(v);
}

static void row_free(dv_report_row *row)
{
    free(row->key);
    row->key = NULL;
}

void dv_report_free(dv_report *r)
{
    size_t i;
    if (!r)
        return;
    row_free(&r->total);
    for (i = 0; i < 12; i++)
        row_free(&r->months[i]);
    for (i = 0; i < r->nrequesters; i++)
        row_free(&r->requesters[i]);
    for (i = 0; i < r->ntitles; i++)
        row_free(&r->by_title[i]);
    free(r->requesters);
    free(r->by_title);
    r->requesters = r->by_title = NULL;
    r->nrequesters = r->ntitles = 0;
}
