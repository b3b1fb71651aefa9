#include "app_private.h"
#include "i18n.h"
#include "info.h"
#include "msg.h"
#include "theme.h"

// About twitches and cramps: a button per topic of the health pages, and
// one that shows the safety notice again. Reached from home and from the
// finish screen.

enum { ID_NOTICE = INFO_TOPIC_COUNT, ID_BACK = 1000 };

static void draw(struct app *app)
{
    SDL_Rect area =
        ui_header(app, msg_get(MSG_ABOUT_TITLE, app->lang), ID_BACK);
    struct text_style st = ui_style(app, 30, FONT_REGULAR, theme.muted);
    st.max_lines = 2;
    SDL_Rect intro =
        ui_text(app, msg_get(MSG_ABOUT_BODY, app->lang),
                (SDL_Rect){area.x, area.y, area.w, app_px(app, 90)}, &st);
    int gap = app_px(app, 20);
    int top = intro.y + (intro.h ? intro.h : 0) + gap;
    int n = INFO_TOPIC_COUNT + 1, cols = 2, rows = (n + cols - 1) / cols;
    int bw = (area.w - gap * (cols - 1)) / cols;
    int bh = (area.y + area.h - top - gap * (rows - 1)) / rows;
    if (bh > app_px(app, 130))
        bh = app_px(app, 130);
    if (bh < app->min_target)
        bh = app->min_target;
    for (int i = 0; i < n; i++) {
        SDL_Rect r = {area.x + (i % cols) * (bw + gap),
                      top + (i / cols) * (bh + gap), bw, bh};
        const char *label = i < INFO_TOPIC_COUNT
                                ? gettext(info_topic_page(i)->title)
                                : msg_get(MSG_NOTICE, app->lang);
        ui_button(app, i, ui_place(app, r), label,
                  i < INFO_TOPIC_COUNT ? UI_TILE : UI_PLAIN);
    }
}

static void enter(struct app *app)
{
    app->ui.focus = 1; // the first topic, not Back
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind != INPUT_ACTIVATE)
        return false;
    if (in->id == ID_BACK) {
        app_go(app, APP_SCREEN_HOME);
    } else if (in->id == ID_NOTICE) {
        app_show_notice(app, APP_SCREEN_ABOUT);
    } else if (in->id >= 0 && in->id < INFO_TOPIC_COUNT) {
        app->info_topic = in->id;
        app_go(app, APP_SCREEN_INFO);
    }
    return true;
}

const struct screen_ops screen_about = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
