#ifndef LIMBER_SOUND_RENDER_H
#define LIMBER_SOUND_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "routine.h"

// --render-audio with its spoken lines: render_audio_run (src/audio) lays
// out the track offline, with no sound device; the lines come from the
// limber-voice helper at espeak-ng's rate and SDL converts them to the
// track's (SDL_AudioStream, as for the live device), so that no resampler of
// our own exists. voice false, or no voice in this build: cues only (a
// warning says why on err). For the command-line process, where no other
// thread runs. Returns the exit status (render_audio.h).
int sound_render_audio(const struct routine *r, const char *lang,
                       const char *wav_path, bool voice, FILE *err);

#endif
