#include <stdio.h>
#include <string.h>

#include "app_private.h"
#include "msg.h"
#include "plan.h"
#include "theme.h"

// The routines for one muscle group (or all of them): title, summary,
// total time and kind. Rows scroll when they do not fit.

enum { ID_BACK = 1000 };

static bool in_group(const struct app *app, const struct routine *r)
{
    return app->group < 0 || (r->muscles & (1u << app->group));
}

// The library indices of the routines shown, up to max.
static int shown(const struct app *app, int *out, int max)
{
    int n = 0;
    for (size_t i = 0; app->lib && i < app->lib->count && n < max; i++) {
        if (in_group(app, app->lib->routines[i]))
            out[n++] = (int)i;
    }
    return n;
}

// Row geometry for the window: how tall and how many fit.
static void rows_fit(const struct app *app, SDL_Rect area, int *row_h, int *gap,
                     int *visible)
{
    *gap = app_px(app, 18);
    *row_h = app_px(app, 190);
    if (*row_h < app->min_target * 2)
        *row_h = app->min_target * 2;
    *visible = (area.h + *gap) / (*row_h + *gap);
    if (*visible < 1)
        *visible = 1;
}

static int64_t total_ms(const struct routine *r)
{
    struct plan *p = plan_new(r);
    int64_t total = p->total_ms;
    plan_free(p);
    return total;
}

static void draw_row(struct app *app, const struct routine *r, SDL_Rect row)
{
    const char *lang = app_routine_lang(app, r);
    int pad = app_px(app, 22);
    int right_w = row.w / 4;
    SDL_Rect left = {row.x + pad, row.y + pad, row.w - right_w - 3 * pad,
                     row.h - 2 * pad};
    struct text_style title = ui_style(app, 36, FONT_BOLD, theme.text);
    title.max_lines = 1;
    SDL_Rect t =
        ui_text(app, text_get(&r->title, lang, r->lang),
                (SDL_Rect){left.x, left.y, left.w, left.h / 2}, &title);
    // The first line of the summary: the rest is on the overview.
    const char *summary = text_get(&r->summary, lang, r->lang);
    char first[512] = "";
    if (summary)
        snprintf(first, sizeof first, "%.*s", (int)strcspn(summary, "\n"),
                 summary);
    struct text_style sum = ui_style(app, 26, FONT_REGULAR, theme.muted);
    sum.max_lines = 2;
    int sy = t.y + t.h + pad / 3;
    ui_text(app, first, (SDL_Rect){left.x, sy, left.w, left.y + left.h - sy},
            &sum);

    char total[48];
    msg_duration_about(total_ms(r), app->lang, total, sizeof total);
    SDL_Rect right = {row.x + row.w - right_w - pad, row.y + pad, right_w,
                      row.h - 2 * pad};
    struct text_style big = ui_style(app, 36, FONT_BOLD, theme.accent);
    big.align = TEXT_RIGHT;
    big.max_lines = 1;
    SDL_Rect d = ui_text(
        app, total, (SDL_Rect){right.x, right.y, right.w, right.h / 2}, &big);
    struct text_style kind = ui_style(app, 24, FONT_REGULAR, theme.muted);
    kind.align = TEXT_RIGHT;
    kind.max_lines = 2;
    int ky = d.y + d.h + pad / 3;
    ui_text(app, msg_kind(r->kind, app->lang),
            (SDL_Rect){right.x, ky, right.w, right.y + right.h - ky}, &kind);
}

static void draw(struct app *app)
{
    const char *title = app->group < 0 ? msg_get(MSG_ALL_ROUTINES, app->lang)
                                       : msg_muscle(app->group, app->lang);
    SDL_Rect area = ui_header(app, title, ID_BACK);
    int ids[256];
    int n = shown(app, ids, 256);
    if (n == 0) {
        struct text_style st = ui_style(app, 34, FONT_REGULAR, theme.muted);
        ui_text(app, msg_get(MSG_NO_ROUTINES, app->lang), area, &st);
        return;
    }
    int row_h, gap, visible;
    rows_fit(app, area, &row_h, &gap, &visible);
    app->list_visible = visible;
    if (app->list_first > n - visible)
        app->list_first = n - visible > 0 ? n - visible : 0;
    // Rows share the height left when they all fit, up to their size.
    if (n <= visible) {
        int share = (area.h - gap * (n - 1)) / n;
        if (share < row_h)
            row_h = share;
    }
    for (int i = app->list_first; i < n && i < app->list_first + visible; i++) {
        SDL_Rect row = {area.x, area.y + (i - app->list_first) * (row_h + gap),
                        area.w, row_h};
        ui_box(app, ids[i], ui_place(app, row), UI_ROW);
        draw_row(app, app->lib->routines[ids[i]], row);
    }
}

static void enter(struct app *app)
{
    app->ui.focus = 1; // the first routine, not Back
}

static bool scroll(struct app *app, int by)
{
    int ids[256];
    int n = shown(app, ids, 256);
    int first = app->list_first + by;
    if (first < 0 || first > n - app->list_visible)
        return false;
    app->list_first = first;
    return true;
}

static bool event(struct app *app, const struct input *in)
{
    int last_row = app->ui.count - 1;
    switch (in->kind) {
    case INPUT_ACTIVATE:
        if (in->id == ID_BACK) {
            app_go(app, APP_SCREEN_HOME);
        } else if (in->id >= 0 && (size_t)in->id < app->lib->count) {
            app->routine = app->lib->routines[in->id];
            app->from_list = true;
            app_go(app, APP_SCREEN_OVERVIEW);
        }
        return true;
    case INPUT_DOWN:
        // At the last row shown, scroll rather than leave the list.
        return app->ui.focus == last_row && scroll(app, 1);
    case INPUT_UP:
        return app->ui.focus == 1 && app->list_first > 0 && scroll(app, -1);
    case INPUT_SCROLL:
        return scroll(app, -in->y);
    default:
        return false;
    }
}

const struct screen_ops screen_list = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
