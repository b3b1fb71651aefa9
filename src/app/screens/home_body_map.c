#include "home_body_map.h"

#include <math.h>

#include "body_map.h"
#include "figure_draw.h"

// The map's share of the home screen's width, at most.
#define MAP_SHARE 0.6f

// The box one side's figure needs per pixel of scale.
static void figure_size(float *w, float *h)
{
    float b[4];
    figure_draw_bounds(body_map_figure(BODY_MAP_FRONT, -1), false, b);
    *w = b[2] - b[0];
    *h = b[3] - b[1];
}

SDL_Rect home_body_map_place(const struct app *app, SDL_Rect area,
                             SDL_Rect *map)
{
    *map = (SDL_Rect){0, 0, 0, 0};
    float fw, fh;
    figure_size(&fw, &fh);
    int gap = app_px(app, 20);
    float by_height = (float)area.h / fh;
    float by_width = ((float)area.w * MAP_SHARE - (float)gap) / (2 * fw);
    float scale = by_height < by_width ? by_height : by_width;
    if (scale * body_map_smallest_region() < (float)app->min_target)
        return area; // too small to touch: the tiles alone
    int w = (int)(scale * fw * 2) + gap;
    *map = (SDL_Rect){area.x, area.y, w, area.h};
    return (SDL_Rect){area.x + w + gap, area.y, area.w - w - gap, area.h};
}

void home_body_map_draw(struct app *app, SDL_Rect map, uint32_t groups)
{
    // The focused button of the frame before (the layout does not change
    // between frames): a tile or a region of this map.
    int lit = -1;
    if (app->ui.focus >= 0 && app->ui.focus < UI_MAX_BUTTONS) {
        int id = app->ui.buttons[app->ui.focus].id;
        if (id >= 0 && id < MUSCLE_COUNT)
            lit = id;
    }
    int half = map.w / 2;
    for (int side = 0; side < BODY_MAP_SIDES; side++) {
        SDL_Rect box = {map.x + side * (map.w - half), map.y, half, map.h};
        const struct figure *f = body_map_figure(side, lit);
        figure_draw(app->renderer, box, f, &f->keys[0], false);
        float s, ox, oy;
        figure_draw_place(box, body_map_figure(side, -1), false, &s, &ox, &oy);
        size_t n;
        const struct body_map_region *r = body_map_regions(side, &n);
        for (size_t i = 0; i < n; i++) {
            if (!(groups & (1u << r[i].muscle)))
                continue;
            // From rounded edges: neighbours share an edge, never a pixel.
            int x0 = (int)lroundf(ox + r[i].x0 * s);
            int x1 = (int)lroundf(ox + r[i].x1 * s);
            int top = (int)lroundf(oy - r[i].y1 * s);
            int bottom = (int)lroundf(oy - r[i].y0 * s);
            SDL_Rect hot = {x0, top, x1 - x0, bottom - top};
            ui_box(app, r[i].muscle, hot, UI_HOTSPOT);
        }
    }
}
