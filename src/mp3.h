/* mp3.h -- MP3 files through LAME's C API, with ID3v2 tags.
 *
 * Constant bit rate, mono, at the input's sample rate; the Xing/LAME
 * info frame is written at the front once encoding ends (so players know
 * the exact length and the encoder delay).  Below 64 kbps at 22.05 kHz the
 * info frame does not fit in a frame of the stream's rate, so LAME runs in
 * ABR pinned to the one rate: the info frame is a larger first frame and
 * every audio frame is at the asked rate.  The file is written as PATH.tmp.PID and renamed on
 * dv_mp3_close: an interrupted or failed encode leaves no MP3 behind. */
#ifndef DV_MP3_H
#define DV_MP3_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"

typedef struct dv_chapter {
    const char *title;
    unsigned start_ms, end_ms;
} dv_chapter;

/* ID3v2.4 text frames are written in UTF-16 (encoding 1, with BOM):
 * TIT2 title, TPE1 artist, TALB album, TRCK "n/N", TCON genre, TLAN
 * language (ISO 639-2, e.g. "chi", "eng").  With chapters, CHAP frames
 * (each with a TIT2) and one CTOC (top-level, ordered) are added. */
typedef struct dv_id3 {
    const char *title, *artist, *album, *genre, *language;
    int track, ntracks;          /* 0 = no TRCK */
    const dv_chapter *chapters;
    int nchapters;
} dv_id3;

/* The ID3v2.4 tag as bytes (caller frees *out). */
int dv_id3_render(const dv_id3 *t, unsigned char **out, size_t *n, dv_err *e);

typedef struct dv_mp3 dv_mp3;

/* quality: LAME's algorithm quality 0 (best) .. 9 (fastest). */
int dv_mp3_open(dv_mp3 **m, const char *path, int rate, int bitrate_kbps,
                int quality, const dv_id3 *tags, dv_err *e);
int dv_mp3_write(dv_mp3 *m, const int16_t *pcm, size_t n, dv_err *e);
/* Flushes, writes the info frame, fsyncs and renames into place. */
int dv_mp3_close(dv_mp3 *m, dv_err *e);
void dv_mp3_abort(dv_mp3 *m);

/* dv_pcm_sink-compatible writer (ctx is a dv_mp3 *). */
int dv_mp3_sink(void *ctx, const int16_t *pcm, size_t n, dv_err *e);

#endif
