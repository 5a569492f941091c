/* main.c -- the dotvox command line: parses arguments and hands each
 * command to its module.  Exit codes: 0 success, 1 a conversion failed,
 * 2 usage error, 3 manifest (database) error. */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "brl.h"
#include "commands.h"
#include "job_braille.h"
#include "layout.h"
#include "report.h"
#include "store.h"
#include "util.h"

#define VERSION "0.1.0"
enum { EX_OK = 0, EX_FAIL = 1, EX_USAGE = 2, EX_DB = 3 };

static const char *usage_main =
    "usage: dotvox COMMAND [OPTIONS]\n"
    "\n"
    "Turns digitized texts into braille books (BRF, PEF, Unicode braille)\n"
    "and records every job in a manifest.\n"
    "\n"
    "commands:\n"
    "  braille FILE... -o DIR   convert texts to braille books\n"
    "  convert FILE... --braille -o DIR\n"
    "                           convert to the formats asked for\n"
    "  pinyin [FILE|-]          the text as words in tone-numbered pinyin\n"
    "  words FILE               how a book will be read: fallbacks, polyphones\n"
    "  report                   braille production against the yearly target\n"
    "  tables                   list the liblouis tables dotvox can use\n"
    "  embossers                list the embosser page profiles\n"
    "  help [COMMAND]           this text, or a command's options\n"
    "  version                  print the version\n"
    "\n"
    "Run 'dotvox COMMAND --help' for a command's options.\n";

static const char *usage_braille =
    "usage: dotvox braille FILE... -o DIR [OPTIONS]\n"
    "       dotvox convert FILE... --braille -o DIR [OPTIONS]\n"
    "\n"
    "Converts each text file (UTF-8, UTF-16 with BOM, GB18030/GBK) into a\n"
    "braille book in DIR: SLUG.brf (whole book), SLUG.vN.brf (one per\n"
    "volume), SLUG.pef (PEF 1.0) and SLUG.braille.txt (Unicode braille),\n"
    "and records the job in the manifest.\n"
    "\n"
    "input:\n"
    "  --title TEXT            title (default: the first line)\n"
    "  --author TEXT           author (default: an \"作者：\"/\"By\" line)\n"
    "  --lang zh|en            language (default: guessed)\n"
    "  --encoding ENC          utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk\n"
    "  --lenient               replace invalid bytes instead of failing\n"
    "  --no-reflow             keep the source's line breaks\n"
    "braille:\n"
    "  --braille-system SYS    zh: common (国家通用盲文, default), current (现行盲文)\n"
    "  --grade 1|2             English: UEB grade 2 (default) or grade 1\n"
    "  --table LIST            any liblouis table list (see dotvox tables)\n"
    "  --lexicon FILE          a PLS lexicon for Chinese readings (repeatable)\n"
    "layout:\n"
    "  --embosser NAME         page profile (default brf-40x25; see dotvox embossers)\n"
    "  --volume-pages N        split volumes above N sheets (default 60)\n"
    "  --duplex                interpoint: number pages for both sides\n"
    "  -j, --jobs N            translate a large book in N processes\n"
    "                          (default: the number of cores)\n"
    "output and manifest:\n"
    "  -o, --output DIR        output directory (required)\n"
    "  --db PATH               manifest (default $DOTVOX_DB or var/dotvox.db)\n"
    "  --requester NAME        who asked for it (for the report)\n"
    "  --json                  one JSON object per file on stdout\n"
    "  -q, --quiet             no progress on stderr\n"
    "\n"
    "Exit status: 0 all converted, 1 a file failed, 2 usage, 3 manifest error.\n";

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

static int usage_error(const char *usage, const char *fmt, const char *arg)
{
    fputs("dotvox: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n\n", stderr);
    fputs(usage, stderr);
    return EX_USAGE;
}

static const char *db_path(const char *opt)
{
    if (opt) return opt;
    const char *env = getenv("DOTVOX_DB");
    return env && *env ? env : "var/dotvox.db";
}

static void json_str(FILE *out, const char *s)
{
    fputc('"', out);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static void print_result_json(const char *file, const dv_braille_result *r,
                              const char *error)
{
    FILE *o = stdout;
    fputs("{\"file\": ", o);
    json_str(o, file);
    fprintf(o, ", \"status\": \"%s\"", error ? "failed" : "done");
    if (r->job) fprintf(o, ", \"job\": %lld", r->job);
    else fputs(", \"job\": null", o);
    if (r->dup_of) fprintf(o, ", \"duplicate_of\": %lld", r->dup_of);
    else fputs(", \"duplicate_of\": null", o);
    if (r->title) { fputs(", \"title\": ", o); json_str(o, r->title); }
    if (r->identifier[0]) { fputs(", \"identifier\": ", o); json_str(o, r->identifier); }
    if (r->tables) { fputs(", \"tables\": ", o); json_str(o, r->tables); }
    if (error) {
        fputs(", \"error\": ", o);
        json_str(o, error);
    } else {
        fprintf(o, ", \"braille_characters\": %lld, \"han_characters\": %lld, "
                "\"cells\": %lld, \"pages\": %lld, \"sheets\": %lld, "
                "\"volumes\": %lld, \"replaced\": %ld, \"outputs\": [",
                r->fig.chars, r->fig.han, r->fig.cells, r->fig.pages,
                r->fig.sheets, r->fig.volumes, r->replaced);
        for (int i = 0; i < r->nouts; i++) {
            fputs(i ? ", {\"path\": " : "{\"path\": ", o);
            json_str(o, r->outs[i].path);
            fprintf(o, ", \"format\": \"%s\", \"bytes\": %lld, \"sha256\": \"%s\"}",
                    r->outs[i].format, r->outs[i].bytes, r->outs[i].sha256);
        }
        fputc(']', o);
    }
    fputs("}\n", o);
    fflush(o);
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi) return -1;
    *out = (int)v;
    return 0;
}

static int cmd_braille(int argc, char **argv, int convert)
{
    enum { O_TITLE = 256, O_AUTHOR, O_LANG, O_ENC, O_LENIENT, O_NOREFLOW,
           O_SYSTEM, O_GRADE, O_TABLE, O_EMBOSSER, O_VOLPAGES, O_DUPLEX,
           O_DB, O_REQ, O_JSON, O_BRAILLE, O_LEXICON, O_HELP };
    static const struct option opts[] = {
        {"title", 1, 0, O_TITLE}, {"author", 1, 0, O_AUTHOR},
        {"lang", 1, 0, O_LANG}, {"encoding", 1, 0, O_ENC},
        {"lenient", 0, 0, O_LENIENT}, {"no-reflow", 0, 0, O_NOREFLOW},
        {"braille-system", 1, 0, O_SYSTEM}, {"grade", 1, 0, O_GRADE},
        {"table", 1, 0, O_TABLE}, {"embosser", 1, 0, O_EMBOSSER},
        {"volume-pages", 1, 0, O_VOLPAGES}, {"duplex", 0, 0, O_DUPLEX},
        {"output", 1, 0, 'o'}, {"db", 1, 0, O_DB},
        {"requester", 1, 0, O_REQ}, {"json", 0, 0, O_JSON},
        {"quiet", 0, 0, 'q'}, {"braille", 0, 0, O_BRAILLE},
        {"lexicon", 1, 0, O_LEXICON}, {"jobs", 1, 0, 'j'},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    dv_braille_opts o = {0};
    const char *lexicons[64];
    o.lexicons = lexicons;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = ncpu > 0 ? (int)ncpu : 1;
    o.volume_sheets = 60;
    const char *db = NULL;
    int json = 0, quiet = 0, want_braille = !convert, c;
    o.grade = 2;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qhj:", opts, NULL)) != -1) {
        switch (c) {
        case O_TITLE: o.title = optarg; break;
        case O_AUTHOR: o.author = optarg; break;
        case O_LANG:
            if (strcmp(optarg, "zh") && strcmp(optarg, "en"))
                return usage_error(usage_braille, "unknown language '%s' (zh or en)", optarg);
            o.lang = optarg;
            break;
        case O_ENC: o.encoding = optarg; break;
        case O_LENIENT: o.lenient = 1; break;
        case O_NOREFLOW: o.no_reflow = 1; break;
        case O_SYSTEM:
            if (strcmp(optarg, "common") && strcmp(optarg, "current"))
                return usage_error(usage_braille,
                                   "unknown braille system '%s' (common or current)", optarg);
            o.system = optarg;
            break;
        case O_GRADE:
            if (parse_int(optarg, 1, 2, &o.grade) != 0)
                return usage_error(usage_braille, "--grade must be 1 or 2, not '%s'", optarg);
            break;
        case O_TABLE: o.tables = optarg; break;
        case O_EMBOSSER: o.embosser = optarg; break;
        case O_VOLPAGES:
            if (parse_int(optarg, 1, 100000, &o.volume_sheets) != 0)
                return usage_error(usage_braille, "--volume-pages needs a positive number, not '%s'", optarg);
            break;
        case O_DUPLEX: o.duplex = 1; break;
        case 'o': o.outdir = optarg; break;
        case 'j':
            if (parse_int(optarg, 1, 64, &o.jobs) != 0)
                return usage_error(usage_braille, "-j needs a number from 1 to 64, not '%s'", optarg);
            break;
        case O_DB: db = optarg; break;
        case O_REQ: o.requester = optarg; break;
        case O_JSON: json = 1; break;
        case 'q': quiet = 1; break;
        case O_BRAILLE: want_braille = 1; break;
        case O_LEXICON:
            if (o.nlexicons == 64)
                return usage_error(usage_braille, "%s", "at most 64 lexicons");
            lexicons[o.nlexicons++] = optarg;
            break;
        case 'h': case O_HELP: fputs(usage_braille, stdout); return EX_OK;
        default: fputc('\n', stderr); fputs(usage_braille, stderr); return EX_USAGE;
        }
    }
    if (optind >= argc) return usage_error(usage_braille, "%s", "no input files");
    if (!o.outdir) return usage_error(usage_braille, "%s", "no output directory (-o DIR)");
    if (!want_braille)
        return usage_error(usage_braille, "%s", "nothing to do: say --braille");

    dv_err e;
    dv_brl_cache cache = {0};
    /* A bad --table or --embosser is the command's fault, not a file's:
     * refuse before touching any file or the manifest. */
    if (o.tables) {
        dv_brl *b;
        if (dv_brl_cache_get(&cache, o.tables, &b, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            return EX_FAIL;
        }
    }
    {
        dv_profile p;
        char dir[8300];
        snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
        if (dv_profile_load(dir, o.embosser ? o.embosser : "brf-40x25", &p, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            dv_brl_cache_free(&cache);
            return EX_FAIL;
        }
    }
    dv_store *s;
    if (dv_store_open(&s, db_path(db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_brl_cache_free(&cache);
        return EX_DB;
    }

    int failed = 0, nfiles = argc - optind;
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        dv_braille_result r;
        int rc = dv_braille_file(file, &o, s, &cache, &r, &e);
        if (rc != 0) {
            failed++;
            fprintf(stderr, "dotvox: %s\n", e.msg);
            if (json) print_result_json(file, &r, e.msg);
        } else {
            if (json) print_result_json(file, &r, NULL);
            if (r.replaced)
                fprintf(stderr, "dotvox: %s: replaced %ld invalid byte sequence%s (--lenient)\n",
                        file, r.replaced, r.replaced == 1 ? "" : "s");
            if (!quiet) {
                fprintf(stderr, "[%d/%d] %s -> %s: %lld braille characters, "
                        "%lld pages, %lld volume%s (job %lld)\n",
                        i - optind + 1, nfiles, file, o.outdir, r.fig.chars,
                        r.fig.pages, r.fig.volumes, r.fig.volumes == 1 ? "" : "s",
                        r.job);
                if (r.dup_of)
                    fprintf(stderr, "    same source and settings as job %lld: "
                            "not counted again\n", r.dup_of);
            }
        }
        dv_braille_result_free(&r);
    }
    dv_store_close(s);
    dv_brl_cache_free(&cache);
    if (!quiet && nfiles > 1)
        fprintf(stderr, "%d converted, %d failed\n", nfiles - failed, failed);
    return failed ? EX_FAIL : EX_OK;
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
            if (parse_int(optarg, 1900, 9999, &year) != 0)
                return usage_error(usage_report, "bad --year '%s'", optarg);
            break;
        case O_TARGET: {
            char *end;
            target = strtoll(optarg, &end, 10);
            if (*end || target <= 0)
                return usage_error(usage_report, "bad --target '%s'", optarg);
            break;
        }
        case O_JSON: fmt = DV_REPORT_JSON; break;
        case O_CSV: fmt = DV_REPORT_CSV; break;
        case O_DB: db = optarg; break;
        case 'h': case O_HELP: fputs(usage_report, stdout); return EX_OK;
        default: fputc('\n', stderr); fputs(usage_report, stderr); return EX_USAGE;
        }
    }
    if (optind < argc) return usage_error(usage_report, "unexpected argument '%s'", argv[optind]);
    dv_err e;
    dv_store *s;
    if (dv_store_open(&s, db_path(db), &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return EX_DB;
    }
    dv_report r;
    if (dv_store_report(s, year, &r, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_store_close(s);
        return EX_DB;
    }
    r.target = target;
    dv_report_print(stdout, &r, fmt, (long long)now);
    dv_report_free(&r);
    dv_store_close(s);
    return EX_OK;
}

/* tables and embossers take only --json and --help. */
static int json_flag(int argc, char **argv, const char *usage, int *json)
{
    *json = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) *json = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return EX_OK;
        } else return usage_error(usage, "unknown option '%s'", argv[i]);
    }
    return -1;
}

static int cmd_tables(int argc, char **argv)
{
    int json, rc = json_flag(argc, argv, usage_tables, &json);
    if (rc >= 0) return rc;
    dv_err e;
    if (dv_brl_list(stdout, json, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return EX_FAIL;
    }
    return EX_OK;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmd_embossers(int argc, char **argv)
{
    int json, rc = json_flag(argc, argv, usage_embossers, &json);
    if (rc >= 0) return rc;
    char dir[8300];
    snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "dotvox: %s: cannot open embosser profiles\n", dir);
        return EX_FAIL;
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
    rc = EX_OK;
    for (int i = 0; i < n; i++) {
        dv_profile p;
        dv_err e;
        if (dv_profile_load(dir, names[i], &p, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = EX_FAIL;
        } else if (json) {
            printf("  {\"name\": ");
            json_str(stdout, p.name);
            printf(", \"cols\": %d, \"rows\": %d, \"description\": ", p.cols, p.rows);
            json_str(stdout, p.description);
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
        return EX_USAGE;
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
            return EX_OK;
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
        printf("dotvox %s (liblouis %s)\n", VERSION, "3");
        return EX_OK;
    }
    if (!strcmp(cmd, "braille")) return cmd_braille(argc, argv, 0);
    if (!strcmp(cmd, "convert")) return cmd_braille(argc, argv, 1);
    if (!strcmp(cmd, "report")) return cmd_report(argc, argv);
    if (!strcmp(cmd, "pinyin")) return dv_cmd_pinyin(argc, argv);
    if (!strcmp(cmd, "words")) return dv_cmd_words(argc, argv);
    if (!strcmp(cmd, "tables")) return cmd_tables(argc, argv);
    if (!strcmp(cmd, "embossers")) return cmd_embossers(argc, argv);
    fprintf(stderr, "dotvox: unknown command '%s'\n\n%s", cmd, usage_main);
    return EX_USAGE;
}
