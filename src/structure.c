/* structure.c -- see structure.h.
 *
 * The text is cut into lines (a form feed also cuts, and is a line of its
 * own); each line is trimmed of white space (U+3000 too) and classified:
 *
 *   blank; page marker: a form feed, or a line that is only "--- 12 ---",
 *   "- 12 -", "— 12 —", "[page 12]" or "[第12页]"; heading: "# .." to
 *   "###### .." (level = number of #, at most 80 code points), 一、 and
 *   第X章/第X部分/第X篇/第X卷/第X回 (level 1), （一） and 第X节 (level 2),
 *   "Chapter 12" / "CHAPTER XII" / "Part One" / "Book 2" (level 1), the
 *   numbered forms at most 40 code points with no 。！？； in them; item:
 *   "1." "1、" "1)" "（1）" "①" or a bullet -- always starts a paragraph,
 *   never a heading; otherwise text.
 *
 * Title: the first text line (a Markdown "# " taken off) unless
 * opts->title is given.  Right after a title from the source, a line
 * "作者：X", "作者:X", "Author: X" or "By X" is the author line: it is
 * consumed, and is the author unless opts->author is given.
 *
 * Print pages: text before the first form feed is page 1, each form feed
 * starts the next page (number = previous + 1), an explicit marker sets
 * the number.  Form feeds after the last text (pdftotext ends every page
 * with one) are dropped.  Markers do not split paragraphs: one that falls
 * inside a paragraph is emitted right after that paragraph.
 *
 * Reflow.  Two facts about the file are measured first.  It is "wrapped"
 * when lines pile up just under a common width W (90th percentile of the
 * body lines' display width, Han = 2 columns): at least 40% of them are
 * within 85% of W, and 20 <= W <= 200.  It is "double-spaced" when at
 * least 3/4 of line breaks have a blank line in them, as in PDF extracts:
 * then blank lines carry no information.  A paragraph then ends after a
 * line when
 *
 *   - the next line is a heading, an item, or is indented (beyond the
 *     file's least indent if wrapped, at all if not), or there is none;
 *   - the line ends a sentence (。！？；：….!?;: before any closing quotes
 *     or brackets) and: the file is not wrapped (so a line break after a
 *     sentence is a paragraph break), or the line is short (< 80% of W:
 *     a full line that happens to end a sentence says nothing), or a blank
 *     line follows and the file is not double-spaced;
 *   - the file is wrapped and the line, not ending a sentence, is under
 *     half of W (a caption, a signature, a date).
 *
 * A colon counts as a sentence end and nothing more: the list it
 * introduces is numbered (a new block anyway) or runs on in the same
 * paragraph ("要求：一是……；二是……").
 *
 * Otherwise the next line continues the paragraph, blank lines or page
 * markers between notwithstanding.  Lines join with no space when either
 * side is Han or CJK punctuation (looking through quotes), "word-" +
 * "lower" joins as "wordlower", "x-" + "Y" as "x-Y", anything else with
 * one space.  A numbered heading that fills a wrapped line without ending
 * a sentence takes a following short line that does not end one either:
 * a heading broken in two by the extraction.
 *
 * With no_reflow, each non-blank line is a block of its own (headings and
 * page markers are still recognized). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "structure.h"
#include "util.h"

enum { L_BLANK, L_TEXT, L_FF, L_PAGE };

typedef struct line {
    int kind;
    const char *s;   /* trimmed text (not NUL-terminated) */
    size_t n;
    int indent;      /* display columns of leading white space */
    int width;       /* display columns of the trimmed text */
    int ncp;         /* code points of the trimmed text */
    int head;        /* heading level, 0 if none */
    int numbered;    /* heading of a numbered form (not Markdown) */
    size_t hskip;    /* bytes of a Markdown "## " to drop */
    int item;
    int send;        /* ends a sentence */
    int used;        /* consumed as title, author or heading tail */
    char pnum[24];   /* page markers: the number */
} line;

typedef struct lines {
    line *v;
    size_t n, cap;
} lines;

/* ---- code points ---- */

static uint32_t dec(const char *s, size_t n, size_t *k)
{
    uint32_t c;
    int r = dv_utf8_decode(s, n, &c);
    if (r == 0) { *k = 1; return 0xFFFD; }
    *k = (size_t)r;
    return c;
}

/* The last code point of s[0..n) and where it starts. */
static uint32_t dec_last(const char *s, size_t n, size_t *at)
{
    size_t i = n - 1, k;
    while (i > 0 && n - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    uint32_t c = dec(s + i, n - i, &k);
    if (i + k != n) { i = n - 1; c = 0xFFFD; }
    *at = i;
    return c;
}

static int is_wide(uint32_t c)
{
    return dv_is_han(c) || (c >= 0x1100 && c <= 0x115F) ||
           (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6);
}

/* Joins without a space: Han, kana, CJK and full-width punctuation, and
 * the em dash (English sets it solid too). */
static int is_cjk(uint32_t c)
{
    return is_wide(c) || c == 0x2014;
}

static int is_quote(uint32_t c)
{
    return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' ||
           c == ']' || (c >= 0x2018 && c <= 0x201F);
}

static int is_closer(uint32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 ||
           c == 0x201D || c == 0xFF09 || c == 0x300D || c == 0x300F ||
           c == 0x3011 || c == 0x300B || c == 0x3009 || c == 0x3015 ||
           c == 0xFF02 || c == 0xFF3D;
}

static int is_ender(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
           c == 0xFF1A || c == 0x2026 || c == 0x22EF || c == 0xFF0E ||
           c == 0xFF61 || c == '.' || c == '!' || c == '?' || c == ';' ||
           c == ':';
}

static int is_numeral(uint32_t c)
{
    static const uint32_t z[] = {0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E09,
        0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
        0x5343, 0x4E24, 0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646,
        0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70};
    /* 零〇一二三四五六七八九十百千两 壹贰叁肆伍陆柒捌玖拾佰 */
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++)
        if (c == z[i]) return 1;
    return 0;
}

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Decodes up to max code points of s into cp; returns how many. */
static int decode_prefix(const char *s, size_t n, uint32_t *cp, int max)
{
    int m = 0;
    size_t i = 0, k;
    while (i < n && m < max) {
        cp[m++] = dec(s + i, n - i, &k);
        i += k;
    }
    return m;
}

/* ---- line classes ---- */

static int has_sentence_punct(const char *s, size_t n)
{
    static const char *p[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                              "\xEF\xBC\x9B"};  /* 。！？； */
    for (size_t i = 0; i < 4; i++)
        if (memmem(s, n, p[i], 3)) return 1;
    return 0;
}

static int ends_sentence(const char *s, size_t n)
{
    while (n > 0) {
        size_t at;
        uint32_t c = dec_last(s, n, &at);
        if (!is_closer(c)) return is_ender(c);
        n = at;
    }
    return 0;
}

/* "--- 12 ---", "- 12 -", "— 12 —", "[page 12]", "[第12页]". */
static int page_marker(const char *s, size_t n, char *num, size_t max)
{
    uint32_t cp[40];
    if (n > 80) return 0;
    int m = decode_prefix(s, n, cp, 40), i = 0, d0, d1;
#define DASH(c) ((c) == '-' || (c) == 0x2013 || (c) == 0x2014 || (c) == 0x2015)
    if (m >= 3 && DASH(cp[0])) {
        while (i < m && DASH(cp[i])) i++;
        while (i < m && cp[i] == ' ') i++;
        d0 = i;
        while (i < m && is_digit(cp[i])) i++;
        d1 = i;
        while (i < m && cp[i] == ' ') i++;
        int t = i;
        while (i < m && DASH(cp[i])) i++;
        if (d1 == d0 || d1 - d0 > 6 || t == i || i != m) return 0;
    } else if (m >= 4 && (cp[0] == '[' || cp[0] == 0x3010)) {
        i = 1;
        int zh = 0;
        if (cp[i] == 0x7B2C) { zh = 1; i++; }            /* 第 */
        else if (m > 6 && (cp[1] | 0x20) == 'p' && (cp[2] | 0x20) == 'a' &&
                 (cp[3] | 0x20) == 'g' && (cp[4] | 0x20) == 'e') i = 5;
        else return 0;
        while (i < m && cp[i] == ' ') i++;
        d0 = i;
        while (i < m && is_digit(cp[i])) i++;
        d1 = i;
        while (i < m && cp[i] == ' ') i++;
        if (zh && i < m && cp[i] == 0x9875) i++;          /* 页 */
        else if (zh) return 0;
        if (d1 == d0 || d1 - d0 > 6 || i != m - 1 ||
            (cp[i] != ']' && cp[i] != 0x3011)) return 0;
    } else
        return 0;
#undef DASH
    int k = 0;
    for (int j = d0; j < d1 && k + 1 < (int)max; j++) num[k++] = (char)cp[j];
    num[k] = 0;
    return 1;
}

static int roman(const char *s, size_t n)
{
    int up = 0, lo = 0;
    if (n == 0 || n > 8) return 0;
    for (size_t i = 0; i < n; i++) {
        if (strchr("IVXLCDM", s[i])) up++;
        else if (strchr("ivxlcdm", s[i])) lo++;
        else return 0;
    }
    return !up || !lo;
}

static int number_word(const char *s, size_t n)
{
    static const char *w[] = {"one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (strlen(w[i]) == n && strncasecmp(s, w[i], n) == 0) return 1;
    return 0;
}

/* "Chapter 12", "CHAPTER XII. The Sea", "Part One", "Book 2: Exile". */
static int english_heading(const char *s, size_t n)
{
    static const char *w[] = {"Chapter", "CHAPTER", "Part", "PART", "Book",
                              "BOOK"};
    size_t i = 0;
    int ok = 0;
    for (size_t k = 0; k < 6 && !ok; k++) {
        size_t l = strlen(w[k]);
        if (n > l && memcmp(s, w[k], l) == 0 && s[l] == ' ') { ok = 1; i = l; }
    }
    if (!ok) return 0;
    while (i < n && s[i] == ' ') i++;
    size_t t = i;
    while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) i++;
    if (i == t) while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    size_t tl = i - t;
    if (!tl) return 0;
    if (!(s[t] >= '0' && s[t] <= '9') && !roman(s + t, tl) &&
        !number_word(s + t, tl)) return 0;
    if (tl > 4 && s[t] >= '0' && s[t] <= '9') return 0;
    if (i == n) return 1;
    if (s[n - 1] == ',') return 0;
    if (s[i] == '.' || s[i] == ':' || s[i] == '-' ||
        (unsigned char)s[i] == 0xE2)   /* en/em dash */
        return 1;
    if (s[i] != ' ') return 0;
    while (i < n && s[i] == ' ') i++;
    return i < n && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '"' ||
                     s[i] == '\'' || (unsigned char)s[i] == 0xE2 ||
                     s[i] == '-' || s[i] == ':' || s[i] == '.');
}

/* Sets l->head / l->numbered / l->hskip / l->item. */
static void classify(line *l)
{
    const char *s = l->s;
    size_t n = l->n;
    uint32_t cp[48];
    int m = decode_prefix(s, n, cp, 48), i = 0;

    /* Markdown */
    while (i < m && i < 7 && cp[i] == '#') i++;
    if (i >= 1 && i <= 6 && i < m && (cp[i] == ' ' || cp[i] == '\t') &&
        l->ncp <= 80) {
        size_t k = (size_t)i;
        while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
        if (k < n) {
            l->head = i;
            l->hskip = k;
            return;
        }
    }
    if (english_heading(s, n) && l->ncp <= 80) {
        l->head = 1;
        l->numbered = 1;
        return;
    }

    int shortish = l->ncp <= 40 && !has_sentence_punct(s, n);
    /* 一、 */
    for (i = 0; i < m && i < 6 && is_numeral(cp[i]); i++) {}
    if (i > 0 && i < m && cp[i] == 0x3001) {
        if (shortish) { l->head = 1; l->numbered = 1; }
        else l->item = 1;
        return;
    }
    /* （一） (一) and the items （1） (1) */
    if (m > 2 && (cp[0] == 0xFF08 || cp[0] == '(')) {
        for (i = 1; i < m && i < 7 && is_numeral(cp[i]); i++) {}
        if (i > 1 && i < m && (cp[i] == 0xFF09 || cp[i] == ')')) {
            if (shortish) { l->head = 2; l->numbered = 1; }
            else l->item = 1;
            return;
        }
        for (i = 1; i < m && i < 4 && is_digit(cp[i]); i++) {}
        if (i > 1 && i < m && (cp[i] == 0xFF09 || cp[i] == ')')) {
            l->item = 1;
            return;
        }
    }
    /* 第X章 第X节 ... */
    if (m > 2 && cp[0] == 0x7B2C) {
        i = 1;
        while (i < m && cp[i] == ' ') i++;
        int d = i;
        while (i < m && i < 12 && (is_numeral(cp[i]) || is_digit(cp[i]))) i++;
        int nd = i - d;
        while (i < m && cp[i] == ' ') i++;
        int level = 0;
        if (nd && i < m) {
            uint32_t c = cp[i];
            if (c == 0x7AE0 || c == 0x7BC7 || c == 0x5377 || c == 0x56DE)
                level = 1;                       /* 章 篇 卷 回 */
            else if (c == 0x8282) level = 2;     /* 节 */
            else if (c == 0x90E8 && i + 1 < m && cp[i + 1] == 0x5206) {
                level = 1;                       /* 部分 */
                i++;
            }
        }
        if (level && shortish) {
            i++;
            uint32_t c = i < m ? cp[i] : 0;
            if (i >= m || c == ' ' || c == '\t' || c == 0x3000 ||
                c == 0xFF1A || c == ':' || c == 0x3001 || c == '.' ||
                c == 0xFF0E || c == 0x2014 || c == 0x00B7 ||
                (l->ncp <= 20 && !memmem(s, n, "\xEF\xBC\x8C", 3))) {
                l->head = level;
                l->numbered = 1;
                return;
            }
        }
    }
    /* Items: 1. 1、 1) 1） ① ⑴ ⒈, bullets. */
    for (i = 0; i < m && i < 4 && is_digit(cp[i]); i++) {}
    if (i >= 1 && i <= 3 && i + 1 < m &&
        (cp[i] == '.' || cp[i] == 0xFF0E || cp[i] == 0x3001 || cp[i] == ')' ||
         cp[i] == 0xFF09) && !is_digit(cp[i + 1])) {
        l->item = 1;
        return;
    }
    if (m > 1 && cp[0] >= 0x2460 && cp[0] <= 0x249B) { l->item = 1; return; }
    if (m > 1 && (cp[0] == 0x2022 || cp[0] == 0x25CF || cp[0] == 0x25CB ||
                  cp[0] == 0x25A0 || cp[0] == 0x25A1 || cp[0] == 0x25C6 ||
                  cp[0] == 0x25AA || cp[0] == 0x00B7)) {
        l->item = 1;
        return;
    }
    if (m > 2 && (cp[0] == '-' || cp[0] == '*' || cp[0] == '+') && cp[1] == ' ')
        l->item = 1;
}

/* ---- splitting ---- */

static line *push(lines *ls, int kind)
{
    if (ls->n == ls->cap) {
        ls->cap = ls->cap ? ls->cap * 2 : 256;
        ls->v = dv_realloc(ls->v, ls->cap * sizeof *ls->v);
    }
    line *l = &ls->v[ls->n++];
    memset(l, 0, sizeof *l);
    l->kind = kind;
    return l;
}

/* Adds s[0..n) (no LF, no FF in it) as a text or blank line, or nothing
 * if it is blank and quiet. */
static void add_segment(lines *ls, const char *s, size_t n, int quiet)
{
    size_t i = 0, k, end = n;
    int indent = 0;
    while (i < n) {
        uint32_t c = dec(s + i, n - i, &k);
        if (!dv_is_space(c)) break;
        indent += c == '\t' ? 4 : is_wide(c) ? 2 : 1;
        i += k;
    }
    while (end > i) {
        size_t at;
        uint32_t c = dec_last(s, end, &at);
        if (!dv_is_space(c)) break;
        end = at;
    }
    if (end == i) {
        if (!quiet) push(ls, L_BLANK);
        return;
    }
    line *l = push(ls, L_TEXT);
    l->s = s + i;
    l->n = end - i;
    l->indent = indent;
    for (size_t j = i; j < end; j += k) {
        uint32_t c = dec(s + j, end - j, &k);
        l->ncp++;
        l->width += is_wide(c) ? 2 : 1;
    }
    if (page_marker(l->s, l->n, l->pnum, sizeof l->pnum)) {
        l->kind = L_PAGE;
        return;
    }
    l->send = ends_sentence(l->s, l->n);
    classify(l);
}

static void split(const char *t, size_t len, lines *ls)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        int ff = memchr(t + i, '\f', e - i) != NULL;
        size_t a = i;
        for (size_t j = i; j <= e; j++) {
            if (j < e && t[j] != '\f') continue;
            add_segment(ls, t + a, j - a, ff);
            if (j < e) push(ls, L_FF);
            a = j + 1;
        }
        i = e + 1;
    }
}

/* ---- title and author ---- */

static int name_like(const char *s, size_t n)
{
    static const char *particles[] = {"and", "de", "van", "von", "der", "la",
                                      "le", "du", "da", "di", "del", "bin"};
    int words = 0;
    size_t i = 0;
    if (n == 0 || n > 80) return 0;
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        size_t w = i;
        while (i < n && s[i] != ' ') i++;
        if (i == w) break;
        words++;
        unsigned char c = (unsigned char)s[w];
        if ((c >= 'A' && c <= 'Z') || c >= 0x80 || c == '&') continue;
        int ok = 0;
        for (size_t p = 0; p < sizeof particles / sizeof particles[0]; p++)
            if (strlen(particles[p]) == i - w &&
                memcmp(s + w, particles[p], i - w) == 0) ok = 1;
        if (!ok) return 0;
    }
    return words >= 1 && words <= 6 && !memchr(s, ',', n) &&
           !memchr(s, '!', n) && !memchr(s, '?', n);
}

/* If l is an author line, returns where the name starts (and *len). */
static const char *author_line(const line *l, size_t *len)
{
    const char *s = l->s;
    size_t n = l->n, k = 0;
    if (n > 7 && memcmp(s, "\xE4\xBD\x9C\xE8\x80\x85", 6) == 0) { /* 作者 */
        size_t c = 6;
        while (c < n && s[c] == ' ') c++;
        if (c < n && s[c] == ':') k = c + 1;
        else if (c + 3 <= n && memcmp(s + c, "\xEF\xBC\x9A", 3) == 0) k = c + 3;
    } else if (n > 7 && strncasecmp(s, "author:", 7) == 0)
        k = 7;
    else if (n > 3 && (memcmp(s, "By ", 3) == 0 || memcmp(s, "BY ", 3) == 0)) {
        k = 3;
        while (k < n && s[k] == ' ') k++;
        if (!name_like(s + k, n - k)) return NULL;
    }
    if (!k) return NULL;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k < n - 1 && memcmp(s + k, "\xE3\x80\x80", 3) == 0) k += 3;
    if (k >= n || l->ncp > 80) return NULL;
    *len = n - k;
    return s + k;
}

/* ---- joining ---- */

/* The character that decides spacing at the end of b: the last one that
 * is not a quote or bracket (or the last one if all are). */
static uint32_t tail_cp(const char *s, size_t n)
{
    uint32_t last = 0;
    int first = 1;
    while (n > 0) {
        size_t at;
        uint32_t c = dec_last(s, n, &at);
        if (first) { last = c; first = 0; }
        if (!is_quote(c)) return c;
        n = at;
    }
    return last;
}

static uint32_t head_cp(const char *s, size_t n)
{
    size_t i = 0, k;
    uint32_t first = 0;
    while (i < n) {
        uint32_t c = dec(s + i, n - i, &k);
        if (i == 0) first = c;
        if (!is_quote(c)) return c;
        i += k;
    }
    return first;
}

static int is_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static void join(dv_buf *b, const char *s, size_t n)
{
    if (b->len == 0) { dv_buf_put(b, s, n); return; }
    size_t k;
    uint32_t next = dec(s, n, &k);
    if (b->data[b->len - 1] == '-' && b->len >= 2) {
        size_t at;
        uint32_t before = dec_last(b->data, b->len - 1, &at);
        if (is_alpha(before) && next >= 'a' && next <= 'z') {
            b->len--;                    /* de-hyphenate */
            b->data[b->len] = 0;
            dv_buf_put(b, s, n);
            return;
        }
        if (is_alpha(before) || is_digit(before)) {
            dv_buf_put(b, s, n);         /* Jean-Paul, 2014-2015 */
            return;
        }
    }
    if (!is_cjk(tail_cp(b->data, b->len)) && !is_cjk(head_cp(s, n)))
        dv_buf_putc(b, ' ');
    dv_buf_put(b, s, n);
}

/* ---- the structurer ---- */

typedef struct ctx {
    lines ls;
    dv_doc *d;
    dv_buf para;
    size_t *pending;    /* page markers inside the open paragraph */
    size_t npending, cappending;
    int wrapped, dbl, W, minindent;
} ctx;

static void emit_page(ctx *c, const line *l)
{
    dv_doc_add(c->d, DV_PAGE, 0, l->pnum, strlen(l->pnum));
}

static void flush(ctx *c)
{
    if (c->para.len) dv_doc_add(c->d, DV_PARA, 0, c->para.data, c->para.len);
    c->para.len = 0;
    for (size_t i = 0; i < c->npending; i++)
        emit_page(c, &c->ls.v[c->pending[i]]);
    c->npending = 0;
}

static void page(ctx *c, size_t i)
{
    if (!c->para.len) { emit_page(c, &c->ls.v[i]); return; }
    if (c->npending == c->cappending) {
        c->cappending = c->cappending ? c->cappending * 2 : 8;
        c->pending = dv_realloc(c->pending, c->cappending * sizeof *c->pending);
    }
    c->pending[c->npending++] = i;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int body(const line *l)
{
    return l->kind == L_TEXT && !l->used && !l->head;
}

/* Measures W, wrapped, double-spaced and the least indent. */
static void measure(ctx *c)
{
    size_t nb = 0, pairs = 0, spaced = 0, prev = (size_t)-1;
    int *w = dv_malloc((c->ls.n + 1) * sizeof *w);
    int blank = 0;
    c->minindent = -1;
    for (size_t i = 0; i < c->ls.n; i++) {
        const line *l = &c->ls.v[i];
        if (l->kind == L_BLANK) blank = 1;
        if (l->kind != L_TEXT || l->used) continue;
        if (prev != (size_t)-1) {
            pairs++;
            spaced += blank;
        }
        prev = i;
        blank = 0;
        if (!body(l)) continue;
        w[nb++] = l->indent + l->width;
        if (c->minindent < 0 || l->indent < c->minindent)
            c->minindent = l->indent;
    }
    if (c->minindent < 0) c->minindent = 0;
    c->dbl = pairs >= 3 && spaced * 4 >= pairs * 3;
    c->W = 0;
    c->wrapped = 0;
    if (nb >= 6) {
        qsort(w, nb, sizeof *w, cmp_int);
        c->W = w[(nb - 1) * 9 / 10];
        size_t near = 0;
        for (size_t i = 0; i < nb; i++)
            if (w[i] * 20 >= c->W * 17) near++;
        c->wrapped = c->W >= 20 && c->W <= 200 && near * 10 >= nb * 4;
    }
    free(w);
}

static int indented(const ctx *c, const line *l)
{
    if (l->indent < 2) return 0;
    return !c->wrapped || l->indent > c->minindent;
}

/* The next text line after i, and whether a blank line or a page marker
 * lies between. */
static line *next_text(ctx *c, size_t i, size_t *at, int *blank, int *marker)
{
    *blank = *marker = 0;
    for (size_t j = i + 1; j < c->ls.n; j++) {
        line *l = &c->ls.v[j];
        if (l->kind == L_BLANK) *blank = 1;
        else if (l->kind == L_FF || l->kind == L_PAGE) *marker = 1;
        else if (!l->used) {
            *at = j;
            return l;
        }
    }
    return NULL;
}

static int ends_para(const ctx *c, const line *l, const line *nx, int blank)
{
    if (!nx || nx->head || nx->item || indented(c, nx)) return 1;
    int ext = l->indent + l->width;
    if (l->send) {
        if (!c->wrapped) return 1;
        if (ext * 5 < c->W * 4) return 1;
        return blank && !c->dbl;
    }
    return c->wrapped && ext * 2 < c->W;
}

static void heading(ctx *c, size_t i, int reflow)
{
    line *l = &c->ls.v[i];
    dv_buf h = {0};
    size_t end = l->n;
    if (!l->numbered) {     /* "## Title ##": the closing #s go too */
        size_t k = end;
        while (k > l->hskip && l->s[k - 1] == '#') k--;
        if (k < end && k > l->hskip && l->s[k - 1] == ' ') {
            while (k > l->hskip && l->s[k - 1] == ' ') k--;
            if (k > l->hskip) end = k;
        }
    }
    dv_buf_put(&h, l->s + l->hskip, end - l->hskip);
    size_t j;
    int blank, marker;
    line *nx = next_text(c, i, &j, &blank, &marker);
    if (reflow && c->wrapped && l->numbered && !l->send && nx && !marker &&
        (l->indent + l->width) * 20 >= c->W * 17 && !nx->head && !nx->item &&
        !nx->send && !indented(c, nx) && nx->width * 5 < c->W * 4 &&
        l->ncp + nx->ncp <= 60) {
        join(&h, nx->s, nx->n);
        nx->used = 1;
    }
    flush(c);
    dv_doc_add(c->d, DV_HEADING, l->head, h.data, h.len);
    dv_buf_free(&h);
}

static void title_author(ctx *c, const dv_structure_opts *o)
{
    dv_doc *d = c->d;
    size_t i = 0;
    if (o->title) {
        d->title = dv_strdup(o->title);
        d->title_from_source = 0;
    } else {
        while (i < c->ls.n && c->ls.v[i].kind != L_TEXT) i++;
        line *l = &c->ls.v[i];     /* there is one: checked by the caller */
        size_t skip = l->head && !l->numbered ? l->hskip : 0;
        d->title = dv_strndup(l->s + skip, l->n - skip);
        d->title_from_source = 1;
        l->used = 1;
        for (i++; i < c->ls.n && c->ls.v[i].kind == L_BLANK; i++) {}
        if (i < c->ls.n && c->ls.v[i].kind == L_TEXT) {
            size_t n;
            const char *a = author_line(&c->ls.v[i], &n);
            if (a) {
                c->ls.v[i].used = 1;
                if (!o->author) {
                    d->author = dv_strndup(a, n);
                    d->author_from_source = 1;
                }
            }
        }
    }
    if (o->author) d->author = dv_strdup(o->author);
}

int dv_structure(const dv_text *t, const dv_structure_opts *o, dv_doc *d,
                 const char *path, dv_err *e)
{
    static const dv_structure_opts none = {0};
    if (!o) o = &none;
    ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    split(t->utf8 ? t->utf8 : "", t->utf8 ? t->len : 0, &c.ls);

    size_t last = (size_t)-1;
    long pg = 1;
    for (size_t i = 0; i < c.ls.n; i++) {
        line *l = &c.ls.v[i];
        if (l->kind == L_TEXT) last = i;
        else if (l->kind == L_FF) snprintf(l->pnum, sizeof l->pnum, "%ld", ++pg);
        else if (l->kind == L_PAGE) pg = strtol(l->pnum, NULL, 10);
    }
    if (last == (size_t)-1) {
        free(c.ls.v);
        return dv_errf(e, "%s: file is empty (no text)", path);
    }
    for (size_t i = last + 1; i < c.ls.n; i++)
        if (c.ls.v[i].kind == L_FF) c.ls.v[i].kind = L_BLANK;

    snprintf(d->encoding, sizeof d->encoding, "%s", t->encoding);
    memcpy(d->sha256, t->sha256, sizeof d->sha256);
    d->src_bytes = t->bytes;
    d->replaced = t->replaced;
    title_author(&c, o);
    measure(&c);

    int reflow = !o->no_reflow;
    for (size_t i = 0; i < c.ls.n; i++) {
        line *l = &c.ls.v[i];
        if (l->kind == L_BLANK || l->used) continue;
        if (l->kind == L_FF || l->kind == L_PAGE) { page(&c, i); continue; }
        if (l->head) { heading(&c, i, reflow); continue; }
        if (!reflow) {
            dv_doc_add(d, DV_PARA, 0, l->s, l->n);
            continue;
        }
        if (c.para.len && l->item) flush(&c);
        join(&c.para, l->s, l->n);
        size_t j;
        int blank, marker;
        line *nx = next_text(&c, i, &j, &blank, &marker);
        if (ends_para(&c, l, nx, blank)) flush(&c);
    }
    flush(&c);

    snprintf(d->lang, sizeof d->lang, "%s",
             o->lang ? o->lang : dv_doc_guess_lang(d));
    dv_buf_free(&c.para);
    free(c.pending);
    free(c.ls.v);
    return 0;
}
