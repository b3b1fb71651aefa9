#ifndef LIMBER_FONT_H
#define LIMBER_FONT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

// The faces the window writes with. Each run of text asks for a face by
// its language and a character: the language's own sans face first (so
// Japanese gets Japanese glyph forms, not Chinese ones), then any face
// already open that has the character, then fontconfig asked with the
// language and the character. Faces are opened with FreeType (to draw a
// glyph by its index) and HarfBuzz (to shape), both over the mapped file.

enum font_weight { FONT_REGULAR, FONT_BOLD, FONT_WEIGHT_COUNT };

struct font;
struct font_face;

// Finds the regular and bold sans faces of lang (the default language).
// NULL when fontconfig finds no scalable face at all, with a message in
// err.
struct font *font_new(const char *lang, char *err, size_t err_size);

// Accepts NULL.
void font_free(struct font *f);

// The default language, as given to font_new.
const char *font_lang(const struct font *f);

// The face of lang's text (NULL: the default language) in weight.
// Never NULL.
struct font_face *font_primary(struct font *f, enum font_weight weight,
                               const char *lang);

// A face that has cp for text in lang: prev when it has it (a run stays
// in one face), else as the header says. When no installed face has cp,
// says so once per script (logged) and returns NULL.
struct font_face *font_face_for(struct font *f, enum font_weight weight,
                                const char *lang, uint32_t cp,
                                struct font_face *prev);

// Finds now, in both weights, the faces for the characters of the UTF-8
// string chars that the default language's faces lack (the symbols an
// interface puts beside its words), so that the first frame does not
// wait for fontconfig.
void font_prepare(struct font *f, const char *chars);

// Whether face has a glyph for cp.
bool font_face_has(struct font_face *face, uint32_t cp);

// The face set to px pixels: HarfBuzz's font (scale px * 64, so
// positions come in 26.6 fixed point) and FreeType's. Valid as long as
// the font.
hb_font_t *font_face_hb(struct font_face *face, int px);
FT_Face font_face_ft(struct font_face *face, int px);

// The FreeType library the font's faces were opened with.
FT_Library font_library(const struct font *f);

// Whether the face's outlines are PostScript (CFF) ones, as in .otf
// files, rather than TrueType's.
bool font_face_cff(const struct font_face *face);

// A small number naming the face within its font (for glyph keys).
int font_face_id(const struct font_face *face);

// The file and the index in it, for messages and tests.
const char *font_face_path(const struct font_face *face);
int font_face_index(const struct font_face *face);

// The family name fontconfig gave the face ("Noto Sans CJK JP").
const char *font_face_family(const struct font_face *face);

// Vertical metrics of a face at px, in whole pixels.
struct font_metrics {
    int ascent, descent, line_skip;
};
struct font_metrics font_face_metrics(struct font_face *face, int px);

// The file the default language's face of weight is in.
const char *font_path(struct font *f, enum font_weight weight);

// How many scripts had no face (each was logged once).
size_t font_missing_scripts(const struct font *f);

// Lets fontconfig go until the next lookup: its configuration and font
// list take about a megabyte, and lookups come in bursts (a new screen).
void font_release_lookups(struct font *f);

#endif
