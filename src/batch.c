/* batch.c -- "dotvox batch" and "dotvox jobs": a season's titles at once.
 *
 * The batch writes every job to the manifest first (queued, with the
 * file, the output folder and the job's options as command-line
 * arguments), then forks worker processes that claim jobs one at a time
 * in priority order until none is left.  Each worker compiles its
 * liblouis tables and starts eSpeak NG once, for all the titles it runs.
 *
 * Why it survives a crash: outputs are written to temp files and renamed;
 * a job is marked done only after its files are in place; the request key
 * (file contents, kind, options, output folder) makes the same command
 * find the jobs it made before; a job left running by a worker that is
 * gone (its pid no longer names the same process) is claimed again; the
 * temp files of dead workers are removed at the start. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "commands.h"
#include "store.h"
#include "textin.h"
#include "util.h"
#include "workers.h"

static const char *usage_batch =
    "usage: dotvox batch DIR|LIST.csv -o OUTDIR [--braille] [--audio] [-j N]\n"
    "                    [--db PATH] [-q] [--json] [OPTIONS]\n"
    "\n"
    "Converts every text file (*.txt, *.md) of DIR, or every row of a CSV\n"
    "list, into OUTDIR.  Jobs go into the manifest first; N worker processes\n"
    "(default: the number of cores) run them in priority order.  Run the same\n"
    "command again after a crash or Ctrl-C: it finishes what is left and\n"
    "converts nothing twice.\n"
    "\n"
    "The CSV has a header row with 'file' and, optionally, 'title', 'author',\n"
    "'language' (zh, en), 'formats' (braille, audio, braille+audio),\n"
    "'requester', 'priority' (higher first), 'voice', 'braille_system'\n"
    "(common, current).  Files are relative to the CSV's folder.\n"
    "\n"
    "  --braille, --audio      formats for rows without a 'formats' value\n"
    "                          (default: braille)\n"
    "  -j, --jobs N            worker processes\n"
    "  -q, --quiet             only errors and the exit status\n"
    "  --json                  a JSON summary on stdout\n"
    "and every option of dotvox braille and dotvox audio, for all titles.\n"
    "\n"
    "Exit status: 0 if every job is done, 1 otherwise, 2 usage, 3 manifest.\n";

static const char *usage_jobs =
    "usage: dotvox jobs [--status queued|running|done|failed] [--json] [--db PATH]\n"
    "       dotvox jobs retry ID... [--db PATH]\n"
    "       dotvox jobs retry --failed [--db PATH]\n"
    "\n"
    "Lists the manifest's jobs, newest first; 'retry' puts failed batch\n"
    "jobs back in the queue (run dotvox batch again to run them).\n";

typedef struct item {
    char *file, *title, *author, *language, *requester, *voice, *system;
    int formats;    /* DV_DO_BRAILLE | DV_DO_AUDIO, 0 = the command's */
    int priority;
    int line;       /* CSV line, 0 for a folder */
} item;

typedef struct items {
    item *v;
    size_t n, cap;
} items;

static item *add_item(items *l)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->v = dv_realloc(l->v, l->cap * sizeof *l->v);
    }
    memset(&l->v[l->n], 0, sizeof *l->v);
    return &l->v[l->n++];
}

static void free_items(items *l)
{
    for (size_t i = 0; i < l->n; i++) {
        item *it = &l->v[i];
        free(it->file); free(it->title); free(it->author); free(it->language);
        free(it->requester); free(it->voice); free(it->system);
    }
    free(l->v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_dir(const char *dir, items *l, dv_err *e)
{
    DIR *d = opendir(dir);
    if (!d) return dv_errf(e, "%s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t k = strlen(de->d_name);
        if (de->d_name[0] == '.' ||
            !((k > 4 && !strcmp(de->d_name + k - 4, ".txt")) ||
              (k > 3 && !strcmp(de->d_name + k - 3, ".md"))))
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            names = dv_realloc(names, cap * sizeof *names);
        }
        names[n++] = dv_strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        item *it = add_item(l);
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        it->file = dv_malloc(len);
        snprintf(it->file, len, "%s/%s", dir, names[i]);
        free(names[i]);
    }
    free(names);
    return 0;
}

/* ---- CSV (RFC 4180: quoted fields, doubled quotes, CR LF) ---- */

typedef struct row {
    char **f;
    size_t n, cap;
} row;

static void row_clear(row *r)
{
    for (size_t i = 0; i < r->n; i++) free(r->f[i]);
    r->n = 0;
}

/* Reads one record from s at *p; returns 0 at the end of the text. */
static int csv_record(const char *s, size_t len, size_t *p, row *r, int *line)
{
    row_clear(r);
    if (*p >= len) return 0;
    dv_buf f = {0};
    int quoted = 0, done = 0;
    while (!done) {
        dv_buf_put(&f, "", 0);
        f.len = 0;
        quoted = 0;
        if (*p < len && s[*p] == '"') {
            quoted = 1;
            (*p)++;
        }
        for (;;) {
            if (*p >= len) { done = 1; break; }
            char c = s[*p];
            if (quoted) {
                if (c == '"') {
                    if (*p + 1 < len && s[*p + 1] == '"') {
                        dv_buf_putc(&f, '"');
                        *p += 2;
                        continue;
                    }
                    quoted = 0;
                    (*p)++;
                    continue;
                }
                if (c == '\n') (*line)++;
                dv_buf_putc(&f, c);
                (*p)++;
                continue;
            }
            if (c == ',') { (*p)++; break; }
            if (c == '\r' && *p + 1 < len && s[*p + 1] == '\n') (*p)++;
            if (c == '\n' || c == '\r') { (*p)++; done = 1; break; }
            dv_buf_putc(&f, c);
            (*p)++;
        }
        if (r->n == r->cap) {
            r->cap = r->cap ? 2 * r->cap : 16;
            r->f = dv_realloc(r->f, r->cap * sizeof *r->f);
        }
        /* trim unquoted white space around fields */
        size_t a = 0, b = f.len;
        while (a < b && (f.data[a] == ' ' || f.data[a] == '\t')) a++;
        while (b > a && (f.data[b - 1] == ' ' || f.data[b - 1] == '\t')) b--;
        r->f[r->n++] = dv_strndup(f.data + a, b - a);
    }
    dv_buf_free(&f);
    return 1;
}

static int parse_formats(const char *s, int *out)
{
    int f = 0;
    const char *p = s;
    while (*p) {
        size_t k = strcspn(p, "+;, |");
        if ((k == 7 && !strncmp(p, "braille", 7)) || (k == 3 && !strncmp(p, "brf", 3)) ||
            (k == 3 && !strncmp(p, "pef", 3)))
            f |= DV_DO_BRAILLE;
        else if ((k == 5 && !strncmp(p, "audio", 5)) || (k == 3 && !strncmp(p, "mp3", 3)))
            f |= DV_DO_AUDIO;
        else if (k > 0)
            return -1;
        p += k;
        while (*p && strchr("+;, |", *p)) p++;
    }
    *out = f;
    return f ? 0 : -1;
}

/* Rows become items; a malformed row is reported with its line and
 * skipped (*bad counts them), the rest still runs. */
static int read_csv(const char *path, items *l, int *bad, dv_err *e)
{
    dv_text t = {0};
    if (dv_text_read(path, NULL, 0, &t, e) != 0) return -1;
    char *dir = dv_strdup(path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    else strcpy(dir, ".");
    enum { C_FILE, C_TITLE, C_AUTHOR, C_LANG, C_FORMATS, C_REQ, C_PRIO,
           C_VOICE, C_SYSTEM, NCOL };
    static const char *names[NCOL] = {"file", "title", "author", "language",
                                      "formats", "requester", "priority",
                                      "voice", "braille_system"};
    int col[NCOL];
    for (int k = 0; k < NCOL; k++) col[k] = -1;
    row r = {0};
    size_t p = 0;
    int line = 1, rc = 0;
    if (!csv_record(t.utf8, t.len, &p, &r, &line)) {
        rc = dv_errf(e, "%s: empty list (a header row with 'file' is needed)", path);
        goto out;
    }
    size_t ncols = r.n;
    for (size_t i = 0; i < r.n; i++) {
        for (char *c = r.f[i]; *c; c++)
            if (*c >= 'A' && *c <= 'Z') *c += 'a' - 'A';
        int known = 0;
        for (int k = 0; k < NCOL; k++)
            if (!strcmp(r.f[i], names[k])) {
                col[k] = (int)i;
                known = 1;
            }
        if (!known)
            fprintf(stderr, "dotvox: %s:1: column '%s' is not used\n", path, r.f[i]);
    }
    if (col[C_FILE] < 0) {
        rc = dv_errf(e, "%s:1: the header has no 'file' column", path);
        goto out;
    }
    for (;;) {
        int at = ++line;
        if (!csv_record(t.utf8, t.len, &p, &r, &line)) break;
        if (r.n == 1 && !r.f[0][0]) continue;         /* blank line */
        const char *why = NULL;
        char buf[200];
        int prio = 0, formats = 0;
        if (r.n != ncols) {
            snprintf(buf, sizeof buf, "%zu fields, the header has %zu", r.n, ncols);
            why = buf;
        } else if (!r.f[col[C_FILE]][0]) {
            why = "no file";
        } else if (col[C_PRIO] >= 0 && r.f[col[C_PRIO]][0] &&
                   dv_parse_int(r.f[col[C_PRIO]], -1000000, 1000000, &prio) != 0) {
            snprintf(buf, sizeof buf, "priority '%.60s' is not a whole number",
                     r.f[col[C_PRIO]]);
            why = buf;
        } else if (col[C_FORMATS] >= 0 && r.f[col[C_FORMATS]][0] &&
                   parse_formats(r.f[col[C_FORMATS]], &formats) != 0) {
            snprintf(buf, sizeof buf, "formats '%.60s': use braille, audio or "
                     "braille+audio", r.f[col[C_FORMATS]]);
            why = buf;
        } else if (col[C_LANG] >= 0 && r.f[col[C_LANG]][0] &&
                   strcmp(r.f[col[C_LANG]], "zh") && strcmp(r.f[col[C_LANG]], "en")) {
            snprintf(buf, sizeof buf, "language '%.60s': use zh or en", r.f[col[C_LANG]]);
            why = buf;
        } else if (col[C_SYSTEM] >= 0 && r.f[col[C_SYSTEM]][0] &&
                   strcmp(r.f[col[C_SYSTEM]], "common") &&
                   strcmp(r.f[col[C_SYSTEM]], "current")) {
            snprintf(buf, sizeof buf, "braille_system '%.60s': use common or current",
                     r.f[col[C_SYSTEM]]);
            why = buf;
        }
        if (why) {
            fprintf(stderr, "dotvox: %s:%d: %s; row skipped\n", path, at, why);
            (*bad)++;
            continue;
        }
        item *it = add_item(l);
        const char *f = r.f[col[C_FILE]];
        if (f[0] == '/') {
            it->file = dv_strdup(f);
        } else {
            size_t len = strlen(dir) + strlen(f) + 2;
            it->file = dv_malloc(len);
            snprintf(it->file, len, "%s/%s", dir, f);
        }
#define OPT(k, field) \
        if (col[k] >= 0 && r.f[col[k]][0]) it->field = dv_strdup(r.f[col[k]])
        OPT(C_TITLE, title);
        OPT(C_AUTHOR, author);
        OPT(C_LANG, language);
        OPT(C_REQ, requester);
        OPT(C_VOICE, voice);
        OPT(C_SYSTEM, system);
#undef OPT
        it->priority = prio;
        it->formats = formats;
        it->line = at;
    }
out:
    row_clear(&r);
    free(r.f);
    free(dir);
    dv_text_free(&t);
    return rc;
}

/* ---- a job's options, as the arguments a worker parses back ---- */

static void arg(dv_buf *b, const char *name, const char *val)
{
    if (!val) return;
    dv_buf_puts(b, name);
    dv_buf_putc(b, '\n');
    if (*val) {
        dv_buf_puts(b, val);
        dv_buf_putc(b, '\n');
    }
}

static void argi(dv_buf *b, const char *name, long v)
{
    char s[32];
    snprintf(s, sizeof s, "%ld", v);
    arg(b, name, s);
}

/* Every option that shapes the output, for one kind of job. */
static char *job_args(const dv_cli *c, const item *it, int kind)
{
    dv_buf b = {0};
    arg(&b, "--title", it->title ? it->title : c->b.title);
    arg(&b, "--author", it->author ? it->author : c->b.author);
    arg(&b, "--lang", it->language ? it->language : c->b.lang);
    arg(&b, "--encoding", c->b.encoding);
    arg(&b, "--requester", it->requester ? it->requester : c->b.requester);
    if (c->b.lenient) arg(&b, "--lenient", "");
    if (c->b.no_reflow) arg(&b, "--no-reflow", "");
    for (int i = 0; i < c->b.nlexicons; i++) arg(&b, "--lexicon", c->b.lexicons[i]);
    if (kind == DV_DO_BRAILLE) {
        arg(&b, "--braille-system", it->system ? it->system : c->b.system);
        argi(&b, "--grade", c->b.grade);
        arg(&b, "--table", c->b.tables);
        arg(&b, "--embosser", c->b.embosser);
        argi(&b, "--volume-pages", c->b.volume_sheets);
        if (c->b.duplex) arg(&b, "--duplex", "");
    } else {
        arg(&b, "--voice", it->voice ? it->voice : c->a.voice);
        argi(&b, "--bitrate", c->a.bitrate);
        argi(&b, "--quality", c->a.quality);
        argi(&b, "--split-level", c->a.split_level);
        if (c->a.single) arg(&b, "--single", "");
        arg(&b, "--master", c->a.master);
        if (c->a.keep_script) arg(&b, "--keep-script", "");
        char l[32];
        snprintf(l, sizeof l, "%.1f", c->a.target_lufs);
        arg(&b, "--target-lufs", l);
    }
    arg(&b, "-o", c->b.outdir);
    return b.data ? b.data : dv_strdup("");
}

/* ---- progress ---- */

typedef struct progress {
    int tty, quiet;
    const char *label;
    size_t total, done, failed;
    double t0, last;
} progress;

static void draw(progress *p, int force)
{
    if (p->quiet || !p->tty || p->total == 0) return;
    double t = dv_mono_now();
    if (!force && t - p->last < 0.5) return;   /* at most twice a second */
    p->last = t;
    size_t fin = p->done + p->failed;
    char eta[32] = "";
    if (fin > 0 && fin < p->total)
        dv_fmt_eta((t - p->t0) / (double)fin * (double)(p->total - fin), eta,
                   sizeof eta);
    fprintf(stderr, "\r%s: %zu%% (%zu/%zu), %zu failed%s\033[K", p->label,
            fin * 100 / p->total, fin, p->total, p->failed, eta);
    fflush(stderr);
}

/* A worker may also run queued jobs of another batch: only ours count
 * toward this batch's progress. */
static void log_job(progress *p, const dv_job_msg *m, const long long *ids,
                    size_t nids)
{
    size_t k = 0;
    while (k < nids && ids[k] != m->job) k++;
    if (k == nids) {
        if (!p->quiet && !p->tty)
            fprintf(stderr, "[other] %s %s %s (job %lld)\n", m->ok ? "done" : "failed",
                    m->kind == DV_DO_AUDIO ? "audio" : "braille", m->file, m->job);
        return;
    }
    if (m->ok) p->done++;
    else p->failed++;
    if (p->tty) {
        if (!m->ok && !p->quiet) {
            fprintf(stderr, "\r\033[K");
            fprintf(stderr, "dotvox: job %lld failed: %s\n", m->job, m->err);
        } else if (!m->ok) {
            fprintf(stderr, "dotvox: job %lld failed: %s\n", m->job, m->err);
        }
        draw(p, 0);
        return;
    }
    if (!m->ok)
        fprintf(stderr, "dotvox: job %lld failed: %s\n", m->job, m->err);
    else if (!p->quiet)
        fprintf(stderr, "[%zu/%zu] done %s %s (job %lld)\n", p->done + p->failed,
                p->total, m->kind == DV_DO_AUDIO ? "audio" : "braille", m->file,
                m->job);
}

/* ---- the command ---- */

int dv_cmd_batch(int argc, char **argv)
{
    dv_cli c;
    int rc = dv_cli_parse(&c, argc, argv, -1, usage_batch);
    if (rc >= 0) return rc;
    if (c.first != argc - 1)
        return dv_usage_error(usage_batch, "%s", c.first >= argc
                              ? "no DIR or LIST.csv" : "one DIR or LIST.csv only");
    const char *src = argv[c.first];
    double t0 = dv_mono_now();

    dv_err e;
    items l = {0};
    int bad = 0;
    struct stat st;
    if (stat(src, &st) != 0) {
        fprintf(stderr, "dotvox: %s: %s\n", src, strerror(errno));
        return DV_EX_FAIL;
    }
    if ((S_ISDIR(st.st_mode) ? read_dir(src, &l, &e) : read_csv(src, &l, &bad, &e)) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        free_items(&l);
        return DV_EX_FAIL;
    }
    dv_store *s;
    if (dv_store_open(&s, dv_db_path(c.db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        free_items(&l);
        return DV_EX_DB;
    }

    /* 1. every job into the manifest */
    long long *ids = dv_malloc((2 * l.n + 1) * sizeof *ids);
    size_t nids = 0, pending = 0, skipped = 0, input_failed = 0;
    /* the output folder is part of the request key, by its real path:
     * make it first, so a first run and a re-run see the same */
    char outabs[4096];
    dv_mkdirs(c.b.outdir, &e);
    if (!realpath(c.b.outdir, outabs)) snprintf(outabs, sizeof outabs, "%s", c.b.outdir);
    for (size_t i = 0; i < l.n; i++) {
        item *it = &l.v[i];
        int formats = it->formats ? it->formats : c.want;
        char sha[65] = "", abs[4096];
        long long bytes;
        dv_err fe;
        const char *error = NULL;
        struct stat fs;
        if (stat(it->file, &fs) == 0 && S_ISDIR(fs.st_mode)) {
            dv_errf(&fe, "%s: is a directory", it->file);
            error = fe.msg;
        } else if (dv_sha256_file(it->file, sha, &bytes, &fe) != 0) {
            error = fe.msg;
        }
        if (!realpath(it->file, abs)) snprintf(abs, sizeof abs, "%s", it->file);
        for (int kind = DV_DO_BRAILLE; kind <= DV_DO_AUDIO; kind <<= 1) {
            if (!(formats & kind)) continue;
            char *opts = job_args(&c, it, kind);
            dv_buf key = {0};
            dv_buf_printf(&key, "%s\n%s\n%s\n%s\n%s",
                          kind == DV_DO_AUDIO ? "audio" : "braille", abs,
                          sha[0] ? sha : "unreadable", outabs, opts);
            char keyhex[65];
            dv_sha256_hex(key.data, key.len, keyhex);
            dv_queue_item q = {it->file, c.b.outdir,
                               kind == DV_DO_AUDIO ? "audio" : "braille", opts,
                               keyhex, it->requester ? it->requester : c.b.requester,
                               it->priority, error};
            long long id;
            int state;
            if (dv_store_enqueue(s, &q, &id, &state, &e) != 0) {
                fprintf(stderr, "dotvox: %s\n", e.msg);
                free(opts);
                dv_buf_free(&key);
                dv_store_close(s);
                free_items(&l);
                free(ids);
                return DV_EX_DB;
            }
            ids[nids++] = id;
            if (state == DV_ENQ_DONE) skipped++;
            else if (state == DV_ENQ_FAILED) {
                input_failed++;
                if (!c.quiet || error)
                    fprintf(stderr, "dotvox: %s: job %lld failed%s%s\n", it->file, id,
                            error ? ": " : " before (dotvox jobs retry ",
                            error ? error : "to run it again)");
            } else pending++;
            free(opts);
            dv_buf_free(&key);
        }
    }
    if (!c.quiet)
        fprintf(stderr, "%zu job%s: %zu to run, %zu already done, %zu failed%s\n",
                nids, nids == 1 ? "" : "s", pending, skipped, input_failed,
                bad ? " (and malformed rows skipped)" : "");
    if (pending == 0 && !c.quiet)
        fprintf(stderr, "nothing to do: %s\n", skipped == nids && nids
                ? "every job is already done" : "no job left to run");

    /* 2. workers claim jobs until none is left */
    dv_clean_stale_tmp(c.b.outdir, 2);
    progress pr = {isatty(2), c.quiet,
                   c.want == DV_DO_AUDIO ? "Audio" : c.want == DV_DO_BRAILLE ? "Braille"
                                                                            : "Converting",
                   pending, 0, 0, t0, 0};
    int nw = c.b.jobs < 1 ? 1 : c.b.jobs > 64 ? 64 : c.b.jobs;
    if (pending > 0) {
        int waits = 0;
        for (;;) {
            /* a round: workers claim until nothing is left, then exit.
             * A pipe per round, its write end only in the workers: when
             * the last one exits, the parent reads end of file at once. */
            int fd[2];
            if (pipe(fd) != 0) {
                fprintf(stderr, "dotvox: pipe: %s\n", strerror(errno));
                break;
            }
            fflush(NULL);
            int started = 0;
            for (int k = 0; k < nw; k++) {
                pid_t pid = fork();
                if (pid == 0) {
                    close(fd[0]);
                    dv_worker_main(dv_db_path(c.db), fd[1]);
                }
                if (pid > 0) started++;
            }
            close(fd[1]);
            if (started == 0) {
                fprintf(stderr, "dotvox: fork: %s\n", strerror(errno));
                close(fd[0]);
                break;
            }
            dv_job_msg m;
            ssize_t got;
            while ((got = read(fd[0], &m, sizeof m)) != 0) {
                if (got < 0 && errno == EINTR) continue;
                if (got != (ssize_t)sizeof m) break;
                if (m.job == -1) fprintf(stderr, "dotvox: %s\n", m.err);
                else log_job(&pr, &m, ids, nids);
            }
            close(fd[0]);
            int wst;
            while (started > 0 && waitpid(-1, &wst, 0) > 0) started--;
            /* Our jobs may still be running in another batch: wait for
             * them.  If that batch died, its jobs become claimable; a
             * new round every few seconds takes them over. */
            int queued = 0, running = 0;
            for (;;) {
                dv_job_row *rows;
                size_t n;
                queued = running = 0;
                if (dv_store_jobs(s, NULL, ids, nids, &rows, &n, &e) == 0) {
                    for (size_t i = 0; i < n; i++) {
                        queued += !strcmp(rows[i].status, "queued");
                        running += !strcmp(rows[i].status, "running");
                    }
                    dv_job_rows_free(rows, n);
                }
                if (queued || !running || ++waits % 10 == 0) break;
                draw(&pr, 0);
                usleep(500000);
            }
            if (!queued && !running) break;
        }
    }
    if (pr.tty && !pr.quiet && pending) {
        draw(&pr, 1);
        fputc('\n', stderr);
    }
    dv_clean_stale_tmp(c.b.outdir, 2);

    /* 3. the summary, from the manifest */
    dv_job_row *rows = NULL;
    size_t n = 0;
    size_t done = 0, failed = 0;
    long long chars = 0, pages = 0;
    double audio = 0;
    if (dv_store_jobs(s, NULL, ids, nids, &rows, &n, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_store_close(s);
        free_items(&l);
        free(ids);
        return DV_EX_DB;
    }
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(rows[i].status, "done")) {
            done++;
            if (!rows[i].duplicate_of) {
                chars += rows[i].chars;
                pages += rows[i].pages;
                audio += rows[i].audio_seconds;
            }
        } else if (!strcmp(rows[i].status, "failed")) {
            failed++;
        }
    }
    double wall = dv_mono_now() - t0;
    size_t ran = done >= skipped ? done - skipped : 0;
    if (!c.quiet) {
        fprintf(stderr, "\n  %-20s %12zu\n", "done", ran);
        fprintf(stderr, "  %-20s %12zu\n", "skipped (done before)", skipped);
        fprintf(stderr, "  %-20s %12zu\n", "failed", failed);
        fprintf(stderr, "  %-20s %12lld\n", "braille characters", chars);
        fprintf(stderr, "  %-20s %12lld\n", "pages", pages);
        fprintf(stderr, "  %-20s %12.2f\n", "audio hours", audio / 3600);
        fprintf(stderr, "  %-20s %11.1fs\n", "wall time", wall);
    }
    if (c.json) {
        printf("{\"done\": %zu, \"skipped\": %zu, \"failed\": %zu, "
               "\"malformed_rows\": %d, \"braille_characters\": %lld, "
               "\"pages\": %lld, \"audio_seconds\": %.1f, \"wall_seconds\": %.2f, "
               "\"jobs\": [", ran, skipped, failed, bad, chars, pages, audio, wall);
        for (size_t i = 0; i < n; i++) {
            printf("%s\n  {\"id\": %lld, \"file\": ", i ? "," : "", rows[i].id);
            dv_json_str(stdout, rows[i].source ? rows[i].source : "");
            printf(", \"kind\": \"%s\", \"status\": \"%s\", \"error\": ", rows[i].kind,
                   rows[i].status);
            if (rows[i].error) dv_json_str(stdout, rows[i].error);
            else fputs("null", stdout);
            putchar('}');
        }
        puts("]}");
    }
    int all_done = done == nids && bad == 0;
    dv_job_rows_free(rows, n);
    dv_store_close(s);
    free_items(&l);
    free(ids);
    return all_done ? DV_EX_OK : DV_EX_FAIL;
}

/* ---- dotvox jobs ---- */

static void print_jobs(const dv_job_row *r, size_t n, int json)
{
    if (json) {
        fputs("[", stdout);
        for (size_t i = 0; i < n; i++) {
            printf("%s\n  {\"id\": %lld, \"kind\": \"%s\", \"status\": \"%s\", \"file\": ",
                   i ? "," : "", r[i].id, r[i].kind, r[i].status);
            if (r[i].source) dv_json_str(stdout, r[i].source); else fputs("null", stdout);
            fputs(", \"title\": ", stdout);
            if (r[i].title) dv_json_str(stdout, r[i].title); else fputs("null", stdout);
            fputs(", \"error\": ", stdout);
            if (r[i].error) dv_json_str(stdout, r[i].error); else fputs("null", stdout);
            fputs(", \"requester\": ", stdout);
            if (r[i].requester) dv_json_str(stdout, r[i].requester); else fputs("null", stdout);
            printf(", \"priority\": %d, \"attempts\": %d, \"duplicate_of\": ",
                   r[i].priority, r[i].attempts);
            if (r[i].duplicate_of) printf("%lld", r[i].duplicate_of); else fputs("null", stdout);
            const char *t[3] = {r[i].created_at, r[i].started_at, r[i].finished_at};
            const char *k[3] = {"created_at", "started_at", "finished_at"};
            for (int j = 0; j < 3; j++) {
                printf(", \"%s\": ", k[j]);
                if (t[j]) dv_json_str(stdout, t[j]); else fputs("null", stdout);
            }
            putchar('}');
        }
        puts(n ? "\n]" : "]");
        return;
    }
    printf("%6s  %-7s  %-7s  %-20s  %s\n", "job", "kind", "status", "finished", "file / title / error");
    for (size_t i = 0; i < n; i++) {
        printf("%6lld  %-7s  %-7s  %-20s  %s", r[i].id, r[i].kind, r[i].status,
               r[i].finished_at ? r[i].finished_at : "-",
               r[i].source ? r[i].source : r[i].title ? r[i].title : "");
        if (r[i].error) printf("  (%s)", r[i].error);
        putchar('\n');
    }
}

int dv_cmd_jobs(int argc, char **argv)
{
    enum { O_STATUS = 256, O_JSON, O_DB, O_FAILED, O_HELP };
    static const struct option opts[] = {
        {"status", 1, 0, O_STATUS}, {"json", 0, 0, O_JSON}, {"db", 1, 0, O_DB},
        {"failed", 0, 0, O_FAILED}, {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    const char *status = NULL, *db = NULL;
    int json = 0, all_failed = 0, ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (ch) {
        case O_STATUS:
            if (strcmp(optarg, "queued") && strcmp(optarg, "running") &&
                strcmp(optarg, "done") && strcmp(optarg, "failed"))
                return dv_usage_error(usage_jobs, "unknown status '%s'", optarg);
            status = optarg;
            break;
        case O_JSON: json = 1; break;
        case O_DB: db = optarg; break;
        case O_FAILED: all_failed = 1; break;
        case 'h': case O_HELP: fputs(usage_jobs, stdout); return DV_EX_OK;
        default: fputs(usage_jobs, stderr); return DV_EX_USAGE;
        }
    }
    int retry = optind < argc && !strcmp(argv[optind], "retry");
    if (!retry && optind < argc)
        return dv_usage_error(usage_jobs, "unknown argument '%s'", argv[optind]);
    if (retry && !all_failed && optind + 1 >= argc)
        return dv_usage_error(usage_jobs, "%s", "retry what? give job ids or --failed");
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, dv_db_path(db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_DB;
    }
    int rc = DV_EX_OK;
    if (retry) {
        int total = 0, n;
        if (all_failed) {
            if (dv_store_job_retry(s, 0, &n, &e) != 0) {
                fprintf(stderr, "dotvox: %s\n", e.msg);
                rc = DV_EX_FAIL;
            } else total += n;
        }
        for (int i = optind + 1; i < argc; i++) {
            char *end;
            long long id = strtoll(argv[i], &end, 10);
            if (*end || id <= 0) {
                fprintf(stderr, "dotvox: '%s' is not a job id\n", argv[i]);
                rc = DV_EX_USAGE;
                continue;
            }
            if (dv_store_job_retry(s, id, &n, &e) != 0) {
                fprintf(stderr, "dotvox: %s\n", e.msg);
                rc = DV_EX_FAIL;
            } else total += n;
        }
        fprintf(stderr, "%d job%s queued again; run dotvox batch to run them\n",
                total, total == 1 ? "" : "s");
    } else {
        dv_job_row *rows;
        size_t n;
        if (dv_store_jobs(s, status, NULL, 0, &rows, &n, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = DV_EX_DB;
        } else {
            print_jobs(rows, n, json);
            dv_job_rows_free(rows, n);
        }
    }
    dv_store_close(s);
    return rc;
}
