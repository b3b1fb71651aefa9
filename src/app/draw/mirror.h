#ifndef LIMBER_MIRROR_H
#define LIMBER_MIRROR_H

#include <stdbool.h>

#include <SDL.h>

#include "text.h"

// A screen whose interface language reads right to left is laid out as
// in a mirror: what the design puts at the left edge goes to the right,
// the Back button to the top right, left-aligned labels to the right.
// Never the body: a figure or the body map may move to the other half of
// the screen, but is drawn as it is (not flipped), and "left side" stays
// the body's own left. Screens pass the rectangles of their layout
// through mirror_rect; with an interface language that reads left to
// right it changes nothing.

struct mirror {
    bool on;
    int width; // of the window, in pixels
};

// The mirror of a window width pixels wide whose interface strings are
// shown in lang: the language of the catalog in use (i18n_shown_lang), so
// a right-to-left language without a catalog, whose interface shows
// English, does not mirror. Which languages read right to left is
// lang_is_rtl's answer (src/core/lang.h).
struct mirror mirror_for(const char *lang, int width);

// r as the mirrored layout places it (r itself when m is off).
SDL_Rect mirror_rect(const struct mirror *m, SDL_Rect r);

// A text alignment in the mirrored layout: left and right swap.
enum text_align mirror_align(const struct mirror *m, enum text_align align);

#endif
