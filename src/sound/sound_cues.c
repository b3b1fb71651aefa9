// The prepared routine's cues as SDL_mixer chunks in the device's format:
// the built-in ones it plays, synthesized by src/audio at the device's
// rate, and its steps' own cue files, decoded and converted by SDL_mixer.

#include <stdlib.h>

#include "routine.h"
#include "sound_private.h"
#include "xalloc.h"

static void make_builtin(struct sound *s)
{
    for (size_t i = 0; i < s->plan->cue_count; i++) {
        enum audio_cue c = audio_cue_for(s->plan, i);
        if (c == AUDIO_CUE_NONE || s->cues[c])
            continue;
        struct audio_pcm *pcm = audio_cue_make(c, s->format.rate);
        s->cues[c] = sound_chunk_from_pcm(pcm, 0, &s->format);
        audio_pcm_free(pcm);
    }
}

// One log line for each file that cannot be played; its built-in cue
// plays instead.
static void load_files(struct sound *s)
{
    const struct routine *r = s->plan->routine;
    for (size_t i = 0; i < r->step_count; i++) {
        const struct step *st = &r->steps[i];
        if (st->cue != ROUTINE_CUE_FILE || !st->cue_file)
            continue;
        if (!s->step_files)
            s->step_files = xcalloc(r->step_count, sizeof(*s->step_files));
        if (s->step_files[i])
            continue;
        SDL_RWops *in = SDL_RWFromFile(st->cue_file, "rb");
        s->step_files[i] = in ? Mix_LoadWAV_RW(in, 1) : NULL;
        if (!s->step_files[i])
            SDL_Log("limber: %s: cannot play this cue (%s); the built-in "
                    "cue plays instead",
                    st->cue_file, in ? Mix_GetError() : SDL_GetError());
    }
}

void sound_cues_make(struct sound *s)
{
    if (!s->open || !s->plan)
        return;
    make_builtin(s);
    load_files(s);
}

void sound_cues_free(struct sound *s)
{
    for (int c = 0; c < AUDIO_CUE_COUNT; c++) {
        Mix_FreeChunk(s->cues[c]); // halts a channel that plays it
        s->cues[c] = NULL;
    }
    if (s->step_files) {
        for (size_t i = 0; s->plan && i < s->plan->routine->step_count; i++)
            Mix_FreeChunk(s->step_files[i]);
        free(s->step_files);
        s->step_files = NULL;
    }
}

// Plays plan cue index: its step's own cue file, else the built-in cue.
void sound_cues_play(struct sound *s, size_t index)
{
    const struct plan *p = s->plan;
    const struct plan_cue *c = &p->cues[index];
    if (c->kind == PLAN_CUE_START && p->phases[c->phase].kind == PLAN_WORK) {
        int step = p->phases[c->phase].step;
        if (s->step_files && s->step_files[step]) {
            sound_device_play(s, -1, s->step_files[step]);
            return;
        }
    }
    sound_device_play(s, -1, s->cues[audio_cue_for(p, index)]);
}
