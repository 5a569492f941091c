/* test_store.c -- the SQLite manifest, on real files in a temp dir:
 * migrations, titles, the job life, duplicates, the report's figures,
 * two processes writing at once, and the errors for bad files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <sqlite3.h>
#include "t.h"
#include "store.h"
#include "util.h"

static char dir[256];

static void path_in(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", dir, name);
}

/* A raw connection to look behind the store's back (and to move
 * finish times into chosen months). */
static long long sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return -1;
    sqlite3_busy_timeout(db, 10000);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    } else {
        fprintf(stderr, "sql_int: %s: %s\n", sql, sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return v;
}

static int sql_exec(const char *path, const char *sql)
{
    sqlite3 *db;
    int rc;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return -1;
    sqlite3_busy_timeout(db, 10000);
    rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        fprintf(stderr, "sql_exec: %s: %s\n", sql, sqlite3_errmsg(db));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

static dv_title_rec title(const char *name, char sha[65])
{
    dv_title_rec t;
    memset(&t, 0, sizeof t);
    dv_sha256_hex(name, strlen(name), sha);
    t.identifier = NULL;   /* derived from sha256 by the store */
    t.title = name;
    t.author = "Someone";
    t.language = "zh";
    t.sha256 = sha;
    t.encoding = "UTF-8";
    t.bytes = (long long)strlen(name);
    return t;
}

/* new + start + done with the given figures; returns the job id. */
static long long run_job(dv_store *s, long long tid, const char *settings,
                         const char *req, long long chars, long long *dup)
{
    dv_err e;
    long long id = 0, d = 0;
    dv_figures f = {chars, chars / 2, chars + 10, chars / 100 + 1,
                    chars / 200 + 1, 1, 0, 0, 0, NULL, 0};
    dv_output_rec o = {"out/x.brf", "brf", "00", 42};
    if (dv_store_job_new(s, tid, "braille", settings, req, &id, &d, &e) < 0 ||
        dv_store_job_start(s, id, &e) < 0 ||
        dv_store_job_done(s, id, &f, &o, 1, &e) < 0) {
        fprintf(stderr, "run_job: %s\n", e.msg);
        return 0;
    }
    if (dup)
        *dup = d;
    return id;
}

static void test_open_and_migrations(void)
{
    char path[512], sha[65];
    dv_store *s;
    dv_err e;
    dv_title_rec t = title("Migrations", sha);
    long long id1 = 0, id2 = 0;

    path_in(path, sizeof path, "a/b/c/manifest.db");
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &t, &id1, &e) == 0);
    dv_store_close(s);
    CHECK(access(path, F_OK) == 0);
    CHECK_INT(sql_int(path, "PRAGMA user_version"), 4);
    CHECK_INT(sql_int(path, "PRAGMA application_id"), 0x64766f78);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE"
                      " name IN ('titles','jobs','outputs','figures')"), 4);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE"
                      " type='index' AND name='jobs_status_finished'"), 1);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM pragma_table_info('jobs')"
                      " WHERE name IN ('priority','attempts','lease_until')"),
              3);
    /* WAL is a property of the file, so a fresh connection sees it. */
    CHECK_INT(sql_int(path, "SELECT journal_mode='wal' FROM"
                      " pragma_journal_mode"), 1);

    /* Reopening applies nothing and keeps the data. */
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &t, &id2, &e) == 0);
    CHECK_INT(id2, id1);
    dv_store_close(s);
    CHECK_INT(sql_int(path, "PRAGMA user_version"), 4);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM titles"), 1);

    /* A file from a newer dotvox is refused, not downgraded. */
    CHECK(sql_exec(path, "PRAGMA user_version=7") == 0);
    s = NULL;
    CHECK(dv_store_open(&s, path, &e) == -1);
    CHECK(s == NULL);
    {
        char want[1024];
        snprintf(want, sizeof want, "%s: manifest schema version 7 is newer"
                 " than this dotvox (4)", path);
        CHECK_STR(e.msg, want);
    }
}

static void test_titles(void)
{
    char path[512], sha1[65], sha2[65];
    dv_store *s;
    dv_err e;
    dv_title_rec a = title("Book A", sha1), b = title("Book B", sha2);
    long long ida = 0, idb = 0, id = 0;
    char want[128];

    path_in(path, sizeof path, "titles.db");
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &a, &ida, &e) == 0);
    CHECK(dv_store_title(s, &b, &idb, &e) == 0);
    CHECK(ida > 0 && idb > 0 && ida != idb);

    /* Same text (same sha256), better title: same id, title updated. */
    a.title = "Book A, second thoughts";
    a.author = NULL;    /* NULL keeps the author we had */
    CHECK(dv_store_title(s, &a, &id, &e) == 0);
    CHECK_INT(id, ida);
    dv_store_close(s);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM titles"), 2);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM titles WHERE"
                      " title='Book A, second thoughts' AND"
                      " author='Someone'"), 1);
    snprintf(want, sizeof want, "SELECT count(*) FROM titles WHERE"
             " identifier='dotvox-%.16s'", sha2);
    CHECK_INT(sql_int(path, want), 1);

    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    a.sha256 = NULL;
    CHECK(dv_store_title(s, &a, &id, &e) == -1);
    CHECK(strstr(e.msg, path) != NULL);
    dv_store_close(s);
}

static void test_lifecycle(void)
{
    char path[512], sha[65], st[16], err[256];
    dv_store *s;
    dv_err e;
    dv_title_rec t = title("Life", sha);
    long long tid = 0, id = 0, dup = -1, id2 = 0;
    dv_figures f = {100, 60, 120, 3, 2, 1, 0, 0, 0, NULL, 0};
    dv_output_rec outs[2] = {{"out/life.brf", "brf", "aa", 10},
                             {"out/life.pef", "pef", "bb", 20}};

    path_in(path, sizeof path, "life.db");
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &t, &tid, &e) == 0);
    CHECK(dv_store_job_new(s, tid, "braille", "k=1", "alice", &id, &dup,
                           &e) == 0);
    CHECK(id > 0);
    CHECK_INT(dup, 0);
    CHECK(dv_store_job_status(s, id, st, sizeof st, err, sizeof err, &e) == 0);
    CHECK_STR(st, "queued");
    CHECK(dv_store_job_start(s, id, &e) == 0);
    CHECK(dv_store_job_status(s, id, st, sizeof st, NULL, 0, &e) == 0);
    CHECK_STR(st, "running");
    /* Starting twice is a bug in the caller. */
    CHECK(dv_store_job_start(s, id, &e) == -1);
    CHECK(strstr(e.msg, "running") != NULL);
    CHECK(dv_store_job_done(s, id, &f, outs, 2, &e) == 0);
    CHECK(dv_store_job_status(s, id, st, sizeof st, err, sizeof err, &e) == 0);
    CHECK_STR(st, "done");
    CHECK_STR(err, "");

    /* Done only once: the second call fails and adds nothing. */
    CHECK(dv_store_job_done(s, id, &f, outs, 2, &e) == -1);
    CHECK(strstr(e.msg, "done") != NULL && strstr(e.msg, path) != NULL);
    CHECK(dv_store_job_fail(s, id, "late", &e) == -1);
    CHECK(dv_store_job_status(s, id, st, sizeof st, NULL, 0, &e) == 0);
    CHECK_STR(st, "done");

    /* A failed job keeps its error; it cannot then be recorded done. */
    CHECK(dv_store_job_new(s, tid, "braille", "k=2", NULL, &id2, &dup, &e) == 0);
    CHECK(dv_store_job_start(s, id2, &e) == 0);
    CHECK(dv_store_job_fail(s, id2, "table zh-chn.ctb not found", &e) == 0);
    CHECK(dv_store_job_status(s, id2, st, sizeof st, err, sizeof err, &e) == 0);
    CHECK_STR(st, "failed");
    CHECK_STR(err, "table zh-chn.ctb not found");
    CHECK(dv_store_job_done(s, id2, &f, outs, 1, &e) == -1);
    CHECK(strstr(e.msg, "failed") != NULL);

    /* Missing jobs and titles are errors, not silent no-ops. */
    CHECK(dv_store_job_status(s, 9999, st, sizeof st, NULL, 0, &e) == -1);
    CHECK(strstr(e.msg, "9999") != NULL);
    CHECK(dv_store_job_start(s, 9999, &e) == -1);
    CHECK(strstr(e.msg, "no such job") != NULL);
    CHECK(dv_store_job_new(s, 12345, "braille", "k=1", NULL, &id2, &dup,
                           &e) == -1);
    CHECK(strstr(e.msg, "12345") != NULL);
    dv_store_close(s);

    CHECK_INT(sql_int(path, "SELECT count(*) FROM figures"), 1);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM outputs"), 2);
    CHECK_INT(sql_int(path, "SELECT chars*1000+han FROM figures"), 100060);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM jobs WHERE finished_at"
                      " GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T"
                      "[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'"), 2);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM jobs WHERE attempts=1 AND"
                      " pid>0 AND started_at IS NOT NULL"), 2);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM jobs WHERE"
                      " requester IS NULL"), 1);
}

static void test_duplicates(void)
{
    char path[512], sha[65], sha2[65];
    dv_store *s;
    dv_err e;
    dv_title_rec t = title("Dup", sha), t2 = title("Other", sha2);
    long long tid = 0, tid2 = 0, a, b, d, dup = -1, id = 0;

    path_in(path, sizeof path, "dup.db");
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &t, &tid, &e) == 0);
    CHECK(dv_store_title(s, &t2, &tid2, &e) == 0);

    /* A queued (not done) job is no reason to call the next a duplicate. */
    CHECK(dv_store_job_new(s, tid, "braille", "S", NULL, &id, &dup, &e) == 0);
    CHECK_INT(dup, 0);
    CHECK(dv_store_job_fail(s, id, "boom", &e) == 0);

    a = run_job(s, tid, "S", "alice", 100, &dup);
    CHECK(a > 0);
    CHECK_INT(dup, 0);                  /* the failed one does not count */
    b = run_job(s, tid, "S", "bob", 100, &dup);
    CHECK_INT(dup, a);
    d = run_job(s, tid, "S", "carol", 100, &dup);
    CHECK_INT(dup, a);                  /* the earliest counted job */
    CHECK(d > b);
    run_job(s, tid, "S2", NULL, 100, &dup);
    CHECK_INT(dup, 0);                  /* other settings */
    CHECK(dv_store_job_new(s, tid, "speech", "S", NULL, &id, &dup, &e) == 0);
    CHECK_INT(dup, 0);                  /* other kind */
    run_job(s, tid2, "S", NULL, 100, &dup);
    CHECK_INT(dup, 0);                  /* other title */
    dv_store_close(s);

    CHECK_INT(sql_int(path, "SELECT count(*) FROM jobs WHERE"
                      " duplicate_of IS NOT NULL"), 2);
}

static void set_finished(const char *path, long long id, const char *when)
{
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE jobs SET finished_at='%s' WHERE"
             " id=%lld", when, id);
    CHECK(sql_exec(path, sql) == 0);
}

static void test_report(void)
{
    char path[512], sa[65], sb[65], sc[65];
    dv_store *s;
    dv_err e;
    dv_title_rec ta = title("Alpha", sa), tb = title("Beta", sb),
                 tc = title("Gamma", sc);
    long long a = 0, b = 0, c = 0, j[10], dup, fid = 0;
    dv_report r;
    size_t i;

    path_in(path, sizeof path, "report.db");
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_title(s, &ta, &a, &e) == 0);
    CHECK(dv_store_title(s, &tb, &b, &e) == 0);
    CHECK(dv_store_title(s, &tc, &c, &e) == 0);
    j[0] = run_job(s, a, "s1", "alice", 1000, NULL);   /* 2026-01 */
    j[1] = run_job(s, a, "s2", "bob", 500, NULL);      /* 2026-03 */
    j[2] = run_job(s, b, "s1", "", 3000, NULL);        /* 2026-03 */
    j[3] = run_job(s, b, "s2", NULL, 7, NULL);         /* 2026-12 */
    j[4] = run_job(s, c, "s1", "alice", 9000, NULL);   /* 2025-06 */
    j[5] = run_job(s, a, "s1", "carol", 1000, &dup);   /* duplicate */
    CHECK_INT(dup, j[0]);
    CHECK(dv_store_job_new(s, c, "braille", "s9", "dave", &fid, &dup,
                           &e) == 0);
    CHECK(dv_store_job_fail(s, fid, "broken", &e) == 0);
    CHECK(dv_store_job_new(s, c, "braille", "s8", "erin", &j[6], &dup,
                           &e) == 0);                  /* stays queued */
    dv_store_close(s);
    set_finished(path, j[0], "2026-01-15T10:00:00Z");
    set_finished(path, j[1], "2026-03-01T00:00:00Z");
    set_finished(path, j[2], "2026-03-31T23:59:59Z");
    set_finished(path, j[3], "2026-12-31T23:59:59Z");
    set_finished(path, j[4], "2025-06-30T12:00:00Z");
    set_finished(path, j[5], "2026-02-02T00:00:00Z");
    set_finished(path, fid, "2026-02-02T00:00:00Z");

    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    CHECK(dv_store_report(s, 2026, &r, &e) == 0);
    CHECK_INT(r.year, 2026);
    CHECK_INT(r.target, 0);
    CHECK_STR(r.total.key, "total");
    CHECK_INT(r.total.chars, 4507);
    CHECK_INT(r.total.han, 500 + 250 + 1500 + 3);
    CHECK_INT(r.total.cells, 4507 + 40);
    CHECK_INT(r.total.jobs, 4);
    CHECK_INT(r.total.volumes, 4);
    CHECK_INT(r.titles, 2);
    for (i = 0; i < 12; i++) {
        char k[16];
        snprintf(k, sizeof k, "2026-%02zu", i + 1);
        CHECK_STR(r.months[i].key, k);
    }
    CHECK_INT(r.months[0].chars, 1000);
    CHECK_INT(r.months[0].jobs, 1);
    CHECK_INT(r.months[1].chars, 0);    /* the duplicate and the failure */
    CHECK_INT(r.months[1].jobs, 0);
    CHECK_INT(r.months[2].chars, 3500);
    CHECK_INT(r.months[2].jobs, 2);
    CHECK_INT(r.months[2].pages, 6 + 31);
    CHECK_INT(r.months[5].chars, 0);    /* 2025-06 is another year */
    CHECK_INT(r.months[11].chars, 7);

    /* "" and NULL are both "(none)"; carol's job was a duplicate. */
    CHECK_INT(r.nrequesters, 3);
    if (r.nrequesters == 3) {
        CHECK_STR(r.requesters[0].key, "(none)");
        CHECK_INT(r.requesters[0].chars, 3007);
        CHECK_INT(r.requesters[0].jobs, 2);
        CHECK_STR(r.requesters[1].key, "alice");
        CHECK_INT(r.requesters[1].chars, 1000);
        CHECK_STR(r.requesters[2].key, "bob");
        CHECK_INT(r.requesters[2].chars, 500);
    }
    CHECK_INT(r.ntitles, 2);
    if (r.ntitles == 2) {
        CHECK_STR(r.by_title[0].key, "Beta");
        CHECK_INT(r.by_title[0].chars, 3007);
        CHECK_STR(r.by_title[1].key, "Alpha");
        CHECK_INT(r.by_title[1].chars, 1500);
        CHECK_INT(r.by_title[1].jobs, 2);
    }
    dv_report_free(&r);

    CHECK(dv_store_report(s, 2025, &r, &e) == 0);
    CHECK_INT(r.total.chars, 9000);
    CHECK_INT(r.months[5].chars, 9000);
    CHECK_INT(r.nrequesters, 1);
    CHECK_INT(r.ntitles, 1);
    if (r.ntitles == 1)
        CHECK_STR(r.by_title[0].key, "Gamma");
    dv_report_free(&r);

    CHECK(dv_store_report(s, 2024, &r, &e) == 0);
    CHECK_INT(r.total.chars, 0);
    CHECK_INT(r.total.jobs, 0);
    CHECK_INT(r.titles, 0);
    CHECK_INT(r.nrequesters, 0);
    CHECK_INT(r.ntitles, 0);
    CHECK_STR(r.months[11].key, "2024-12");
    dv_report_free(&r);
    dv_store_close(s);
}

/* Two processes open the same new file at once and each records 200
 * jobs: no "database is locked", nothing lost. */
/* Audio jobs: their figures land in the audio table and the report's
 * audio_seconds; braille characters are not touched by them. */
static void test_audio(void)
{
    char path[300], sha[65];
    dv_store *s;
    dv_err e;
    long long tid, id, dup;
    snprintf(path, sizeof path, "%s/audio.db", dir);
    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    dv_title_rec t = title("有声书", sha);
    CHECK(dv_store_title(s, &t, &tid, &e) == 0);
    dv_figures f = {0, 0, 0, 0, 0, 0, 3600.5, 12, 2000000, "mandarin", 48};
    dv_output_rec o = {"out/001_x.mp3", "mp3", "ab", 1000};
    CHECK(dv_store_job_new(s, tid, "audio", "v", NULL, &id, &dup, &e) == 0);
    CHECK(dv_store_job_start(s, id, &e) == 0);
    CHECK(dv_store_job_done(s, id, &f, &o, 1, &e) == 0);
    CHECK_INT(sql_int(path, "SELECT tracks FROM audio"), 12);
    CHECK_INT(sql_int(path, "SELECT bitrate FROM audio WHERE voice='mandarin'"), 48);
    /* a duplicate is recorded but not counted again */
    CHECK(dv_store_job_new(s, tid, "audio", "v", NULL, &id, &dup, &e) == 0);
    CHECK(dup > 0);
    CHECK(dv_store_job_done(s, id, &f, &o, 1, &e) == 0);
    char now[32];
    dv_now_iso(now);
    dv_report r;
    CHECK(dv_store_report(s, atoi(now), &r, &e) == 0);
    CHECK(r.total.audio_seconds > 3600.4 && r.total.audio_seconds < 3600.6);
    CHECK_INT(r.total.chars, 0);
    dv_report_free(&r);
    dv_store_close(s);
}

static void test_two_processes(void)
{
    enum { NPROC = 2, NJOBS = 200 };
    char path[512];
    int go[2], i, status;
    pid_t pids[NPROC];
    dv_store *s;
    dv_err e;
    dv_report r;

    path_in(path, sizeof path, "shared/manifest.db");
    CHECK(pipe(go) == 0);
    for (i = 0; i < NPROC; i++) {
        pids[i] = fork();
        if (pids[i] == 0) {
            char c, sha[65], settings[32], name[32];
            long long tid = 0;
            dv_title_rec t;
            int k, bad = 0;
            close(go[1]);
            /* Wait for the start signal, so the opens race. */
            if (read(go[0], &c, 1) < 0)
                _exit(2);
            if (dv_store_open(&s, path, &e) < 0) {
                fprintf(stderr, "child %d: %s\n", i, e.msg);
                _exit(1);
            }
            /* The same title from both: the sha256 lookup must not race. */
            snprintf(name, sizeof name, "Shared");
            t = title(name, sha);
            if (dv_store_title(s, &t, &tid, &e) < 0) {
                fprintf(stderr, "child %d: %s\n", i, e.msg);
                _exit(1);
            }
            for (k = 0; k < NJOBS && !bad; k++) {
                snprintf(settings, sizeof settings, "p%d-j%d", i, k);
                bad = run_job(s, tid, settings, i ? "one" : "zero", 1,
                              NULL) == 0;
            }
            dv_store_close(s);
            _exit(bad);
        }
    }
    close(go[0]);
    close(go[1]);   /* EOF releases every child at once */
    for (i = 0; i < NPROC; i++) {
        CHECK(pids[i] > 0);
        if (pids[i] > 0) {
            CHECK(waitpid(pids[i], &status, 0) == pids[i]);
            CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
    }
    CHECK_INT(sql_int(path, "SELECT count(*) FROM titles"), 1);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM jobs WHERE status='done'"),
              NPROC * NJOBS);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM figures"), NPROC * NJOBS);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM outputs"), NPROC * NJOBS);
    CHECK_INT(sql_int(path, "PRAGMA user_version"), 4);

    CHECK(dv_store_open(&s, path, &e) == 0);
    if (!s)
        return;
    {
        char y[8], now[32];
        dv_now_iso(now);
        memcpy(y, now, 4);
        y[4] = 0;
        CHECK(dv_store_report(s, atoi(y), &r, &e) == 0);
    }
    CHECK_INT(r.total.jobs, NPROC * NJOBS);
    CHECK_INT(r.total.chars, NPROC * NJOBS);
    CHECK_INT(r.nrequesters, 2);
    dv_report_free(&r);
    dv_store_close(s);
}

static void test_bad_files(void)
{
    char path[512], msg[1100];
    dv_store *s = NULL;
    dv_err e;
    FILE *fp;
    int i;

    /* Text where a manifest should be. */
    path_in(path, sizeof path, "notes.txt");
    fp = fopen(path, "w");
    CHECK(fp != NULL);
    if (!fp)
        return;
    for (i = 0; i < 100; i++)
        fputs("This is not a database, just some notes.\n", fp);
    fclose(fp);
    CHECK(dv_store_open(&s, path, &e) == -1);
    CHECK(s == NULL);
    snprintf(msg, sizeof msg, "%s: not a dotvox manifest", path);
    CHECK(strncmp(e.msg, msg, strlen(msg)) == 0);
    if (strncmp(e.msg, msg, strlen(msg)))
        fprintf(stderr, "  got: %s\n", e.msg);

    /* Another program's SQLite database: refused, left untouched. */
    path_in(path, sizeof path, "other.db");
    CHECK(sql_exec(path, "CREATE TABLE photos(id INTEGER)") == 0);
    CHECK(dv_store_open(&s, path, &e) == -1);
    CHECK(strstr(e.msg, path) != NULL && strstr(e.msg, "other tables"));
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sqlite_master"), 1);
    CHECK_INT(sql_int(path, "PRAGMA user_version"), 0);

    /* A directory. */
    CHECK(dv_store_open(&s, dir, &e) == -1);
    CHECK(strstr(e.msg, dir) != NULL);

    /* A parent that cannot be created (a file in the way). */
    path_in(path, sizeof path, "notes.txt/sub/m.db");
    CHECK(dv_store_open(&s, path, &e) == -1);
    CHECK(strstr(e.msg, "notes.txt") != NULL);

    /* PostgreSQL is a later back-end; the password stays out of errors. */
    CHECK(dv_store_open(&s, "postgres://me:secret@db.example/dotvox",
                        &e) == -1);
    CHECK_STR(e.msg, "postgres://db.example/dotvox: PostgreSQL back-end not"
              " built yet");
    CHECK(dv_store_open(&s, "postgresql://db/dotvox", &e) == -1);
    CHECK(strstr(e.msg, "not built yet") != NULL);
    CHECK(dv_store_open(&s, "mysql://db/dotvox", &e) == -1);
    CHECK(strstr(e.msg, "unknown manifest scheme") != NULL);
    CHECK(dv_store_open(&s, "", &e) == -1);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char cmd[300];

    snprintf(dir, sizeof dir, "%s/dv-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_open_and_migrations();
    test_titles();
    test_lifecycle();
    test_duplicates();
    test_report();
    test_audio();
    test_two_processes();
    test_bad_files();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return T_DONE();
}
