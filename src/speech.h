/* speech.h -- speech synthesis through libespeak-ng's C API.
 *
 * eSpeak NG keeps global state, so there is one engine per process
 * (dv_speech_open once; parallel work forks worker processes after it).
 * Synthesis is synchronous: samples (16-bit mono at dv_speech_rate(), 22050
 * Hz for eSpeak NG 1.51) go to the caller's sink as they are made, so
 * nothing grows with the length of the text. */
#ifndef DV_SPEECH_H
#define DV_SPEECH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "err.h"
#include "voice.h"

/* Receives synthesized samples; returns 0, or -1 (with e filled) to stop. */
typedef int (*dv_pcm_sink)(void *ctx, const int16_t *pcm, size_t n,
                           dv_err *e);

typedef struct dv_speech dv_speech;

int dv_speech_open(dv_speech **s, dv_err *e);
void dv_speech_close(dv_speech *s);
int dv_speech_rate(const dv_speech *s);

/* Speaks UTF-8 plain text (no SSML) with the eSpeak NG voice espeak_voice
 * and v's rate, pitch, range and volume.  A voice eSpeak NG lacks is an
 * error naming it. */
int dv_speech_say(dv_speech *s, const dv_voice *v, const char *espeak_voice,
                  const char *text, dv_pcm_sink sink, void *ctx, dv_err *e);

/* ms milliseconds of silence to the sink. */
int dv_speech_silence(dv_speech *s, int ms, dv_pcm_sink sink, void *ctx,
                      dv_err *e);

/* Writes eSpeak NG's phoneme mnemonics for text (as espeak-ng -x would
 * print them, with "(en)" where it switches language) to out instead of
 * synthesizing audio: for tests and proofreading. */
int dv_speech_phonemes(dv_speech *s, const char *espeak_voice,
                       const char *text, FILE *out, dv_err *e);

#endif
