/* job_audio.c -- see job_audio.h. */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "doc.h"
#include "job_audio.h"
#include "loudness.h"
#include "master.h"
#include "mp3.h"
#include "script.h"
#include "structure.h"
#include "util.h"

#define LEAD_MS 500
#define TAIL_MS 1000
/* The limiter's ceiling for the PCM: MP3 encoding adds overshoot of a
 * few tenths of a dB, and the promise is about the decoded MP3 (true
 * peaks <= -1 dBFS). */
#define CEILING_DBTP (-1.5)

void dv_audio_env_free(dv_audio_env *env)
{
    dv_speech_close(env->speech);
    dv_reader_close(env->reader);
    memset(env, 0, sizeof *env);
}

/* Everything a chapter needs, shared (read-only) by the workers.  The
 * book is read twice as a stream of chapters: pass A (survey) keeps
 * these few facts per chapter, pass B (replay) hands each speaking
 * chapter to whoever makes its audio, so no more than one chapter's text
 * is held at a time. */
typedef struct job {
    const dv_doc *d;       /* the book's header: no blocks */
    const char *path;
    const dv_audio_opts *o;
    const dv_voice *v;
    unsigned char *speaks; /* per chapter: 1 if it makes a track */
    size_t nchapters;
    char **titles;         /* per track */
    size_t *weight;        /* per track: bytes of text, for progress */
    size_t *nsegs;         /* per track: things said (pass A's count) */
    size_t ntracks, wtotal;
    dv_speech *speech;
    dv_reader *reader;
    char dir[4096];        /* the book's folder */
    char slug[80];
    const char *lang3;     /* ID3 TLAN */
} job;

/* What a worker reports for one track: fits one atomic pipe write
 * (PIPE_BUF), so the messages of several workers never interleave.  Now
 * and then a progress message (how far into its chapter, in done), then
 * once the result. */
typedef struct track_result {
    int track;
    int progress;          /* 1: only done is meaningful */
    double done;
    int ok;
    double seconds;
    long long bytes;
    char sha[65];
    char err[900];
} track_result;

/* What the parent keeps of a track: a book may have thousands. */
typedef struct track_made {
    double seconds;
    long long bytes;
    char sha[65];
} track_made;

/* ---- one chapter: script -> speech -> temp PCM ---- */

struct job;

typedef struct synth {
    dv_speech *sp;
    const dv_voice *v;
    dv_pcm_sink sink;
    void *sink_ctx;
    FILE *script;          /* --keep-script, or NULL */
    int said;              /* something was said already */
    int pending_ms;        /* a pause not yet made */
    /* progress: things said of the chapter's total, reported at most
     * twice a second through report (NULL: none) */
    size_t nsaid, total;
    double last;
    void (*report)(struct synth *y, double done);
    int fd, track;         /* a worker's pipe and track */
    const struct job *j;   /* --single: the parent's job */
    size_t wbase;          /* --single: weight of the chapters before */
} synth;

/* Pauses are made only between two things said: a file's own lead and
 * tail silences are exact, not lengthened by a heading's or a
 * paragraph's pause. */
static int emit_seg(void *ctx, const dv_seg *s, dv_err *e)
{
    synth *y = ctx;
    const char *voice = s->latin ? y->v->latin : y->v->espeak;
    if (s->pause_ms > 0) {
        if (y->said && s->pause_ms > y->pending_ms) y->pending_ms = s->pause_ms;
        return 0;
    }
    if (y->pending_ms > 0) {
        if (y->script) fprintf(y->script, "pause\t%d\n", y->pending_ms);
        if (dv_speech_silence(y->sp, y->pending_ms, y->sink, y->sink_ctx, e) != 0)
            return -1;
        y->pending_ms = 0;
    }
    y->said = 1;
    if (y->script) fprintf(y->script, "%s\t%s\n", voice, s->text);
    if (dv_speech_say(y->sp, y->v, voice, s->text, y->sink, y->sink_ctx, e) != 0)
        return -1;
    y->nsaid++;
    if (y->report && y->total) {
        double t = dv_mono_now();
        if (t - y->last >= 0.5) {
            y->last = t;
            y->report(y, (double)y->nsaid / (double)y->total);
        }
    }
    return 0;
}

static int counting(void *ctx, const dv_seg *s, dv_err *e)
{
    (void)ctx; (void)s; (void)e;
    return 0;
}

static int has_words(const char *s)
{
    int letters = 0;
    for (; *s; s++)
        if (((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') && ++letters >= 3) return 1;
    return 0;
}

/* NNN_slug.EXT for track t (0-based). */
static void track_path(const job *j, size_t t, const char *ext, char *out,
                       size_t n)
{
    char s[80];
    const char *title = j->titles[t];
    if (has_words(title)) dv_slug(title, s, sizeof s);
    else snprintf(s, sizeof s, "%s", j->slug);
    snprintf(out, n, "%s/%03zu_%s.%s", j->dir, t + 1, s, ext);
}

typedef struct tee {
    dv_mp3 *mp3;
    dv_master *master;
} tee;

static int tee_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    tee *t = ctx;
    if (dv_mp3_write(t->mp3, pcm, n, e) != 0) return -1;
    if (t->master && dv_master_sink(t->master, pcm, n, e) != 0) return -1;
    return 0;
}

static double gain_for(const dv_pcmtmp *p, double target)
{
    double l = dv_pcmtmp_loudness(p);
    return isfinite(l) ? target - l : 0.0;
}

static void progress(const job *j, double done)
{
    if (j->o->progress) j->o->progress(j->o->progress_ctx, "audio", done);
}

/* ---- the chapters, read as a stream ---- */

static int docsrc_next(void *ctx, dv_block *b, dv_err *e)
{
    return dv_docsrc_next(ctx, b, e);
}

/* Pass A: which chapters have something to say (only punctuation: no
 * track), and each track's title.  Scripting every chapter (counting
 * only) also warms the reading layer up once, before any worker forks. */
static int survey(job *j, dv_docsrc *src, dv_err *e)
{
    dv_chapters c;
    dv_chap ch = {0};
    size_t cap = 0, tcap = 0;
    int got;
    dv_chapters_open(&c, j->d->title, j->o->split_level, docsrc_next, src);
    while ((got = dv_chapters_next(&c, &ch, e)) > 0) {
        int spoken = 0;
        if (dv_script_chapter(j->d, &ch, j->reader, j->v, counting, NULL,
                              &spoken, e) != 0) {
            got = -1;
            break;
        }
        if (j->nchapters == cap) {
            cap = cap ? 2 * cap : 64;
            j->speaks = dv_realloc(j->speaks, cap);
        }
        j->speaks[j->nchapters++] = spoken != 0;
        if (!spoken) continue;
        if (j->ntracks == tcap) {
            tcap = tcap ? 2 * tcap : 64;
            j->titles = dv_realloc(j->titles, tcap * sizeof *j->titles);
            j->weight = dv_realloc(j->weight, tcap * sizeof *j->weight);
            j->nsegs = dv_realloc(j->nsegs, tcap * sizeof *j->nsegs);
        }
        j->nsegs[j->ntracks] = (size_t)spoken;
        size_t w = 1;
        for (size_t i = 0; i < ch.body.nblocks; i++) w += ch.body.blocks[i].len;
        j->weight[j->ntracks] = w;
        j->wtotal += w;
        j->titles[j->ntracks++] = dv_strdup(ch.title);
    }
    dv_chap_free(&ch);
    dv_chapters_close(&c);
    return got < 0 ? -1 : 0;
}

/* Pass B, as a stream of the chapters that make tracks, in order. */
typedef struct replay {
    dv_chapters c;
    dv_chap ch;            /* the current track's chapter */
    size_t read;           /* chapters read so far */
} replay;

/* Reads the next speaking chapter into p->ch. */
static int next_track(const job *j, replay *p, dv_err *e)
{
    for (;;) {
        int got = dv_chapters_next(&p->c, &p->ch, e);
        if (got < 0) return -1;
        if (got == 0 || p->read == j->nchapters)
            return dv_errf(e, "%s: changed while being read", j->path);
        if (j->speaks[p->read++]) return 0;
    }
}

/* Encodes the temp PCM into path with tags (and a master beside it). */
static int encode(const job *j, dv_pcmtmp *pcm, const char *path,
                  const char *master_path, const dv_id3 *tags,
                  track_result *res, dv_err *e)
{
    int rate = dv_speech_rate(j->speech);
    tee t = {0};
    if (dv_mp3_open(&t.mp3, path, rate, j->o->bitrate, j->o->quality, tags, e) != 0)
        return -1;
    if (master_path &&
        dv_master_open(&t.master, master_path, rate, j->o->master, e) != 0) {
        dv_mp3_abort(t.mp3);
        return -1;
    }
    if (dv_pcmtmp_replay(pcm, gain_for(pcm, j->o->target_lufs), CEILING_DBTP,
                         LEAD_MS, TAIL_MS, tee_sink, &t, e) != 0) {
        dv_mp3_abort(t.mp3);
        if (t.master) dv_master_abort(t.master);
        return -1;
    }
    if (dv_mp3_close(t.mp3, e) != 0) {
        if (t.master) dv_master_abort(t.master);
        return -1;
    }
    if (t.master && dv_master_close(t.master, e) != 0) {
        unlink(path);
        return -1;
    }
    res->seconds = (double)dv_pcmtmp_samples(pcm) / rate +
                   (LEAD_MS + TAIL_MS) / 1000.0;
    return dv_sha256_file(path, res->sha, &res->bytes, e);
}

/* The script file beside an MP3, written atomically. */
static int script_open(const job *j, size_t t, dv_afile *f, dv_err *e)
{
    char path[4300];
    track_path(j, t, "script.txt", path, sizeof path);
    if (dv_afile_open(f, path, e) != 0) return -1;
    fprintf(f->fp, "# dotvox: what eSpeak NG was given, in order: VOICE<TAB>TEXT"
            " or pause<TAB>MILLISECONDS\n");
    return 0;
}

/* A worker's progress: synthesis is about nine tenths of a track. */
static void report_pipe(synth *y, double done)
{
    track_result m;
    memset(&m, 0, sizeof m);
    m.track = y->track;
    m.progress = 1;
    m.done = 0.9 * done;
    if (write(y->fd, &m, sizeof m) != (ssize_t)sizeof m) y->report = NULL;
}

static void make_track(const job *j, size_t t, const dv_chap *ch, int fd,
                       track_result *res)
{
    dv_err e;
    memset(res, 0, sizeof *res);
    res->track = (int)t;
    char path[4300], mpath[4300];
    track_path(j, t, "mp3", path, sizeof path);
    track_path(j, t, j->o->master ? j->o->master : "wav", mpath, sizeof mpath);
    dv_pcmtmp *pcm = NULL;
    dv_afile sf = {0};
    int rc = -1;
    if (dv_pcmtmp_open(&pcm, j->dir, dv_speech_rate(j->speech), &e) != 0) goto out;
    if (j->o->keep_script && script_open(j, t, &sf, &e) != 0) goto out;
    synth y = {.sp = j->speech, .v = j->v, .sink = dv_pcmtmp_sink,
               .sink_ctx = pcm, .script = sf.fp};
    if (j->o->progress) {
        y.report = report_pipe;
        y.total = j->nsegs[t];
        y.last = dv_mono_now();
        y.fd = fd;
        y.track = (int)t;
    }
    int spoken;
    if (dv_script_chapter(j->d, ch, j->reader, j->v, emit_seg, &y, &spoken,
                          &e) != 0)
        goto out;
    dv_id3 tags = {j->titles[t], j->d->author, j->d->title,
                   "Audiobook", j->lang3, (int)t + 1, (int)j->ntracks, NULL, 0};
    if (encode(j, pcm, path, j->o->master ? mpath : NULL, &tags, res, &e) != 0)
        goto out;
    if (sf.fp && dv_afile_commit(&sf, &e) != 0) {
        unlink(path);
        if (j->o->master) unlink(mpath);
        goto out;
    }
    rc = 0;
out:
    if (sf.fp) dv_afile_abort(&sf);
    dv_pcmtmp_close(pcm);
    res->ok = rc == 0;
    if (rc != 0) snprintf(res->err, sizeof res->err, "%.899s", e.msg);
}

/* ---- workers ---- */

/* Reads every message waiting in the pipe: progress (part: how far each
 * track is) or a result (made, done).  Reports the whole's progress,
 * each track weighted by its text. */
static void take_messages(const job *j, int fd, track_made *made, char *done,
                          float *part, size_t *got, size_t *wdone, int *rc,
                          dv_err *e)
{
    track_result res;
    int moved = 0;
    for (;;) {
        struct pollfd pf = {fd, POLLIN, 0};
        if (poll(&pf, 1, 0) <= 0) break;
        if (read(fd, &res, sizeof res) != (ssize_t)sizeof res) break;
        if (res.track < 0 || (size_t)res.track >= j->ntracks || done[res.track])
            continue;
        moved = 1;
        if (res.progress) {
            part[res.track] = (float)res.done;
            continue;
        }
        track_made *m = &made[res.track];
        m->seconds = res.seconds;
        m->bytes = res.bytes;
        memcpy(m->sha, res.sha, sizeof m->sha);
        done[res.track] = 1;
        part[res.track] = 0;
        (*got)++;
        *wdone += j->weight[res.track];
        if (!res.ok && *rc == 0) *rc = dv_errf(e, "%s", res.err);
    }
    if (!moved || !j->o->progress) return;
    double w = (double)*wdone;
    for (size_t t = 0; t < j->ntracks; t++)
        if (part[t] > 0) w += part[t] * (double)j->weight[t];
    progress(j, w / (double)j->wtotal);
}

/* Makes every track, each in a worker process of its own forked from
 * this one, up to jobs at a time, with the chapter p reads for it (the
 * parent lets go of it once the worker has it).  A fresh process per
 * chapter is what makes the output the same whatever -j is: eSpeak NG's
 * voice state carries from one utterance to the next.  The parent never speaks.
 * After a failure no new chapter starts, and the running ones finish
 * (cleaning up after themselves) before this returns. */
static int make_tracks(const job *j, replay *p, int jobs,
                       track_made *made, dv_err *e)
{
    if (jobs < 1) jobs = 1;
    if (jobs > 64) jobs = 64;
    int rp[2];
    if (pipe(rp) != 0) return dv_errf(e, "pipe: %s", strerror(errno));
    pid_t pids[64];
    int track_of[64], running = 0, rc = 0;
    size_t next = 0, got = 0, wdone = 0;
    char *done = dv_calloc(j->ntracks, 1);
    float *part = dv_calloc(j->ntracks, sizeof *part);
    while (got < j->ntracks) {
        while (rc == 0 && running < jobs && next < j->ntracks) {
            if (next_track(j, p, e) != 0) {
                rc = -1;
                break;
            }
            fflush(NULL);
            pid_t pid = fork();
            if (pid < 0) {
                rc = dv_errf(e, "fork: %s", strerror(errno));
                break;
            }
            if (pid == 0) {
                close(rp[0]);
                track_result res;
                make_track(j, next, &p->ch, rp[1], &res);
                _exit(write(rp[1], &res, sizeof res) == (ssize_t)sizeof res ? 0 : 2);
            }
            dv_chap_free(&p->ch);
            pids[running] = pid;
            track_of[running] = (int)next++;
            running++;
        }
        if (running == 0) break;
        /* Messages as they come (progress, results: each one atomic
         * write), and workers reaped as they exit; a worker that exits
         * without a result is an error once its messages are all read. */
        struct pollfd pf = {rp[0], POLLIN, 0};
        if (poll(&pf, 1, 250) < 0 && errno != EINTR) {
            rc = rc ? rc : dv_errf(e, "poll: %s", strerror(errno));
            break;
        }
        take_messages(j, rp[0], made, done, part, &got, &wdone, &rc, e);
        /* A worker whose result is in is exiting: wait for it, so its
         * slot is free at once.  Others are only reaped if they are gone
         * (died without a result: an error once its messages are read). */
        for (int k = 0; k < running;) {
            int t = track_of[k], st;
            pid_t r = waitpid(pids[k], &st, done[t] ? 0 : WNOHANG);
            if (r == 0) { k++; continue; }
            if (r < 0 && errno == EINTR) continue;
            pids[k] = pids[running - 1];
            track_of[k] = track_of[running - 1];
            running--;
            if (r < 0) {
                rc = rc ? rc : dv_errf(e, "waitpid: %s", strerror(errno));
                continue;
            }
            take_messages(j, rp[0], made, done, part, &got, &wdone, &rc, e);
            if (!done[t] && rc == 0)
                rc = WIFSIGNALED(st)
                    ? dv_errf(e, "chapter %d: the audio worker was killed (signal %d)",
                              t + 1, WTERMSIG(st))
                    : dv_errf(e, "chapter %d: the audio worker died (status %d)",
                              t + 1, WEXITSTATUS(st));
        }
        if (rc != 0 && running == 0) break;
    }
    close(rp[0]);
    close(rp[1]);
    free(done);
    free(part);
    return rc;
}

/* ---- the job ---- */

static int write_playlist(const job *j, const track_made *res, const char *path,
                          dv_err *e)
{
    dv_afile f;
    if (dv_afile_open(&f, path, e) != 0) return -1;
    fputs("#EXTM3U\n", f.fp);
    fprintf(f.fp, "#PLAYLIST:%s\n", j->d->title);
    for (size_t t = 0; t < j->ntracks; t++) {
        char p[4300];
        track_path(j, t, "mp3", p, sizeof p);
        const char *base = strrchr(p, '/');
        fprintf(f.fp, "#EXTINF:%.0f,%s%s%s\n%s\n", res[t].seconds,
                j->d->author ? j->d->author : "", j->d->author ? " - " : "",
                j->titles[t], base ? base + 1 : p);
    }
    return dv_afile_commit(&f, e);
}

/* --single's progress: the chapters before, and this far into this one;
 * encoding the whole is still to come, about a tenth. */
static void report_single(synth *y, double done)
{
    const job *j = y->j;
    double w = (double)y->wbase + done * (double)j->weight[y->track];
    progress(j, 0.9 * w / (double)j->wtotal);
}

/* --single: every chapter into one MP3 with ID3 chapter frames. */
static int make_single(const job *j, replay *p, dv_braille_result *r,
                       double *seconds, dv_err *e)
{
    char path[4300], mpath[4300], spath[4300];
    snprintf(path, sizeof path, "%s/%s.mp3", j->dir, j->slug);
    snprintf(mpath, sizeof mpath, "%s/%s.%s", j->dir, j->slug,
             j->o->master ? j->o->master : "wav");
    snprintf(spath, sizeof spath, "%s/%s.script.txt", j->dir, j->slug);
    int rate = dv_speech_rate(j->speech);
    dv_pcmtmp *pcm = NULL;
    dv_afile sf = {0};
    size_t *starts = dv_calloc(j->ntracks + 1, sizeof *starts);
    dv_chapter *chap = dv_calloc(j->ntracks, sizeof *chap);
    track_result res = {0};
    size_t wdone = 0;
    int rc = -1;
    if (dv_pcmtmp_open(&pcm, j->dir, rate, e) != 0) goto out;
    if (j->o->keep_script && dv_afile_open(&sf, spath, e) != 0) goto out;
    /* one synth for the book: a pause between chapters is made once */
    synth y = {.sp = j->speech, .v = j->v, .sink = dv_pcmtmp_sink,
               .sink_ctx = pcm, .script = sf.fp};
    if (j->o->progress) {
        y.report = report_single;
        y.last = dv_mono_now();
        y.j = j;
    }
    for (size_t t = 0; t < j->ntracks; t++) {
        starts[t] = dv_pcmtmp_samples(pcm);
        y.nsaid = 0;
        y.total = j->nsegs[t];
        y.track = (int)t;
        y.wbase = wdone;
        int spoken;
        if (next_track(j, p, e) != 0 ||
            dv_script_chapter(j->d, &p->ch, j->reader, j->v, emit_seg, &y,
                              &spoken, e) != 0)
            goto out;
        wdone += j->weight[t];
        /* encoding the whole is still to come: about a tenth */
        progress(j, 0.9 * (double)wdone / (double)j->wtotal);
    }
    dv_chap_free(&p->ch);
    starts[j->ntracks] = dv_pcmtmp_samples(pcm);
    for (size_t t = 0; t < j->ntracks; t++) {
        chap[t].title = j->titles[t];
        chap[t].start_ms = (unsigned)(t ? LEAD_MS + starts[t] * 1000 / (size_t)rate : 0);
        chap[t].end_ms = (unsigned)(LEAD_MS + starts[t + 1] * 1000 / (size_t)rate +
                                    (t + 1 == j->ntracks ? TAIL_MS : 0));
    }
    dv_id3 tags = {j->d->title, j->d->author, j->d->title, "Audiobook",
                   j->lang3, 0, 0, chap, (int)j->ntracks};
    if (encode(j, pcm, path, j->o->master ? mpath : NULL, &tags, &res, e) != 0)
        goto out;
    if (sf.fp && dv_afile_commit(&sf, e) != 0) goto out;
    dv_result_add(r, path, "mp3", res.sha, res.bytes);
    if (j->o->master && dv_result_add_file(r, mpath, j->o->master, e) != 0) goto out;
    if (j->o->keep_script && dv_result_add_file(r, spath, "script", e) != 0) goto out;
    *seconds = res.seconds;
    rc = 0;
out:
    if (sf.fp) dv_afile_abort(&sf);
    dv_pcmtmp_close(pcm);
    free(starts);
    free(chap);
    return rc;
}

static char *settings_key(const dv_doc *d, const dv_audio_opts *o)
{
    dv_buf b = {0};
    dv_buf_printf(&b, "voice=%s;bitrate=%d;quality=%d;split=%d;single=%d;"
                  "master=%s;lufs=%.1f;script=%d;reflow=%d;title=%s;author=%s",
                  o->voice, o->bitrate, o->quality, o->split_level, o->single,
                  o->master ? o->master : "", o->target_lufs, o->keep_script,
                  !o->no_reflow, d->title, d->author ? d->author : "");
    dv_settings_lexicons(&b, o->lexicons, o->nlexicons);
    return b.data;
}

int dv_audio_file(const char *path, const dv_audio_opts *o0, dv_store *s,
                  dv_audio_env *env, dv_braille_result *r, dv_err *e)
{
    memset(r, 0, sizeof *r);
    dv_doc d;
    dv_doc_init(&d);
    dv_docsrc *src = NULL;
    replay pb;             /* pass B */
    memset(&pb, 0, sizeof pb);
    dv_voice v;
    job j;
    memset(&j, 0, sizeof j);
    dv_audio_opts o = *o0;
    track_made *res = NULL;
    char *settings = NULL;
    int rc = -1, recorded = 0;

    /* Pass A: the header, then the chapters, to count the tracks */
    dv_structure_opts so = {o.title, o.author, o.lang, o.no_reflow};
    if (dv_docsrc_open(path, o.encoding, o.lenient, &so, &d, &src, e) != 0)
        goto out;
    r->replaced = d.replaced;
    snprintf(r->encoding, sizeof r->encoding, "%s", d.encoding);
    if (!o.voice) o.voice = !strcmp(d.lang, "zh") ? "mandarin" : "english";
    char vdir[8300];
    snprintf(vdir, sizeof vdir, "%s/voices", dv_datadir());
    if (dv_voice_load(vdir, o.voice, &v, e) != 0) goto out;
    if (!env->speech && dv_speech_open(&env->speech, e) != 0) goto out;
    if (!strcmp(v.language, "zh") && !env->reader &&
        dv_reader_open(&env->reader, dv_datadir(), o.lexicons, o.nlexicons, e) != 0)
        goto out;

    j.d = &d;
    j.path = path;
    j.o = &o;
    j.v = &v;
    j.speech = env->speech;
    j.reader = !strcmp(v.language, "zh") ? env->reader : NULL;
    j.lang3 = !strcmp(v.language, "en") ? "eng" : "chi";
    if (survey(&j, src, e) != 0) goto out;
    if (j.ntracks == 0) {
        dv_errf(e, "%s: nothing to speak (no words in the text)", path);
        goto out;
    }
    dv_slug(d.title, j.slug, sizeof j.slug);
    snprintf(j.dir, sizeof j.dir, "%s/%s", o.outdir, j.slug);

    /* Pass B: the same chapters again, one at a time to their makers */
    if (dv_docsrc_rewind(src, e) != 0) goto out;
    dv_chapters_open(&pb.c, d.title, o.split_level, docsrc_next, src);

    snprintf(r->identifier, sizeof r->identifier, "dotvox-%.16s", d.sha256);
    r->title = dv_strdup(d.title);
    r->tables = NULL;
    settings = settings_key(&d, &o);
    if (dv_job_record(s, &d, "audio", settings, o.requester, o.job, r, e) != 0)
        goto out;
    recorded = 1;
    if (dv_mkdirs(j.dir, e) != 0) goto fail;

    double seconds = 0;
    if (o.single) {
        if (make_single(&j, &pb, r, &seconds, e) != 0) goto fail;
        r->fig.tracks = 1;
    } else {
        res = dv_calloc(j.ntracks, sizeof *res);
        if (make_tracks(&j, &pb, o.jobs, res, e) != 0) goto fail;
        char p[4300];
        for (size_t k = 0; k < j.ntracks; k++) {
            track_path(&j, k, "mp3", p, sizeof p);
            dv_result_add(r, p, "mp3", res[k].sha, res[k].bytes);
            seconds += res[k].seconds;
            if (o.master) {
                track_path(&j, k, o.master, p, sizeof p);
                if (dv_result_add_file(r, p, o.master, e) != 0) goto fail;
            }
            if (o.keep_script) {
                track_path(&j, k, "script.txt", p, sizeof p);
                if (dv_result_add_file(r, p, "script", e) != 0) goto fail;
            }
        }
        snprintf(p, sizeof p, "%s/%s.m3u8", j.dir, j.slug);
        if (write_playlist(&j, res, p, e) != 0 || dv_result_add_file(r, p, "m3u8", e) != 0)
            goto fail;
        r->fig.tracks = (long long)j.ntracks;
    }
    r->fig.audio_seconds = seconds;
    for (int k = 0; k < r->nouts; k++)
        if (!strcmp(r->outs[k].format, "mp3")) r->fig.audio_bytes += r->outs[k].bytes;
    r->fig.voice = v.name;
    r->fig.bitrate = o.bitrate;
    if (dv_store_job_done(s, r->job, &r->fig, r->outs, r->nouts, e) != 0) goto fail;
    r->fig.voice = NULL;   /* v is local */
    rc = 0;
    goto out;

fail:
    /* nothing half made stays: every file this job wrote goes */
    for (int k = 0; k < r->nouts; k++) unlink(r->outs[k].path);
    if (!o.single && j.ntracks) {
        char p[4300];
        for (size_t k = 0; k < j.ntracks; k++) {
            track_path(&j, k, "mp3", p, sizeof p);
            unlink(p);
            if (o.master) { track_path(&j, k, o.master, p, sizeof p); unlink(p); }
            if (o.keep_script) { track_path(&j, k, "script.txt", p, sizeof p); unlink(p); }
        }
    }
    if (recorded) {
        dv_err e2;
        dv_store_job_fail(s, r->job, e->msg, &e2);
    }
out:
    free(res);
    free(settings);
    free(j.speaks);
    for (size_t k = 0; k < j.ntracks; k++) free(j.titles[k]);
    free(j.titles);
    free(j.weight);
    free(j.nsegs);
    dv_chap_free(&pb.ch);
    dv_chapters_close(&pb.c);
    dv_docsrc_close(src);
    dv_doc_free(&d);
    return rc;
}
