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

/* Records a finished output file: its size and sha256 as written. */
static int add_output(dv_braille_result *r, const char *path,
                      const char *format, dv_err *e)
{
    char hex[65];
    long long bytes = 0;
    if (dv_sha256_file(path, hex, &bytes, e) != 0) return -1;
    if (r->nouts == r->capouts) {
        r->capouts = r->capouts ? 2 * r->capouts : 8;
        r->outs = dv_realloc(r->outs, (size_t)r->capouts * sizeof *r->outs);
    }
    dv_output_rec *o = &r->outs[r->nouts++];
    o->path = dv_strdup(path);
    o->format = format;
    o->sha256 = dv_strdup(hex);
    o->bytes = bytes;
    return 0;
}

static int write_all(const dv_book *book, const dv_doc *d, const char *ident,
                     const dv_braille_opts *o, dv_braille_result *r, dv_err *e)
{
    char slug[80], path[4096], date[32];
    dv_slug(d->title, slug, sizeof slug);
    if (dv_mkdirs(o->outdir, e) != 0) return -1;

    for (size_t v = 0; v < book->nvols; v++) {
        snprintf(path, sizeof path, "%s/%s.v%zu.brf", o->outdir, slug, v + 1);
        if (dv_write_brf(book, (int)v, path, e) != 0 ||
            add_output(r, path, "brf", e) != 0)
            return -1;
    }
    snprintf(path, sizeof path, "%s/%s.brf", o->outdir, slug);
    if (dv_write_brf(book, -1, path, e) != 0 || add_output(r, path, "brf", e) != 0)
        return -1;

    dv_now_iso(date);
    date[10] = 0;
    dv_pef_meta m = {d->title, d->author, ident, date,
                     !strcmp(d->lang, "zh") ? "zh-CN" : d->lang};
    snprintf(path, sizeof path, "%s/%s.pef", o->outdir, slug);
    if (dv_write_pef(book, &m, path, e) != 0 || add_output(r, path, "pef", e) != 0)
        return -1;

    snprintf(path, sizeof path, "%s/%s.braille.txt", o->outdir, slug);
    if (dv_write_utxt(book, path, e) != 0 || add_output(r, path, "txt", e) != 0)
        return -1;
    return 0;
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
    dv_text t = {0};
    dv_doc d;
    dv_doc_init(&d);
    dv_book book = {0};
    dv_pretrans pt = {0};
    dv_brl *brl = NULL;
    char *settings = NULL;
    int rc = -1;

    if (dv_text_read(path, o->encoding, o->lenient, &t, e) != 0) goto out;
    dv_structure_opts so = {o->title, o->author, o->lang, o->no_reflow};
    if (dv_structure(&t, &so, &d, path, e) != 0) goto out;
    r->replaced = t.replaced;
    snprintf(r->encoding, sizeof r->encoding, "%s", t.encoding);
    dv_text_free(&t);   /* the model holds the text now */

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
    if (dv_pretranslate(&d, xlate, xctx, o->jobs, &pt, e) != 0 ||
        dv_layout(&d, &lo, dv_pretrans_xlate, &pt, &book, e) != 0 ||
        write_all(&book, &d, r->identifier, o, r, e) != 0)
        goto fail;

    dv_doc_count(&d, &r->fig.chars, &r->fig.han);
    r->fig.cells = book.cells;
    r->fig.pages = book.pages;
    r->fig.sheets = book.sheets;
    r->fig.volumes = (long long)book.nvols;
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
    dv_pretrans_free(&pt);
    dv_book_free(&book);
    dv_doc_free(&d);
    dv_text_free(&t);
    return rc;
}
