/* voice.h -- voice profiles (voices/NAME.conf).
 *
 * A profile is a small "key = value" file ('#' comments):
 *   description = Mandarin, standard pace
 *   language    = zh              (zh, en or yue: which text it reads)
 *   espeak      = cmn-latn-pinyin (the eSpeak NG voice for the main text)
 *   latin       = en-us           (the eSpeak NG voice for Latin-script runs)
 *   rate        = 175             (words per minute, 80..450)
 *   pitch       = 50              (0..100)
 *   range       = 50              (0..100)
 *   volume      = 100             (0..200)
 *   pause_sentence  = 300         (milliseconds after a sentence)
 *   pause_paragraph = 700
 *   pause_heading_before = 1200
 *   pause_heading_after  = 900
 * Every key is required.  Errors name the file and line. */
#ifndef DV_VOICE_H
#define DV_VOICE_H

#include <stdio.h>
#include "err.h"

typedef struct dv_voice {
    char name[64];
    char description[160];
    char language[8];
    char espeak[64];
    char latin[64];
    int rate, pitch, range, volume;
    int pause_sentence, pause_paragraph;
    int pause_heading_before, pause_heading_after;
} dv_voice;

/* Loads DIR/NAME.conf; names with '/' or ".." are refused.  An unknown
 * name is "unknown voice 'x' (see dotvox voices)". */
int dv_voice_load(const char *dir, const char *name, dv_voice *v, dv_err *e);

/* Lists every NAME.conf in DIR (for dotvox voices): name, language,
 * eSpeak NG voice, rate and description, as text columns or, with json,
 * an array of objects (also "latin").  A broken profile is an error and
 * nothing is printed. */
int dv_voice_list(const char *dir, FILE *out, int json, dv_err *e);

#endif
