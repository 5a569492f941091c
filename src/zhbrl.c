/* zhbrl.c -- see zhbrl.h. */
#include <stdlib.h>
#include <string.h>
#include "util.h"
#include "zhbrl.h"

/* A small open-addressing map from a string key to a code point. */
typedef struct smap_ent {
    char *key;
    uint32_t val;
} smap_ent;

typedef struct smap {
    smap_ent *v;
    size_t n, cap;
} smap;

static smap_ent *smap_find(smap *m, const char *key, int create)
{
    if (create && (m->n + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 1024;
        smap_ent *nv = dv_calloc(ncap, sizeof *nv);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->v[i].key) continue;
            size_t j = dv_hash_str(m->v[i].key) & (ncap - 1);
            while (nv[j].key) j = (j + 1) & (ncap - 1);
            nv[j] = m->v[i];
        }
        free(m->v);
        m->v = nv;
        m->cap = ncap;
    }
    if (!m->cap) return NULL;
    size_t j = dv_hash_str(key) & (m->cap - 1);
    while (m->v[j].key) {
        if (!strcmp(m->v[j].key, key)) return &m->v[j];
        j = (j + 1) & (m->cap - 1);
    }
    if (!create) return NULL;
    m->v[j].key = dv_strdup(key);
    m->v[j].val = 0;
    m->n++;
    return &m->v[j];
}

static void smap_free(smap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->v[i].key);
    free(m->v);
}

struct dv_zhbrl {
    dv_reader *r;
    dv_brl *b;
    int built;         /* reps filled */
    smap reps;         /* syllable -> first monophonic character known to
                          the table (0 = none) */
    smap decided;      /* "cp:syllable" -> character to write */
    dv_words w;
    dv_buf text;
    dv_buf marks;      /* one byte per code point of text: word starts */
    dv_cells c1, c2;
    /* the last decision per character of the main CJK block: most
     * characters are read one way throughout a book, so this answers
     * nearly every lookup without hashing */
    struct last {
        char syl[8];
        uint32_t out;
    } *last;
};

#define URO_FIRST 0x4E00
#define URO_LAST 0x9FFF

int dv_zhbrl_open(dv_zhbrl **zp, dv_reader *r, dv_brl *b, dv_err *e)
{
    (void)e;
    dv_zhbrl *z = dv_calloc(1, sizeof *z);
    z->r = r;
    z->b = b;
    *zp = z;
    return 0;
}

void dv_zhbrl_close(dv_zhbrl *z)
{
    if (!z) return;
    smap_free(&z->reps);
    smap_free(&z->decided);
    dv_words_free(&z->w);
    dv_buf_free(&z->text);
    dv_buf_free(&z->marks);
    dv_cells_free(&z->c1);
    dv_cells_free(&z->c2);
    free(z->last);
    free(z);
}

/* Cells of one character; 0 cells or more than 4 means the table does
 * not know it (liblouis spells unknown characters out as \x....). */
static int char_cells(dv_zhbrl *z, uint32_t cp, dv_cells *c)
{
    char u[4];
    int n = dv_utf8_encode(cp, u);
    dv_err e;
    dv_cells_clear(c);
    if (dv_brl_translate(z->b, u, (size_t)n, c, &e) != 0) return 0;
    return c->n >= 1 && c->n <= 4;
}

/* Candidates: characters of the URO block with exactly one reading.  The
 * table check happens when a syllable is first needed. */
static void build_reps(dv_zhbrl *z)
{
    z->built = 1;
    for (uint32_t cp = 0x4E00; cp <= 0x9FFF; cp++) {
        int n;
        const char *rd = dv_reader_char_readings(z->r, cp, &n);
        if (n != 1 || !rd) continue;
        smap_ent *s = smap_find(&z->reps, rd, 1);
        if (!s->val) s->val = cp;
    }
}

/* A character with only reading syl that the table knows; 0 if none. */
static uint32_t rep_for(dv_zhbrl *z, const char *syl)
{
    if (!z->built) build_reps(z);
    smap_ent *s = smap_find(&z->reps, syl, 0);
    if (!s || !s->val) return 0;
    if (char_cells(z, s->val, &z->c1)) return s->val;
    /* the first candidate is unknown to the table: look for another */
    for (uint32_t cp = s->val + 1; cp <= 0x9FFF; cp++) {
        int n;
        const char *rd = dv_reader_char_readings(z->r, cp, &n);
        if (n == 1 && rd && !strcmp(rd, syl) && char_cells(z, cp, &z->c1)) {
            s->val = cp;
            return cp;
        }
    }
    s->val = 0;
    return 0;
}

static uint32_t decide_slow(dv_zhbrl *z, uint32_t cp, const char *syl);

static uint32_t decide(dv_zhbrl *z, uint32_t cp, const char *syl)
{
    if (cp < URO_FIRST || cp > URO_LAST || strlen(syl) >= sizeof z->last->syl)
        return decide_slow(z, cp, syl);
    if (!z->last) z->last = dv_calloc(URO_LAST - URO_FIRST + 1, sizeof *z->last);
    struct last *l = &z->last[cp - URO_FIRST];
    if (strcmp(l->syl, syl) != 0) {
        l->out = decide_slow(z, cp, syl);
        strcpy(l->syl, syl);
    }
    return l->out;
}

static uint32_t decide_slow(dv_zhbrl *z, uint32_t cp, const char *syl)
{
    int n;
    const char *rd = dv_reader_char_readings(z->r, cp, &n);
    if (n <= 1) return cp;
    /* key: the code point's UTF-8, a colon, the syllable (hot path: no
     * printf) */
    char key[48];
    int kl = dv_utf8_encode(cp, key);
    key[kl++] = ':';
    size_t sl = strlen(syl);
    if (sl > sizeof key - (size_t)kl - 1) return cp;
    memcpy(key + kl, syl, sl + 1);
    smap_ent *d = smap_find(&z->decided, key, 0);
    if (d) return d->val;
    /* The default (most common) reading is the one the table has, with
     * the scheme's tone omissions and abbreviations: keep it.  Another
     * reading gets a stand-in whose cells the table makes differently. */
    uint32_t out = cp;
    size_t deflen = strcspn(rd, " ");
    int is_default = strlen(syl) == deflen && !strncmp(rd, syl, deflen);
    uint32_t rep = is_default ? 0 : rep_for(z, syl);
    if (rep && rep != cp && char_cells(z, cp, &z->c2) &&
        char_cells(z, rep, &z->c1) &&
        (z->c1.n != z->c2.n || memcmp(z->c1.dots, z->c2.dots, z->c1.n)))
        out = rep;
    smap_find(&z->decided, key, 1)->val = out;
    return out;
}

/* Fills z->text (the source with stand-ins, no spaces added) and
 * z->marks (1 where a word starts after another word). */
static int prepare(dv_zhbrl *z, const char *s, size_t len, dv_err *e)
{
    dv_words_clear(&z->w);
    z->text.len = 0;
    z->marks.len = 0;
    dv_buf_put(&z->text, "", 0);
    if (dv_read_text(z->r, s, len, &z->w, e) != 0) return -1;
    int prev_word = 0;
    char syl[16];
    for (size_t i = 0; i < z->w.n; i++) {
        const dv_word *x = &z->w.v[i];
        const char *src = s + x->off;
        int word = x->kind != DV_W_SPACE && x->kind != DV_W_PUNCT;
        int mark = word && prev_word;
        prev_word = word;
        /* one syllable per Han character, in order */
        const char *py = z->w.pool.data + x->py, *pend = py + x->pylen;
        for (size_t k = 0; k < x->len;) {
            uint32_t cp;
            int n = dv_utf8_decode(src + k, x->len - k, &cp);
            if (n <= 0) { n = 1; cp = 0xFFFD; }
            uint32_t put = cp;
            if (x->kind == DV_W_HAN && dv_is_han(cp)) {
                while (py < pend && *py == ' ') py++;
                size_t sl = 0;
                while (py + sl < pend && py[sl] != ' ') sl++;
                if (sl > 0 && sl < sizeof syl) {
                    memcpy(syl, py, sl);
                    syl[sl] = 0;
                    put = decide(z, cp, syl);
                }
                py += sl;
            }
            char u[4];
            dv_buf_put(&z->text, u, (size_t)dv_utf8_encode(put, u));
            dv_buf_putc(&z->marks, (char)(k == 0 && mark));
            k += (size_t)n;
        }
    }
    return 0;
}

const char *dv_zhbrl_prepare(dv_zhbrl *z, const char *s, size_t len, dv_err *e)
{
    if (prepare(z, s, len, e) != 0) return NULL;
    /* the proofreading view: a space where a blank cell will be */
    dv_buf shown = {0};
    size_t cpi = 0;
    for (size_t i = 0; i < z->text.len; cpi++) {
        uint32_t cp;
        int n = dv_utf8_decode(z->text.data + i, z->text.len - i, &cp);
        if (n <= 0) n = 1;
        if (z->marks.data[cpi]) dv_buf_putc(&shown, ' ');
        dv_buf_put(&shown, z->text.data + i, (size_t)n);
        i += (size_t)n;
    }
    dv_buf_put(&shown, "", 0);
    dv_buf_free(&z->text);
    z->text = shown;
    return z->text.data;
}

int dv_zhbrl_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                   dv_err *e)
{
    dv_zhbrl *z = ctx;
    if (prepare(z, utf8, len, e) != 0) return -1;
    return dv_brl_translate_words(z->b, z->text.data, z->text.len,
                                  (const uint8_t *)z->marks.data, out, e);
}
