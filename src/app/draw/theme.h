#ifndef LIMBER_THEME_H
#define LIMBER_THEME_H

#include <SDL.h>

// A calm, high-contrast palette readable from three metres: light text on
// a deep blue-grey, one teal accent, amber for the keyboard focus. Body
// text on the background is above 12:1, muted text above 8:1.
struct theme {
    SDL_Color bg, surface, surface_pressed, text, muted, accent, on_accent,
        focus, left, right, on_side, track, ring_work, ring_pause, dim,
        progress;
};

extern const struct theme theme;

#endif
