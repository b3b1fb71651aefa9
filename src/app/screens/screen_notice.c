#include <errno.h>
#include <string.h>

#include "app_private.h"
#include "i18n.h"
#include "info.h"
#include "msg.h"
#include "notice.h"
#include "pageview.h"
#include "theme.h"

// The safety notice: not a medical device, stop if it hurts, when to see
// a doctor. Shown before anything else on the first start (and whenever
// kiosk mode asks), and again from the health pages' menu.

enum { ID_OK = 1000 };

static void draw(struct app *app)
{
    const struct info_page *p = info_notice_page();
    SDL_Rect area = ui_header(app, gettext(p->title), -1);
    int bar_h =
        app_px(app, 90) > app->min_target ? app_px(app, 90) : app->min_target;
    int gap = app_px(app, 20);
    SDL_Rect bar = {area.x, area.y + area.h - bar_h, area.w, bar_h};
    area.h -= bar_h + gap;
    pageview_draw(app, p, area);
    // The way on first, so it has the focus.
    int w = app_px(app, 340) > app->min_target * 3 ? app_px(app, 340)
                                                   : app->min_target * 3;
    ui_button(app, ID_OK,
              ui_place(app, (SDL_Rect){bar.x + bar.w - w, bar.y, w, bar_h}),
              msg_get(MSG_NOTICE_OK, app->lang), UI_PRIMARY);
    pageview_buttons(app, bar);
}

static void enter(struct app *app)
{
    app->page_first = 0;
    app->page_more = false;
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind == INPUT_ACTIVATE && in->id == ID_OK) {
        if (!notice_remember())
            SDL_Log("limber: cannot remember the notice: %s", strerror(errno));
        if (app->notice_next == APP_SCREEN_PLAYER && app->routine)
            app_start_routine(app);
        else
            app_go(app, app->notice_next);
        return true;
    }
    // Escape leaves only a notice asked for again, not the first one.
    if (in->kind == INPUT_BACK) {
        if (app->notice_next == APP_SCREEN_ABOUT)
            app_go(app, APP_SCREEN_ABOUT);
        return true;
    }
    return pageview_event(app, info_notice_page(), in);
}

void app_show_notice(struct app *app, enum app_screen next)
{
    app->notice_next = next;
    app_go(app, APP_SCREEN_NOTICE);
}

const struct screen_ops screen_notice = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
