#include "kiosk_config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "duration.h"
#include "files.h"
#include "lang.h"
#include "pin_hash.h"
#include "xalloc.h"
#include "ydoc.h"

// Loaded like a routine (ydoc.h): libyaml's document API, every position
// from a node's start mark, and checking goes on after an error.

static void parse_idle(struct ydoc *ld, const yaml_node_t *node, int64_t *out)
{
    const char *key = "idle-timeout";
    if (!ydoc_expect_scalar(ld, node, key, "a time like 90s, 2m or 90"))
        return;
    int64_t ms;
    char q[48];
    if (!duration_parse(ydoc_scalar(node), &ms)) {
        ydoc_error(ld, node,
                   "'%s' is not a time: write 90s, 2m, 1m30s or a number of "
                   "seconds, not '%s'",
                   key, ydoc_quote(ydoc_scalar(node), q));
        return;
    }
    if (ms < KIOSK_IDLE_MIN_MS || ms > KIOSK_IDLE_MAX_MS) {
        ydoc_error(ld, node, "'%s' must be from 1s to 24h, found %s", key,
                   ydoc_quote(ydoc_scalar(node), q));
        return;
    }
    *out = ms;
}

static void parse_pin(struct ydoc *ld, const yaml_node_t *node,
                      struct kiosk_config *cfg)
{
    if (!ydoc_expect_scalar(ld, node, "pin", "a hash from limber --hash-pin"))
        return;
    const char *s = ydoc_scalar(node);
    // Written in clear by mistake: say so without echoing it.
    if (strspn(s, "0123456789") == strlen(s)) {
        ydoc_error(ld, node,
                   "'pin' must be the hash that limber --hash-pin prints, "
                   "never the PIN itself");
        return;
    }
    if (strlen(s) >= PIN_HASH_SIZE || !pin_hash_usable(s)) {
        ydoc_error(ld, node,
                   "'pin' is not a hash this system can check (or its method "
                   "is too weak): make one with limber --hash-pin");
        return;
    }
    cfg->pin_hash = xstrdup(s);
}

// A list of words, or one word: `routines: calf-cramp-relief` is taken
// as a list of one.
static bool for_each_item(struct ydoc *ld, const yaml_node_t *node,
                          const char *key,
                          void (*each)(struct ydoc *, const yaml_node_t *,
                                       struct kiosk_config *),
                          struct kiosk_config *cfg)
{
    if (node->type == YAML_SCALAR_NODE) {
        each(ld, node, cfg);
        return true;
    }
    if (node->type != YAML_SEQUENCE_NODE) {
        ydoc_error(ld, node, "'%s' must be a list like [a, b]", key);
        return false;
    }
    for (yaml_node_item_t *it = node->data.sequence.items.start;
         it < node->data.sequence.items.top; it++)
        each(ld, ydoc_node(ld, *it), cfg);
    return true;
}

static void add_routine(struct ydoc *ld, const yaml_node_t *node,
                        struct kiosk_config *cfg)
{
    if (!ydoc_expect_scalar(ld, node, "routines", "a list of routine ids"))
        return;
    for (size_t i = 0; i < cfg->routine_count; i++) {
        if (strcmp(cfg->routines[i].id, ydoc_scalar(node)) == 0) {
            char q[48];
            ydoc_error(ld, node, "routine '%s' is listed twice",
                       ydoc_quote(ydoc_scalar(node), q));
            return;
        }
    }
    cfg->routines = xrealloc(cfg->routines,
                             (cfg->routine_count + 1) * sizeof(*cfg->routines));
    struct kiosk_config_routine *r = &cfg->routines[cfg->routine_count++];
    r->id = xstrdup(ydoc_scalar(node));
    ydoc_position(node->start_mark, &r->line, &r->col);
}

static void add_lang(struct ydoc *ld, const yaml_node_t *node,
                     struct kiosk_config *cfg)
{
    if (!ydoc_expect_scalar(ld, node, "languages", "a list of language tags"))
        return;
    char tag[LANG_TAG_SIZE], q[48];
    if (!lang_tag_parse(ydoc_scalar(node), tag)) {
        ydoc_error(ld, node, "'%s' is not a language tag: %s",
                   ydoc_quote(ydoc_scalar(node), q), LANG_TAG_HINT);
        return;
    }
    for (size_t i = 0; i < cfg->lang_count; i++) {
        if (strcmp(cfg->langs[i], tag) == 0) {
            ydoc_error(ld, node, "language '%s' is listed twice", tag);
            return;
        }
    }
    if (cfg->lang_count == KIOSK_LANGS_MAX) {
        ydoc_error(ld, node, "at most %d languages", KIOSK_LANGS_MAX);
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
    K_REDUCE_MOTION,
    K_ROTATION,
    K_COUNT
};
static const char *const keys[K_COUNT] = {
    "kiosk",  "routines", "languages",     "idle-timeout", "pin",
    "volume", "display",  "reduce-motion", "rotation"};

// A quarter turn: what a panel mounted on its side needs.
static void parse_rotation(struct ydoc *ld, const yaml_node_t *node, int *out)
{
    int deg = 0;
    if (!ydoc_int(ld, node, "rotation", 0, 100000, &deg))
        return;
    if (deg % 90 != 0 || deg > 270) {
        ydoc_error(ld, node, "'rotation' must be 0, 90, 180 or 270, found %d",
                   deg);
        return;
    }
    *out = deg;
}

static void parse_root(struct ydoc *ld, const yaml_node_t *root,
                       struct kiosk_config *cfg)
{
    if (root->type != YAML_MAPPING_NODE) {
        char found[48];
        ydoc_error(ld, root,
                   "a kiosk configuration is 'key: value' lines, found %s",
                   ydoc_describe(root, found));
        return;
    }
    yaml_node_t *k[K_COUNT] = {0}, *v[K_COUNT] = {0};
    struct ydoc_schema schema = {"the kiosk configuration", keys, K_COUNT};
    if (!ydoc_collect(ld, root, &schema, k, v))
        return;
    if (v[K_KIOSK])
        ydoc_bool(ld, v[K_KIOSK], keys[K_KIOSK], &cfg->kiosk);
    if (v[K_ROUTINES])
        for_each_item(ld, v[K_ROUTINES], keys[K_ROUTINES], add_routine, cfg);
    if (v[K_LANGUAGES])
        for_each_item(ld, v[K_LANGUAGES], keys[K_LANGUAGES], add_lang, cfg);
    if (v[K_IDLE])
        parse_idle(ld, v[K_IDLE], &cfg->idle_timeout_ms);
    if (v[K_PIN])
        parse_pin(ld, v[K_PIN], cfg);
    if (v[K_VOLUME])
        ydoc_int(ld, v[K_VOLUME], keys[K_VOLUME], 0, 100, &cfg->volume);
    if (v[K_DISPLAY])
        ydoc_int(ld, v[K_DISPLAY], keys[K_DISPLAY], 0, 63, &cfg->display);
    if (v[K_REDUCE_MOTION])
        ydoc_bool(ld, v[K_REDUCE_MOTION], keys[K_REDUCE_MOTION],
                  &cfg->reduce_motion);
    if (v[K_ROTATION])
        parse_rotation(ld, v[K_ROTATION], &cfg->rotation);
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
    struct ydoc y;
    yaml_node_t *root = ydoc_load(&y, path, data, len, diags);
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->path = xstrdup(path);
    if (root)
        parse_root(&y, root, cfg); // an empty file: every default
    bool failed = ydoc_failed(&y);
    ydoc_done(&y);
    if (failed) {
        kiosk_config_free(cfg);
        return NULL;
    }
    return cfg;
}

struct kiosk_config *kiosk_config_load_file(const char *path,
                                            struct diag_list *diags)
{
    size_t len;
    char *data = files_read(path, KIOSK_CONFIG_FILE_MAX,
                            "a kiosk configuration", &len, diags);
    if (!data)
        return NULL;
    struct kiosk_config *cfg = kiosk_config_load_buffer(path, data, len, diags);
    free(data);
    return cfg;
}

char *kiosk_config_find(const char *system_path)
{
    if (system_path && access(system_path, F_OK) == 0)
        return xstrdup(system_path);
    char *path = files_user_path(FILES_CONFIG, "kiosk.yaml");
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
                     ydoc_quote(r->id, q));
            ok = false;
        }
    }
    if (!ok)
        return false;
    const char **ids = xcalloc(cfg->routine_count, sizeof(*ids));
    for (size_t i = 0; i < cfg->routine_count; i++)
        ids[i] = cfg->routines[i].id;
    ok = library_keep(lib, ids, cfg->routine_count);
    free(ids);
    return ok;
}
