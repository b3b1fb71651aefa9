#include "figure_load.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "files.h"
#include "routine.h"
#include "xalloc.h"

#define KEYS_MAX          32
#define PROPS_MAX         8
#define ARROWS_MAX        4
#define FIGURES_MAX       1000
#define MOVE_DEFAULT_MS   3000
#define PERIOD_DEFAULT_MS 4000
// Places and sizes are in standing heights: a figure lives near 0.
#define PLACE_MAX 5.0

// Where the first joint past its range was found, for figure->problem.
struct checker {
    struct ydoc *y;
    struct figure *f;
};

static bool parse_number(struct ydoc *y, const yaml_node_t *node,
                         const char *key, double min, double max, float *out)
{
    if (!ydoc_expect_scalar(y, node, key, "a number"))
        return false;
    const char *s = ydoc_scalar(node);
    char *end;
    double v = strtod(s, &end);
    char q[48];
    if (end == s || *end || !isfinite(v) || strchr(s, 'x') || strchr(s, 'X') ||
        strchr(s, 'n') || strchr(s, 'N')) {
        ydoc_error(y, node, "'%s' must be a number, found '%s'", key,
                   ydoc_quote(s, q));
        return false;
    }
    if (v < min || v > max) {
        ydoc_error(y, node, "'%s' must be from %g to %g, found %s", key, min,
                   max, ydoc_quote(s, q));
        return false;
    }
    *out = (float)v;
    return true;
}

static bool parse_name(struct ydoc *y, const yaml_node_t *node, const char *key,
                       int (*from_name)(const char *), const char *choices,
                       int *out)
{
    if (!ydoc_expect_scalar(y, node, key, choices))
        return false;
    int v = from_name(ydoc_scalar(node));
    if (v < 0) {
        char q[48];
        ydoc_error(y, node, "'%s' must be %s, not '%s'", key, choices,
                   ydoc_quote(ydoc_scalar(node), q));
        return false;
    }
    *out = v;
    return true;
}

static bool parse_point(struct ydoc *y, const yaml_node_t *node,
                        const char *key, int *out)
{
    return parse_name(y, node, key, figure_point_from_name,
                      "a point of the body such as heel-left, hips or "
                      "wrist-right (docs/figures.md)",
                      out);
}

static bool parse_ms(struct ydoc *y, const yaml_node_t *node, const char *key,
                     int64_t *out)
{
    if (!ydoc_expect_scalar(y, node, key, "a duration like 3s"))
        return false;
    int64_t ms;
    char q[48];
    if (!duration_parse(ydoc_scalar(node), &ms) || ms <= 0 || ms > 600 * 1000) {
        ydoc_error(y, node,
                   "'%s' must be a duration from 1s to 10m, like 3s, not "
                   "'%s'",
                   key, ydoc_quote(ydoc_scalar(node), q));
        return false;
    }
    *out = ms;
    return true;
}

// `at: [x, y]`.
static bool parse_place(struct ydoc *y, const yaml_node_t *node, float at[2])
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE ||
        node->data.sequence.items.top - node->data.sequence.items.start != 2) {
        ydoc_error(y, node,
                   "'at' must be a place [x, y] in standing heights, found %s",
                   ydoc_describe(node, d));
        return false;
    }
    bool ok = true;
    for (int i = 0; i < 2; i++) {
        yaml_node_t *n = ydoc_node(y, node->data.sequence.items.start[i]);
        ok &= parse_number(y, n, "at", -PLACE_MAX, PLACE_MAX, &at[i]);
    }
    return ok;
}

// The key's schema: every joint, then anchor and at.
enum { K_ANCHOR = FJ_COUNT, K_AT, K_COUNT };
static const char *key_names[K_COUNT];

static const struct ydoc_schema *key_schema(void)
{
    static struct ydoc_schema schema;
    if (!schema.keys) {
        for (int j = 0; j < FJ_COUNT; j++)
            key_names[j] = figure_joint_name(j);
        key_names[K_ANCHOR] = "anchor";
        key_names[K_AT] = "at";
        schema = (struct ydoc_schema){"a key pose", key_names, K_COUNT};
    }
    return &schema;
}

static void range_problem(struct checker *c, const yaml_node_t *node,
                          const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void range_problem(struct checker *c, const yaml_node_t *node,
                          const char *fmt, ...)
{
    if (c->f->problem)
        return; // the first one says enough: the figure is not shown
    ydoc_position(node->start_mark, &c->f->problem_line, &c->f->problem_col);
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->f->problem = xstrdup(msg);
}

static bool parse_key(struct checker *c, const yaml_node_t *node,
                      enum figure_view view, bool facing_left,
                      struct figure_pose *out)
{
    struct ydoc *y = c->y;
    char d[48];
    figure_pose_neutral(view, out);
    out->facing_left = facing_left;
    ydoc_position(node->start_mark, &out->line, &out->col);
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(y, node,
                   "a key pose must be a mapping of joint angles such as "
                   "{hip-left: 30, knee-left: 45}, found %s",
                   ydoc_describe(node, d));
        return false;
    }
    yaml_node_t *keys[K_COUNT] = {0}, *v[K_COUNT] = {0};
    if (!ydoc_collect(y, node, key_schema(), keys, v))
        return false;
    bool ok = true;
    for (int j = 0; j < FJ_COUNT; j++) {
        if (!v[j])
            continue;
        float min, max;
        if (!figure_joint_range(j, view, &min, &max)) {
            ydoc_error(y, keys[j], "'%s' has no meaning in the %s view",
                       figure_joint_name(j), figure_view_name(view));
            ok = false;
            continue;
        }
        if (!parse_number(y, v[j], figure_joint_name(j), -360, 360,
                          &out->angle[j])) {
            ok = false;
            continue;
        }
        if (out->angle[j] < min || out->angle[j] > max)
            range_problem(c, v[j],
                          "'%s' at %g is past its normal range (%g to %g in "
                          "the %s view): a pose must not hurt",
                          figure_joint_name(j), out->angle[j], min, max,
                          figure_view_name(view));
    }
    if (v[K_ANCHOR]) {
        if (view == FIGURE_VIEW_FACE) {
            ydoc_error(y, keys[K_ANCHOR],
                       "'anchor' has no meaning in the face view");
            ok = false;
        } else if (v[K_ANCHOR]->type == YAML_SCALAR_NODE &&
                   strcmp(ydoc_scalar(v[K_ANCHOR]), "ground") == 0) {
            out->anchor = FIGURE_ANCHOR_GROUND;
        } else {
            ok &= parse_point(y, v[K_ANCHOR], "anchor", &out->anchor);
        }
    }
    if (v[K_AT])
        ok &= parse_place(y, v[K_AT], out->at);
    return ok;
}

static bool parse_keys(struct checker *c, const yaml_node_t *node,
                       enum figure_view view, bool facing_left)
{
    struct ydoc *y = c->y;
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE ||
        node->data.sequence.items.start == node->data.sequence.items.top) {
        ydoc_error(y, node, "'keys' must be a list of key poses, found %s",
                   ydoc_describe(node, d));
        return false;
    }
    size_t n = (size_t)(node->data.sequence.items.top -
                        node->data.sequence.items.start);
    if (n > KEYS_MAX) {
        ydoc_error(y, node, "'keys' has %zu poses; a figure has at most %d", n,
                   KEYS_MAX);
        return false;
    }
    struct figure *f = c->f;
    f->keys = xcalloc(n, sizeof(*f->keys));
    bool ok = true;
    for (size_t i = 0; i < n && !y->full; i++) {
        yaml_node_t *k = ydoc_node(y, node->data.sequence.items.start[i]);
        ok &= parse_key(c, k, view, facing_left, &f->keys[i]);
        f->key_count = i + 1;
    }
    return ok;
}

// A prop: a name (`floor`) or a mapping {prop: wall, x: 0.4}.
enum { P_PROP, P_X, P_HEIGHT, P_FROM, P_TO, P_COUNT };
static const char *const prop_keys[P_COUNT] = {"prop", "x", "height", "from",
                                               "to"};

static const char *const prop_choices =
    "floor, mat, wall, chair, step or towel";

static bool parse_prop(struct ydoc *y, const yaml_node_t *node,
                       struct figure_prop *out)
{
    *out = (struct figure_prop){.from = FP_WRIST_L, .to = FP_WRIST_R};
    int kind;
    if (node->type == YAML_SCALAR_NODE) {
        if (!parse_name(y, node, "prop", figure_prop_from_name, prop_choices,
                        &kind))
            return false;
        out->kind = kind;
        return true;
    }
    char d[48];
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(y, node, "a prop must be a name or a mapping, found %s",
                   ydoc_describe(node, d));
        return false;
    }
    yaml_node_t *keys[P_COUNT] = {0}, *v[P_COUNT] = {0};
    struct ydoc_schema schema = {"a prop", prop_keys, P_COUNT};
    if (!ydoc_collect(y, node, &schema, keys, v))
        return false;
    if (!v[P_PROP]) {
        ydoc_error(y, node, "a prop has no 'prop' (it is required)");
        return false;
    }
    bool ok = parse_name(y, v[P_PROP], "prop", figure_prop_from_name,
                         prop_choices, &kind);
    out->kind = kind;
    if (v[P_X])
        ok &= parse_number(y, v[P_X], "x", -PLACE_MAX, PLACE_MAX, &out->x);
    if (v[P_HEIGHT])
        ok &= parse_number(y, v[P_HEIGHT], "height", 0, 2, &out->y);
    if (v[P_FROM])
        ok &= parse_point(y, v[P_FROM], "from", &out->from);
    if (v[P_TO])
        ok &= parse_point(y, v[P_TO], "to", &out->to);
    return ok;
}

enum { A_AROUND, A_FROM, A_TO, A_RADIUS, A_COUNT };
static const char *const arrow_keys[A_COUNT] = {"around", "from", "to",
                                                "radius"};

static bool parse_arrow(struct ydoc *y, const yaml_node_t *node,
                        struct figure_arrow *out)
{
    *out = (struct figure_arrow){
        .around = FP_HEAD, .from = 30, .to = 150, .radius = 0.12f};
    char d[48];
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(y, node,
                   "an arrow must be a mapping like {around: head, from: 30, "
                   "to: 150}, found %s",
                   ydoc_describe(node, d));
        return false;
    }
    yaml_node_t *keys[A_COUNT] = {0}, *v[A_COUNT] = {0};
    struct ydoc_schema schema = {"an arrow", arrow_keys, A_COUNT};
    if (!ydoc_collect(y, node, &schema, keys, v))
        return false;
    bool ok = true;
    if (v[A_AROUND])
        ok &= parse_point(y, v[A_AROUND], "around", &out->around);
    if (v[A_FROM])
        ok &= parse_number(y, v[A_FROM], "from", -720, 720, &out->from);
    if (v[A_TO])
        ok &= parse_number(y, v[A_TO], "to", -720, 720, &out->to);
    if (v[A_RADIUS])
        ok &= parse_number(y, v[A_RADIUS], "radius", 0.01, 1, &out->radius);
    if (ok && fabsf(out->to - out->from) < 10) {
        ydoc_error(y, node, "an arrow must turn at least 10 degrees");
        ok = false;
    }
    return ok;
}

// A list of up to max items, each parsed by one; stores the count.
static bool parse_list(struct ydoc *y, const yaml_node_t *node, const char *key,
                       size_t max, size_t item_size, void **items,
                       size_t *count,
                       bool (*one)(struct ydoc *, const yaml_node_t *, void *))
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        ydoc_error(y, node, "'%s' must be a list, found %s", key,
                   ydoc_describe(node, d));
        return false;
    }
    size_t n = (size_t)(node->data.sequence.items.top -
                        node->data.sequence.items.start);
    if (n > max) {
        ydoc_error(y, node, "'%s' has %zu items; at most %zu", key, n, max);
        return false;
    }
    *items = xcalloc(n ? n : 1, item_size);
    bool ok = true;
    for (size_t i = 0; i < n && !y->full; i++) {
        yaml_node_t *item = ydoc_node(y, node->data.sequence.items.start[i]);
        ok &= one(y, item, (char *)*items + i * item_size);
        *count = i + 1;
    }
    return ok;
}

static bool one_prop(struct ydoc *y, const yaml_node_t *n, void *out)
{
    return parse_prop(y, n, out);
}

static bool one_arrow(struct ydoc *y, const yaml_node_t *n, void *out)
{
    return parse_arrow(y, n, out);
}

static bool parse_glow(struct ydoc *y, const yaml_node_t *node, uint32_t *out)
{
    char d[48];
    if (node->type != YAML_SEQUENCE_NODE) {
        ydoc_error(y, node,
                   "'glow' must be a list of body parts such as [shin-left], "
                   "found %s",
                   ydoc_describe(node, d));
        return false;
    }
    bool ok = true;
    for (yaml_node_item_t *i = node->data.sequence.items.start;
         i < node->data.sequence.items.top && !y->full; i++) {
        int s;
        if (parse_name(y, ydoc_node(y, *i), "glow", figure_segment_from_name,
                       "a body part such as shin-left, chest or eyes "
                       "(docs/figures.md)",
                       &s))
            *out |= 1u << s;
        else
            ok = false;
    }
    return ok;
}

enum {
    F_VIEW,
    F_FACING,
    F_MOTION,
    F_MOVE,
    F_PERIOD,
    F_EASE,
    F_KEY,
    F_PROPS,
    F_ARROWS,
    F_GLOW,
    F_KEYS,
    F_COUNT
};
static const char *const figure_keys[F_COUNT] = {
    "view", "facing", "motion", "move", "period", "ease",
    "key",  "props",  "arrows", "glow", "keys"};

static int motion_from_name(const char *s)
{
    return strcmp(s, "hold") == 0   ? FIGURE_HOLD
           : strcmp(s, "loop") == 0 ? FIGURE_LOOP
                                    : -1;
}

static int facing_from_name(const char *s)
{
    return strcmp(s, "right") == 0 ? 0 : strcmp(s, "left") == 0 ? 1 : -1;
}

static int ease_from_name(const char *s)
{
    return strcmp(s, "smooth") == 0 ? 0 : strcmp(s, "linear") == 0 ? 1 : -1;
}

struct figure *figure_parse(struct ydoc *y, const yaml_node_t *node,
                            const char *name)
{
    char d[48];
    if (node->type != YAML_MAPPING_NODE) {
        ydoc_error(y, node,
                   "a figure must be a mapping with view, keys and the rest, "
                   "found %s",
                   ydoc_describe(node, d));
        return NULL;
    }
    yaml_node_t *keys[F_COUNT] = {0}, *v[F_COUNT] = {0};
    struct ydoc_schema schema = {"the figure", figure_keys, F_COUNT};
    if (!ydoc_collect(y, node, &schema, keys, v))
        return NULL;
    struct figure *f = xcalloc(1, sizeof(*f));
    f->name = name ? xstrdup(name) : NULL;
    f->path = xstrdup(y->path);
    ydoc_position(node->start_mark, &f->line, &f->col);
    f->move_ms = MOVE_DEFAULT_MS;
    f->period_ms = PERIOD_DEFAULT_MS;
    bool ok = true;
    int view = FIGURE_VIEW_SIDE, facing = 0, motion = FIGURE_HOLD, linear = 0;
    if (v[F_VIEW])
        ok &= parse_name(y, v[F_VIEW], "view", figure_view_from_name,
                         "side, front, back or face", &view);
    if (v[F_FACING]) {
        ok &= parse_name(y, v[F_FACING], "facing", facing_from_name,
                         "left or right", &facing);
        if (view != FIGURE_VIEW_SIDE) {
            ydoc_error(y, keys[F_FACING], "'facing' is for the side view only");
            ok = false;
        }
    }
    if (v[F_MOTION])
        ok &= parse_name(y, v[F_MOTION], "motion", motion_from_name,
                         "hold or loop", &motion);
    f->motion = motion;
    if (v[F_MOVE])
        ok &= parse_ms(y, v[F_MOVE], "move", &f->move_ms);
    if (v[F_PERIOD])
        ok &= parse_ms(y, v[F_PERIOD], "period", &f->period_ms);
    if (v[F_EASE])
        ok &= parse_name(y, v[F_EASE], "ease", ease_from_name,
                         "smooth or linear", &linear);
    f->linear = linear;
    if (v[F_PROPS])
        ok &= parse_list(y, v[F_PROPS], "props", PROPS_MAX, sizeof(*f->props),
                         (void **)&f->props, &f->prop_count, one_prop);
    if (v[F_ARROWS])
        ok &=
            parse_list(y, v[F_ARROWS], "arrows", ARROWS_MAX, sizeof(*f->arrows),
                       (void **)&f->arrows, &f->arrow_count, one_arrow);
    if (v[F_GLOW])
        ok &= parse_glow(y, v[F_GLOW], &f->glow);
    struct checker c = {y, f};
    if (!v[F_KEYS]) {
        ydoc_error(y, node, "the figure has no 'keys' (it is required)");
        ok = false;
    } else {
        ok &= parse_keys(&c, v[F_KEYS], view, facing == 1);
    }
    f->key_index =
        f->motion == FIGURE_HOLD && f->key_count ? f->key_count - 1 : 0;
    if (v[F_KEY]) {
        int key;
        if (ydoc_int(y, v[F_KEY], "key", 1, KEYS_MAX, &key)) {
            if ((size_t)key > f->key_count) {
                ydoc_error(y, v[F_KEY],
                           "'key' is %d but the figure has %zu key poses", key,
                           f->key_count);
                ok = false;
            } else {
                f->key_index = (size_t)key - 1;
            }
        } else {
            ok = false;
        }
    }
    if (!ok || y->full) {
        figure_free(f);
        return NULL;
    }
    return f;
}

void figure_set_free(struct figure_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        figure_free(set->items[i]);
    free(set->items);
    *set = (struct figure_set){0};
}

const struct figure *figure_set_find(const struct figure_set *set,
                                     const char *name)
{
    for (size_t i = 0; i < set->count; i++) {
        if (strcmp(set->items[i]->name, name) == 0)
            return set->items[i];
    }
    return NULL;
}

static void parse_library(struct ydoc *y, const yaml_node_t *root,
                          struct figure_set *set, struct figure_set *added)
{
    char d[48];
    if (root->type != YAML_MAPPING_NODE) {
        ydoc_error(y, root,
                   "a figure file must be a mapping with format and figures, "
                   "found %s",
                   ydoc_describe(root, d));
        return;
    }
    static const char *const root_keys[] = {"format", "figures"};
    yaml_node_t *keys[2] = {0}, *v[2] = {0};
    struct ydoc_schema schema = {"the figure file", root_keys, 2};
    if (!ydoc_collect(y, root, &schema, keys, v))
        return;
    int format;
    if (!v[0])
        ydoc_error(y, root, "the figure file has no 'format' (it is required)");
    else if (ydoc_int(y, v[0], "format", 1, 999, &format) && format != 1)
        ydoc_error(y, v[0],
                   "unsupported format %d: this version of Limber reads "
                   "format 1",
                   format);
    if (!v[1]) {
        ydoc_error(y, root,
                   "the figure file has no 'figures' (it is required)");
        return;
    }
    if (v[1]->type != YAML_MAPPING_NODE) {
        ydoc_error(y, v[1],
                   "'figures' must be a mapping from names to figures, found "
                   "%s",
                   ydoc_describe(v[1], d));
        return;
    }
    for (yaml_node_pair_t *p = v[1]->data.mapping.pairs.start;
         p < v[1]->data.mapping.pairs.top && !y->full; p++) {
        yaml_node_t *k = ydoc_node(y, p->key), *val = ydoc_node(y, p->value);
        char q[48];
        if (k->type != YAML_SCALAR_NODE ||
            !routine_name_valid(ydoc_scalar(k))) {
            ydoc_error(y, k,
                       "figure name '%s' may use only a-z, 0-9 and '-' (at "
                       "most %d characters)",
                       k->type == YAML_SCALAR_NODE
                           ? ydoc_quote(ydoc_scalar(k), q)
                           : ydoc_describe(k, d),
                       ROUTINE_NAME_MAX);
            continue;
        }
        const struct figure *twin = figure_set_find(set, ydoc_scalar(k));
        if (!twin)
            twin = figure_set_find(added, ydoc_scalar(k));
        if (twin) {
            ydoc_error(y, k, "figure '%s' is written twice: %s:%d:%d has it",
                       ydoc_scalar(k), twin->path, twin->line, twin->col);
            continue;
        }
        if (added->count + set->count >= FIGURES_MAX) {
            ydoc_error(y, k, "too many figures: at most %d", FIGURES_MAX);
            return;
        }
        struct figure *f = figure_parse(y, val, ydoc_scalar(k));
        if (!f)
            continue;
        xgrow((void **)&added->items, &added->cap, added->count + 1,
              sizeof(*added->items));
        added->items[added->count++] = f;
    }
}

bool figure_set_load_buffer(struct figure_set *set, const char *path,
                            const char *data, size_t len,
                            struct diag_list *diags)
{
    struct ydoc y;
    yaml_node_t *root = ydoc_load(&y, path, data, len, diags);
    struct figure_set added = {0};
    if (root)
        parse_library(&y, root, set, &added);
    else if (!ydoc_failed(&y))
        diag_add(diags, path, 1, 1,
                 "the file is empty: a figure file needs format and figures");
    bool failed = ydoc_failed(&y);
    ydoc_done(&y);
    if (failed) {
        figure_set_free(&added);
        return false;
    }
    for (size_t i = 0; i < added.count; i++) {
        xgrow((void **)&set->items, &set->cap, set->count + 1,
              sizeof(*set->items));
        set->items[set->count++] = added.items[i];
    }
    free(added.items);
    return true;
}

bool figure_set_load_file(struct figure_set *set, const char *path,
                          struct diag_list *diags)
{
    size_t len;
    char *data =
        files_read(path, FIGURE_FILE_MAX, "a figure file", &len, diags);
    if (!data)
        return false;
    bool ok = figure_set_load_buffer(set, path, data, len, diags);
    free(data);
    return ok;
}

bool figure_file_sniff(const char *data, size_t len)
{
    static const char key[] = "figures:";
    size_t k = sizeof key - 1;
    for (size_t i = 0; i + k <= len; i++) {
        if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, key, k) == 0)
            return true;
    }
    return false;
}
