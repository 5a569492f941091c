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
#include "brl.h"
#include "commands.h"
#include "job_audio.h"
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
    "and MP3 audiobooks, and records every job in a manifest.\n"
    "\n"
    "commands:\n"
    "  braille FILE... -o DIR   convert texts to braille books\n"
    "  audio FILE... -o DIR     convert texts to MP3 audiobooks\n"
    "  convert FILE... --braille --audio -o DIR\n"
    "                           convert to the formats asked for\n"
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

static const char *usage_audio =
    "usage: dotvox audio FILE... -o DIR [OPTIONS]\n"
    "       dotvox convert FILE... --audio -o DIR [OPTIONS]\n"
    "\n"
    "Speaks each text file with eSpeak NG into an audiobook in DIR/SLUG/:\n"
    "one MP3 per chapter (NNN_slug.mp3, ID3 tagged) and SLUG.m3u8, or one\n"
    "MP3 with chapter marks (--single); records the job in the manifest.\n"
    "Chinese is spoken from the reading layer's pinyin (cmn-latn-pinyin).\n"
    "\n"
    "input: --title, --author, --lang, --encoding, --lenient, --no-reflow,\n"
    "       --lexicon FILE (as for dotvox braille)\n"
    "audio:\n"
    "  --voice NAME            voice profile (default: mandarin or english;\n"
    "                          see dotvox voices)\n"
    "  --bitrate KBPS          MP3 bit rate, CBR mono (default 48)\n"
    "  --quality Q             LAME quality 0 (best) .. 9 (fastest), default 3\n"
    "  --split-level N         a new track at headings of level <= N (default 1)\n"
    "  --single                one MP3 with ID3 chapter frames\n"
    "  --master wav|flac       also write PCM masters\n"
    "  --keep-script           write what eSpeak NG was given beside each MP3\n"
    "  --target-lufs L         loudness target (default -18; peaks <= -1 dBTP)\n"
    "  -j, --jobs N            chapters in N worker processes (default: cores)\n"
    "output and manifest: -o DIR, --db PATH, --requester NAME, --json, -q\n"
    "\n"
    "Exit status: 0 all converted, 1 a file failed, 2 usage, 3 manifest error.\n";

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

static void print_result_json(const char *file, const char *kind,
                              const dv_braille_result *r, const char *error)
{
    FILE *o = stdout;
    fputs("{\"file\": ", o);
    json_str(o, file);
    fprintf(o, ", \"kind\": \"%s\"", kind);
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

/* tables, embossers and voices take only --json and --help. */
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

enum { DO_BRAILLE = 1, DO_AUDIO = 2 };

/* braille, audio and convert share one option table; an option that
 * belongs to a format the command does not make is a usage error. */
static int cmd_convert(int argc, char **argv, int only)
{
    enum { O_TITLE = 256, O_AUTHOR, O_LANG, O_ENC, O_LENIENT, O_NOREFLOW,
           O_SYSTEM, O_GRADE, O_TABLE, O_EMBOSSER, O_VOLPAGES, O_DUPLEX,
           O_DB, O_REQ, O_JSON, O_BRAILLE, O_AUDIO, O_LEXICON, O_VOICE,
           O_BITRATE, O_QUALITY, O_SPLIT, O_SINGLE, O_MASTER, O_SCRIPT,
           O_LUFS, O_HELP };
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
        {"audio", 0, 0, O_AUDIO},
        {"lexicon", 1, 0, O_LEXICON}, {"jobs", 1, 0, 'j'},
        {"voice", 1, 0, O_VOICE}, {"bitrate", 1, 0, O_BITRATE},
        {"quality", 1, 0, O_QUALITY}, {"split-level", 1, 0, O_SPLIT},
        {"single", 0, 0, O_SINGLE}, {"master", 1, 0, O_MASTER},
        {"keep-script", 0, 0, O_SCRIPT}, {"target-lufs", 1, 0, O_LUFS},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    const char *usage = only == DO_AUDIO ? usage_audio : usage_braille;
    dv_braille_opts o = {0};
    dv_audio_opts a = {0};
    const char *lexicons[64];
    o.lexicons = a.lexicons = lexicons;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = a.jobs = ncpu > 0 ? (int)ncpu : 1;
    o.volume_sheets = 60;
    o.grade = 2;
    a.bitrate = 48;
    a.quality = 3;   /* LAME's own default */
    a.split_level = 1;
    a.target_lufs = -18.0;
    const char *db = NULL, *braille_opt = NULL, *audio_opt = NULL;
    int json = 0, quiet = 0, want = only, c, idx;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qhj:", opts, &idx)) != -1) {
        /* remember an option that only one format uses */
        if (c >= O_SYSTEM && c <= O_DUPLEX) braille_opt = opts[idx].name;
        if (c >= O_VOICE && c <= O_LUFS) audio_opt = opts[idx].name;
        switch (c) {
        case O_TITLE: o.title = a.title = optarg; break;
        case O_AUTHOR: o.author = a.author = optarg; break;
        case O_LANG:
            if (strcmp(optarg, "zh") && strcmp(optarg, "en"))
                return usage_error(usage, "unknown language '%s' (zh or en)", optarg);
            o.lang = a.lang = optarg;
            break;
        case O_ENC: o.encoding = a.encoding = optarg; break;
        case O_LENIENT: o.lenient = a.lenient = 1; break;
        case O_NOREFLOW: o.no_reflow = a.no_reflow = 1; break;
        case O_SYSTEM:
            if (strcmp(optarg, "common") && strcmp(optarg, "current"))
                return usage_error(usage,
                                   "unknown braille system '%s' (common or current)", optarg);
            o.system = optarg;
            break;
        case O_GRADE:
            if (parse_int(optarg, 1, 2, &o.grade) != 0)
                return usage_error(usage, "--grade must be 1 or 2, not '%s'", optarg);
            break;
        case O_TABLE: o.tables = optarg; break;
        case O_EMBOSSER: o.embosser = optarg; break;
        case O_VOLPAGES:
            if (parse_int(optarg, 1, 100000, &o.volume_sheets) != 0)
                return usage_error(usage, "--volume-pages needs a positive number, not '%s'", optarg);
            break;
        case O_DUPLEX: o.duplex = 1; break;
        case O_VOICE: a.voice = optarg; break;
        case O_BITRATE:
            if (parse_int(optarg, 8, 320, &a.bitrate) != 0)
                return usage_error(usage, "--bitrate needs kbps from 8 to 320, not '%s'", optarg);
            break;
        case O_QUALITY:
            if (parse_int(optarg, 0, 9, &a.quality) != 0)
                return usage_error(usage, "--quality must be 0 (best) to 9 (fastest), not '%s'", optarg);
            break;
        case O_SPLIT:
            if (parse_int(optarg, 1, 6, &a.split_level) != 0)
                return usage_error(usage, "--split-level must be 1 to 6, not '%s'", optarg);
            break;
        case O_SINGLE: a.single = 1; break;
        case O_MASTER:
            if (strcmp(optarg, "wav") && strcmp(optarg, "flac"))
                return usage_error(usage, "--master must be wav or flac, not '%s'", optarg);
            a.master = optarg;
            break;
        case O_SCRIPT: a.keep_script = 1; break;
        case O_LUFS: {
            char *end;
            a.target_lufs = strtod(optarg, &end);
            if (*end || a.target_lufs < -40 || a.target_lufs > -6)
                return usage_error(usage, "--target-lufs must be -40 to -6, not '%s'", optarg);
            break;
        }
        case 'o': o.outdir = a.outdir = optarg; break;
        case 'j':
            if (parse_int(optarg, 1, 64, &o.jobs) != 0)
                return usage_error(usage, "-j needs a number from 1 to 64, not '%s'", optarg);
            a.jobs = o.jobs;
            break;
        case O_DB: db = optarg; break;
        case O_REQ: o.requester = a.requester = optarg; break;
        case O_JSON: json = 1; break;
        case 'q': quiet = 1; break;
        case O_BRAILLE: want |= DO_BRAILLE; break;
        case O_AUDIO: want |= DO_AUDIO; break;
        case O_LEXICON:
            if (o.nlexicons == 64)
                return usage_error(usage, "%s", "at most 64 lexicons");
            lexicons[o.nlexicons++] = optarg;
            a.nlexicons = o.nlexicons;
            break;
        case 'h': case O_HELP: fputs(usage, stdout); return EX_OK;
        default: fputc('\n', stderr); fputs(usage, stderr); return EX_USAGE;
        }
    }
    if (optind >= argc) return usage_error(usage, "%s", "no input files");
    if (!o.outdir) return usage_error(usage, "%s", "no output directory (-o DIR)");
    if (!want)
        return usage_error(usage, "%s", "nothing to do: say --braille and/or --audio");
    if (only && want != only)
        return usage_error(usage, "%s", "use dotvox convert for more than one format");
    if (braille_opt && !(want & DO_BRAILLE))
        return usage_error(usage, "--%s is a braille option", braille_opt);
    if (audio_opt && !(want & DO_AUDIO))
        return usage_error(usage, "--%s is an audio option", audio_opt);

    dv_err e;
    dv_brl_cache cache = {0};
    /* A bad --table, --embosser or --voice is the command's fault, not a
     * file's: refuse before touching any file or the manifest. */
    if (want & DO_BRAILLE) {
        dv_brl *b;
        dv_profile p;
        char dir[8300];
        snprintf(dir, sizeof dir, "%s/tables/embossers", dv_datadir());
        if ((o.tables && dv_brl_cache_get(&cache, o.tables, &b, &e) != 0) ||
            dv_profile_load(dir, o.embosser ? o.embosser : "brf-40x25", &p, &e) != 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            dv_brl_cache_free(&cache);
            return EX_FAIL;
        }
    }
    if ((want & DO_AUDIO) && a.voice) {
        dv_voice v;
        char dir[8300];
        snprintf(dir, sizeof dir, "%s/voices", dv_datadir());
        if (dv_voice_load(dir, a.voice, &v, &e) != 0) {
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

    dv_audio_env env = {0};
    int failed = 0, nfiles = argc - optind;
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        for (int fmt = DO_BRAILLE; fmt <= DO_AUDIO; fmt <<= 1) {
            if (!(want & fmt)) continue;
            dv_braille_result r;
            int rc = fmt == DO_BRAILLE ? dv_braille_file(file, &o, s, &cache, &r, &e)
                                       : dv_audio_file(file, &a, s, &env, &r, &e);
            const char *kind = fmt == DO_BRAILLE ? "braille" : "audio";
            if (rc != 0) {
                failed++;
                fprintf(stderr, "dotvox: %s\n", e.msg);
                if (json) print_result_json(file, kind, &r, e.msg);
            } else {
                if (json) print_result_json(file, kind, &r, NULL);
                if (r.replaced)
                    fprintf(stderr, "dotvox: %s: replaced %ld invalid byte sequence%s (--lenient)\n",
                            file, r.replaced, r.replaced == 1 ? "" : "s");
                if (!quiet && fmt == DO_BRAILLE)
                    fprintf(stderr, "[%d/%d] %s -> %s: %lld braille characters, "
                            "%lld pages, %lld volume%s (job %lld)\n",
                            i - optind + 1, nfiles, file, o.outdir, r.fig.chars,
                            r.fig.pages, r.fig.volumes, r.fig.volumes == 1 ? "" : "s",
                            r.job);
                if (!quiet && fmt == DO_AUDIO)
                    fprintf(stderr, "[%d/%d] %s -> %s: %lld track%s, %.0f:%02.0f "
                            "(job %lld)\n", i - optind + 1, nfiles, file, o.outdir,
                            r.fig.tracks, r.fig.tracks == 1 ? "" : "s",
                            floor(r.fig.audio_seconds / 60),
                            fmod(r.fig.audio_seconds, 60), r.job);
                if (!quiet && r.dup_of)
                    fprintf(stderr, "    same source and settings as job %lld: "
                            "not counted again\n", r.dup_of);
            }
            dv_braille_result_free(&r);
        }
    }
    dv_audio_env_free(&env);
    dv_store_close(s);
    dv_brl_cache_free(&cache);
    if (!quiet && nfiles > 1)
        fprintf(stderr, "%d converted, %d failed\n", nfiles - failed, failed);
    return failed ? EX_FAIL : EX_OK;
}

static int cmd_voices(int argc, char **argv)
{
    int json, rc = json_flag(argc, argv, usage_voices, &json);
    if (rc >= 0) return rc;
    dv_err e;
    char dir[8300];
    snprintf(dir, sizeof dir, "%s/voices", dv_datadir());
    if (dv_voice_list(dir, stdout, json, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return EX_FAIL;
    }
    return EX_OK;
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
    if (!strcmp(cmd, "braille")) return cmd_convert(argc, argv, DO_BRAILLE);
    if (!strcmp(cmd, "audio")) return cmd_convert(argc, argv, DO_AUDIO);
    if (!strcmp(cmd, "convert")) return cmd_convert(argc, argv, 0);
    if (!strcmp(cmd, "voices")) return cmd_voices(argc, argv);
    if (!strcmp(cmd, "report")) return cmd_report(argc, argv);
    if (!strcmp(cmd, "pinyin")) return dv_cmd_pinyin(argc, argv);
    if (!strcmp(cmd, "words")) return dv_cmd_words(argc, argv);
    if (!strcmp(cmd, "tables")) return cmd_tables(argc, argv);
    if (!strcmp(cmd, "embossers")) return cmd_embossers(argc, argv);
    fprintf(stderr, "dotvox: unknown command '%s'\n\n%s", cmd, usage_main);
    return EX_USAGE;
}
