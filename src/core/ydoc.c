#include "ydoc.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

void ydoc_position(yaml_mark_t mark, int *line, int *col)
{
    *line = (int)mark.line + 1;
    *col = (int)mark.column + 1;
}

static void report(struct ydoc *d, int line, int col, const char *fmt,
                   va_list ap) __attribute__((format(printf, 4, 0)));

static void report(struct ydoc *d, int line, int col, const char *fmt,
                   va_list ap)
{
    if (!diag_addv(d->diags, d->path, line, col, fmt, ap))
        d->full = true;
}

void ydoc_error_at(struct ydoc *d, yaml_mark_t mark, const char *fmt, ...)
{
    int line, col;
    ydoc_position(mark, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    report(d, line, col, fmt, ap);
    va_end(ap);
}

void ydoc_error(struct ydoc *d, const yaml_node_t *node, const char *fmt, ...)
{
    int line, col;
    ydoc_position(node->start_mark, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    report(d, line, col, fmt, ap);
    va_end(ap);
}

static void error_at_offset(struct ydoc *d, const char *data, size_t offset,
                            const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void error_at_offset(struct ydoc *d, const char *data, size_t offset,
                            const char *fmt, ...)
{
    int line, col;
    utf8_position(data, offset, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    report(d, line, col, fmt, ap);
    va_end(ap);
}

static void report_parser_error(struct ydoc *d, const yaml_parser_t *p,
                                const char *data, size_t len)
{
    if (p->error == YAML_READER_ERROR) {
        error_at_offset(d, data,
                        p->problem_offset < len ? p->problem_offset : len, "%s",
                        p->problem ? p->problem : "unreadable text");
        return;
    }
    if (p->error == YAML_MEMORY_ERROR) {
        error_at_offset(d, data, 0, "out of memory while parsing");
        return;
    }
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->context) {
        int line, col;
        ydoc_position(p->context_mark, &line, &col);
        ydoc_error_at(d, p->problem_mark, "%s (%s at %d:%d)", problem,
                      p->context, line, col);
    } else {
        ydoc_error_at(d, p->problem_mark, "%s", problem);
    }
}

// libyaml's scanner checks every open flow level on every token, so a
// 1 MiB file of '[' would take hours to load. The event parser finds a
// nesting that deep while it is still shallow and cheap, and a file with
// fewer brackets than the limit cannot nest that deep at all.
static bool nesting_ok(struct ydoc *d, const char *data, size_t len)
{
    size_t brackets = 0;
    for (size_t i = 0; i < len && brackets <= YDOC_NESTING_MAX; i++)
        brackets += data[i] == '[' || data[i] == '{';
    if (brackets <= YDOC_NESTING_MAX)
        return true;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return true; // the real load will report it
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    int depth = 0;
    bool ok = true, done = false;
    while (ok && !done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            break; // a syntax error: the real load reports it
        switch (event.type) {
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (++depth > YDOC_NESTING_MAX) {
                ydoc_error_at(d, event.start_mark,
                              "nested more than %d levels deep",
                              YDOC_NESTING_MAX);
                ok = false;
            }
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            depth--;
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok;
}

yaml_node_t *ydoc_load(struct ydoc *d, const char *path, const char *data,
                       size_t len, struct diag_list *diags)
{
    *d =
        (struct ydoc){.path = path, .diags = diags, .first_diag = diags->count};
    size_t bad;
    if (!utf8_valid(data, len, &bad)) {
        error_at_offset(d, data, bad,
                        "invalid UTF-8 (byte 0x%02X): the file must be UTF-8",
                        (unsigned char)data[bad]);
        return NULL;
    }
    if (!nesting_ok(d, data, len))
        return NULL;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        error_at_offset(d, data, 0, "out of memory while parsing");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_node_t *root = NULL;
    if (!yaml_parser_load(&parser, &d->doc)) {
        report_parser_error(d, &parser, data, len);
    } else {
        d->loaded = true;
        root = yaml_document_get_root_node(&d->doc);
        yaml_document_t extra;
        if (!yaml_parser_load(&parser, &extra)) {
            report_parser_error(d, &parser, data, len);
        } else {
            yaml_node_t *second = yaml_document_get_root_node(&extra);
            if (second) {
                ydoc_error(d, second,
                           "a second YAML document starts here: a file "
                           "holds one");
            }
            yaml_document_delete(&extra);
        }
    }
    yaml_parser_delete(&parser);
    return root;
}

bool ydoc_failed(const struct ydoc *d)
{
    return d->diags->count != d->first_diag || d->full;
}

void ydoc_done(struct ydoc *d)
{
    if (d->loaded)
        yaml_document_delete(&d->doc);
    d->loaded = false;
    diag_list_sort_from(d->diags, d->first_diag);
}

yaml_node_t *ydoc_node(struct ydoc *d, int index)
{
    return yaml_document_get_node(&d->doc, index);
}

const char *ydoc_scalar(const yaml_node_t *node)
{
    return (const char *)node->data.scalar.value;
}

bool ydoc_is_nothing(const yaml_node_t *node)
{
    if (node->type != YAML_SCALAR_NODE ||
        node->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *s = ydoc_scalar(node);
    return strcmp(s, "") == 0 || strcmp(s, "~") == 0;
}

const char *ydoc_quote(const char *s, char buf[48])
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        bool lead = (*p & 0xC0) != 0x80;
        if (lead && n >= 40) {
            memcpy(buf + n, "...", 4);
            return buf;
        }
        buf[n++] = (*p < 0x20 || *p == 0x7F) ? '?' : (char)*p;
    }
    buf[n] = '\0';
    return buf;
}

const char *ydoc_describe(const yaml_node_t *node, char buf[48])
{
    switch (node->type) {
    case YAML_SEQUENCE_NODE:
        return "a list";
    case YAML_MAPPING_NODE:
        return "a mapping";
    default:
        if (ydoc_is_nothing(node))
            return "nothing";
        char q[48];
        snprintf(buf, 48, "'%s'", ydoc_quote(ydoc_scalar(node), q));
        return buf;
    }
}

bool ydoc_expect_scalar(struct ydoc *d, const yaml_node_t *node,
                        const char *key, const char *expected)
{
    char found[48];
    if (node->type != YAML_SCALAR_NODE || ydoc_is_nothing(node)) {
        ydoc_error(d, node, "'%s' must be %s, found %s", key, expected,
                   ydoc_describe(node, found));
        return false;
    }
    if (strlen(ydoc_scalar(node)) != node->data.scalar.length) {
        ydoc_error(d, node, "'%s' contains a NUL character", key);
        return false;
    }
    return true;
}

bool ydoc_int(struct ydoc *d, const yaml_node_t *node, const char *key, int min,
              int max, int *out)
{
    if (!ydoc_expect_scalar(d, node, key, "a whole number"))
        return false;
    const char *s = ydoc_scalar(node);
    long v = 0;
    const char *p = s;
    while (*p >= '0' && *p <= '9' && v <= max)
        v = v * 10 + (*p++ - '0');
    char q[48];
    if (p == s || (*p && !(*p >= '0' && *p <= '9'))) {
        ydoc_error(d, node, "'%s' must be a whole number, found '%s'", key,
                   ydoc_quote(s, q));
        return false;
    }
    if (*p || v < min || v > max) {
        ydoc_error(d, node, "'%s' must be from %d to %d, found %s", key, min,
                   max, ydoc_quote(s, q));
        return false;
    }
    *out = (int)v;
    return true;
}

bool ydoc_bool(struct ydoc *d, const yaml_node_t *node, const char *key,
               bool *out)
{
    if (!ydoc_expect_scalar(d, node, key, "true or false"))
        return false;
    const char *s = ydoc_scalar(node);
    if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0) {
        *out = s[0] == 't';
        return true;
    }
    char q[48];
    ydoc_error(d, node, "'%s' must be true or false, not '%s'", key,
               ydoc_quote(s, q));
    return false;
}

// Edit distance, for "did you mean" hints on misspelt keys.
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 32 || lb > 32)
        return 99;
    size_t row[33];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

bool ydoc_collect(struct ydoc *d, const yaml_node_t *map,
                  const struct ydoc_schema *schema, yaml_node_t **keys,
                  yaml_node_t **values)
{
    char found[48], q[48];
    for (yaml_node_pair_t *pair = map->data.mapping.pairs.start;
         pair < map->data.mapping.pairs.top && !d->full; pair++) {
        yaml_node_t *key = ydoc_node(d, pair->key);
        yaml_node_t *value = ydoc_node(d, pair->value);
        if (key->type != YAML_SCALAR_NODE) {
            ydoc_error(d, key, "keys must be words, found %s",
                       ydoc_describe(key, found));
            continue;
        }
        const char *name = ydoc_scalar(key);
        size_t i = 0;
        while (i < schema->count && strcmp(schema->keys[i], name) != 0)
            i++;
        if (i == schema->count) {
            const char *hint = NULL;
            for (size_t k = 0; k < schema->count; k++) {
                if (distance(name, schema->keys[k]) <= 2)
                    hint = schema->keys[k];
            }
            if (hint) {
                ydoc_error(d, key,
                           "unknown key '%s' in %s (did you mean '%s'?)",
                           ydoc_quote(name, q), schema->where, hint);
            } else {
                char known[256] = "";
                for (size_t k = 0; k < schema->count; k++) {
                    size_t used = strlen(known);
                    snprintf(known + used, sizeof known - used, "%s%s",
                             k ? ", " : "", schema->keys[k]);
                }
                ydoc_error(d, key, "unknown key '%s' in %s (known keys: %s)",
                           ydoc_quote(name, q), schema->where, known);
            }
            continue;
        }
        if (keys[i]) {
            int line, col;
            ydoc_position(keys[i]->start_mark, &line, &col);
            ydoc_error(d, key, "duplicate key '%s' (first given at %d:%d)",
                       ydoc_quote(name, q), line, col);
            continue;
        }
        keys[i] = key;
        values[i] = value;
    }
    return !d->full;
}
