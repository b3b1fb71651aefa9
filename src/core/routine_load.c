#include "routine_load.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "duration.h"
#include "lang.h"
#include "safe_path.h"
#include "utf8.h"
#include "xalloc.h"

// One text may carry at most this many translations: keeps a hostile file
// from making the duplicate-language check quadratic.
#define TRANSLATIONS_MAX     64
#define ID_MAX               64
#define REPEAT_MAX           20
#define STEP_DURATION_MAX_MS (3600 * 1000LL)
// Far deeper than any routine (which nests four levels), shallow enough
// that libyaml's scanner, quadratic in flow nesting, stays fast.
#define NESTING_MAX 64

struct loader {
    const char *path;
    char *dir; // the routine's folder, for cue and image files
    yaml_document_t *doc;
    struct diag_list *diags;
    bool full; // the diag list overflowed: stop checking
    char lang[LANG_TAG_SIZE];
};

// libyaml's marks are 0-based; ours are 1-based. This is the only place
// that converts them.
static void mark_position(yaml_mark_t mark, int *line, int *col)
{
    *line = (int)mark.line + 1;
    *col = (int)mark.column + 1;
}

static void error_at_mark(struct loader *ld, yaml_mark_t mark, const char *fmt,
                          ...) __attribute__((format(printf, 3, 4)));

static void error_at_mark(struct loader *ld, yaml_mark_t mark, const char *fmt,
                          ...)
{
    int line, col;
    mark_position(mark, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    if (!diag_addv(ld->diags, ld->path, line, col, fmt, ap))
        ld->full = true;
    va_end(ap);
}

#define error_at(ld, node, ...)                                                \
    error_at_mark(ld, (node)->start_mark, __VA_ARGS__)

// A short, single-line copy of user text for messages: control characters
// become '?', and long text is cut at a character boundary.
static const char *quote(const char *s, char buf[48])
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

static yaml_node_t *node_at(struct loader *ld, int index)
{
    return yaml_document_get_node(ld->doc, index);
}

static const char *scalar(const yaml_node_t *node)
{
    return (const char *)node->data.scalar.value;
}

// An empty plain scalar is YAML's way of writing nothing (`title:`).
static bool is_nothing(const yaml_node_t *node)
{
    if (node->type != YAML_SCALAR_NODE ||
        node->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    return strcmp(scalar(node), "") == 0 || strcmp(scalar(node), "~") == 0;
}

// What a node is, for "expected X, found Y" messages.
static const char *describe(const yaml_node_t *node, char buf[48])
{
    switch (node->type) {
    case YAML_SEQUENCE_NODE:
        return "a list";
    case YAML_MAPPING_NODE:
        return "a mapping";
    default:
        if (is_nothing(node))
            return "nothing";
        char q[48];
        snprintf(buf, 48, "'%s'", quote(scalar(node), q));
        return buf;
    }
}

// Checks that node is a non-empty scalar without NUL characters; reports
// what was found instead against key.
static bool expect_scalar(struct loader *ld, const yaml_node_t *node,
                          const char *key, const char *expected)
{
    char d[48];
    if (node->type != YAML_SCALAR_NODE || is_nothing(node)) {
        error_at(ld, node, "'%s' must be %s, found %s", key, expected,
                 describe(node, d));
        return false;
    }
    if (strlen(scalar(node)) != node->data.scalar.length) {
        error_at(ld, node, "'%s' contains a NUL character", key);
        return false;
    }
    return true;
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

struct schema {
    const char *where; // "the routine", "a step"
    const char *const *keys;
    size_t count;
};

// Sorts the pairs of a mapping into values[] by the schema's key order,
// reporting keys that are not words, unknown or given twice. Returns false
// when checking must stop.
static bool collect(struct loader *ld, const yaml_node_t *map,
                    const struct schema *schema, yaml_node_t **keys,
                    yaml_node_t **values)
{
    char d[48];
    for (yaml_node_pair_t *pair = map->data.mapping.pairs.start;
         pair < map->data.mapping.pairs.top && !ld->full; pair++) {
        yaml_node_t *key = node_at(ld, pair->key);
        yaml_node_t *value = node_at(ld, pair->value);
        if (key->type != YAML_SCALAR_NODE) {
            error_at(ld, key, "keys must be words, found %s", describe(key, d));
            continue;
        }
        const char *name = scalar(key);
        size_t i = 0;
        while (i < schema->count && strcmp(schema->keys[i], name) != 0)
            i++;
        char q[48];
        if (i == schema->count) {
            const char *hint = NULL;
            for (size_t k = 0; k < schema->count; k++) {
                if (distance(name, schema->keys[k]) <= 2)
                    hint = schema->keys[k];
            }
            if (hint) {
                error_at(ld, key, "unknown key '%s' in %s (did you mean '%s'?)",
                         quote(name, q), schema->where, hint);
            } else {
                error_at(ld, key, "unknown key '%s' in %s", quote(name, q),
                         schema->where);
            }
            continue;
        }
        if (keys[i]) {
            int line, col;
            mark_position(keys[i]->start_mark, &line, &col);
            error_at(ld, key, "duplicate key '%s' (first given at %d:%d)",
                     quote(name, q), line, col);
            continue;
        }
        keys[i] = key;
        values[i] = value;
    }
    return !ld->full;
}

static void missing_key(struct loader *ld, const yaml_node_t *map,
                        const char *where, const char *key)
{
    error_at(ld, map, "%s has no '%s' (it is required)", where, key);
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

// min_ms is 0 for pauses that may be left out (prepare, switch, rest) and
// 1 for step durations, which must be positive.
static bool parse_duration(struct loader *ld, const yaml_node_t *node,
                           const char *key, int64_t min_ms, int64_t *out)
{
    if (!expect_scalar(ld, node, key, "a duration like 30s, 1m or 1m30s"))
        return false;
    int64_t ms;
    char q[48];
    if (!duration_parse(scalar(node), &ms)) {
        error_at(ld, node,
                 "'%s' is not a duration: write 45s, 1m, 1m30s or a number "
                 "of seconds, not '%s'",
                 key, quote(scalar(node), q));
        return false;
    }
    if (ms < min_ms) {
        error_at(ld, node, "'%s' must be longer than 0s", key);
        return false;
    }
    if (ms > STEP_DURATION_MAX_MS) {
        error_at(ld, node, "'%s' must be at most 1h, found %s", key,
                 quote(scalar(node), q));
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
    if (!expect_scalar(ld, node, key, choices))
        return false;
    int v = from_name(scalar(node));
    if (v < 0) {
        char q[48];
        error_at(ld, node, "'%s' must be %s, not '%s'", key, choices,
                 quote(scalar(node), q));
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
    if (node->type == YAML_SCALAR_NODE && !is_nothing(node)) {
        if (!expect_scalar(ld, node, key, "a text"))
            return;
        if (blank(scalar(node))) {
            error_at(ld, node, "'%s' is empty", key);
            return;
        }
        text_add(out, ld->lang, scalar(node));
        return;
    }
    if (node->type != YAML_MAPPING_NODE) {
        error_at(ld, node,
                 "'%s' must be a text (a string, or one string per "
                 "language), found %s",
                 key, describe(node, d));
        return;
    }
    for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
         pair < node->data.mapping.pairs.top && !ld->full; pair++) {
        yaml_node_t *tag = node_at(ld, pair->key);
        yaml_node_t *value = node_at(ld, pair->value);
        char q[48];
        if (tag->type != YAML_SCALAR_NODE || !lang_tag_valid(scalar(tag))) {
            error_at(ld, tag,
                     "'%s' is not a language tag: use two or three "
                     "lowercase letters such as en or uk",
                     tag->type == YAML_SCALAR_NODE ? quote(scalar(tag), q)
                                                   : describe(tag, d));
            continue;
        }
        if (text_has(out, scalar(tag))) {
            error_at(ld, tag, "'%s' is translated to '%s' twice", key,
                     scalar(tag));
            continue;
        }
        if (out->count == TRANSLATIONS_MAX) {
            error_at(ld, tag, "'%s' has more than %d translations", key,
                     TRANSLATIONS_MAX);
            return;
        }
        if (!expect_scalar(ld, value, key, "a string"))
            continue;
        if (blank(scalar(value))) {
            error_at(ld, value, "'%s' is empty in '%s'", key, scalar(tag));
            continue;
        }
        text_add(out, scalar(tag), scalar(value));
    }
    if (out->count == 0 &&
        node->data.mapping.pairs.start == node->data.mapping.pairs.top)
        error_at(ld, node, "'%s' has no translations", key);
}

static bool parse_id(struct loader *ld, const yaml_node_t *node,
                     struct routine *r)
{
    if (!expect_scalar(ld, node, "id", "a name like calf-stretch"))
        return false;
    const char *id = scalar(node);
    size_t n = strlen(id);
    char q[48];
    if (n > ID_MAX ||
        strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != n) {
        error_at(ld, node,
                 "id '%s' may use only a-z, 0-9 and '-' (at most %d "
                 "characters)",
                 quote(id, q), ID_MAX);
        return false;
    }
    r->id = xstrdup(id);
    mark_position(node->start_mark, &r->id_line, &r->id_col);
    return true;
}

static void parse_muscles(struct loader *ld, const yaml_node_t *node,
                          struct routine *r)
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        error_at(ld, node,
                 "'muscles' must be a list of muscle groups, such as "
                 "[calves, feet], found %s",
                 describe(node, d));
        return;
    }
    yaml_node_item_t *item = node->data.sequence.items.start;
    if (item == node->data.sequence.items.top) {
        error_at(ld, node, "'muscles' is empty: name at least one group");
        return;
    }
    for (; item < node->data.sequence.items.top && !ld->full; item++) {
        yaml_node_t *m = node_at(ld, *item);
        if (!expect_scalar(ld, m, "muscles", "a muscle group"))
            continue;
        int group = routine_muscle_from_name(scalar(m));
        char q[48];
        if (group < 0) {
            error_at(ld, m,
                     "unknown muscle group '%s' (expected eyes, face, neck, "
                     "shoulders, arms, hands, back, chest, hips, thighs, "
                     "calves, feet or whole-body)",
                     quote(scalar(m), q));
        } else if (r->muscles & (1u << group)) {
            error_at(ld, m, "muscle group '%s' is listed twice", scalar(m));
        } else {
            r->muscles |= 1u << group;
        }
    }
}

static void parse_path(struct loader *ld, const yaml_node_t *node,
                       const char *key, char **out)
{
    char q[48];
    const char *rel = scalar(node);
    switch (safe_path_resolve(ld->dir, rel, out)) {
    case SAFE_PATH_OK:
        return;
    case SAFE_PATH_EMPTY:
        error_at(ld, node, "'%s' is empty", key);
        return;
    case SAFE_PATH_ABSOLUTE:
        error_at(ld, node,
                 "%s file '%s' is an absolute path: name a file in the "
                 "routine's folder",
                 key, quote(rel, q));
        return;
    case SAFE_PATH_PARENT:
        error_at(ld, node, "%s file '%s' leaves the routine's folder", key,
                 quote(rel, q));
        return;
    case SAFE_PATH_NOT_FOUND:
        error_at(ld, node, "%s file '%s' not found next to the routine", key,
                 quote(rel, q));
        return;
    case SAFE_PATH_NOT_A_FILE:
        error_at(ld, node, "%s file '%s' is not a regular file", key,
                 quote(rel, q));
        return;
    case SAFE_PATH_ESCAPES:
        error_at(ld, node,
                 "%s file '%s' leads outside the routine's folder through a "
                 "symbolic link",
                 key, quote(rel, q));
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
    if (!expect_scalar(ld, node, "cue", "a cue name or a sound file"))
        return;
    int builtin = routine_cue_from_name(scalar(node));
    if (builtin >= 0) {
        step->cue = builtin;
        return;
    }
    if (!has_suffix(scalar(node), ".wav") &&
        !has_suffix(scalar(node), ".ogg")) {
        char q[48];
        error_at(ld, node,
                 "unknown cue '%s' (use chime, bell, gong, tick or none, or "
                 "a .wav or .ogg file next to the routine)",
                 quote(scalar(node), q));
        return;
    }
    parse_path(ld, node, "cue", &step->cue_file);
    if (step->cue_file)
        step->cue = ROUTINE_CUE_FILE;
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
    S_COUNT
};
static const char *const step_keys[S_COUNT] = {"title", "text",   "duration",
                                               "sides", "repeat", "rest",
                                               "cue",   "say",    "image"};

static void parse_step(struct loader *ld, const yaml_node_t *node,
                       size_t number, struct step *step)
{
    char d[48];
    *step = (struct step){.repeat = 1};
    char where[32];
    snprintf(where, sizeof where, "step %zu", number);
    if (node->type != YAML_MAPPING_NODE) {
        error_at(ld, node,
                 "%s must be a mapping with title, duration and the "
                 "rest, found %s",
                 where, describe(node, d));
        return;
    }
    yaml_node_t *keys[S_COUNT] = {0}, *v[S_COUNT] = {0};
    struct schema schema = {where, step_keys, S_COUNT};
    if (!collect(ld, node, &schema, keys, v))
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
        parse_int(ld, v[S_REPEAT], "repeat", 1, REPEAT_MAX, &step->repeat);
    if (v[S_REST])
        parse_duration(ld, v[S_REST], "rest", 0, &step->rest_ms);
    if (v[S_CUE])
        parse_cue(ld, v[S_CUE], step);
    if (v[S_IMAGE] && expect_scalar(ld, v[S_IMAGE], "image", "a file name"))
        parse_path(ld, v[S_IMAGE], "image", &step->image);
}

static void parse_steps(struct loader *ld, const yaml_node_t *node,
                        struct routine *r)
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        error_at(ld, node, "'steps' must be a list of steps, found %s",
                 describe(node, d));
        return;
    }
    yaml_node_item_t *start = node->data.sequence.items.start;
    size_t count = (size_t)(node->data.sequence.items.top - start);
    if (count == 0) {
        error_at(ld, node, "'steps' is empty: a routine needs a step");
        return;
    }
    if (count > ROUTINE_STEPS_MAX) {
        error_at(ld, node_at(ld, start[ROUTINE_STEPS_MAX]),
                 "too many steps: a routine has at most %d", ROUTINE_STEPS_MAX);
        return;
    }
    r->steps = xcalloc(count, sizeof(*r->steps));
    for (size_t i = 0; i < count && !ld->full; i++) {
        parse_step(ld, node_at(ld, start[i]), i + 1, &r->steps[i]);
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
        error_at(ld, root,
                 "a routine must be a mapping (format, id, title, ...), "
                 "found %s",
                 describe(root, d));
        return;
    }
    yaml_node_t *keys[R_COUNT] = {0}, *v[R_COUNT] = {0};
    struct schema schema = {"the routine", root_keys, R_COUNT};
    if (!collect(ld, root, &schema, keys, v))
        return;
    static const int required[] = {R_FORMAT, R_ID, R_TITLE, R_MUSCLES, R_STEPS};
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        if (!v[required[i]])
            missing_key(ld, root, "the routine", root_keys[required[i]]);
    }

    // lang first: plain strings anywhere in the file are in this language.
    if (v[R_LANG] &&
        expect_scalar(ld, v[R_LANG], "lang", "a language tag such as en")) {
        char q[48];
        if (lang_tag_valid(scalar(v[R_LANG]))) {
            memcpy(ld->lang, scalar(v[R_LANG]), LANG_TAG_SIZE);
        } else {
            error_at(ld, v[R_LANG],
                     "'%s' is not a language tag: use two or three "
                     "lowercase letters such as en or uk",
                     quote(scalar(v[R_LANG]), q));
        }
    }
    memcpy(r->lang, ld->lang, LANG_TAG_SIZE);

    int format;
    if (v[R_FORMAT] && parse_int(ld, v[R_FORMAT], "format", 1, 999, &format) &&
        format != 1) {
        error_at(ld, v[R_FORMAT],
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
    if (v[R_STEPS] && !ld->full)
        parse_steps(ld, v[R_STEPS], r);
}

static void report_parser_error(struct loader *ld, const yaml_parser_t *p,
                                const char *data, size_t len)
{
    if (p->error == YAML_READER_ERROR) {
        int line, col;
        utf8_position(data, p->problem_offset < len ? p->problem_offset : len,
                      &line, &col);
        if (!diag_add(ld->diags, ld->path, line, col, "%s",
                      p->problem ? p->problem : "unreadable text"))
            ld->full = true;
        return;
    }
    if (p->error == YAML_MEMORY_ERROR) {
        if (!diag_add(ld->diags, ld->path, 1, 1, "out of memory while parsing"))
            ld->full = true;
        return;
    }
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->context) {
        int line, col;
        mark_position(p->context_mark, &line, &col);
        error_at_mark(ld, p->problem_mark, "%s (%s at %d:%d)", problem,
                      p->context, line, col);
    } else {
        error_at_mark(ld, p->problem_mark, "%s", problem);
    }
}

// libyaml's scanner checks every open flow level on every token, so a
// 1 MiB file of '[' would take hours to load. The event parser finds a
// nesting that deep while it is still shallow and cheap, and a file with
// fewer brackets than the limit cannot nest that deep at all.
static bool nesting_ok(struct loader *ld, const char *data, size_t len)
{
    size_t brackets = 0;
    for (size_t i = 0; i < len && brackets <= NESTING_MAX; i++)
        brackets += data[i] == '[' || data[i] == '{';
    if (brackets <= NESTING_MAX)
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
            if (++depth > NESTING_MAX) {
                error_at_mark(ld, event.start_mark,
                              "nested more than %d levels deep", NESTING_MAX);
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
    size_t errors_before = diags->count;
    struct loader ld = {.path = path, .diags = diags, .lang = "en"};

    size_t bad;
    if (!utf8_valid(data, len, &bad)) {
        int line, col;
        utf8_position(data, bad, &line, &col);
        diag_add(diags, path, line, col,
                 "invalid UTF-8 (byte 0x%02X): routine files must be UTF-8",
                 (unsigned char)data[bad]);
        return NULL;
    }

    if (!nesting_ok(&ld, data, len))
        return NULL;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(diags, path, 1, 1, "out of memory while parsing");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    yaml_document_t doc;
    struct routine *r = NULL;
    if (!yaml_parser_load(&parser, &doc)) {
        report_parser_error(&ld, &parser, data, len);
        goto end_parser;
    }
    ld.doc = &doc;
    ld.dir = folder_of(path);
    r = xcalloc(1, sizeof(*r));
    r->path = xstrdup(path);

    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        diag_add(diags, path, 1, 1,
                 "the file is empty: a routine needs format, id, title, "
                 "muscles and steps");
    } else {
        parse_routine(&ld, root, r);
        yaml_document_t extra;
        if (!yaml_parser_load(&parser, &extra)) {
            report_parser_error(&ld, &parser, data, len);
        } else {
            yaml_node_t *second = yaml_document_get_root_node(&extra);
            if (second) {
                error_at(&ld, second,
                         "a second YAML document starts here: one routine per "
                         "file");
            }
            yaml_document_delete(&extra);
        }
    }
    yaml_document_delete(&doc);
    free(ld.dir);
end_parser:
    yaml_parser_delete(&parser);
    diag_list_sort_from(diags, errors_before);
    if (diags->count != errors_before || diags->overflowed) {
        routine_free(r);
        return NULL;
    }
    return r;
}

struct routine *routine_load_file(const char *path, struct diag_list *diags)
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
    if (st.st_size > ROUTINE_FILE_MAX) {
        diag_add(diags, path, 1, 1,
                 "the file is %lld bytes: a routine file may be at most "
                 "1 MiB (%d bytes)",
                 (long long)st.st_size, ROUTINE_FILE_MAX);
        close(fd);
        return NULL;
    }
    // Read until EOF, one byte past the limit at most, in case the file
    // grew since fstat.
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *data = xmalloc(cap);
    ssize_t n;
    while ((n = read(fd, data + len, cap - len)) > 0) {
        len += (size_t)n;
        if (len == cap && cap <= ROUTINE_FILE_MAX) {
            cap =
                cap * 2 > ROUTINE_FILE_MAX + 1 ? ROUTINE_FILE_MAX + 1 : cap * 2;
            data = xrealloc(data, cap);
        }
    }
    int read_errno = errno;
    close(fd);
    struct routine *r = NULL;
    if (n < 0) {
        diag_add(diags, path, 1, 1, "cannot read: %s", strerror(read_errno));
    } else if (len > ROUTINE_FILE_MAX) {
        diag_add(diags, path, 1, 1,
                 "the file is over 1 MiB: a routine file may be at most "
                 "%d bytes",
                 ROUTINE_FILE_MAX);
    } else {
        r = routine_load_buffer(path, data, len, diags);
    }
    free(data);
    return r;
}
