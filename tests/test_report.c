/* test_report.c -- the report's three formats: the pace arithmetic, JSON
 * that a real parser (python3) accepts with the right values and awkward
 * strings intact, CSV rows quoted per RFC 4180; and a report made by the
 * real SQLite store printed end to end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "t.h"
#include "report.h"
#include "store.h"
#include "util.h"

static char dir[256];
static int have_python;

static long long when(int y, int mo, int d)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    return (long long)timegm(&tm);
}

/* The printed report as a string (caller frees). */
static char *print(const dv_report *r, int fmt, long long now)
{
    char *s = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&s, &n);
    if (!fp)
        return NULL;
    dv_report_print(fp, r, fmt, now);
    fclose(fp);
    return s;
}

static void write_file(const char *path, const char *s)
{
    t_write(path, s, strlen(s));
}

/* Runs python3 script on the text; returns its exit status. */
static int python(const char *script, const char *text)
{
    char sp[300], dp[300], cmd[700];
    int rc;
    snprintf(sp, sizeof sp, "%s/check.py", dir);
    snprintf(dp, sizeof dp, "%s/data", dir);
    write_file(sp, script);
    write_file(dp, text);
    snprintf(cmd, sizeof cmd, "python3 '%s' '%s'", sp, dp);
    rc = system(cmd);
    return rc;
}

static const dv_report_row zero_row;

/* A report built by hand, with the strings a real one can hold. */
static void fake(dv_report *r, dv_report_row req[3], dv_report_row tit[2])
{
    static char keys[12][24], total[] = "total";
    int i;
    memset(r, 0, sizeof *r);
    r->year = 2026;
    r->target = 365000;
    r->total = (dv_report_row){total, 183000, 90000, 200000, 700, 350, 4, 5, 0};
    r->titles = 2;
    for (i = 0; i < 12; i++) {
        snprintf(keys[i], sizeof keys[i], "2026-%02d", i + 1);
        r->months[i] = zero_row;
        r->months[i].key = keys[i];
    }
    r->months[0] = (dv_report_row){keys[0], 3000, 1000, 4000, 10, 5, 1, 1, 0};
    r->months[6] = (dv_report_row){keys[6], 180000, 89000, 196000, 690,
                                   345, 3, 4, 0};
    req[0] = (dv_report_row){(char *)"(none)", 100000, 50000, 1, 2, 3, 4, 3, 0};
    req[1] = (dv_report_row){(char *)"Smith, \"Jo\"", 80000, 40000, 1, 2, 3,
                             4, 1, 0};
    req[2] = (dv_report_row){(char *)"back\\slash\ttab\x01", 3000, 0, 1, 2,
                             3, 4, 1, 0};
    tit[0] = (dv_report_row){(char *)"\xe7\xba\xa2\xe6\xa5\xbc\xe6\xa2\xa6"
                             " (\xe4\xb8\x8a)\nvol. 1", 180000, 89000, 1, 2,
                             3, 4, 4, 0};
    tit[1] = (dv_report_row){(char *)"bad \xff byte", 3000, 1000, 1, 2, 3, 4,
                             1, 0};
    r->requesters = req;
    r->nrequesters = 3;
    r->by_title = tit;
    r->ntitles = 2;
}

static void test_pace(void)
{
    dv_report r;
    dv_report_row req[3], tit[2];
    long long now = when(2026, 7, 2);   /* day 183 of 365 */
    char *s;

    fake(&r, req, tit);
    s = print(&r, DV_REPORT_TEXT, now);
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK(strstr(s, "dotvox production report 2026") != NULL);
    CHECK(strstr(s, "365,000 braille characters") != NULL);
    CHECK(strstr(s, "183,000 (50.1% of target)") != NULL);
    CHECK(strstr(s, "yes (expected by now: 183,000") != NULL);
    CHECK(strstr(s, "2026-07") != NULL);
    CHECK(strstr(s, "180,000") != NULL);
    CHECK(strstr(s, "Smith, \"Jo\"") != NULL);
    /* Control characters never reach the terminal. */
    CHECK(strstr(s, "\x01") == NULL && strstr(s, "tab?") != NULL);
    CHECK(strstr(s, "\xe7\xba\xa2\xe6\xa5\xbc") != NULL);
    CHECK(strstr(s, "bad \xef\xbf\xbd byte") != NULL);
    free(s);

    /* One character short of the scaled target is behind. */
    r.total.chars = 182999;
    s = print(&r, DV_REPORT_TEXT, now);
    CHECK(s && strstr(s, "no (expected by now: 183,000") != NULL);
    free(s);
    s = print(&r, DV_REPORT_JSON, now);
    CHECK(s && strstr(s, "\"on_pace\": false") != NULL);
    CHECK(s && strstr(s, "\"expected_by_now\": 183000") != NULL);
    free(s);

    /* A past year must have met the whole target; a future one nothing. */
    s = print(&r, DV_REPORT_JSON, when(2027, 1, 1));
    CHECK(s && strstr(s, "\"expected_by_now\": 365000") != NULL);
    CHECK(s && strstr(s, "\"on_pace\": false") != NULL);
    free(s);
    s = print(&r, DV_REPORT_JSON, when(2025, 12, 31));
    CHECK(s && strstr(s, "\"expected_by_now\": 0,") != NULL);
    CHECK(s && strstr(s, "\"on_pace\": true") != NULL);
    free(s);

    /* Leap year: 31 December is day 366 of 366. */
    r.year = 2024;
    r.target = 366;
    s = print(&r, DV_REPORT_JSON, when(2024, 12, 31));
    CHECK(s && strstr(s, "\"expected_by_now\": 366,") != NULL);
    free(s);
    s = print(&r, DV_REPORT_JSON, when(2024, 1, 1));
    CHECK(s && strstr(s, "\"expected_by_now\": 1,") != NULL);
    free(s);

    /* No target: nothing to be behind. */
    r.target = 0;
    s = print(&r, DV_REPORT_TEXT, when(2024, 6, 1));
    CHECK(s && strstr(s, "none") != NULL && !strstr(s, "% of target"));
    free(s);
}

static const char json_check[] =
    "import json, sys\n"
    "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "assert d['year'] == 2026 and d['target'] == 365000, d\n"
    "assert d['braille_characters'] == 183000\n"
    "assert d['han_characters'] == 90000 and d['cells'] == 200000\n"
    "assert (d['pages'], d['sheets'], d['volumes']) == (700, 350, 4)\n"
    "assert d['jobs'] == 5 and d['titles'] == 2\n"
    "assert abs(d['share'] - 183000 / 365000) < 1e-6\n"
    "assert d['on_pace'] is True and d['expected_by_now'] == 183000\n"
    "m = d['months']\n"
    "assert [x['month'] for x in m] == ['2026-%02d' % i for i in range(1, 13)]\n"
    "assert m[6]['braille_characters'] == 180000 and m[6]['pages'] == 690\n"
    "assert m[1]['braille_characters'] == 0 and m[1]['jobs'] == 0\n"
    "r = d['requesters']\n"
    "assert [x['requester'] for x in r] == ['(none)', 'Smith, \"Jo\"',\n"
    "    'back\\\\slash\\ttab\\x01'], r\n"
    "assert r[1]['braille_characters'] == 80000\n"
    "t = d['by_title']\n"
    "assert t[0]['title'] == '\\u7ea2\\u697c\\u68a6 (\\u4e0a)\\nvol. 1', t\n"
    "assert t[1]['title'] == 'bad \\ufffd byte', t\n"
    "assert t[0]['volumes'] == 4 and t[1]['jobs'] == 1\n";

static const char csv_check[] =
    "import csv, sys\n"
    "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8',\n"
    "                            newline='')))\n"
    "assert rows[0] == ['scope', 'key', 'braille_characters',\n"
    "    'han_characters', 'cells', 'pages', 'sheets', 'volumes', 'jobs',\n"
    "    'audio_seconds']\n"
    "assert len(rows) == 1 + 1 + 12 + 3 + 2, len(rows)\n"
    "assert all(len(r) == 10 for r in rows), rows\n"
    "assert rows[1][:3] == ['total', '2026', '183000']\n"
    "assert rows[14][:3] == ['requester', '(none)', '100000']\n"
    "assert rows[15][1] == 'Smith, \"Jo\"'\n"
    "assert rows[17][1] == '\\u7ea2\\u697c\\u68a6 (\\u4e0a)\\nvol. 1'\n"
    "assert rows[16][1] == 'back\\\\slash\\ttab\\x01'\n"
    "assert rows[18][1] == 'bad \\ufffd byte'\n";

static const char csv_head[] =
    "scope,key,braille_characters,han_characters,cells,pages,sheets,"
    "volumes,jobs,audio_seconds\n"
    "total,2026,183000,90000,200000,700,350,4,5,0.0\n"
    "month,2026-01,3000,1000,4000,10,5,1,1,0.0\n"
    "month,2026-02,0,0,0,0,0,0,0,0.0\n";

static void test_json_csv(void)
{
    dv_report r;
    dv_report_row req[3], tit[2];
    char *s;

    fake(&r, req, tit);
    s = print(&r, DV_REPORT_JSON, when(2026, 7, 2));
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK(strstr(s, "\"requester\": \"Smith, \\\"Jo\\\"\"") != NULL);
    CHECK(strstr(s, "\"back\\\\slash\\ttab\\u0001\"") != NULL);
    CHECK(strstr(s, "\xe7\xba\xa2\xe6\xa5\xbc\xe6\xa2\xa6 (") != NULL);
    CHECK(strstr(s, ")\\nvol. 1\"") != NULL);
    CHECK(strstr(s, "bad \\ufffd byte") != NULL);
    if (have_python)
        CHECK_INT(python(json_check, s), 0);
    free(s);

    s = print(&r, DV_REPORT_CSV, when(2026, 7, 2));
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK(strncmp(s, csv_head, strlen(csv_head)) == 0);
    CHECK(strstr(s, "\nmonth,2026-12,0,0,0,0,0,0,0,0.0\n"
                 "requester,(none),100000,50000,1,2,3,4,3,0.0\n"
                 "requester,\"Smith, \"\"Jo\"\"\",80000,40000,1,2,3,4,1,0.0\n"
                 "requester,back\\slash\ttab\x01,3000,0,1,2,3,4,1,0.0\n"
                 "title,\"\xe7\xba\xa2\xe6\xa5\xbc\xe6\xa2\xa6 (\xe4\xb8\x8a)\n"
                 "vol. 1\",180000,89000,1,2,3,4,4,0.0\n"
                 "title,bad \xef\xbf\xbd byte,3000,1000,1,2,3,4,1,0.0\n") != NULL);
    if (have_python)
        CHECK_INT(python(csv_check, s), 0);
    free(s);
}

static const char store_json_check[] =
    "import json, sys\n"
    "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "assert d['braille_characters'] == 1234 + 10, d\n"
    "assert d['jobs'] == 2 and d['titles'] == 2 and d['target'] == 5000\n"
    "assert [t['title'] for t in d['by_title']] == ['\\u6c34\\u6d52\\u4f20',\n"
    "    'A \"quoted\" title'], d['by_title']\n"
    "assert d['requesters'][0]['requester'] == '(none)'\n"
    "assert sum(m['braille_characters'] for m in d['months']) == 1244\n";

/* The store's real report, printed: the formats agree with the data. */
static void test_from_store(void)
{
    char path[300], sa[65], sb[65], now[32], *s, *line;
    const char *ta = "\xe6\xb0\xb4\xe6\xb5\x92\xe4\xbc\xa0",
               *tb = "A \"quoted\" title";
    dv_store *st;
    dv_err e;
    dv_title_rec t;
    dv_report r;
    dv_figures f1 = {1234, 1200, 1300, 12, 6, 1, 0, 0, 0, NULL, 0},
               f2 = {10, 0, 12, 1, 1, 1, 0, 0, 0, NULL, 0};
    long long a = 0, b = 0, j1 = 0, j2 = 0, j3 = 0, dup;
    int year, nlines = 0;

    snprintf(path, sizeof path, "%s/m.db", dir);
    CHECK(dv_store_open(&st, path, &e) == 0);
    if (!st)
        return;
    memset(&t, 0, sizeof t);
    dv_sha256_hex(ta, strlen(ta), sa);
    t.title = ta;
    t.sha256 = sa;
    CHECK(dv_store_title(st, &t, &a, &e) == 0);
    dv_sha256_hex(tb, strlen(tb), sb);
    t.title = tb;
    t.sha256 = sb;
    CHECK(dv_store_title(st, &t, &b, &e) == 0);
    CHECK(dv_store_job_new(st, a, "braille", "x", NULL, &j1, &dup, &e) == 0);
    CHECK(dv_store_job_start(st, j1, &e) == 0);
    CHECK(dv_store_job_done(st, j1, &f1, NULL, 0, &e) == 0);
    CHECK(dv_store_job_new(st, b, "braille", "x", "lib", &j2, &dup, &e) == 0);
    CHECK(dv_store_job_done(st, j2, &f2, NULL, 0, &e) == 0);
    CHECK(dv_store_job_new(st, b, "braille", "y", "lib", &j3, &dup, &e) == 0);
    CHECK(dv_store_job_fail(st, j3, "no", &e) == 0);
    dv_now_iso(now);
    year = atoi(now);
    CHECK(dv_store_report(st, year, &r, &e) == 0);
    r.target = 5000;

    s = print(&r, DV_REPORT_JSON, (long long)time(NULL));
    CHECK(s != NULL);
    if (s && have_python)
        CHECK_INT(python(store_json_check, s), 0);
    free(s);

    s = print(&r, DV_REPORT_CSV, (long long)time(NULL));
    CHECK(s != NULL);
    for (line = s; line && *line; nlines++) {
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    CHECK_INT(nlines, 1 + 1 + 12 + 2 + 2);
    CHECK(s && strstr(s, "\ntitle,\"A \"\"quoted\"\" title\",10,0,12,1,1,1,1,0.0\n"));
    CHECK(s && strstr(s, "\nrequester,(none),1234,1200,1300,12,6,1,1,0.0\n"));
    free(s);
    dv_report_free(&r);
    dv_store_close(st);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char cmd[300];

    snprintf(dir, sizeof dir, "%s/dv-report-XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    have_python = system("python3 -c pass >/dev/null 2>&1") == 0;
    if (!have_python)
        fprintf(stderr, "test_report: no python3, JSON/CSV parse checks "
                "skipped\n");
    test_pace();
    test_json_csv();
    test_from_store();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return T_DONE();
}
