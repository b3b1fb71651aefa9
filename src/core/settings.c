#include "settings.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "files.h"
#include "xalloc.h"
#include "ydoc.h"

struct settings settings_default(void)
{
    return (struct settings){
        .volume = SETTINGS_VOLUME_DEFAULT, .muted = false, .voice = true};
}

char *settings_path(void)
{
    return files_user_path(FILES_CONFIG, "settings.yaml");
}

enum { K_VOLUME, K_MUTED, K_VOICE, K_REDUCE_MOTION, K_COUNT };
static const char *const keys[K_COUNT] = {"volume", "muted", "voice",
                                          "reduce-motion"};

// A plain scalar made only of these reads back the same in flow context
// (numbers, words, true, ~); anything else is written double-quoted.
static bool plain_is_safe(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!isalnum((unsigned char)*p) && !strchr("._-+/~", *p))
            return false;
    }
    // A lone "-" would start a list.
    return *s && strcmp(s, "-") != 0;
}

static void write_scalar(FILE *out, const yaml_node_t *node)
{
    const char *s = ydoc_scalar(node);
    if (node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        ydoc_is_nothing(node)) {
        fputc('~', out);
        return;
    }
    if (node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        plain_is_safe(s)) {
        fputs(s, out);
        return;
    }
    // Escaped: what YAML does not allow written as it is (control
    // characters, C1 controls, U+FEFF, U+FFFE, U+FFFF) and the line
    // breaks it would fold (U+2028, U+2029); the loader has
    // checked that the rest is valid UTF-8.
    const unsigned char *u = (const unsigned char *)s;
    size_t len = node->data.scalar.length;
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = u[i];
        if (c == '"' || c == '\\') {
            fprintf(out, "\\%c", c);
        } else if (c < 0x20 || c == 0x7f) {
            fprintf(out, "\\x%02x", c);
        } else if (c == 0xc2 && i + 1 < len && u[i + 1] <= 0x9f) {
            fprintf(out, "\\x%02x", u[++i]);
        } else if ((c == 0xef && i + 2 < len &&
                    ((u[i + 1] == 0xbb && u[i + 2] == 0xbf) ||
                     (u[i + 1] == 0xbf && u[i + 2] >= 0xbe))) ||
                   (c == 0xe2 && i + 2 < len && u[i + 1] == 0x80 &&
                    (u[i + 2] == 0xa8 || u[i + 2] == 0xa9))) {
            fprintf(out, "\\u%04x",
                    (c & 0x0f) << 12 | (u[i + 1] & 0x3f) << 6 |
                        (u[i + 2] & 0x3f));
            i += 2;
        } else {
            fputc(c, out);
        }
    }
    fputc('"', out);
}

// How many nodes the unknown keys of one file may hold when written out.
// A file of SETTINGS_FILE_MAX holds fewer; more means aliases that expand
// (a "billion laughs"), which must not be written back expanded.
#define UNKNOWN_NODES_MAX 8192

// A value of a key this version does not know, in flow style on one line:
// what it holds survives (its comments and layout do not). The loader
// refuses deeper nesting than YDOC_NESTING_MAX before we get here. False
// when *budget nodes were not enough.
static bool write_flow(struct ydoc *y, FILE *out, const yaml_node_t *node,
                       size_t *budget)
{
    if (*budget == 0)
        return false;
    --*budget;
    switch (node->type) {
    case YAML_SEQUENCE_NODE:
        fputc('[', out);
        for (yaml_node_item_t *i = node->data.sequence.items.start;
             i < node->data.sequence.items.top; i++) {
            if (i > node->data.sequence.items.start)
                fputs(", ", out);
            if (!write_flow(y, out, ydoc_node(y, *i), budget))
                return false;
        }
        fputc(']', out);
        break;
    case YAML_MAPPING_NODE:
        fputc('{', out);
        for (yaml_node_pair_t *p = node->data.mapping.pairs.start;
             p < node->data.mapping.pairs.top; p++) {
            if (p > node->data.mapping.pairs.start)
                fputs(", ", out);
            if (!write_flow(y, out, ydoc_node(y, p->key), budget))
                return false;
            fputs(": ", out);
            if (!write_flow(y, out, ydoc_node(y, p->value), budget))
                return false;
        }
        fputc('}', out);
        break;
    default:
        write_scalar(out, node);
        break;
    }
    return true;
}

// Appends "key: value" for a key this version does not know to out;
// reports a value too large to keep instead.
static void keep_unknown(struct ydoc *y, FILE *out, const yaml_node_t *key,
                         const yaml_node_t *value, size_t *budget)
{
    char *line = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&line, &len);
    if (!f)
        abort(); // out of memory, as xalloc
    write_scalar(f, key);
    fputs(": ", f);
    bool whole = write_flow(y, f, value, budget);
    fclose(f);
    if (whole) {
        fprintf(out, "%s\n", line);
    } else {
        char q[48];
        ydoc_error(y, key, "'%s' is too large to keep (%d nodes at most)",
                   ydoc_quote(ydoc_scalar(key), q), UNKNOWN_NODES_MAX);
    }
    free(line);
}

// Reads the known keys into out; the others go to unknown (when not NULL)
// as "key: value" lines, for a later version that knows them.
static void parse_root(struct ydoc *y, const yaml_node_t *root,
                       struct settings *out, FILE *unknown)
{
    if (root->type != YAML_MAPPING_NODE) {
        char found[48];
        ydoc_error(y, root, "settings are 'key: value' lines, found %s",
                   ydoc_describe(root, found));
        return;
    }
    size_t budget = UNKNOWN_NODES_MAX;
    yaml_node_pair_t *pairs = root->data.mapping.pairs.start;
    size_t count = (size_t)(root->data.mapping.pairs.top - pairs);
    for (size_t i = 0; i < count && !y->full; i++) {
        yaml_node_t *key = ydoc_node(y, pairs[i].key);
        yaml_node_t *value = ydoc_node(y, pairs[i].value);
        char found[48];
        if (key->type != YAML_SCALAR_NODE) {
            ydoc_error(y, key, "keys must be words, found %s",
                       ydoc_describe(key, found));
            continue;
        }
        const char *name = ydoc_scalar(key);
        const yaml_node_t *first = NULL;
        for (size_t j = 0; j < i && !first; j++) {
            yaml_node_t *other = ydoc_node(y, pairs[j].key);
            if (other->type == YAML_SCALAR_NODE &&
                strcmp(ydoc_scalar(other), name) == 0)
                first = other;
        }
        if (first) {
            int line, col;
            ydoc_position(first->start_mark, &line, &col);
            ydoc_error(y, key, "duplicate key '%s' (first given at %d:%d)",
                       ydoc_quote(name, found), line, col);
            continue;
        }
        if (strcmp(name, keys[K_VOLUME]) == 0) {
            ydoc_int(y, value, name, 0, 100, &out->volume);
        } else if (strcmp(name, keys[K_MUTED]) == 0) {
            ydoc_bool(y, value, name, &out->muted);
        } else if (strcmp(name, keys[K_VOICE]) == 0) {
            ydoc_bool(y, value, name, &out->voice);
        } else if (strcmp(name, keys[K_REDUCE_MOTION]) == 0) {
            ydoc_bool(y, value, name, &out->reduce_motion);
        } else if (unknown) {
            keep_unknown(y, unknown, key, value, &budget);
        }
    }
}

bool settings_load_buffer(const char *path, const char *data, size_t len,
                          struct settings *out, char **unknown,
                          struct diag_list *diags)
{
    *out = settings_default();
    size_t unknown_len = 0;
    FILE *extra = unknown ? open_memstream(unknown, &unknown_len) : NULL;
    if (unknown && !extra)
        abort(); // out of memory, as xalloc
    struct ydoc y;
    yaml_node_t *root = ydoc_load(&y, path, data, len, diags);
    if (root) // an empty file: every default
        parse_root(&y, root, out, extra);
    // What was read before a bad line stays; the rest is default.
    bool failed = ydoc_failed(&y);
    ydoc_done(&y);
    if (extra)
        fclose(extra);
    return !failed;
}

bool settings_read(const char *path, struct settings *out, char **unknown,
                   struct diag_list *diags)
{
    *out = settings_default();
    if (unknown)
        *unknown = xstrdup("");
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return true; // nothing remembered yet
    size_t len;
    char *data =
        files_read(path, SETTINGS_FILE_MAX, "a settings file", &len, diags);
    if (!data)
        return false;
    if (unknown)
        free(*unknown);
    bool ok = settings_load_buffer(path, data, len, out, unknown, diags);
    free(data);
    return ok;
}

bool settings_load(const char *path, struct settings *out,
                   struct diag_list *diags)
{
    return settings_read(path, out, NULL, diags);
}

bool settings_save(const char *path, const struct settings *s)
{
    return settings_write(path, s, NULL);
}

bool settings_write(const char *path, const struct settings *s,
                    const char *unknown)
{
    if (!files_make_parents(path))
        return false;
    char *text = xasprintf("# Limber remembers these between runs.\n"
                           "volume: %d\nmuted: %s\nvoice: %s\n%s%s",
                           s->volume, s->muted ? "true" : "false",
                           s->voice ? "true" : "false",
                           s->reduce_motion ? "reduce-motion: true\n" : "",
                           unknown ? unknown : "");
    // The temporary file's name is unique to this process, so two
    // windows saving at once never write into the same one.
    char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
    bool ok = false;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        size_t len = strlen(text);
        ssize_t n = write(fd, text, len);
        if (n != (ssize_t)len && n >= 0)
            errno = EIO;
        ok = n == (ssize_t)len && fsync(fd) == 0;
        int saved = errno;
        ok = close(fd) == 0 && ok;
        if (!ok)
            errno = saved;
        if (ok && rename(tmp, path) != 0)
            ok = false;
        if (!ok) {
            saved = errno;
            unlink(tmp);
            errno = saved;
        }
    }
    free(tmp);
    free(text);
    return ok;
}

void settings_writer_init(struct settings_writer *w, char *path, char *unknown)
{
    *w = (struct settings_writer){
        .path = path, .unknown = unknown, .due_ms = INT64_MAX};
}

void settings_writer_change(struct settings_writer *w, const struct settings *s,
                            int64_t now_ms)
{
    if (!w->path)
        return;
    w->pending = *s;
    w->due_ms = now_ms + SETTINGS_SETTLE_MS;
}

int64_t settings_writer_deadline_ms(const struct settings_writer *w)
{
    return w->due_ms;
}

bool settings_writer_flush(struct settings_writer *w, int64_t now_ms)
{
    if (w->due_ms == INT64_MAX || w->due_ms > now_ms)
        return true;
    w->due_ms = INT64_MAX;
    return settings_write(w->path, &w->pending, w->unknown);
}

void settings_writer_done(struct settings_writer *w)
{
    free(w->path);
    free(w->unknown);
    *w = (struct settings_writer){.due_ms = INT64_MAX};
}
