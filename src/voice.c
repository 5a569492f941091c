/* voice.c -- see voice.h. */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"
#include "voice.h"

/* Each key: where it goes in dv_voice, and for numbers the range allowed
 * (eSpeak NG's own ranges for rate, pitch, range and volume; pauses are
 * capped at 10 s, which no listener wants exceeded). */
enum { K_STR, K_INT };
static const struct vkey {
    const char *name;
    int kind;
    size_t off, size;   /* K_STR: the char array */
    int lo, hi;         /* K_INT */
} keys[] = {
#define S(f) #f, K_STR, offsetof(dv_voice, f), sizeof ((dv_voice *)0)->f, 0, 0
#define I(f, lo, hi) #f, K_INT, offsetof(dv_voice, f), 0, lo, hi
    { S(description) },
    { S(language) },
    { S(espeak) },
    { S(latin) },
    { I(rate, 80, 450) },
    { I(pitch, 0, 100) },
    { I(range, 0, 100) },
    { I(volume, 0, 200) },
    { I(pause_sentence, 0, 10000) },
    { I(pause_paragraph, 0, 10000) },
    { I(pause_heading_before, 0, 10000) },
    { I(pause_heading_after, 0, 10000) },
#undef S
#undef I
};
#define NKEYS (sizeof keys / sizeof keys[0])

/* One "key = value" line into v; seen marks keys already given. */
static int set_key(dv_voice *v, const char *path, int lineno, const char *key,
                   const char *val, int *seen, dv_err *e)
{
    size_t k = 0;
    while (k < NKEYS && strcmp(keys[k].name, key)) k++;
    if (k == NKEYS)
        return dv_errf(e, "%s:%d: unknown key '%s'", path, lineno, key);
    if (seen[k])
        return dv_errf(e, "%s:%d: '%s' given twice", path, lineno, key);
    seen[k] = 1;
    const struct vkey *K = &keys[k];
    if (K->kind == K_INT) {
        if (dv_parse_int(val, K->lo, K->hi, (int *)((char *)v + K->off)) != 0)
            return dv_errf(e, "%s:%d: %s must be %d..%d, not '%s'", path,
                           lineno, key, K->lo, K->hi, val);
        return 0;
    }
    if (!*val)
        return dv_errf(e, "%s:%d: %s is empty", path, lineno, key);
    if (strlen(val) >= K->size)
        return dv_errf(e, "%s:%d: %s is longer than %zu bytes", path, lineno,
                       key, K->size - 1);
    if (!strcmp(key, "language") && strcmp(val, "zh") && strcmp(val, "en") &&
        strcmp(val, "yue"))
        return dv_errf(e, "%s:%d: language must be zh, en or yue, not '%s'",
                       path, lineno, val);
    /* eSpeak NG voice names are single words (cmn-latn-pinyin, en-us). */
    if ((!strcmp(key, "espeak") || !strcmp(key, "latin")) &&
        strpbrk(val, " \t"))
        return dv_errf(e, "%s:%d: %s must be one eSpeak NG voice name, not "
                       "'%s'", path, lineno, key, val);
    memcpy((char *)v + K->off, val, strlen(val) + 1);
    return 0;
}

int dv_voice_load(const char *dir, const char *name, dv_voice *v, dv_err *e)
{
    memset(v, 0, sizeof *v);
    char *path;
    FILE *fp = dv_conf_open(dir, name, sizeof v->name, "voice", "voices", &path, e);
    if (!fp) return -1;
    snprintf(v->name, sizeof v->name, "%s", name);

    char line[1024];
    int lineno = 0, rc, seen[NKEYS] = {0};
    char *key, *val;
    while ((rc = dv_conf_next(fp, path, line, sizeof line, &lineno, &key, &val,
                              e)) > 0 &&
           (rc = set_key(v, path, lineno, key, val, seen, e)) == 0) {}
    for (size_t k = 0; rc == 0 && k < NKEYS; k++)
        if (!seen[k])
            rc = dv_errf(e, "%s: missing '%s'", path, keys[k].name);
    fclose(fp);
    free(path);
    return rc;
}

static int cmp_voice(const void *a, const void *b)
{
    return strcmp(((const dv_voice *)a)->name, ((const dv_voice *)b)->name);
}

int dv_voice_list(const char *dir, FILE *out, int json, dv_err *e)
{
    DIR *d = opendir(dir);
    if (!d) return dv_errf(e, "%s: %s", dir, strerror(errno));
    dv_voice *vs = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    /* Every profile is loaded before anything is printed, so a broken one
     * is reported alone and JSON output is never cut short. */
    while (rc == 0 && (de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l <= 5 || strcmp(de->d_name + l - 5, ".conf") ||
            de->d_name[0] == '.')
            continue;
        char name[sizeof vs->name];
        if (l - 5 >= sizeof name) continue;   /* cannot be loaded by name */
        memcpy(name, de->d_name, l - 5);
        name[l - 5] = 0;
        if (n == cap) {
            cap = cap ? 2 * cap : 8;
            vs = dv_realloc(vs, cap * sizeof *vs);
        }
        rc = dv_voice_load(dir, name, &vs[n], e);
        if (rc == 0) n++;
    }
    closedir(d);
    if (rc == 0) {
        if (n) qsort(vs, n, sizeof *vs, cmp_voice);
        if (json) fputs("[\n", out);
        for (size_t i = 0; i < n; i++) {
            const dv_voice *v = &vs[i];
            if (json) {
                fputs("  {\"name\": ", out);
                dv_json_str(out, v->name);
                fputs(", \"language\": ", out);
                dv_json_str(out, v->language);
                fputs(", \"espeak\": ", out);
                dv_json_str(out, v->espeak);
                fputs(", \"latin\": ", out);
                dv_json_str(out, v->latin);
                fprintf(out, ", \"rate\": %d, \"description\": ", v->rate);
                dv_json_str(out, v->description);
                fprintf(out, "}%s\n", i + 1 < n ? "," : "");
            } else {
                fprintf(out, "%-18s %-4s %-18s %3d wpm  %s\n", v->name,
                        v->language, v->espeak, v->rate, v->description);
            }
        }
        if (json) fputs("]\n", out);
        if (fflush(out) != 0) rc = dv_errf(e, "voices: write failed");
    }
    free(vs);
    return rc;
}
