/* pls.c -- PLS 1.0 lexicons through libxml2; see pls.h.
 *
 * The whole file is checked before add() is called once, so a lexicon
 * with an error changes nothing.  libxml2 reports through a structured
 * error handler installed only for the parse: nothing reaches stderr and
 * the first message (the cause, not its consequences) is kept. */
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include "pls.h"
#include "util.h"

#define PLS_NS "http://www.w3.org/2005/01/pronunciation-lexicon"
#define PLS_ALPHABET "x-pinyin-num"

typedef struct xerr {
    int set;
    int line;
    char msg[512];
} xerr;

static void on_xml_error(void *ctx, xmlErrorPtr err)
{
    xerr *x = ctx;
    if (x->set || !err || err->level < XML_ERR_ERROR)
        return;
    x->set = 1;
    x->line = err->line;
    snprintf(x->msg, sizeof x->msg, "%s", err->message ? err->message : "?");
    /* libxml2 messages end with a newline. */
    size_t n = strlen(x->msg);
    while (n && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
        x->msg[--n] = '\0';
}

static int is_pls(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           !strcmp((const char *)n->ns->href, PLS_NS) &&
           !strcmp((const char *)n->name, name);
}

static int ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The element's text with surrounding white space removed. */
static char *text_of(xmlNodePtr n)
{
    xmlChar *c = xmlNodeGetContent(n);
    const char *s = c ? (const char *)c : "";
    size_t a = 0, b = strlen(s);
    while (a < b && ws(s[a]))
        a++;
    while (b > a && ws(s[b - 1]))
        b--;
    char *r = dv_strndup(s + a, b - a);
    xmlFree(c);
    return r;
}

static int han_count(const char *s)
{
    size_t n = strlen(s);
    int count = 0;
    while (n) {
        uint32_t cp;
        int k = dv_utf8_decode(s, n, &cp);
        if (!k)
            k = 1;
        else if (dv_is_han(cp))
            count++;
        s += k;
        n -= (size_t)k;
    }
    return count;
}

/* Normalizes the phoneme text into out (single spaces) and checks each
 * syllable; returns the syllable count or -1. */
static int syllables(const char *path, long line, const char *p, dv_buf *out,
                     dv_err *e)
{
    int count = 0;
    out->len = 0;
    if (out->data)
        out->data[0] = '\0';
    while (*p) {
        while (ws(*p))
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && !ws(*q))
            q++;
        size_t n = (size_t)(q - p), letters = 0;
        while (letters < n && p[letters] >= 'a' && p[letters] <= 'z')
            letters++;
        if (letters == 0 || letters + 1 != n || p[n - 1] < '1' ||
            p[n - 1] > '5')
            return dv_errf(e, "%s:%ld: '%.*s' is not a tone-numbered pinyin "
                           "syllable", path, line, (int)n, p);
        if (count++)
            dv_buf_putc(out, ' ');
        dv_buf_put(out, p, n);
        p = q;
    }
    return count;
}

/* Checks one <lexeme>; calls add() for its graphemes when add is set. */
static int lexeme(const char *path, xmlNodePtr lx, dv_pls_add_fn add,
                  void *ctx, dv_buf *py, dv_err *e)
{
    xmlNodePtr ph = NULL, c;
    int ngraph = 0, rc = 0;
    for (c = lx->children; c; c = c->next) {
        if (is_pls(c, "grapheme"))
            ngraph++;
        else if (!ph && is_pls(c, "phoneme"))
            ph = c;
    }
    long line = xmlGetLineNo(lx);
    if (!ngraph)
        return dv_errf(e, "%s:%ld: lexeme has no <grapheme>", path, line);
    if (!ph)
        return dv_errf(e, "%s:%ld: lexeme has no <phoneme>", path, line);

    char *pt = text_of(ph);
    int nsyl = syllables(path, xmlGetLineNo(ph), pt, py, e);
    if (nsyl == 0)
        rc = dv_errf(e, "%s:%ld: empty <phoneme>", path, xmlGetLineNo(ph));
    free(pt);
    if (nsyl <= 0)
        return -1;

    for (c = lx->children; c && rc == 0; c = c->next) {
        if (!is_pls(c, "grapheme"))
            continue;
        char *g = text_of(c);
        int nh = han_count(g);
        long gl = xmlGetLineNo(c);
        if (!*g)
            rc = dv_errf(e, "%s:%ld: empty <grapheme>", path, gl);
        else if (nh == 0)
            rc = dv_errf(e, "%s:%ld: %s has no Han characters", path, gl, g);
        else if (nh != nsyl)
            rc = dv_errf(e, "%s:%ld: %s has %d character%s but %d "
                         "syllable%s", path, gl, g, nh, nh == 1 ? "" : "s",
                         nsyl, nsyl == 1 ? "" : "s");
        else if (add)
            add(ctx, g, py->data);
        free(g);
    }
    return rc;
}

static int check_root(const char *path, xmlNodePtr root, dv_err *e)
{
    if (!root)
        return dv_errf(e, "%s: empty XML document", path);
    long line = xmlGetLineNo(root);
    if (!is_pls(root, "lexicon"))
        return dv_errf(e, "%s:%ld: root element <%s> is not a PLS <lexicon> "
                       "(namespace " PLS_NS ")", path, line,
                       (const char *)root->name);
    int rc = 0;
    xmlChar *v = xmlGetProp(root, (const xmlChar *)"version");
    xmlChar *a = xmlGetProp(root, (const xmlChar *)"alphabet");
    if (!v || strcmp((const char *)v, "1.0"))
        rc = dv_errf(e, "%s:%ld: <lexicon> needs version=\"1.0\"", path,
                     line);
    else if (!a)
        rc = dv_errf(e, "%s:%ld: <lexicon> has no alphabet attribute", path,
                     line);
    else if (strcmp((const char *)a, PLS_ALPHABET))
        rc = dv_errf(e, "%s:%ld: alphabet \"%s\" is not supported (use "
                     PLS_ALPHABET ")", path, line, (const char *)a);
    xmlFree(v);
    xmlFree(a);
    return rc;
}

int dv_pls_load(const char *path, dv_pls_add_fn add, void *ctx, dv_err *e)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return dv_errf(e, "%s: %s", path, strerror(errno));
    fclose(fp);

    xmlParserCtxtPtr pc = xmlNewParserCtxt();
    if (!pc)
        return dv_errf(e, "%s: cannot create an XML parser", path);
    xerr x = { 0 };
    xmlStructuredErrorFunc old_fn = xmlStructuredError;
    void *old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&x, on_xml_error);
    /* NONET and no entity substitution: a lexicon never reaches out. */
    xmlDocPtr doc = xmlCtxtReadFile(pc, path, NULL,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR |
                                    XML_PARSE_NOWARNING |
                                    XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc(old_ctx, old_fn);
    int wf = pc->wellFormed;
    xmlFreeParserCtxt(pc);
    if (!doc || !wf || x.set) {
        if (doc)
            xmlFreeDoc(doc);
        if (!x.set)
            return dv_errf(e, "%s: not well-formed XML", path);
        return dv_errf(e, "%s:%d: not well-formed XML: %s", path, x.line,
                       x.msg);
    }

    xmlNodePtr root = xmlDocGetRootElement(doc);
    int rc = check_root(path, root, e);
    dv_buf py = { 0 };
    /* Pass 0 checks every lexeme, pass 1 hands them over. */
    for (int pass = 0; pass < 2 && rc == 0; pass++) {
        for (xmlNodePtr c = root->children; c && rc == 0; c = c->next)
            if (is_pls(c, "lexeme"))
                rc = lexeme(path, c, pass ? add : NULL, ctx, &py, e);
    }
    dv_buf_free(&py);
    xmlFreeDoc(doc);
    return rc;
}
