#include "pageview.h"

#include "app_private.h"
#include "i18n.h"
#include "msg.h"
#include "theme.h"

// Very long lines are hard to follow: on a wide window the text column
// stops at about 85 characters.
#define MAX_COLUMN_POINTS 1180

static struct text_style para_style(const struct app *app, enum info_kind k)
{
    struct text_style st = k == INFO_HEADING
                               ? ui_style(app, 36, FONT_BOLD, theme.accent)
                               : ui_style(app, 30, FONT_REGULAR, theme.text);
    st.min_px = st.px; // one size for the whole page
    return st;
}

void pageview_draw(struct app *app, const struct info_page *page, SDL_Rect area)
{
    int col_w = app_px(app, MAX_COLUMN_POINTS);
    if (col_w > area.w)
        col_w = area.w;
    int bullet_w = app_px(app, 40);
    int gap = app_px(app, 16);
    int y = area.y, bottom = area.y + area.h;
    app->page_more = false;
    for (int i = app->page_first; i < page->count; i++) {
        const struct info_para *p = &page->paras[i];
        struct text_style st = para_style(app, p->kind);
        const char *str = gettext(p->msgid);
        if (p->kind == INFO_HEADING && i > app->page_first)
            y += gap / 2; // a heading starts a new part
        int indent = p->kind == INFO_BULLET ? bullet_w : 0;
        SDL_Rect box = {area.x + indent, y, col_w - indent, bottom - y};
        SDL_Rect need =
            ui_text_measure(app, str, (SDL_Rect){box.x, y, box.w, area.h}, &st);
        // Only whole paragraphs; the first one shown may shrink to fit.
        if (need.h > box.h && i > app->page_first) {
            app->page_more = true;
            break;
        }
        if (need.h > box.h)
            st.min_px = ui_style(app, 30, FONT_REGULAR, theme.text).min_px;
        SDL_Rect r = ui_text(app, str, box, &st);
        if (p->kind == INFO_BULLET) {
            struct text_style b = st;
            b.color = theme.accent;
            ui_text(app, "•",
                    (SDL_Rect){area.x, y, bullet_w, r.h ? r.h : st.px}, &b);
        }
        y += r.h + gap;
    }
}

bool pageview_scroll(struct app *app, const struct info_page *page, int by)
{
    if (by > 0 && !app->page_more)
        return false;
    int first = app->page_first + by;
    if (first < 0 || first >= page->count)
        return false;
    app->page_first = first;
    return true;
}

int pageview_buttons(struct app *app, SDL_Rect bar)
{
    int x = bar.x;
    int w = app_px(app, 200) > app->min_target * 2 ? app_px(app, 200)
                                                   : app->min_target * 2;
    int gap = app_px(app, 16);
    if (app->page_first > 0) {
        ui_button(app, PAGEVIEW_UP,
                  ui_place(app, (SDL_Rect){x, bar.y, w, bar.h}),
                  msg_get(MSG_MORE_ABOVE, app->lang), UI_PLAIN);
        x += w + gap;
    }
    if (app->page_more) {
        ui_button(app, PAGEVIEW_DOWN,
                  ui_place(app, (SDL_Rect){x, bar.y, w, bar.h}),
                  msg_get(MSG_MORE_BELOW, app->lang), UI_PLAIN);
        x += w + gap;
    }
    return x;
}

bool pageview_event(struct app *app, const struct info_page *page,
                    const struct input *in)
{
    switch (in->kind) {
    case INPUT_ACTIVATE:
        if (in->id != PAGEVIEW_UP && in->id != PAGEVIEW_DOWN)
            return false;
        pageview_scroll(app, page, in->id == PAGEVIEW_UP ? -1 : 1);
        return true;
    case INPUT_DOWN:
        return pageview_scroll(app, page, 1);
    case INPUT_UP:
        return pageview_scroll(app, page, -1);
    case INPUT_SCROLL:
        return pageview_scroll(app, page, -in->y);
    default:
        return false;
    }
}
