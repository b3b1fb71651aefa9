#ifndef LIMBER_ILLUSTRATION_H
#define LIMBER_ILLUSTRATION_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "routine.h"

// A step's illustration (docs/figures.md): its figure, posed for a moment
// of the work phase, or its picture; the right side mirrored unless the
// step says `mirror: false`.

// True when the step has something to show: a picture, or a figure whose
// poses are all within their ranges.
bool illustration_exists(const struct step *s);

// Draws it into box: t_ms into a work phase work_ms long, or the key pose
// when t_ms < 0. right: the right side. Returns false when nothing could
// be drawn.
bool illustration_draw(SDL_Renderer *r, SDL_Rect box, const struct step *s,
                       bool right, int64_t t_ms, int64_t work_ms);

// True when the illustration changes with time (a figure with more than
// one key pose): the player then animates it.
bool illustration_moves(const struct step *s);

#endif
