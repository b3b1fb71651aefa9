#include "ui.h"

#include <limits.h>
#include <stdlib.h>

#include "app_private.h"
#include "mirror.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

void ui_begin(struct app *app)
{
    app->ui.count = 0;
}

int ui_box(struct app *app, int id, SDL_Rect rect, enum ui_look look)
{
    struct ui *ui = &app->ui;
    if (ui->count == UI_MAX_BUTTONS)
        return -1;
    int index = ui->count++;
    ui->buttons[index] = (struct ui_button){rect, id, NULL};
    bool pressed = ui->pressed == index;
    SDL_Color fill = look == UI_PRIMARY ? theme.accent : theme.surface;
    if (pressed)
        fill = look == UI_PRIMARY ? theme.text : theme.surface_pressed;
    int radius = app_px(app, 14);
    render_round_rect(app->renderer, rect, radius, fill);
    if (index == ui->focus) {
        // Outside the button, so the focus never hides its content.
        int t = app_px(app, 5) > 3 ? app_px(app, 5) : 3;
        SDL_Rect ring = {rect.x - t - 1, rect.y - t - 1, rect.w + 2 * t + 2,
                         rect.h + 2 * t + 2};
        render_round_frame(app->renderer, ring, radius + t, t, theme.focus);
    }
    return index;
}

int ui_area(struct app *app, int id, SDL_Rect rect,
            bool (*contains)(const struct app *app, int id, int x, int y))
{
    struct ui *ui = &app->ui;
    if (ui->count == UI_MAX_BUTTONS)
        return -1;
    ui->buttons[ui->count] = (struct ui_button){rect, id, contains};
    return ui->count++;
}

int ui_button(struct app *app, int id, SDL_Rect rect, const char *label,
              enum ui_look look)
{
    int index = ui_box(app, id, rect, look);
    SDL_Color color = look == UI_PRIMARY ? theme.on_accent : theme.text;
    float points = look == UI_TILE ? 40 : 30;
    struct text_style st = ui_style(app, points, FONT_BOLD, color);
    st.align = TEXT_CENTER;
    st.valign = TEXT_MIDDLE;
    int pad = app_px(app, look == UI_TILE ? 20 : 12);
    SDL_Rect box = {rect.x + pad, rect.y + pad / 2, rect.w - 2 * pad,
                    rect.h - pad};
    text_draw(app->text, label, box, &st);
    return index;
}

int ui_hit(const struct app *app, int x, int y)
{
    SDL_Point p = {x, y};
    for (int i = app->ui.count - 1; i >= 0; i--) {
        const struct ui_button *b = &app->ui.buttons[i];
        if (b->contains ? b->contains(app, b->id, x, y)
                        : SDL_PointInRect(&p, &b->rect))
            return i;
    }
    return -1;
}

bool ui_focus_step(struct app *app, int step)
{
    struct ui *ui = &app->ui;
    if (ui->count == 0)
        return false;
    ui->focus = ((ui->focus + step) % ui->count + ui->count) % ui->count;
    return true;
}

// Nearest in the direction, with distance across the direction weighing
// three times as much, so Down from a tile picks the one below it rather
// than a nearer one diagonally.
bool ui_focus_toward(struct app *app, int dx, int dy)
{
    struct ui *ui = &app->ui;
    if (ui->count == 0)
        return false;
    if (ui->focus < 0 || ui->focus >= ui->count) {
        ui->focus = 0;
        return true;
    }
    SDL_Rect from = ui->buttons[ui->focus].rect;
    long fx = from.x + from.w / 2, fy = from.y + from.h / 2;
    long best = LONG_MAX;
    int best_index = -1;
    for (int i = 0; i < ui->count; i++) {
        if (i == ui->focus)
            continue;
        SDL_Rect r = ui->buttons[i].rect;
        long cx = r.x + r.w / 2, cy = r.y + r.h / 2;
        long along = (cx - fx) * dx + (cy - fy) * dy;
        // Ahead means past the focused button's edge, not just its centre.
        long reach = dx ? (from.w + r.w) / 4 : (from.h + r.h) / 4;
        if (along < reach)
            continue;
        long across = labs(dx ? cy - fy : cx - fx);
        long score = along + 3 * across;
        if (score < best) {
            best = score;
            best_index = i;
        }
    }
    if (best_index < 0)
        return false;
    ui->focus = best_index;
    return true;
}

int ui_focused_id(const struct app *app)
{
    const struct ui *ui = &app->ui;
    if (ui->focus < 0 || ui->focus >= ui->count)
        return -1;
    return ui->buttons[ui->focus].id;
}

struct text_style ui_style(const struct app *app, float points,
                           enum font_weight weight, SDL_Color color)
{
    int px = app_px(app, points);
    int min_px = app_px(app, points * 0.6f);
    // Below 13 px text stops being readable at arm's length.
    if (min_px < 13)
        min_px = 13;
    if (px < min_px)
        px = min_px;
    return (struct text_style){.weight = weight,
                               .px = px,
                               .min_px = min_px,
                               .color = color,
                               .align = TEXT_LEFT,
                               .valign = TEXT_TOP};
}

SDL_Rect ui_header(struct app *app, const char *title, int back_id)
{
    int margin = app_px(app, 24);
    int bar_h = app_px(app, 76);
    if (bar_h < app->min_target)
        bar_h = app->min_target;
    int x = margin;
    if (back_id >= 0) {
        int bw = app_px(app, 190);
        if (bw < app->min_target * 2)
            bw = app->min_target * 2;
        // The arrow is a mirrored character (UAX #9): in a label that
        // reads right to left it is drawn as "›", pointing back that way.
        char label[64];
        SDL_snprintf(label, sizeof label, "‹ %s", msg_get(MSG_BACK, app->lang));
        ui_button(app, back_id, ui_place(app, (SDL_Rect){x, margin, bw, bar_h}),
                  label, UI_PLAIN);
        x += bw + margin;
    }
    struct text_style st = ui_style(app, 44, FONT_BOLD, theme.text);
    st.valign = TEXT_MIDDLE;
    st.max_lines = 2;
    ui_text(app, title, (SDL_Rect){x, margin, app->w - x - margin, bar_h}, &st);
    int top = margin * 2 + bar_h;
    return (SDL_Rect){margin, top, app->w - 2 * margin, app->h - top - margin};
}

SDL_Rect ui_place(const struct app *app, SDL_Rect r)
{
    return mirror_rect(&app->mirror, r);
}

static SDL_Rect text_placed(struct app *app, const char *str, SDL_Rect box,
                            const struct text_style *style, bool draw)
{
    struct text_style st = *style;
    st.align = mirror_align(&app->mirror, style->align);
    SDL_Rect at = ui_place(app, box);
    if (app->mirror.on && st.align == TEXT_LEFT) {
        // text.c starts a paragraph that reads right to left at the right
        // of its box even when it is aligned left: in a box only as wide
        // as the text, it keeps to the left all the same.
        SDL_Rect need = text_measure(app->text, str, at, &st);
        if (need.w > 0 && need.w < at.w)
            at.w = need.w;
    }
    SDL_Rect r = draw ? text_draw(app->text, str, at, &st)
                      : text_measure(app->text, str, at, &st);
    if (r.w == 0)
        return (SDL_Rect){box.x, box.y, 0, 0}; // nothing: where it would start
    return ui_place(app, r);
}

SDL_Rect ui_text(struct app *app, const char *str, SDL_Rect box,
                 const struct text_style *style)
{
    return text_placed(app, str, box, style, true);
}

SDL_Rect ui_text_measure(struct app *app, const char *str, SDL_Rect box,
                         const struct text_style *style)
{
    return text_placed(app, str, box, style, false);
}
