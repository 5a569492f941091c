/* store_sqlite.c -- the manifest in a SQLite file.
 *
 * Several dotvox processes may share one file: WAL mode lets readers run
 * beside the single writer, every write is one BEGIN IMMEDIATE
 * transaction (so it takes the write lock up front instead of failing
 * half-way on an upgrade), and a 10 s busy timeout makes writers queue
 * rather than fail.  All user data goes through bound parameters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>
#include "store_impl.h"
#include "util.h"

/* "dvox": marks the file as a dotvox manifest, so we never add our
 * tables to some other program's database. */
#define DV_APP_ID 0x64766f78

/* Numbered migrations: migrations[i] takes user_version i to i + 1.
 * Append only; never edit one that has shipped. */
static const char *const migrations[] = {
    /* 1: initial schema.  priority, attempts and lease_until are unused
     * until the batch queue (issue 5) but cost nothing now and spare a
     * table rebuild later. */
    "CREATE TABLE titles("
    " id INTEGER PRIMARY KEY,"
    " identifier TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL DEFAULT '',"
    " author TEXT,"
    " language TEXT,"
    " sha256 TEXT NOT NULL UNIQUE,"
    " bytes INTEGER NOT NULL DEFAULT 0,"
    " encoding TEXT,"
    " created_at TEXT NOT NULL);"
    "CREATE TABLE jobs("
    " id INTEGER PRIMARY KEY,"
    " title_id INTEGER NOT NULL REFERENCES titles(id),"
    " kind TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " requester TEXT,"
    " status TEXT NOT NULL DEFAULT 'queued'"
    "  CHECK (status IN ('queued','running','done','failed')),"
    " error TEXT,"
    " duplicate_of INTEGER REFERENCES jobs(id),"
    " priority INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " lease_until TEXT,"
    " created_at TEXT NOT NULL,"
    " started_at TEXT,"
    " finished_at TEXT,"
    " pid INTEGER);"
    "CREATE INDEX jobs_status_finished ON jobs(status, finished_at);"
    "CREATE INDEX jobs_same ON jobs(title_id, kind, settings);"
    "CREATE TABLE outputs("
    " id INTEGER PRIMARY KEY,"
    " job_id INTEGER NOT NULL REFERENCES jobs(id),"
    " path TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " bytes INTEGER NOT NULL DEFAULT 0,"
    " sha256 TEXT);"
    "CREATE INDEX outputs_job ON outputs(job_id);"
    "CREATE TABLE figures("
    " job_id INTEGER PRIMARY KEY REFERENCES jobs(id),"
    " chars INTEGER NOT NULL DEFAULT 0,"
    " han INTEGER NOT NULL DEFAULT 0,"
    " cells INTEGER NOT NULL DEFAULT 0,"
    " pages INTEGER NOT NULL DEFAULT 0,"
    " sheets INTEGER NOT NULL DEFAULT 0,"
    " volumes INTEGER NOT NULL DEFAULT 0);",
    /* 2: audio books (issue 4): per audio job, its length and encoding */
    "CREATE TABLE audio("
    " job_id INTEGER PRIMARY KEY REFERENCES jobs(id),"
    " seconds REAL NOT NULL DEFAULT 0,"
    " tracks INTEGER NOT NULL DEFAULT 0,"
    " bytes INTEGER NOT NULL DEFAULT 0,"
    " voice TEXT,"
    " bitrate INTEGER);",
    /* 3: the batch queue (issue 5).  A queued job may have no title yet
     * (a missing file is a failed job of its own), so title_id becomes
     * nullable: SQLite needs the table rebuilt for that.  New columns:
     * what to run (source, outdir, options), the request key that makes a
     * re-run idempotent, and who runs it (host, pid, pid_start). */
    "CREATE TABLE jobs_new("
    " id INTEGER PRIMARY KEY,"
    " title_id INTEGER REFERENCES titles(id),"
    " kind TEXT NOT NULL,"
    " settings TEXT NOT NULL,"
    " requester TEXT,"
    " status TEXT NOT NULL DEFAULT 'queued'"
    "  CHECK (status IN ('queued','running','done','failed')),"
    " error TEXT,"
    " duplicate_of INTEGER REFERENCES jobs(id),"
    " priority INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " lease_until TEXT,"
    " created_at TEXT NOT NULL,"
    " started_at TEXT,"
    " finished_at TEXT,"
    " pid INTEGER,"
    " source TEXT,"
    " outdir TEXT,"
    " options TEXT,"
    " request TEXT,"
    " host TEXT,"
    " pid_start TEXT);"
    "INSERT INTO jobs_new(id,title_id,kind,settings,requester,status,error,"
    " duplicate_of,priority,attempts,lease_until,created_at,started_at,"
    " finished_at,pid)"
    " SELECT id,title_id,kind,settings,requester,status,error,duplicate_of,"
    " priority,attempts,lease_until,created_at,started_at,finished_at,pid"
    " FROM jobs;"
    "DROP TABLE jobs;"
    "ALTER TABLE jobs_new RENAME TO jobs;"
    "CREATE INDEX jobs_status_finished ON jobs(status, finished_at);"
    "CREATE INDEX jobs_same ON jobs(title_id, kind, settings);"
    "CREATE INDEX jobs_request ON jobs(request);"
    "CREATE INDEX jobs_claim ON jobs(status, priority DESC, id);",
    /* 4: partner libraries and their requests (dotvox serve) */
    "CREATE TABLE libraries("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " key_sha256 TEXT NOT NULL UNIQUE,"
    " staff INTEGER NOT NULL DEFAULT 0,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL);"
    "CREATE TABLE requests("
    " id INTEGER PRIMARY KEY,"
    " library_id INTEGER NOT NULL REFERENCES libraries(id),"
    " key TEXT NOT NULL,"
    " sha256 TEXT,"
    " title TEXT, author TEXT, language TEXT, formats TEXT,"
    " source TEXT, outdir TEXT,"
    " created_at TEXT NOT NULL,"
    " UNIQUE(library_id, key));"
    "CREATE TABLE request_jobs("
    " request_id INTEGER NOT NULL REFERENCES requests(id),"
    " job_id INTEGER NOT NULL REFERENCES jobs(id),"
    " PRIMARY KEY(request_id, job_id));"
    "CREATE INDEX request_jobs_job ON request_jobs(job_id);",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

typedef struct sq {
    sqlite3 *db;
    char *path;
} sq;

static int fail(sq *s, dv_err *e, const char *what)
{
    return dv_errf(e, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

static int prep(sq *s, const char *sql, sqlite3_stmt **st, dv_err *e)
{
    if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK) {
        *st = NULL;
        return fail(s, e, "preparing a statement");
    }
    return 0;
}

/* Runs a statement without parameters, ignoring any rows. */
static int run(sq *s, const char *sql, dv_err *e)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return fail(s, e, sql);
    return 0;
}

/* One integer from a statement without parameters (PRAGMA x, COUNT). */
static int one_int(sq *s, const char *sql, long long *v, dv_err *e)
{
    sqlite3_stmt *st;
    int rc;
    if (prep(s, sql, &st, e) < 0)
        return -1;
    rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(s, e, sql);
    return 0;
}

static int begin(sq *s, dv_err *e)
{
    return run(s, "BEGIN IMMEDIATE", e);
}

static void rollback(sq *s)
{
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

static int commit(sq *s, dv_err *e)
{
    if (run(s, "COMMIT", e) < 0) {
        rollback(s);
        return -1;
    }
    return 0;
}

/* Steps a write statement to completion, then finalizes it. */
static int step_done(sq *s, sqlite3_stmt *st, const char *what, dv_err *e)
{
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(s, e, what);
    return 0;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    /* A NULL pointer binds SQL NULL. */
    sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

static int check_version(sq *s, long long v, long long app, dv_err *e)
{
    if (app != 0 && app != DV_APP_ID)
        return dv_errf(e, "%s: not a dotvox manifest (SQLite application_id "
                       "%lld)", s->path, app);
    if (v > NMIGRATIONS)
        return dv_errf(e, "%s: manifest schema version %lld is newer than "
                       "this dotvox (%d)", s->path, v, NMIGRATIONS);
    return 0;
}

static int migrate_steps(sq *s, dv_err *e);

/* Applies the migrations not yet in the file, each in its own
 * transaction.  The version is re-read under the write lock, so two
 * processes opening a new file at once apply each step exactly once. */
static int migrate(sq *s, dv_err *e)
{
    long long v, app;

    /* The common case, an up-to-date file, needs no write lock (and so
     * works on a read-only file too). */
    if (one_int(s, "PRAGMA user_version", &v, e) < 0 ||
        one_int(s, "PRAGMA application_id", &app, e) < 0 ||
        check_version(s, v, app, e) < 0)
        return -1;
    if (v == NMIGRATIONS && app == DV_APP_ID)
        return 0;
    /* A migration may rebuild a table others refer to; foreign keys are
     * checked again once it is done (PRAGMA foreign_keys cannot change
     * inside a transaction). */
    if (run(s, "PRAGMA foreign_keys=OFF", e) < 0)
        return -1;
    int rc = migrate_steps(s, e);
    if (run(s, "PRAGMA foreign_keys=ON", rc < 0 ? NULL : e) < 0)
        rc = -1;
    return rc;
}

static int migrate_steps(sq *s, dv_err *e)
{
    long long v, app;
    for (;;) {
        long long ntables;
        char sql[64];
        if (begin(s, e) < 0)
            return -1;
        if (one_int(s, "PRAGMA user_version", &v, e) < 0 ||
            one_int(s, "PRAGMA application_id", &app, e) < 0)
            goto fail;
        if (check_version(s, v, app, e) < 0)
            goto fail;
        if (v == NMIGRATIONS) {
            rollback(s);
            return 0;
        }
        if (v == 0) {
            if (one_int(s, "SELECT count(*) FROM sqlite_master", &ntables,
                        e) < 0)
                goto fail;
            if (ntables > 0) {
                dv_errf(e, "%s: not a dotvox manifest (a SQLite database "
                        "with other tables)", s->path);
                goto fail;
            }
        }
        if (sqlite3_exec(s->db, migrations[v], NULL, NULL, NULL) !=
            SQLITE_OK) {
            dv_errf(e, "%s: migrating the manifest to version %lld: %s",
                    s->path, v + 1, sqlite3_errmsg(s->db));
            goto fail;
        }
        /* PRAGMAs take no parameters; these are our own integers. */
        snprintf(sql, sizeof sql, "PRAGMA user_version=%lld", v + 1);
        if (run(s, sql, e) < 0)
            goto fail;
        snprintf(sql, sizeof sql, "PRAGMA application_id=%d", DV_APP_ID);
        if (run(s, sql, e) < 0 || commit(s, e) < 0)
            goto fail;
    }
fail:
    rollback(s);
    return -1;
}

static void sq_close(void *be)
{
    sq *s = be;
    if (!s)
        return;
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

/* The first statement that reads the file is where a file that is not a
 * database shows up; say so in words a user can act on. */
static int open_fail(sq *s, dv_err *e)
{
    int rc = sqlite3_errcode(s->db);
    if (rc == SQLITE_NOTADB)
        return dv_errf(e, "%s: not a dotvox manifest (the file is not a "
                       "SQLite database)", s->path);
    return dv_errf(e, "%s: cannot open the manifest: %s", s->path,
                   sqlite3_errmsg(s->db));
}

/* Switching to WAL needs an exclusive lock, and when several processes
 * open a new file at once SQLite reports SQLITE_BUSY at once instead of
 * calling the busy handler (waiting could deadlock).  So retry here, for
 * as long as the busy timeout would have waited. */
static int set_wal(sq *s)
{
    struct timespec ts = {0, 10 * 1000 * 1000};
    int rc, i;
    for (i = 0; i < 1000; i++) {
        rc = sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if ((rc & 0xff) != SQLITE_BUSY)
            break;
        nanosleep(&ts, NULL);
    }
    return rc;
}

static const dv_store_ops sq_ops;

int dv_store_sqlite_open(const char *path, const dv_store_ops **ops,
                         void **be, dv_err *e)
{
    const char *slash = strrchr(path, '/');
    sq *s;
    int rc;

    if (slash && slash != path) {
        char *dir = dv_strndup(path, (size_t)(slash - path));
        rc = dv_mkdirs(dir, e);
        free(dir);
        if (rc < 0)
            return -1;
    }
    s = dv_calloc(1, sizeof *s);
    s->path = dv_strdup(path);
    rc = sqlite3_open_v2(path, &s->db,
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        if (s->db)
            open_fail(s, e);
        else
            dv_errf(e, "%s: cannot open the manifest: %s", path,
                    sqlite3_errstr(rc));
        sq_close(s);
        return -1;
    }
    sqlite3_extended_result_codes(s->db, 1);
    /* Before anything that locks: switching a new file to WAL needs the
     * lock too, and another process may be doing the same. */
    sqlite3_busy_timeout(s->db, 10000);
    if (set_wal(s) != SQLITE_OK ||
        sqlite3_exec(s->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL) !=
            SQLITE_OK ||
        sqlite3_exec(s->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL) !=
            SQLITE_OK) {
        open_fail(s, e);
        sq_close(s);
        return -1;
    }
    if (migrate(s, e) < 0) {
        sq_close(s);
        return -1;
    }
    *ops = &sq_ops;
    *be = s;
    return 0;
}

static int sq_title(void *be, const dv_title_rec *t, long long *title_id,
                    dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32], ident[32];
    const char *identifier = t->identifier;
    int rc;

    if (!t->sha256 || strlen(t->sha256) != 64)
        return dv_errf(e, "%s: title \"%s\" has no SHA-256", s->path,
                       t->title ? t->title : "");
    if (!identifier) {
        snprintf(ident, sizeof ident, "dotvox-%.16s", t->sha256);
        identifier = ident;
    }
    if (begin(s, e) < 0)
        return -1;
    if (prep(s, "SELECT id FROM titles WHERE sha256=?1", &st, e) < 0)
        goto fail;
    bind_text(st, 1, t->sha256);
    rc = sqlite3_step(st);
    *title_id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, e, "looking up a title");
        goto fail;
    }
    if (*title_id) {
        /* Same text, maybe a better title or author now; a NULL keeps
         * what we had. */
        if (prep(s, "UPDATE titles SET title=COALESCE(?2,title),"
                 " author=COALESCE(?3,author) WHERE id=?1 AND"
                 " (title IS NOT COALESCE(?2,title) OR"
                 "  author IS NOT COALESCE(?3,author))", &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, *title_id);
        bind_text(st, 2, t->title);
        bind_text(st, 3, t->author);
        if (step_done(s, st, "updating a title", e) < 0)
            goto fail;
    } else {
        dv_now_iso(now);
        if (prep(s, "INSERT INTO titles(identifier,title,author,language,"
                 "sha256,bytes,encoding,created_at)"
                 " VALUES(?1,COALESCE(?2,''),?3,?4,?5,?6,?7,?8)", &st, e) < 0)
            goto fail;
        bind_text(st, 1, identifier);
        bind_text(st, 2, t->title);
        bind_text(st, 3, t->author);
        bind_text(st, 4, t->language);
        bind_text(st, 5, t->sha256);
        sqlite3_bind_int64(st, 6, t->bytes);
        bind_text(st, 7, t->encoding);
        bind_text(st, 8, now);
        if (step_done(s, st, "adding a title", e) < 0)
            goto fail;
        *title_id = sqlite3_last_insert_rowid(s->db);
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_job_new(void *be, long long title_id, const char *kind,
                      const char *settings, const char *requester,
                      long long *job_id, long long *dup_of, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];
    int rc;

    *job_id = *dup_of = 0;
    if (!kind || !settings)
        return dv_errf(e, "%s: a job needs a kind and settings", s->path);
    if (begin(s, e) < 0)
        return -1;
    if (prep(s, "SELECT 1 FROM titles WHERE id=?1", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, title_id);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_DONE)
            dv_errf(e, "%s: no title with id %lld", s->path, title_id);
        else
            fail(s, e, "looking up a title");
        goto fail;
    }
    if (prep(s, "SELECT id FROM jobs WHERE title_id=?1 AND kind=?2 AND"
             " settings=?3 AND status='done' AND duplicate_of IS NULL"
             " ORDER BY id LIMIT 1", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, title_id);
    bind_text(st, 2, kind);
    bind_text(st, 3, settings);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *dup_of = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, e, "looking for an earlier job");
        goto fail;
    }
    dv_now_iso(now);
    if (prep(s, "INSERT INTO jobs(title_id,kind,settings,requester,status,"
             "duplicate_of,created_at) VALUES(?1,?2,?3,?4,'queued',?5,?6)",
             &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, title_id);
    bind_text(st, 2, kind);
    bind_text(st, 3, settings);
    bind_text(st, 4, requester);
    if (*dup_of)
        sqlite3_bind_int64(st, 5, *dup_of);
    else
        sqlite3_bind_null(st, 5);
    bind_text(st, 6, now);
    if (step_done(s, st, "adding a job", e) < 0)
        goto fail;
    *job_id = sqlite3_last_insert_rowid(s->db);
    return commit(s, e);
fail:
    rollback(s);
    *job_id = *dup_of = 0;
    return -1;
}

/* Explains why an UPDATE ... WHERE id=? AND status IN (...) changed
 * nothing: the job is missing or in the wrong state.  Inside the
 * caller's transaction. */
static int wrong_state(sq *s, long long job_id, const char *action,
                       dv_err *e)
{
    sqlite3_stmt *st;
    int rc;
    if (prep(s, "SELECT status FROM jobs WHERE id=?1", &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, job_id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        dv_errf(e, "%s: cannot %s job %lld: it is %s", s->path, action,
                job_id, (const char *)sqlite3_column_text(st, 0));
    else if (rc == SQLITE_DONE)
        dv_errf(e, "%s: cannot %s job %lld: no such job", s->path, action,
                job_id);
    else
        fail(s, e, "looking up a job");
    sqlite3_finalize(st);
    return -1;
}

static int sq_job_start(void *be, long long job_id, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];

    if (begin(s, e) < 0)
        return -1;
    dv_now_iso(now);
    if (prep(s, "UPDATE jobs SET status='running', started_at=?2, pid=?3,"
             " attempts=attempts+1 WHERE id=?1 AND status='queued'",
             &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    bind_text(st, 2, now);
    sqlite3_bind_int64(st, 3, (long long)getpid());
    if (step_done(s, st, "starting a job", e) < 0)
        goto fail;
    if (sqlite3_changes(s->db) != 1) {
        wrong_state(s, job_id, "start", e);
        goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_job_done(void *be, long long job_id, const dv_figures *f,
                       const dv_output_rec *outs, int nouts, dv_err *e)
{
    static const dv_figures zero;
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];
    int i;

    if (!f)
        f = &zero;
    if (begin(s, e) < 0)
        return -1;
    dv_now_iso(now);
    if (prep(s, "UPDATE jobs SET status='done', finished_at=?2, error=NULL"
             " WHERE id=?1 AND status IN ('queued','running')", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    bind_text(st, 2, now);
    if (step_done(s, st, "finishing a job", e) < 0)
        goto fail;
    if (sqlite3_changes(s->db) != 1) {
        wrong_state(s, job_id, "record as done", e);
        goto fail;
    }
    /* Two copies of one text run at once both start as originals; the
     * one that finishes second is the duplicate (done is serialized by
     * the write lock, so exactly one stays counted). */
    if (prep(s, "UPDATE jobs SET duplicate_of=(SELECT d.id FROM jobs d"
             " JOIN jobs j ON j.id=?1 WHERE d.title_id=j.title_id AND"
             " d.kind=j.kind AND d.settings=j.settings AND d.status='done'"
             " AND d.duplicate_of IS NULL AND d.id<>j.id ORDER BY d.id LIMIT 1)"
             " WHERE id=?1 AND duplicate_of IS NULL AND title_id IS NOT NULL",
             &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    if (step_done(s, st, "checking for an earlier job", e) < 0)
        goto fail;
    if (prep(s, "INSERT INTO figures(job_id,chars,han,cells,pages,sheets,"
             "volumes) VALUES(?1,?2,?3,?4,?5,?6,?7)", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    sqlite3_bind_int64(st, 2, f->chars);
    sqlite3_bind_int64(st, 3, f->han);
    sqlite3_bind_int64(st, 4, f->cells);
    sqlite3_bind_int64(st, 5, f->pages);
    sqlite3_bind_int64(st, 6, f->sheets);
    sqlite3_bind_int64(st, 7, f->volumes);
    if (step_done(s, st, "recording a job's figures", e) < 0)
        goto fail;
    if (f->tracks > 0) {
        if (prep(s, "INSERT INTO audio(job_id,seconds,tracks,bytes,voice,"
                 "bitrate) VALUES(?1,?2,?3,?4,?5,?6)", &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, job_id);
        sqlite3_bind_double(st, 2, f->audio_seconds);
        sqlite3_bind_int64(st, 3, f->tracks);
        sqlite3_bind_int64(st, 4, f->audio_bytes);
        bind_text(st, 5, f->voice);
        sqlite3_bind_int(st, 6, f->bitrate);
        if (step_done(s, st, "recording a job's audio", e) < 0)
            goto fail;
    }
    for (i = 0; i < nouts; i++) {
        if (!outs[i].path || !outs[i].format) {
            dv_errf(e, "%s: job %lld: output %d has no path or format",
                    s->path, job_id, i + 1);
            goto fail;
        }
        if (prep(s, "INSERT INTO outputs(job_id,path,format,bytes,sha256)"
                 " VALUES(?1,?2,?3,?4,?5)", &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, job_id);
        bind_text(st, 2, outs[i].path);
        bind_text(st, 3, outs[i].format);
        sqlite3_bind_int64(st, 4, outs[i].bytes);
        bind_text(st, 5, outs[i].sha256);
        if (step_done(s, st, "recording an output", e) < 0)
            goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_job_fail(void *be, long long job_id, const char *error,
                       dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];

    if (begin(s, e) < 0)
        return -1;
    dv_now_iso(now);
    if (prep(s, "UPDATE jobs SET status='failed', finished_at=?2, error=?3"
             " WHERE id=?1 AND status IN ('queued','running')", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    bind_text(st, 2, now);
    bind_text(st, 3, error ? error : "");
    if (step_done(s, st, "recording a failed job", e) < 0)
        goto fail;
    if (sqlite3_changes(s->db) != 1) {
        wrong_state(s, job_id, "record as failed", e);
        goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_job_status(void *be, long long job_id, char *status, size_t n,
                         char *err, size_t errn, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    int rc;
    const char *v;

    if (prep(s, "SELECT status, error FROM jobs WHERE id=?1", &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, job_id);
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_DONE)
            dv_errf(e, "%s: no job %lld", s->path, job_id);
        else
            fail(s, e, "looking up a job");
        sqlite3_finalize(st);
        return -1;
    }
    if (status && n) {
        v = (const char *)sqlite3_column_text(st, 0);
        snprintf(status, n, "%s", v ? v : "");
    }
    if (err && errn) {
        v = (const char *)sqlite3_column_text(st, 1);
        snprintf(err, errn, "%s", v ? v : "");
    }
    sqlite3_finalize(st);
    return 0;
}

/* The report's queries share their columns and filter.  finished_at is
 * "YYYY-MM-DDTHH:MM:SSZ", so the year ?1 <= finished_at < year ?2
 * compares as text -- the same rows as substr(finished_at,1,4) = year,
 * but it can use the (status, finished_at) index. */
#define FIGURES \
    " COALESCE(SUM(f.chars),0), COALESCE(SUM(f.han),0)," \
    " COALESCE(SUM(f.cells),0), COALESCE(SUM(f.pages),0)," \
    " COALESCE(SUM(f.sheets),0), COALESCE(SUM(f.volumes),0), COUNT(*)," \
    " COALESCE(SUM(a.seconds),0)"
#define COUNTED \
    " FROM jobs j LEFT JOIN figures f ON f.job_id=j.id" \
    " LEFT JOIN audio a ON a.job_id=j.id" \
    " JOIN titles t ON t.id=j.title_id" \
    " WHERE j.status='done' AND j.duplicate_of IS NULL" \
    " AND j.finished_at>=?1 AND j.finished_at<?2"

/* Columns 1..8 of st into row (column 0 is the key). */
static void read_row(sqlite3_stmt *st, dv_report_row *row)
{
    row->chars = sqlite3_column_int64(st, 1);
    row->han = sqlite3_column_int64(st, 2);
    row->cells = sqlite3_column_int64(st, 3);
    row->pages = sqlite3_column_int64(st, 4);
    row->sheets = sqlite3_column_int64(st, 5);
    row->volumes = sqlite3_column_int64(st, 6);
    row->jobs = sqlite3_column_int64(st, 7);
    row->audio_seconds = sqlite3_column_double(st, 8);
}

static int report_query(sq *s, const char *sql, const char *y0,
                        const char *y1, sqlite3_stmt **st, dv_err *e)
{
    if (prep(s, sql, st, e) < 0)
        return -1;
    bind_text(*st, 1, y0);
    bind_text(*st, 2, y1);
    return 0;
}

/* Runs a grouped query into a freshly allocated array of rows. */
static int grouped(sq *s, const char *sql, const char *y0, const char *y1,
                   dv_report_row **rows, size_t *nrows, dv_err *e)
{
    sqlite3_stmt *st;
    size_t cap = 0;
    int rc;

    if (report_query(s, sql, y0, y1, &st, e) < 0)
        return -1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        if (*nrows == cap) {
            cap = cap ? 2 * cap : 8;
            *rows = dv_realloc(*rows, cap * sizeof **rows);
        }
        memset(&(*rows)[*nrows], 0, sizeof **rows);
        (*rows)[*nrows].key = dv_strdup(key ? key : "");
        read_row(st, &(*rows)[*nrows]);
        ++*nrows;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, e, "reading the report");
    return 0;
}

static int sq_report(void *be, int year, dv_report *r, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char y0[16], y1[16], key[24];
    int rc, i;

    if (year < 1 || year > 9998)
        return dv_errf(e, "%s: report year %d out of range", s->path, year);
    r->year = year;
    r->target = 0;
    r->total.key = dv_strdup("total");
    for (i = 0; i < 12; i++) {
        snprintf(key, sizeof key, "%04d-%02d", year, i + 1);
        r->months[i].key = dv_strdup(key);
    }
    snprintf(y0, sizeof y0, "%04d", year);
    snprintf(y1, sizeof y1, "%04d", year + 1);

    /* One read transaction, so the breakdowns add up to the total even
     * while other processes are writing. */
    if (run(s, "BEGIN", e) < 0)
        return -1;
    if (report_query(s, "SELECT 'total'," FIGURES
                     ", COUNT(DISTINCT j.title_id)" COUNTED,
                     y0, y1, &st, e) < 0)
        goto fail;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        read_row(st, &r->total);
        r->titles = sqlite3_column_int64(st, 9);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        fail(s, e, "reading the report");
        goto fail;
    }

    if (report_query(s, "SELECT substr(j.finished_at,6,2)," FIGURES COUNTED
                     " GROUP BY 1", y0, y1, &st, e) < 0)
        goto fail;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *mm = (const char *)sqlite3_column_text(st, 0);
        int m = mm ? atoi(mm) : 0;
        if (m >= 1 && m <= 12)
            read_row(st, &r->months[m - 1]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        fail(s, e, "reading the report");
        goto fail;
    }

    if (grouped(s, "SELECT COALESCE(NULLIF(j.requester,''),'(none)')"
                "," FIGURES COUNTED " GROUP BY 1 ORDER BY 2 DESC, 1",
                y0, y1, &r->requesters, &r->nrequesters, e) < 0 ||
        grouped(s, "SELECT COALESCE(NULLIF(t.title,''),t.identifier),"
                FIGURES COUNTED " GROUP BY j.title_id ORDER BY 2 DESC, 1",
                y0, y1, &r->by_title, &r->ntitles, e) < 0)
        goto fail;
    rollback(s);
    return 0;
fail:
    rollback(s);
    return -1;
}

/* ---- the batch queue ---- */

static char *col_dup(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? dv_strdup(v) : NULL;
}

static int sq_enqueue(void *be, const dv_queue_item *it, long long *job_id,
                      int *state, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];
    int rc;

    *job_id = 0;
    *state = DV_ENQ_NEW;
    if (begin(s, e) < 0)
        return -1;
    /* the newest job for the same request decides */
    if (prep(s, "SELECT id, status FROM jobs WHERE request=?1"
             " ORDER BY id DESC LIMIT 1", &st, e) < 0)
        goto fail;
    bind_text(st, 1, it->request);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *status = (const char *)sqlite3_column_text(st, 1);
        *job_id = sqlite3_column_int64(st, 0);
        *state = !strcmp(status, "done") ? DV_ENQ_DONE
                 : !strcmp(status, "failed") ? DV_ENQ_FAILED : DV_ENQ_PENDING;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, e, "looking up a request");
        goto fail;
    }
    if (*job_id)
        return commit(s, e);
    /* A job queued again (dotvox jobs retry) for the same file and
     * options, made when the file read differently (it was missing, or
     * has been fixed since): that one runs, under the new key. */
    if (!it->error) {
        if (prep(s, "SELECT id FROM jobs WHERE source=?1 AND kind=?2 AND"
                 " options=?3 AND outdir=?4 AND status IN ('queued','running')"
                 " ORDER BY id LIMIT 1", &st, e) < 0)
            goto fail;
        bind_text(st, 1, it->source);
        bind_text(st, 2, it->kind);
        bind_text(st, 3, it->options);
        bind_text(st, 4, it->outdir);
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            *job_id = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            fail(s, e, "looking up a queued job");
            goto fail;
        }
        if (*job_id) {
            *state = DV_ENQ_PENDING;
            if (prep(s, "UPDATE jobs SET request=?2 WHERE id=?1", &st, e) < 0)
                goto fail;
            sqlite3_bind_int64(st, 1, *job_id);
            bind_text(st, 2, it->request);
            if (step_done(s, st, "adopting a queued job", e) < 0)
                goto fail;
            return commit(s, e);
        }
    }
    dv_now_iso(now);
    if (prep(s, "INSERT INTO jobs(kind,settings,requester,status,error,"
             "priority,created_at,finished_at,source,outdir,options,request)"
             " VALUES(?1,'',?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)", &st, e) < 0)
        goto fail;
    bind_text(st, 1, it->kind);
    bind_text(st, 2, it->requester);
    bind_text(st, 3, it->error ? "failed" : "queued");
    bind_text(st, 4, it->error);
    sqlite3_bind_int(st, 5, it->priority);
    bind_text(st, 6, now);
    bind_text(st, 7, it->error ? now : NULL);
    bind_text(st, 8, it->source);
    bind_text(st, 9, it->outdir);
    bind_text(st, 10, it->options);
    bind_text(st, 11, it->request);
    if (step_done(s, st, "queueing a job", e) < 0)
        goto fail;
    *job_id = sqlite3_last_insert_rowid(s->db);
    if (it->error)
        *state = DV_ENQ_FAILED;
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_claim(void *be, const dv_worker_id *w, dv_gone_fn gone,
                    int lease_seconds, dv_claim *c, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32], until[32];
    time_t t = time(NULL), tl = t + lease_seconds;
    struct tm tm;
    int rc;

    dv_now_iso(now);
    gmtime_r(&tl, &tm);
    strftime(until, sizeof until, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (begin(s, e) < 0)
        return -1;
    /* take back what dead workers left running */
    if (prep(s, "SELECT id, host, pid, pid_start, lease_until FROM jobs"
             " WHERE status='running' AND source IS NOT NULL", &st, e) < 0)
        goto fail;
    long long back[64];
    int nback = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && nback < 64) {
        dv_worker_id o = {(const char *)sqlite3_column_text(st, 1),
                          sqlite3_column_int64(st, 2),
                          (const char *)sqlite3_column_text(st, 3)};
        const char *lease = (const char *)sqlite3_column_text(st, 4);
        if ((lease && strcmp(lease, now) < 0) || (o.host && gone && gone(&o)))
            back[nback++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    for (int i = 0; i < nback; i++) {
        if (prep(s, "UPDATE jobs SET status='queued', pid=NULL, host=NULL,"
                 " pid_start=NULL, lease_until=NULL WHERE id=?1", &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, back[i]);
        if (step_done(s, st, "taking back a job", e) < 0)
            goto fail;
    }
    if (prep(s, "SELECT id, source, outdir, kind, options, requester"
             " FROM jobs WHERE status='queued' AND source IS NOT NULL"
             " ORDER BY priority DESC, id LIMIT 1", &st, e) < 0)
        goto fail;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        c->job = sqlite3_column_int64(st, 0);
        c->source = col_dup(st, 1);
        c->outdir = col_dup(st, 2);
        c->kind = col_dup(st, 3);
        c->options = col_dup(st, 4);
        c->requester = col_dup(st, 5);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, e, "claiming a job");
        goto fail;
    }
    if (!c->job)
        return commit(s, e) < 0 ? -1 : 0;
    if (prep(s, "UPDATE jobs SET status='running', started_at=?2, host=?3,"
             " pid=?4, pid_start=?5, lease_until=?6, attempts=attempts+1,"
             " error=NULL WHERE id=?1", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, c->job);
    bind_text(st, 2, now);
    bind_text(st, 3, w->host);
    sqlite3_bind_int64(st, 4, w->pid);
    bind_text(st, 5, w->pid_start);
    bind_text(st, 6, until);
    if (step_done(s, st, "claiming a job", e) < 0)
        goto fail;
    return commit(s, e) < 0 ? -1 : 1;
fail:
    rollback(s);
    return -1;
}

static int sq_job_bind(void *be, long long job_id, long long title_id,
                       const char *settings, long long *dup_of, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    int rc;

    *dup_of = 0;
    if (begin(s, e) < 0)
        return -1;
    if (prep(s, "SELECT d.id FROM jobs j JOIN jobs d ON d.kind=j.kind"
             " WHERE j.id=?1 AND d.title_id=?2 AND d.settings=?3"
             " AND d.status='done' AND d.duplicate_of IS NULL AND d.id<>?1"
             " ORDER BY d.id LIMIT 1", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    sqlite3_bind_int64(st, 2, title_id);
    bind_text(st, 3, settings);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *dup_of = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(s, e, "looking for an earlier job");
        goto fail;
    }
    if (prep(s, "UPDATE jobs SET title_id=?2, settings=?3, duplicate_of=?4"
             " WHERE id=?1 AND status='running'", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, job_id);
    sqlite3_bind_int64(st, 2, title_id);
    bind_text(st, 3, settings);
    if (*dup_of)
        sqlite3_bind_int64(st, 4, *dup_of);
    else
        sqlite3_bind_null(st, 4);
    if (step_done(s, st, "binding a job", e) < 0)
        goto fail;
    if (sqlite3_changes(s->db) != 1) {
        wrong_state(s, job_id, "bind to its title", e);
        goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_job_retry(void *be, long long job_id, int *n, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;

    *n = 0;
    if (begin(s, e) < 0)
        return -1;
    if (prep(s, job_id > 0
             ? "UPDATE jobs SET status='queued', error=NULL, finished_at=NULL,"
               " pid=NULL, host=NULL, pid_start=NULL, lease_until=NULL"
               " WHERE id=?1 AND status='failed' AND source IS NOT NULL"
             : "UPDATE jobs SET status='queued', error=NULL, finished_at=NULL,"
               " pid=NULL, host=NULL, pid_start=NULL, lease_until=NULL"
               " WHERE status='failed' AND source IS NOT NULL", &st, e) < 0)
        goto fail;
    if (job_id > 0)
        sqlite3_bind_int64(st, 1, job_id);
    if (step_done(s, st, "requeueing jobs", e) < 0)
        goto fail;
    *n = sqlite3_changes(s->db);
    if (job_id > 0 && *n == 0) {
        dv_errf(e, "%s: job %lld is not a failed job queued by a batch "
                "(see dotvox jobs)", s->path, job_id);
        goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_jobs(void *be, const char *status, const long long *ids,
                   size_t nids, dv_job_row **rows, size_t *n, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    size_t cap = 0;
    int rc;

    /* ids are matched through a JSON array, one bound parameter */
    dv_buf idl = {0};
    dv_buf_putc(&idl, '[');
    for (size_t i = 0; i < nids; i++)
        dv_buf_printf(&idl, "%s%lld", i ? "," : "", ids[i]);
    dv_buf_putc(&idl, ']');
    rc = prep(s, "SELECT j.id, j.kind, j.status, j.source, t.title, j.error,"
              " j.requester, j.priority, j.attempts, j.duplicate_of,"
              " j.created_at, j.started_at, j.finished_at,"
              " COALESCE(f.chars,0), COALESCE(f.pages,0), COALESCE(a.seconds,0)"
              " FROM jobs j LEFT JOIN titles t ON t.id=j.title_id"
              " LEFT JOIN figures f ON f.job_id=j.id"
              " LEFT JOIN audio a ON a.job_id=j.id"
              " WHERE (?1 IS NULL OR j.status=?1)"
              " AND (?2 = 0 OR j.id IN (SELECT value FROM json_each(?3)))"
              " ORDER BY j.id DESC", &st, e);
    if (rc < 0) {
        dv_buf_free(&idl);
        return -1;
    }
    bind_text(st, 1, status);
    sqlite3_bind_int64(st, 2, (long long)nids);
    bind_text(st, 3, idl.data);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            *rows = dv_realloc(*rows, cap * sizeof **rows);
        }
        dv_job_row *r = &(*rows)[(*n)++];
        r->id = sqlite3_column_int64(st, 0);
        r->kind = col_dup(st, 1);
        r->status = col_dup(st, 2);
        r->source = col_dup(st, 3);
        r->title = col_dup(st, 4);
        r->error = col_dup(st, 5);
        r->requester = col_dup(st, 6);
        r->priority = sqlite3_column_int(st, 7);
        r->attempts = sqlite3_column_int(st, 8);
        r->duplicate_of = sqlite3_column_int64(st, 9);
        r->created_at = col_dup(st, 10);
        r->started_at = col_dup(st, 11);
        r->finished_at = col_dup(st, 12);
        r->chars = sqlite3_column_int64(st, 13);
        r->pages = sqlite3_column_int64(st, 14);
        r->audio_seconds = sqlite3_column_double(st, 15);
    }
    sqlite3_finalize(st);
    dv_buf_free(&idl);
    if (rc != SQLITE_DONE)
        return fail(s, e, "listing jobs");
    return 0;
}

/* ---- libraries and requests ---- */

static int sq_library_add(void *be, const char *name, int staff,
                          const char *key_sha256, long long *id, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];
    if (begin(s, e) < 0)
        return -1;
    dv_now_iso(now);
    if (prep(s, "INSERT INTO libraries(name,key_sha256,staff,created_at)"
             " VALUES(?1,?2,?3,?4)", &st, e) < 0)
        goto fail;
    bind_text(st, 1, name);
    bind_text(st, 2, key_sha256);
    sqlite3_bind_int(st, 3, staff != 0);
    bind_text(st, 4, now);
    if (sqlite3_step(st) != SQLITE_DONE) {
        int ext = sqlite3_extended_errcode(s->db);
        sqlite3_finalize(st);
        if (ext == SQLITE_CONSTRAINT_UNIQUE)
            dv_errf(e, "%s: a library named '%s' exists already", s->path, name);
        else
            fail(s, e, "adding a library");
        goto fail;
    }
    sqlite3_finalize(st);
    *id = sqlite3_last_insert_rowid(s->db);
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static void read_library(sqlite3_stmt *st, dv_library *l)
{
    l->id = sqlite3_column_int64(st, 0);
    l->name = col_dup(st, 1);
    l->staff = sqlite3_column_int(st, 2);
    l->revoked = sqlite3_column_int(st, 3);
    l->created_at = col_dup(st, 4);
}

static int sq_library_auth(void *be, const char *key_sha256, dv_library *lib,
                           dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    if (prep(s, "SELECT id, name, staff, revoked, created_at FROM libraries"
             " WHERE key_sha256=?1 AND revoked=0", &st, e) < 0)
        return -1;
    bind_text(st, 1, key_sha256);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        read_library(st, lib);
        found = 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(s, e, "checking a key");
    return found;
}

static int sq_libraries(void *be, dv_library **v, size_t *n, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    size_t cap = 0;
    if (prep(s, "SELECT id, name, staff, revoked, created_at FROM libraries"
             " ORDER BY id", &st, e) < 0)
        return -1;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 8;
            *v = dv_realloc(*v, cap * sizeof **v);
        }
        read_library(st, &(*v)[(*n)++]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, e, "listing libraries");
    return 0;
}

static int sq_library_revoke(void *be, const char *name, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    if (begin(s, e) < 0)
        return -1;
    if (prep(s, "UPDATE libraries SET revoked=1 WHERE name=?1", &st, e) < 0)
        goto fail;
    bind_text(st, 1, name);
    if (step_done(s, st, "revoking a key", e) < 0)
        goto fail;
    if (sqlite3_changes(s->db) != 1) {
        dv_errf(e, "%s: no library named '%s'", s->path, name);
        goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

static int sq_request_find(void *be, long long library_id, const char *key,
                           long long *id, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    if (prep(s, "SELECT id FROM requests WHERE library_id=?1 AND key=?2",
             &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, library_id);
    bind_text(st, 2, key);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        found = 1;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(s, e, "looking up a request");
    return found;
}

static int sq_request_add(void *be, const dv_request_rec *r,
                          const long long *jobs, int njobs, long long *id,
                          int *existed, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    char now[32];
    *existed = 0;
    if (begin(s, e) < 0)
        return -1;
    int found = sq_request_find(s, r->library_id, r->key, id, e);
    if (found < 0)
        goto fail;
    if (found) {
        *existed = 1;
        return commit(s, e);
    }
    dv_now_iso(now);
    if (prep(s, "INSERT INTO requests(library_id,key,sha256,title,author,"
             "language,formats,source,outdir,created_at)"
             " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, r->library_id);
    bind_text(st, 2, r->key);
    bind_text(st, 3, r->sha256);
    bind_text(st, 4, r->title);
    bind_text(st, 5, r->author);
    bind_text(st, 6, r->language);
    bind_text(st, 7, r->formats);
    bind_text(st, 8, r->source);
    bind_text(st, 9, r->outdir);
    bind_text(st, 10, now);
    if (step_done(s, st, "recording a request", e) < 0)
        goto fail;
    *id = sqlite3_last_insert_rowid(s->db);
    for (int i = 0; i < njobs; i++) {
        if (prep(s, "INSERT OR IGNORE INTO request_jobs(request_id,job_id)"
                 " VALUES(?1,?2)", &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, *id);
        sqlite3_bind_int64(st, 2, jobs[i]);
        if (step_done(s, st, "linking a request's job", e) < 0)
            goto fail;
    }
    return commit(s, e);
fail:
    rollback(s);
    return -1;
}

/* The outputs of the done jobs a query selects (?1 bound by caller). */
static int read_outputs(sq *s, sqlite3_stmt *st, dv_output_rec **outs,
                        int *n, dv_err *e)
{
    int rc, cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 8;
            *outs = dv_realloc(*outs, (size_t)cap * sizeof **outs);
        }
        dv_output_rec *o = &(*outs)[(*n)++];
        o->path = col_dup(st, 0);
        o->format = col_dup(st, 1);
        o->bytes = sqlite3_column_int64(st, 2);
        o->sha256 = col_dup(st, 3);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, e, "reading outputs");
    return 0;
}

static int request_fill(sq *s, dv_request_view *v, dv_err *e)
{
    sqlite3_stmt *st;
    int rc, queued = 0, running = 0, failed = 0;
    if (prep(s, "SELECT j.id, j.status, j.error, j.priority FROM request_jobs rj"
             " JOIN jobs j ON j.id=rj.job_id WHERE rj.request_id=?1"
             " ORDER BY j.id", &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, v->id);
    long long qid = 0;
    int qprio = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *status = (const char *)sqlite3_column_text(st, 1);
        v->jobs++;
        if (!strcmp(status, "done")) v->jobs_done++;
        else if (!strcmp(status, "running")) running++;
        else if (!strcmp(status, "failed")) {
            failed++;
            if (!v->error) v->error = col_dup(st, 2);
        } else if (!qid) {
            queued++;
            qid = sqlite3_column_int64(st, 0);
            qprio = sqlite3_column_int(st, 3);
        } else {
            queued++;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, e, "reading a request's jobs");
    v->status = dv_strdup(failed ? "failed" : running ? "running"
                          : queued ? "queued" : "done");
    if (!v->title) {
        /* a request without a title gets its book's, once read */
        if (prep(s, "SELECT t.title FROM request_jobs rj JOIN jobs j ON"
                 " j.id=rj.job_id JOIN titles t ON t.id=j.title_id"
                 " WHERE rj.request_id=?1 LIMIT 1", &st, e) < 0)
            return -1;
        sqlite3_bind_int64(st, 1, v->id);
        if (sqlite3_step(st) == SQLITE_ROW)
            v->title = col_dup(st, 0);
        sqlite3_finalize(st);
    }
    if (qid) {
        if (prep(s, "SELECT count(*) FROM jobs WHERE status='queued' AND"
                 " source IS NOT NULL AND (priority>?2 OR (priority=?2 AND"
                 " id<?1))", &st, e) < 0)
            return -1;
        sqlite3_bind_int64(st, 1, qid);
        sqlite3_bind_int(st, 2, qprio);
        if (sqlite3_step(st) == SQLITE_ROW)
            v->queue_position = sqlite3_column_int(st, 0) + 1;
        sqlite3_finalize(st);
    }
    if (prep(s, "SELECT o.path, o.format, o.bytes, o.sha256 FROM outputs o"
             " JOIN request_jobs rj ON rj.job_id=o.job_id"
             " JOIN jobs j ON j.id=o.job_id AND j.status='done'"
             " WHERE rj.request_id=?1 ORDER BY o.id", &st, e) < 0)
        return -1;
    sqlite3_bind_int64(st, 1, v->id);
    return read_outputs(s, st, &v->outs, &v->nouts, e);
}

#define REQUEST_COLS "SELECT id, library_id, title, author, language, formats," \
                     " created_at FROM requests"

static void read_request(sqlite3_stmt *st, dv_request_view *v)
{
    memset(v, 0, sizeof *v);
    v->id = sqlite3_column_int64(st, 0);
    v->library_id = sqlite3_column_int64(st, 1);
    v->title = col_dup(st, 2);
    v->author = col_dup(st, 3);
    v->language = col_dup(st, 4);
    v->formats = col_dup(st, 5);
    v->created_at = col_dup(st, 6);
}

static int sq_request_get(void *be, long long id, long long library_id,
                          dv_request_view *v, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    memset(v, 0, sizeof *v);
    /* one read transaction: the request and its jobs agree */
    if (run(s, "BEGIN", e) < 0)
        return -1;
    if (prep(s, REQUEST_COLS " WHERE id=?1 AND (?2=0 OR library_id=?2)",
             &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, library_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        read_request(st, v);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            fail(s, e, "reading a request");
        rollback(s);
        return rc == SQLITE_DONE ? 0 : -1;
    }
    if (request_fill(s, v, e) < 0)
        goto fail;
    rollback(s);   /* read only: end the transaction */
    return 1;
fail:
    rollback(s);
    return -1;
}

static int sq_requests(void *be, long long library_id, int limit,
                       dv_request_view **v, size_t *n, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    size_t cap = 0;
    if (run(s, "BEGIN", e) < 0)
        return -1;
    if (prep(s, REQUEST_COLS " WHERE (?1=0 OR library_id=?1)"
             " ORDER BY id DESC LIMIT ?2", &st, e) < 0)
        goto fail;
    sqlite3_bind_int64(st, 1, library_id);
    sqlite3_bind_int(st, 2, limit > 0 ? limit : -1);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            *v = dv_realloc(*v, cap * sizeof **v);
        }
        read_request(st, &(*v)[(*n)++]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        fail(s, e, "listing requests");
        goto fail;
    }
    for (size_t i = 0; i < *n; i++)
        if (request_fill(s, &(*v)[i], e) < 0)
            goto fail;
    rollback(s);
    return 0;
fail:
    rollback(s);
    return -1;
}

static int sq_catalog(void *be, dv_catalog_entry **v, size_t *n, dv_err *e)
{
    sq *s = be;
    sqlite3_stmt *st;
    size_t cap = 0;
    if (run(s, "BEGIN", e) < 0)
        return -1;
    if (prep(s, "SELECT t.id, t.identifier, t.title, t.author, t.language,"
             " max(j.finished_at) FROM titles t JOIN jobs j ON j.title_id=t.id"
             " WHERE j.status='done' GROUP BY t.id"
             " ORDER BY max(j.finished_at) DESC, t.id DESC", &st, e) < 0)
        goto fail;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            *v = dv_realloc(*v, cap * sizeof **v);
        }
        dv_catalog_entry *c = &(*v)[(*n)++];
        memset(c, 0, sizeof *c);
        c->title_id = sqlite3_column_int64(st, 0);
        c->identifier = col_dup(st, 1);
        c->title = col_dup(st, 2);
        c->author = col_dup(st, 3);
        c->language = col_dup(st, 4);
        c->updated_at = col_dup(st, 5);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        fail(s, e, "reading the catalogue");
        goto fail;
    }
    for (size_t i = 0; i < *n; i++) {
        /* the newest done job of each kind */
        if (prep(s, "SELECT o.path, o.format, o.bytes, o.sha256 FROM outputs o"
                 " WHERE o.job_id IN (SELECT max(id) FROM jobs WHERE"
                 " title_id=?1 AND status='done' GROUP BY kind) ORDER BY o.id",
                 &st, e) < 0)
            goto fail;
        sqlite3_bind_int64(st, 1, (*v)[i].title_id);
        if (read_outputs(s, st, &(*v)[i].outs, &(*v)[i].nouts, e) < 0)
            goto fail;
    }
    rollback(s);
    return 0;
fail:
    rollback(s);
    return -1;
}

static const dv_store_ops sq_ops = {
    "sqlite", sq_close, sq_title, sq_job_new, sq_job_start, sq_job_done,
    sq_job_fail, sq_job_status, sq_report, sq_enqueue, sq_claim, sq_job_bind,
    sq_job_retry, sq_jobs, sq_library_add, sq_library_auth, sq_libraries,
    sq_library_revoke, sq_request_find, sq_request_add, sq_request_get,
    sq_requests, sq_catalog,
};
