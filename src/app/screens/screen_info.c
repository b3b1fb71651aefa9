#include "app_private.h"
#include "i18n.h"
#include "info.h"
#include "msg.h"
#include "pageview.h"
#include "theme.h"

// One topic of the health pages: its paragraphs, scrolled by the arrow
// keys, the wheel, a finger or the buttons below; then the next topic.

enum { ID_BACK = 1000, ID_NEXT };

static const struct info_page *page(const struct app *app)
{
    const struct info_page *p = info_topic_page(app->info_topic);
    return p ? p : info_topic_page(0);
}

static void draw(struct app *app)
{
    SDL_Rect area = ui_header(app, gettext(page(app)->title), ID_BACK);
    int bar_h =
        app_px(app, 80) > app->min_target ? app_px(app, 80) : app->min_target;
    int gap = app_px(app, 20);
    SDL_Rect bar = {area.x, area.y + area.h - bar_h, area.w, bar_h};
    area.h -= bar_h + gap;
    pageview_draw(app, page(app), area);
    pageview_buttons(app, bar);
    if (app->info_topic + 1 < INFO_TOPIC_COUNT) {
        int w = app_px(app, 320) > app->min_target * 3 ? app_px(app, 320)
                                                       : app->min_target * 3;
        ui_button(app, ID_NEXT,
                  ui_place(app, (SDL_Rect){bar.x + bar.w - w, bar.y, w, bar_h}),
                  msg_get(MSG_NEXT_TOPIC, app->lang), UI_PLAIN);
    }
}

static void enter(struct app *app)
{
    app->page_first = 0;
    app->page_more = false;
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind == INPUT_BACK ||
        (in->kind == INPUT_ACTIVATE && in->id == ID_BACK)) {
        app_go(app, APP_SCREEN_ABOUT);
        return true;
    }
    if (in->kind == INPUT_ACTIVATE && in->id == ID_NEXT) {
        app->info_topic++;
        app_go(app, APP_SCREEN_INFO);
        app->ui.focus = 1; // stay on the way forward
        return true;
    }
    return pageview_event(app, page(app), in);
}

const struct screen_ops screen_info = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
