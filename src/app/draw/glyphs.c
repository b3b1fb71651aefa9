#include "glyphs.h"

#include <stdint.h>
#include <stdlib.h>

#include "outline.h"
#include "xalloc.h"

// One glyph of one face at one size and colour: its ink as a texture,
// made at its first draw. A blank one (a space) has none. The colour is
// in the texture rather than a modulation of white ink: SDL's software
// blitter has a fast path for plain alpha blending only.
struct glyph {
    int face;
    uint32_t gid;
    int px;
    Uint32 rgba;
    SDL_Texture *tex;
    SDL_Rect ink; // from the pen on the baseline
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
    unsigned long made;
    struct outline *outline; // CFF glyphs are drawn through it
};

struct glyphs *glyphs_new(SDL_Renderer *renderer, struct font *font)
{
    struct glyphs *g = xcalloc(1, sizeof(*g));
    g->renderer = renderer;
    g->font = font;
    g->outline = outline_new();
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
    outline_free(g->outline);
    free(g);
}

void glyphs_set_font(struct glyphs *g, struct font *font)
{
    drop_all(g);
    g->font = font;
}

// What tells glyphs apart.
struct key {
    int face;
    uint32_t gid;
    int px;
    Uint32 rgba;
};

static size_t hash(const struct key *k)
{
    uint64_t h = ((uint64_t)k->gid << 16 | (uint64_t)(unsigned)k->face) *
                 0x9E3779B97F4A7C15u;
    h ^= (uint64_t)(unsigned)k->px * 0xC2B2AE3D27D4EB4Fu;
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
        if (it->gid == k->gid && it->face == k->face && it->px == k->px &&
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
        struct key k = {it->face, it->gid, it->px, it->rgba};
        *slot_of(g, &k) = i;
    }
}

// The glyph's ink as a texture in its colour, from a grey coverage
// bitmap (rows top down, pitch bytes apart).
static void fill(struct glyphs *g, struct glyph *it, const unsigned char *gray,
                 int width, int rows, int pitch, SDL_Color color)
{
    // Written straight into the texture: the software renderer keeps a
    // texture as one surface, and locking it hands over its pixels (no
    // surface of our own to fill, convert and copy).
    it->tex = SDL_CreateTexture(g->renderer, SDL_PIXELFORMAT_ARGB8888,
                                SDL_TEXTUREACCESS_STREAMING, width, rows);
    void *pixels;
    int tex_pitch;
    if (!it->tex || SDL_LockTexture(it->tex, NULL, &pixels, &tex_pitch) != 0) {
        if (it->tex)
            SDL_DestroyTexture(it->tex);
        it->tex = NULL;
        return;
    }
    Uint32 rgb = (Uint32)color.r << 16 | (Uint32)color.g << 8 | color.b;
    for (int y = 0; y < rows; y++) {
        const unsigned char *src = gray + (ptrdiff_t)y * pitch;
        Uint32 *dst =
            (Uint32 *)((Uint8 *)pixels + (size_t)y * (size_t)tex_pitch);
        if (color.a == 255) { // opaque text: the coverage is the alpha
            for (int x = 0; x < width; x++)
                dst[x] = (Uint32)src[x] << 24 | rgb;
        } else {
            for (int x = 0; x < width; x++)
                dst[x] = (Uint32)(src[x] * color.a / 255) << 24 | rgb;
        }
    }
    SDL_UnlockTexture(it->tex);
    SDL_SetTextureBlendMode(it->tex, SDL_BLENDMODE_BLEND);
}

// The ink of the glyph, unhinted as HarfBuzz's advances are (so the ink
// stays where the pen is; hinting also took twice as long: about 2 ms of
// a first player frame at 1920x1080 instead of 1). CFF outlines come
// from HarfBuzz (outline.h), TrueType ones from FreeType's loader.
static void make(struct glyphs *g, struct glyph *it, struct font_face *face,
                 int px, SDL_Color color)
{
    it->made = true;
    g->made++;
    if (font_face_cff(face)) {
        // FreeType's face is not sized: only its rasterizer is used.
        struct outline_ink ink;
        if (!outline_render(g->outline, font_face_hb(face, px), it->gid,
                            font_library(g->font), &ink))
            return; // blank
        fill(g, it, ink.gray, ink.width, ink.rows, ink.width, color);
        it->ink = (SDL_Rect){ink.left, -ink.top, ink.width, ink.rows};
        return;
    }
    FT_Face ft = font_face_ft(face, px);
    if (FT_Load_Glyph(ft, it->gid, FT_LOAD_RENDER | FT_LOAD_NO_HINTING) != 0)
        return;
    const FT_Bitmap *bm = &ft->glyph->bitmap;
    if (bm->pixel_mode != FT_PIXEL_MODE_GRAY || bm->width == 0 || bm->rows == 0)
        return; // blank
    fill(g, it, bm->buffer, (int)bm->width, (int)bm->rows, bm->pitch, color);
    it->ink = (SDL_Rect){ft->glyph->bitmap_left, -ft->glyph->bitmap_top,
                         (int)bm->width, (int)bm->rows};
}

static struct glyph *get(struct glyphs *g, const struct key *k)
{
    if (g->count * 2 >= g->slot_count)
        reindex(g, g->slot_count ? g->slot_count * 2 : 256);
    size_t *slot = slot_of(g, k);
    if (*slot == SIZE_MAX) {
        xgrow((void **)&g->items, &g->cap, g->count + 1, sizeof(*g->items));
        g->items[g->count] = (struct glyph){
            .face = k->face, .gid = k->gid, .px = k->px, .rgba = k->rgba};
        *slot = g->count++;
    }
    return &g->items[*slot];
}

void glyphs_draw(struct glyphs *g, int px, const struct glyph_place *places,
                 size_t count, int x, int baseline_y, SDL_Color color)
{
    Uint32 rgba = (Uint32)color.r << 24 | (Uint32)color.g << 16 |
                  (Uint32)color.b << 8 | color.a;
    for (size_t i = 0; i < count; i++) {
        const struct glyph_place *p = &places[i];
        struct key k = {font_face_id(p->face), p->gid, px, rgba};
        struct glyph *it = get(g, &k);
        it->used = true;
        if (!it->made)
            make(g, it, p->face, px, color);
        if (!it->tex)
            continue;
        SDL_Rect dst = {x + p->x + it->ink.x, baseline_y + p->y + it->ink.y,
                        it->ink.w, it->ink.h};
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

unsigned long glyphs_made(const struct glyphs *g)
{
    return g->made;
}
