#ifndef LIMBER_GLYPHS_H
#define LIMBER_GLYPHS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "font.h"

// The glyphs the window shows, each kept once per face, glyph index,
// size and colour as a small texture made with FreeType (SDL3_ttf's
// approach). A screen of text then costs a few kilobytes per distinct
// glyph, not four bytes for every pixel of every block of text (a step's
// instructions alone were 0.85 MB as one texture at 1280x800;
// docs/performance.md). Glyphs are kept by index, not by character, so
// what shaping chose (a joined Arabic form, a ligature, a mark) is what
// is drawn.

struct glyphs;

// Borrows renderer and font; both must outlive the glyphs.
struct glyphs *glyphs_new(SDL_Renderer *renderer, struct font *font);

// Accepts NULL.
void glyphs_free(struct glyphs *g);

// Another font (a language switch): every glyph goes.
void glyphs_set_font(struct glyphs *g, struct font *font);

// A shaped glyph's place on a line: x from the line's left edge, y from
// its baseline (down is positive), in pixels.
struct glyph_place {
    struct font_face *face;
    uint32_t gid;
    int x, y;
    size_t cluster; // the first character it draws (length: the "…")
};

// Draws places at px with the line's left edge at x and its baseline at
// baseline_y.
void glyphs_draw(struct glyphs *g, int px, const struct glyph_place *places,
                 size_t count, int x, int baseline_y, SDL_Color color);

// Frees the glyphs no draw has used since the last call: a screen draws
// all its text every frame.
void glyphs_end_frame(struct glyphs *g);

// How many glyphs are kept now, and their textures' bytes (for tests and
// the memory figures).
size_t glyphs_count(const struct glyphs *g, size_t *bytes);

// How many glyph textures were made so far.
unsigned long glyphs_made(const struct glyphs *g);

#endif
