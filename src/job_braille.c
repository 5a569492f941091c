/* job_braille.c -- see job_braille.h. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "doc.h"
#include "job_braille.h"
#include "layout.h"
#include "pretrans.h"
#include "structure.h"
#include "textin.h"
#include "util.h"
#include "writers.h"

int dv_brl_cache_get(dv_brl_cache *c, const char *tables, dv_brl **out,
                     dv_err *e)
{
    for (int i = 0; i < c->n; i++)
        if (!strcmp(dv_brl_tables(c->brl[i]), tables)) {
            *out = c->brl[i];
            return 0;
        }
    if (dv_brl_open(out, tables, e) != 0) return -1;
    if (c->n == (int)(sizeof c->brl / sizeof *c->brl)) {
        dv_zhbrl_close(c->zh[0]);
        dv_brl_close(c->brl[0]);
        memmove(c->brl, c->brl + 1, sizeof c->brl - sizeof *c->brl);
        memmove(c->zh, c->zh + 1, sizeof c->zh - sizeof *c->zh);
        c->n--;
    }
    c->zh[c->n] = NULL;
    c->brl[c->n++] = *out;
    return 0;
}

int dv_brl_cache_zh(dv_brl_cache *c, dv_brl *b, const dv_braille_opts *o,
                    dv_zhbrl **out, dv_err *e)
{
    int i = 0;
    while (i < c->n && c->brl[i] != b) i++;
    if (i == c->n) return dv_errf(e, "internal: table not from this cache");
    if (!c->reader &&
        dv_reader_open(&c->reader, dv_datadir(), o->lexicons, o->nlexicons, e) != 0)
        return -1;
    if (!c->zh[i] && dv_zhbrl_open(&c->zh[i], c->reader, b, e) != 0) return -1;
    *out = c->zh[i];
    return 0;
}

void dv_brl_cache_free(dv_brl_cache *c)
{
    for (int i = 0; i < c->n; i++) {
        dv_zhbrl_close(c->zh[i]);
        dv_brl_close(c->brl[i]);
    }
    c->n = 0;
    dv_reader_close(c->reader);
    c->reader = NULL;
}

void dv_braille_result_free(dv_braille_result *r)
{
    free(r->title);
    for (int i = 0; i < r->nouts; i++) {
        free((char *)r->outs[i].path);
        free((char *)r->outs[i].sha256);
    }
    free(r->outs);
    memset(r, 0, sizeof *r);
}

static void remove_outputs(dv_braille_result *r)
{
    for (int i = 0; i < r->nouts; i++) unlink(r->outs[i].path);
}

void dv_result_add(dv_braille_result *r, const char *path, const char *format,
                   const char *sha256, long long bytes)
{
    if (r->nouts == r->capouts) {
        r->capouts = r->capouts ? 2 * r->capouts : 8;
        r->outs = dv_realloc(r->outs, (size_t)r->capouts * sizeof *r->outs);
    }
    dv_output_rec *o = &r->outs[r->nouts++];
    o->path = dv_strdup(path);
    o->format = format;
    o->sha256 = dv_strdup(sha256);
    o->bytes = bytes;
}

int dv_result_add_file(dv_braille_result *r, const char *path,
                       const char *format, dv_err *e)
{
    char hex[65];
    long long bytes = 0;
    if (dv_sha256_file(path, hex, &bytes, e) != 0) return -1;
    dv_result_add(r, path, format, hex, bytes);
    return 0;
}

/* ---- every output at once ---- */

/* A sink that hands each page to all the files of the book: the whole
 * book as BRF, PEF and Unicode braille text, and the volume's own BRF.
 * The whole-book files are made when the number of volumes is known
 * (begin), a volume's when it starts. */
typedef struct fout {
    dv_writer *w;         /* NULL once committed or aborted */
    char *path;
    const char *format;
    dv_pagesink s;
} fout;

typedef struct fanout {
    const dv_doc *d;
    const char *ident, *outdir;
    fout *out;
    int n;
    int nbook;            /* the first nbook files take every page; after
                             them, the current volume's is the last */
    dv_book shape;
    char slug[80];
} fanout;

static int fan_add(fanout *f, dv_writer *w, const char *path,
                   const char *format)
{
    if (!w) return -1;
    f->out = dv_realloc(f->out, (size_t)(f->n + 1) * sizeof *f->out);
    fout *o = &f->out[f->n++];
    o->w = w;
    o->path = dv_strdup(path);
    o->format = format;
    dv_writer_sink(w, &o->s);
    return 0;
}

static int fan_begin(void *ctx, const dv_book *shape, dv_err *e)
{
    fanout *f = ctx;
    char path[4096], date[32];
    f->shape = *shape;
    dv_slug(f->d->title, f->slug, sizeof f->slug);
    snprintf(path, sizeof path, "%s/%s.brf", f->outdir, f->slug);
    if (fan_add(f, dv_brf_writer(path, -1, e), path, "brf") != 0) return -1;

    dv_now_iso(date);
    date[10] = 0;
    const dv_doc *d = f->d;
    dv_pef_meta m = {d->title, d->author, f->ident, date,
                     !strcmp(d->lang, "zh") ? "zh-CN" : d->lang};
    snprintf(path, sizeof path, "%s/%s.pef", f->outdir, f->slug);
    if (fan_add(f, dv_pef_writer(path, &m, e), path, "pef") != 0) return -1;
    snprintf(path, sizeof path, "%s/%s.braille.txt", f->outdir, f->slug);
    if (fan_add(f, dv_utxt_writer(path, e), path, "txt") != 0) return -1;

    for (int i = 0; i < f->n; i++)
        if (f->out[i].s.begin(f->out[i].s.ctx, shape, e) != 0) return -1;
    f->nbook = f->n;
    return 0;
}

/* A volume's own BRF is made when the volume starts and closed when it
 * ends: a book of 200 volumes never has 200 files open or buffered. */
static int fan_volume(void *ctx, int vol, dv_err *e)
{
    fanout *f = ctx;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.v%d.brf", f->outdir, f->slug, vol + 1);
    if (fan_add(f, dv_brf_writer(path, vol, e), path, "brf") != 0) return -1;
    dv_pagesink *v = &f->out[f->n - 1].s;
    if (v->begin(v->ctx, &f->shape, e) != 0) return -1;
    for (int i = 0; i < f->nbook; i++)
        if (f->out[i].s.volume(f->out[i].s.ctx, vol, e) != 0) return -1;
    return v->volume(v->ctx, vol, e);
}

/* The whole-book files and the current volume's: the first nbook and
 * the last. */
static int fan_page(void *ctx, int vol, const dv_page *p, dv_err *e)
{
    fanout *f = ctx;
    for (int i = 0; i < f->nbook; i++)
        if (f->out[i].s.page(f->out[i].s.ctx, vol, p, e) != 0) return -1;
    dv_pagesink *v = &f->out[f->n - 1].s;
    return v->page(v->ctx, vol, p, e);
}

static int fan_volume_end(void *ctx, int vol, dv_err *e)
{
    fanout *f = ctx;
    for (int i = 0; i < f->nbook; i++)
        if (f->out[i].s.volume_end(f->out[i].s.ctx, vol, e) != 0) return -1;
    dv_pagesink *v = &f->out[f->n - 1].s;
    if (v->volume_end(v->ctx, vol, e) != 0 || v->end(v->ctx, e) != 0)
        return -1;
    return dv_writer_close(f->out[f->n - 1].w, e);
}

static int fan_end(void *ctx, dv_err *e)
{
    fanout *f = ctx;
    for (int i = 0; i < f->nbook; i++)
        if (f->out[i].s.end(f->out[i].s.ctx, e) != 0) return -1;
    return 0;
}

/* Renames every file into place and records it, the volumes' BRFs first
 * as they always were listed; on failure the files already in place are
 * removed by the caller (remove_outputs). */
static int fan_commit(fanout *f, dv_braille_result *r, dv_err *e)
{
    int rc = 0;
    for (int k = 0; k < f->n; k++) {
        fout *o = &f->out[(k + f->nbook) % f->n];
        dv_writer *w = o->w;
        o->w = NULL;
        if (rc == 0 && (dv_writer_commit(w, e) != 0 ||
                        dv_result_add_file(r, o->path, o->format, e) != 0))
            rc = -1;
        else if (rc != 0)
            dv_writer_abort(w);
    }
    return rc;
}

static void fan_free(fanout *f)
{
    for (int i = 0; i < f->n; i++) {
        if (f->out[i].w) dv_writer_abort(f->out[i].w);
        free(f->out[i].path);
    }
    free(f->out);
    memset(f, 0, sizeof *f);
}

/* ---- blocks to lines ---- */

/* Text per worker process in one window: enough that forking is noise,
 * small enough that a window's text and cells are a few megabytes. */
#define WINDOW_BYTES (512 * 1024)

/* Lays out every block of src, counting the braille figures.  Blocks go
 * through in windows; with -j > 1 each window is translated by worker
 * processes (pretrans.c) before layout takes it; with one process a
 * window is one block, translated when layout gets to it. */
static int lay_blocks(dv_docsrc *src, dv_lay *L, dv_xlate_fn xlate, void *xctx,
                      const dv_braille_opts *o, dv_figures *fig, dv_err *e)
{
    int jobs = o->jobs;
    size_t limit = jobs > 1 ? (size_t)jobs * WINDOW_BYTES : 0;
    int more = 1, rc = 0;
    while (more && rc == 0) {
        dv_doc w;
        dv_doc_init(&w);
        size_t bytes = 0;
        dv_block b;
        do {
            int got = dv_docsrc_next(src, &b, e);
            if (got < 0) rc = -1;
            if (got <= 0) {
                more = 0;
                break;
            }
            dv_doc_add(&w, b.type, b.level, b.text, b.len);
            bytes += b.len;
        } while (bytes < limit);
        dv_pretrans pt = {0};
        if (rc == 0 && w.nblocks &&
            dv_pretranslate(&w, xlate, xctx, jobs, &pt, e) != 0)
            rc = -1;
        for (size_t i = 0; i < w.nblocks && rc == 0; i++) {
            rc = dv_lay_block(L, &w.blocks[i], dv_pretrans_xlate, &pt, e);
            dv_block_count(&w.blocks[i], &fig->chars, &fig->han);
        }
        dv_pretrans_free(&pt);
        dv_doc_free(&w);
        /* the pages are still to write: a little is left at the end */
        if (o->progress)
            o->progress(o->progress_ctx, "braille", 0.97 * dv_docsrc_done(src));
    }
    return rc;
}

/* Everything that changes the output, so that the same source converted
 * with the same settings is recognised. */
static char *settings_key(const dv_doc *d, const char *tables,
                          const dv_profile *p, const dv_braille_opts *o)
{
    dv_buf b = {0};
    dv_buf_printf(&b, "tables=%s;cols=%d;rows=%d;duplex=%d;volume_sheets=%d;"
                  "reflow=%d;title=%s;author=%s;reading=1",
                  tables, p->cols, p->rows, o->duplex, o->volume_sheets,
                  !o->no_reflow, d->title, d->author ? d->author : "");
    dv_settings_lexicons(&b, o->lexicons, o->nlexicons);
    return b.data;
}

void dv_settings_lexicons(dv_buf *b, const char *const *lexicons, int n)
{
    for (int i = 0; i < n; i++) {
        char hex[65];
        dv_err e;
        if (dv_sha256_file(lexicons[i], hex, NULL, &e) != 0) hex[0] = 0;
        dv_buf_printf(b, ";lexicon=%s", hex);
    }
}

int dv_job_record(dv_store *s, const dv_doc *d, const char *kind,
                  const char *settings, const char *requester,
                  long long claimed, dv_braille_result *r, dv_err *e)
{
    dv_title_rec tr = {r->identifier, d->title, d->author, d->lang, d->sha256,
                       d->encoding, d->src_bytes};
    long long title_id;
    if (dv_store_title(s, &tr, &title_id, e) != 0) return -1;
    if (claimed) {
        /* a job the batch queue handed us: it is already running */
        r->job = claimed;
        return dv_store_job_bind(s, claimed, title_id, settings, &r->dup_of, e);
    }
    if (dv_store_job_new(s, title_id, kind, settings, requester, &r->job,
                         &r->dup_of, e) != 0)
        return -1;
    return dv_store_job_start(s, r->job, e);
}

int dv_braille_file(const char *path, const dv_braille_opts *o, dv_store *s,
                    dv_brl_cache *cache, dv_braille_result *r, dv_err *e)
{
    memset(r, 0, sizeof *r);
    dv_doc d;
    dv_doc_init(&d);
    dv_docsrc *src = NULL;
    dv_lay *lay = NULL;
    fanout fan = {0};
    dv_brl *brl = NULL;
    char *settings = NULL;
    int rc = -1;

    /* The book streams: read once here for its title, language and
     * measures, then block by block into layout. */
    dv_structure_opts so = {o->title, o->author, o->lang, o->no_reflow};
    if (dv_docsrc_open(path, o->encoding, o->lenient, &so, &d, &src, e) != 0)
        goto out;
    r->replaced = d.replaced;
    snprintf(r->encoding, sizeof r->encoding, "%s", d.encoding);

    const char *tables = o->tables;
    if (!tables) {
        const char *sys = !strcmp(d.lang, "zh") ? o->system
                          : o->grade == 1 ? "g1" : "g2";
        tables = dv_brl_default_tables(d.lang, sys);
        if (!tables) {
            dv_errf(e, "%s: no braille system '%s' for language '%s'", path,
                    sys ? sys : "default", d.lang);
            goto out;
        }
    }
    if (dv_brl_cache_get(cache, tables, &brl, e) != 0) goto out;
    r->tables = dv_brl_tables(brl);

    /* Chinese goes through the reading layer: word spaces, polyphones */
    dv_xlate_fn xlate = dv_brl_xlate;
    void *xctx = brl;
    if (!strcmp(d.lang, "zh")) {
        dv_zhbrl *z;
        if (dv_brl_cache_zh(cache, brl, o, &z, e) != 0) goto out;
        xlate = dv_zhbrl_xlate;
        xctx = z;
    }

    dv_profile prof;
    char dir[8300];
    snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
    if (dv_profile_load(dir, o->embosser ? o->embosser : "brf-40x25", &prof, e) != 0)
        goto out;

    snprintf(r->identifier, sizeof r->identifier, "dotvox-%.16s", d.sha256);
    r->title = dv_strdup(d.title);

    /* From here on the manifest knows about the job. */
    settings = settings_key(&d, tables, &prof, o);
    if (dv_job_record(s, &d, "braille", settings, o->requester, o->job, r, e) != 0)
        goto out;

    dv_layout_opts lo = {prof.cols, prof.rows, o->duplex, o->volume_sheets,
                         2, d.lang};
    dv_figures fig = {0};
    dv_doc_count(&d, &fig.chars, &fig.han);   /* title and author */
    fan = (fanout){.d = &d, .ident = r->identifier, .outdir = o->outdir};
    dv_pagesink sink = {fan_begin, fan_volume, fan_page, fan_volume_end,
                        fan_end, &fan};
    dv_book tot;
    /* the laid-out lines wait in the output folder, unlinked */
    if (dv_mkdirs(o->outdir, e) != 0 ||
        dv_lay_open(&lo, o->outdir, &lay, e) != 0 ||
        lay_blocks(src, lay, xlate, xctx, o, &fig, e) != 0 ||
        dv_lay_finish(lay, d.title, d.author, xlate, xctx, &sink, &tot, e) != 0 ||
        fan_commit(&fan, r, e) != 0)
        goto fail;

    r->fig = fig;
    r->fig.cells = tot.cells;
    r->fig.pages = tot.pages;
    r->fig.sheets = tot.sheets;
    r->fig.volumes = (long long)tot.nvols;
    if (dv_store_job_done(s, r->job, &r->fig, r->outs, r->nouts, e) != 0)
        goto fail;
    rc = 0;
    goto out;

fail:
    remove_outputs(r);
    if (r->job) {
        dv_err e2;
        dv_store_job_fail(s, r->job, e->msg, &e2);
    }
out:
    free(settings);
    fan_free(&fan);
    dv_lay_close(lay);
    dv_docsrc_close(src);
    dv_doc_free(&d);
    return rc;
}
