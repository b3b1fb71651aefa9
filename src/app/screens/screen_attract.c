#include <stdint.h>

#include "app_private.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

// Kiosk mode's attract screen, shown while nobody is there: an invitation,
// a slow breathing circle and, small at its foot, the safety notice in one
// line (a kiosk does not stop each visitor with the notice). It changes
// once every few seconds, not every frame, so an idle kiosk still sleeps
// between frames; any touch or key leaves it (kiosk.c) for the home screen.
// Everything is centred, so a mirrored layout looks the same.

#define BREATH_MS 4000 // in for this long, then out

static int64_t since_ms;

static void enter(struct app *app)
{
    since_ms = clock_now(&app->clock);
}

static void draw(struct app *app)
{
    int64_t now = clock_now(&app->clock);
    bool in = ((now - since_ms) / BREATH_MS) % 2 == 0;
    int m = app_px(app, 40);

    struct text_style title = ui_style(app, 72, FONT_BOLD, theme.text);
    title.align = TEXT_CENTER;
    title.max_lines = 2;
    SDL_Rect t =
        ui_text(app, msg_get(MSG_ATTRACT_TITLE, app->lang),
                (SDL_Rect){m, m, app->w - 2 * m, app_px(app, 190)}, &title);
    int top = t.y + (t.h ? t.h : app_px(app, 100)) + m / 2;

    struct text_style safety = ui_style(app, 24, FONT_REGULAR, theme.muted);
    safety.align = TEXT_CENTER;
    safety.valign = TEXT_BOTTOM;
    safety.max_lines = 2;
    int safety_h = app_px(app, 70);
    SDL_Rect s =
        ui_text(app, msg_get(MSG_ATTRACT_SAFETY, app->lang),
                (SDL_Rect){m, app->h - m - safety_h, app->w - 2 * m, safety_h},
                &safety);
    int foot = app->h - m - (s.h ? s.h + m / 2 : 0);

    struct text_style touch = ui_style(app, 44, FONT_BOLD, theme.accent);
    touch.align = TEXT_CENTER;
    touch.valign = TEXT_BOTTOM;
    touch.max_lines = 2;
    int touch_h = app_px(app, 130);
    ui_text(app, msg_get(MSG_ATTRACT_TOUCH, app->lang),
            (SDL_Rect){m, foot - touch_h, app->w - 2 * m, touch_h}, &touch);
    int bottom = foot - touch_h - m / 2;

    // The circle fills its box on the in-breath and shrinks on the out.
    int box = bottom - top;
    if (box > app->w - 2 * m)
        box = app->w - 2 * m;
    if (box < 8)
        return;
    int d = in ? box : box * 3 / 5;
    SDL_Rect circle = {(app->w - d) / 2, top + (box - d) / 2, d, d};
    render_round_rect(app->renderer, circle, d / 2, theme.surface);
    SDL_Color ring = in ? theme.ring_work : theme.ring_pause;
    render_arc(app->renderer, (float)app->w / 2, (float)(top + box / 2),
               (float)d / 2 - (float)app_px(app, 10), (float)d / 2, 0, 1, ring);
    struct text_style say = ui_style(app, 40, FONT_REGULAR, theme.text);
    say.align = TEXT_CENTER;
    say.valign = TEXT_MIDDLE;
    say.max_lines = 2;
    int pad = d / 12;
    // In the circle's own window pixels, as the circle is drawn.
    text_draw(
        app->text, msg_get(in ? MSG_BREATHE_IN : MSG_BREATHE_OUT, app->lang),
        (SDL_Rect){circle.x + pad, circle.y + pad, d - 2 * pad, d - 2 * pad},
        &say);
}

// Nothing here to choose: kiosk.c takes the touch that wakes it.
static bool event(struct app *app, const struct input *in)
{
    (void)app;
    (void)in;
    return true;
}

static int64_t next_deadline(struct app *app, int64_t now_ms)
{
    (void)app;
    int64_t into = (now_ms - since_ms) % BREATH_MS;
    return now_ms + (BREATH_MS - into);
}

const struct screen_ops screen_attract = {
    .enter = enter,
    .draw = draw,
    .event = event,
    .next_deadline = next_deadline,
};
