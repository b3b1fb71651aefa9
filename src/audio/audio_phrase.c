#include "audio_phrase.h"

#include <string.h>

#include "routine.h"
#include "xalloc.h"

struct phrase_row {
    const char *lang;
    const char *text[AUDIO_PHRASE_COUNT];
};

static const struct phrase_row table[] = {
    {"en", {"Left side", "Right side", "Switch sides", "Rest", "Well done"}},
    {"uk",
     {"Лівий бік", "Правий бік", "Змініть бік", "Відпочинок", "Чудова робота"}},
};

const char *audio_phrase_get(enum audio_phrase phrase, const char *lang)
{
    // The same lookup as a routine's texts: uk-UA finds uk, else English.
    enum { ROWS = sizeof table / sizeof table[0] };
    const char *tags[ROWS];
    for (size_t i = 0; i < ROWS; i++)
        tags[i] = table[i].lang;
    return table[lang_lookup(lang, "en", tags, ROWS)].text[phrase];
}

// A sentence ends in punctuation already, or gets a full stop, so the
// voice pauses before the side.
static const char *stop_after(const char *text)
{
    size_t len = strlen(text);
    return len && strchr(".!?", text[len - 1]) ? "" : ".";
}

char *audio_phrase_for_phase(const struct plan *plan, size_t index,
                             const char *lang)
{
    const struct plan_phase *ph = &plan->phases[index];
    const struct routine *r = plan->routine;
    switch (ph->kind) {
    case PLAN_PREPARE:
        return NULL;
    case PLAN_SWITCH:
        return xstrdup(audio_phrase_get(AUDIO_PHRASE_SWITCH_SIDES, lang));
    case PLAN_REST:
        return xstrdup(audio_phrase_get(AUDIO_PHRASE_REST, lang));
    case PLAN_WORK:
        break;
    }
    const struct step *s = &r->steps[ph->step];
    const char *say = text_get(&s->say, lang, r->lang);
    if (!say)
        say = text_get(&s->title, lang, r->lang);
    if (ph->side == PLAN_SIDE_NONE)
        return xstrdup(say);
    enum audio_phrase side =
        ph->side == PLAN_SIDE_LEFT ? AUDIO_PHRASE_LEFT : AUDIO_PHRASE_RIGHT;
    return xasprintf("%s%s %s.", say, stop_after(say),
                     audio_phrase_get(side, lang));
}
