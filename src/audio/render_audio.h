#ifndef LIMBER_RENDER_AUDIO_H
#define LIMBER_RENDER_AUDIO_H

#include <stdbool.h>
#include <stdio.h>

#include "audio_say.h"
#include "routine.h"

// --render-audio: writes the guided audio track of r (cues, and the lines
// say speaks, at AUDIO_RATE_DEFAULT, when say is not NULL) to wav_path as
// 16-bit mono WAV at AUDIO_RATE_DEFAULT, exactly as long as the plan.
// lang is the requested language (may be NULL); the routine picks what it
// offers. When a line cannot be spoken the track has cues only and a
// warning goes to err. Returns the exit status: 0 written, 1 failed (the
// reason on err, no file left).
int render_audio_run(const struct routine *r, const char *lang,
                     const char *wav_path, const struct audio_say *say,
                     FILE *err);

#endif
