#include <stdio.h>

#include "app_private.h"
#include "kiosk.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

// Kiosk mode's keypad: the operator's way out after a long press on the
// top-left corner. The digits show as dots; the state lives in kiosk.c.

enum { ID_ERASE = 10, ID_OK, ID_BACK };

static int64_t locked_left_ms(const struct app *app)
{
    int64_t left = kiosk_pin_state(app)->locked_until - clock_now(&app->clock);
    return left > 0 ? left : 0;
}

static void draw_dots(struct app *app, const struct kiosk_pin *p, SDL_Rect row)
{
    int slots = p->len > PIN_MIN_DIGITS ? p->len : PIN_MIN_DIGITS;
    int d = row.h * 3 / 5;
    int gap = d * 2 / 3;
    int x = row.x + (row.w - (slots * d + (slots - 1) * gap)) / 2;
    for (int i = 0; i < slots; i++) {
        SDL_Rect dot = {x + i * (d + gap), row.y + (row.h - d) / 2, d, d};
        render_round_rect(app->renderer, dot, d / 2,
                          i < p->len ? theme.text : theme.track);
    }
}

static void draw(struct app *app)
{
    const struct kiosk_pin *p = kiosk_pin_state(app);
    SDL_Rect area = ui_header(app, msg_get(MSG_PIN_TITLE, app->lang), ID_BACK);
    int gap = app_px(app, 14);

    // The prompt, or what went wrong, in one line above the dots.
    char line[160];
    SDL_Color color = theme.muted;
    int64_t locked = locked_left_ms(app);
    if (locked > 0) {
        snprintf(line, sizeof line, msg_get(MSG_PIN_LOCKED, app->lang),
                 (int)((locked + 999) / 1000));
        color = theme.left;
    } else if (p->wrong) {
        snprintf(line, sizeof line, "%s", msg_get(MSG_PIN_WRONG, app->lang));
        color = theme.left;
    } else {
        snprintf(line, sizeof line, "%s", msg_get(MSG_PIN_PROMPT, app->lang));
    }
    struct text_style st = ui_style(app, 30, FONT_REGULAR, color);
    st.align = TEXT_CENTER;
    st.valign = TEXT_MIDDLE;
    st.max_lines = 1;
    // Never lower than a touch target: the text has a smallest size.
    int line_h =
        app_px(app, 44) > app->min_target ? app_px(app, 44) : app->min_target;
    ui_text(app, line, (SDL_Rect){area.x, area.y, area.w, line_h}, &st);
    int dots_h = app_px(app, 44);
    draw_dots(app, p, (SDL_Rect){area.x, area.y + line_h, area.w, dots_h});

    // A phone's keypad: 1 2 3 / 4 5 6 / 7 8 9 / Erase 0 OK, in that order
    // in every language, as phones keep it; so are the dots, which stand
    // for digits (numbers read left to right in Hebrew and Arabic too).
    int top = area.y + line_h + dots_h + gap;
    int key_h = (area.y + area.h - top - 3 * gap) / 4;
    if (key_h < app->min_target)
        key_h = app->min_target;
    int key_w = key_h * 2;
    if (key_w * 3 + 2 * gap > area.w)
        key_w = (area.w - 2 * gap) / 3;
    int x0 = area.x + (area.w - (key_w * 3 + 2 * gap)) / 2;
    static const int keys[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, ID_ERASE, 0, ID_OK};
    for (int i = 0; i < 12; i++) {
        SDL_Rect r = {x0 + (i % 3) * (key_w + gap),
                      top + (i / 3) * (key_h + gap), key_w, key_h};
        char label[64];
        enum ui_look look = UI_PLAIN;
        if (keys[i] == ID_ERASE) {
            snprintf(label, sizeof label, "%s",
                     msg_get(MSG_PIN_ERASE, app->lang));
        } else if (keys[i] == ID_OK) {
            snprintf(label, sizeof label, "%s", msg_get(MSG_PIN_OK, app->lang));
            look = UI_PRIMARY;
        } else {
            snprintf(label, sizeof label, "%d", keys[i]);
        }
        ui_button(app, keys[i], r, label, look);
    }
}

static void enter(struct app *app)
{
    app->ui.focus = 1; // the key 1, not Back
}

static bool event(struct app *app, const struct input *in)
{
    switch (in->kind) {
    case INPUT_ACTIVATE:
        if (in->id >= 0 && in->id <= 9)
            kiosk_pin_digit(app, in->id);
        else if (in->id == ID_ERASE)
            kiosk_pin_erase(app);
        else if (in->id == ID_OK)
            kiosk_pin_submit(app);
        else if (in->id == ID_BACK)
            kiosk_go_home(app);
        return true;
    case INPUT_ENTER:
        // Typed digits then Enter: check them, whatever has the focus.
        if (kiosk_pin_state(app)->len == 0)
            return false;
        kiosk_pin_submit(app);
        return true;
    case INPUT_BACK:
        kiosk_go_home(app);
        return true;
    default:
        return false;
    }
}

// While shut, the countdown changes once a second.
static int64_t next_deadline(struct app *app, int64_t now_ms)
{
    int64_t left = locked_left_ms(app);
    if (left <= 0)
        return INT64_MAX;
    return now_ms + ((left - 1) % 1000 + 1);
}

const struct screen_ops screen_pin = {
    .enter = enter,
    .draw = draw,
    .event = event,
    .next_deadline = next_deadline,
};
