#include "player_figure.h"

#include <stdlib.h>

#include "illustration.h"
#include "msg.h"
#include "settings.h"
#include "sound_control.h"

// 25 frames a second: smooth for a slow stretch, cheap on the software
// renderer (docs/performance.md).
#define FRAME_MS 40

const struct step *player_figure_step(const struct app *app,
                                      const struct plan_phase *ph)
{
    if (!ph || !app->routine || app->routine->step_count == 0)
        return NULL;
    size_t i = ph->step >= 0 ? (size_t)ph->step : 0;
    if (i >= app->routine->step_count)
        return NULL;
    const struct step *s = &app->routine->steps[i];
    return illustration_exists(s) ? s : NULL;
}

void player_figure_layout(const struct app *app, int top, int bottom, int m,
                          SDL_Rect *text_col, SDL_Rect *ring_box,
                          SDL_Rect *figure_box)
{
    int h = bottom - top;
    if (app->h > app->w * 11 / 10) {
        // Tall: the ring and the figure side by side above the text.
        int band = h * 9 / 20;
        int d = (app->w - 3 * m) * 2 / 5;
        if (d > band)
            d = band;
        *ring_box = (SDL_Rect){m, top + (band - d) / 2, d, d};
        *figure_box = (SDL_Rect){2 * m + d, top, app->w - 3 * m - d, band};
        *text_col = (SDL_Rect){m, top + band + m, app->w - 2 * m, h - band - m};
        return;
    }
    // Wide: the text, then the figure, then the ring.
    int col = (app->w - 4 * m) * 40 / 100;
    *text_col = (SDL_Rect){m, top, col, h};
    int rest = app->w - 4 * m - col;
    int d = rest * 2 / 5;
    if (d > h)
        d = h;
    int fw = rest - d;
    *figure_box = (SDL_Rect){2 * m + col, top, fw, h};
    *ring_box = (SDL_Rect){3 * m + col + fw, top + (h - d) / 2, d, d};
}

void player_figure_switch(struct app *app, const struct plan_phase *ph,
                          SDL_Rect *figure_box)
{
    const struct step *s = player_figure_step(app, ph);
    if (!s || !illustration_moves(s) || app->kiosk)
        return;
    int h = app->min_target;
    int w = app_px(app, 200) > h * 3 ? app_px(app, 200) : h * 3;
    if (figure_box->h < h * 4 || figure_box->w < w)
        return; // no room: the figure keeps it
    figure_box->h -= h + app_px(app, 8);
    SDL_Rect b = {figure_box->x + (figure_box->w - w) / 2,
                  figure_box->y + figure_box->h + app_px(app, 8), w, h};
    ui_button(
        app, PLAYER_FIGURE_ID_MOTION, ui_place(app, b),
        msg_get(app->reduce_motion ? MSG_MOTION_OFF : MSG_MOTION_ON, app->lang),
        UI_PLAIN);
}

bool player_figure_input(struct app *app, const struct input *in)
{
    if (in->kind != INPUT_ACTIVATE || in->id != PLAYER_FIGURE_ID_MOTION)
        return false;
    app->reduce_motion = !app->reduce_motion;
    sound_control_remember_motion(app, app->reduce_motion);
    return true;
}

// True when the figure of ph moves now: a work phase playing, motion not
// reduced, and a figure with more than one key pose.
static bool moving(const struct app *app, const struct plan_phase *ph,
                   const struct session_position *pos)
{
    const struct step *s = player_figure_step(app, ph);
    return s && ph->kind == PLAN_WORK && !pos->paused && !pos->over &&
           !app->reduce_motion && illustration_moves(s);
}

void player_figure_draw(struct app *app, const struct plan_phase *ph,
                        const struct session_position *pos, SDL_Rect box)
{
    const struct step *s = player_figure_step(app, ph);
    app->figure_rect = (SDL_Rect){0, 0, 0, 0};
    if (!s)
        return;
    // A mirrored layout moves the figure to the other half of the window
    // but never flips it: the side it shows is the body's own.
    box = ui_place(app, box);
    app->figure_rect = box;
    bool right = false;
    if (ph->kind == PLAN_WORK) {
        right = ph->side == PLAN_SIDE_RIGHT;
    } else {
        // A pause shows the side that comes next.
        for (size_t i = pos->phase + 1; i < app->plan->phase_count; i++) {
            if (app->plan->phases[i].kind == PLAN_WORK) {
                right = app->plan->phases[i].side == PLAN_SIDE_RIGHT;
                break;
            }
        }
    }
    // Paused, it holds the moment it was paused at; reduced motion and the
    // pauses between phases show the key pose.
    int64_t t = -1;
    if (ph->kind == PLAN_WORK && !app->reduce_motion)
        t = pos->elapsed_ms;
    illustration_draw(app->renderer, box, s, right, t, ph->duration_ms);
}

int64_t player_figure_deadline(const struct app *app,
                               const struct plan_phase *ph,
                               const struct session_position *pos,
                               int64_t now_ms)
{
    if (!moving(app, ph, pos))
        return INT64_MAX;
    // On the frame grid of the phase, so frames are evenly spaced.
    int64_t into = pos->elapsed_ms % FRAME_MS;
    return now_ms + (FRAME_MS - into);
}

SDL_Rect player_figure_rect(const struct app *app)
{
    return app->figure_rect;
}

bool player_figure_reduce_motion(const struct app_config *cfg)
{
    if (cfg->kiosk)
        return cfg->kiosk->reduce_motion;
    struct settings st = settings_default();
    char *path = settings_path();
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    // A bad file is reported by the sound control, which reads it too.
    if (path)
        settings_load(path, &st, &diags);
    diag_list_clear(&diags);
    free(path);
    return st.reduce_motion;
}
