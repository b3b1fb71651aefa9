#include "body_map_home.h"

#include <math.h>
#include <stdlib.h>

#include "app_private.h"
#include "body_map.h"
#include "figure_draw.h"
#include "i18n.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

// The regions are built once; the layout is the last frame's, so that the
// next input meets what was drawn.
#define PI 3.14159265f

static struct body_map map;
static bool map_ready;
static struct body_map_layout shown;
static SDL_Point origin;      // the map area's top left on screen
static SDL_Rect switch_at;    // where the switch goes this frame, w 0: none
static uint32_t shown_groups; // groups with routines, when the map is shown
static bool map_shown;
static SDL_Rect map_at; // where the map goes this frame, w 0: not shown
static int map_gap;

static const struct body_map *the_map(void)
{
    if (!map_ready) {
        body_map_init(&map);
        map_ready = true;
    }
    return &map;
}

int body_map_home_group(int id)
{
    int i = id - BODY_MAP_HOME_ID;
    if (i < 0 || i >= BODY_MAP_MAX_REGIONS || !map_ready ||
        (size_t)i >= map.count)
        return -1;
    return map.region[i].muscle;
}

bool body_map_home_event(struct app *app, int id)
{
    if (id != BODY_MAP_HOME_SWITCH)
        return false;
    app->home_map = !app->home_map;
    app->ui.focus = 0;
    return true;
}

static bool region_contains(const struct app *app, int id, int x, int y)
{
    (void)app;
    int i = id - BODY_MAP_HOME_ID;
    if (i < 0 || (size_t)i >= map.count)
        return false;
    enum body_map_view v = map.region[i].view;
    const struct body_map_panel *p = &shown.panel[v];
    float px = (float)(x - origin.x), py = (float)(y - origin.y);
    if (px < p->x || py < p->y || px >= p->x + p->w || py >= p->y + p->h)
        return false;
    float fx, fy;
    body_map_to_view(&map, &shown, v, px, py, &fx, &fy);
    return body_map_hit(&map, v, fx, fy) == i;
}

// A filled capsule in pixels, as a fan of triangles: the overlays that
// dim a region or show the one in focus.
static void fill_capsule(SDL_Renderer *r, float x0, float y0, float x1,
                         float y1, float rad, SDL_Color c)
{
    enum { HALF = 12 };
    SDL_Vertex v[3 * (2 * HALF + 2)];
    SDL_FPoint p[2 * HALF + 2];
    float phi = (x0 == x1 && y0 == y1) ? 0 : atan2f(y1 - y0, x1 - x0);
    int n = 0;
    for (int end = 0; end < 2; end++) {
        float cx = end ? x0 : x1, cy = end ? y0 : y1;
        float from = phi - PI / 2 + (end ? PI : 0);
        for (int i = 0; i <= HALF; i++) {
            float a = from + PI * (float)i / HALF;
            p[n++] = (SDL_FPoint){cx + cosf(a) * rad, cy + sinf(a) * rad};
        }
    }
    SDL_FPoint mid = {(x0 + x1) / 2, (y0 + y1) / 2};
    int k = 0;
    for (int i = 0; i < n; i++) {
        v[k++] = (SDL_Vertex){mid, c, {0, 0}};
        v[k++] = (SDL_Vertex){p[i], c, {0, 0}};
        v[k++] = (SDL_Vertex){p[(i + 1) % n], c, {0, 0}};
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, k, NULL, 0);
}

static void overlay(struct app *app, const struct body_map_region *reg,
                    SDL_Color c)
{
    for (int s = 0; s < reg->shape_count; s++) {
        const struct body_map_capsule *cap = &reg->shape[s];
        float x0, y0, x1, y1;
        body_map_to_pixels(&map, &shown, reg->view, cap->x0, cap->y0, &x0, &y0);
        body_map_to_pixels(&map, &shown, reg->view, cap->x1, cap->y1, &x1, &y1);
        float s_px = shown.panel[reg->view].scale;
        fill_capsule(app->renderer, x0 + (float)origin.x, y0 + (float)origin.y,
                     x1 + (float)origin.x, y1 + (float)origin.y, cap->r * s_px,
                     c);
    }
}

// One view's figure at the panel's scale, its chosen region glowing.
static void draw_view(struct app *app, enum body_map_view v, uint32_t glow)
{
    struct figure_pose pose = map.pose[v];
    struct figure fig = {.keys = &pose, .key_count = 1, .glow = glow};
    float b[4];
    figure_draw_bounds(&fig, false, b);
    float s = shown.panel[v].scale, px, py;
    body_map_to_pixels(&map, &shown, v, b[0], b[3], &px, &py);
    SDL_Rect box = {origin.x + (int)lroundf(px), origin.y + (int)lroundf(py),
                    (int)lroundf((b[2] - b[0]) * s),
                    (int)lroundf((b[3] - b[1]) * s)};
    figure_draw(app->renderer, box, &fig, &pose, false);
}

// The id of the focused or pressed button, if it is a region.
static int chosen_region(const struct app *app)
{
    int index = app->ui.pressed >= 0 ? app->ui.pressed : app->ui.focus;
    if (index < 0 || index >= app->ui.count)
        return -1;
    int i = app->ui.buttons[index].id - BODY_MAP_HOME_ID;
    return i >= 0 && (size_t)i < map.count ? i : -1;
}

// Keyboard order: view by view, top to bottom, then left to right as seen.
static int by_place(const void *a, const void *b)
{
    const struct body_map_region *ra = &map.region[*(const int *)a];
    const struct body_map_region *rb = &map.region[*(const int *)b];
    if (ra->view != rb->view)
        return (int)ra->view - (int)rb->view;
    if (fabsf(ra->cy - rb->cy) > 0.02f)
        return ra->cy > rb->cy ? -1 : 1;
    return ra->cx < rb->cx ? -1 : ra->cx > rb->cx;
}

// Where the map's drawing begins on screen for area: at area, or, when
// the layout is mirrored, moved whole so that what it covers is mirrored.
// The map itself is never flipped: the front view stays the front view
// and the body's left stays on its own side.
static SDL_Point place(const struct app *app, SDL_Rect area)
{
    int left = shown.panel[0].x, right = left + shown.panel[0].w;
    for (int v = 1; v < BODY_MAP_VIEW_COUNT; v++) {
        const struct body_map_panel *p = &shown.panel[v];
        left = p->x < left ? p->x : left;
        right = p->x + p->w > right ? p->x + p->w : right;
    }
    if (shown.whole_w > 0) {
        left = shown.whole_x < left ? shown.whole_x : left;
        int end = shown.whole_x + shown.whole_w;
        right = end > right ? end : right;
    }
    SDL_Rect used = {area.x + left, area.y, right - left, area.h};
    return (SDL_Point){ui_place(app, used).x - left, area.y};
}

static void draw_map(struct app *app, SDL_Rect area, uint32_t groups, int gap)
{
    map_shown = true;
    body_map_layout(&map, area.w, area.h, gap, app->min_target, &shown);
    origin = place(app, area);
    // The regions first (registering draws nothing), so that the figure
    // knows which one is in focus this frame and makes it glow.
    int order[BODY_MAP_MAX_REGIONS];
    for (size_t i = 0; i < map.count; i++)
        order[i] = (int)i;
    qsort(order, map.count, sizeof order[0], by_place);
    for (size_t k = 0; k < map.count; k++) {
        const struct body_map_region *reg = &map.region[order[k]];
        if (!(groups & (1u << reg->muscle)))
            continue;
        float cx, cy;
        body_map_to_pixels(&map, &shown, reg->view, reg->cx, reg->cy, &cx, &cy);
        int side = (int)(2 * reg->reach * shown.panel[reg->view].scale);
        SDL_Rect rect = {origin.x + (int)cx - side / 2,
                         origin.y + (int)cy - side / 2, side, side};
        ui_area(app, BODY_MAP_HOME_ID + order[k], rect, region_contains);
    }
    int chosen = chosen_region(app);
    for (int v = 0; v < BODY_MAP_VIEW_COUNT; v++) {
        uint32_t glow = 0;
        if (chosen >= 0 && map.region[chosen].view == (enum body_map_view)v)
            glow = map.region[chosen].glow;
        draw_view(app, v, glow);
    }
    for (size_t i = 0; i < map.count; i++) {
        const struct body_map_region *reg = &map.region[i];
        if (!(groups & (1u << reg->muscle))) {
            // Nothing to open: shaded toward the background.
            SDL_Color dim = theme.bg;
            dim.a = 90;
            overlay(app, reg, dim);
        } else if ((int)i == chosen) {
            SDL_Color c = theme.focus;
            c.a = app->ui.pressed >= 0 ? 70 : 30;
            overlay(app, reg, c);
        }
    }
    if (groups & (1u << MUSCLE_WHOLE_BODY)) {
        SDL_Rect whole = {origin.x + shown.whole_x, origin.y + shown.whole_y,
                          shown.whole_w, shown.whole_h};
        ui_button(app, MUSCLE_WHOLE_BODY, whole,
                  msg_muscle(MUSCLE_WHOLE_BODY, app->lang), UI_PLAIN);
    }
}

// True when n tiles fit in r with every tile a comfortable target.
static bool tiles_fit(const struct app *app, SDL_Rect r, int n, int gap)
{
    // Room for a label like "Shoulders" on one line at the smallest text.
    int min_w = app->min_target * 2 > app_px(app, 140) ? app->min_target * 2
                                                       : app_px(app, 140);
    if (min_w < 120)
        min_w = 120;
    int min_h =
        app->min_target > app_px(app, 48) ? app->min_target : app_px(app, 48);
    for (int cols = 1; cols <= n; cols++) {
        int rows = (n + cols - 1) / cols;
        int tw = (r.w - gap * (cols - 1)) / cols;
        int th = (r.h - gap * (rows - 1)) / rows;
        if (tw >= min_w && th >= min_h)
            return true;
    }
    return false;
}

static int tile_count(uint32_t groups)
{
    int n = 1; // All routines
    for (int g = 0; g < MUSCLE_COUNT; g++)
        n += (groups >> g) & 1;
    return n;
}

SDL_Rect body_map_home_draw(struct app *app, SDL_Rect area, SDL_Rect *bottom,
                            uint32_t groups)
{
    the_map();
    switch_at.w = 0;
    map_at.w = 0;
    map_shown = false;
    int gap = app_px(app, 20);
    int inner = app_px(app, 12);
    struct body_map_layout l;
    // The map beside the tiles (landscape) or above them (portrait), as
    // large as the tiles leave room for.
    SDL_Rect m = area, t = area;
    if (area.w >= area.h) {
        m.w = area.w - gap - app_px(app, 600);
        t.x = m.x + m.w + gap;
        t.w = area.x + area.w - t.x;
    } else {
        m.h = area.h - gap - app_px(app, 420);
        t.y = m.y + m.h + gap;
        t.h = area.y + area.h - t.y;
    }
    if (m.w > 0 && m.h > 0 &&
        body_map_layout(&map, m.w, m.h, inner, app->min_target, &l) &&
        tiles_fit(app, t, tile_count(groups), gap)) {
        // The map takes only the room it uses; the tiles the rest.
        if (area.w >= area.h) {
            int used = l.panel[BODY_MAP_HEAD].x + l.panel[BODY_MAP_HEAD].w;
            int back = l.panel[BODY_MAP_BACK].x + l.panel[BODY_MAP_BACK].w;
            used = used > back ? used : back;
            int shift = (m.w - used) - (m.w - used) / 2;
            m.w -= shift;
            t.x -= shift;
            t.w += shift;
        }
        map_at = m;
        map_gap = inner;
        shown_groups = groups;
        return t;
    }
    // One at a time, and a switch beside the bottom button.
    int sw = app_px(app, 300);
    if (sw < app->min_target * 3)
        sw = app->min_target * 3;
    bottom->w -= sw + gap;
    SDL_Rect at = {bottom->x + bottom->w + gap, bottom->y, sw, bottom->h};
    switch_at = at;
    SDL_Rect tiles = area;
    if (app->home_map) {
        map_at = area;
        map_gap = inner;
        shown_groups = groups;
        tiles.w = 0;
    }
    return tiles;
}

bool body_map_home_beside(void)
{
    return map_at.w > 0 && switch_at.w == 0;
}

void body_map_home_finish(struct app *app)
{
    if (map_at.w > 0)
        draw_map(app, map_at, shown_groups, map_gap);
    // TRANSLATORS: home, small windows: shows the tiles instead of the
    // body map.
    const char *to_tiles = _("List");
    // TRANSLATORS: home, small windows: shows the body map instead of the
    // tiles.
    const char *to_map = _("Body map");
    if (switch_at.w > 0)
        ui_button(app, BODY_MAP_HOME_SWITCH, ui_place(app, switch_at),
                  app->home_map ? to_tiles : to_map, UI_PLAIN);
}

size_t body_map_home_targets(struct body_map_home_target *out, size_t max)
{
    if (!map_shown)
        return 0;
    for (size_t i = 0; i < map.count && i < max; i++) {
        const struct body_map_region *r = &map.region[i];
        float x, y;
        body_map_to_pixels(&map, &shown, r->view, r->cx, r->cy, &x, &y);
        out[i] = (struct body_map_home_target){
            .group = r->muscle,
            .enabled = (shown_groups >> r->muscle) & 1,
            .centre = {origin.x + (int)lroundf(x), origin.y + (int)lroundf(y)},
            .size = (int)(2 * r->reach * shown.panel[r->view].scale)};
    }
    return map.count;
}
