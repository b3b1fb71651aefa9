#include <stdio.h>

#include "app_private.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

// After a routine: how long it took and how many steps were done, the
// advice to see a doctor, the way to the health pages, and the way home
// or round again.

enum { ID_HOME = 1, ID_AGAIN, ID_LEARN };

static void draw(struct app *app)
{
    const struct routine *r = app->routine;
    const char *lang = app_routine_lang(app, r);
    int m = app_px(app, 32);
    int w = app->w - 2 * m;
    int y = m;

    struct text_style big = ui_style(app, 72, FONT_BOLD, theme.accent);
    big.max_lines = 1;
    SDL_Rect t = ui_text(
        app, msg_get(app->completed ? MSG_WELL_DONE : MSG_STOPPED, app->lang),
        (SDL_Rect){m, y, w, app_px(app, 100)}, &big);
    y = t.y + t.h + m / 2;

    struct text_style name = ui_style(app, 38, FONT_BOLD, theme.text);
    name.max_lines = 2;
    t = ui_text(app, text_get(&r->title, lang, r->lang),
                (SDL_Rect){m, y, w, app_px(app, 110)}, &name);
    y = t.y + t.h + m / 2;

    char line[128], d[48];
    struct text_style st = ui_style(app, 34, FONT_REGULAR, theme.text);
    st.max_lines = 1;
    snprintf(line, sizeof line, "%s: %s", msg_get(MSG_TIME_TAKEN, app->lang),
             msg_duration(app->end_offset_ms, app->lang, d, sizeof d));
    t = ui_text(app, line, (SDL_Rect){m, y, w, app_px(app, 56)}, &st);
    y = t.y + t.h + m / 3;
    int done = app->plan ? plan_steps_done(app->plan, app->end_offset_ms) : 0;
    snprintf(line, sizeof line, msg_get(MSG_STEPS_DONE, app->lang), done,
             (int)r->step_count);
    t = ui_text(app, line, (SDL_Rect){m, y, w, app_px(app, 56)}, &st);
    y = t.y + t.h + m;

    int bh =
        app_px(app, 96) > app->min_target ? app_px(app, 96) : app->min_target;
    int by = app->h - m - bh;
    // The advice in a box of its own so it is not lost under the numbers.
    SDL_Rect box = {m, y, w, by - m - y};
    if (box.h > app_px(app, 200))
        box.h = app_px(app, 200);
    if (box.h > 0) {
        int pad = app_px(app, 24);
        struct text_style adv = ui_style(app, 32, FONT_REGULAR, theme.text);
        SDL_Rect in = {box.x + pad, box.y + pad, box.w - 2 * pad,
                       box.h - 2 * pad};
        SDL_Rect t =
            ui_text_measure(app, msg_get(MSG_DOCTOR, app->lang), in, &adv);
        box.h = t.h + 2 * pad;
        render_round_rect(app->renderer, ui_place(app, box), app_px(app, 16),
                          theme.surface);
        ui_text(app, msg_get(MSG_DOCTOR, app->lang), in, &adv);
    }

    int gap = app_px(app, 24);
    int bw = app_px(app, 320) > app->min_target * 3 ? app_px(app, 320)
                                                    : app->min_target * 3;
    if (bw * 3 + gap * 2 > w)
        bw = (w - gap * 2) / 3;
    ui_button(app, ID_LEARN, ui_place(app, (SDL_Rect){m, by, bw, bh}),
              msg_get(MSG_LEARN_MORE, app->lang), UI_PLAIN);
    ui_button(app, ID_AGAIN,
              ui_place(app, (SDL_Rect){m + w - bw * 2 - gap, by, bw, bh}),
              msg_get(MSG_AGAIN, app->lang), UI_PLAIN);
    ui_button(app, ID_HOME, ui_place(app, (SDL_Rect){m + w - bw, by, bw, bh}),
              msg_get(MSG_HOME, app->lang), UI_PRIMARY);
}

static void enter(struct app *app)
{
    app->ui.focus = 2; // Home
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind != INPUT_ACTIVATE)
        return false;
    if (in->id == ID_HOME) {
        app_end_session(app);
        app_go(app, APP_SCREEN_HOME);
    } else if (in->id == ID_AGAIN) {
        app_start_routine(app);
    } else if (in->id == ID_LEARN) {
        app_end_session(app);
        app_go(app, APP_SCREEN_ABOUT);
    }
    return true;
}

const struct screen_ops screen_finish = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
