/* cli.c -- see cli.h. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "util.h"

const char *const dv_usage_braille =
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

const char *const dv_usage_audio =
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

int dv_usage_error(const char *usage, const char *fmt, const char *arg)
{
    fputs("dotvox: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n\n", stderr);
    fputs(usage, stderr);
    return DV_EX_USAGE;
}

const char *dv_db_path(const char *opt)
{
    if (opt) return opt;
    const char *env = getenv("DOTVOX_DB");
    return env && *env ? env : "var/dotvox.db";
}

int dv_json_flag(int argc, char **argv, const char *usage, int *json)
{
    *json = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) *json = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return DV_EX_OK;
        } else return dv_usage_error(usage, "unknown option '%s'", argv[i]);
    }
    return -1;
}

/* braille, audio, convert and batch share one option table; an option
 * that belongs to a format the command does not make is a usage error. */
int dv_cli_parse(dv_cli *c, int argc, char **argv, int only,
                 const char *usage)
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
    memset(c, 0, sizeof *c);
    dv_braille_opts *ob = &c->b;
    dv_audio_opts *oa = &c->a;
    const char **lexicons = c->lexicons;
    ob->lexicons = oa->lexicons = lexicons;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    ob->jobs = oa->jobs = ncpu > 0 ? (int)ncpu : 1;
    ob->volume_sheets = 60;
    ob->grade = 2;
    oa->bitrate = 48;
    oa->quality = 3;   /* LAME's own default */
    oa->split_level = 1;
    oa->target_lufs = -18.0;
    const char *braille_opt = NULL, *audio_opt = NULL;
    int want = only > 0 ? only : 0, ch, idx;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:qhj:", opts, &idx)) != -1) {
        /* remember an option that only one format uses */
        if (ch >= O_SYSTEM && ch <= O_DUPLEX) braille_opt = opts[idx].name;
        if (ch >= O_VOICE && ch <= O_LUFS) audio_opt = opts[idx].name;
        switch (ch) {
        case O_TITLE: ob->title = oa->title = optarg; break;
        case O_AUTHOR: ob->author = oa->author = optarg; break;
        case O_LANG:
            if (strcmp(optarg, "zh") && strcmp(optarg, "en"))
                return dv_usage_error(usage, "unknown language '%s' (zh or en)", optarg);
            ob->lang = oa->lang = optarg;
            break;
        case O_ENC: ob->encoding = oa->encoding = optarg; break;
        case O_LENIENT: ob->lenient = oa->lenient = 1; break;
        case O_NOREFLOW: ob->no_reflow = oa->no_reflow = 1; break;
        case O_SYSTEM:
            if (strcmp(optarg, "common") && strcmp(optarg, "current"))
                return dv_usage_error(usage,
                                   "unknown braille system '%s' (common or current)", optarg);
            ob->system = optarg;
            break;
        case O_GRADE:
            if (dv_parse_int(optarg, 1, 2, &ob->grade) != 0)
                return dv_usage_error(usage, "--grade must be 1 or 2, not '%s'", optarg);
            break;
        case O_TABLE: ob->tables = optarg; break;
        case O_EMBOSSER: ob->embosser = optarg; break;
        case O_VOLPAGES:
            if (dv_parse_int(optarg, 1, 100000, &ob->volume_sheets) != 0)
                return dv_usage_error(usage, "--volume-pages needs a positive number, not '%s'", optarg);
            break;
        case O_DUPLEX: ob->duplex = 1; break;
        case O_VOICE: oa->voice = optarg; break;
        case O_BITRATE:
            if (dv_parse_int(optarg, 8, 320, &oa->bitrate) != 0)
                return dv_usage_error(usage, "--bitrate needs kbps from 8 to 320, not '%s'", optarg);
            break;
        case O_QUALITY:
            if (dv_parse_int(optarg, 0, 9, &oa->quality) != 0)
                return dv_usage_error(usage, "--quality must be 0 (best) to 9 (fastest), not '%s'", optarg);
            break;
        case O_SPLIT:
            if (dv_parse_int(optarg, 1, 6, &oa->split_level) != 0)
                return dv_usage_error(usage, "--split-level must be 1 to 6, not '%s'", optarg);
            break;
        case O_SINGLE: oa->single = 1; break;
        case O_MASTER:
            if (strcmp(optarg, "wav") && strcmp(optarg, "flac"))
                return dv_usage_error(usage, "--master must be wav or flac, not '%s'", optarg);
            oa->master = optarg;
            break;
        case O_SCRIPT: oa->keep_script = 1; break;
        case O_LUFS: {
            char *end;
            oa->target_lufs = strtod(optarg, &end);
            if (*end || oa->target_lufs < -40 || oa->target_lufs > -6)
                return dv_usage_error(usage, "--target-lufs must be -40 to -6, not '%s'", optarg);
            break;
        }
        case 'o': ob->outdir = oa->outdir = optarg; break;
        case 'j':
            if (dv_parse_int(optarg, 1, 64, &ob->jobs) != 0)
                return dv_usage_error(usage, "-j needs a number from 1 to 64, not '%s'", optarg);
            oa->jobs = ob->jobs;
            break;
        case O_DB: c->db = optarg; break;
        case O_REQ: ob->requester = oa->requester = optarg; break;
        case O_JSON: c->json = 1; break;
        case 'q': c->quiet = 1; break;
        case O_BRAILLE: want |= DV_DO_BRAILLE; break;
        case O_AUDIO: want |= DV_DO_AUDIO; break;
        case O_LEXICON:
            if (ob->nlexicons == 64)
                return dv_usage_error(usage, "%s", "at most 64 lexicons");
            lexicons[ob->nlexicons++] = optarg;
            oa->nlexicons = ob->nlexicons;
            break;
        case 'h': case O_HELP: fputs(usage, stdout); return DV_EX_OK;
        default: fputc('\n', stderr); fputs(usage, stderr); return DV_EX_USAGE;
        }
    }
    if (!ob->outdir) return dv_usage_error(usage, "%s", "no output directory (-o DIR)");
    if (only < 0) {
        /* batch: formats may come per row; braille by default */
        c->want = want ? want : DV_DO_BRAILLE;
        c->first = optind;
        return -1;
    }
    if (!want)
        return dv_usage_error(usage, "%s", "nothing to do: say --braille and/or --audio");
    if (only && want != only)
        return dv_usage_error(usage, "%s", "use dotvox convert for more than one format");
    if (braille_opt && !(want & DV_DO_BRAILLE))
        return dv_usage_error(usage, "--%s is a braille option", braille_opt);
    if (audio_opt && !(want & DV_DO_AUDIO))
        return dv_usage_error(usage, "--%s is an audio option", audio_opt);
    c->want = want;
    c->first = optind;
    return -1;
}
