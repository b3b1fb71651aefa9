#ifndef LIMBER_SHAPE_H
#define LIMBER_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "font.h"
#include "glyphs.h"

// One paragraph shaped for drawing, as libass does it: its characters'
// bidirectional levels (FriBidi, UAX #9), runs of one level, script and
// face (font.h's fallback asked with the paragraph's language), each
// shaped by HarfBuzz with its direction, script and language, and the
// line break opportunities of UAX #14 (libunibreak). Lines are then cut
// in one pass over the characters, and each line's runs put in visual
// order.

struct shaped;

// Shapes len bytes of UTF-8 at s (one paragraph: no newline) in weight
// for text in lang (NULL: the font's language) at px pixels. Never NULL.
struct shaped *shape_paragraph(struct font *font, enum font_weight weight,
                               const char *lang, int px, const char *s,
                               size_t len);

// Accepts NULL.
void shaped_free(struct shaped *sp);

// How many characters the paragraph has, and the i-th of them.
size_t shaped_length(const struct shaped *sp);
uint32_t shaped_char(const struct shaped *sp, size_t i);

// Whether the paragraph's direction is right to left (its first strong
// character is, UAX #9 P2).
bool shaped_rtl(const struct shaped *sp);

// A line: characters [start, end), trailing spaces left out.
struct shape_line {
    size_t start, end;
};

// Cuts the paragraph, drawn at px (the shapes scale with it), into lines
// no wider than width pixels, at UAX #14's opportunities; a word wider
// than a line alone is cut between characters and sets *broke. Appends
// to *lines (grown with xgrow, *count lines so far, *cap its capacity).
// Returns how many characters it looked at (the tests check that this
// grows with the length, not its square).
size_t shaped_break(const struct shaped *sp, int px, int width,
                    struct shape_line **lines, size_t *count, size_t *cap,
                    bool *broke);

// The width in pixels of characters [start, end) at px.
int shaped_width(const struct shaped *sp, int px, size_t start, size_t end);

// Characters [start, end) at px as glyphs from the left, in visual order
// (a new array, caller frees; *count of them), and their width in *width.
// With ellipsis, the line is shortened until it and a trailing "…" fit in
// max_width, and the "…" is put at its logical end.
struct glyph_place *shaped_places(const struct shaped *sp, int px, size_t start,
                                  size_t end, bool ellipsis, int max_width,
                                  size_t *count, int *width);

#endif
