#include "routine.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[ROUTINE_KIND_COUNT] = {"stretch", "massage",
                                                           "relax", "mixed"};
static const char *const sides_names[ROUTINE_SIDES_COUNT] = {"none", "left",
                                                             "right", "both"};
static const char *const muscle_names[MUSCLE_COUNT] = {
    "eyes",  "face", "neck",   "shoulders", "arms", "hands",     "back",
    "chest", "hips", "thighs", "calves",    "feet", "whole-body"};
// DEFAULT and FILE have no name an author can write.
static const char *const cue_names[ROUTINE_CUE_COUNT] = {
    NULL, "chime", "bell", "gong", "tick", "none", NULL};

static int find_name(const char *const *names, int count, const char *name)
{
    for (int i = 0; i < count; i++) {
        if (names[i] && strcmp(names[i], name) == 0)
            return i;
    }
    return -1;
}

const char *routine_kind_name(enum routine_kind kind)
{
    return kind_names[kind];
}

int routine_kind_from_name(const char *name)
{
    return find_name(kind_names, ROUTINE_KIND_COUNT, name);
}

const char *routine_sides_name(enum routine_sides sides)
{
    return sides_names[sides];
}

int routine_sides_from_name(const char *name)
{
    return find_name(sides_names, ROUTINE_SIDES_COUNT, name);
}

const char *routine_muscle_name(enum routine_muscle muscle)
{
    return muscle_names[muscle];
}

int routine_muscle_from_name(const char *name)
{
    return find_name(muscle_names, MUSCLE_COUNT, name);
}

const char *routine_cue_name(enum routine_cue cue)
{
    return cue_names[cue];
}

int routine_cue_from_name(const char *name)
{
    return find_name(cue_names, ROUTINE_CUE_COUNT, name);
}

bool routine_name_valid(const char *s)
{
    size_t n = strlen(s);
    return n > 0 && n <= ROUTINE_NAME_MAX &&
           strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

static void text_free(struct text *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->items[i].str);
    free(t->items);
}

void routine_free(struct routine *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->step_count; i++) {
        struct step *s = &r->steps[i];
        text_free(&s->title);
        text_free(&s->text);
        text_free(&s->say);
        free(s->cue_file);
        free(s->image);
        free(s->figure_name);
        figure_free(s->figure_inline);
    }
    free(r->steps);
    text_free(&r->title);
    text_free(&r->summary);
    free(r->id);
    free(r->path);
    free(r);
}

static const struct text_entry *find_entry(const struct text *t,
                                           const char *lang)
{
    if (!lang)
        return NULL;
    for (size_t i = 0; i < t->count; i++) {
        if (strcmp(t->items[i].lang, lang) == 0)
            return &t->items[i];
    }
    return NULL;
}

bool text_has(const struct text *t, const char *lang)
{
    return find_entry(t, lang) != NULL;
}

static const struct text_entry *
pick_entry(const struct text *t, const char *lang, const char *fallback)
{
    if (t->count == 0)
        return NULL;
    const char *tags[ROUTINE_TRANSLATIONS_MAX];
    size_t n = t->count < ROUTINE_TRANSLATIONS_MAX ? t->count
                                                   : ROUTINE_TRANSLATIONS_MAX;
    for (size_t i = 0; i < n; i++)
        tags[i] = t->items[i].lang;
    return &t->items[lang_lookup(lang, fallback, tags, n)];
}

const char *text_get(const struct text *t, const char *lang,
                     const char *fallback)
{
    const struct text_entry *e = pick_entry(t, lang, fallback);
    return e ? e->str : NULL;
}

const char *routine_pick_lang(const struct routine *r, const char *requested)
{
    return pick_entry(&r->title, requested, r->lang)->lang;
}
