/* pef.c -- a book as PEF 1.0; see writers.h.
 *
 * Checked against the PEF 2008-1 RELAX NG schema (tests/data): dc:format
 * and dc:identifier are required, dc:date must be yyyy-mm-dd and
 * dc:language an xsd:language, so values that would not validate are
 * replaced (identifier, date) or left out (language).  Rows keep their
 * place on the page: inner blank rows are <row/>, trailing ones are
 * dropped, a blank page is <page/>. */
#include <stdlib.h>
#include <string.h>
#include "writer_impl.h"

static void put_esc(dv_buf *o, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '&') dv_buf_puts(o, "&amp;");
        else if (c == '<') dv_buf_puts(o, "&lt;");
        else if (c == '>') dv_buf_puts(o, "&gt;");
        else if (c == '"') dv_buf_puts(o, "&quot;");
        else if (c < 0x20 && c != '\t') dv_buf_putc(o, ' '); /* not XML 1.0 */
        else dv_buf_putc(o, (char)c);
    }
}

static void put_elem(dv_buf *o, const char *name, const char *val)
{
    dv_buf_printf(o, "      <%s>", name);
    put_esc(o, val);
    dv_buf_printf(o, "</%s>\n", name);
}

static int is_date(const char *s)
{
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

/* xsd:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})* */
static int is_lang(const char *s)
{
    int n = 0, first = 1;
    for (;; s++) {
        if (*s == '-' || *s == 0) {
            if (n < 1 || n > 8) return 0;
            if (*s == 0) return 1;
            n = 0;
            first = 0;
        } else if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                   (!first && *s >= '0' && *s <= '9')) {
            n++;
        } else {
            return 0;
        }
    }
}

static void put_head(dv_buf *o, const dv_pef_meta *m)
{
    char id[80], date[32];
    if (m && m->identifier && *m->identifier) {
        snprintf(id, sizeof id, "%s", m->identifier);
    } else {
        char hex[65];
        const char *t = m && m->title ? m->title : "";
        dv_sha256_hex(t, strlen(t), hex);
        snprintf(id, sizeof id, "dotvox-%.16s", hex);
    }
    if (m && m->date && strlen(m->date) >= 10 && is_date(m->date)) {
        snprintf(date, sizeof date, "%.10s", m->date);
    } else {
        dv_now_iso(date);
        date[10] = 0;
    }

    dv_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<pef version=\"2008-1\" "
                   "xmlns=\"http://www.daisy.org/ns/2008/pef\">\n"
                   "  <head>\n"
                   "    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    put_elem(o, "dc:format", "application/x-pef+xml");
    put_elem(o, "dc:identifier", id);
    if (m && m->title) put_elem(o, "dc:title", m->title);
    if (m && m->creator && *m->creator) put_elem(o, "dc:creator", m->creator);
    put_elem(o, "dc:date", date);
    if (m && m->language && is_lang(m->language))
        put_elem(o, "dc:language", m->language);
    dv_buf_puts(o, "    </meta>\n  </head>\n  <body>\n");
}

static void page(dv_writer *w, int vol, const dv_page *p)
{
    (void)vol;
    dv_buf *o = &w->o;
    int last = w->rows;
    while (last > 0) {
        const uint8_t *r = p->cells + (size_t)(last - 1) * w->cols;
        int k = w->cols;
        while (k > 0 && r[k - 1] == 0) k--;
        if (k) break;
        last--;
    }
    if (last == 0) {
        dv_buf_puts(o, "        <page/>\n");
        return;
    }
    dv_buf_puts(o, "        <page>\n");
    for (int y = 0; y < last; y++) {
        const uint8_t *r = p->cells + (size_t)y * w->cols;
        int n = w->cols;
        while (n > 0 && r[n - 1] == 0) n--;
        if (n == 0) {
            dv_buf_puts(o, "          <row/>\n");
            continue;
        }
        dv_buf_puts(o, "          <row>");
        for (int x = 0; x < n; x++) {   /* U+2800 + dots in UTF-8 */
            char u[3] = {(char)0xE2, (char)(0xA0 | (r[x] >> 6)),
                         (char)(0x80 | (r[x] & 0x3F))};
            dv_buf_put(o, u, 3);
        }
        dv_buf_puts(o, "</row>\n");
    }
    dv_buf_puts(o, "        </page>\n");
}

static int begin(dv_writer *w, const dv_book *shape, dv_err *e)
{
    if (shape->nvols == 0)
        return dv_errf(e, "%s: a PEF file needs at least one volume", w->f.path);
    put_head(&w->o, &w->m);
    return 0;
}

static void volume(dv_writer *w, int vol)
{
    (void)vol;
    dv_buf_printf(&w->o, "    <volume cols=\"%d\" rows=\"%d\" rowgap=\"0\" "
                  "duplex=\"%s\">\n      <section>\n", w->cols, w->rows,
                  w->duplex ? "true" : "false");
}

static void volume_end(dv_writer *w, int vol)
{
    (void)vol;
    dv_buf_puts(&w->o, "      </section>\n    </volume>\n");
}

static void end(dv_writer *w)
{
    dv_buf_puts(&w->o, "  </body>\n</pef>\n");
}

static const dv_wformat pef = {begin, volume, page, volume_end, end};

static const char *dup_or_null(const char *s)
{
    return s ? dv_strdup(s) : NULL;
}

dv_writer *dv_pef_writer(const char *path, const dv_pef_meta *m, dv_err *e)
{
    dv_writer *w = dv_writer_new(&pef, path, e);
    if (w && m) {
        w->m.title = dup_or_null(m->title);
        w->m.creator = dup_or_null(m->creator);
        w->m.identifier = dup_or_null(m->identifier);
        w->m.date = dup_or_null(m->date);
        w->m.language = dup_or_null(m->language);
    }
    return w;
}
