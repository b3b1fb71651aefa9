#ifndef LIMBER_GLYPHS_H
#define LIMBER_GLYPHS_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "font.h"

// The letters the window shows, each kept once per size, weight and
// colour as a small texture. A screen of text then costs a few kilobytes
// per distinct letter, not four bytes for every pixel of every block of
// text (a step's instructions
// alone were 0.85 MB as one texture at 1280x800; docs/performance.md).
// Drawn glyph by glyph with FreeType's advances and kerning, a line
// covers the same pixels SDL2_ttf's whole-line rendering did.

struct glyphs;

// Borrows renderer and font; both must outlive the glyphs.
struct glyphs *glyphs_new(SDL_Renderer *renderer, struct font *font);

// Accepts NULL.
void glyphs_free(struct glyphs *g);

// Another font (a language switch): every glyph goes.
void glyphs_set_font(struct glyphs *g, struct font *font);

// A glyph's place on a line: x from the line's left edge to the pen, in
// pixels; the line's top is y 0.
struct glyph_place {
    Uint32 cp; // the character
    int x;
};

// Lays out len bytes of UTF-8 at s in weight at px: the places of its
// characters (a new array, caller frees; *count of them) and the width of
// its ink, from the leftmost to the rightmost pixel or pen position. The
// first place's x is shifted so that the ink starts at 0.
struct glyph_place *glyphs_layout(struct glyphs *g, enum font_weight weight,
                                  int px, const char *s, size_t len,
                                  size_t *count, int *width);

// The width glyphs_layout would give, without the places.
int glyphs_width(struct glyphs *g, enum font_weight weight, int px,
                 const char *s, size_t len);

// Draws a laid-out line with its left edge at x and its top at y.
void glyphs_draw(struct glyphs *g, enum font_weight weight, int px,
                 const struct glyph_place *places, size_t count, int x, int y,
                 SDL_Color color);

// Frees the glyphs no draw has used since the last call: a screen draws
// all its text every frame.
void glyphs_end_frame(struct glyphs *g);

// How many glyphs are kept now, and their textures' bytes (for tests and
// the memory figures).
size_t glyphs_count(const struct glyphs *g, size_t *bytes);

#endif
