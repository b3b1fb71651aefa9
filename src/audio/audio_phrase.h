#ifndef LIMBER_AUDIO_PHRASE_H
#define LIMBER_AUDIO_PHRASE_H

#include <stddef.h>

#include "plan.h"

// What the voice says, in the routine's language. The fixed phrases live
// in one small table (Ukrainian and English) until gettext arrives.

enum audio_phrase {
    AUDIO_PHRASE_LEFT,
    AUDIO_PHRASE_RIGHT,
    AUDIO_PHRASE_SWITCH_SIDES,
    AUDIO_PHRASE_REST,
    AUDIO_PHRASE_WELL_DONE,
    AUDIO_PHRASE_COUNT
};

// The phrase in lang, or in English when the table lacks lang. Static.
const char *audio_phrase_get(enum audio_phrase phrase, const char *lang);

// The line spoken as plan->phases[index] starts, as a new string (caller
// frees), or NULL when that phase has none (the lead-in). A work phase
// says its step's `say` text (default: its title) and its side; a switch
// says "switch sides"; a rest says "rest". lang is the language the
// routine is shown in (routine_pick_lang).
char *audio_phrase_for_phase(const struct plan *plan, size_t index,
                             const char *lang);

#endif
