#ifndef LIMBER_CUE_CHECK_H
#define LIMBER_CUE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

// Routines' own cue files for `limber --check`: whether SDL_mixer can
// play one. No sound device is needed: the first file starts SDL's audio
// on its "dummy" driver (chosen by hint, whatever SDL_AUDIODRIVER says)
// and opens SDL_mixer on it; cue_check_free closes both. Meant for the
// command-line process, where nothing else uses SDL's audio.

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
