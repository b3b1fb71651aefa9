#include "routine_load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "duration.h"
#include "figure_load.h"
#include "files.h"
#include "lang.h"
#include "safe_path.h"
#include "xalloc.h"
#include "ydoc.h"

#define REPEAT_MAX           20
#define STEP_DURATION_MAX_MS (3600 * 1000LL)

struct loader {
    struct ydoc y;
    char *dir; // the routine's folder, for cue and image files
    char lang[LANG_TAG_SIZE];
};

static void missing_key(struct loader *ld, const yaml_node_t *map,
                        const char *where, const char *key)
{
    ydoc_error(&ld->y, map, "%s has no '%s' (it is required)", where, key);
}

// min_ms is 0 for pauses that may be left out (prepare, switch, rest) and
// 1 for step durations, which must be positive.
static bool parse_duration(struct loader *ld, const yaml_node_t *node,
                           const char *key, int64_t min_ms, int64_t *out)
{
    if (!ydoc_expect_scalar(&ld->y, node, key,
                            "a duration like 30s, 1m or 1m30s"))
        return false;
    int64_t ms;
    char q[48];
    if (!duration_parse(ydoc_scalar(node), &ms)) {
        ydoc_error(&ld->y, node,
                   "'%s' is not a duration: write 45s, 1m, 1m30s or a number "
                   "of seconds, not '%s'",
                   key, ydoc_quote(ydoc_scalar(node), q));
        return false;
    }
    if (ms < min_ms) {
        ydoc_error(&ld->y, node, "'%s' must be longer than 0s", key);
        return false;
    }
    if (ms > STEP_DURATION_MAX_MS) {
        ydoc_error(&ld->y, node, "'%s' must be at most 1h, found %s", key,
                   ydoc_quote(ydoc_scalar(node), q));
        return false;
    }
    *out = ms;
    return true;
}

// Parses a name from a fixed list (kind, sides); from_name returns -1 for
// names it does not know.
static bool parse_choice(struct loader *ld, const yaml_node_t *node,
                         const char *key, int (*from_name)(const char *),
                         const char *choices, int *out)
{
    if (!ydoc_expect_scalar(&ld->y, node, key, choices))
        return false;
    int v = from_name(ydoc_scalar(node));
    if (v < 0) {
        char q[48];
        ydoc_error(&ld->y, node, "'%s' must be %s, not '%s'", key, choices,
                   ydoc_quote(ydoc_scalar(node), q));
        return false;
    }
    *out = v;
    return true;
}

// Copies a text without trailing whitespace (block scalars end in "\n").
static char *trimmed_copy(const char *s)
{
    size_t n = strlen(s);
    while (n && strchr(" \t\r\n", s[n - 1]))
        n--;
    return xstrndup(s, n);
}

static void text_add(struct text *t, const char *lang, const char *str)
{
    t->items = xrealloc(t->items, (t->count + 1) * sizeof(*t->items));
    struct text_entry *e = &t->items[t->count++];
    memcpy(e->lang, lang, LANG_TAG_SIZE);
    e->str = trimmed_copy(str);
}

// Reads a language tag (either spelling) into out, normalised; an error
// at node when it is not one.
static bool parse_lang_tag(struct loader *ld, const yaml_node_t *node,
                           char out[LANG_TAG_SIZE])
{
    char q[48], d[48];
    if (node->type == YAML_SCALAR_NODE &&
        lang_tag_parse(ydoc_scalar(node), out))
        return true;
    ydoc_error(&ld->y, node, "'%s' is not a language tag: %s",
               node->type == YAML_SCALAR_NODE ? ydoc_quote(ydoc_scalar(node), q)
                                              : ydoc_describe(node, d),
               LANG_TAG_HINT);
    return false;
}

static bool blank(const char *s)
{
    return s[strspn(s, " \t\r\n")] == '\0';
}

// A text is a plain string (in the routine's lang) or a mapping from
// language tags to strings.
static void parse_text(struct loader *ld, const yaml_node_t *node,
                       const char *key, struct text *out)
{
    char d[48];
    if (node->type == YAML_SCALAR_NODE && !ydoc_is_nothing(node)) {
        if (!ydoc_expect_scalar(&ld->y, node, key, "a text"))
            return;
        if (blank(ydoc_scalar(node))) {
            ydoc_error(&ld->y, node, "'%s' is empty", key);
            return;
        }
        text_add(out, ld->lang, ydoc_scalar(node));
        return;
    }
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(&ld->y, node,
                   "'%s' must be a text (a string, or one string per "
                   "language), found %s",
                   key, ydoc_describe(node, d));
        return;
    }
    for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
         pair < node->data.mapping.pairs.top && !ld->y.full; pair++) {
        yaml_node_t *tag = ydoc_node(&ld->y, pair->key);
        yaml_node_t *value = ydoc_node(&ld->y, pair->value);
        char tag_lang[LANG_TAG_SIZE];
        if (!parse_lang_tag(ld, tag, tag_lang))
            continue;
        if (text_has(out, tag_lang)) {
            ydoc_error(&ld->y, tag, "'%s' is translated to '%s' twice", key,
                       tag_lang);
            continue;
        }
        if (out->count == ROUTINE_TRANSLATIONS_MAX) {
            ydoc_error(&ld->y, tag, "'%s' has more than %d translations", key,
                       ROUTINE_TRANSLATIONS_MAX);
            return;
        }
        if (!ydoc_expect_scalar(&ld->y, value, key, "a string"))
            continue;
        if (blank(ydoc_scalar(value))) {
            ydoc_error(&ld->y, value, "'%s' is empty in '%s'", key, tag_lang);
            continue;
        }
        text_add(out, tag_lang, ydoc_scalar(value));
    }
    if (out->count == 0 &&
        node->data.mapping.pairs.start == node->data.mapping.pairs.top)
        ydoc_error(&ld->y, node, "'%s' has no translations", key);
}

static bool parse_id(struct loader *ld, const yaml_node_t *node,
                     struct routine *r)
{
    if (!ydoc_expect_scalar(&ld->y, node, "id", "a name like calf-stretch"))
        return false;
    const char *id = ydoc_scalar(node);
    char q[48];
    if (!routine_name_valid(id)) {
        ydoc_error(&ld->y, node,
                   "id '%s' may use only a-z, 0-9 and '-' (at most %d "
                   "characters)",
                   ydoc_quote(id, q), ROUTINE_NAME_MAX);
        return false;
    }
    r->id = xstrdup(id);
    ydoc_position(node->start_mark, &r->id_line, &r->id_col);
    return true;
}

static void parse_muscles(struct loader *ld, const yaml_node_t *node,
                          struct routine *r)
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        ydoc_error(&ld->y, node,
                   "'muscles' must be a list of muscle groups, such as "
                   "[calves, feet], found %s",
                   ydoc_describe(node, d));
        return;
    }
    yaml_node_item_t *item = node->data.sequence.items.start;
    if (item == node->data.sequence.items.top) {
        ydoc_error(&ld->y, node, "'muscles' is empty: name at least one group");
        return;
    }
    for (; item < node->data.sequence.items.top && !ld->y.full; item++) {
        yaml_node_t *m = ydoc_node(&ld->y, *item);
        if (!ydoc_expect_scalar(&ld->y, m, "muscles", "a muscle group"))
            continue;
        int group = routine_muscle_from_name(ydoc_scalar(m));
        char q[48];
        if (group < 0) {
            ydoc_error(&ld->y, m,
                       "unknown muscle group '%s' (expected eyes, face, neck, "
                       "shoulders, arms, hands, back, chest, hips, thighs, "
                       "calves, feet or whole-body)",
                       ydoc_quote(ydoc_scalar(m), q));
        } else if (r->muscles & (1u << group)) {
            ydoc_error(&ld->y, m, "muscle group '%s' is listed twice",
                       ydoc_scalar(m));
        } else {
            r->muscles |= 1u << group;
        }
    }
}

static void parse_path(struct loader *ld, const yaml_node_t *node,
                       const char *key, char **out)
{
    char q[48];
    const char *rel = ydoc_scalar(node);
    switch (safe_path_resolve(ld->dir, rel, out)) {
    case SAFE_PATH_OK:
        return;
    case SAFE_PATH_EMPTY:
        ydoc_error(&ld->y, node, "'%s' is empty", key);
        return;
    case SAFE_PATH_ABSOLUTE:
        ydoc_error(&ld->y, node,
                   "%s file '%s' is an absolute path: name a file in the "
                   "routine's folder",
                   key, ydoc_quote(rel, q));
        return;
    case SAFE_PATH_PARENT:
        ydoc_error(&ld->y, node, "%s file '%s' leaves the routine's folder",
                   key, ydoc_quote(rel, q));
        return;
    case SAFE_PATH_NOT_FOUND:
        ydoc_error(&ld->y, node, "%s file '%s' not found next to the routine",
                   key, ydoc_quote(rel, q));
        return;
    case SAFE_PATH_NOT_A_FILE:
        ydoc_error(&ld->y, node, "%s file '%s' is not a regular file", key,
                   ydoc_quote(rel, q));
        return;
    case SAFE_PATH_ESCAPES:
        ydoc_error(&ld->y, node,
                   "%s file '%s' leads outside the routine's folder through a "
                   "symbolic link",
                   key, ydoc_quote(rel, q));
        return;
    }
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcasecmp(s + n - m, suffix) == 0;
}

static void parse_cue(struct loader *ld, const yaml_node_t *node,
                      struct step *step)
{
    if (!ydoc_expect_scalar(&ld->y, node, "cue", "a cue name or a sound file"))
        return;
    ydoc_position(node->start_mark, &step->cue_line, &step->cue_col);
    int builtin = routine_cue_from_name(ydoc_scalar(node));
    if (builtin >= 0) {
        step->cue = builtin;
        return;
    }
    if (!has_suffix(ydoc_scalar(node), ".wav") &&
        !has_suffix(ydoc_scalar(node), ".ogg")) {
        char q[48];
        ydoc_error(&ld->y, node,
                   "unknown cue '%s' (use chime, bell, gong, tick or none, or "
                   "a .wav or .ogg file next to the routine)",
                   ydoc_quote(ydoc_scalar(node), q));
        return;
    }
    parse_path(ld, node, "cue", &step->cue_file);
    if (step->cue_file)
        step->cue = ROUTINE_CUE_FILE;
}

// `image:` a PNG, JPEG or SVG file beside the routine (--check decodes it).
static void parse_image(struct loader *ld, const yaml_node_t *node,
                        struct step *step)
{
    ydoc_position(node->start_mark, &step->image_line, &step->image_col);
    parse_path(ld, node, "image", &step->image);
    const char *name = ydoc_scalar(node);
    if (step->image && !has_suffix(name, ".png") && !has_suffix(name, ".jpg") &&
        !has_suffix(name, ".jpeg") && !has_suffix(name, ".svg")) {
        char q[48];
        ydoc_error(&ld->y, node,
                   "image '%s' must be a .png, .jpg, .jpeg or .svg file",
                   ydoc_quote(name, q));
    }
}

// `figure:` a name from the figure library, or a figure written inline.
static void parse_figure(struct loader *ld, const yaml_node_t *node,
                         struct step *step)
{
    ydoc_position(node->start_mark, &step->figure_line, &step->figure_col);
    if (node->type == YAML_MAPPING_NODE) {
        step->figure_inline = figure_parse(&ld->y, node, NULL);
        return;
    }
    if (!ydoc_expect_scalar(&ld->y, node, "figure",
                            "a figure name or a figure"))
        return;
    const char *name = ydoc_scalar(node);
    char q[48];
    if (!routine_name_valid(name)) {
        ydoc_error(&ld->y, node,
                   "figure name '%s' may use only a-z, 0-9 and '-' (at most "
                   "%d characters)",
                   ydoc_quote(name, q), ROUTINE_NAME_MAX);
        return;
    }
    step->figure_name = xstrdup(name);
}

enum {
    S_TITLE,
    S_TEXT,
    S_DURATION,
    S_SIDES,
    S_REPEAT,
    S_REST,
    S_CUE,
    S_SAY,
    S_IMAGE,
    S_FIGURE,
    S_MIRROR,
    S_COUNT
};
static const char *const step_keys[S_COUNT] = {
    "title", "text", "duration", "sides",  "repeat", "rest",
    "cue",   "say",  "image",    "figure", "mirror"};

static void parse_step(struct loader *ld, const yaml_node_t *node,
                       size_t number, struct step *step)
{
    char d[48];
    *step = (struct step){.repeat = 1, .mirror = true};
    char where[32];
    snprintf(where, sizeof where, "step %zu", number);
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(&ld->y, node,
                   "%s must be a mapping with title, duration and the "
                   "rest, found %s",
                   where, ydoc_describe(node, d));
        return;
    }
    yaml_node_t *keys[S_COUNT] = {0}, *v[S_COUNT] = {0};
    struct ydoc_schema schema = {where, step_keys, S_COUNT};
    if (!ydoc_collect(&ld->y, node, &schema, keys, v))
        return;
    if (!v[S_TITLE])
        missing_key(ld, node, where, "title");
    if (!v[S_DURATION])
        missing_key(ld, node, where, "duration");
    if (v[S_TITLE])
        parse_text(ld, v[S_TITLE], "title", &step->title);
    if (v[S_TEXT])
        parse_text(ld, v[S_TEXT], "text", &step->text);
    if (v[S_SAY])
        parse_text(ld, v[S_SAY], "say", &step->say);
    if (v[S_DURATION])
        parse_duration(ld, v[S_DURATION], "duration", 1, &step->duration_ms);
    int sides = ROUTINE_SIDES_NONE;
    if (v[S_SIDES])
        parse_choice(ld, v[S_SIDES], "sides", routine_sides_from_name,
                     "none, left, right or both", &sides);
    step->sides = sides;
    if (v[S_REPEAT])
        ydoc_int(&ld->y, v[S_REPEAT], "repeat", 1, REPEAT_MAX, &step->repeat);
    if (v[S_REST])
        parse_duration(ld, v[S_REST], "rest", 0, &step->rest_ms);
    if (v[S_CUE])
        parse_cue(ld, v[S_CUE], step);
    if (v[S_IMAGE] &&
        ydoc_expect_scalar(&ld->y, v[S_IMAGE], "image", "a file name"))
        parse_image(ld, v[S_IMAGE], step);
    if (v[S_FIGURE])
        parse_figure(ld, v[S_FIGURE], step);
    if (v[S_MIRROR])
        ydoc_bool(&ld->y, v[S_MIRROR], "mirror", &step->mirror);
    if (v[S_IMAGE] && v[S_FIGURE])
        ydoc_error(&ld->y, keys[S_FIGURE],
                   "%s has both 'image' and 'figure': give one illustration",
                   where);
}

static void parse_steps(struct loader *ld, const yaml_node_t *node,
                        struct routine *r)
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        ydoc_error(&ld->y, node, "'steps' must be a list of steps, found %s",
                   ydoc_describe(node, d));
        return;
    }
    yaml_node_item_t *start = node->data.sequence.items.start;
    size_t count = (size_t)(node->data.sequence.items.top - start);
    if (count == 0) {
        ydoc_error(&ld->y, node, "'steps' is empty: a routine needs a step");
        return;
    }
    if (count > ROUTINE_STEPS_MAX) {
        ydoc_error(&ld->y, ydoc_node(&ld->y, start[ROUTINE_STEPS_MAX]),
                   "too many steps: a routine has at most %d",
                   ROUTINE_STEPS_MAX);
        return;
    }
    r->steps = xcalloc(count, sizeof(*r->steps));
    for (size_t i = 0; i < count && !ld->y.full; i++) {
        parse_step(ld, ydoc_node(&ld->y, start[i]), i + 1, &r->steps[i]);
        r->step_count = i + 1;
    }
}

enum {
    R_FORMAT,
    R_ID,
    R_LANG,
    R_TITLE,
    R_SUMMARY,
    R_KIND,
    R_MUSCLES,
    R_PREPARE,
    R_SWITCH,
    R_STEPS,
    R_COUNT
};
static const char *const root_keys[R_COUNT] = {
    "format", "id",      "lang",    "title",  "summary",
    "kind",   "muscles", "prepare", "switch", "steps"};

static void parse_routine(struct loader *ld, const yaml_node_t *root,
                          struct routine *r)
{
    char d[48];
    if (root->type != YAML_MAPPING_NODE) {
        ydoc_error(&ld->y, root,
                   "a routine must be a mapping (format, id, title, ...), "
                   "found %s",
                   ydoc_describe(root, d));
        return;
    }
    yaml_node_t *keys[R_COUNT] = {0}, *v[R_COUNT] = {0};
    struct ydoc_schema schema = {"the routine", root_keys, R_COUNT};
    if (!ydoc_collect(&ld->y, root, &schema, keys, v))
        return;
    static const int required[] = {R_FORMAT, R_ID, R_TITLE, R_MUSCLES, R_STEPS};
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        if (!v[required[i]])
            missing_key(ld, root, "the routine", root_keys[required[i]]);
    }

    // lang first: plain strings anywhere in the file are in this language.
    if (v[R_LANG] && ydoc_expect_scalar(&ld->y, v[R_LANG], "lang",
                                        "a language tag such as en"))
        parse_lang_tag(ld, v[R_LANG], ld->lang);
    memcpy(r->lang, ld->lang, LANG_TAG_SIZE);

    int format;
    if (v[R_FORMAT] &&
        ydoc_int(&ld->y, v[R_FORMAT], "format", 1, 999, &format) &&
        format != 1) {
        ydoc_error(&ld->y, v[R_FORMAT],
                   "unsupported format %d: this version of Limber reads "
                   "format 1",
                   format);
    }
    if (v[R_ID])
        parse_id(ld, v[R_ID], r);
    if (v[R_TITLE])
        parse_text(ld, v[R_TITLE], "title", &r->title);
    if (v[R_SUMMARY])
        parse_text(ld, v[R_SUMMARY], "summary", &r->summary);
    int kind = ROUTINE_MIXED;
    if (v[R_KIND])
        parse_choice(ld, v[R_KIND], "kind", routine_kind_from_name,
                     "stretch, massage, relax or mixed", &kind);
    r->kind = kind;
    if (v[R_MUSCLES])
        parse_muscles(ld, v[R_MUSCLES], r);
    r->prepare_ms = r->switch_ms = 5000;
    if (v[R_PREPARE])
        parse_duration(ld, v[R_PREPARE], "prepare", 0, &r->prepare_ms);
    if (v[R_SWITCH])
        parse_duration(ld, v[R_SWITCH], "switch", 0, &r->switch_ms);
    if (v[R_STEPS] && !ld->y.full)
        parse_steps(ld, v[R_STEPS], r);
}

static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

struct routine *routine_load_buffer(const char *path, const char *data,
                                    size_t len, struct diag_list *diags)
{
    struct loader ld = {.lang = "en"};
    yaml_node_t *root = ydoc_load(&ld.y, path, data, len, diags);
    struct routine *r = NULL;
    if (root) {
        ld.dir = folder_of(path);
        r = xcalloc(1, sizeof(*r));
        r->path = xstrdup(path);
        parse_routine(&ld, root, r);
        free(ld.dir);
    } else if (!ydoc_failed(&ld.y)) {
        diag_add(diags, path, 1, 1,
                 "the file is empty: a routine needs format, id, title, "
                 "muscles and steps");
    }
    bool failed = ydoc_failed(&ld.y);
    ydoc_done(&ld.y);
    if (failed) {
        routine_free(r);
        return NULL;
    }
    return r;
}

struct routine *routine_load_file(const char *path, struct diag_list *diags)
{
    size_t len;
    char *data =
        files_read(path, ROUTINE_FILE_MAX, "a routine file", &len, diags);
    if (!data)
        return NULL;
    struct routine *r = routine_load_buffer(path, data, len, diags);
    free(data);
    return r;
}
