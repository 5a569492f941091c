/* master.c -- WAV/FLAC masters through libsndfile; see master.h.
 *
 * libsndfile writes through our descriptor (sf_open_fd, not closing it)
 * so that we can fsync after sf_close has written the final header. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sndfile.h>
#include "master.h"
#include "util.h"

struct dv_master {
    SNDFILE *sf;
    int fd;
    char *path, *tmp;
};

static void master_free(dv_master *m)
{
    free(m->path);
    free(m->tmp);
    free(m);
}

int dv_master_open(dv_master **mp, const char *path, int rate,
                   const char *format, dv_err *e)
{
    *mp = NULL;
    SF_INFO info = { .samplerate = rate, .channels = 1 };
    if (!strcmp(format, "wav"))
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    else if (!strcmp(format, "flac"))
        info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    else
        return dv_errf(e, "%s: unknown master format \"%s\" (wav or flac)",
                       path, format);
    dv_master *m = dv_calloc(1, sizeof *m);
    size_t n = strlen(path) + 32;
    m->path = dv_strdup(path);
    m->tmp = dv_malloc(n);
    snprintf(m->tmp, n, "%s.tmp.%ld", path, (long)getpid());
    m->fd = open(m->tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (m->fd < 0) {
        int err = errno;
        master_free(m);
        return dv_errf(e, "%s: cannot write: %s", path, strerror(err));
    }
    m->sf = sf_open_fd(m->fd, SFM_WRITE, &info, 0);
    if (!m->sf) {
        dv_errf(e, "%s: cannot write %s: %s", path, format, sf_strerror(NULL));
        dv_master_abort(m);
        return -1;
    }
    *mp = m;
    return 0;
}

int dv_master_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    dv_master *m = ctx;
    int errno0 = errno;
    errno = 0;
    sf_count_t k = sf_write_short(m->sf, pcm, (sf_count_t)n);
    if (k != (sf_count_t)n) {
        /* libsndfile's message is generic; errno is the useful part. */
        const char *why = errno ? strerror(errno) : sf_strerror(m->sf);
        return dv_errf(e, "%s: write failed: %s", m->path, why);
    }
    errno = errno0;
    return 0;
}

int dv_master_close(dv_master *m, dv_err *e)
{
    errno = 0;
    int rc = sf_close(m->sf);
    m->sf = NULL;
    int err = rc ? (errno ? errno : EIO) : 0;
    if (!err && fsync(m->fd) != 0)
        err = errno;
    if (close(m->fd) != 0 && !err)
        err = errno;
    m->fd = -1;
    if (!err && rename(m->tmp, m->path) != 0)
        err = errno;
    if (err) {
        unlink(m->tmp);
        dv_errf(e, "%s: write failed: %s", m->path, strerror(err));
    }
    master_free(m);
    return err ? -1 : 0;
}

void dv_master_abort(dv_master *m)
{
    if (!m)
        return;
    if (m->sf)
        sf_close(m->sf);
    if (m->fd >= 0)
        close(m->fd);
    unlink(m->tmp);
    master_free(m);
}
