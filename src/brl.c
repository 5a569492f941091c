/* brl.c -- see brl.h.
 *
 * Translation runs in dotsIO|ucBrl mode, so liblouis hands back Unicode
 * braille whatever display table the list names; that is what lets a
 * user's --table list (with or without a .dis) feed the same layout. */
#include <stdlib.h>
#include <string.h>
#include <liblouis/liblouis.h>
#include "brl.h"
#include "util.h"

struct dv_brl {
    char *tables;
    widechar *in, *out;
    int *inpos;
    size_t incap, outcap;
};

/* liblouis reports compile problems through a process-wide callback; we
 * keep the last message so that a failed open can say why. */
static char last_log[512];

static void log_cb(logLevels level, const char *msg)
{
    if (level >= LOU_LOG_ERROR) snprintf(last_log, sizeof last_log, "%s", msg);
}

static void brl_setup(void)
{
    static int done;
    if (done) return;
    done = 1;
    lou_registerLogCallback(log_cb);
    lou_setLogLevel(LOU_LOG_ERROR);
}

int dv_brl_open(dv_brl **bp, const char *tables, dv_err *e)
{
    brl_setup();
    *bp = NULL;
    if (!tables || !*tables) return dv_errf(e, "empty braille table list");
    last_log[0] = 0;
    if (!lou_getTable(tables)) {
        if (last_log[0])
            return dv_errf(e, "braille table '%s' cannot be used: %s", tables,
                           last_log);
        return dv_errf(e, "braille table '%s' not found or invalid (see dotvox tables)",
                       tables);
    }
    dv_brl *b = dv_calloc(1, sizeof *b);
    b->tables = dv_strdup(tables);
    *bp = b;
    return 0;
}

void dv_brl_close(dv_brl *b)
{
    if (!b) return;
    free(b->tables);
    free(b->in);
    free(b->out);
    free(b->inpos);
    free(b);
}

const char *dv_brl_tables(const dv_brl *b) { return b->tables; }

/* Pieces of at most this many code points go to liblouis at a time:
 * its cost per call grows with the string, and cutting after punctuation
 * or a space does not change the translation. */
#define PIECE 4096

static int is_cut_after(widechar c)
{
    return c == ' ' || c == 0x3002 || c == 0xFF0C || c == 0xFF1B ||
           c == 0xFF01 || c == 0xFF1F || c == 0x3001 || c == '.' ||
           c == ',' || c == ';' || c == '!' || c == '?' || c == 0x3000;
}

static int translate_piece(dv_brl *b, const widechar *in, int inlen,
                           const uint8_t *marks, dv_cells *out,
                           int *char_start, dv_err *e)
{
    size_t need = (size_t)inlen * 8 + 64;
    for (;;) {
        if (b->outcap < need) {
            b->out = dv_realloc(b->out, need * sizeof *b->out);
            b->inpos = dv_realloc(b->inpos, need * sizeof *b->inpos);
            b->outcap = need;
        }
        int il = inlen, ol = (int)b->outcap;
        if (!lou_translate(b->tables, in, &il, b->out, &ol, NULL, NULL, NULL,
                           b->inpos, NULL, dotsIO | ucBrl))
            return dv_errf(e, "braille table '%s': translation failed", b->tables);
        if (il < inlen && ol >= (int)b->outcap) {
            need *= 2;      /* output buffer was too small */
            continue;
        }
        int prev = -1;
        for (int i = 0; i < ol; i++) {
            widechar c = b->out[i];
            uint8_t dots;
            if (c >= 0x2800 && c <= 0x28FF) dots = (uint8_t)(c - 0x2800);
            else if (c & LOU_DOTS) dots = (uint8_t)(c & 0xFF);
            else if (c == ' ') dots = 0;
            else {
                int d = c < 128 ? dv_ascii_to_cell((char)c) : -1;
                dots = d < 0 ? 0 : (uint8_t)d;
            }
            /* a word the caller marked starts here: a blank cell first */
            if (marks && b->inpos[i] != prev && marks[b->inpos[i]] && dots &&
                out->n > 0 && out->dots[out->n - 1] != 0)
                dv_cells_push(out, 0, DV_BRK_WORD);
            uint8_t brk;
            if (dots == 0) brk = DV_BRK_WORD;
            else if (b->inpos[i] != prev || *char_start) brk = DV_BRK_CHAR;
            else brk = DV_BRK_NONE;
            *char_start = 0;
            prev = b->inpos[i];
            dv_cells_push(out, dots, brk);
        }
        return 0;
    }
}

int dv_brl_translate(dv_brl *b, const char *s, size_t len, dv_cells *out,
                     dv_err *e)
{
    return dv_brl_translate_words(b, s, len, NULL, out, e);
}

int dv_brl_translate_words(dv_brl *b, const char *s, size_t len,
                           const uint8_t *marks, dv_cells *out, dv_err *e)
{
    if (b->incap < len + 1) {
        b->in = dv_realloc(b->in, (len + 1) * sizeof *b->in);
        b->incap = len + 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, len - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }
        /* liblouis reads outside the BMP poorly; such rare characters
         * are shown as the replacement character rather than crash it. */
        b->in[n++] = cp;
        i += (size_t)k;
    }
    int char_start = 1;
    size_t start = 0;
    while (start < n) {
        size_t end = n;
        if (n - start > PIECE) {
            end = start + PIECE;
            for (size_t j = end; j > start + PIECE / 2; j--)
                if (is_cut_after(b->in[j - 1])) { end = j; break; }
        }
        if (translate_piece(b, b->in + start, (int)(end - start),
                            marks ? marks + start : NULL, out, &char_start,
                            e) != 0)
            return -1;
        char_start = 1;
        start = end;
    }
    return 0;
}

int dv_brl_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                 dv_err *e)
{
    return dv_brl_translate(ctx, utf8, len, out, e);
}

const char *dv_brl_default_tables(const char *lang, const char *system)
{
    if (!lang || !strcmp(lang, "zh")) {
        if (!system || !strcmp(system, "common")) return "unicode.dis,zhcn-cbs.ctb";
        if (!strcmp(system, "current")) return "unicode.dis,zh-chn.ctb";
        if (!strcmp(system, "current-tones")) return "unicode.dis,zhcn-g1.ctb";
        return NULL;
    }
    if (!strcmp(lang, "en")) {
        if (!system || !strcmp(system, "g2")) return "unicode.dis,en-ueb-g2.ctb";
        if (!strcmp(system, "g1")) return "unicode.dis,en-ueb-g1.ctb";
        return NULL;
    }
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int dv_brl_list(FILE *out, int json, dv_err *e)
{
    static const char *keys[] = {"display-name", "language", "type", "grade",
                                 "contraction", "system", "direction"};
    enum { NKEYS = sizeof keys / sizeof *keys };
    brl_setup();
    char **names = lou_listTables();
    if (!names) return dv_errf(e, "liblouis lists no tables (is liblouis-data installed?)");
    size_t n = 0;
    while (names[n]) n++;
    qsort(names, n, sizeof *names, cmp_str);
    if (json) fputs("[\n", out);
    for (size_t i = 0; i < n; i++) {
        /* lou_listTables gives full paths; a table list wants base names */
        const char *base = strrchr(names[i], '/');
        base = base ? base + 1 : names[i];
        char *val[NKEYS];
        for (int k = 0; k < NKEYS; k++) val[k] = lou_getTableInfo(names[i], keys[k]);
        if (json) {
            fputs("  {\"table\": ", out);
            dv_json_str(out, base);
            for (int k = 0; k < NKEYS; k++) {
                fprintf(out, ", \"%s\": ", keys[k]);
                if (val[k]) dv_json_str(out, val[k]); else fputs("null", out);
            }
            fputs(i + 1 < n ? "},\n" : "}\n", out);
        } else {
            fprintf(out, "%-28s %-10s %-9s %s\n", base, val[1] ? val[1] : "-",
                    val[4] ? val[4] : (val[3] ? val[3] : "-"),
                    val[0] ? val[0] : "");
        }
        for (int k = 0; k < NKEYS; k++) free(val[k]);
        free(names[i]);
    }
    if (json) fputs("]\n", out);
    free(names);
    return 0;
}
