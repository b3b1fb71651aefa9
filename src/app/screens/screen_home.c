#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app_private.h"
#include "body_map_home.h"
#include "history.h"
#include "i18n.h"
#include "kiosk.h"
#include "lang.h"
#include "msg.h"
#include "sound_control.h"
#include "sound_row.h"
#include "theme.h"

// Home: a tile per muscle group that has routines, "All routines", the
// page about twitches and cramps, the language switch, and a calm line
// about this week's sessions and the streak of days.

enum { ID_ALL = 100, ID_ABOUT, ID_LANG };

static uint32_t groups_with_routines(const struct library *lib)
{
    uint32_t groups = 0;
    for (size_t i = 0; lib && i < lib->count; i++)
        groups |= lib->routines[i]->muscles;
    return groups;
}

// The grid shape that gives the largest tiles close to 2:1.
static void grid(int n, int area_w, int area_h, int gap, int *cols_out,
                 int *rows_out)
{
    float best = -1;
    for (int cols = 1; cols <= n; cols++) {
        int rows = (n + cols - 1) / cols;
        float tw = (float)(area_w - gap * (cols - 1)) / (float)cols;
        float th = (float)(area_h - gap * (rows - 1)) / (float)rows;
        float score = tw / 2 < th ? tw / 2 : th;
        if (score > best) {
            best = score;
            *cols_out = cols;
            *rows_out = rows;
        }
    }
}

// What the language switch offers next: the kiosk's languages in its
// order, else the user's own, English and the catalogs, round again.
static const char *next_lang(const struct app *app)
{
    const char *next = kiosk_next_lang(app);
    return next ? next : i18n_next_lang(app->lang);
}

static void draw(struct app *app)
{
    int m = app_px(app, 28);
    int target = app->min_target;
    int bar_h = app_px(app, 76) > target ? app_px(app, 76) : target;

    // Top bar: the name, and the language switch on the right.
    int lang_w = app_px(app, 230) > target * 2 ? app_px(app, 230) : target * 2;
    // On a narrow window, as wide as its label (ui_button's padding).
    struct text_style lang_st = ui_style(app, 30, FONT_BOLD, theme.text);
    lang_st.max_lines = 1;
    SDL_Rect label =
        text_measure(app->text, msg_get(MSG_LANG_SWITCH, app->lang),
                     (SDL_Rect){0, 0, app->w, bar_h}, &lang_st);
    if (label.w + 2 * app_px(app, 12) + 2 > lang_w)
        lang_w = label.w + 2 * app_px(app, 12) + 2;
    SDL_Rect lang = {app->w - m - lang_w, m, lang_w, bar_h};
    struct text_style title = ui_style(app, 56, FONT_BOLD, theme.accent);
    title.valign = TEXT_MIDDLE;
    SDL_Rect name = ui_text(app, msg_get(MSG_APP_NAME, app->lang),
                            (SDL_Rect){m, m, lang.x - 2 * m, bar_h}, &title);

    int y = m + bar_h + m / 2;
    struct text_style prompt = ui_style(app, 34, FONT_REGULAR, theme.text);
    prompt.max_lines = 1;
    const char *ask = msg_get(MSG_HOME_PROMPT, app->lang);
    SDL_Rect row = {m, y, app->w - 2 * m, app_px(app, 50)};
    // The practice line, smaller and muted, at the right of the prompt,
    // or under it when the two do not fit side by side.
    char progress[192];
    msg_progress(app->week_sessions, app->streak_days, progress,
                 sizeof progress);
    struct text_style calm = ui_style(app, 26, FONT_REGULAR, theme.muted);
    calm.max_lines = 1;
    calm.align = TEXT_RIGHT;
    calm.valign = TEXT_BOTTOM;
    SDL_Rect pr = ui_text(app, ask, row, &prompt);
    int prompt_h = pr.h ? pr.h : row.h;
    // Bottoms aligned, so the two lines share a baseline.
    SDL_Rect line = {m, y, row.w, prompt_h};
    SDL_Rect cw = *progress ? ui_text_measure(app, progress, line, &calm)
                            : (SDL_Rect){0, 0, 0, 0};
    bool beside = cw.w && pr.w + m + cw.w <= row.w;
    if (beside)
        ui_text(app, progress, line, &calm);
    y += prompt_h + m / 2;
    if (cw.w && !beside) {
        calm.align = TEXT_LEFT;
        calm.valign = TEXT_TOP;
        SDL_Rect c = ui_text(app, progress,
                             (SDL_Rect){m, y - m / 2, row.w, row.h}, &calm);
        y += c.h;
    }

    int about_h = app_px(app, 80) > target ? app_px(app, 80) : target;
    int gap = app_px(app, 20);
    SDL_Rect area = {m, y, app->w - 2 * m, app->h - y - m - about_h - gap};
    SDL_Rect about = {m, app->h - m - about_h, app->w - 2 * m, about_h};

    int order[MUSCLE_COUNT], n = 0;
    uint32_t groups = groups_with_routines(app->lib);
    area = body_map_home_draw(app, area, &about, groups);
    for (int g = 0; g < MUSCLE_COUNT; g++) {
        if (groups & (1u << g))
            order[n++] = g;
    }
    int tiles = n + 1;
    int cols = 1, rows = 1;
    grid(tiles, area.w, area.h, gap, &cols, &rows);
    int tw = (area.w - gap * (cols - 1)) / cols;
    int th = (area.h - gap * (rows - 1)) / rows;
    if (th > app_px(app, 220))
        th = app_px(app, 220);
    for (int i = 0; area.w > 0 && i < tiles; i++) {
        SDL_Rect r = {area.x + (i % cols) * (tw + gap),
                      area.y + (i / cols) * (th + gap), tw, th};
        // Beside the map the tiles are narrower: plain buttons' smaller
        // labels fit them.
        enum ui_look look = body_map_home_beside() ? UI_PLAIN : UI_TILE;
        if (i < n)
            ui_button(app, order[i], ui_place(app, r),
                      msg_muscle(order[i], app->lang), look);
        else
            ui_button(app, ID_ALL, ui_place(app, r),
                      msg_get(MSG_ALL_ROUTINES, app->lang), look);
    }
    body_map_home_finish(app);
    ui_button(app, ID_ABOUT, ui_place(app, about),
              msg_get(MSG_ABOUT, app->lang), UI_PLAIN);
    // A kiosk that offers one language has nothing to switch to.
    // It names the language it switches to, in that language.
    char name_buf[64];
    if (kiosk_lang_count(app) != 1)
        ui_button(app, ID_LANG, ui_place(app, lang),
                  lang_endonym(next_lang(app), name_buf, sizeof name_buf),
                  UI_PLAIN);
    // The sound control between the name and the language switch, drawn
    // last so that the focus starts on the tiles.
    int snd_x = name.x + name.w + m;
    sound_control_draw(
        app,
        sound_row_place(app, (SDL_Rect){snd_x, m, lang.x - m - snd_x, bar_h}));
}

static bool event(struct app *app, const struct input *in)
{
    if (in->kind != INPUT_ACTIVATE)
        return false;
    if (body_map_home_event(app, in->id))
        return true;
    int region = body_map_home_group(in->id);
    int id = region >= 0 ? region : in->id;
    switch (id) {
    case ID_ALL:
        app->group = -1;
        app->list_first = 0;
        app_go(app, APP_SCREEN_LIST);
        break;
    case ID_ABOUT:
        app_go(app, APP_SCREEN_ABOUT);
        break;
    case ID_LANG:
        app_set_lang(app, next_lang(app));
        break;
    default:
        if (id >= 0 && id < MUSCLE_COUNT) {
            app->group = id;
            app->list_first = 0;
            app_go(app, APP_SCREEN_LIST);
        }
        break;
    }
    return true;
}

// Reads the history once on the way in: coming back from a routine
// counts it, and the idle home screen never touches the disk. A kiosk
// shows no history: the sessions are other visitors', not the one
// standing there, and a streak would be no one's.
static void enter(struct app *app)
{
    app->week_sessions = 0;
    app->streak_days = 0;
    if (app->kiosk)
        return;
    char *path = history_default_path();
    if (!path)
        return; // no HOME: no history either
    struct history h;
    if (history_read(path, &h)) {
        time_t now = time(NULL);
        app->week_sessions = history_this_week(&h, now);
        app->streak_days = history_streak_days(&h, now);
    } else {
        SDL_Log("limber: cannot read %s: %s", path, strerror(errno));
    }
    history_clear(&h);
    free(path);
}

const struct screen_ops screen_home = {
    .enter = enter,
    .draw = draw,
    .event = event,
};
