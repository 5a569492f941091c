/* main.c -- the dotvox command line: parses arguments and hands each
 * command to its module.  Exit codes: 0 success, 1 a conversion failed,
 * 2 usage error, 3 manifest (database) error. */
#include <dirent.h>
#include <math.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <espeak-ng/speak_lib.h>
#include <lame/lame.h>
#include <liblouis/liblouis.h>
#include <sqlite3.h>
#include "brl.h"
#include "cli.h"
#include "commands.h"
#include "job_audio.h"
#include "job_braille.h"
#include "layout.h"
#include "report.h"
#include "store.h"
#include "util.h"

#define VERSION "0.1.0"

static const char *usage_main =
    "usage: dotvox COMMAND [OPTIONS]\n"
    "\n"
    "Turns digitized texts into braille books (BRF, PEF, Unicode braille)\n"
    "and MP3 audiobooks, and records every job in a manifest.\n"
    "\n"
    "commands:\n"
    "  braille FILE... -o DIR   convert texts to braille books\n"
    "  audio FILE... -o DIR     convert texts to MP3 audiobooks\n"
    "  convert FILE... --braille --audio -o DIR\n"
    "                           convert to the formats asked for\n"
    "  batch DIR|LIST.csv -o DIR  convert many titles in parallel, resumably\n"
    "  jobs [retry]             list jobs; queue failed ones again\n"
    "  serve                    the HTTP API for partner libraries\n"
    "  library add|list|revoke  partner libraries and their API keys\n"
    "  voices                   list the voice profiles\n"
    "  pinyin [FILE|-]          the text as words in tone-numbered pinyin\n"
    "  words FILE               how a book will be read: fallbacks, polyphones\n"
    "  report                   braille production against the yearly target\n"
    "  tables                   list the liblouis tables dotvox can use\n"
    "  embossers                list the embosser page profiles\n"
    "  help [COMMAND]           this text, or a command's options\n"
    "  version                  print the version\n"
    "\n"
    "Run 'dotvox COMMAND --help' for a command's options.\n";

static const char *usage_voices =
    "usage: dotvox voices [--json]\n"
    "\n"
    "Lists the voice profiles (voices/*.conf): eSpeak NG voice, language,\n"
    "rate and pauses.\n";

static const char *usage_report =
    "usage: dotvox report [--year Y] [--target N] [--json|--csv] [--db PATH]\n"
    "\n"
    "Braille characters produced in year Y (default: this year) against the\n"
    "yearly target (--target, else $DOTVOX_TARGET, else 1000000): per month,\n"
    "per requester, per title, share of the target and whether the year is\n"
    "on pace.  Repeated conversions of the same source and settings count once.\n";

static const char *usage_tables =
    "usage: dotvox tables [--json]\n"
    "\n"
    "Lists the liblouis tables that can be given to --table, with their\n"
    "metadata (language, contraction, display name).\n";

static const char *usage_embossers =
    "usage: dotvox embossers [--json]\n"
    "\n"
    "Lists the embosser page profiles (tables/embossers/*.conf): cells per\n"
    "line and lines per page.\n";

static int cmd_voices(int argc, char **argv)
{
    int json, rc = dv_json_flag(argc, argv, usage_voices, &json);
    if (rc >= 0) return rc;
    dv_err e;
    char dir[8300];
    snprintf(dir, sizeof dir, "%s/voices", dv_datadir());
    if (dv_voice_list(dir, stdout, json, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_FAIL;
    }
    return DV_EX_OK;
}

static int cmd_report(int argc, char **argv)
{
    enum { O_YEAR = 256, O_TARGET, O_JSON, O_CSV, O_DB, O_HELP };
    static const struct option opts[] = {
        {"year", 1, 0, O_YEAR}, {"target", 1, 0, O_TARGET},
        {"json", 0, 0, O_JSON}, {"csv", 0, 0, O_CSV}, {"db", 1, 0, O_DB},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    int year = tm.tm_year + 1900, fmt = DV_REPORT_TEXT, c;
    long long target = 1000000;
    const char *db = NULL, *env = getenv("DOTVOX_TARGET");
    if (env && *env) target = atoll(env);
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case O_YEAR:
            if (dv_parse_int(optarg, 1900, 9999, &year) != 0)
                return dv_usage_error(usage_report, "bad --year '%s'", optarg);
            break;
        case O_TARGET: {
            char *end;
            target = strtoll(optarg, &end, 10);
            if (*end || target <= 0)
                return dv_usage_error(usage_report, "bad --target '%s'", optarg);
            break;
        }
        case O_JSON: fmt = DV_REPORT_JSON; break;
        case O_CSV: fmt = DV_REPORT_CSV; break;
        case O_DB: db = optarg; break;
        case 'h': case O_HELP: fputs(usage_report, stdout); return DV_EX_OK;
        default: fputc('\n', stderr); fputs(usage_report, stderr); return DV_EX_USAGE;
        }
    }
    if (optind < argc) return dv_usage_error(usage_report, "unexpected argument '%s'", argv[optind]);
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, dv_db_path(db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_DB;
    }
    dv_report r;
    if (dv_store_report(s, year, &r, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_store_close(s);
        return DV_EX_DB;
    }
    r.target = target;
    dv_report_print(stdout, &r, fmt, (long long)now);
    dv_report_free(&r);
    dv_store_close(s);
    return DV_EX_OK;
}

static int cmd_tables(int argc, char **argv)
{
    int json, rc = dv_json_flag(argc, argv, usage_tables, &json);
    if (rc >= 0) return rc;
    dv_err e;
    if (dv_brl_list(stdout, json, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return DV_EX_FAIL;
    }
    return DV_EX_OK;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmd_embossers(int argc, char **argv)
{
    int json, rc = dv_json_flag(argc, argv, usage_embossers, &json);
    if (rc >= 0) return rc;
    char dir[8300];
    snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "dotvox: %s: cannot open embosser profiles\n", dir);
        return DV_EX_FAIL;
    }
    char *names[256];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < 256) {
        size_t l = strlen(de->d_name);
        if (l > 5 && !strcmp(de->d_name + l - 5, ".conf"))
            names[n++] = dv_strndup(de->d_name, l - 5);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, cmp_name);
    if (json) puts("[");
    rc = DV_EX_OK;
    for (int i = 0; i < n; i++) {
        dv_profile p;
        dv_err e;
        if (dv_profile_load(dir, names[i], &p, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = DV_EX_FAIL;
        } else if (json) {
            printf("  {\"name\": ");
            dv_json_str(stdout, p.name);
            printf(", \"cols\": %d, \"rows\": %d, \"description\": ", p.cols, p.rows);
            dv_json_str(stdout, p.description);
            printf("}%s\n", i + 1 < n ? "," : "");
        } else {
            printf("%-24s %3d x %-3d %s\n", p.name, p.cols, p.rows, p.description);
        }
        free(names[i]);
    }
    if (json) puts("]");
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return DV_EX_USAGE;
    }
    const char *cmd = argv[1];
    char *sub[] = {NULL, "--help", NULL};
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        if (argc > 2) {
            sub[0] = argv[2];
            argv = sub;
            argc = 2;
            cmd = argv[0];
        } else {
            fputs(usage_main, stdout);
            return DV_EX_OK;
        }
    } else {
        argv++;
        argc--;
    }
    /* getopt names argv[0] in its messages: make it "dotvox CMD" */
    char prog[64];
    snprintf(prog, sizeof prog, "dotvox %s", cmd);
    argv[0] = prog;
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("dotvox %s (liblouis %s, eSpeak NG %s, LAME %s, SQLite %s)\n", VERSION,
               lou_version(), espeak_Info(NULL), get_lame_version(), sqlite3_libversion());
        return DV_EX_OK;
    }
    if (!strcmp(cmd, "braille")) return dv_cmd_convert(argc, argv, DV_DO_BRAILLE);
    if (!strcmp(cmd, "audio")) return dv_cmd_convert(argc, argv, DV_DO_AUDIO);
    if (!strcmp(cmd, "convert")) return dv_cmd_convert(argc, argv, 0);
    if (!strcmp(cmd, "voices")) return cmd_voices(argc, argv);
    if (!strcmp(cmd, "batch")) return dv_cmd_batch(argc, argv);
    if (!strcmp(cmd, "jobs")) return dv_cmd_jobs(argc, argv);
    if (!strcmp(cmd, "serve")) return dv_cmd_serve(argc, argv);
    if (!strcmp(cmd, "library")) return dv_cmd_library(argc, argv);
    if (!strcmp(cmd, "report")) return cmd_report(argc, argv);
    if (!strcmp(cmd, "pinyin")) return dv_cmd_pinyin(argc, argv);
    if (!strcmp(cmd, "words")) return dv_cmd_words(argc, argv);
    if (!strcmp(cmd, "tables")) return cmd_tables(argc, argv);
    if (!strcmp(cmd, "embossers")) return cmd_embossers(argc, argv);
    fprintf(stderr, "dotvox: unknown command '%s'\n\n%s", cmd, usage_main);
    return DV_EX_USAGE;
}
