/* test_mp3.c -- MP3 encoding, ID3v2.4 tags (read back by mutagen), the
 * Xing/LAME info frame, atomic output, a full disk; WAV/FLAC masters. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>
#include <sndfile.h>
#include "master.h"
#include "mp3.h"
#include "util.h"
#include "t.h"

#define RATE 22050

/* A speech-like test signal: 220 Hz with harmonics, 4 Hz amplitude
 * modulation, a little noise.  Deterministic. */
static int16_t *signal_of(size_t n)
{
    int16_t *s = dv_malloc(n * sizeof *s);
    uint32_t r = 12345;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / RATE;
        double v = sin(2 * M_PI * 220 * t) + 0.5 * sin(2 * M_PI * 440 * t) +
                   0.25 * sin(2 * M_PI * 660 * t);
        v *= 0.55 + 0.45 * sin(2 * M_PI * 4 * t);
        r = r * 1664525u + 1013904223u;
        v += ((double)(r >> 8) / (1 << 24) - 0.5) * 0.05;
        s[i] = (int16_t)lrint(v * 9000);
    }
    return s;
}

static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d)
        return -1;
    for (struct dirent *de; (de = readdir(d));)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dv_buf b = { 0 };
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        dv_buf_put(&b, tmp, k);
    fclose(f);
    *n = b.len;
    return (unsigned char *)b.data;
}

static const char *python(void)
{
    /* mutagen comes from Debian's python3-mutagen. */
    return access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
}

static const dv_chapter chapters[] = {
    { "第一章 缘溪行", 0, 1500 },
    { "第二章 Peach Blossom", 1500, 3000 },
};

static const dv_id3 tags = {
    .title = "桃花源记", .artist = "陶渊明", .album = "古文选",
    .genre = "Audiobook", .language = "chi", .track = 2, .ntracks = 5,
    .chapters = chapters, .nchapters = 2,
};

/* At 22050 Hz a 48 kbps CBR frame (156 bytes) is too small for LAME's
 * Info + LAME tag (189 bytes); mp3.c then pins ABR to the bit rate, so
 * the info frame sits in one larger frame and every audio frame is still
 * at the asked bit rate.  Both are checked at 48 and 64 kbps. */
static void test_mp3(const char *dir, int kbps)
{
    char path[512];
    snprintf(path, sizeof path, "%s/book.mp3", dir);
    size_t n = 3 * RATE;
    int16_t *pcm = signal_of(n);
    dv_err e = { "" };
    dv_mp3 *m;
    CHECK_INT(dv_mp3_open(&m, path, RATE, kbps, 2, &tags, &e), 0);
    if (!m) {
        fprintf(stderr, "%s\n", e.msg);
        free(pcm);
        return;
    }
    /* Odd chunk sizes, larger and smaller than the encoder's chunk. */
    size_t sizes[] = { 1000, 9001, 17, 20000 };
    for (size_t at = 0, i = 0; at < n; i++) {
        size_t k = sizes[i % 4] < n - at ? sizes[i % 4] : n - at;
        CHECK_INT(dv_mp3_sink(m, pcm + at, k, &e), 0);
        at += k;
    }
    CHECK_INT(dv_mp3_close(m, &e), 0);
    CHECK_INT(entries(dir), 1);          /* no temp file left */

    size_t len = 0;
    unsigned char *f = slurp(path, &len);
    CHECK(f && len > 10000);
    if (!f) {
        free(pcm);
        return;
    }
    CHECK(!memcmp(f, "ID3\x04\x00\x00", 6));
    size_t tag = 10 + ((size_t)f[6] << 21 | (size_t)f[7] << 14 |
                       (size_t)f[8] << 7 | f[9]);
    CHECK(tag < len);
    /* The first frame after the tag is LAME's info frame, filled in. */
    CHECK(tag + 4 < len && f[tag] == 0xff && (f[tag + 1] & 0xe0) == 0xe0);
    int info = 0, lame = 0;
    for (size_t i = tag; i + 4 < len && i < tag + 300; i++) {
        if (!memcmp(f + i, "Info", 4) || !memcmp(f + i, "Xing", 4))
            info = 1;
        if (!memcmp(f + i, "LAME", 4) || !memcmp(f + i, "Lavf", 4))
            lame = 1;
    }
    CHECK(info);
    CHECK(lame);
    /* every frame after the info frame: MPEG-2 layer III at kbps */
    static const int rates[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96,
                                  112, 128, 144, 160, 0};
    int frames = 0, other = 0;
    for (size_t i = tag, first = 1; i + 4 <= len; first = 0) {
        if (f[i] != 0xff || (f[i + 1] & 0xe0) != 0xe0) break;
        int br = rates[f[i + 2] >> 4], pad = (f[i + 2] >> 1) & 1;
        if (!br) break;
        if (!first) {
            frames++;
            other += br != kbps;
        }
        i += (size_t)(72000 * br / RATE + pad);
    }
    CHECK(frames > 50);
    CHECK_INT(other, 0);
    free(f);

    /* Decode and compare with what went in. */
    SF_INFO si = { 0 };
    SNDFILE *sf = sf_open(path, SFM_READ, &si);
    CHECK(sf != NULL);
    if (sf) {
        CHECK_INT(si.samplerate, RATE);
        CHECK_INT(si.channels, 1);
        short *dec = dv_malloc((size_t)(si.frames + 1) * sizeof *dec);
        sf_count_t got = sf_readf_short(sf, dec, si.frames);
        sf_close(sf);
        /* Gapless decoders trim the encoder delay and padding using the
         * LAME tag; allow 50 ms plus one frame either way. */
        long want = (long)n, tol = RATE / 20 + 1152;
        CHECK(got > want - tol && got < want + tol);
        if (labs((long)got - want) > 50)
            fprintf(stderr, "note: decoded %ld samples for %ld\n", (long)got, want);
        double ein = 0, eout = 0;
        for (sf_count_t i = 0; i < got && i < (sf_count_t)n; i++) {
            ein += (double)pcm[i] * pcm[i];
            eout += (double)dec[i] * dec[i];
        }
        CHECK(eout > 0.5 * ein && eout < 2 * ein);
        free(dec);
    }
    free(pcm);

    /* The tag, read by an independent parser. */
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "%s -c 'import sys\n"
             "from mutagen.id3 import ID3\n"
             "t = ID3(sys.argv[1])\n"
             "print(t.version)\n"
             "for k in (\"TIT2\", \"TPE1\", \"TALB\", \"TRCK\", \"TCON\", \"TLAN\"):\n"
             "    print(k, int(t[k].encoding), t[k].text[0])\n"
             "c = t.getall(\"CTOC\")[0]\n"
             "print(\"CTOC\", c.element_id, int(c.flags), c.child_element_ids, c.sub_frames[\"TIT2\"].text[0])\n"
             "for c in sorted(t.getall(\"CHAP\"), key=lambda c: c.start_time):\n"
             "    print(\"CHAP\", c.element_id, c.start_time, c.end_time, hex(c.start_offset), c.sub_frames[\"TIT2\"].text[0])\n"
             "' '%s' 2>&1", python(), path);
    FILE *p = popen(cmd, "r");
    dv_buf out = { 0 };
    char line[512];
    while (p && fgets(line, sizeof line, p))
        dv_buf_puts(&out, line);
    CHECK(p && pclose(p) == 0);
    CHECK_STR(out.data,
              "(2, 4, 0)\n"
              "TIT2 1 桃花源记\n"
              "TPE1 1 陶渊明\n"
              "TALB 1 古文选\n"
              "TRCK 1 2/5\n"
              "TCON 1 Audiobook\n"
              "TLAN 1 chi\n"
              "CTOC toc 3 ['chp1', 'chp2'] 桃花源记\n"
              "CHAP chp1 0 1500 0xffffffff 第一章 缘溪行\n"
              "CHAP chp2 1500 3000 0xffffffff 第二章 Peach Blossom\n");
    dv_buf_free(&out);
    unlink(path);
}

static void test_id3(void)
{
    unsigned char *t;
    size_t n;
    dv_err e = { "" };
    /* Non-BMP text becomes a surrogate pair. */
    dv_id3 a = { .title = "\xf0\x9f\x93\x96" };
    CHECK_INT(dv_id3_render(&a, &t, &n, &e), 0);
    CHECK(n > 10 + 10 + 7);
    CHECK(!memcmp(t + 10, "TIT2\0\0\0\x07\0\0\x01\xff\xfe\x3d\xd8\xd6\xdc", 17));
    free(t);
    dv_id3 bad = { .title = "ok", .album = "\xe6\xa1" };
    CHECK_INT(dv_id3_render(&bad, &t, &n, &e), -1);
    CHECK(strstr(e.msg, "TALB") && strstr(e.msg, "UTF-8"));
}

static void test_abort(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/gone.mp3", dir);
    int16_t *pcm = signal_of(RATE);
    dv_err e;
    dv_mp3 *m;
    CHECK_INT(dv_mp3_open(&m, path, RATE, 48, 2, &tags, &e), 0);
    CHECK_INT(dv_mp3_write(m, pcm, RATE, &e), 0);
    dv_mp3_abort(m);
    CHECK_INT(entries(dir), 0);
    CHECK_INT(dv_mp3_open(&m, "/nonexistent/dir/x.mp3", RATE, 48, 2, &tags, &e), -1);
    CHECK(strstr(e.msg, "/nonexistent/dir/x.mp3") != NULL);
    free(pcm);
}

/* A 64 KiB tmpfs fills up: the error names the file and the cause, and
 * nothing is left behind.  Needs root (mount); skipped otherwise. */
static void test_full(const char *dir)
{
    char mnt[512], path[600];
    snprintf(mnt, sizeof mnt, "%s/full", dir);
    snprintf(path, sizeof path, "%s/big.mp3", mnt);
    if (dv_mkdirs(mnt, NULL) != 0 ||
        mount("tmpfs", mnt, "tmpfs", 0, "size=64k") != 0) {
        fprintf(stderr, "test_mp3: full-disk test skipped (mount: %s)\n",
                strerror(errno));
        rmdir(mnt);
        return;
    }
    int16_t *pcm = signal_of(RATE);
    dv_err e = { "" };
    dv_mp3 *m;
    int rc = dv_mp3_open(&m, path, RATE, 48, 2, &tags, &e);
    CHECK_INT(rc, 0);
    for (int i = 0; rc == 0 && i < 30; i++)   /* 30 s: ~180 KB */
        rc = dv_mp3_write(m, pcm, RATE, &e);
    if (rc == 0)
        rc = dv_mp3_close(m, &e);
    else
        dv_mp3_abort(m);
    CHECK_INT(rc, -1);
    char want[700];
    snprintf(want, sizeof want, "%s: write failed: No space left on device", path);
    CHECK_STR(e.msg, want);
    CHECK_INT(entries(mnt), 0);

    /* The same for a master. */
    dv_master *w;
    snprintf(path, sizeof path, "%s/big.wav", mnt);
    rc = dv_master_open(&w, path, RATE, "wav", &e);
    CHECK_INT(rc, 0);
    for (int i = 0; rc == 0 && i < 30; i++)
        rc = dv_master_sink(w, pcm, RATE, &e);
    if (rc == 0)
        rc = dv_master_close(w, &e);
    else
        dv_master_abort(w);
    CHECK_INT(rc, -1);
    snprintf(want, sizeof want, "%s: write failed: No space left on device", path);
    CHECK_STR(e.msg, want);
    CHECK_INT(entries(mnt), 0);
    free(pcm);
    umount(mnt);
    rmdir(mnt);
}

static void test_master(const char *dir, const char *fmt)
{
    char path[512];
    snprintf(path, sizeof path, "%s/master.%s", dir, fmt);
    size_t n = 2 * RATE + 7;
    int16_t *pcm = signal_of(n);
    dv_err e = { "" };
    dv_master *m;
    CHECK_INT(dv_master_open(&m, path, RATE, fmt, &e), 0);
    CHECK_INT(dv_master_sink(m, pcm, 1000, &e), 0);
    CHECK_INT(dv_master_sink(m, pcm + 1000, n - 1000, &e), 0);
    CHECK_INT(entries(dir), 1);          /* only the temp file so far */
    CHECK(access(path, F_OK) != 0);
    CHECK_INT(dv_master_close(m, &e), 0);
    SF_INFO si = { 0 };
    SNDFILE *sf = sf_open(path, SFM_READ, &si);
    CHECK(sf != NULL);
    if (sf) {
        CHECK_INT(si.samplerate, RATE);
        CHECK_INT(si.channels, 1);
        CHECK_INT(si.frames, (long long)n);
        CHECK_INT(si.format & SF_FORMAT_TYPEMASK,
                  !strcmp(fmt, "wav") ? SF_FORMAT_WAV : SF_FORMAT_FLAC);
        short *back = dv_malloc(n * sizeof *back);
        CHECK_INT(sf_readf_short(sf, back, (sf_count_t)n), (long long)n);
        CHECK(!memcmp(back, pcm, n * sizeof *back));   /* lossless */
        free(back);
        sf_close(sf);
    }
    unlink(path);
    CHECK_INT(dv_master_open(&m, path, RATE, fmt, &e), 0);
    CHECK_INT(dv_master_sink(m, pcm, n, &e), 0);
    dv_master_abort(m);
    CHECK_INT(entries(dir), 0);
    CHECK_INT(dv_master_open(&m, path, RATE, "ogg", &e), -1);
    CHECK(strstr(e.msg, "ogg") && strstr(e.msg, path));
    free(pcm);
}

int main(void)
{
    char dir[] = "/tmp/test_mp3.XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    test_id3();
    test_mp3(dir, 48);
    test_mp3(dir, 64);
    test_abort(dir);
    test_master(dir, "wav");
    test_master(dir, "flac");
    test_full(dir);
    rmdir(dir);
    return T_DONE();
}
