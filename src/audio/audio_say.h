#ifndef LIMBER_AUDIO_SAY_H
#define LIMBER_AUDIO_SAY_H

#include "audio_pcm.h"

// Something that speaks a line: a voice in this process (audio_voice.h)
// or the speech helper, limber-voice (audio_speech.h). say returns a new
// buffer (caller frees) at the rate the sayer was made for, or NULL with
// *why pointing at a reason that stays valid as long as ctx does.
struct audio_say {
    struct audio_pcm *(*say)(void *ctx, const char *lang, const char *text,
                             const char **why);
    void *ctx;
};

#endif
