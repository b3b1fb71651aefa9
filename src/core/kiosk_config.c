#include "kiosk_config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "duration.h"
#include "lang.h"
#include "pin_hash.h"
#include "utf8.h"
#include "xalloc.h"

// The loader follows routine_load.c: libyaml's document API, every
// position from a node's start mark, and keep checking after an error.

struct loader {
    const char *path;
    yaml_document_t *doc;
    struct diag_list *diags;
};

// libyaml's marks are 0-based; ours are 1-based.
static void mark_position(yaml_mark_t mark, int *line, int *col)
{
    *line = (int)mark.line + 1;
    *col = (int)mark.column + 1;
}

static void error_at(struct loader *ld, const yaml_node_t *node,
                     const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(struct loader *ld, const yaml_node_t *node,
                     const char *fmt, ...)
{
    int line, col;
    mark_position(node->start_mark, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    diag_addv(ld->diags, ld->path, line, col, fmt, ap);
    va_end(ap);
}

static const char *scalar(const yaml_node_t *node)
{
    return (const char *)node->data.scalar.value;
}

// A short printable copy of user text for messages.
static const char *quote(const char *s, char buf[48])
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80 && n >= 40) {
            memcpy(buf + n, "...", 4);
            return buf;
        }
        buf[n++] = (*p < 0x20 || *p == 0x7F) ? '?' : (char)*p;
    }
    buf[n] = '\0';
    return buf;
}

// A non-empty scalar without NUL characters, or an error naming key.
static bool expect_scalar(struct loader *ld, const yaml_node_t *node,
                          const char *key, const char *expected)
{
    bool ok = node->type == YAML_SCALAR_NODE && node->data.scalar.length > 0 &&
              strlen(scalar(node)) == node->data.scalar.length;
    if (ok && node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        strcmp(scalar(node), "~") == 0)
        ok = false;
    if (!ok) {
        error_at(ld, node, "'%s' must be %s", key, expected);
        return false;
    }
    return true;
}

static bool parse_int(struct loader *ld, const yaml_node_t *node,
                      const char *key, int min, int max, int *out)
{
    if (!expect_scalar(ld, node, key, "a whole number"))
        return false;
    const char *s = scalar(node);
    long v = 0;
    const char *p = s;
    while (*p >= '0' && *p <= '9' && v <= max)
        v = v * 10 + (*p++ - '0');
    char q[48];
    if (p == s || (*p && !(*p >= '0' && *p <= '9'))) {
        error_at(ld, node, "'%s' must be a whole number, found '%s'", key,
                 quote(s, q));
        return false;
    }
    if (*p || v < min || v > max) {
        error_at(ld, node, "'%s' must be from %d to %d, found %s", key, min,
                 max, quote(s, q));
        return false;
    }
    *out = (int)v;
    return true;
}

static void parse_bool(struct loader *ld, const yaml_node_t *node,
                       const char *key, bool *out)
{
    if (!expect_scalar(ld, node, key, "true or false"))
        return;
    if (strcmp(scalar(node), "true") == 0) {
        *out = true;
    } else if (strcmp(scalar(node), "false") == 0) {
        *out = false;
    } else {
        char q[48];
        error_at(ld, node, "'%s' must be true or false, not '%s'", key,
                 quote(scalar(node), q));
    }
}

static void parse_idle(struct loader *ld, const yaml_node_t *node, int64_t *out)
{
    const char *key = "idle-timeout";
    if (!expect_scalar(ld, node, key, "a time like 90s, 2m or 90"))
        return;
    int64_t ms;
    char q[48];
    if (!duration_parse(scalar(node), &ms)) {
        error_at(ld, node,
                 "'%s' is not a time: write 90s, 2m, 1m30s or a number of "
                 "seconds, not '%s'",
                 key, quote(scalar(node), q));
        return;
    }
    if (ms < KIOSK_IDLE_MIN_MS || ms > KIOSK_IDLE_MAX_MS) {
        error_at(ld, node, "'%s' must be from 1s to 24h, found %s", key,
                 quote(scalar(node), q));
        return;
    }
    *out = ms;
}

static void parse_pin(struct loader *ld, const yaml_node_t *node,
                      struct kiosk_config *cfg)
{
    if (!expect_scalar(ld, node, "pin", "a hash from limber --hash-pin"))
        return;
    const char *s = scalar(node);
    // Written in clear by mistake: say so without echoing it.
    if (strspn(s, "0123456789") == strlen(s)) {
        error_at(ld, node,
                 "'pin' must be the hash that limber --hash-pin prints, "
                 "never the PIN itself");
        return;
    }
    if (strlen(s) >= PIN_HASH_SIZE || !pin_hash_usable(s)) {
        error_at(ld, node,
                 "'pin' is not a hash this system can check (or its method "
                 "is too weak): make one with limber --hash-pin");
        return;
    }
    cfg->pin_hash = xstrdup(s);
}

// A list of words, or one word: `routines: calf-cramp-relief` is taken
// as a list of one.
static bool for_each_item(struct loader *ld, const yaml_node_t *node,
                          const char *key,
                          void (*each)(struct loader *, const yaml_node_t *,
                                       struct kiosk_config *),
                          struct kiosk_config *cfg)
{
    if (node->type == YAML_SCALAR_NODE) {
        each(ld, node, cfg);
        return true;
    }
    if (node->type != YAML_SEQUENCE_NODE) {
        error_at(ld, node, "'%s' must be a list like [a, b]", key);
        return false;
    }
    for (yaml_node_item_t *it = node->data.sequence.items.start;
         it < node->data.sequence.items.top; it++)
        each(ld, yaml_document_get_node(ld->doc, *it), cfg);
    return true;
}

static void add_routine(struct loader *ld, const yaml_node_t *node,
                        struct kiosk_config *cfg)
{
    if (!expect_scalar(ld, node, "routines", "a list of routine ids"))
        return;
    for (size_t i = 0; i < cfg->routine_count; i++) {
        if (strcmp(cfg->routines[i].id, scalar(node)) == 0) {
            char q[48];
            error_at(ld, node, "routine '%s' is listed twice",
                     quote(scalar(node), q));
            return;
        }
    }
    cfg->routines = xrealloc(cfg->routines,
                             (cfg->routine_count + 1) * sizeof(*cfg->routines));
    struct kiosk_config_routine *r = &cfg->routines[cfg->routine_count++];
    r->id = xstrdup(scalar(node));
    mark_position(node->start_mark, &r->line, &r->col);
}

static void add_lang(struct loader *ld, const yaml_node_t *node,
                     struct kiosk_config *cfg)
{
    if (!expect_scalar(ld, node, "languages", "a list of language tags"))
        return;
    const char *tag = scalar(node);
    char q[48];
    if (!lang_tag_valid(tag)) {
        error_at(ld, node,
                 "'%s' is not a language tag (two or three lowercase "
                 "letters, like en or uk)",
                 quote(tag, q));
        return;
    }
    for (size_t i = 0; i < cfg->lang_count; i++) {
        if (strcmp(cfg->langs[i], tag) == 0) {
            error_at(ld, node, "language '%s' is listed twice", tag);
            return;
        }
    }
    if (cfg->lang_count == KIOSK_LANGS_MAX) {
        error_at(ld, node, "at most %d languages", KIOSK_LANGS_MAX);
        return;
    }
    memcpy(cfg->langs[cfg->lang_count++], tag, strlen(tag) + 1);
}

enum {
    K_KIOSK,
    K_ROUTINES,
    K_LANGUAGES,
    K_IDLE,
    K_PIN,
    K_VOLUME,
    K_DISPLAY,
    K_COUNT
};
static const char *const keys[K_COUNT] = {
    "kiosk", "routines", "languages", "idle-timeout",
    "pin",   "volume",   "display"};

static void parse_root(struct loader *ld, const yaml_node_t *root,
                       struct kiosk_config *cfg)
{
    if (root->type != YAML_MAPPING_NODE) {
        error_at(ld, root,
                 "a kiosk configuration is a list of 'key: value' "
                 "lines");
        return;
    }
    const yaml_node_t *seen[K_COUNT] = {0};
    for (yaml_node_pair_t *pair = root->data.mapping.pairs.start;
         pair < root->data.mapping.pairs.top; pair++) {
        yaml_node_t *key = yaml_document_get_node(ld->doc, pair->key);
        yaml_node_t *value = yaml_document_get_node(ld->doc, pair->value);
        char q[48];
        if (key->type != YAML_SCALAR_NODE) {
            error_at(ld, key, "keys must be words");
            continue;
        }
        size_t k = 0;
        while (k < K_COUNT && strcmp(keys[k], scalar(key)) != 0)
            k++;
        if (k == K_COUNT) {
            error_at(ld, key,
                     "unknown key '%s' (known: kiosk, routines, languages, "
                     "idle-timeout, pin, volume, display)",
                     quote(scalar(key), q));
            continue;
        }
        if (seen[k]) {
            int line, col;
            mark_position(seen[k]->start_mark, &line, &col);
            error_at(ld, key, "duplicate key '%s' (first given at %d:%d)",
                     keys[k], line, col);
            continue;
        }
        seen[k] = key;
        switch (k) {
        case K_KIOSK:
            parse_bool(ld, value, keys[k], &cfg->kiosk);
            break;
        case K_ROUTINES:
            for_each_item(ld, value, keys[k], add_routine, cfg);
            break;
        case K_LANGUAGES:
            for_each_item(ld, value, keys[k], add_lang, cfg);
            break;
        case K_IDLE:
            parse_idle(ld, value, &cfg->idle_timeout_ms);
            break;
        case K_PIN:
            parse_pin(ld, value, cfg);
            break;
        case K_VOLUME:
            parse_int(ld, value, keys[k], 0, 100, &cfg->volume);
            break;
        case K_DISPLAY:
            parse_int(ld, value, keys[k], 0, 63, &cfg->display);
            break;
        }
    }
}

static void report_parser_error(struct loader *ld, const yaml_parser_t *p,
                                const char *data, size_t len)
{
    int line = 1, col = 1;
    if (p->error == YAML_READER_ERROR) {
        utf8_position(data, p->problem_offset < len ? p->problem_offset : len,
                      &line, &col);
    } else if (p->error != YAML_MEMORY_ERROR) {
        mark_position(p->problem_mark, &line, &col);
    }
    diag_add(ld->diags, ld->path, line, col, "%s",
             p->problem ? p->problem : "syntax error");
}

struct kiosk_config *kiosk_config_new(void)
{
    struct kiosk_config *cfg = xcalloc(1, sizeof(*cfg));
    cfg->idle_timeout_ms = KIOSK_IDLE_DEFAULT_MS;
    cfg->volume = -1;
    cfg->display = -1;
    return cfg;
}

void kiosk_config_free(struct kiosk_config *cfg)
{
    if (!cfg)
        return;
    for (size_t i = 0; i < cfg->routine_count; i++)
        free(cfg->routines[i].id);
    free(cfg->routines);
    if (cfg->pin_hash) {
        explicit_bzero(cfg->pin_hash, strlen(cfg->pin_hash));
        free(cfg->pin_hash);
    }
    free(cfg->path);
    free(cfg);
}

struct kiosk_config *kiosk_config_load_buffer(const char *path,
                                              const char *data, size_t len,
                                              struct diag_list *diags)
{
    size_t before = diags->count;
    size_t bad;
    if (!utf8_valid(data, len, &bad)) {
        int line, col;
        utf8_position(data, bad, &line, &col);
        diag_add(diags, path, line, col, "invalid UTF-8 (byte 0x%02X)",
                 (unsigned char)data[bad]);
        return NULL;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(diags, path, 1, 1, "out of memory while parsing");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    struct loader ld = {.path = path, .diags = diags};
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->path = xstrdup(path);
    yaml_document_t doc;
    if (!yaml_parser_load(&parser, &doc)) {
        report_parser_error(&ld, &parser, data, len);
    } else {
        ld.doc = &doc;
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        if (root)
            parse_root(&ld, root, cfg); // an empty file: every default
        yaml_document_t extra;
        if (!yaml_parser_load(&parser, &extra)) {
            report_parser_error(&ld, &parser, data, len);
        } else {
            yaml_node_t *second = yaml_document_get_root_node(&extra);
            if (second)
                error_at(&ld, second, "a second YAML document starts here");
            yaml_document_delete(&extra);
        }
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    diag_list_sort_from(diags, before);
    if (diags->count != before || diags->overflowed) {
        kiosk_config_free(cfg);
        return NULL;
    }
    return cfg;
}

struct kiosk_config *kiosk_config_load_file(const char *path,
                                            struct diag_list *diags)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diag_add(diags, path, 1, 1, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        diag_add(diags, path, 1, 1, "not a regular file");
        close(fd);
        return NULL;
    }
    char *data = xmalloc(KIOSK_CONFIG_FILE_MAX + 1);
    size_t len = 0;
    ssize_t n;
    while (len <= KIOSK_CONFIG_FILE_MAX &&
           (n = read(fd, data + len, KIOSK_CONFIG_FILE_MAX + 1 - len)) > 0)
        len += (size_t)n;
    int read_errno = n < 0 ? errno : 0;
    close(fd);
    struct kiosk_config *cfg = NULL;
    if (read_errno) {
        diag_add(diags, path, 1, 1, "cannot read: %s", strerror(read_errno));
    } else if (len > KIOSK_CONFIG_FILE_MAX) {
        diag_add(diags, path, 1, 1, "the file is over %d bytes",
                 KIOSK_CONFIG_FILE_MAX);
    } else {
        cfg = kiosk_config_load_buffer(path, data, len, diags);
    }
    free(data);
    return cfg;
}

char *kiosk_config_find(const char *system_path)
{
    if (system_path && access(system_path, F_OK) == 0)
        return xstrdup(system_path);
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char *path = NULL;
    // The XDG spec: a relative XDG_CONFIG_HOME is to be ignored.
    if (xdg && xdg[0] == '/')
        path = xasprintf("%s/limber/kiosk.yaml", xdg);
    else if (home && *home)
        path = xasprintf("%s/.config/limber/kiosk.yaml", home);
    if (path && access(path, F_OK) != 0) {
        free(path);
        path = NULL;
    }
    return path;
}

bool kiosk_config_filter_library(const struct kiosk_config *cfg,
                                 struct library *lib, struct diag_list *diags)
{
    if (cfg->routine_count == 0)
        return true;
    bool ok = true;
    for (size_t i = 0; i < cfg->routine_count; i++) {
        const struct kiosk_config_routine *r = &cfg->routines[i];
        if (!library_find(lib, r->id)) {
            char q[48];
            diag_add(diags, cfg->path ? cfg->path : "kiosk", r->line, r->col,
                     "no routine with the id '%s' in the library (limber "
                     "--list shows them)",
                     quote(r->id, q));
            ok = false;
        }
    }
    if (!ok)
        return false;
    struct routine **kept = xcalloc(cfg->routine_count, sizeof(*kept));
    for (size_t i = 0; i < cfg->routine_count; i++) {
        for (size_t j = 0; j < lib->count; j++) {
            if (lib->routines[j] &&
                strcmp(lib->routines[j]->id, cfg->routines[i].id) == 0) {
                kept[i] = lib->routines[j];
                lib->routines[j] = NULL;
                break;
            }
        }
    }
    for (size_t j = 0; j < lib->count; j++)
        routine_free(lib->routines[j]);
    free(lib->routines);
    lib->routines = kept;
    lib->count = lib->cap = cfg->routine_count;
    return true;
}
