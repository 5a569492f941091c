/* cli.h -- what the commands share: exit codes, usage errors, JSON
 * strings, and the one option parser of braille, audio, convert and batch
 * (a batch's queued jobs store their options as arguments, and a worker
 * parses them back with it). */
#ifndef DV_CLI_H
#define DV_CLI_H

#include <stdio.h>
#include "job_audio.h"
#include "job_braille.h"
#include "util.h"

enum { DV_EX_OK = 0, DV_EX_FAIL = 1, DV_EX_USAGE = 2, DV_EX_DB = 3 };
enum { DV_DO_BRAILLE = 1, DV_DO_AUDIO = 2 };

extern const char *const dv_usage_braille, *const dv_usage_audio;

/* Prints "dotvox: " fmt (with arg), then the usage; returns DV_EX_USAGE. */
int dv_usage_error(const char *usage, const char *fmt, const char *arg);
/* --db, else $DOTVOX_DB, else var/dotvox.db. */
const char *dv_db_path(const char *opt);
/* For commands taking only --json and --help: -1 to go on, else the
 * exit status. */
int dv_json_flag(int argc, char **argv, const char *usage, int *json);

typedef struct dv_cli {
    dv_braille_opts b;
    dv_audio_opts a;
    const char *db;
    int json, quiet;
    int want;                  /* DV_DO_BRAILLE | DV_DO_AUDIO */
    int first;                 /* index of the first non-option argument */
    const char *lexicons[64];  /* b.lexicons and a.lexicons point here */
} dv_cli;

/* Parses argv into c (which must not move afterwards).  only: the one
 * format of the command, 0 when --braille/--audio say (convert), -1 for
 * batch (formats may also come per title; braille by default).  Returns -1 to go on, else the exit status (0 after --help). */
int dv_cli_parse(dv_cli *c, int argc, char **argv, int only,
                 const char *usage);

#endif
