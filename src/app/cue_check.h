#ifndef LIMBER_CUE_CHECK_H
#define LIMBER_CUE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

// Whether a step's cue file can be played, for `limber --check`: SDL_mixer
// decodes the whole file, as the player does. No sound device is needed.
// When the mixer is not open already, the first file opens SDL's audio on
// its "dummy" driver for the check alone (the user's SDL_AUDIODRIVER does
// not matter), and cue_check_free closes it; a mixer that is open, such as
// a window's real device, is used as it is and left open.

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

#endif
