/* reading.c -- Chinese text to words with pinyin (see reading.h).
 *
 * The dictionary is tables/generated/zh.dict, written by
 * tools/gen-zhdata.py: a hash table mapped read-only, so opening costs
 * no parsing whatever its size.  Lexicon entries live beside it in a
 * small hash table of our own with the same hash function, so one
 * running hash serves both while a word is extended character by
 * character.
 *
 * Segmentation is jieba's without its HMM: the words of the dictionary
 * that start at each character form a DAG, and the path with the
 * highest sum of log probabilities is found by dynamic programming from
 * the right.  A long run of Han is done in windows of WIN characters,
 * each cut at a word boundary of its best path well before the window's
 * end, so time and memory stay linear.  A lexicon word weighs like a
 * very common word; one that is a compound of dictionary words
 * (浙江图书馆) keeps its reading but is given out as those words.
 *
 * The window's scratch lives in the reader: one reader, one thread. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pls.h"
#include "reading.h"
#include "zhnum.h"

enum { F_WORD = 1, F_PREFIX = 2, F_PYDICT = 4, F_CHAR = 8, F_PYPART = 16 };
enum { WIN = 4096, MAXWORD = 64, MARGIN = 2 * MAXWORD };

/* One slot of zh.dict (little endian, see gen-zhdata.py): the key is
 * in the slot if it fits, so most probes read one cache line. */
typedef struct dent {
    uint32_t hash, py;
    float logp;
    uint16_t flags;
    uint8_t nread, klen;    /* readings (characters); key bytes, 0: empty */
    char key[16];           /* klen <= 16: the key; else its pool offset */
} dent;
_Static_assert(sizeof(dent) == 32, "zh.dict slots are 32 bytes");

typedef struct lent {
    char *key;          /* NULL: empty slot */
    size_t klen;
    char *py;           /* NULL: only a prefix of a lexicon word */
    uint32_t hash;
    int prefix;
} lent;

struct dv_reader {
    void *map;
    size_t maplen;
    const dent *slots;
    uint32_t mask;
    const char *pool;
    uint32_t poolsize;
    const unsigned char *bitmap;
    uint32_t bitmap_bytes;
    float logfloor, loglex;
    int maxlen;         /* longest word, dictionary or lexicon, <= MAXWORD */
    lent *lex;
    size_t nlex, lexcap;
    /* scratch for one window of segmentation */
    size_t pos[WIN + 1];
    double route[WIN + 1];
    uint32_t next[WIN];
    const dent *wd[WIN];
    const lent *wl[WIN];
    /* single characters of the main CJK block, looked up once: they are
     * most lookups, and the dictionary is too big for the cache */
    const dent **one;   /* NULL until first used; ONE_MISS if absent */
};

#define ONE_FIRST 0x4E00
#define ONE_LAST 0x9FFF
static const dent one_miss;
#define ONE_MISS (&one_miss)

#define FNV_BASIS 0x811C9DC5u
static uint32_t fnv(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x01000193u;
    return h;
}

static const dent *dict_find(const dv_reader *r, const char *s, size_t n,
                             uint32_t h)
{
    for (uint32_t i = h & r->mask;; i = (i + 1) & r->mask) {
        const dent *d = &r->slots[i];
        if (!d->klen) return NULL;
        if (d->hash != h || d->klen != n) continue;
        const char *k = d->key;
        if (n > sizeof d->key) {
            uint32_t off;
            memcpy(&off, d->key, sizeof off);
            if (off >= r->poolsize || n >= r->poolsize - off) continue;
            k = r->pool + off;
        }
        if (!memcmp(k, s, n)) return d;
    }
}

static const lent *lex_find(const dv_reader *r, const char *s, size_t n,
                            uint32_t h)
{
    if (!r->nlex) return NULL;
    for (size_t i = h & (r->lexcap - 1);; i = (i + 1) & (r->lexcap - 1)) {
        const lent *l = &r->lex[i];
        if (!l->key) return NULL;
        if (l->hash == h && l->klen == n && !memcmp(l->key, s, n)) return l;
    }
}

static lent *lex_slot(dv_reader *r, const char *s, size_t n)
{
    if ((r->nlex + 1) * 2 > r->lexcap) {
        size_t cap = r->lexcap ? r->lexcap * 2 : 256;
        lent *nv = dv_calloc(cap, sizeof *nv);
        for (size_t i = 0; i < r->lexcap; i++) {
            if (!r->lex[i].key) continue;
            size_t j = r->lex[i].hash & (cap - 1);
            while (nv[j].key) j = (j + 1) & (cap - 1);
            nv[j] = r->lex[i];
        }
        free(r->lex);
        r->lex = nv;
        r->lexcap = cap;
    }
    uint32_t h = fnv(FNV_BASIS, s, n);
    size_t i = h & (r->lexcap - 1);
    while (r->lex[i].key) {
        if (r->lex[i].hash == h && r->lex[i].klen == n &&
            !memcmp(r->lex[i].key, s, n))
            return &r->lex[i];
        i = (i + 1) & (r->lexcap - 1);
    }
    r->lex[i].key = dv_strndup(s, n);
    r->lex[i].klen = n;
    r->lex[i].hash = h;
    r->nlex++;
    return &r->lex[i];
}

/* dv_pls_load's callback: later entries override earlier ones. */
static void lex_add(void *ctx, const char *g, const char *py)
{
    dv_reader *r = ctx;
    size_t n = strlen(g);
    int nch = 0;
    uint32_t cp;
    for (size_t i = 0; i < n;) {
        int k = dv_utf8_decode(g + i, n - i, &cp);
        if (!k) return;                 /* pls.c checked; be safe anyway */
        i += k;
        nch++;
        if (i < n) lex_slot(r, g, i)->prefix = 1;
    }
    if (!nch || nch > MAXWORD) return;
    lent *l = lex_slot(r, g, n);
    free(l->py);
    l->py = dv_strdup(py);
    if (nch > r->maxlen) r->maxlen = nch;
}

static int open_dict(dv_reader *r, const char *path, dv_err *e)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return dv_errf(e, "%s: cannot open the Chinese dictionary (built by "
                       "make from tools/gen-zhdata.py): %s", path,
                       strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0 || st.st_size < 64) {
        close(fd);
        return dv_errf(e, "%s: not a dotvox dictionary (too short)", path);
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED)
        return dv_errf(e, "%s: cannot map: %s", path, strerror(errno));
    r->map = m;
    r->maplen = (size_t)st.st_size;
    const unsigned char *p = m;
    uint32_t h[11];
    memcpy(h, p + 8, sizeof h);
    uint32_t nslots = h[0], maxlen = h[2], off_slots = h[5], off_pool = h[6],
             pool_len = h[7], off_bm = h[8], bm_len = h[9], bom = h[10];
    float fl[2];
    memcpy(fl, p + 20, sizeof fl);
    if (memcmp(p, "DVZHDIC3", 8) || bom != 0x01020304u || !nslots ||
        (nslots & (nslots - 1)) || off_slots % 4 || off_pool % 4 ||
        (uint64_t)off_slots + (uint64_t)nslots * sizeof(dent) > off_pool ||
        !pool_len || (uint64_t)off_pool + pool_len > off_bm ||
        (uint64_t)off_bm + bm_len > r->maplen || p[off_pool] ||
        p[off_pool + pool_len - 1])
        return dv_errf(e, "%s: not a dotvox dictionary or from another "
                       "version (run make)", path);
    r->slots = (const dent *)(p + off_slots);
    r->mask = nslots - 1;
    r->pool = (const char *)p + off_pool;
    r->poolsize = pool_len;
    r->bitmap = p + off_bm;
    r->bitmap_bytes = bm_len;
    r->logfloor = fl[1];
    /* Lexicon words weigh like a very common word (10^6 in jieba's
     * counts), so a lexicon word beats any split of it into pieces. */
    r->loglex = (float)(log(1e6) - fl[0]);
    r->maxlen = maxlen > MAXWORD ? MAXWORD : (int)maxlen;
    return 0;
}

int dv_reader_open(dv_reader **out, const char *datadir,
                   const char *const *lexicons, int nlexicons, dv_err *e)
{
    *out = NULL;
    dv_reader *r = dv_calloc(1, sizeof *r);
    dv_buf path = {0};
    dv_buf_printf(&path, "%s/tables/generated/zh.dict", datadir);
    int rc = open_dict(r, path.data, e);
    static const char *const builtin[] = {"lexicon-base.pls",
                                          "lexicon-zhejiang.pls"};
    for (int i = 0; rc == 0 && i < 2; i++) {
        path.len = 0;
        dv_buf_printf(&path, "%s/tables/%s", datadir, builtin[i]);
        rc = dv_pls_load(path.data, lex_add, r, e);
    }
    for (int i = 0; rc == 0 && i < nlexicons; i++)
        rc = dv_pls_load(lexicons[i], lex_add, r, e);
    dv_buf_free(&path);
    if (rc) {
        dv_reader_close(r);
        return -1;
    }
    *out = r;
    return 0;
}

void dv_reader_close(dv_reader *r)
{
    if (!r) return;
    if (r->map) munmap(r->map, r->maplen);
    free(r->one);
    for (size_t i = 0; i < r->lexcap; i++) {
        free(r->lex[i].key);
        free(r->lex[i].py);
    }
    free(r->lex);
    free(r);
}

/* ---- words ---- */

static dv_word *push(dv_words *w, size_t off, size_t len, dv_wkind k)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 256;
        w->v = dv_realloc(w->v, w->cap * sizeof *w->v);
    }
    dv_word *x = &w->v[w->n++];
    memset(x, 0, sizeof *x);
    x->off = off;
    x->len = len;
    x->kind = k;
    return x;
}

static void set_py(dv_words *w, dv_word *x, const char *py, size_t n)
{
    if (!n) return;
    x->py = w->pool.len;
    x->pylen = n;
    dv_buf_put(&w->pool, py, n);
    dv_buf_putc(&w->pool, 0);
}

void dv_words_clear(dv_words *w)
{
    w->n = 0;
    w->pool.len = 0;
    if (w->pool.data) w->pool.data[0] = 0;
}

void dv_words_free(dv_words *w)
{
    free(w->v);
    dv_buf_free(&w->pool);
    memset(w, 0, sizeof *w);
}

/* ---- classes of code points ---- */

static int is_hanc(const dv_reader *r, uint32_t cp)
{
    return (cp >> 3) < r->bitmap_bytes && (r->bitmap[cp >> 3] >> (cp & 7) & 1);
}

static int is_digit(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static int is_letter(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
           (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) ||
           (c >= 0x400 && c <= 0x4FF);
}

static int is_joiner(uint32_t c)
{
    return c == '\'' || c == 0x2019 || c == '-';
}

/* ---- Han ---- */

/* The dictionary-only best path through characters i..k; fills cut[]
 * with the piece ends and returns the number of pieces. */
static int dict_split(const dv_reader *r, const char *s, size_t i, size_t k,
                      size_t cut[MAXWORD])
{
    double route[MAXWORD + 1];
    size_t next[MAXWORD];
    size_t n = k - i;
    route[n] = 0;
    for (size_t a = n; a-- > 0;) {
        route[a] = -INFINITY;
        next[a] = a + 1;
        uint32_t h = FNV_BASIS;
        for (size_t b = a + 1; b <= n; b++) {
            size_t p0 = r->pos[i + a], p1 = r->pos[i + b];
            h = fnv(h, s + r->pos[i + b - 1], p1 - r->pos[i + b - 1]);
            const dent *d = dict_find(r, s + p0, p1 - p0, h);
            int word = d && (d->flags & F_WORD) && b - a < n;
            if (word || b == a + 1) {
                double v = (word ? d->logp : r->logfloor) + route[b];
                if (v >= route[a]) {
                    route[a] = v;
                    next[a] = b;
                }
            }
            if (!d || !(d->flags & F_PREFIX)) break;
        }
    }
    int m = 0;
    for (size_t a = 0; a < n; a = next[a]) cut[m++] = i + next[a];
    return m;
}

static void emit_han(dv_reader *r, const char *s, size_t i, size_t k,
                     dv_words *out)
{
    const lent *l = r->wl[i];
    const dent *d = r->wd[i];
    if (l && l->py) {
        /* A lexicon entry that is a compound of dictionary words, each
         * of two or more characters (浙江图书馆), gives its reading to
         * those words: the lexicon says how to read, the dictionary
         * where words end. */
        size_t cut[MAXWORD], nsyl = 1;
        const char *py = l->py;
        for (const char *q = py; *q; q++) nsyl += *q == ' ';
        int m = 1;
        if (k - i >= 4 && nsyl == k - i && !(d && (d->flags & F_WORD))) {
            m = dict_split(r, s, i, k, cut);
            for (size_t j = 0, a = i; j < (size_t)m; a = cut[j++])
                if (cut[j] - a < 2) m = 1;
        }
        if (m == 1) cut[0] = k;
        for (size_t j = 0, a = i; j < (size_t)m; a = cut[j++]) {
            const char *q = py;
            for (size_t t = 0; t < cut[j] - a; t++) {  /* a syllable a char */
                q += strcspn(q, " ");
                if (*q) q++;
            }
            size_t pl = (size_t)(q - py);
            while (pl && py[pl - 1] == ' ') pl--;
            dv_word *x = push(out, r->pos[a], r->pos[cut[j]] - r->pos[a],
                              DV_W_HAN);
            x->source = DV_SRC_LEXICON;
            x->in_dict = 1;
            set_py(out, x, py, pl);
            py = q;
        }
        return;
    }
    size_t off = r->pos[i], len = r->pos[k] - r->pos[i];
    dv_word *x = push(out, off, len, DV_W_HAN);
    if (!d || d->py >= r->poolsize) return;
    const char *py = r->pool + d->py;
    x->in_dict = (d->flags & F_WORD) != 0;
    x->source = DV_SRC_CHAR;
    if (k - i == 1) {   /* a character's readings: its default is first */
        size_t n = strcspn(py, " ");
        set_py(out, x, py, n);
        return;
    }
    if (d->flags & (F_PYDICT | F_PYPART)) x->source = DV_SRC_DICT;
    set_py(out, x, py, strlen(py));
}

/* Segments the n characters at r->pos[0..n] (byte offsets into s) and
 * emits the words of the best path, all of them if `last`, else those
 * ending before n - MARGIN.  Returns the characters consumed. */
static size_t seg_window(dv_reader *r, const char *s, size_t n, int last,
                         dv_words *out)
{
    r->route[n] = 0;
    for (size_t i = n; i-- > 0;) {
        double best = -INFINITY;
        uint32_t bestk = (uint32_t)i + 1;
        const dent *bd = NULL;
        const lent *bl = NULL;
        uint32_t h = FNV_BASIS;
        size_t lim = n - i < (size_t)r->maxlen ? n : i + (size_t)r->maxlen;
        int inlex = r->nlex > 0;  /* lexicon has a prefix of this length */
        for (size_t k = i + 1; k <= lim; k++) {
            h = fnv(h, s + r->pos[k - 1], r->pos[k] - r->pos[k - 1]);
            const char *w = s + r->pos[i];
            size_t wn = r->pos[k] - r->pos[i];
            const dent *d;
            uint32_t cp;
            if (k == i + 1 && wn == 3 && dv_utf8_decode(w, 3, &cp) == 3 &&
                cp >= ONE_FIRST && cp <= ONE_LAST) {
                if (!r->one)
                    r->one = dv_calloc(ONE_LAST - ONE_FIRST + 1, sizeof *r->one);
                const dent **c = &r->one[cp - ONE_FIRST];
                if (!*c) {
                    *c = dict_find(r, w, wn, h);
                    if (!*c) *c = ONE_MISS;
                }
                d = *c == ONE_MISS ? NULL : *c;
            } else {
                d = dict_find(r, w, wn, h);
            }
            const lent *l = inlex ? lex_find(r, w, wn, h) : NULL;
            inlex = l && l->prefix;
            int word = (d && (d->flags & F_WORD)) || (l && l->py);
            if (word || k == i + 1) {
                double lp = d && (d->flags & F_WORD) ? d->logp : r->logfloor;
                if (l && l->py && k > i + 1 && r->loglex > lp) lp = r->loglex;
                double v = lp + r->route[k];
                if (v >= best) {    /* ties: the longer word, as jieba */
                    best = v;
                    bestk = (uint32_t)k;
                    bd = d;
                    bl = l && l->py ? l : NULL;
                }
            }
            if (!((d && (d->flags & F_PREFIX)) || (l && l->prefix))) break;
        }
        r->route[i] = best;
        r->next[i] = bestk;
        r->wd[i] = bd;
        r->wl[i] = bl;
    }
    size_t i = 0;
    while (i < n) {
        size_t k = r->next[i];
        if (!last && i > 0 && k + MARGIN > n) break;
        emit_han(r, s, i, k, out);
        i = k;
    }
    return i;
}

/* The Han run at s[at..]; returns the byte offset after it. */
static size_t read_han(dv_reader *r, const char *s, size_t len, size_t at,
                       dv_words *out)
{
    for (;;) {
        size_t n = 0, p = at;
        int last = 1;
        while (p < len) {
            uint32_t cp;
            int k = dv_utf8_decode(s + p, len - p, &cp);
            if (!k || !is_hanc(r, cp)) break;
            if (n == WIN) {
                last = 0;
                break;
            }
            r->pos[n++] = p;
            p += (size_t)k;
        }
        r->pos[n] = p;
        size_t used = seg_window(r, s, n, last, out);
        if (last) return p;
        at = r->pos[used];
    }
}

/* ---- the text ---- */

int dv_read_text(dv_reader *r, const char *s, size_t len, dv_words *out,
                 dv_err *e)
{
    (void)e;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, len - i, &cp);
        if (!k) {                       /* a stray byte: never fail */
            push(out, i, 1, DV_W_PUNCT);
            i++;
            continue;
        }
        if (is_hanc(r, cp)) {
            i = read_han(r, s, len, i, out);
        } else if (is_digit(cp)) {
            dv_word *x = push(out, i, 0, DV_W_NUM);
            x->source = DV_SRC_NUMBER;
            size_t start = out->pool.len;
            size_t m = dv_zhnum_read(s + i, len - i, &out->pool);
            if (m < 1) m = (size_t)k;
            if (m > len - i) m = len - i;
            x->len = m;
            if (out->pool.len > start) {
                x->py = start;
                x->pylen = out->pool.len - start;
                dv_buf_putc(&out->pool, 0);
            }
            i += m;
        } else if (dv_is_space(cp)) {
            size_t j = i + (size_t)k;
            while (j < len && (k = dv_utf8_decode(s + j, len - j, &cp)) &&
                   dv_is_space(cp))
                j += (size_t)k;
            push(out, i, j - i, DV_W_SPACE);
            i = j;
        } else if (is_letter(cp)) {
            /* letters and digits, with ' ’ - between two of them */
            size_t j = i + (size_t)k;
            while (j < len) {
                uint32_t c2, c3;
                int k2 = dv_utf8_decode(s + j, len - j, &c2);
                if (!k2) break;
                if (is_letter(c2) || is_digit(c2)) {
                    j += (size_t)k2;
                    continue;
                }
                int k3;
                if (is_joiner(c2) && j + (size_t)k2 < len &&
                    (k3 = dv_utf8_decode(s + j + k2, len - j - k2, &c3)) &&
                    (is_letter(c3) || is_digit(c3))) {
                    j += (size_t)(k2 + k3);
                    continue;
                }
                break;
            }
            push(out, i, j - i, DV_W_LATIN);
            i = j;
        } else {
            push(out, i, (size_t)k, DV_W_PUNCT);
            i += (size_t)k;
        }
    }
    return 0;
}

const char *dv_reader_char_readings(const dv_reader *r, uint32_t cp, int *n)
{
    char u[4];
    int k = dv_utf8_encode(cp, u);
    const dent *d = k > 0 && is_hanc(r, cp) ?
                    dict_find(r, u, (size_t)k, fnv(FNV_BASIS, u, (size_t)k)) :
                    NULL;
    if (!d || !(d->flags & F_CHAR) || d->py >= r->poolsize) {
        *n = 0;
        return "";
    }
    *n = d->nread;
    return r->pool + d->py;
}
