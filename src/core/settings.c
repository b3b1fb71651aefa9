#include "settings.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "utf8.h"
#include "xalloc.h"

struct settings settings_default(void)
{
    return (struct settings){
        .volume = SETTINGS_VOLUME_DEFAULT, .muted = false, .voice = true};
}

char *settings_path(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    // The XDG spec: a relative XDG_CONFIG_HOME is to be ignored.
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/limber/settings.yaml", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return xasprintf("%s/.config/limber/settings.yaml", home);
}

struct loader {
    const char *path;
    struct diag_list *diags;
};

// The one place where libyaml's 0-based marks become our 1-based ones.
static void error_at(struct loader *ld, yaml_mark_t mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(struct loader *ld, yaml_mark_t mark, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_addv(ld->diags, ld->path, (int)mark.line + 1, (int)mark.column + 1,
              fmt, ap);
    va_end(ap);
}

static const char *scalar_of(const yaml_node_t *node)
{
    if (node->type != YAML_SCALAR_NODE ||
        strlen((const char *)node->data.scalar.value) !=
            node->data.scalar.length)
        return NULL;
    return (const char *)node->data.scalar.value;
}

static void parse_volume(struct loader *ld, const yaml_node_t *node, int *out)
{
    const char *s = scalar_of(node);
    long v = 0;
    const char *p = s ? s : "";
    while (*p >= '0' && *p <= '9' && v <= 100)
        v = v * 10 + (*p++ - '0');
    if (!s || p == s || *p || v > 100) {
        error_at(ld, node->start_mark,
                 "'volume' must be a whole number from 0 to 100");
        return;
    }
    *out = (int)v;
}

static void parse_bool(struct loader *ld, const yaml_node_t *node,
                       const char *key, bool *out)
{
    const char *s = scalar_of(node);
    if (s && strcmp(s, "true") == 0) {
        *out = true;
    } else if (s && strcmp(s, "false") == 0) {
        *out = false;
    } else {
        error_at(ld, node->start_mark, "'%s' must be true or false", key);
    }
}

static void parse_root(struct loader *ld, yaml_document_t *doc,
                       const yaml_node_t *root, struct settings *out)
{
    if (root->type != YAML_MAPPING_NODE) {
        error_at(ld, root->start_mark,
                 "expected keys like 'volume: 80', not a list or a value");
        return;
    }
    bool seen[3] = {false, false, false};
    static const char *const keys[3] = {"volume", "muted", "voice"};
    for (yaml_node_pair_t *pair = root->data.mapping.pairs.start;
         pair < root->data.mapping.pairs.top; pair++) {
        yaml_node_t *key = yaml_document_get_node(doc, pair->key);
        yaml_node_t *value = yaml_document_get_node(doc, pair->value);
        const char *name = scalar_of(key);
        int k = 0;
        while (k < 3 && (!name || strcmp(name, keys[k]) != 0))
            k++;
        if (k == 3) {
            error_at(ld, key->start_mark,
                     "unknown key (expected volume, muted or voice)");
            continue;
        }
        // libyaml lets a key repeat; the file is ours, so say so.
        if (seen[k]) {
            error_at(ld, key->start_mark, "'%s' is given twice", keys[k]);
            continue;
        }
        seen[k] = true;
        if (k == 0)
            parse_volume(ld, value, &out->volume);
        else
            parse_bool(ld, value, keys[k], k == 1 ? &out->muted : &out->voice);
    }
}

bool settings_load_buffer(const char *path, const char *data, size_t len,
                          struct settings *out, struct diag_list *diags)
{
    *out = settings_default();
    size_t before = diags->count;
    struct loader ld = {.path = path, .diags = diags};
    size_t bad;
    if (!utf8_valid(data, len, &bad)) {
        int line, col;
        utf8_position(data, bad, &line, &col);
        diag_add(diags, path, line, col, "invalid UTF-8");
        return false;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(diags, path, 1, 1, "out of memory while parsing");
        return false;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_document_t doc;
    if (!yaml_parser_load(&parser, &doc)) {
        error_at(&ld, parser.problem_mark, "%s",
                 parser.problem ? parser.problem : "syntax error");
    } else {
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        if (root) // an empty file: every default
            parse_root(&ld, &doc, root, out);
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    return diags->count == before && !diags->overflowed;
}

bool settings_load(const char *path, struct settings *out,
                   struct diag_list *diags)
{
    *out = settings_default();
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return true; // nothing remembered yet
        diag_add(diags, path, 1, 1, "cannot open: %s", strerror(errno));
        return false;
    }
    char *data = xmalloc(SETTINGS_FILE_MAX + 1);
    size_t len = 0;
    ssize_t n = 0;
    while (len <= SETTINGS_FILE_MAX &&
           (n = read(fd, data + len, SETTINGS_FILE_MAX + 1 - len)) > 0)
        len += (size_t)n;
    int read_errno = n < 0 ? errno : 0;
    close(fd);
    bool ok = false;
    if (read_errno)
        diag_add(diags, path, 1, 1, "cannot read: %s", strerror(read_errno));
    else if (len > SETTINGS_FILE_MAX)
        diag_add(diags, path, 1, 1, "the file is over %d bytes",
                 SETTINGS_FILE_MAX);
    else
        ok = settings_load_buffer(path, data, len, out, diags);
    free(data);
    return ok;
}

// mkdir -p for the folder that holds path.
static bool make_parents(const char *path)
{
    char *dir = xstrdup(path);
    bool ok = true;
    for (char *p = dir + 1; *p && ok; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            ok = false;
        *p = '/';
    }
    free(dir);
    return ok;
}

bool settings_save(const char *path, const struct settings *s)
{
    if (!make_parents(path))
        return false;
    char *text = xasprintf("# Limber remembers these between runs.\n"
                           "volume: %d\nmuted: %s\nvoice: %s\n",
                           s->volume, s->muted ? "true" : "false",
                           s->voice ? "true" : "false");
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
