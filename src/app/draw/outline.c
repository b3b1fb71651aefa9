#include "outline.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include FT_OUTLINE_H

#include "xalloc.h"

// The outline being collected, in FreeType's form, and the grey buffer
// it is filled into; both grow and are reused from glyph to glyph.
struct outline {
    hb_draw_funcs_t *funcs;
    FT_Vector *points;
    char *tags;
    size_t point_count, point_cap, tag_cap;
    short *contours;
    size_t contour_count, contour_cap;
    unsigned char *gray;
    size_t gray_cap;
};

// The largest glyph box drawn, in pixels a side: far above any text
// size the window uses, and it keeps a broken outline from asking for
// gigabytes.
#define OUTLINE_MAX_SIDE 4096

static void add_point(struct outline *o, float x, float y, char tag)
{
    xgrow((void **)&o->points, &o->point_cap, o->point_count + 1,
          sizeof(*o->points));
    xgrow((void **)&o->tags, &o->tag_cap, o->point_count + 1, 1);
    o->points[o->point_count] = (FT_Vector){lrintf(x), lrintf(y)};
    o->tags[o->point_count++] = tag;
}

static void move_to(hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
                    float x, float y, void *user)
{
    (void)funcs, (void)st, (void)user;
    add_point(data, x, y, FT_CURVE_TAG_ON);
}

static void quadratic_to(hb_draw_funcs_t *funcs, void *data,
                         hb_draw_state_t *st, float cx, float cy, float x,
                         float y, void *user)
{
    (void)funcs, (void)st, (void)user;
    add_point(data, cx, cy, FT_CURVE_TAG_CONIC);
    add_point(data, x, y, FT_CURVE_TAG_ON);
}

static void cubic_to(hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
                     float c1x, float c1y, float c2x, float c2y, float x,
                     float y, void *user)
{
    (void)funcs, (void)st, (void)user;
    add_point(data, c1x, c1y, FT_CURVE_TAG_CUBIC);
    add_point(data, c2x, c2y, FT_CURVE_TAG_CUBIC);
    add_point(data, x, y, FT_CURVE_TAG_ON);
}

// HarfBuzz closes a contour explicitly; FreeType's contours are closed
// by their end point's index.
static void close_path(hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
                       void *user)
{
    (void)funcs, (void)st, (void)user;
    struct outline *o = data;
    xgrow((void **)&o->contours, &o->contour_cap, o->contour_count + 1,
          sizeof(*o->contours));
    o->contours[o->contour_count++] = (short)(o->point_count - 1);
}

struct outline *outline_new(void)
{
    struct outline *o = xcalloc(1, sizeof(*o));
    o->funcs = hb_draw_funcs_create();
    // line_to adds an on-curve point exactly as move_to does.
    hb_draw_funcs_set_move_to_func(o->funcs, move_to, NULL, NULL);
    hb_draw_funcs_set_line_to_func(o->funcs, move_to, NULL, NULL);
    hb_draw_funcs_set_quadratic_to_func(o->funcs, quadratic_to, NULL, NULL);
    hb_draw_funcs_set_cubic_to_func(o->funcs, cubic_to, NULL, NULL);
    hb_draw_funcs_set_close_path_func(o->funcs, close_path, NULL, NULL);
    hb_draw_funcs_make_immutable(o->funcs);
    return o;
}

void outline_free(struct outline *o)
{
    if (!o)
        return;
    hb_draw_funcs_destroy(o->funcs);
    free(o->points);
    free(o->tags);
    free(o->contours);
    free(o->gray);
    free(o);
}

bool outline_render(struct outline *o, hb_font_t *hb, uint32_t gid,
                    FT_Library lib, struct outline_ink *ink)
{
    o->point_count = o->contour_count = 0;
    hb_font_get_glyph_shape(hb, gid, o->funcs, o);
    // An outline FreeType's short indexes cannot hold is not drawn.
    if (o->contour_count == 0 || o->point_count > SHRT_MAX)
        return false;
    FT_Outline ol = {.n_contours = (short)o->contour_count,
                     .n_points = (short)o->point_count,
                     .points = o->points,
                     .tags = o->tags,
                     .contours = o->contours,
                     .flags = FT_OUTLINE_NONE};
    // The pixels the control box touches, as FreeType sizes an unhinted
    // glyph's bitmap.
    FT_BBox box;
    FT_Outline_Get_CBox(&ol, &box);
    long x0 = box.xMin >> 6, y0 = box.yMin >> 6;
    long x1 = (box.xMax + 63) >> 6, y1 = (box.yMax + 63) >> 6;
    long w = x1 - x0, h = y1 - y0;
    if (w <= 0 || h <= 0 || w > OUTLINE_MAX_SIDE || h > OUTLINE_MAX_SIDE)
        return false;
    size_t size = (size_t)w * (size_t)h;
    if (size > o->gray_cap) {
        free(o->gray);
        o->gray = xmalloc(size);
        o->gray_cap = size;
    }
    memset(o->gray, 0, size);
    FT_Outline_Translate(&ol, -x0 * 64, -y0 * 64);
    FT_Bitmap target = {.rows = (unsigned)h,
                        .width = (unsigned)w,
                        .pitch = (int)w,
                        .buffer = o->gray,
                        .num_grays = 256,
                        .pixel_mode = FT_PIXEL_MODE_GRAY};
    FT_Raster_Params params = {
        .target = &target, .source = &ol, .flags = FT_RASTER_FLAG_AA};
    if (FT_Outline_Render(lib, &ol, &params) != 0)
        return false;
    *ink = (struct outline_ink){o->gray, (int)w, (int)h, (int)x0, (int)y1};
    return true;
}
