/* report.c -- the production report as a table, JSON or CSV.
 *
 * Hand-written JSON and CSV: the shapes are fixed and small, and the only
 * subtle part -- escaping titles and requesters -- is done here once. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "report.h"
#include "util.h"

typedef struct pace {
    double elapsed;         /* share of the year passed, 0..1 */
    long long expected;     /* characters the target asks for by now */
    double share;           /* characters / target (0 without a target) */
    int on_pace;
} pace;

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static pace get_pace(const dv_report *r, long long now)
{
    pace p;
    time_t t = (time_t)now;
    struct tm tm;
    int cy, days = leap(r->year) ? 366 : 365;
    long long num = days;   /* elapsed = num / days */

    gmtime_r(&t, &tm);
    cy = tm.tm_year + 1900;
    if (r->year > cy)
        num = 0;
    else if (r->year == cy)
        num = tm.tm_yday + 1;
    p.elapsed = (double)num / days;
    /* Rounded up, so "chars >= expected" is exactly
     * "chars >= target * elapsed". */
    p.expected = r->target > 0 ? (r->target * num + days - 1) / days : 0;
    p.share = r->target > 0 ? (double)r->total.chars / r->target : 0;
    p.on_pace = r->total.chars >= p.expected;
    return p;
}

/* 1234567 -> "1,234,567" */
static const char *num(long long v, char buf[32])
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v < 0 ? -v : v), i, o = 0;
    if (v < 0)
        buf[o++] = '-';
    for (i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = tmp[i];
    }
    buf[o] = 0;
    return buf;
}

/* Writes s as valid UTF-8: invalid bytes become U+FFFD, and with
 * plain set, control characters become '?' (keys come from source texts
 * and must not move a terminal's cursor); with csv set, quotes are
 * doubled. */
static void put_key(FILE *out, const char *s, int plain, int csv)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k;
        if (c < 0x80) {
            if (plain && (c < 0x20 || c == 0x7f))
                c = '?';
            else if (csv && c == '"')
                fputc('"', out);
            fputc(c, out);
            i++;
        } else if ((k = dv_utf8_decode(s + i, n - i, &cp)) > 0) {
            fwrite(s + i, 1, (size_t)k, out);
            i += (size_t)k;
        } else {
            fputs("\xef\xbf\xbd", out);
            i++;
        }
    }
}

#define ROW_FMT "%15s %13s %13s %9s %8s %7s %6s"

static void text_head(FILE *out, const char *first, const char *last)
{
    fprintf(out, "  %s" ROW_FMT "%s\n", first, "braille chars",
            "Han chars", "cells", "pages", "sheets", "volumes", "jobs",
            last);
}

static void text_row(FILE *out, const dv_report_row *w)
{
    char a[32], b[32], c[32], d[32], f[32], g[32], h[32];
    fprintf(out, ROW_FMT, num(w->chars, a),
            num(w->han, b), num(w->cells, c), num(w->pages, d),
            num(w->sheets, f), num(w->volumes, g), num(w->jobs, h));
}

/* A table of rows named by key.  The name goes last: titles may be wide
 * CJK text, which printf widths (bytes) cannot align. */
static void text_group(FILE *out, const char *heading, const char *label,
                       const dv_report_row *rows, size_t n)
{
    char col[32];
    snprintf(col, sizeof col, "  %s", label);
    fprintf(out, "\n%s\n", heading);
    text_head(out, "", col);
    for (size_t i = 0; i < n; i++) {
        fputs("  ", out);
        text_row(out, &rows[i]);
        fputs("  ", out);
        put_key(out, rows[i].key, 1, 0);
        fputc('\n', out);
    }
    if (!n)
        fputs("  (no counted jobs)\n", out);
}

static void print_text(FILE *out, const dv_report *r, const pace *p)
{
    const dv_report_row *t = &r->total;
    char a[32], b[32];
    size_t i;

    fprintf(out, "dotvox production report %d\n\n", r->year);
    if (r->target > 0) {
        fprintf(out, "  target               %15s braille characters\n",
                num(r->target, a));
        fprintf(out, "  braille characters   %15s (%.1f%% of target)\n",
                num(t->chars, a), 100 * p->share);
        fprintf(out, "  on pace              %15s (expected by now: %s,"
                " %.1f%% of the year)\n", p->on_pace ? "yes" : "no",
                num(p->expected, b), 100 * p->elapsed);
    } else {
        fprintf(out, "  target               %15s\n", "none");
        fprintf(out, "  braille characters   %15s\n", num(t->chars, a));
    }
    fprintf(out, "  Han characters       %15s\n", num(t->han, a));
    fprintf(out, "  cells                %15s\n", num(t->cells, a));
    fprintf(out, "  pages                %15s\n", num(t->pages, a));
    fprintf(out, "  sheets               %15s\n", num(t->sheets, a));
    fprintf(out, "  volumes              %15s\n", num(t->volumes, a));
    fprintf(out, "  audio hours          %15.2f\n", t->audio_seconds / 3600.0);
    fprintf(out, "  titles               %15s\n", num(r->titles, a));
    fprintf(out, "  jobs                 %15s\n", num(t->jobs, a));

    fputs("\nBy month\n", out);
    text_head(out, "month  ", "");
    for (i = 0; i < 12; i++) {
        fprintf(out, "  %-7s", r->months[i].key ? r->months[i].key : "");
        text_row(out, &r->months[i]);
        fputc('\n', out);
    }
    text_group(out, "By requester", "requester", r->requesters,
               r->nrequesters);
    text_group(out, "By title", "title", r->by_title, r->ntitles);
}

/* A JSON string: UTF-8 kept as is, quotes, backslashes and control
 * characters escaped, invalid UTF-8 replaced by U+FFFD so the output is
 * always valid JSON. */
static void json_str(FILE *out, const char *s)
{
    size_t n = s ? strlen(s) : 0, i = 0;
    fputc('"', out);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k;
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc(c, out);
            i++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': fputs("\\n", out); break;
            case '\r': fputs("\\r", out); break;
            case '\t': fputs("\\t", out); break;
            case '\b': fputs("\\b", out); break;
            case '\f': fputs("\\f", out); break;
            default: fprintf(out, "\\u%04x", c);
            }
            i++;
        } else if (c < 0x80) {
            fputc(c, out);
            i++;
        } else if ((k = dv_utf8_decode(s + i, n - i, &cp)) > 0) {
            fwrite(s + i, 1, (size_t)k, out);
            i += (size_t)k;
        } else {
            fputs("\\ufffd", out);
            i++;
        }
    }
    fputc('"', out);
}

static void json_figs(FILE *out, const dv_report_row *w)
{
    fprintf(out, "\"braille_characters\": %lld, \"han_characters\": %lld, "
            "\"cells\": %lld, \"pages\": %lld, \"sheets\": %lld, "
            "\"volumes\": %lld, \"jobs\": %lld, \"audio_seconds\": %.1f",
            w->chars, w->han, w->cells, w->pages, w->sheets, w->volumes,
            w->jobs, w->audio_seconds);
}

static void json_rows(FILE *out, const char *name, const char *keyname,
                      const dv_report_row *rows, size_t n, int last)
{
    size_t i;
    fprintf(out, "  \"%s\": [", name);
    for (i = 0; i < n; i++) {
        fprintf(out, "%s\n    {\"%s\": ", i ? "," : "", keyname);
        json_str(out, rows[i].key);
        fputs(", ", out);
        json_figs(out, &rows[i]);
        fputc('}', out);
    }
    fprintf(out, "%s]%s\n", n ? "\n  " : "", last ? "" : ",");
}

static void print_json(FILE *out, const dv_report *r, const pace *p)
{
    const dv_report_row *t = &r->total;
    fprintf(out, "{\n  \"year\": %d,\n  \"target\": %lld,\n", r->year,
            r->target);
    fprintf(out, "  \"braille_characters\": %lld,\n"
            "  \"han_characters\": %lld,\n  \"cells\": %lld,\n"
            "  \"pages\": %lld,\n  \"sheets\": %lld,\n  \"volumes\": %lld,\n"
            "  \"jobs\": %lld,\n  \"titles\": %lld,\n", t->chars, t->han,
            t->cells, t->pages, t->sheets, t->volumes, t->jobs, r->titles);
    fprintf(out, "  \"audio_seconds\": %.1f,\n  \"audio_hours\": %.3f,\n",
            t->audio_seconds, t->audio_seconds / 3600.0);
    fprintf(out, "  \"share\": %.6f,\n  \"year_elapsed\": %.6f,\n"
            "  \"expected_by_now\": %lld,\n  \"on_pace\": %s,\n", p->share,
            p->elapsed, p->expected, p->on_pace ? "true" : "false");
    json_rows(out, "months", "month", r->months, 12, 0);
    json_rows(out, "requesters", "requester", r->requesters, r->nrequesters,
              0);
    json_rows(out, "by_title", "title", r->by_title, r->ntitles, 1);
    fputs("}\n", out);
}

/* RFC 4180: quote a field holding a comma, quote or line break, and
 * double the quotes inside it.  Lines end in LF, not CRLF: every CSV
 * reader accepts it and Unix tools read it without a stray CR. */
static void csv_field(FILE *out, const char *s)
{
    int quote;
    if (!s)
        s = "";
    quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        fputc('"', out);
    put_key(out, s, 0, quote);
    if (quote)
        fputc('"', out);
}

static void csv_row(FILE *out, const char *scope, const char *key,
                    const dv_report_row *w)
{
    fprintf(out, "%s,", scope);
    csv_field(out, key);
    fprintf(out, ",%lld,%lld,%lld,%lld,%lld,%lld,%lld,%.1f\n", w->chars,
            w->han, w->cells, w->pages, w->sheets, w->volumes, w->jobs,
            w->audio_seconds);
}

static void print_csv(FILE *out, const dv_report *r)
{
    char year[16];
    size_t i;
    fputs("scope,key,braille_characters,han_characters,cells,pages,sheets,"
          "volumes,jobs,audio_seconds\n", out);
    snprintf(year, sizeof year, "%d", r->year);
    csv_row(out, "total", year, &r->total);
    for (i = 0; i < 12; i++)
        csv_row(out, "month", r->months[i].key, &r->months[i]);
    for (i = 0; i < r->nrequesters; i++)
        csv_row(out, "requester", r->requesters[i].key, &r->requesters[i]);
    for (i = 0; i < r->ntitles; i++)
        csv_row(out, "title", r->by_title[i].key, &r->by_title[i]);
}

void dv_report_print(FILE *out, const dv_report *r, int format, long long now)
{
    pace p = get_pace(r, now);
    if (format == DV_REPORT_JSON)
        print_json(out, r, &p);
    else if (format == DV_REPORT_CSV)
        print_csv(out, r);
    else
        print_text(out, r, &p);
}
