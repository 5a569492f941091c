/* t.h -- the smallest test harness: CHECK records a failure and goes on,
 * T_DONE() prints a summary and returns the exit status. */
#ifndef T_H
#define T_H
#include <stdio.h>
#include <string.h>

static int t_fail, t_run;
#define CHECK(c) do { t_run++; if (!(c)) { t_fail++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_STR(a, b) do { const char *t_a = (a), *t_b = (b); t_run++; \
    if (!t_a || !t_b || strcmp(t_a, t_b)) { t_fail++; \
    fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, \
            t_a ? t_a : "(null)", t_b ? t_b : "(null)"); } } while (0)
#define CHECK_INT(a, b) do { long long t_a = (a), t_b = (b); t_run++; \
    if (t_a != t_b) { t_fail++; fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", \
    __FILE__, __LINE__, #a, t_a, t_b); } } while (0)
/* Writes a fixture file; one that cannot be written is a failed check. */
static inline int t_write(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    t_run++;
    if (!fp) {
        t_fail++;
        fprintf(stderr, "%s: cannot write the fixture\n", path);
        return -1;
    }
    if (n) fwrite(data, 1, n, fp);
    fclose(fp);
    return 0;
}
#define T_DONE() (fprintf(stderr, "%s: %d checks, %d failed\n", __FILE__, \
    t_run, t_fail), t_fail ? 1 : 0)
#endif
