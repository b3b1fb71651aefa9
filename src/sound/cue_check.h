#ifndef LIMBER_CUE_CHECK_H
#define LIMBER_CUE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "audio_pcm.h"

// Routines' own cue files, decoded by SDL_mixer: whether one can be
// played, for `limber --check`, and its samples, for the player. No sound
// device is needed: the first file opens SDL's audio on its "dummy"
// driver (the user's SDL_AUDIODRIVER does not matter) and SDL_mixer on
// it, and cue_check_free closes both. When SDL's audio is already up,
// its driver is used as it is (the player decodes before it opens its
// device, so it never is there).

struct cue_check;

// Never NULL. Opens nothing until the first file is checked.
struct cue_check *cue_check_new(void);

// Closes what the checker opened. Accepts NULL.
void cue_check_free(struct cue_check *c);

// ctx is a struct cue_check (the shape of struct check_cues, tools.h).
// Returns true when the file at path decodes; else false with one line of
// reason (SDL_mixer's) in why.
bool cue_check_playable(void *ctx, const char *path, char *why,
                        size_t why_size);

// The file at path as mono 16-bit samples at SOUND_RATE (sound.h), all
// of it; NULL with one line of reason (SDL_mixer's) in why.
struct audio_pcm *cue_check_decode(struct cue_check *c, const char *path,
                                   char *why, size_t why_size);

#endif
