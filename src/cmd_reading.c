/* cmd_reading.c -- "dotvox pinyin" and "dotvox words": the reading
 * layer's output for proofreaders. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "doc.h"
#include "reading.h"
#include "structure.h"
#include "textin.h"
#include "util.h"

static const char *usage_pinyin =
    "usage: dotvox pinyin [FILE|-] [--lexicon FILE]... [--encoding ENC]\n"
    "\n"
    "Prints each line of the text as words separated by single spaces, each\n"
    "Chinese word as its tone-numbered pinyin syllables run together\n"
    "(浙江图书馆 -> zhe4jiang1 tu2shu1guan3); numbers are read as Chinese,\n"
    "Latin words and punctuation pass through.  Reads standard input when\n"
    "FILE is - or missing.  --lexicon adds a PLS lexicon (later ones win).\n";

static const char *usage_words =
    "usage: dotvox words FILE [--lexicon FILE]... [--json] [--limit N]\n"
    "\n"
    "A proofreader's report on how a book will be read: words read from\n"
    "the per-character fallback, polyphonic characters with the reading\n"
    "chosen for each, and out-of-lexicon words (not in any PLS lexicon:\n"
    "candidates for one) by frequency.\n";

enum { O_LEX = 256, O_ENC, O_JSON, O_LIMIT, O_HELP };

static int open_reader(dv_reader **r, const char **lex, int nlex)
{
    dv_err e;
    if (dv_reader_open(r, dv_datadir(), lex, nlex, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        return -1;
    }
    return 0;
}

/* Lines longer than this are read in pieces, so that memory stays
 * bounded whatever the input (a 10 MB paragraph with no punctuation). */
#define PIECE (64 * 1024)

/* Writes one word's output token. */
static void put_word(const dv_words *w, const dv_word *x, const char *text,
                     int *first, FILE *out)
{
    if (x->kind == DV_W_SPACE) return;
    if (!*first) fputc(' ', out);
    *first = 0;
    if (x->pylen) {
        for (size_t k = 0; k < x->pylen; k++) {
            char ch = w->pool.data[x->py + k];
            if (ch != ' ') fputc(ch, out);
        }
    } else {
        fwrite(text + x->off, 1, x->len, out);
    }
}

/* One line of "dotvox pinyin" output for text[0..len).  A long line is
 * read a piece at a time; the last word of each piece may have been cut,
 * so it is read again at the start of the next. */
static void pinyin_line(dv_reader *r, const char *text, size_t len,
                        dv_words *w, FILE *out)
{
    dv_err e;
    int first = 1;
    size_t at = 0;
    while (at < len) {
        size_t n = len - at;
        int last = n <= PIECE;
        if (!last) {
            n = PIECE;
            while (n > 0 && ((unsigned char)text[at + n] & 0xC0) == 0x80) n--;
        }
        dv_words_clear(w);
        if (dv_read_text(r, text + at, n, w, &e) != 0 || w->n == 0) break;
        size_t keep = last || w->n == 1 ? w->n : w->n - 1;
        for (size_t i = 0; i < keep; i++)
            put_word(w, &w->v[i], text + at, &first, out);
        const dv_word *end = &w->v[keep - 1];
        at += end->off + end->len;
    }
    fputc('\n', out);
}

int dv_cmd_pinyin(int argc, char **argv)
{
    static const struct option opts[] = {
        {"lexicon", 1, 0, O_LEX}, {"encoding", 1, 0, O_ENC},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    const char *lex[64], *enc = NULL;
    int nlex = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case O_LEX:
            if (nlex == 64) {
                fputs("dotvox pinyin: at most 64 lexicons\n", stderr);
                return 2;
            }
            lex[nlex++] = optarg;
            break;
        case O_ENC: enc = optarg; break;
        case 'h': case O_HELP: fputs(usage_pinyin, stdout); return 0;
        default: fputs(usage_pinyin, stderr); return 2;
        }
    }
    if (argc - optind > 1) {
        fputs("dotvox pinyin: one input at most\n\n", stderr);
        fputs(usage_pinyin, stderr);
        return 2;
    }
    const char *path = optind < argc ? argv[optind] : "-";
    dv_reader *r;
    if (open_reader(&r, lex, nlex) != 0) return 1;
    dv_words w = {0};
    int rc = 0;
    if (!strcmp(path, "-")) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, stdin)) >= 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
            pinyin_line(r, line, (size_t)n, &w, stdout);
        }
        free(line);
    } else {
        /* in pieces of whole lines: a book is never in memory whole */
        dv_textsrc *src;
        dv_err e;
        const char *p;
        size_t len;
        int got = -1;
        if (dv_textsrc_open(path, enc, 0, &src, &e) == 0) {
            while ((got = dv_textsrc_next(src, &p, &len, &e)) > 0) {
                const char *s = p, *end = p + len;
                while (s < end) {
                    const char *nl = memchr(s, '\n', (size_t)(end - s));
                    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
                    pinyin_line(r, s, n, &w, stdout);
                    s += n + (nl ? 1 : 0);
                }
            }
            dv_textsrc_close(src);
        }
        if (got < 0) {
            fprintf(stderr, "dotvox: %s\n", e.msg);
            rc = 1;
        }
    }
    if (fflush(stdout) != 0) rc = 1;
    dv_words_free(&w);
    dv_reader_close(r);
    return rc;
}

/* ---- words: counts keyed by a string, in a small open hash ---- */

typedef struct tally {
    char *key;     /* word, or "char\treading" */
    char *pinyin;  /* reading / example */
    long n;
} tally;

typedef struct tallies {
    tally *v;
    size_t n, cap;  /* cap is a power of two */
} tallies;

static void tally_add(tallies *t, const char *key, const char *pinyin)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 256;
        tally *nv = dv_calloc(ncap, sizeof *nv);
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->v[i].key) continue;
            size_t j = dv_hash_str(t->v[i].key) & (ncap - 1);
            while (nv[j].key) j = (j + 1) & (ncap - 1);
            nv[j] = t->v[i];
        }
        free(t->v);
        t->v = nv;
        t->cap = ncap;
    }
    size_t j = dv_hash_str(key) & (t->cap - 1);
    while (t->v[j].key && strcmp(t->v[j].key, key)) j = (j + 1) & (t->cap - 1);
    if (!t->v[j].key) {
        t->v[j].key = dv_strdup(key);
        t->v[j].pinyin = dv_strdup(pinyin);
        t->n++;
    }
    t->v[j].n++;
}

static int by_count(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    if (!x->key || !y->key) return !x->key - !y->key;
    if (x->n != y->n) return x->n < y->n ? 1 : -1;
    return strcmp(x->key, y->key);
}

static void tally_sort(tallies *t)
{
    if (t->v) qsort(t->v, t->cap, sizeof *t->v, by_count);
}

static void tally_free(tallies *t)
{
    for (size_t i = 0; i < t->cap; i++) {
        free(t->v[i].key);
        free(t->v[i].pinyin);
    }
    free(t->v);
}

typedef struct words_report {
    tallies fallback, poly, oov;
    long han_words, total_words;
} words_report;

static void scan_text(dv_reader *r, const char *text, size_t len, dv_words *w,
                      words_report *rep)
{
    dv_err e;
    dv_words_clear(w);
    if (dv_read_text(r, text, len, w, &e) != 0) return;
    char key[512], py[256];
    for (size_t i = 0; i < w->n; i++) {
        const dv_word *x = &w->v[i];
        if (x->kind != DV_W_HAN) continue;
        rep->han_words++;
        size_t wl = x->len < 400 ? x->len : 400;
        size_t pl = x->pylen < sizeof py - 1 ? x->pylen : sizeof py - 1;
        memcpy(py, w->pool.data + x->py, pl);
        py[pl] = 0;
        memcpy(key, text + x->off, wl);
        key[wl] = 0;
        /* a one-character word is always read by its character: only
         * longer words read that way are worth a proofreader's look */
        int multi = wl > 0 && (size_t)dv_utf8_decode(key, wl, &(uint32_t){0}) < wl;
        if (x->source == DV_SRC_CHAR && multi) tally_add(&rep->fallback, key, py);
        /* out of lexicon: not in any PLS lexicon (so read from the
         * dictionary or its characters), the candidates for a lexicon */
        if (multi && x->source != DV_SRC_LEXICON) tally_add(&rep->oov, key, py);
        /* each polyphonic character with the syllable chosen for it */
        const char *sp = py;
        for (size_t k = 0; k < wl;) {
            uint32_t cp;
            int n = dv_utf8_decode(key + k, wl - k, &cp);
            if (n <= 0) break;
            const char *se = strchr(sp, ' ');
            size_t sl = se ? (size_t)(se - sp) : strlen(sp);
            int nr;
            const char *rd = dv_reader_char_readings(r, cp, &nr);
            if (nr > 1 && sl > 0) {
                char pk[64], ex[600];
                snprintf(pk, sizeof pk, "%.*s\t%.*s", n, key + k, (int)sl, sp);
                snprintf(ex, sizeof ex, "%s\t%s", rd, key);
                tally_add(&rep->poly, pk, ex);
            }
            k += (size_t)n;
            sp = se ? se + 1 : sp + sl;
        }
    }
}

static void print_list(FILE *o, const char *name, tallies *t, int json,
                       long limit, int poly)
{
    tally_sort(t);
    if (json) fprintf(o, "  \"%s\": [", name);
    else fprintf(o, "\n%s (%zu)\n", name, t->n);
    long shown = 0;
    for (size_t i = 0; i < t->cap && t->v[i].key && shown < limit; i++, shown++) {
        tally *x = &t->v[i];
        if (poly) {
            char *tab = strchr(x->key, '\t');
            char *etab = strchr(x->pinyin, '\t');
            *tab = 0;
            *etab = 0;
            if (json) {
                fputs(shown ? ",\n    {\"char\": " : "\n    {\"char\": ", o);
                dv_json_str(o, x->key);
                fputs(", \"reading\": ", o);
                dv_json_str(o, tab + 1);
                fputs(", \"readings\": ", o);
                dv_json_str(o, x->pinyin);
                fputs(", \"example\": ", o);
                dv_json_str(o, etab + 1);
                fprintf(o, ", \"count\": %ld}", x->n);
            } else {
                fprintf(o, "  %6ld  %s %-8s (of: %s; e.g. %s)\n", x->n, x->key,
                        tab + 1, x->pinyin, etab + 1);
            }
            *tab = '\t';
            *etab = '\t';
        } else if (json) {
            fputs(shown ? ",\n    {\"word\": " : "\n    {\"word\": ", o);
            dv_json_str(o, x->key);
            fputs(", \"pinyin\": ", o);
            dv_json_str(o, x->pinyin);
            fprintf(o, ", \"count\": %ld}", x->n);
        } else {
            fprintf(o, "  %6ld  %s  %s\n", x->n, x->key, x->pinyin);
        }
    }
    if (json) fputs(shown ? "\n  ]" : "]", o);
}

int dv_cmd_words(int argc, char **argv)
{
    static const struct option opts[] = {
        {"lexicon", 1, 0, O_LEX}, {"encoding", 1, 0, O_ENC},
        {"json", 0, 0, O_JSON}, {"limit", 1, 0, O_LIMIT},
        {"help", 0, 0, O_HELP}, {0, 0, 0, 0}};
    const char *lex[64], *enc = NULL;
    int nlex = 0, json = 0, c;
    long limit = 1000000;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case O_LEX:
            if (nlex < 64) lex[nlex++] = optarg;
            break;
        case O_ENC: enc = optarg; break;
        case O_JSON: json = 1; break;
        case O_LIMIT: limit = atol(optarg); if (limit <= 0) limit = 1; break;
        case 'h': case O_HELP: fputs(usage_words, stdout); return 0;
        default: fputs(usage_words, stderr); return 2;
        }
    }
    if (argc - optind != 1) {
        fputs("dotvox words: one FILE needed\n\n", stderr);
        fputs(usage_words, stderr);
        return 2;
    }
    const char *path = argv[optind];
    dv_err e;
    dv_doc d;
    dv_doc_init(&d);
    dv_docsrc *src;
    if (dv_docsrc_open(path, enc, 0, NULL, &d, &src, &e) != 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
        dv_doc_free(&d);
        return 1;
    }
    dv_reader *r;
    if (open_reader(&r, lex, nlex) != 0) {
        dv_docsrc_close(src);
        dv_doc_free(&d);
        return 1;
    }
    /* the book streams: a block at a time */
    words_report rep = {0};
    dv_words w = {0};
    dv_block b;
    int got;
    scan_text(r, d.title, strlen(d.title), &w, &rep);
    while ((got = dv_docsrc_next(src, &b, &e)) > 0)
        if (b.type != DV_PAGE) scan_text(r, b.text, b.len, &w, &rep);
    dv_docsrc_close(src);
    FILE *o = stdout;
    if (got < 0) {
        fprintf(stderr, "dotvox: %s\n", e.msg);
    } else if (json) {
        fputs("{\n  \"file\": ", o);
        dv_json_str(o, path);
        fputs(",\n  \"title\": ", o);
        dv_json_str(o, d.title);
        fprintf(o, ",\n  \"chinese_words\": %ld,\n", rep.han_words);
        print_list(o, "fallback_words", &rep.fallback, 1, limit, 0);
        fputs(",\n", o);
        print_list(o, "polyphones", &rep.poly, 1, limit, 1);
        fputs(",\n", o);
        print_list(o, "out_of_lexicon", &rep.oov, 1, limit, 0);
        fputs("\n}\n", o);
    } else {
        fprintf(o, "%s: %s, %ld Chinese words\n", path, d.title, rep.han_words);
        print_list(o, "Words read character by character", &rep.fallback, 0, limit, 0);
        print_list(o, "Polyphonic characters and the reading chosen", &rep.poly, 0, limit, 1);
        print_list(o, "Out-of-lexicon words", &rep.oov, 0, limit, 0);
    }
    tally_free(&rep.fallback);
    tally_free(&rep.poly);
    tally_free(&rep.oov);
    dv_words_free(&w);
    dv_reader_close(r);
    dv_doc_free(&d);
    return got < 0 ? 1 : 0;
}
