#ifndef LIMBER_FONT_H
#define LIMBER_FONT_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL_ttf.h>

// The faces the window writes with, found through fontconfig for one
// language so that its script renders (Cyrillic for uk), and opened with
// SDL2_ttf at the pixel sizes asked for.

enum font_weight { FONT_REGULAR, FONT_BOLD, FONT_WEIGHT_COUNT };

struct font;

// Finds a regular and a bold sans face that cover lang. NULL when none
// does, with a message that names the language in err.
struct font *font_new(const char *lang, char *err, size_t err_size);

// Accepts NULL.
void font_free(struct font *f);

// The face at px pixels, valid until the next font_get of that weight
// (one face per weight is resized). NULL only when the file cannot be
// opened (logged).
TTF_Font *font_get(struct font *f, enum font_weight weight, int px);

// The file a weight was found in, for messages and tests.
const char *font_path(const struct font *f, enum font_weight weight);

#endif
