#ifndef LIMBER_INK_POOL_H
#define LIMBER_INK_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

// The ink of many CFF glyphs (outline.h) made at once on every core: the
// calling thread and the pool's workers take the next glyph from one
// shared counter, so the caller never waits for a glyph no worker has
// started, and a machine too busy to run the workers costs only a
// wake-up. A first Japanese frame makes a hundred such glyphs, its most
// expensive work (docs/performance.md). Only grey bitmaps are made here;
// textures stay on the renderer's thread, as SDL requires. The workers
// start with the pool and sleep between batches.

struct ink_job {
    // In: a font sized by the caller (font_face_hb), left unchanged
    // until ink_pool_run returns; the glyph; the caller's own tag.
    hb_font_t *hb;
    uint32_t gid;
    size_t tag;
    // Out: the ink as outline_render gives it, in memory of the job's
    // own (free with free()); gray is NULL when the glyph has none.
    unsigned char *gray;
    int width, rows, left, top;
};

struct ink_pool;

// Workers on all but one core, at most three; none on a single core.
struct ink_pool *ink_pool_new(void);

// Accepts NULL.
void ink_pool_free(struct ink_pool *p);

// How many threads besides the caller's make ink, and how many glyphs
// they have made so far.
int ink_pool_workers(const struct ink_pool *p);
unsigned long ink_pool_made_by_workers(struct ink_pool *p);

// Makes the ink of every job and returns when all are made; the caller's
// share with lib, its FreeType library (each worker has its own).
void ink_pool_run(struct ink_pool *p, FT_Library lib, struct ink_job *jobs,
                  size_t count);

#endif
