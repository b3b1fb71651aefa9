#include "app_private.h"
#include "msg.h"
#include "theme.h"

// About twitches and cramps: a placeholder until the content issue brings
// its text; it says so plainly rather than pretend.

enum { ID_BACK = 1000 };

static void draw(struct app *app)
{
    SDL_Rect area =
        ui_header(app, msg_get(MSG_ABOUT_TITLE, app->lang), ID_BACK);
    struct text_style st = ui_style(app, 34, FONT_REGULAR, theme.text);
    text_draw(app->text, msg_get(MSG_ABOUT_BODY, app->lang), area, &st);
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind == INPUT_ACTIVATE && in->id == ID_BACK) {
        app_go(app, APP_SCREEN_HOME);
        return true;
    }
    return false;
}

const struct screen_ops screen_about = {
    .draw = draw,
    .event = event,
};
