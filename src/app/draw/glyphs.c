#include "glyphs.h"

#include <stdint.h>
#include <stdlib.h>

#include "utf8.h"
#include "xalloc.h"

// One character at one size, weight and colour: its ink as a texture,
// made at its first draw. A blank one (a space) has none. The colour is
// in the texture rather than a modulation of white ink: SDL's software
// blitter has a fast path for plain alpha blending only.
struct glyph {
    Uint32 cp;
    int px;
    enum font_weight weight;
    Uint32 rgba;
    SDL_Texture *tex;
    SDL_Rect ink; // from the pen at the line's top
    bool made, used;
};

// An open-addressed table (a power of two of slots, at most half full)
// of indexes into an array of glyphs.
struct glyphs {
    SDL_Renderer *renderer;
    struct font *font;
    struct glyph *items;
    size_t count, cap;
    size_t *slots; // SIZE_MAX: empty
    size_t slot_count;
};

struct glyphs *glyphs_new(SDL_Renderer *renderer, struct font *font)
{
    struct glyphs *g = xcalloc(1, sizeof(*g));
    g->renderer = renderer;
    g->font = font;
    return g;
}

static void drop_all(struct glyphs *g)
{
    for (size_t i = 0; i < g->count; i++) {
        if (g->items[i].tex)
            SDL_DestroyTexture(g->items[i].tex);
    }
    g->count = 0;
    for (size_t i = 0; i < g->slot_count; i++)
        g->slots[i] = SIZE_MAX;
}

void glyphs_free(struct glyphs *g)
{
    if (!g)
        return;
    drop_all(g);
    free(g->items);
    free(g->slots);
    free(g);
}

void glyphs_set_font(struct glyphs *g, struct font *font)
{
    drop_all(g);
    g->font = font;
}

// What tells glyphs apart.
struct key {
    Uint32 cp;
    int px;
    enum font_weight weight;
    Uint32 rgba;
};

static size_t hash(const struct key *k)
{
    uint64_t h = (uint64_t)k->cp * 0x9E3779B97F4A7C15u;
    h ^= ((uint64_t)(unsigned)k->px << 1 | (uint64_t)k->weight) *
         0xC2B2AE3D27D4EB4Fu;
    h ^= (uint64_t)k->rgba * 0x165667B19E3779F9u;
    return (size_t)(h ^ h >> 29);
}

static size_t *slot_of(struct glyphs *g, const struct key *k)
{
    size_t mask = g->slot_count - 1;
    for (size_t i = hash(k) & mask;; i = (i + 1) & mask) {
        size_t *s = &g->slots[i];
        if (*s == SIZE_MAX)
            return s;
        const struct glyph *it = &g->items[*s];
        if (it->cp == k->cp && it->px == k->px && it->weight == k->weight &&
            it->rgba == k->rgba)
            return s;
    }
}

static void reindex(struct glyphs *g, size_t slot_count)
{
    free(g->slots);
    g->slot_count = slot_count;
    g->slots = xmalloc(slot_count * sizeof(*g->slots));
    for (size_t i = 0; i < slot_count; i++)
        g->slots[i] = SIZE_MAX;
    for (size_t i = 0; i < g->count; i++) {
        const struct glyph *it = &g->items[i];
        struct key k = {it->cp, it->px, it->weight, it->rgba};
        *slot_of(g, &k) = i;
    }
}

// The ink of cp in face and its colour, cut to the rows it covers.
static void make(struct glyphs *g, struct glyph *it, TTF_Font *face,
                 SDL_Color color)
{
    it->made = true;
    int minx, maxx, miny, maxy, advance;
    if (TTF_GlyphMetrics32(face, it->cp, &minx, &maxx, &miny, &maxy,
                           &advance) != 0 ||
        maxx <= minx || maxy <= miny)
        return; // blank
    SDL_Surface *s = TTF_RenderGlyph32_Blended(face, it->cp, color);
    if (!s)
        return;
    // SDL2_ttf draws the glyph with its pen at the surface's left edge,
    // or further right by the ink that reaches left of the pen; its
    // baseline is the font's ascent from the top.
    int top = TTF_FontAscent(face) - maxy;
    int bottom = TTF_FontAscent(face) - miny;
    top = top < 0 ? 0 : top;
    bottom = bottom > s->h ? s->h : bottom;
    if (bottom > top) {
        SDL_Surface *rows = SDL_CreateRGBSurfaceWithFormatFrom(
            (Uint8 *)s->pixels + (size_t)top * (size_t)s->pitch, s->w,
            bottom - top, 32, s->pitch, s->format->format);
        if (rows) {
            it->tex = SDL_CreateTextureFromSurface(g->renderer, rows);
            SDL_FreeSurface(rows);
        }
        if (it->tex) {
            SDL_SetTextureBlendMode(it->tex, SDL_BLENDMODE_BLEND);
            it->ink = (SDL_Rect){minx < 0 ? minx : 0, top, s->w, bottom - top};
        }
    }
    SDL_FreeSurface(s);
}

static struct glyph *get(struct glyphs *g, const struct key *k)
{
    if (g->count * 2 >= g->slot_count)
        reindex(g, g->slot_count ? g->slot_count * 2 : 256);
    size_t *slot = slot_of(g, k);
    if (*slot == SIZE_MAX) {
        xgrow((void **)&g->items, &g->cap, g->count + 1, sizeof(*g->items));
        g->items[g->count] = (struct glyph){
            .cp = k->cp, .px = k->px, .weight = k->weight, .rgba = k->rgba};
        *slot = g->count++;
    }
    return &g->items[*slot];
}

// As SDL2_ttf sizes a line: pens advance with kerning; the line spans from
// the leftmost ink or pen to the rightmost. Fills places (when not NULL)
// with pens from the line's left edge, and returns the span.
static int measure(TTF_Font *face, const char *s, size_t len,
                   struct glyph_place *places, size_t *count)
{
    size_t n = 0;
    int pen = 0, left = 0, right = 0;
    Uint32 prev = 0;
    for (size_t pos = 0; pos < len;) {
        Uint32 cp = utf8_next(s, len, &pos);
        int minx = 0, maxx = 0, miny, maxy, advance = 0;
        TTF_GlyphMetrics32(face, cp, &minx, &maxx, &miny, &maxy, &advance);
        if (prev)
            pen += TTF_GetFontKerningSizeGlyphs32(face, prev, cp);
        if (places)
            places[n] = (struct glyph_place){cp, pen};
        n++;
        if (pen + minx < left)
            left = pen + minx;
        if (pen + maxx > right)
            right = pen + maxx;
        pen += advance;
        if (pen > right)
            right = pen;
        prev = cp;
    }
    for (size_t i = 0; places && i < n; i++)
        places[i].x -= left;
    if (count)
        *count = n;
    return right - left;
}

struct glyph_place *glyphs_layout(struct glyphs *g, enum font_weight weight,
                                  int px, const char *s, size_t len,
                                  size_t *count, int *width)
{
    struct glyph_place *places = xcalloc(len ? len : 1, sizeof(*places));
    TTF_Font *face = font_get(g->font, weight, px);
    *count = 0;
    *width = face ? measure(face, s, len, places, count) : 0;
    return places;
}

int glyphs_width(struct glyphs *g, enum font_weight weight, int px,
                 const char *s, size_t len)
{
    TTF_Font *face = font_get(g->font, weight, px);
    return face ? measure(face, s, len, NULL, NULL) : 0;
}

void glyphs_draw(struct glyphs *g, enum font_weight weight, int px,
                 const struct glyph_place *places, size_t count, int x, int y,
                 SDL_Color color)
{
    Uint32 rgba = (Uint32)color.r << 24 | (Uint32)color.g << 16 |
                  (Uint32)color.b << 8 | color.a;
    for (size_t i = 0; i < count; i++) {
        struct key k = {places[i].cp, px, weight, rgba};
        struct glyph *it = get(g, &k);
        it->used = true;
        if (!it->made) {
            TTF_Font *face = font_get(g->font, weight, px);
            if (!face)
                continue;
            make(g, it, face, color);
        }
        if (!it->tex)
            continue;
        SDL_Rect dst = {x + places[i].x + it->ink.x, y + it->ink.y, it->ink.w,
                        it->ink.h};
        SDL_RenderCopy(g->renderer, it->tex, NULL, &dst);
    }
}

void glyphs_end_frame(struct glyphs *g)
{
    size_t kept = 0;
    for (size_t i = 0; i < g->count; i++) {
        struct glyph *it = &g->items[i];
        if (!it->used) {
            if (it->tex)
                SDL_DestroyTexture(it->tex);
            continue;
        }
        it->used = false;
        g->items[kept++] = *it;
    }
    if (kept != g->count) {
        g->count = kept;
        reindex(g, g->slot_count);
    }
}

size_t glyphs_count(const struct glyphs *g, size_t *bytes)
{
    size_t total = 0;
    for (size_t i = 0; i < g->count; i++) {
        if (g->items[i].tex)
            total += (size_t)g->items[i].ink.w * (size_t)g->items[i].ink.h * 4;
    }
    if (bytes)
        *bytes = total;
    return g->count;
}
