/* mp3.c -- MP3 through LAME's C API, ID3v2.4 tags; see mp3.h.
 *
 * Layout of the file: the ID3v2.4 tag (ours, so its size is known), then
 * LAME's bitstream.  With bWriteVbrTag set, LAME's first frame is an empty
 * placeholder of the size of the final Xing/Info + LAME tag frame; at
 * close lame_get_lametag_frame gives that frame and it is written over
 * the placeholder, right after the ID3 tag.  LAME's own ID3 writer is
 * switched off so nothing else lands in the stream.
 *
 * LAME puts the info frame in a frame of the CBR bitrate and leaves it
 * out when it does not fit (it needs 189 bytes mono): at 22050 Hz that
 * means 64 kbps or more; a 48 kbps frame is 156 bytes.  The file is then
 * still valid CBR, but without the exact length and gapless data.
 *
 * Samples go to LAME in bounded chunks, so memory does not grow with the
 * length of the recording. */
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <lame/lame.h>
#include "mp3.h"
#include "util.h"

/* ---- ID3v2.4 ---------------------------------------------------------- */

static void put_be32(dv_buf *b, uint32_t v)
{
    char c[4] = { (char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v };
    dv_buf_put(b, c, 4);
}

/* ID3v2.4 sizes are "syncsafe": 7 bits per byte, so no 0xFF byte can
 * appear in them and be taken for an MPEG sync. */
static void syncsafe(unsigned char *p, uint32_t v)
{
    p[0] = (v >> 21) & 0x7f;
    p[1] = (v >> 14) & 0x7f;
    p[2] = (v >> 7) & 0x7f;
    p[3] = v & 0x7f;
}

/* Frame with a 10-byte header whose size is patched in by frame_end. */
static size_t frame_begin(dv_buf *b, const char *id)
{
    size_t at = b->len;
    dv_buf_put(b, id, 4);
    dv_buf_put(b, "\0\0\0\0\0\0", 6);
    return at;
}

static int frame_end(dv_buf *b, size_t at, dv_err *e)
{
    size_t n = b->len - at - 10;
    if (n >= (1u << 28))
        return dv_errf(e, "ID3 tag: frame too large (%zu bytes)", n);
    syncsafe((unsigned char *)b->data + at + 4, (uint32_t)n);
    return 0;
}

/* UTF-16LE with BOM (encoding 1), unterminated: v2.4 does not require a
 * terminator for a single string and readers take the frame's end. */
static int text_frame(dv_buf *b, const char *id, const char *s, dv_err *e)
{
    if (!s || !*s)
        return 0;
    size_t at = frame_begin(b, id);
    dv_buf_put(b, "\x01\xff\xfe", 3);
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = dv_utf8_decode(s + i, n - i, &cp);
        if (!k)
            return dv_errf(e, "ID3 tag: %s is not valid UTF-8: \"%s\"", id, s);
        i += (size_t)k;
        unsigned u[2];
        int m = 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u[0] = 0xd800 | (cp >> 10);
            u[1] = 0xdc00 | (cp & 0x3ff);
            m = 2;
        } else {
            u[0] = cp;
        }
        for (int j = 0; j < m; j++) {
            char c[2] = { (char)(u[j] & 0xff), (char)(u[j] >> 8) };
            dv_buf_put(b, c, 2);
        }
    }
    return frame_end(b, at, e);
}

int dv_id3_render(const dv_id3 *t, unsigned char **out, size_t *n, dv_err *e)
{
    enum { PADDING = 256 };
    dv_buf b = { 0 };
    char id[16];
    dv_buf_put(&b, "ID3\x04\x00\x00\0\0\0\0", 10);
    if (t->nchapters > 255) {
        dv_buf_free(&b);
        return dv_errf(e, "ID3 tag: %d chapters, at most 255 fit one CTOC",
                       t->nchapters);
    }
    char trck[32] = "";
    if (t->track > 0) {
        if (t->ntracks > 0)
            snprintf(trck, sizeof trck, "%d/%d", t->track, t->ntracks);
        else
            snprintf(trck, sizeof trck, "%d", t->track);
    }
    if (text_frame(&b, "TIT2", t->title, e) ||
        text_frame(&b, "TPE1", t->artist, e) ||
        text_frame(&b, "TALB", t->album, e) ||
        text_frame(&b, "TRCK", trck, e) ||
        text_frame(&b, "TCON", t->genre, e) ||
        text_frame(&b, "TLAN", t->language, e))
        goto fail;
    if (t->nchapters > 0) {
        size_t at = frame_begin(&b, "CTOC");
        dv_buf_put(&b, "toc", 4);          /* element ID, NUL included */
        dv_buf_putc(&b, 0x03);             /* top-level, ordered */
        dv_buf_putc(&b, (char)t->nchapters);
        for (int i = 0; i < t->nchapters; i++) {
            snprintf(id, sizeof id, "chp%d", i + 1);
            dv_buf_put(&b, id, strlen(id) + 1);
        }
        if (text_frame(&b, "TIT2", t->title, e) || frame_end(&b, at, e))
            goto fail;
        for (int i = 0; i < t->nchapters; i++) {
            const dv_chapter *c = &t->chapters[i];
            at = frame_begin(&b, "CHAP");
            snprintf(id, sizeof id, "chp%d", i + 1);
            dv_buf_put(&b, id, strlen(id) + 1);
            put_be32(&b, c->start_ms);
            put_be32(&b, c->end_ms);
            put_be32(&b, 0xffffffffu);     /* no byte offsets: use times */
            put_be32(&b, 0xffffffffu);
            if (text_frame(&b, "TIT2", c->title, e) || frame_end(&b, at, e))
                goto fail;
        }
    }
    for (int i = 0; i < PADDING; i++)
        dv_buf_putc(&b, 0);
    if (b.len - 10 >= (1u << 28)) {
        dv_errf(e, "ID3 tag: too large (%zu bytes)", b.len);
        goto fail;
    }
    syncsafe((unsigned char *)b.data + 6, (uint32_t)(b.len - 10));
    *out = (unsigned char *)b.data;
    *n = b.len;
    return 0;
fail:
    dv_buf_free(&b);
    return -1;
}

/* ---- encoder ------------------------------------------------------------ */

enum { CHUNK = 8192, MP3BUF = CHUNK * 5 / 4 + 7200 };

struct dv_mp3 {
    lame_t lame;
    dv_afile f;
    long tag_len;               /* where LAME's placeholder frame starts */
    unsigned char buf[MP3BUF];
};

static void mp3_free(dv_mp3 *m)
{
    if (m->lame)
        lame_close(m->lame);
    free(m);
}

static int put(dv_mp3 *m, const void *p, size_t n, dv_err *e)
{
    if (n && fwrite(p, 1, n, m->f.fp) != n)
        return dv_errf(e, "%s: write failed: %s", m->f.path, strerror(errno));
    return 0;
}

int dv_mp3_open(dv_mp3 **mp, const char *path, int rate, int bitrate_kbps,
                int quality, const dv_id3 *tags, dv_err *e)
{
    *mp = NULL;
    dv_mp3 *m = dv_calloc(1, sizeof *m);
    m->lame = lame_init();
    if (!m->lame) {
        free(m);
        return dv_errf(e, "%s: cannot start the MP3 encoder", path);
    }
    lame_set_in_samplerate(m->lame, rate);
    lame_set_out_samplerate(m->lame, rate);
    lame_set_num_channels(m->lame, 1);
    lame_set_mode(m->lame, MONO);
    /* LAME writes the Xing/LAME info frame inside a frame of the stream's
     * bit rate, and silently drops it when it does not fit: at 22.05 kHz
     * mono it needs 64 kbps.  Below that, ABR pinned to one bit rate
     * (minimum = maximum = mean, enforced) gives the same constant-rate
     * audio frames, with the info frame in a larger first frame. */
    if (bitrate_kbps < 64 && rate <= 24000) {
        lame_set_VBR(m->lame, vbr_abr);
        lame_set_VBR_mean_bitrate_kbps(m->lame, bitrate_kbps);
        lame_set_VBR_min_bitrate_kbps(m->lame, bitrate_kbps);
        lame_set_VBR_max_bitrate_kbps(m->lame, bitrate_kbps);
        lame_set_VBR_hard_min(m->lame, 1);
    } else {
        lame_set_VBR(m->lame, vbr_off);
        lame_set_brate(m->lame, bitrate_kbps);
    }
    lame_set_quality(m->lame, quality);
    lame_set_bWriteVbrTag(m->lame, 1);
    lame_set_write_id3tag_automatic(m->lame, 0);
    if (lame_init_params(m->lame) < 0) {
        mp3_free(m);
        return dv_errf(e, "%s: LAME rejects %d Hz mono at %d kbps", path,
                       rate, bitrate_kbps);
    }
    unsigned char *tag = NULL;
    size_t tag_n = 0;
    if (tags && dv_id3_render(tags, &tag, &tag_n, e) != 0) {
        char why[sizeof e->msg];
        snprintf(why, sizeof why, "%s", e->msg);
        mp3_free(m);
        return dv_errf(e, "%s: %s", path, why);
    }
    if (dv_afile_open(&m->f, path, e) != 0) {
        free(tag);
        mp3_free(m);
        return -1;
    }
    int rc = put(m, tag, tag_n, e);
    free(tag);
    m->tag_len = (long)tag_n;
    if (rc != 0) {
        dv_mp3_abort(m);
        return -1;
    }
    *mp = m;
    return 0;
}

static int lame_failed(dv_mp3 *m, int rc, dv_err *e)
{
    return dv_errf(e, "%s: MP3 encoder failed (LAME error %d)", m->f.path, rc);
}

int dv_mp3_write(dv_mp3 *m, const int16_t *pcm, size_t n, dv_err *e)
{
    while (n > 0) {
        int k = n > CHUNK ? CHUNK : (int)n;
        /* LAME's API is not const-correct; it does not write the input. */
        short *in = (short *)(uintptr_t)pcm;
        int rc = lame_encode_buffer(m->lame, in, NULL, k, m->buf, MP3BUF);
        if (rc < 0)
            return lame_failed(m, rc, e);
        if (put(m, m->buf, (size_t)rc, e) != 0)
            return -1;
        pcm += k;
        n -= (size_t)k;
    }
    return 0;
}

int dv_mp3_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e)
{
    return dv_mp3_write(ctx, pcm, n, e);
}

int dv_mp3_close(dv_mp3 *m, dv_err *e)
{
    int rc = lame_encode_flush(m->lame, m->buf, MP3BUF);
    if (rc < 0) {
        lame_failed(m, rc, e);
        goto fail;
    }
    if (put(m, m->buf, (size_t)rc, e) != 0)
        goto fail;
    size_t k = lame_get_lametag_frame(m->lame, m->buf, MP3BUF);
    if (k > MP3BUF) {
        dv_errf(e, "%s: LAME tag frame too large (%zu bytes)", m->f.path, k);
        goto fail;
    }
    if (k > 0) {
        if (fseek(m->f.fp, m->tag_len, SEEK_SET) != 0) {
            dv_errf(e, "%s: write failed: %s", m->f.path, strerror(errno));
            goto fail;
        }
        if (put(m, m->buf, k, e) != 0)
            goto fail;
    }
    lame_close(m->lame);
    m->lame = NULL;
    rc = dv_afile_commit(&m->f, e);
    free(m);
    return rc;
fail:
    dv_mp3_abort(m);
    return -1;
}

void dv_mp3_abort(dv_mp3 *m)
{
    if (!m)
        return;
    dv_afile_abort(&m->f);
    mp3_free(m);
}
