#include "font.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <fontconfig/fontconfig.h>

#include "xalloc.h"

// One open face per weight, resized on demand: every TTF_Font carries its
// own FreeType and HarfBuzz tables (about 300 kB for DejaVu), so a face
// per size would cost more than all the text textures together.
struct font {
    char *path[FONT_WEIGHT_COUNT];
    int index[FONT_WEIGHT_COUNT];
    TTF_Font *face[FONT_WEIGHT_COUNT];
    int px[FONT_WEIGHT_COUNT];
};

// Asks fontconfig for a sans face of the weight that covers lang; the
// best match may still lack the language, so check its language set.
static bool find_face(const char *lang, int weight, char **path, int *index)
{
    FcPattern *pat = FcPatternCreate();
    FcLangSet *langs = FcLangSetCreate();
    FcLangSetAdd(langs, (const FcChar8 *)lang);
    FcPatternAddLangSet(pat, FC_LANG, langs);
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)"sans-serif");
    FcPatternAddInteger(pat, FC_WEIGHT, weight);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result;
    FcPattern *match = FcFontMatch(NULL, pat, &result);
    bool ok = false;
    if (match) {
        FcLangSet *have = NULL;
        FcChar8 *file = NULL;
        int idx = 0;
        if (FcPatternGetLangSet(match, FC_LANG, 0, &have) == FcResultMatch &&
            FcLangSetHasLang(have, (const FcChar8 *)lang) !=
                FcLangDifferentLang &&
            FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
            FcPatternGetInteger(match, FC_INDEX, 0, &idx);
            *path = xstrdup((const char *)file);
            *index = idx;
            ok = true;
        }
        FcPatternDestroy(match);
    }
    FcLangSetDestroy(langs);
    FcPatternDestroy(pat);
    return ok;
}

struct font *font_new(const char *lang, char *err, size_t err_size)
{
    if (!FcInit()) {
        snprintf(err, err_size, "fontconfig could not be initialised");
        return NULL;
    }
    struct font *f = xcalloc(1, sizeof(*f));
    static const int weights[FONT_WEIGHT_COUNT] = {FC_WEIGHT_REGULAR,
                                                   FC_WEIGHT_BOLD};
    for (int w = 0; w < FONT_WEIGHT_COUNT; w++) {
        if (!find_face(lang, weights[w], &f->path[w], &f->index[w])) {
            snprintf(err, err_size,
                     "no font found for the language '%s' (fontconfig has no "
                     "sans face covering it; install fonts-dejavu-core)",
                     lang);
            font_free(f);
            f = NULL;
            break;
        }
    }
    // Only the file names are needed from here on: fontconfig's
    // configuration and font list take about a megabyte of heap.
    FcFini();
    return f;
}

void font_free(struct font *f)
{
    if (!f)
        return;
    for (int w = 0; w < FONT_WEIGHT_COUNT; w++) {
        if (f->face[w])
            TTF_CloseFont(f->face[w]);
        free(f->path[w]);
    }
    free(f);
}

TTF_Font *font_get(struct font *f, enum font_weight weight, int px)
{
    if (px < 4)
        px = 4;
    if (!f->face[weight]) {
        f->face[weight] =
            TTF_OpenFontIndex(f->path[weight], px, f->index[weight]);
        if (!f->face[weight]) {
            SDL_Log("limber: cannot open %s: %s", f->path[weight],
                    SDL_GetError());
            return NULL;
        }
        f->px[weight] = px;
    } else if (f->px[weight] != px) {
        if (TTF_SetFontSize(f->face[weight], px) != 0) {
            SDL_Log("limber: font size %d: %s", px, SDL_GetError());
            return NULL;
        }
        f->px[weight] = px;
    }
    return f->face[weight];
}

const char *font_path(const struct font *f, enum font_weight weight)
{
    return f->path[weight];
}
