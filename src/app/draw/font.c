#include "font.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <fontconfig/fontconfig.h>
#include FT_FONT_FORMATS_H

#include "lang.h"
#include "utf8.h"
#include "xalloc.h"

// One face of one file, opened once and resized on demand. HarfBuzz
// reads the file through its own mapping rather than through FreeType,
// which would copy each table it asks for onto the heap (a CJK face's
// tables are hundreds of kilobytes).
struct font_face {
    char *path, *family;
    int index, id;
    enum font_weight weight;
    char lang[16]; // the fontconfig language it was found for
    FT_Face ft;
    hb_blob_t *file; // the file's one mapping, read by both ft and hb
    hb_font_t *hb;
    int ft_px, hb_px;
    bool cff; // PostScript outlines (outline.h draws them faster)
};

// The faces found for a language and weight: the primary one first.
struct font {
    char lang[32];
    FT_Library ft;
    struct font_face **faces;
    size_t face_count, face_cap;
    struct primary {
        char lang[16];
        enum font_weight weight;
        struct font_face *face;
    } * primaries;
    size_t primary_count, primary_cap;
    hb_script_t *missing; // scripts no face covers, said once each
    size_t missing_count, missing_cap;
    bool fc_live;
};

static const int fc_weights[FONT_WEIGHT_COUNT] = {FC_WEIGHT_REGULAR,
                                                  FC_WEIGHT_BOLD};

// fontconfig knows languages by its own names (zh-Hant is zh-tw, Serbian
// in Latin letters sh): lang.h makes them from a BCP 47 tag.
static void fc_lang(const char *lang, char *out, size_t size)
{
    lang_fontconfig_name(lang && *lang ? lang : "en", out, size);
}

static bool lookups_ready(struct font *f)
{
    if (!f->fc_live)
        f->fc_live = FcInit();
    return f->fc_live;
}

void font_release_lookups(struct font *f)
{
    if (f && f->fc_live) {
        FcFini();
        f->fc_live = false;
    }
}

static FcPattern *sans_pattern(const char *lang, enum font_weight weight)
{
    FcPattern *pat = FcPatternCreate();
    FcLangSet *langs = FcLangSetCreate();
    FcLangSetAdd(langs, (const FcChar8 *)lang);
    FcPatternAddLangSet(pat, FC_LANG, langs);
    FcLangSetDestroy(langs);
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)"sans-serif");
    FcPatternAddInteger(pat, FC_WEIGHT, fc_weights[weight]);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    return pat;
}

// The file mapped once for every face opened from it: FreeType and
// HarfBuzz read the same pages, so a glyph's outline faults its page in
// once (a CJK collection's glyphs are spread over 20 MB). A new reference.
static hb_blob_t *map_file(struct font *f, const char *path)
{
    for (size_t i = 0; i < f->face_count; i++)
        if (strcmp(f->faces[i]->path, path) == 0)
            return hb_blob_reference(f->faces[i]->file);
    return hb_blob_create_from_file_or_fail(path);
}

static struct font_face *open_face(struct font *f, FcPattern *match,
                                   const char *lang, enum font_weight weight)
{
    FcChar8 *file = NULL, *family = NULL;
    int index = 0;
    if (FcPatternGetString(match, FC_FILE, 0, &file) != FcResultMatch)
        return NULL;
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    FcPatternGetString(match, FC_FAMILY, 0, &family);
    for (size_t i = 0; i < f->face_count; i++) {
        struct font_face *face = f->faces[i];
        if (face->index == index && face->weight == weight &&
            strcmp(face->path, (const char *)file) == 0 &&
            strcmp(face->lang, lang) == 0)
            return face;
    }
    hb_blob_t *blob = map_file(f, (const char *)file);
    if (!blob) {
        SDL_Log("limber: cannot read %s", (const char *)file);
        return NULL;
    }
    unsigned size;
    const char *data = hb_blob_get_data(blob, &size);
    FT_Face ft;
    if (FT_New_Memory_Face(f->ft, (const FT_Byte *)data, (FT_Long)size, index,
                           &ft) != 0) {
        SDL_Log("limber: FreeType cannot open %s", (const char *)file);
        hb_blob_destroy(blob);
        return NULL;
    }
    hb_face_t *hb_face = hb_face_create(blob, (unsigned)index);
    struct font_face *face = xcalloc(1, sizeof(*face));
    face->path = xstrdup((const char *)file);
    face->family = xstrdup(family ? (const char *)family : "");
    face->index = index;
    face->weight = weight;
    snprintf(face->lang, sizeof face->lang, "%s", lang);
    face->ft = ft;
    face->file = blob;
    const char *format = FT_Get_Font_Format(ft);
    face->cff = format && strcmp(format, "CFF") == 0;
    face->hb = hb_font_create(hb_face);
    hb_face_destroy(hb_face);
    face->id = (int)f->face_count;
    xgrow((void **)&f->faces, &f->face_cap, f->face_count + 1,
          sizeof(*f->faces));
    f->faces[f->face_count++] = face;
    return face;
}

// fontconfig's best sans face for lang; with cp, the best one that has
// cp (its sorted list walked, since the best match may lack it).
static struct font_face *look_up(struct font *f, const char *lang,
                                 enum font_weight weight, uint32_t cp)
{
    if (!lookups_ready(f))
        return NULL;
    FcPattern *pat = sans_pattern(lang, weight);
    FcCharSet *chars = NULL;
    if (cp) {
        chars = FcCharSetCreate();
        FcCharSetAddChar(chars, cp);
        FcPatternAddCharSet(pat, FC_CHARSET, chars);
    }
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    struct font_face *face = NULL;
    FcResult result;
    // fontconfig's match weighs covering the character above the family,
    // so the best match nearly always has it; the sorted list (slower by
    // far with a few thousand faces) is walked only when it does not.
    FcPattern *match = FcFontMatch(NULL, pat, &result);
    FcCharSet *have = NULL;
    if (match && (!cp || (FcPatternGetCharSet(match, FC_CHARSET, 0, &have) ==
                              FcResultMatch &&
                          FcCharSetHasChar(have, cp))))
        face = open_face(f, match, lang, weight);
    if (match)
        FcPatternDestroy(match);
    if (cp && !face) {
        FcFontSet *set = FcFontSort(NULL, pat, FcFalse, NULL, &result);
        for (int i = 0; set && i < set->nfont && !face; i++) {
            if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &have) !=
                    FcResultMatch ||
                !FcCharSetHasChar(have, cp))
                continue;
            FcPattern *m = FcFontRenderPrepare(NULL, pat, set->fonts[i]);
            if (m) {
                face = open_face(f, m, lang, weight);
                FcPatternDestroy(m);
            }
        }
        if (set)
            FcFontSetDestroy(set);
    }
    if (chars)
        FcCharSetDestroy(chars);
    FcPatternDestroy(pat);
    return face;
}

struct font *font_new(const char *lang, char *err, size_t err_size)
{
    struct font *f = xcalloc(1, sizeof(*f));
    snprintf(f->lang, sizeof f->lang, "%s", lang && *lang ? lang : "en");
    if (FT_Init_FreeType(&f->ft) != 0) {
        snprintf(err, err_size, "FreeType could not be initialised");
        free(f);
        return NULL;
    }
    char fl[16];
    fc_lang(f->lang, fl, sizeof fl);
    for (int w = 0; w < FONT_WEIGHT_COUNT; w++) {
        if (!look_up(f, fl, (enum font_weight)w, 0)) {
            snprintf(err, err_size,
                     "no font found for the language '%s' (fontconfig has no "
                     "scalable sans face; install fonts-noto-core)",
                     f->lang);
            font_free(f);
            return NULL;
        }
        xgrow((void **)&f->primaries, &f->primary_cap, f->primary_count + 1,
              sizeof(*f->primaries));
        struct primary *p = &f->primaries[f->primary_count++];
        snprintf(p->lang, sizeof p->lang, "%s", fl);
        p->weight = (enum font_weight)w;
        p->face = f->faces[f->face_count - 1];
    }
    // fontconfig stays loaded for the first screen's lookups (a symbol
    // the language's face lacks); the text cache lets it go after the
    // frame (font_release_lookups).
    return f;
}

void font_free(struct font *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->face_count; i++) {
        struct font_face *face = f->faces[i];
        hb_font_destroy(face->hb);
        FT_Done_Face(face->ft);
        hb_blob_destroy(face->file);
        free(face->path);
        free(face->family);
        free(face);
    }
    free(f->faces);
    free(f->primaries);
    free(f->missing);
    FT_Done_FreeType(f->ft);
    font_release_lookups(f);
    free(f);
}

const char *font_lang(const struct font *f)
{
    return f->lang;
}

struct font_face *font_primary(struct font *f, enum font_weight weight,
                               const char *lang)
{
    char fl[16];
    fc_lang(lang ? lang : f->lang, fl, sizeof fl);
    for (size_t i = 0; i < f->primary_count; i++) {
        if (f->primaries[i].weight == weight &&
            strcmp(f->primaries[i].lang, fl) == 0)
            return f->primaries[i].face;
    }
    struct font_face *face = look_up(f, fl, weight, 0);
    if (!face) // fontconfig went away since font_new: the default's face
        return f->primaries[weight].face;
    xgrow((void **)&f->primaries, &f->primary_cap, f->primary_count + 1,
          sizeof(*f->primaries));
    f->primaries[f->primary_count++] = (struct primary){"", weight, face};
    snprintf(f->primaries[f->primary_count - 1].lang,
             sizeof f->primaries[0].lang, "%s", fl);
    return face;
}

bool font_face_has(struct font_face *face, uint32_t cp)
{
    return FT_Get_Char_Index(face->ft, cp) != 0;
}

static bool is_missing(const struct font *f, hb_script_t script)
{
    for (size_t i = 0; i < f->missing_count; i++) {
        if (f->missing[i] == script)
            return true;
    }
    return false;
}

struct font_face *font_face_for(struct font *f, enum font_weight weight,
                                const char *lang, uint32_t cp,
                                struct font_face *prev)
{
    if (prev && font_face_has(prev, cp))
        return prev;
    struct font_face *primary = font_primary(f, weight, lang);
    if (font_face_has(primary, cp))
        return primary;
    for (size_t i = 0; i < f->face_count; i++) {
        struct font_face *face = f->faces[i];
        if (face->weight == weight && strcmp(face->lang, primary->lang) == 0 &&
            font_face_has(face, cp))
            return face;
    }
    hb_script_t script =
        hb_unicode_script(hb_unicode_funcs_get_default(), (hb_codepoint_t)cp);
    if (is_missing(f, script))
        return NULL;
    struct font_face *face = look_up(f, primary->lang, weight, cp);
    if (face)
        return face;
    char name[5];
    hb_tag_to_string(hb_script_to_iso15924_tag(script), name);
    name[4] = '\0';
    SDL_Log("limber: no installed font has the %s script (U+%04X, text in "
            "'%s'): it shows as empty boxes; install a font for it, such as "
            "Debian's fonts-noto-core or fonts-noto-cjk",
            name, (unsigned)cp, lang ? lang : f->lang);
    xgrow((void **)&f->missing, &f->missing_cap, f->missing_count + 1,
          sizeof(*f->missing));
    f->missing[f->missing_count++] = script;
    return NULL;
}

void font_prepare(struct font *f, const char *chars)
{
    size_t len = strlen(chars);
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = utf8_next(chars, len, &pos);
        for (int w = 0; w < FONT_WEIGHT_COUNT; w++)
            font_face_for(f, (enum font_weight)w, NULL, cp, NULL);
    }
}

hb_font_t *font_face_hb(struct font_face *face, int px)
{
    if (face->hb_px != px) {
        hb_font_set_scale(face->hb, px * 64, px * 64);
        face->hb_px = px;
    }
    return face->hb;
}

FT_Face font_face_ft(struct font_face *face, int px)
{
    if (face->ft_px != px) {
        FT_Set_Pixel_Sizes(face->ft, 0, (FT_UInt)px);
        face->ft_px = px;
    }
    return face->ft;
}

FT_Library font_library(const struct font *f)
{
    return f->ft;
}

bool font_face_cff(const struct font_face *face)
{
    return face->cff;
}

int font_face_id(const struct font_face *face)
{
    return face->id;
}

const char *font_face_path(const struct font_face *face)
{
    return face->path;
}

int font_face_index(const struct font_face *face)
{
    return face->index;
}

const char *font_face_family(const struct font_face *face)
{
    return face->family;
}

struct font_metrics font_face_metrics(struct font_face *face, int px)
{
    hb_font_extents_t ext;
    hb_font_get_h_extents(font_face_hb(face, px), &ext);
    struct font_metrics m;
    m.ascent = (ext.ascender + 63) / 64;
    m.descent = (-ext.descender + 63) / 64;
    m.line_skip = m.ascent + m.descent + (ext.line_gap + 32) / 64;
    return m;
}

const char *font_path(struct font *f, enum font_weight weight)
{
    return font_primary(f, weight, NULL)->path;
}

size_t font_missing_scripts(const struct font *f)
{
    return f->missing_count;
}
