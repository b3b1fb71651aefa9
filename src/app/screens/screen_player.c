#include <stdio.h>

#include "app_private.h"
#include "msg.h"
#include "player_figure.h"
#include "render.h"
#include "sound_control.h"
#include "sound_row.h"
#include "theme.h"

// The player: the step's title, its instructions, the side, a countdown
// ring with the seconds left, repetition and step counts, the overall
// progress and what comes next. Everything comes from session_position()
// and the plan; this file only decides how it looks and when it changes
// on screen.

enum { ID_PREV = 1, ID_PAUSE, ID_NEXT, ID_RESUME, ID_STOP };

// Button order on screen, for placing the focus.
enum { FOCUS_PAUSE = 1, FOCUS_RESUME = 0 };

static const struct plan_phase *phase_of(const struct app *app,
                                         const struct session_position *pos)
{
    const struct plan *p = app->plan;
    if (p->phase_count == 0)
        return NULL;
    size_t i = pos->phase < p->phase_count ? pos->phase : p->phase_count - 1;
    return &p->phases[i];
}

// The next work phase after index, or NULL.
static const struct plan_phase *next_work(const struct plan *p, size_t index)
{
    for (size_t i = index + 1; i < p->phase_count; i++) {
        if (p->phases[i].kind == PLAN_WORK)
            return &p->phases[i];
    }
    return NULL;
}

static const char *side_label(enum plan_side side, const char *lang)
{
    return side == PLAN_SIDE_LEFT    ? msg_get(MSG_LEFT_SIDE, lang)
           : side == PLAN_SIDE_RIGHT ? msg_get(MSG_RIGHT_SIDE, lang)
                                     : NULL;
}

// "Next: <step> · <side> · 2/3": what the following work phase is.
static void describe_next(const struct app *app, const struct plan_phase *ph,
                          size_t index, char *buf, size_t size)
{
    const struct routine *r = app->routine;
    const char *lang = app_routine_lang(app, r);
    const struct plan_phase *next = next_work(app->plan, index);
    if (!next || !ph) {
        snprintf(buf, size, "%s %s", msg_get(MSG_NEXT_LABEL, app->lang),
                 msg_get(MSG_FINISH_LAST, app->lang));
        return;
    }
    const struct step *s = &r->steps[next->step];
    size_t n =
        (size_t)snprintf(buf, size, "%s %s", msg_get(MSG_NEXT_LABEL, app->lang),
                         text_get(&s->title, lang, r->lang));
    const char *side = side_label(next->side, app->lang);
    if (side && n < size)
        n += (size_t)snprintf(buf + n, size - n, " · %s", side);
    if (s->repeat > 1 && n < size) {
        char rep[64];
        snprintf(rep, sizeof rep, msg_get(MSG_REP_N_OF, app->lang), next->rep,
                 s->repeat);
        snprintf(buf + n, size - n, " · %s", rep);
    }
}

// The ring moves in steps of time that shift its end by about two pixels,
// at most five times a second, and always on whole seconds.
static int64_t ring_step(int64_t duration_ms, float radius)
{
    float circumference = 6.2832f * radius;
    int64_t step = (int64_t)((float)duration_ms * 2.0f / circumference);
    static const int64_t steps[] = {200, 250, 500, 1000};
    int64_t chosen = steps[0];
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        if (steps[i] <= step)
            chosen = steps[i];
    }
    return chosen;
}

static void draw_ring(struct app *app, const struct plan_phase *ph,
                      const struct session_position *pos, SDL_Rect box)
{
    float radius = (float)(box.w < box.h ? box.w : box.h) / 2.0f;
    if (radius < 8)
        return;
    float cx = (float)box.x + (float)box.w / 2.0f;
    float cy = (float)box.y + (float)box.h / 2.0f;
    float thick = radius * 0.13f;
    int64_t duration = ph ? ph->duration_ms : 1;
    int64_t remaining = pos->over ? 0 : pos->remaining_ms;
    int64_t step = ring_step(duration, radius);
    app->ring_step_ms = step;
    int64_t shown = (remaining + step - 1) / step * step;
    if (shown > duration)
        shown = duration;
    float frac = duration > 0 ? (float)shown / (float)duration : 0;

    SDL_Color color = theme.ring_pause;
    if (ph && ph->kind == PLAN_WORK) {
        color = ph->side == PLAN_SIDE_LEFT    ? theme.left
                : ph->side == PLAN_SIDE_RIGHT ? theme.right
                                              : theme.ring_work;
    }
    render_arc(app->renderer, cx, cy, radius - thick, radius, 0, 1,
               theme.track);
    render_arc(app->renderer, cx, cy, radius - thick, radius, 1 - frac, 1,
               color);
    app->ring_rect = (SDL_Rect){(int)(cx - radius) - 1, (int)(cy - radius) - 1,
                                (int)(radius * 2) + 2, (int)(radius * 2) + 2};

    char secs[24];
    snprintf(secs, sizeof secs, "%lld", (long long)((remaining + 999) / 1000));
    float inner = radius - thick;
    struct text_style st = {.weight = FONT_BOLD,
                            .px = (int)(inner * 0.8f),
                            .min_px = (int)(inner * 0.4f),
                            .color = theme.text,
                            .align = TEXT_CENTER,
                            .valign = TEXT_MIDDLE,
                            .max_lines = 1};
    int side = (int)(inner * 1.4f);
    text_draw(app->text, secs,
              (SDL_Rect){(int)cx - side / 2, (int)cy - side / 2, side, side},
              &st);
}

// A coloured label for the side being worked (or coming after a switch).
static SDL_Rect draw_side(struct app *app, enum plan_side side, SDL_Rect row)
{
    const char *label = side_label(side, app->lang);
    if (!label)
        return (SDL_Rect){row.x, row.y, 0, 0};
    struct text_style st = ui_style(app, 34, FONT_BOLD, theme.on_side);
    st.max_lines = 1;
    st.valign = TEXT_MIDDLE;
    st.align = TEXT_CENTER;
    int pad = app_px(app, 18);
    SDL_Rect t = text_measure(app->text, label,
                              (SDL_Rect){0, 0, row.w - 2 * pad, row.h}, &st);
    SDL_Rect badge = {row.x, row.y, t.w + 2 * pad, row.h};
    if (side == PLAN_SIDE_RIGHT)
        badge.x = row.x + row.w - badge.w;
    render_round_rect(app->renderer, badge, app_px(app, 12),
                      side == PLAN_SIDE_LEFT ? theme.left : theme.right);
    text_draw(app->text, label, badge, &st);
    return badge;
}

// Previous, pause and next at the end of row; in a mirrored layout they
// run the other way, so "next" is on the side a reader goes on to.
// Returns where they begin.
static int draw_buttons(struct app *app, SDL_Rect row, bool paused,
                        bool whole_row)
{
    int gap = app_px(app, 16);
    int bw = app_px(app, 210);
    if (bw < app->min_target * 2)
        bw = app->min_target * 2;
    if (whole_row || bw * 3 + gap * 2 > row.w)
        bw = (row.w - gap * 2) / 3;
    int x = row.x + row.w - (bw * 3 + gap * 2);
    ui_button(app, ID_PREV, ui_place(app, (SDL_Rect){x, row.y, bw, row.h}),
              msg_get(MSG_PREV_PHASE, app->lang), UI_PLAIN);
    ui_button(app, ID_PAUSE,
              ui_place(app, (SDL_Rect){x + bw + gap, row.y, bw, row.h}),
              msg_get(paused ? MSG_RESUME : MSG_PAUSE, app->lang), UI_PRIMARY);
    ui_button(app, ID_NEXT,
              ui_place(app, (SDL_Rect){x + 2 * (bw + gap), row.y, bw, row.h}),
              msg_get(MSG_NEXT_PHASE, app->lang), UI_PLAIN);
    return x;
}

static void draw_overlay(struct app *app)
{
    ui_begin(app); // only the overlay's buttons can be chosen
    render_fill_rect(app->renderer, (SDL_Rect){0, 0, app->w, app->h},
                     theme.dim);
    struct text_style st = ui_style(app, 80, FONT_BOLD, theme.text);
    st.align = TEXT_CENTER;
    st.valign = TEXT_BOTTOM;
    st.max_lines = 1;
    int bh =
        app_px(app, 96) > app->min_target ? app_px(app, 96) : app->min_target;
    int bw = app_px(app, 320) > app->min_target * 3 ? app_px(app, 320)
                                                    : app->min_target * 3;
    int gap = app_px(app, 32);
    if (bw * 2 + gap > app->w - 2 * gap)
        bw = (app->w - 3 * gap) / 2;
    int x = (app->w - (bw * 2 + gap)) / 2;
    int y = app->h / 2 + gap / 2;
    int title_h = app_px(app, 120);
    SDL_Rect panel = {x - gap, y - title_h - gap, bw * 2 + 3 * gap,
                      title_h + bh + 2 * gap};
    render_round_rect(app->renderer, ui_place(app, panel), app_px(app, 24),
                      theme.bg);
    ui_text(app, msg_get(MSG_PAUSED, app->lang),
            (SDL_Rect){panel.x, panel.y, panel.w, title_h}, &st);
    ui_button(app, ID_RESUME, ui_place(app, (SDL_Rect){x, y, bw, bh}),
              msg_get(MSG_RESUME, app->lang), UI_PRIMARY);
    ui_button(app, ID_STOP, ui_place(app, (SDL_Rect){x + bw + gap, y, bw, bh}),
              msg_get(MSG_STOP, app->lang), UI_PLAIN);
}

static void draw(struct app *app)
{
    const struct routine *r = app->routine;
    const char *lang = app_routine_lang(app, r);
    struct session_position pos;
    session_position(app->session, &pos);
    // Under the pause overlay no button shows the focus: it is on the
    // overlay's.
    int focus = app->ui.focus;
    if (pos.paused)
        app->ui.focus = -1;
    const struct plan_phase *ph = phase_of(app, &pos);
    int m = app_px(app, 24);

    // Overall progress along the top edge.
    int bar = app_px(app, 10) > 4 ? app_px(app, 10) : 4;
    render_fill_rect(app->renderer, (SDL_Rect){0, 0, app->w, bar}, theme.track);
    int64_t total = app->plan->total_ms > 0 ? app->plan->total_ms : 1;
    // It fills the way the interface reads.
    render_fill_rect(
        app->renderer,
        ui_place(app,
                 (SDL_Rect){0, 0, (int)(app->w * pos.offset_ms / total), bar}),
        theme.progress);

    // The routine's name and the step count.
    int head_h =
        app_px(app, 50) > app->min_target ? app_px(app, 50) : app->min_target;
    int y = bar + m / 2;
    // The sound control at the right; drawn last (focus order), placed now.
    SDL_Rect snd_row = {m, y, app->w - 2 * m, head_h};
    SDL_Rect snd = sound_control_place(app, snd_row);
    int head_right = snd.w ? snd.x - m : app->w - m;
    struct text_style small = ui_style(app, 28, FONT_REGULAR, theme.muted);
    small.max_lines = 1;
    small.valign = TEXT_MIDDLE;
    char count[64] = "";
    if (ph && ph->step >= 0) {
        snprintf(count, sizeof count, msg_get(MSG_STEP_N_OF, app->lang),
                 ph->step + 1, (int)r->step_count);
    }
    struct text_style cnt = ui_style(app, 30, FONT_BOLD, theme.text);
    cnt.align = TEXT_RIGHT;
    cnt.valign = TEXT_MIDDLE;
    cnt.max_lines = 1;
    SDL_Rect c =
        ui_text(app, count, (SDL_Rect){m, y, head_right - m, head_h}, &cnt);
    ui_text(app, text_get(&r->title, lang, r->lang),
            (SDL_Rect){m, y, head_right - 2 * m - c.w, head_h}, &small);
    int top = y + head_h + m / 2;

    // Buttons and what comes next along the bottom.
    int bh =
        app_px(app, 84) > app->min_target ? app_px(app, 84) : app->min_target;
    // On a tall window the buttons take the whole row, and what comes
    // next goes above them.
    bool tall = app->h > app->w * 11 / 10;
    SDL_Rect buttons = {m, app->h - m - bh, app->w - 2 * m, bh};
    int buttons_x = draw_buttons(app, buttons, pos.paused, tall);
    SDL_Rect next_row = {m, buttons.y, buttons_x - 2 * m, bh};
    if (tall)
        next_row = (SDL_Rect){m, buttons.y - m / 2 - bh, app->w - 2 * m, bh};
    char next[600];
    describe_next(app, ph, pos.phase, next, sizeof next);
    struct text_style nx = ui_style(app, 28, FONT_REGULAR, theme.text);
    nx.max_lines = 2;
    nx.valign = TEXT_MIDDLE;
    ui_text(app, next, next_row, &nx);
    int bottom = (tall ? next_row.y : buttons.y) - m;

    // The ring beside the text, or above it on a tall window.
    SDL_Rect text_col, ring_box, figure_box = {0, 0, 0, 0};
    if (player_figure_step(app, ph)) {
        player_figure_layout(app, top, bottom, m, &text_col, &ring_box,
                             &figure_box);
    } else if (tall) {
        int d = (bottom - top) * 2 / 5;
        if (d > app->w - 2 * m)
            d = app->w - 2 * m;
        ring_box = (SDL_Rect){(app->w - d) / 2, top, d, d};
        text_col =
            (SDL_Rect){m, top + d + m, app->w - 2 * m, bottom - top - d - m};
    } else {
        int col = (app->w - 3 * m) * 58 / 100;
        text_col = (SDL_Rect){m, top, col, bottom - top};
        int rw = app->w - 3 * m - col, rh = bottom - top;
        int d = rw < rh ? rw : rh;
        ring_box =
            (SDL_Rect){2 * m + col + (rw - d) / 2, top + (rh - d) / 2, d, d};
    }
    // The ring counts down clockwise in every language, as a clock does.
    draw_ring(app, ph, &pos, ui_place(app, ring_box));
    player_figure_switch(app, ph, &figure_box);
    player_figure_draw(app, ph, &pos, figure_box);

    // The headline: the step, or what the pause between steps is for.
    const struct step *s = NULL;
    if (ph)
        s = &r->steps[ph->step >= 0 ? ph->step : 0];
    const char *headline = "";
    enum plan_side side = PLAN_SIDE_NONE;
    if (ph) {
        switch (ph->kind) {
        case PLAN_PREPARE:
            headline = msg_get(MSG_GET_READY, app->lang);
            break;
        case PLAN_SWITCH: {
            headline = msg_get(MSG_SWITCH_SIDES, app->lang);
            const struct plan_phase *n = next_work(app->plan, pos.phase);
            side = n ? n->side : PLAN_SIDE_NONE;
            break;
        }
        case PLAN_REST:
            headline = msg_get(MSG_REST, app->lang);
            break;
        case PLAN_WORK:
            headline = text_get(&s->title, lang, r->lang);
            side = ph->side;
            break;
        }
    }
    struct text_style big = ui_style(app, 64, FONT_BOLD, theme.text);
    big.max_lines = 2;
    // The routine's texts are in the routine's language, which picks
    // their faces and glyph forms (text.h).
    if (ph && ph->kind == PLAN_WORK)
        big.lang = lang;
    SDL_Rect hl = ui_text(
        app, headline,
        (SDL_Rect){text_col.x, text_col.y, text_col.w, text_col.h / 3}, &big);
    y = hl.y + hl.h + m / 2;

    // For the pauses, the step they lead into, so people can read ahead.
    if (ph && ph->kind != PLAN_WORK && s) {
        struct text_style sub = ui_style(app, 36, FONT_BOLD, theme.accent);
        sub.max_lines = 2;
        sub.lang = lang;
        SDL_Rect t = ui_text(
            app, text_get(&s->title, lang, r->lang),
            (SDL_Rect){text_col.x, y, text_col.w, app_px(app, 100)}, &sub);
        y = t.y + t.h + m / 2;
    }

    int badge_h = app_px(app, 58) > app->min_target * 3 / 4
                      ? app_px(app, 58)
                      : app->min_target * 3 / 4;
    // The side's badge sits on the body's side of the column, in the
    // window's own left and right whether the layout is mirrored or not;
    // the repetition count takes the rest of the row.
    SDL_Rect col = ui_place(app, text_col);
    SDL_Rect badge = draw_side(app, side, (SDL_Rect){col.x, y, col.w, badge_h});
    if (ph && s && s->repeat > 1 && ph->kind == PLAN_WORK) {
        char rep[64];
        snprintf(rep, sizeof rep, msg_get(MSG_REP_N_OF, app->lang), ph->rep,
                 s->repeat);
        struct text_style rs = ui_style(app, 32, FONT_BOLD, theme.text);
        rs.valign = TEXT_MIDDLE;
        rs.max_lines = 1;
        rs.align = mirror_align(&app->mirror, TEXT_LEFT);
        int x = side == PLAN_SIDE_LEFT ? badge.x + badge.w + m : col.x;
        int w =
            side == PLAN_SIDE_RIGHT ? badge.x - m - col.x : col.x + col.w - x;
        text_draw(app->text, rep, (SDL_Rect){x, y, w, badge_h}, &rs);
        y += badge_h + m / 2;
    } else if (badge.w) {
        y += badge_h + m / 2;
    }

    if (s) {
        struct text_style body = ui_style(app, 30, FONT_REGULAR, theme.text);
        body.lang = lang;
        ui_text(
            app, text_get(&s->text, lang, r->lang),
            (SDL_Rect){text_col.x, y, text_col.w, text_col.y + text_col.h - y},
            &body);
    }

    sound_control_draw(app, sound_row_place(app, snd_row));
    app->ui.focus = focus;
    if (pos.paused)
        draw_overlay(app);
}

static void toggle_pause(struct app *app)
{
    struct session_position pos;
    session_position(app->session, &pos);
    if (pos.paused) {
        session_resume(app->session);
        app->ui.focus = FOCUS_PAUSE;
    } else {
        session_pause(app->session);
        app->ui.focus = FOCUS_RESUME;
    }
}

static void enter(struct app *app)
{
    app->ui.focus = FOCUS_PAUSE;
}

static bool event(struct app *app, const struct input *in)
{
    if (player_figure_input(app, in))
        return true;
    struct session_position pos;
    session_position(app->session, &pos);
    switch (in->kind) {
    case INPUT_ACTIVATE:
        switch (in->id) {
        case ID_PREV:
            session_prev(app->session);
            break;
        case ID_NEXT:
            session_next(app->session);
            break;
        case ID_PAUSE:
        case ID_RESUME:
            toggle_pause(app);
            break;
        case ID_STOP:
            session_stop(app->session);
            break;
        }
        return true;
    case INPUT_SPACE:
        toggle_pause(app);
        return true;
    case INPUT_NEXT:
        session_next(app->session);
        return true;
    case INPUT_PREV:
        session_prev(app->session);
        return true;
    case INPUT_RIGHT:
    case INPUT_LEFT:
        if (pos.paused)
            return false; // moves the focus on the overlay
        // The arrow toward the side the interface reads on to goes on:
        // Right, or Left when the layout is mirrored, as the buttons are.
        if ((in->kind == INPUT_RIGHT) != app->mirror.on)
            session_next(app->session);
        else
            session_prev(app->session);
        return true;
    case INPUT_BACK:
        // The first Back pauses, so a stray key loses nothing; the second
        // stops and shows what was done.
        if (pos.paused)
            session_stop(app->session);
        else
            toggle_pause(app);
        return true;
    default:
        return false;
    }
}

static int64_t next_deadline(struct app *app, int64_t now_ms)
{
    struct session_position pos;
    session_position(app->session, &pos);
    if (pos.paused || pos.over)
        return INT64_MAX;
    int64_t step = app->ring_step_ms > 0 ? app->ring_step_ms : 1000;
    int64_t wait = (pos.remaining_ms - 1) % step + 1;
    int64_t ring = now_ms + (wait > 0 ? wait : 1);
    int64_t frame =
        player_figure_deadline(app, phase_of(app, &pos), &pos, now_ms);
    return frame < ring ? frame : ring;
}

const struct screen_ops screen_player = {
    .enter = enter,
    .draw = draw,
    .event = event,
    .next_deadline = next_deadline,
};
