#include <stdio.h>
#include <string.h>

#include "app_private.h"
#include "illustration.h"
#include "msg.h"
#include "render.h"
#include "theme.h"

// A routine before it starts: summary, the steps with their durations and
// sides, the total time, and Start.

enum { ID_BACK = 1000, ID_START };

static void step_detail(const struct app *app, const struct step *s, char *buf,
                        size_t size)
{
    char d[32];
    msg_duration_short(s->duration_ms, app->lang, d, sizeof d);
    size_t n = (size_t)snprintf(buf, size, "%s", d);
    if (s->repeat > 1 && n < size)
        n += (size_t)snprintf(buf + n, size - n, " × %d", s->repeat);
    if (s->repeat > 1 && s->rest_ms > 0 && n < size) {
        char rest[64];
        snprintf(rest, sizeof rest, msg_get(MSG_REST_FOR, app->lang),
                 msg_duration_short(s->rest_ms, app->lang, d, sizeof d));
        n += (size_t)snprintf(buf + n, size - n, " · %s", rest);
    }
    if (s->sides == ROUTINE_SIDES_BOTH && n < size) {
        n += (size_t)snprintf(buf + n, size - n, " · %s",
                              msg_get(MSG_SIDE_BOTH, app->lang));
    } else if (s->sides == ROUTINE_SIDES_LEFT && n < size) {
        n += (size_t)snprintf(buf + n, size - n, " · %s",
                              msg_get(MSG_LEFT_SIDE, app->lang));
    } else if (s->sides == ROUTINE_SIDES_RIGHT && n < size) {
        n += (size_t)snprintf(buf + n, size - n, " · %s",
                              msg_get(MSG_RIGHT_SIDE, app->lang));
    }
}

// "3. Towel calf stretch": step i's title, numbered, in the shown language.
static void step_title(const struct app *app, const struct routine *r, int i,
                       char *buf, size_t size)
{
    const char *lang = app_routine_lang(app, r);
    snprintf(buf, size, "%d. %s", i + 1,
             text_get(&r->steps[i].title, lang, r->lang));
}

// How wide a step's detail is at its full size.
static int detail_width(const struct app *app, const struct step *s,
                        SDL_Rect area, const struct text_style *measure)
{
    char detail[160];
    step_detail(app, s, detail, sizeof detail);
    return text_measure(app->text, detail, (SDL_Rect){0, 0, area.w, area.h},
                        measure)
        .w;
}

// Where step i's title goes in its row at y: beside its own detail, or
// in the row's upper half when the details go under the titles.
static SDL_Rect title_box(const struct app *app, const struct routine *r, int i,
                          SDL_Rect area, bool stacked, int y, int line_h,
                          const struct text_style *measure)
{
    if (stacked)
        return (SDL_Rect){area.x, y, area.w, line_h / 2};
    int m = app_px(app, 24);
    int w = detail_width(app, &r->steps[i], area, measure);
    return (SDL_Rect){area.x, y, area.w - w - m, line_h};
}

static void draw(struct app *app)
{
    const struct routine *r = app->routine;
    const char *lang = app_routine_lang(app, r);
    SDL_Rect area = ui_header(app, text_get(&r->title, lang, r->lang), ID_BACK);
    int m = app_px(app, 24);

    int bar_h =
        app_px(app, 90) > app->min_target ? app_px(app, 90) : app->min_target;
    int start_w = app_px(app, 300) > app->min_target * 3 ? app_px(app, 300)
                                                         : app->min_target * 3;
    SDL_Rect start = {area.x + area.w - start_w, area.y + area.h - bar_h,
                      start_w, bar_h};
    ui_button(app, ID_START, ui_place(app, start),
              msg_get(MSG_START, app->lang), UI_PRIMARY);

    struct plan *p = app->plan ? NULL : plan_new(r);
    int64_t total = p ? p->total_ms : app->plan->total_ms;
    plan_free(p);
    char line[160], d[48];
    snprintf(line, sizeof line, "%s: %s · %s", msg_get(MSG_TOTAL, app->lang),
             msg_duration(total, app->lang, d, sizeof d),
             msg_kind(r->kind, app->lang));
    struct text_style tot = ui_style(app, 32, FONT_BOLD, theme.accent);
    tot.valign = TEXT_MIDDLE;
    tot.max_lines = 2;
    ui_text(app, line, (SDL_Rect){area.x, start.y, area.w - start_w - m, bar_h},
            &tot);

    int y = area.y;
    const char *summary = text_get(&r->summary, lang, r->lang);
    if (summary) {
        struct text_style st = ui_style(app, 28, FONT_REGULAR, theme.muted);
        st.max_lines = 4;
        SDL_Rect s = ui_text(
            app, summary, (SDL_Rect){area.x, y, area.w, area.h * 2 / 5}, &st);
        y += s.h + m;
    }

    int bottom = start.y - m;
    int n = (int)r->step_count;
    if (n == 0 || bottom <= y)
        return;
    // The details sit at the right, each row's title takes the room its
    // own detail leaves, and rows shrink only when they must; on a narrow
    // window (a detail wider than 45%) the details go under the titles.
    struct text_style measure = ui_style(app, 26, FONT_REGULAR, theme.muted);
    measure.max_lines = 1;
    measure.min_px = measure.px;
    int detail_w = 0;
    for (int i = 0; i < n; i++) {
        int w = detail_width(app, &r->steps[i], area, &measure);
        detail_w = w > detail_w ? w : detail_w;
    }
    bool stacked = detail_w > area.w * 45 / 100;
    int line_h = (bottom - y) / n;
    // Each step's key pose as a thumbnail at the start of its row, when
    // the routine has any: the rows grow a little to show them.
    bool thumbs = false;
    for (int i = 0; i < n; i++)
        thumbs |= illustration_exists(&r->steps[i]);
    int cap = app_px(app, stacked ? 120 : thumbs ? 96 : 64);
    if (line_h > cap)
        line_h = cap;
    if (thumbs) {
        for (int i = 0; i < n; i++) {
            SDL_Rect box = {area.x, y + i * line_h + line_h / 20,
                            line_h * 9 / 10, line_h * 9 / 10};
            if (!illustration_exists(&r->steps[i]) || box.w < 16)
                continue;
            // Placed at the row's start; the figure itself is never
            // flipped.
            render_round_rect(app->renderer, ui_place(app, box), box.w / 8,
                              theme.surface);
            SDL_Rect in = {box.x + box.w / 16, box.y + box.h / 16,
                           box.w - box.w / 8, box.h - box.h / 8};
            illustration_draw(app->renderer, ui_place(app, in), &r->steps[i],
                              false, -1, 0);
        }
        area.x += line_h + m / 2;
        area.w -= line_h + m / 2;
    }
    struct text_style dt = ui_style(app, 26, FONT_REGULAR, theme.muted);
    dt.max_lines = 1;
    dt.valign = TEXT_MIDDLE;
    dt.align = stacked ? TEXT_LEFT : TEXT_RIGHT;

    // The titles shrink together, to what the longest needs, so that the
    // list reads as one.
    struct text_style st = ui_style(app, 30, FONT_BOLD, theme.text);
    st.max_lines = 1;
    st.valign = TEXT_MIDDLE;
    int title_px = st.px;
    for (int i = 0; i < n; i++) {
        char title[512];
        step_title(app, r, i, title, sizeof title);
        SDL_Rect box = title_box(app, r, i, area, stacked, y + i * line_h,
                                 line_h, &measure);
        int px = text_fit_px(app->text, title, box, &st);
        title_px = px < title_px ? px : title_px;
    }
    st.px = st.min_px = title_px;
    for (int i = 0; i < n; i++) {
        char title[512], detail[160];
        step_title(app, r, i, title, sizeof title);
        step_detail(app, &r->steps[i], detail, sizeof detail);
        int ly = y + i * line_h;
        ui_text(app, title,
                title_box(app, r, i, area, stacked, ly, line_h, &measure), &st);
        SDL_Rect detail_box =
            stacked
                ? (SDL_Rect){area.x, ly + line_h / 2, area.w, line_h / 2}
                : (SDL_Rect){area.x + area.w - detail_w, ly, detail_w, line_h};
        ui_text(app, detail, detail_box, &dt);
    }
}

static void enter(struct app *app)
{
    app->ui.focus = 1; // Start
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind != INPUT_ACTIVATE)
        return false;
    if (in->id == ID_BACK)
        app_go(app, app->from_list ? APP_SCREEN_LIST : APP_SCREEN_HOME);
    else if (in->id == ID_START)
        app_start_routine(app);
    return true;
}

const struct screen_ops screen_overview = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
