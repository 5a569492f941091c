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
