/* cmd_convert.c -- "dotvox braille", "dotvox audio", "dotvox convert":
 * each file through the braille and/or audio job, in this process. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "commands.h"
#include "layout.h"
#include "util.h"
#include "voice.h"

static void print_result_json(const char *file, const char *kind,
                              const dv_braille_result *r, const char *error)
{
    FILE *o = stdout;
    fputs("{\"file\": ", o);
    dv_json_str(o, file);
    fprintf(o, ", \"kind\": \"%s\"", kind);
    fprintf(o, ", \"status\": \"%s\"", error ? "failed" : "done");
    if (r->job) fprintf(o, ", \"job\": %lld", r->job);
    else fputs(", \"job\": null", o);
    if (r->dup_of) fprintf(o, ", \"duplicate_of\": %lld", r->dup_of);
    else fputs(", \"duplicate_of\": null", o);
    if (r->title) { fputs(", \"title\": ", o); dv_json_str(o, r->title); }
    if (r->identifier[0]) { fputs(", \"identifier\": ", o); dv_json_str(o, r->identifier); }
    if (r->tables) { fputs(", \"tables\": ", o); dv_json_str(o, r->tables); }
    if (error) {
        fputs(", \"error\": ", o);
        dv_json_str(o, error);
    } else {
        if (!strcmp(kind, "audio"))
            fprintf(o, ", \"audio_seconds\": %.2f, \"tracks\": %lld, "
                    "\"audio_bytes\": %lld", r->fig.audio_seconds, r->fig.tracks,
                    r->fig.audio_bytes);
        else
            fprintf(o, ", \"braille_characters\": %lld, \"han_characters\": %lld, "
                    "\"cells\": %lld, \"pages\": %lld, \"sheets\": %lld, "
                    "\"volumes\": %lld", r->fig.chars, r->fig.han, r->fig.cells,
                    r->fig.pages, r->fig.sheets, r->fig.volumes);
        fprintf(o, ", \"replaced\": %ld, \"outputs\": [", r->replaced);
        for (int i = 0; i < r->nouts; i++) {
            fputs(i ? ", {\"path\": " : "{\"path\": ", o);
            dv_json_str(o, r->outs[i].path);
            fprintf(o, ", \"format\": \"%s\", \"bytes\": %lld, \"sha256\": \"%s\"}",
                    r->outs[i].format, r->outs[i].bytes, r->outs[i].sha256);
        }
        fputc(']', o);
    }
    fputs("}\n", o);
    fflush(o);
}

/* A progress line for one file on a terminal, git style:
 * "[1/3] book.txt: braille 37%, eta 4m", redrawn at most twice a second,
 * and only once a job has run for a second (short ones stay quiet). */
typedef struct meter {
    const char *file;
    int idx, n;
    double t0, last;
    int drawn;
} meter;

static void meter_draw(void *ctx, const char *what, double done)
{
    meter *m = ctx;
    double t = dv_mono_now();
    if (t - m->t0 < 1.0 || t - m->last < 0.5) return;
    m->last = t;
    char eta[32] = "";
    if (done > 0.01 && done < 1.0)
        dv_fmt_eta((t - m->t0) * (1.0 - done) / done, eta, sizeof eta);
    fprintf(stderr, "\r[%d/%d] %s: %s %d%%%s\033[K", m->idx, m->n, m->file,
            what, (int)(done * 100.0), eta);
    fflush(stderr);
    m->drawn = 1;
}

static void meter_clear(meter *m)
{
    if (m->drawn) fputs("\r\033[K", stderr);
    m->drawn = 0;
}

int dv_cmd_convert(int argc, char **argv, int only)
{
    dv_cli c;
    const char *usage = only == DV_DO_AUDIO ? dv_usage_audio : dv_usage_braille;
    int rc = dv_cli_parse(&c, argc, argv, only, usage);
    if (rc >= 0) return rc;
    if (c.first >= argc) return dv_usage_error(usage, "%s", "no input files");
    dv_err e;
    dv_brl_cache cache = {0};
    /* A bad --table, --embosser or --voice is the command's fault, not a
     * file's: refuse before touching any file or the manifest. */
    if (c.want & DV_DO_BRAILLE) {
        dv_brl *b;
        dv_profile p;
        char dir[8300];
        snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
        if ((c.b.tables && dv_brl_cache_get(&cache, c.b.tables, &b, &e) != 0) ||
            dv_profile_load(dir, c.b.embosser ? c.b.embosser : "brf-40x25", &p, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            dv_brl_cache_free(&cache);
            return DV_EX_FAIL;
        }
    }
    if ((c.want & DV_DO_AUDIO) && c.a.voice) {
        dv_voice v;
        char dir[8300];
        snprintf(dir, sizeof dir, "%s/voices", dv_datadir());
        if (dv_voice_load(dir, c.a.voice, &v, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            dv_brl_cache_free(&cache);
            return DV_EX_FAIL;
        }
    }
    dv_store *s;
    if (dv_store_open(&s, dv_db_path(c.db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_brl_cache_free(&cache);
        return DV_EX_DB;
    }

    dv_audio_env env = {0};
    int failed = 0, nfiles = argc - c.first;
    meter m = {0};
    if (!c.quiet && isatty(2)) {
        c.b.progress = c.a.progress = meter_draw;
        c.b.progress_ctx = c.a.progress_ctx = &m;
    }
    for (int i = c.first; i < argc; i++) {
        const char *file = argv[i];
        for (int fmt = DV_DO_BRAILLE; fmt <= DV_DO_AUDIO; fmt <<= 1) {
            if (!(c.want & fmt)) continue;
            dv_braille_result r;
            m = (meter){file, i - c.first + 1, nfiles, dv_mono_now(), 0, 0};
            int rc = fmt == DV_DO_BRAILLE ? dv_braille_file(file, &c.b, s, &cache, &r, &e)
                                       : dv_audio_file(file, &c.a, s, &env, &r, &e);
            const char *kind = fmt == DV_DO_BRAILLE ? "braille" : "audio";
            meter_clear(&m);
            if (rc != 0) {
                failed++;
                fprintf(stderr, "dotvox: %s\n", e.msg);
                if (c.json) print_result_json(file, kind, &r, e.msg);
            } else {
                if (c.json) print_result_json(file, kind, &r, NULL);
                if (r.replaced)
                    fprintf(stderr, "dotvox: %s: replaced %ld invalid byte sequence%s (--lenient)\n",
                            file, r.replaced, r.replaced == 1 ? "" : "s");
                if (!c.quiet && fmt == DV_DO_BRAILLE)
                    fprintf(stderr, "[%d/%d] %s -> %s: %lld braille characters, "
                            "%lld pages, %lld volume%s (job %lld)\n",
                            i - c.first + 1, nfiles, file, c.b.outdir, r.fig.chars,
                            r.fig.pages, r.fig.volumes, r.fig.volumes == 1 ? "" : "s",
                            r.job);
                if (!c.quiet && fmt == DV_DO_AUDIO)
                    fprintf(stderr, "[%d/%d] %s -> %s: %lld track%s, %.0f:%02.0f "
                            "(job %lld)\n", i - c.first + 1, nfiles, file, c.b.outdir,
                            r.fig.tracks, r.fig.tracks == 1 ? "" : "s",
                            floor(r.fig.audio_seconds / 60),
                            fmod(r.fig.audio_seconds, 60), r.job);
                if (!c.quiet && r.dup_of)
                    fprintf(stderr, "    same source and settings as job %lld: "
                            "not counted again\n", r.dup_of);
            }
            dv_braille_result_free(&r);
        }
    }
    dv_audio_env_free(&env);
    dv_store_close(s);
    dv_brl_cache_free(&cache);
    if (!c.quiet && nfiles > 1)
        fprintf(stderr, "%d converted, %d failed\n", nfiles - failed, failed);
    return failed ? DV_EX_FAIL : DV_EX_OK;
}

