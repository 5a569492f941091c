/* speech.c -- see speech.h.
 *
 * eSpeak NG runs in AUDIO_OUTPUT_SYNCHRONOUS mode: espeak_Synth does the
 * whole job on the calling thread and hands each buffer of samples to the
 * synthesis callback.  The callback is process-wide, but every espeak_Synth
 * call carries a user_data pointer that comes back in each event of each
 * buffer, so the current sink travels in the dv_speech itself: no global
 * state here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <espeak-ng/speak_lib.h>
#include "speech.h"
#include "util.h"

struct dv_speech {
    int rate;
    /* The synthesis in progress: where samples go, and the sink's error
     * (failed is set once the sink refused, so synthesis is abandoned). */
    dv_pcm_sink sink;
    void *ctx;
    dv_err *err;
    int failed;
};

/* Milliseconds of audio in each buffer handed to the callback. */
#define DV_SPEECH_BUFMS 100

static int synth_cb(short *wav, int n, espeak_EVENT *ev)
{
    if (!ev) return 0;
    dv_speech *s = ev->user_data;
    /* The last call of a synthesis has wav NULL: nothing to forward. */
    if (!s || !wav || n <= 0) return 0;
    if (s->failed) return 1;
    if (s->sink(s->ctx, wav, (size_t)n, s->err) != 0) {
        s->failed = 1;
        return 1;   /* eSpeak NG stops synthesizing this text */
    }
    return 0;
}

static const char *espeak_strerror(espeak_ERROR r)
{
    switch (r) {
    case EE_BUFFER_FULL: return "buffer full";
    case EE_NOT_FOUND:   return "not found";
    case EE_INTERNAL_ERROR: return "internal error";
    default: return "error";
    }
}

int dv_speech_open(dv_speech **out, dv_err *e)
{
    *out = NULL;
    /* DONT_EXIT: without it eSpeak NG calls exit() when its data is
     * missing, and we want to report that instead. */
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, DV_SPEECH_BUFMS,
                                 NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0)
        return dv_errf(e, "eSpeak NG: cannot initialize (is espeak-ng-data "
                          "installed?)");
    dv_speech *s = dv_calloc(1, sizeof *s);
    s->rate = rate;
    espeak_SetSynthCallback(synth_cb);
    *out = s;
    return 0;
}

/* eSpeak NG is not terminated: in 1.51, espeak_Initialize after
 * espeak_Terminate leaves its (unused) request thread in a state where the
 * next espeak_Synchronize or espeak_Terminate waits forever, and a forked
 * worker has no such thread to stop at all.  Initializing again without
 * terminating works, so a later dv_speech_open still can; eSpeak NG's
 * memory stays reachable from its own statics until exit. */
void dv_speech_close(dv_speech *s)
{
    free(s);
}

int dv_speech_rate(const dv_speech *s)
{
    return s->rate;
}

/* Runs one synthesis of text into sink; the voice is already chosen. */
static int synth(dv_speech *s, const char *text, dv_pcm_sink sink, void *ctx,
                 dv_err *e)
{
    s->sink = sink;
    s->ctx = ctx;
    s->err = e;
    s->failed = 0;
    /* Synchronous mode: espeak_Synth returns after the last buffer, with
     * the synthesis status.  espeak_Synchronize only waits for the
     * asynchronous queue, and can hang (see dv_speech_close): not used. */
    espeak_ERROR r = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
                                  espeakCHARS_UTF8, NULL, s);
    s->sink = NULL;
    s->ctx = NULL;
    s->err = NULL;
    if (s->failed) return -1;   /* e already holds the sink's message */
    if (r != EE_OK)
        return dv_errf(e, "eSpeak NG: synthesis failed (%s)",
                       espeak_strerror(r));
    return 0;
}

static int set_voice(const char *espeak_voice, dv_err *e)
{
    if (espeak_SetVoiceByName(espeak_voice) != EE_OK)
        return dv_errf(e, "eSpeak NG has no voice '%s'", espeak_voice);
    return 0;
}

int dv_speech_say(dv_speech *s, const dv_voice *v, const char *espeak_voice,
                  const char *text, dv_pcm_sink sink, void *ctx, dv_err *e)
{
    if (set_voice(espeak_voice, e) != 0) return -1;
    /* After the voice: selecting a voice resets its parameters. */
    espeak_SetParameter(espeakRATE, v->rate, 0);
    espeak_SetParameter(espeakPITCH, v->pitch, 0);
    espeak_SetParameter(espeakRANGE, v->range, 0);
    espeak_SetParameter(espeakVOLUME, v->volume, 0);
    return synth(s, text, sink, ctx, e);
}

int dv_speech_silence(dv_speech *s, int ms, dv_pcm_sink sink, void *ctx,
                      dv_err *e)
{
    static const int16_t zeros[1024];
    if (ms <= 0) return 0;
    size_t n = (size_t)((long long)ms * s->rate / 1000);
    while (n > 0) {
        size_t k = n < 1024 ? n : 1024;
        if (sink(ctx, zeros, k, e) != 0) return -1;
        n -= k;
    }
    return 0;
}

static int discard(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    (void)ctx; (void)pcm; (void)n; (void)e;
    return 0;
}

int dv_speech_phonemes(dv_speech *s, const char *espeak_voice,
                       const char *text, FILE *out, dv_err *e)
{
    if (set_voice(espeak_voice, e) != 0) return -1;
    /* espeak-ng -x: mnemonics, one line per clause, "(en)" at a switch. */
    espeak_SetPhonemeTrace(espeakPHONEMES_SHOW, out);
    int rc = synth(s, text, discard, NULL, e);
    /* Off again; stderr, not stdout, in case eSpeak NG still writes. */
    espeak_SetPhonemeTrace(0, stderr);
    if (rc == 0 && fflush(out) != 0)
        return dv_errf(e, "phonemes: write failed");
    return rc;
}
