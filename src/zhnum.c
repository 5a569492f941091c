/* zhnum.c -- digits read as Chinese; see zhnum.h.
 *
 * The input is scanned one code point at a time so that full-width
 * digits and signs (０-９ ． ％ ： －) behave like ASCII ones.  The
 * decision order matters: phone numbers and hyphenated codes first (their
 * hyphens are not ranges), then long digit strings, times, years, and
 * finally an ordinary number, possibly followed by a range to a second. */
#include <string.h>
#include "zhnum.h"

#define CP_NIAN 0x5E74  /* 年 */
#define CP_DAI  0x4EE3  /* 代 */

static const char *const DIG[10] = {
    "ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3"
};

/* Syllables are appended after `start`, the length out had on entry, so
 * that nothing is put before the first one. */
typedef struct em {
    dv_buf *out;
    size_t start;
} em;

static void put(em *m, const char *syl)
{
    if (m->out->len > m->start)
        dv_buf_putc(m->out, ' ');
    dv_buf_puts(m->out, syl);
}

static void put_digits(em *m, const char *d, size_t n, int yao)
{
    for (size_t i = 0; i < n; i++)
        put(m, yao && d[i] == '1' ? "yao1" : DIG[d[i] - '0']);
}

/* ---- integers ---------------------------------------------------- */

/* 1 <= x <= 9999.  lead: first section of the number, where 10-19 read
 * shi2 ... rather than yi1 shi2 ... */
static void section(em *m, unsigned x, int lead)
{
    static const char *const UNIT[4] = { NULL, "shi2", "bai3", "qian1" };
    unsigned p10[4] = { 1, 10, 100, 1000 };
    int started = 0, zero = 0;
    for (int pos = 3; pos >= 0; pos--) {
        unsigned d = x / p10[pos] % 10;
        if (d == 0) {
            zero = started;
            continue;
        }
        if (zero)
            put(m, "ling2");
        zero = 0;
        if (!(pos == 1 && d == 1 && !started && lead))
            put(m, DIG[d]);
        if (UNIT[pos])
            put(m, UNIT[pos]);
        started = 1;
    }
}

/* 0 < x < 10^8: [section wan4] [ling2] [section] */
static void read8(em *m, unsigned long long x, int lead)
{
    unsigned hi = (unsigned)(x / 10000), lo = (unsigned)(x % 10000);
    if (hi) {
        section(m, hi, lead);
        put(m, "wan4");
    }
    if (lo) {
        if (hi && lo < 1000)
            put(m, "ling2");
        section(m, lo, lead && !hi);
    }
}

static void read_int(em *m, unsigned long long n)
{
    if (n == 0) {
        put(m, "ling2");
        return;
    }
    if (n >= 10000000000000000ULL) {
        char d[24];
        int k = snprintf(d, sizeof d, "%llu", n);
        put_digits(m, d, (size_t)k, 0);
        return;
    }
    unsigned long long a = n / 100000000ULL, b = n % 100000000ULL;
    if (a) {
        read8(m, a, 1);
        put(m, "yi4");
    }
    if (b) {
        if (a && b < 10000000ULL)
            put(m, "ling2");
        read8(m, b, !a);
    }
}

void dv_zhnum_int(unsigned long long n, dv_buf *out)
{
    em m = { out, out->len };
    read_int(&m, n);
}

/* ---- scanning ---------------------------------------------------- */

static uint32_t cp_at(const char *s, size_t len, size_t i, int *nb)
{
    uint32_t cp = 0;
    int k = i < len ? dv_utf8_decode(s + i, len - i, &cp) : 0;
    *nb = k;
    return k ? cp : 0;
}

/* Maps full-width ASCII (U+FF01-FF5E) to ASCII. */
static uint32_t narrow(uint32_t cp)
{
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
}

/* The digit at byte i as '0'-'9' (and its size in *nb), or 0. */
static char digit_at(const char *s, size_t len, size_t i, int *nb)
{
    uint32_t c = narrow(cp_at(s, len, i, nb));
    return c >= '0' && c <= '9' ? (char)c : 0;
}

/* The ASCII character at byte i after narrowing (0 if none). */
static uint32_t ch_at(const char *s, size_t len, size_t i, int *nb)
{
    return narrow(cp_at(s, len, i, nb));
}

/* Appends the digits starting at byte i to d; returns the end. */
static size_t scan_digits(const char *s, size_t len, size_t i, dv_buf *d)
{
    int nb;
    char c;
    while ((c = digit_at(s, len, i, &nb)) != 0) {
        dv_buf_putc(d, c);
        i += (size_t)nb;
    }
    return i;
}

static int is_hyphen(uint32_t c)   /* after narrow() */
{
    return c == '-';
}

/* Range marks: hyphen, tilde, wave dash, en and em dash. */
static int is_range(uint32_t c)
{
    return c == '-' || c == '~' || c == 0x2013 || c == 0x2014 ||
           c == 0x301C;
}

/* Measures and currencies after which a 7+ digit run is a quantity
 * (12000000人) rather than a code. */
static int is_measure(uint32_t c)
{
    static const char *const M =
        "元人个万亿册件次种名位本部篇字页户吨米平公千百多余份块台辆条张所家"
        "座项株头只斤里亩美欧英港日韩卷套幅首场届倍克升";
    const char *p = M;
    size_t n = strlen(M);
    while (n) {
        uint32_t u;
        int k = dv_utf8_decode(p, n, &u);
        if (!k)
            break;
        if (u == c)
            return 1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static unsigned long long to_ull(const char *d, size_t n)
{
    unsigned long long v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (unsigned)(d[i] - '0');
    return v;
}

/* ---- ordinary numbers -------------------------------------------- */

/* An integer (with 1,800-style separators), an optional fraction and an
 * optional % or ‰, parsed from byte i. */
typedef struct num {
    size_t end, ip_end;    /* end of all, end of the integer digits */
    dv_buf ip, fp;     /* integer and fraction digits */
    int grouped;       /* had thousands separators */
    int pct;           /* 0, 100 (%) or 1000 (‰) */
} num;

static void num_parse(const char *s, size_t len, size_t i, num *n)
{
    int nb;
    memset(n, 0, sizeof *n);
    i = scan_digits(s, len, i, &n->ip);
    /* A comma is a thousands separator only between groups of exactly
     * three digits after a first group of one to three. */
    if (n->ip.len <= 3) {
        for (;;) {
            size_t j = i;
            if (j >= len || s[j] != ',')
                break;
            j++;
            dv_buf g = { 0 };
            size_t k = scan_digits(s, len, j, &g);
            int ok = g.len == 3;
            if (ok) {
                dv_buf_put(&n->ip, g.data, 3);
                i = k;
                n->grouped = 1;
            }
            dv_buf_free(&g);
            if (!ok)
                break;
        }
    }
    n->ip_end = i;
    if (ch_at(s, len, i, &nb) == '.') {
        int nb2;
        if (digit_at(s, len, i + (size_t)nb, &nb2))
            i = scan_digits(s, len, i + (size_t)nb, &n->fp);
    }
    uint32_t c = ch_at(s, len, i, &nb);
    if (c == '%') {
        n->pct = 100;
        i += (size_t)nb;
    } else if (c == 0x2030) {
        n->pct = 1000;
        i += (size_t)nb;
    }
    n->end = i;
}

static void num_free(num *n)
{
    dv_buf_free(&n->ip);
    dv_buf_free(&n->fp);
}

static void num_say(em *m, const num *n)
{
    if (n->pct == 100) {
        put(m, "bai3"); put(m, "fen1"); put(m, "zhi1");
    } else if (n->pct == 1000) {
        put(m, "qian1"); put(m, "fen1"); put(m, "zhi1");
    }
    const char *d = n->ip.data;
    size_t k = n->ip.len;
    /* 007 and 20-digit strings are codes, not amounts. */
    if ((k > 1 && d[0] == '0') || k > 16)
        put_digits(m, d, k, 0);
    else
        read_int(m, to_ull(d, k));
    if (n->fp.len) {
        put(m, "dian3");
        put_digits(m, n->fp.data, n->fp.len, 0);
    }
}

static int plain(const num *n)
{
    return !n->grouped && !n->fp.len && !n->pct;
}

/* A two-digit abbreviated year (98年, 08年).  Round tens (10年, 40年)
 * are far more often durations, so they are read as numbers. */
static int year2(const char *d)
{
    return d[0] == '0' || d[1] != '0';
}

static int is_year(const num *n, int first)
{
    if (!plain(n))
        return 0;
    if (n->ip.len == 4)
        return 1;
    return n->ip.len == 2 && (!first || year2(n->ip.data));
}

/* ---- the reader -------------------------------------------------- */

/* Hyphen-joined digit groups: 0571-87654321, 400-820-8820, 2014-03-05.
 * Returns the end if they are a code read digit by digit, else 0. */
static size_t codes(const char *s, size_t len, em *m)
{
    dv_buf all = { 0 };
    size_t i = 0, first = 0, ng = 0, maxg = 0;
    int zero_lead = 0, nb;
    for (;;) {
        size_t before = all.len;
        size_t j = scan_digits(s, len, i, &all);
        size_t g = all.len - before;
        if (g == 0)
            break;
        if (ng == 0)
            first = g;
        if (g > 1 && all.data[before] == '0')
            zero_lead = 1;
        if (g > maxg)
            maxg = g;
        ng++;
        i = j;
        int nb2;
        if (is_hyphen(ch_at(s, len, i, &nb)) &&
            digit_at(s, len, i + (size_t)nb, &nb2))
            i += (size_t)nb;
        else
            break;
    }
    size_t end = 0;
    if (ng >= 2) {
        const char *d = all.data;
        int phone = (all.data[0] == '0' && (first == 3 || first == 4)) ||
                    (first == 3 && (!memcmp(d, "400", 3) ||
                                    !memcmp(d, "800", 3))) ||
                    (all.len == 11 && d[0] == '1');
        if (phone || ng >= 3 || maxg >= 5 || zero_lead) {
            put_digits(m, d, all.len, phone);
            end = i;
        }
    }
    dv_buf_free(&all);
    return end;
}

/* H:MM or H:MM:SS. */
static size_t clock_time(const char *s, size_t len, em *m)
{
    dv_buf d = { 0 };
    int nb, nb2;
    size_t end = 0, i = scan_digits(s, len, 0, &d);
    size_t hl = d.len;
    if (hl > 2 || ch_at(s, len, i, &nb) != ':')
        goto out;
    i = scan_digits(s, len, i + (size_t)nb, &d);
    if (d.len - hl != 2 || digit_at(s, len, i, &nb2))
        goto out;
    unsigned h = (unsigned)to_ull(d.data, hl);
    unsigned mm = (unsigned)to_ull(d.data + hl, 2);
    if (h > 24 || mm > 59)
        goto out;
    size_t ml = d.len;
    int sec = -1;
    if (ch_at(s, len, i, &nb) == ':') {
        size_t j = scan_digits(s, len, i + (size_t)nb, &d);
        if (d.len - ml == 2 && !digit_at(s, len, j, &nb2)) {
            sec = (int)to_ull(d.data + ml, 2);
            if (sec > 59)
                sec = -1;
            else
                i = j;
        }
    }
    read_int(m, h);
    put(m, "dian3");
    if (mm || sec >= 0) {
        if (mm && mm < 10)
            put(m, "ling2");
        read_int(m, mm);
    }
    if (sec >= 0) {
        put(m, "fen1");
        read_int(m, (unsigned)sec);
        put(m, "miao3");
    }
    end = i;
out:
    dv_buf_free(&d);
    return end;
}

size_t dv_zhnum_read(const char *s, size_t len, dv_buf *out)
{
    em m = { out, out->len };
    int nb;
    if (!digit_at(s, len, 0, &nb)) {
        /* Not a digit: consume one whole character, say nothing. */
        cp_at(s, len, 0, &nb);
        return nb > 0 ? (size_t)nb : (len ? 1 : 0);
    }

    size_t end = codes(s, len, &m);
    if (end)
        return end;
    end = clock_time(s, len, &m);
    if (end)
        return end;

    num a, b;
    num_parse(s, len, 0, &a);
    const char *d = a.ip.data;
    size_t k = a.ip.len;

    /* Long digit runs: mobile numbers with yao1; amounts before a measure
     * or with a fraction as numbers; everything else (IDs, ISBNs, other
     * codes) digit by digit.  A trailing ID check letter X is left. */
    if (!a.grouped && k >= 7) {
        int phone = k == 11 && d[0] == '1' && d[1] >= '3';
        int quantity = !phone && k <= 16 && d[0] != '0' &&
                       (a.fp.len || a.pct ||
                        is_measure(cp_at(s, len, a.end, &nb)));
        if (!quantity) {
            put_digits(&m, d, k, phone);
            end = a.ip_end;
            num_free(&a);
            return end;
        }
    }

    /* A range: A-B, A~B, A—B; years if both are and 年 follows. */
    uint32_t c = ch_at(s, len, a.end, &nb);
    if (is_range(c)) {
        int nb2;
        size_t j = a.end + (size_t)nb;
        if (digit_at(s, len, j, &nb2)) {
            num_parse(s, len, j, &b);
            if (b.ip.len < 7 && b.ip.len > 0) {
                int years = cp_at(s, len, b.end, &nb2) == CP_NIAN &&
                            is_year(&a, 1) && is_year(&b, a.ip.len == 2) &&
                            !(a.ip.len == 2 && b.ip.len == 4);
                if (years) {
                    put_digits(&m, a.ip.data, a.ip.len, 0);
                    put(&m, "zhi4");
                    put_digits(&m, b.ip.data, b.ip.len, 0);
                } else {
                    num_say(&m, &a);
                    put(&m, "zhi4");
                    num_say(&m, &b);
                }
                end = b.end;
                num_free(&a);
                num_free(&b);
                return end;
            }
            num_free(&b);
        }
    }

    /* Years: 2014年, 2014年度, 98年 (but not 80年代). */
    if (cp_at(s, len, a.end, &nb) == CP_NIAN && is_year(&a, 1) &&
        !(a.ip.len == 2 && cp_at(s, len, a.end + (size_t)nb, &nb) == CP_DAI))
        put_digits(&m, d, k, 0);
    else
        num_say(&m, &a);
    end = a.end;
    num_free(&a);
    return end;
}
