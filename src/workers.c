/* workers.c -- see workers.h. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cli.h"
#include "store.h"
#include "util.h"
#include "workers.h"


/* A job is taken back from a worker that is gone at once (pid check);
 * the lease only matters for workers on other machines. */
#define LEASE_SECONDS (24 * 3600)

static char my_host[256];

const char *dv_worker_host(void)
{
    if (!my_host[0]) dv_hostname(my_host, sizeof my_host);
    return my_host;
}

/* Set by SIGTERM: finish the current job, claim no other. */
static volatile sig_atomic_t stopping;

static void on_term(int sig)
{
    (void)sig;
    stopping = 1;
}

static int worker_gone(const dv_worker_id *w)
{
    if (!w->host || strcmp(w->host, dv_worker_host())) return 0;   /* cannot tell */
    if (!dv_proc_alive(w->pid)) return 1;
    char start[64];
    dv_proc_start(w->pid, start, sizeof start);
    return !start[0] || !w->pid_start || strcmp(start, w->pid_start) != 0;
}

/* Runs one claimed job in this worker process. */
static int run_claimed(dv_store *s, const dv_claim *cl, dv_brl_cache *cache,
                       dv_audio_env *env, dv_err *e)
{
    /* the options back into argv: one argument a line */
    char *copy = dv_strdup(cl->options ? cl->options : "");
    char *argv[256];
    int argc = 0;
    argv[argc++] = "dotvox batch job";
    for (char *p = copy, *nl; *p && argc < 255; p = nl + 1) {
        nl = strchr(p, '\n');
        if (!nl) { argv[argc++] = p; break; }
        *nl = 0;
        argv[argc++] = p;
    }
    argv[argc] = NULL;
    int kind = !strcmp(cl->kind, "audio") ? DV_DO_AUDIO : DV_DO_BRAILLE;
    dv_cli c;
    int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
    /* a stored job's options were checked when queued: no usage text */
    if (devnull >= 0) dup2(devnull, 2);
    int rc = dv_cli_parse(&c, argc, argv, kind, dv_usage_braille);
    if (saved >= 0) { dup2(saved, 2); close(saved); }
    if (devnull >= 0) close(devnull);
    if (rc >= 0) {
        free(copy);
        return dv_errf(e, "job %lld: its stored options do not parse", cl->job);
    }
    c.b.job = c.a.job = cl->job;
    c.b.jobs = c.a.jobs = 1;   /* parallel across titles, not within */
    dv_braille_result r;
    rc = kind == DV_DO_BRAILLE ? dv_braille_file(cl->source, &c.b, s, cache, &r, e)
                               : dv_audio_file(cl->source, &c.a, s, env, &r, e);
    dv_braille_result_free(&r);
    free(copy);
    return rc;
}

void dv_worker_main(const char *db, int out)
{
    signal(SIGTERM, on_term);
    signal(SIGINT, SIG_DFL);
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, db, &e) != 0) {
        dv_job_msg m = {0};
        m.job = -1;
        snprintf(m.err, sizeof m.err, "%.590s", e.msg);
        if (out >= 0 && write(out, &m, sizeof m) < 0) _exit(3);
        _exit(3);
    }
    char start[64];
    dv_proc_start(getpid(), start, sizeof start);
    dv_worker_id w = {dv_worker_host(), getpid(), start};
    dv_brl_cache cache = {0};
    dv_audio_env env = {0};
    while (!stopping) {
        dv_claim cl;
        int got = dv_store_claim(s, &w, worker_gone, LEASE_SECONDS, &cl, &e);
        if (got <= 0) break;
        dv_job_msg m = {0};
        m.job = cl.job;
        m.kind = !strcmp(cl.kind, "audio") ? DV_DO_AUDIO : DV_DO_BRAILLE;
        snprintf(m.file, sizeof m.file, "%.250s", cl.source);
        /* a job taken back from a killed worker may have left temp
         * files: the folder is ours to tidy before writing into it */
        if (cl.outdir) dv_clean_stale_tmp(cl.outdir, 3);
        if (run_claimed(s, &cl, &cache, &env, &e) == 0) {
            m.ok = 1;
        } else {
            dv_err e2;
            /* the job may be failed already (by the pipeline); else now */
            dv_store_job_fail(s, cl.job, e.msg, &e2);
            snprintf(m.err, sizeof m.err, "%.590s", e.msg);
        }
        dv_claim_free(&cl);
        if (out >= 0 && write(out, &m, sizeof m) != (ssize_t)sizeof m) break;
    }
    dv_brl_cache_free(&cache);
    dv_audio_env_free(&env);
    dv_store_close(s);
    _exit(0);
}


/* ---- the supervisor (dotvox serve) ---- */

static volatile sig_atomic_t sup_stop;

static void on_sup_term(int sig)
{
    (void)sig;
    sup_stop = 1;
}

static int queued_jobs(dv_store *s)
{
    dv_job_row *rows;
    size_t n;
    dv_err e;
    if (dv_store_jobs(s, "queued", NULL, 0, &rows, &n, &e) != 0) return 0;
    dv_job_rows_free(rows, n);
    return (int)n;
}

static void supervise(const char *db, int n)
{
    /* a group of its own: Ctrl-C at the server's terminal must not kill
     * running jobs; the server passes SIGTERM on, and they finish */
    setpgid(0, 0);
    signal(SIGTERM, on_sup_term);
    signal(SIGINT, on_sup_term);
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, db, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        _exit(3);
    }
    pid_t kids[64];
    int running = 0, polls = 0;
    if (n > 64) n = 64;
    while (!sup_stop) {
        int st;
        pid_t pid;
        while ((pid = waitpid(-1, &st, WNOHANG)) > 0)
            for (int k = 0; k < running; k++)
                if (kids[k] == pid) {
                    kids[k] = kids[--running];
                    break;
                }
        /* a worker exits when nothing is left: start more as jobs come
         * (and now and then one anyway, to take back jobs of workers
         * that died: only a claim does that) */
        int want = queued_jobs(s);
        if (++polls % 20 == 0 && running == 0) want = want ? want : 1;
        while (running < n && want-- > 0) {
            pid = fork();
            if (pid == 0) {
                dv_store_close(s);
                dv_worker_main(db, -1);
            }
            if (pid < 0) break;
            kids[running++] = pid;
        }
        usleep(500000);
    }
    for (int k = 0; k < running; k++) kill(kids[k], SIGTERM);
    while (running > 0) {
        int st;
        pid_t pid = waitpid(-1, &st, 0);
        if (pid < 0 && errno != EINTR) break;
        if (pid > 0) running--;
    }
    dv_store_close(s);
    _exit(0);
}

pid_t dv_supervisor_start(const char *db, int n, dv_err *e)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        dv_errf(e, "fork: %s", strerror(errno));
        return -1;
    }
    if (pid == 0) supervise(db, n);
    return pid;
}
