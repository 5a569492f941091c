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
    int used;        /* consumed as the title or the author line */
    char pnum[24];   /* page markers: the number */
} line;

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

/* Reads s[0..n) (no LF, no FF in it) into *l as a text or blank line;
 * returns 0 if it is blank and quiet (then it is no line at all). */
static int segment(line *l, const char *s, size_t n, int quiet)
{
    size_t i = 0, k, end = n;
    int indent = 0;
    memset(l, 0, sizeof *l);
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
        l->kind = L_BLANK;
        return !quiet;
    }
    l->kind = L_TEXT;
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
        return 1;
    }
    l->send = ends_sentence(l->s, l->n);
    classify(l);
    return 1;
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

/* ---- the structurer ----
 *
 * Both passes see the lines one at a time, in order, through the same
 * prelude (page numbers, title and author); nothing is kept per line.
 * Pass 1 (survey) measures; pass 2 (step) makes blocks.  Whether a text
 * line ends its paragraph, or takes the next line as a heading's tail,
 * depends on the next text line, so the line waits (c->pend) until that
 * one (or the end) comes; the page markers met meanwhile wait with it
 * and are dealt with after the decision, as if met in order. */

#define NWIDTH 4096   /* widths counted one by one; wider ones together */

typedef struct pnum {
    char s[24];
} pnum;

typedef struct pnums {
    pnum *v;
    size_t n, cap;
} pnums;

static void pnums_add(pnums *p, const char *s)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 8;
        p->v = dv_realloc(p->v, p->cap * sizeof *p->v);
    }
    snprintf(p->v[p->n++].s, sizeof p->v[0].s, "%s", s);
}

typedef struct ctx {
    int title_given, reflow;
    /* both passes */
    long long seen;        /* text lines so far */
    int title_seen, author_watch;
    long pg;
    /* pass 1 */
    char *title, *author;  /* from the source */
    size_t *widths;        /* NWIDTH + 1 counters */
    size_t nb, pairs, spaced;
    int have_prev, blank;
    long long chars, han, latin;
    /* the figures pass 2 works with */
    long long ntext;       /* text lines in all */
    int wrapped, dbl, W, minindent;
    /* pass 2 */
    dv_doc *out;
    dv_buf para;
    pnums inpara;          /* page markers inside the open paragraph */
    int pend;              /* 0, or P_PARA / P_HEAD: c->pl waits */
    line pl;
    dv_buf ph;             /* a waiting heading's text */
    int gap_blank, gap_marker;
    pnums gap;             /* page markers after the waiting line */
} ctx;

enum { P_PARA = 1, P_HEAD };

static void ctx_init(ctx *c, const dv_structure_opts *o)
{
    memset(c, 0, sizeof *c);
    c->title_given = o->title != NULL;
    c->reflow = !o->no_reflow;
    c->pg = 1;
    c->minindent = -1;
    c->widths = dv_calloc(NWIDTH + 1, sizeof *c->widths);
}

/* Between the passes (or to read pass 2 again): what pass 1 found
 * stays, the rest starts over. */
static void ctx_pass2(ctx *c, dv_doc *out)
{
    c->para.len = c->ph.len = 0;
    c->inpara.n = c->gap.n = 0;
    c->pend = 0;
    c->gap_blank = c->gap_marker = 0;
    c->seen = 0;
    c->title_seen = c->author_watch = 0;
    c->pg = 1;
    c->out = out;
}

static void ctx_free(ctx *c)
{
    free(c->title);
    free(c->author);
    free(c->widths);
    dv_buf_free(&c->para);
    dv_buf_free(&c->ph);
    free(c->inpara.v);
    free(c->gap.v);
}

/* Both passes: page numbers, and the title and author lines marked used.
 * A form feed after the last text line is no page (pdftotext ends every
 * page with one); pass 1 cannot know which is last, but nothing it
 * figures depends on those. */
static void prelude(ctx *c, line *l, int pass)
{
    if (l->kind == L_TEXT) c->seen++;
    else if (l->kind == L_FF) {
        if (pass == 2 && c->seen == c->ntext) l->kind = L_BLANK;
        else snprintf(l->pnum, sizeof l->pnum, "%ld", ++c->pg);
    } else if (l->kind == L_PAGE)
        c->pg = strtol(l->pnum, NULL, 10);
    if (c->title_given) return;
    if (!c->title_seen) {
        if (l->kind != L_TEXT) return;
        c->title_seen = c->author_watch = 1;
        l->used = 1;
        if (pass == 1) {
            size_t skip = l->head && !l->numbered ? l->hskip : 0;
            c->title = dv_strndup(l->s + skip, l->n - skip);
        }
    } else if (c->author_watch && l->kind != L_BLANK) {
        c->author_watch = 0;
        size_t n;
        const char *a = l->kind == L_TEXT ? author_line(l, &n) : NULL;
        if (!a) return;
        l->used = 1;
        if (pass == 1) c->author = dv_strndup(a, n);
    }
}

/* A heading's text: s[*from..*to), without "## " and closing "##". */
static void heading_span(const line *l, size_t *from, size_t *to)
{
    size_t end = l->n;
    if (!l->numbered) {     /* "## Title ##": the closing #s go too */
        size_t k = end;
        while (k > l->hskip && l->s[k - 1] == '#') k--;
        if (k < end && k > l->hskip && l->s[k - 1] == ' ') {
            while (k > l->hskip && l->s[k - 1] == ' ') k--;
            if (k > l->hskip) end = k;
        }
    }
    *from = l->hskip;
    *to = end;
}

/* The counts dv_doc_guess_lang makes, here made line by line: a block is
 * its lines joined, so the only difference is a de-hyphenated "-",
 * counted here.  dv_structure uses these too, so both ways agree. */
static void count_lang(ctx *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, n - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }
        i += (size_t)k;
        if (dv_is_space(cp)) continue;
        c->chars++;
        if (dv_is_han(cp)) c->han++;
        else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') c->latin++;
    }
}

/* Pass 1: measures W (from a histogram of body line widths), wrapped,
 * double-spaced and the least indent, and counts for the language.  The
 * title and author lines count for none of these. */
static void survey(ctx *c, line *l)
{
    prelude(c, l, 1);
    if (l->kind == L_BLANK) c->blank = 1;
    if (l->kind != L_TEXT || l->used) return;
    if (c->have_prev) {
        c->pairs++;
        c->spaced += (size_t)c->blank;
    }
    c->have_prev = 1;
    c->blank = 0;
    if (l->head) {
        size_t a, b;
        heading_span(l, &a, &b);
        count_lang(c, l->s + a, b - a);
        return;
    }
    count_lang(c, l->s, l->n);
    int w = l->indent + l->width;
    c->widths[w < NWIDTH ? w : NWIDTH]++;
    c->nb++;
    if (c->minindent < 0 || l->indent < c->minindent) c->minindent = l->indent;
}

/* The end of pass 1.  W is exact whenever it is under NWIDTH, and it only
 * matters when it is at most 200. */
static int survey_end(ctx *c, const dv_structure_opts *o, dv_doc *d,
                      const char *path, dv_err *e)
{
    c->ntext = c->seen;
    if (!c->ntext) return dv_errf(e, "%s: file is empty (no text)", path);
    if (c->minindent < 0) c->minindent = 0;
    c->dbl = c->pairs >= 3 && c->spaced * 4 >= c->pairs * 3;
    if (c->nb >= 6) {
        size_t k = (c->nb - 1) * 9 / 10, below = 0;
        int w = 0;
        while (w < NWIDTH && below + c->widths[w] <= k) below += c->widths[w++];
        c->W = w;
        size_t near = 0;
        for (w = 0; w <= NWIDTH; w++)
            if ((long long)w * 20 >= (long long)c->W * 17) near += c->widths[w];
        c->wrapped = c->W >= 20 && c->W <= 200 && near * 10 >= c->nb * 4;
    }
    free(c->widths);
    c->widths = NULL;

    if (o->title) {
        d->title = dv_strdup(o->title);
        d->title_from_source = 0;
    } else {
        d->title = c->title;
        c->title = NULL;
        d->title_from_source = 1;
    }
    if (o->author) d->author = dv_strdup(o->author);
    else if (c->author) {
        d->author = c->author;
        c->author = NULL;
        d->author_from_source = 1;
    }
    /* dv_doc_guess_lang's rule, over the same text */
    count_lang(c, d->title, strlen(d->title));
    if (d->author && d->author_from_source)
        count_lang(c, d->author, strlen(d->author));
    int zh = c->han > 0 && (c->han * 10 >= c->chars || c->latin <= c->han);
    snprintf(d->lang, sizeof d->lang, "%s", o->lang ? o->lang : zh ? "zh" : "en");
    return 0;
}

static void flush(ctx *c)
{
    if (c->para.len) dv_doc_add(c->out, DV_PARA, 0, c->para.data, c->para.len);
    c->para.len = 0;
    for (size_t i = 0; i < c->inpara.n; i++)
        dv_doc_add(c->out, DV_PAGE, 0, c->inpara.v[i].s, strlen(c->inpara.v[i].s));
    c->inpara.n = 0;
}

static void page(ctx *c, const char *num)
{
    if (c->para.len) pnums_add(&c->inpara, num);
    else dv_doc_add(c->out, DV_PAGE, 0, num, strlen(num));
}

static int indented(const ctx *c, const line *l)
{
    if (l->indent < 2) return 0;
    return !c->wrapped || l->indent > c->minindent;
}

/* Whether the paragraph ends after l; nx is the next text line (NULL at
 * the end), blank whether a blank line lies between. */
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

/* Decides for the waiting line now that nx (NULL: none) follows, then
 * deals with the page markers between.  Returns 1 if nx was taken as the
 * heading's tail. */
static int decide(ctx *c, const line *nx)
{
    const line *l = &c->pl;
    int took = 0;
    if (c->pend == P_HEAD) {
        if (nx && c->wrapped && l->numbered && !l->send && !c->gap_marker &&
            (l->indent + l->width) * 20 >= c->W * 17 && !nx->head &&
            !nx->item && !nx->send && !indented(c, nx) &&
            nx->width * 5 < c->W * 4 && l->ncp + nx->ncp <= 60) {
            join(&c->ph, nx->s, nx->n);
            took = 1;
        }
        flush(c);
        dv_doc_add(c->out, DV_HEADING, l->head, c->ph.data, c->ph.len);
    } else if (ends_para(c, l, nx, c->gap_blank))
        flush(c);
    c->pend = 0;
    for (size_t i = 0; i < c->gap.n; i++) page(c, c->gap.v[i].s);
    c->gap.n = 0;
    c->gap_blank = c->gap_marker = 0;
    return took;
}

/* Pass 2. */
static void step(ctx *c, line *l)
{
    prelude(c, l, 2);
    if (l->used) return;
    if (l->kind == L_BLANK) {
        c->gap_blank = 1;
        return;
    }
    if (l->kind == L_FF || l->kind == L_PAGE) {
        if (!c->pend) { page(c, l->pnum); return; }
        pnums_add(&c->gap, l->pnum);
        c->gap_marker = 1;
        return;
    }
    if (c->pend && decide(c, l)) return;
    c->gap_blank = c->gap_marker = 0;
    if (l->head) {
        size_t a, b;
        heading_span(l, &a, &b);
        c->ph.len = 0;
        dv_buf_put(&c->ph, l->s + a, b - a);
        if (!c->reflow) {
            flush(c);
            dv_doc_add(c->out, DV_HEADING, l->head, c->ph.data, c->ph.len);
            return;
        }
        c->pend = P_HEAD;
    } else if (!c->reflow) {
        dv_doc_add(c->out, DV_PARA, 0, l->s, l->n);
        return;
    } else {
        if (c->para.len && l->item) flush(c);
        join(&c->para, l->s, l->n);
        c->pend = P_PARA;
    }
    c->pl = *l;
    c->pl.s = NULL;       /* the text is gone with its piece */
}

static void step_end(ctx *c)
{
    if (c->pend) decide(c, NULL);
    flush(c);
}

typedef void line_fn(ctx *c, line *l);

/* Feeds the line t[0..n) (no LF in it); a form feed cuts it, and is a
 * line of its own. */
static void feed_line(ctx *c, const char *t, size_t n, line_fn *fn)
{
    line l;
    size_t a = 0;
    if (!memchr(t, '\f', n)) {
        if (segment(&l, t, n, 0)) fn(c, &l);
        return;
    }
    for (;;) {
        const char *f = memchr(t + a, '\f', n - a);
        size_t j = f ? (size_t)(f - t) : n;
        if (segment(&l, t + a, j - a, 1)) fn(c, &l);
        if (!f) break;
        memset(&l, 0, sizeof l);
        l.kind = L_FF;
        fn(c, &l);
        a = j + 1;
    }
}

/* Feeds the next line of t[*at..n); a piece ends after a LF, so lines
 * never straddle two. */
static void feed_next(ctx *c, const char *t, size_t n, size_t *at,
                      line_fn *fn)
{
    const char *nl = memchr(t + *at, '\n', n - *at);
    size_t end = nl ? (size_t)(nl - t) : n;
    feed_line(c, t + *at, end - *at, fn);
    *at = nl ? end + 1 : n;
}

static void feed_all(ctx *c, const char *t, size_t n, line_fn *fn)
{
    size_t at = 0;
    while (at < n) feed_next(c, t, n, &at, fn);
}

static void copy_source(dv_doc *d, const dv_text *t)
{
    snprintf(d->encoding, sizeof d->encoding, "%s", t->encoding);
    memcpy(d->sha256, t->sha256, sizeof d->sha256);
    d->src_bytes = t->bytes;
    d->replaced = t->replaced;
}

int dv_structure(const dv_text *t, const dv_structure_opts *o, dv_doc *d,
                 const char *path, dv_err *e)
{
    static const dv_structure_opts none = {0};
    if (!o) o = &none;
    const char *s = t->utf8 ? t->utf8 : "";
    size_t n = t->utf8 ? t->len : 0;
    ctx c;
    ctx_init(&c, o);
    feed_all(&c, s, n, survey);
    if (survey_end(&c, o, d, path, e) != 0) {
        ctx_free(&c);
        return -1;
    }
    copy_source(d, t);
    ctx_pass2(&c, d);
    feed_all(&c, s, n, step);
    step_end(&c);
    ctx_free(&c);
    return 0;
}

/* ---- the stream ---- */

struct dv_docsrc {
    dv_textsrc *src;
    ctx c;
    dv_doc q;              /* blocks made, not yet all handed out */
    size_t qi;
    const char *piece;
    size_t plen, ppos;
    int done;
};

int dv_docsrc_open(const char *path, const char *encoding, int lenient,
                   const dv_structure_opts *o, dv_doc *d, dv_docsrc **out,
                   dv_err *e)
{
    static const dv_structure_opts none = {0};
    if (!o) o = &none;
    *out = NULL;
    dv_textsrc *src;
    if (dv_textsrc_open(path, encoding, lenient, &src, e) != 0) return -1;
    dv_docsrc *s = dv_calloc(1, sizeof *s);
    s->src = src;
    ctx_init(&s->c, o);
    const char *p;
    size_t n;
    int rc;
    while ((rc = dv_textsrc_next(src, &p, &n, e)) > 0)
        feed_all(&s->c, p, n, survey);
    if (rc < 0 || survey_end(&s->c, o, d, path, e) != 0) {
        dv_docsrc_close(s);
        return -1;
    }
    if (dv_textsrc_rewind(src, e) != 0) {
        dv_docsrc_close(s);
        free(d->title);
        free(d->author);
        d->title = d->author = NULL;
        return -1;
    }
    copy_source(d, dv_textsrc_info(src));
    ctx_pass2(&s->c, &s->q);
    *out = s;
    return 0;
}

int dv_docsrc_next(dv_docsrc *s, dv_block *b, dv_err *e)
{
    for (;;) {
        if (s->qi < s->q.nblocks) {
            *b = s->q.blocks[s->qi++];
            return 1;
        }
        for (size_t i = 0; i < s->q.nblocks; i++) free(s->q.blocks[i].text);
        s->q.nblocks = s->qi = 0;
        if (s->done) return 0;
        if (s->ppos < s->plen) {
            feed_next(&s->c, s->piece, s->plen, &s->ppos, step);
            continue;
        }
        int rc = dv_textsrc_next(s->src, &s->piece, &s->plen, e);
        if (rc < 0) return -1;
        s->ppos = 0;
        if (rc == 0) {
            s->plen = 0;
            step_end(&s->c);
            s->done = 1;
        }
    }
}

int dv_docsrc_rewind(dv_docsrc *s, dv_err *e)
{
    if (dv_textsrc_rewind(s->src, e) != 0) return -1;
    for (size_t i = 0; i < s->q.nblocks; i++) free(s->q.blocks[i].text);
    s->q.nblocks = s->qi = 0;
    s->piece = NULL;
    s->plen = s->ppos = 0;
    s->done = 0;
    ctx_pass2(&s->c, &s->q);
    return 0;
}

double dv_docsrc_done(const dv_docsrc *s)
{
    return s->done ? 1.0 : dv_textsrc_done(s->src);
}

void dv_docsrc_close(dv_docsrc *s)
{
    if (!s) return;
    dv_textsrc_close(s->src);
    ctx_free(&s->c);
    dv_doc_free(&s->q);
    free(s);
}
