#ifndef LIMBER_AUDIO_VOICE_H
#define LIMBER_AUDIO_VOICE_H

#include <stdbool.h>

#include "audio_pcm.h"
#include "audio_say.h"

// Spoken lines through libespeak-ng. The library keeps global state: make
// and use a voice on one thread only (never in an audio callback), and one
// at a time. The first voice starts espeak-ng, which then stays until the
// process exits. Built without espeak-ng, audio_voice_new says "no voice".

// A voice's lines peak here, a little under the cues: speech is dense, so
// it sounds as loud. A line starts after its cue's attack; where it still
// overlaps a cue, the track lowers it (audio_track.h).
#define AUDIO_VOICE_PEAK_DB (-9.0)

struct audio_voice;

// A speech synthesizer whose lines come out at its own rate (espeak-ng's
// 22050): whoever plays or records them converts (SDL, in src/sound). On
// failure returns NULL and points *why at a static reason.
struct audio_voice *audio_voice_new(const char **why);

// The rate its lines come out at.
int audio_voice_rate(const struct audio_voice *v);

// Accepts NULL.
void audio_voice_free(struct audio_voice *v);

// True when this build has a speech synthesizer at all.
bool audio_voice_built_in(void);

// Speaks text (UTF-8) with the voice for lang ("uk", "en"): a new buffer
// (caller frees), trimmed of leading and trailing silence, faded in and
// out over a few milliseconds, peaking at AUDIO_VOICE_PEAK_DB. On failure
// (no voice for lang, synthesis failed) returns NULL and points *why at a
// static reason.
struct audio_pcm *audio_voice_say(struct audio_voice *v, const char *lang,
                                  const char *text, const char **why);

// v as a sayer (audio_say.h), for the guided track; borrowed.
struct audio_say audio_voice_sayer(struct audio_voice *v);

#endif
