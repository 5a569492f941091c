/* serve.h -- "dotvox serve": the HTTP API for partner libraries, and
 * "dotvox library": their API keys.
 *
 * The server is libmicrohttpd (a thread pool, one per core, epoll) with
 * JSON through jansson.  Jobs are not run by the server: a request is
 * stored (the text under DIR/uploads/SHA256.txt, the outputs under
 * DIR/requests/KEYPREFIX/) and queued in the manifest, and the same
 * worker processes as dotvox batch run it, under a supervisor forked
 * before any thread starts.  Each server thread takes a manifest
 * connection from a small mutex-protected pool, so a status request is
 * a few SQLite reads and no process is spawned.
 *
 * Every request needs "Authorization: Bearer KEY" (GET / also takes
 * ?key=KEY, for browsers); the manifest keeps only sha256(KEY).  A
 * partner key sees only its own requests (another's is 404, as is one
 * that does not exist); a staff key sees all, the report and the HTML
 * page.  Errors are JSON {"error": "..."}: 400 bad input, 401 no or bad
 * key (with WWW-Authenticate: Bearer), 403 staff only, 404, 405 (with
 * Allow), 413 body over --max-upload, 415 content type, 416 range, 429
 * over --rate requests a minute per library (with Retry-After).
 *
 * Texts sent to the API are read like dotvox braille reads files (UTF-8,
 * UTF-16 with BOM, GB18030); one that does not decode is refused (400)
 * before anything is stored.
 *
 * SIGTERM or SIGINT: the server stops accepting, the supervisor lets
 * running jobs finish, queued ones stay queued for the next start. */
#ifndef DV_SERVE_H
#define DV_SERVE_H

/* Both follow commands.h: argv[0] = "dotvox CMD", returns the exit
 * status (0 ok, 1 failure, 2 usage, 3 manifest). */
int dv_cmd_serve(int argc, char **argv);
int dv_cmd_library(int argc, char **argv);

#endif
