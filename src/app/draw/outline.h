#ifndef LIMBER_OUTLINE_H
#define LIMBER_OUTLINE_H

#include <stdbool.h>
#include <stdint.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

// A glyph's ink from HarfBuzz's outline, filled by FreeType's
// anti-aliasing rasterizer: FreeType's own unhinted bitmap (the same box;
// a pixel on the edge of a curve may differ by a few levels, as
// HarfBuzz computes in floating point), in less time for CFF faces
// (Noto Sans CJK and other .otf): HarfBuzz reads their charstrings about
// four times faster than FreeType, which took most of a Japanese first
// frame's glyph time (docs/performance.md). TrueType faces gain nothing
// and keep FreeType's own loader.

struct outline;

struct outline *outline_new(void);

// Accepts NULL.
void outline_free(struct outline *o);

// The ink of glyph gid of hb (its scale in 26.6 pixels, as
// font_face_hb sets it): a grey coverage bitmap, one byte a pixel, rows
// top down, valid until the next call, with its top-left corner at
// (left, -top) from the pen on the baseline. False when the glyph has no
// ink (a space) or the rasterizer fails.
struct outline_ink {
    const unsigned char *gray;
    int width, rows, left, top;
};
bool outline_render(struct outline *o, hb_font_t *hb, uint32_t gid,
                    FT_Library lib, struct outline_ink *ink);

#endif
