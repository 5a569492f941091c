/* pretrans.c -- see pretrans.h. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "pretrans.h"
#include "util.h"

/* Below this much text, forking costs more than it saves. */
#define PARALLEL_MIN_BYTES (64 * 1024)

static int is_text(const dv_block *b) { return b->type != DV_PAGE && b->len > 0; }

static int translate_range(const dv_doc *d, size_t a, size_t b, dv_xlate_fn fn,
                           void *ctx, dv_cells *cells, dv_err *e)
{
    for (size_t i = a; i < b; i++)
        if (is_text(&d->blocks[i]) &&
            fn(ctx, d->blocks[i].text, d->blocks[i].len, &cells[i], e) != 0)
            return -1;
    return 0;
}

static int write_all_fd(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = write(fd, c, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Worker: translate blocks [a, b) and stream them to fd as
 * status byte, then per block: u64 n, n dots, n brk. */
static void worker(const dv_doc *d, size_t a, size_t b, dv_xlate_fn fn,
                   void *ctx, int fd)
{
    dv_err e;
    dv_cells c = {0};
    dv_buf out = {0};
    char ok = 0;
    dv_buf_put(&out, &ok, 1);
    for (size_t i = a; i < b; i++) {
        dv_cells_clear(&c);
        if (is_text(&d->blocks[i]) &&
            fn(ctx, d->blocks[i].text, d->blocks[i].len, &c, &e) != 0) {
            out.data[0] = 1;
            out.len = 1;
            dv_buf_put(&out, e.msg, strlen(e.msg));
            break;
        }
        unsigned long long n = c.n;
        dv_buf_put(&out, &n, sizeof n);
        dv_buf_put(&out, c.dots, c.n);
        dv_buf_put(&out, c.brk, c.n);
        /* stream as we go so the parent's buffers, not ours, hold it */
        if (out.len > (1 << 20)) {
            if (write_all_fd(fd, out.data, out.len) != 0) _exit(2);
            out.len = 0;
        }
    }
    if (write_all_fd(fd, out.data, out.len) != 0) _exit(2);
    _exit(0);
}

static int parse(size_t a, size_t b, const dv_buf *in,
                 dv_cells *cells, dv_err *e)
{
    if (in->len < 1) return dv_errf(e, "braille worker died");
    if (in->data[0] != 0) return dv_errf(e, "%.*s", (int)(in->len - 1), in->data + 1);
    size_t p = 1;
    for (size_t i = a; i < b; i++) {
        unsigned long long n;
        if (in->len - p < sizeof n) return dv_errf(e, "braille worker died");
        memcpy(&n, in->data + p, sizeof n);
        p += sizeof n;
        if ((in->len - p) / 2 < n) return dv_errf(e, "braille worker died");
        for (size_t k = 0; k < n; k++)
            dv_cells_push(&cells[i], (uint8_t)in->data[p + k],
                          (uint8_t)in->data[p + n + k]);
        p += 2 * n;
    }
    return 0;
}

int dv_pretranslate(const dv_doc *d, dv_xlate_fn fn, void *ctx, int jobs,
                    dv_pretrans *p, dv_err *e)
{
    memset(p, 0, sizeof *p);
    p->doc = d;
    p->fn = fn;
    p->ctx = ctx;
    p->cells = dv_calloc(d->nblocks ? d->nblocks : 1, sizeof *p->cells);
    size_t total = 0;
    for (size_t i = 0; i < d->nblocks; i++) total += d->blocks[i].len;
    if (jobs > 16) jobs = 16;
    if ((size_t)jobs > d->nblocks) jobs = (int)d->nblocks;
    /* In one process nothing is gained by translating ahead: layout
     * asks for each block when it gets there (dv_pretrans_xlate falls
     * through to fn), so only one block's cells exist at a time. */
    if (jobs <= 1 || total < PARALLEL_MIN_BYTES) {
        p->lazy = 1;
        return 0;
    }

    /* Warm up in this process first (tables compiled, reading layer
     * caches built) so the workers inherit it instead of each doing it. */
    dv_cells warm = {0};
    for (size_t i = 0; i < d->nblocks; i++)
        if (is_text(&d->blocks[i])) {
            size_t n = d->blocks[i].len < 256 ? d->blocks[i].len : 256;
            while (n < d->blocks[i].len && (d->blocks[i].text[n] & 0xC0) == 0x80) n++;
            int rc = fn(ctx, d->blocks[i].text, n, &warm, e);
            dv_cells_free(&warm);
            if (rc != 0) return -1;
            break;
        }

    size_t bound[17];
    int fds[16];
    pid_t pids[16];
    dv_buf got[16];
    memset(got, 0, sizeof got);
    bound[0] = 0;
    size_t acc = 0, k = 1;
    for (size_t i = 0; i < d->nblocks && k < (size_t)jobs; i++) {
        acc += d->blocks[i].len;
        if (acc * (size_t)jobs >= total * k) bound[k++] = i + 1;
    }
    while (k <= (size_t)jobs) bound[k++] = d->nblocks;

    fflush(NULL);   /* no stdio buffer is written twice by a child */
    int started = 0, rc = 0;
    for (int j = 0; j < jobs; j++) {
        int pfd[2];
        if (pipe(pfd) != 0) { rc = dv_errf(e, "pipe: %s", strerror(errno)); break; }
        pid_t pid = fork();
        if (pid < 0) {
            close(pfd[0]);
            close(pfd[1]);
            rc = dv_errf(e, "fork: %s", strerror(errno));
            break;
        }
        if (pid == 0) {
            close(pfd[0]);
            for (int q = 0; q < started; q++) close(fds[q]);
            worker(d, bound[j], bound[j + 1], fn, ctx, pfd[1]);
        }
        close(pfd[1]);
        fds[started] = pfd[0];
        pids[started] = pid;
        started++;
    }

    /* Drain every pipe as data comes, so no worker blocks on a full one. */
    int open_n = started;
    struct pollfd pf[16];
    for (int j = 0; j < started; j++) pf[j] = (struct pollfd){fds[j], POLLIN, 0};
    char buf[1 << 16];
    while (open_n > 0) {
        if (poll(pf, (nfds_t)started, -1) < 0) {
            if (errno == EINTR) continue;
            rc = dv_errf(e, "poll: %s", strerror(errno));
            break;
        }
        for (int j = 0; j < started; j++) {
            if (pf[j].fd < 0 || !(pf[j].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = read(pf[j].fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n > 0) {
                dv_buf_put(&got[j], buf, (size_t)n);
            } else {
                close(pf[j].fd);
                pf[j].fd = -1;
                open_n--;
            }
        }
    }
    for (int j = 0; j < started; j++) {
        if (pf[j].fd >= 0) {
            close(pf[j].fd);
            kill(pids[j], SIGKILL);
        }
        int st;
        while (waitpid(pids[j], &st, 0) < 0 && errno == EINTR) {}
        if (rc == 0 && parse(bound[j], bound[j + 1], &got[j], p->cells, e) != 0)
            rc = -1;
        dv_buf_free(&got[j]);
    }
    if (rc == 0 && started < jobs)   /* fork failed part-way: do the rest here */
        rc = translate_range(d, bound[started], d->nblocks, fn, ctx, p->cells, e);
    return rc;
}

void dv_pretrans_free(dv_pretrans *p)
{
    if (p->cells && p->doc)
        for (size_t i = 0; i < p->doc->nblocks; i++) dv_cells_free(&p->cells[i]);
    free(p->cells);
    memset(p, 0, sizeof *p);
}

int dv_pretrans_xlate(void *ctx, const char *utf8, size_t len, dv_cells *out,
                      dv_err *e)
{
    dv_pretrans *p = ctx;
    const dv_doc *d = p->doc;
    if (p->lazy) return p->fn(p->ctx, utf8, len, out, e);
    /* Layout hands over each block's own text pointer, in block order:
     * start at the block after the last hit, so a book costs O(blocks);
     * title page words are not blocks and fall through to fn. */
    size_t hit = (size_t)-1;
    for (size_t k = 0; k < d->nblocks; k++) {
        size_t i = (p->next + k) % d->nblocks;
        if (d->blocks[i].text == utf8 && d->blocks[i].len == len) {
            hit = i;
            break;
        }
    }
    if (hit == (size_t)-1) return p->fn(p->ctx, utf8, len, out, e);
    p->next = hit + 1;
    dv_cells *c = &p->cells[hit];
    for (size_t k = 0; k < c->n; k++) dv_cells_push(out, c->dots[k], c->brk[k]);
    /* layout asks for each block once: its cells are not needed again */
    dv_cells_free(c);
    return 0;
}
