#ifndef LIMBER_AUDIO_CUE_H
#define LIMBER_AUDIO_CUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audio_pcm.h"
#include "plan.h"

// The built-in cues, synthesized in code at start-up: bell and sine tones
// with attack and release envelopes, starting and ending on silence, their
// peaks well under AUDIO_CEILING_DB.

enum audio_cue {
    AUDIO_CUE_NONE,    // silence (`cue: none`)
    AUDIO_CUE_PREPARE, // the lead-in begins
    AUDIO_CUE_WORK,    // a work phase begins (the default step cue)
    AUDIO_CUE_SWITCH,  // switch sides: the switch phase begins
    AUDIO_CUE_REST,    // a rest between repetitions begins
    AUDIO_CUE_TICK,    // 3, 2 and 1 s before a work phase ends
    AUDIO_CUE_FINISH,  // the routine is over
    AUDIO_CUE_CHIME,   // the step cues a routine can name
    AUDIO_CUE_BELL,
    AUDIO_CUE_GONG,
    AUDIO_CUE_COUNT
};

// Peak levels: the tick sits lower than the phase sounds.
#define AUDIO_CUE_PEAK_DB      (-8.0)
#define AUDIO_CUE_TICK_PEAK_DB (-14.0)

struct audio_cues;

// One cue at rate (8000..192000), the same samples audio_cues_new makes:
// a new buffer (caller frees), NULL for AUDIO_CUE_NONE. For a player that
// makes only the cues its routine uses, at its device's rate.
struct audio_pcm *audio_cue_make(enum audio_cue cue, int rate);

// Synthesizes every cue at rate (8000..192000 samples a second). Takes a
// few milliseconds. Never fails (out of memory aborts).
struct audio_cues *audio_cues_new(int rate);

// Accepts NULL.
void audio_cues_free(struct audio_cues *cues);

// The sound of a cue, owned by cues; NULL for AUDIO_CUE_NONE.
const struct audio_pcm *audio_cues_get(const struct audio_cues *cues,
                                       enum audio_cue cue);

int audio_cues_rate(const struct audio_cues *cues);

// "prepare", "work", ... as the look-and-listen tools name files.
const char *audio_cue_name(enum audio_cue cue);

// What sounds for plan->cues[index]: the phase kind's sound at a phase
// start (a work phase plays its step's `cue:`; the right side straight
// after the left, with no switch phase between, plays the switch sound),
// the tick, the finish. A step whose cue is a sound file gets
// AUDIO_CUE_WORK here: decoding files is SDL_mixer's job (src/sound),
// not this library's.
enum audio_cue audio_cue_for(const struct plan *plan, size_t index);

#endif
