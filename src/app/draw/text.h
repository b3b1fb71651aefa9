#ifndef LIMBER_TEXT_H
#define LIMBER_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "font.h"

// Text drawn into boxes: shaped, put in bidirectional order and wrapped
// where UAX #14 allows (shape.h), shrunk until it fits, and cached as a
// layout per block, so a block is laid out again only when its text,
// size, colour, language or box changes; its glyphs come from glyphs.h.
// Left-aligned text starts at the right when its paragraph reads right
// to left.

enum text_align { TEXT_LEFT, TEXT_CENTER, TEXT_RIGHT };
enum text_valign { TEXT_TOP, TEXT_MIDDLE, TEXT_BOTTOM };

struct text_style {
    enum font_weight weight;
    int px;     // preferred pixel size
    int min_px; // it may shrink down to this to fit (0: never shrinks)
    SDL_Color color;
    enum text_align align;
    enum text_valign valign;
    int max_lines; // 0: as many as fit in the box
    // The text's language (BCP 47; NULL: the font's), which picks its
    // faces and glyph forms. Copied.
    const char *lang;
};

// What one frame drew, for tests and screenshots.
struct text_drawn {
    const char *str; // borrowed from the cache until the next frame
    SDL_Rect box;    // the box it was given
    SDL_Rect rect;   // the pixels it covers
    bool clipped;    // it did not fit even at min_px and was cut short
};

struct text_cache;

// Borrows renderer and font; both must outlive the cache.
struct text_cache *text_cache_new(SDL_Renderer *renderer, struct font *font);

// Accepts NULL.
void text_cache_free(struct text_cache *tc);

// Uses another font from now on (a language switch); drops every block.
void text_cache_set_font(struct text_cache *tc, struct font *font);

// Frames bracket drawing: begin clears the list of drawn blocks; end frees
// the blocks no frame has used for a while.
void text_cache_begin_frame(struct text_cache *tc);
void text_cache_end_frame(struct text_cache *tc);

// Draws str in box and returns the rectangle it covers (w == 0 when empty).
SDL_Rect text_draw(struct text_cache *tc, const char *str, SDL_Rect box,
                   const struct text_style *style);

// The same rectangle without drawing (the block is cached all the same).
SDL_Rect text_measure(struct text_cache *tc, const char *str, SDL_Rect box,
                      const struct text_style *style);

// The size in pixels str is drawn at in box: style->px, or smaller, down
// to style->min_px, when it must shrink to fit (the block is cached).
int text_fit_px(struct text_cache *tc, const char *str, SDL_Rect box,
                const struct text_style *style);

// The blocks drawn since text_cache_begin_frame.
const struct text_drawn *text_cache_drawn(const struct text_cache *tc,
                                          size_t *count);

// How many blocks were laid out (not found in the cache) so far.
unsigned long text_cache_renders(const struct text_cache *tc);

// How many glyphs are kept (glyphs.h), and in *bytes (when not NULL) their
// textures' pixels.
size_t text_cache_glyphs(const struct text_cache *tc, size_t *bytes);

#endif
