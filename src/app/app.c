#include "app.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_ttf.h>

#include "app_private.h"
#include "clock_sdl.h"
#include "exit_paths.h"
#include "history.h"
#include "i18n.h"
#include "identity.h"
#include "kiosk.h"
#include "lang.h"
#include "msg.h"
#include "player_figure.h"
#include "sound_control.h"
#include "theme.h"
#include "window.h"
#include "x11_errors.h"
#include "xalloc.h"

static const struct screen_ops *const screens[APP_SCREEN_COUNT] = {
    [APP_SCREEN_HOME] = &screen_home,
    [APP_SCREEN_LIST] = &screen_list,
    [APP_SCREEN_OVERVIEW] = &screen_overview,
    [APP_SCREEN_PLAYER] = &screen_player,
    [APP_SCREEN_FINISH] = &screen_finish,
    [APP_SCREEN_ABOUT] = &screen_about,
    [APP_SCREEN_PIN] = &screen_pin,
    [APP_SCREEN_ATTRACT] = &screen_attract,
    [APP_SCREEN_INFO] = &screen_info,
    [APP_SCREEN_NOTICE] = &screen_notice,
};

int app_px(const struct app *app, float points)
{
    return (int)lroundf(points * app->u);
}

const char *app_routine_lang(const struct app *app, const struct routine *r)
{
    return routine_pick_lang(r, app->wanted);
}

// Reads the output size, the canvas it gives (turned or not) and the
// layout unit and the smallest touch target from it.
static void update_size(struct app *app)
{
    int ow = 0, oh = 0, ww = 0, wh = 0;
    if (SDL_GetRendererOutputSize(app->renderer, &ow, &oh) != 0)
        SDL_Log("limber: output size: %s", SDL_GetError());
    SDL_GetWindowSize(app->window, &ww, &wh);
    if (ow <= 0 || oh <= 0) {
        ow = ww > 0 ? ww : 1;
        oh = wh > 0 ? wh : 1;
    }
    int w, h;
    window_canvas_size(app->canvas.rotation, ow, oh, &w, &h);
    app->w = w;
    app->h = h;
    app->view = (struct input_view){
        .scale_x = ww > 0 ? (float)ow / (float)ww : 1.0f,
        .scale_y = wh > 0 ? (float)oh / (float)wh : 1.0f,
        .out_w = ow,
        .out_h = oh,
        .rotation = app->canvas.rotation,
    };
    float u = (float)w / 1280.0f;
    if ((float)h / 800.0f < u)
        u = (float)h / 800.0f;
    app->u = u;
    // SDL reports the display's DPI in its own pixels; without a number
    // (dummy driver, odd monitors) assume an ordinary 96 dpi screen.
    float dpi = 0;
    int display = SDL_GetWindowDisplayIndex(app->window);
    if (display < 0 || SDL_GetDisplayDPI(display, &dpi, NULL, NULL) != 0 ||
        dpi < 50 || dpi > 1000)
        dpi = 96;
    app->min_target = (int)ceilf(9.0f / 25.4f * dpi);
    // The interface reads in its catalog's language (English, not
    // mirrored, when the language asked for has none).
    app->mirror = mirror_for(i18n_shown_lang(), w);
}

// The arrows msg.c's labels carry beside their words: their faces are
// found at start with the language's own (docs/performance.md, "Text").
static const char interface_symbols[] = "◀▶‹";

// app_new, telling also whether it was the window or its renderer that
// failed (then another video driver might do better).
static struct app *app_open(const struct app_config *cfg, struct clock clock,
                            char *err, size_t err_size, bool *window_failed)
{
    struct app *app = xcalloc(1, sizeof(*app));
    app->lib = cfg->lib;
    app->clock = clock;
    app->group = -1;
    app->ui.pressed = -1;
    // Normalised ("pt_BR" is pt-BR), so that tags compare with strcmp.
    const char *bad;
    size_t bad_len;
    if (!cfg->lang || !lang_list_parse(cfg->lang, app->wanted, &bad, &bad_len))
        snprintf(app->wanted, sizeof app->wanted, "en");
    lang_list_first(app->wanted, app->lang);
    i18n_set_lang(app->wanted); // gettext's language is process-wide

    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, err_size, "SDL_ttf: %s", TTF_GetError());
        free(app);
        return NULL;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= cfg->hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    int width = cfg->width > 0 ? cfg->width : 1280;
    int height = cfg->height > 0 ? cfg->height : 800;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    SDL_Rect usable;
    // 1280x800 is a wish: a smaller screen gets a window that fits it.
    if (cfg->width <= 0 && SDL_GetDisplayUsableBounds(0, &usable) == 0)
        window_fit(usable, &x, &y, &width, &height);
    if (cfg->kiosk && !kiosk_window_place(cfg->kiosk, &flags, &x, &y, &width,
                                          &height, err, err_size))
        goto fail;
    // The renderer: software where the driver has a framebuffer (no GL,
    // no Mesa and LLVM, about 90 MB on machines without a GPU), GL where
    // it has none (window.h).
    if (!window_open("Limber", x, y, width, height, flags, &app->window,
                     &app->renderer, err, err_size)) {
        app->window_failed = true;
        goto fail;
    }
    SDL_SetWindowMinimumSize(app->window, 320, 240);
    if (cfg->kiosk)
        app->canvas.rotation = cfg->kiosk->rotation;
    // The icon is a nicety: without it (a test binary away from the build
    // tree's icons/) the window keeps the desktop's default one.
    char no_icon[256];
    identity_set_icon(app->window, no_icon, sizeof no_icon);
    // The window shows first; finding the font takes a few milliseconds.
    app->font = font_new(app->lang, err, err_size);
    if (!app->font)
        goto fail;
    font_prepare(app->font, interface_symbols);
    app->text = text_cache_new(app->renderer, app->font);
    update_size(app);
    // Sound's settings only: the device opens when a routine starts
    // (after video: SDL_Init with both fails whole when audio does);
    // without one the routine plays silently, says so once, and the
    // window carries on.
    app->sound = sound_control_new(cfg);
    app->reduce_motion = player_figure_reduce_motion(cfg);
    app->no_history = cfg->no_history;
    if (cfg->kiosk)
        app->kiosk = kiosk_new(app, cfg->kiosk);

    enum app_screen first = APP_SCREEN_HOME;
    if (cfg->routine) {
        app->routine = cfg->routine;
        first = APP_SCREEN_PLAYER;
    } else if (cfg->muscle >= 0 && cfg->muscle < MUSCLE_COUNT) {
        app->group = cfg->muscle;
        first = APP_SCREEN_LIST;
    }
    // The notice comes first; the routine's clock starts only after it.
    if (cfg->notice)
        app_show_notice(app, first);
    else if (first == APP_SCREEN_PLAYER)
        app_start_routine(app);
    else
        app_go(app, first);
    return app;

fail:
    if (window_failed)
        *window_failed = app->window_failed;
    app_free(app);
    return NULL;
}

struct app *app_new(const struct app_config *cfg, struct clock clock, char *err,
                    size_t err_size)
{
    return app_open(cfg, clock, err, err_size, NULL);
}

void app_end_session(struct app *app)
{
    exit_paths_stop_session(app); // a session still playing is recorded
    if (app->sound)
        sound_control_forget(app); // it borrows the plan
    session_free(app->session);
    plan_free(app->plan);
    app->session = NULL;
    app->plan = NULL;
}

void app_free(struct app *app)
{
    if (!app)
        return;
    if (app->ops && app->ops->leave)
        app->ops->leave(app);
    app_end_session(app);
    kiosk_free(app->kiosk);
    sound_control_free(app->sound);
    text_cache_free(app->text);
    window_canvas_drop(&app->canvas);
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->window)
        SDL_DestroyWindow(app->window);
    font_free(app->font);
    free(app);
}

void app_go(struct app *app, enum app_screen screen)
{
    if (app->ops && app->ops->leave)
        app->ops->leave(app);
    app->screen = screen;
    app->ops = screens[screen];
    app->ui.focus = 0;
    app->ui.pressed = -1;
    app->ui.count = 0;
    app->drawn_once = false;
    app->dirty = true;
    app->redraw_at_ms = INT64_MAX;
    if (app->ops->enter)
        app->ops->enter(app);
    // Only the player needs the sound device: elsewhere it closes once the
    // finish sound has rung out, and SDL's mixer thread with it.
    if (screen != APP_SCREEN_PLAYER)
        sound_control_release(app);
}

void app_start_routine(struct app *app)
{
    app_end_session(app);
    app->plan = plan_new(app->routine);
    sound_control_prepare(app); // before the clock starts: speech is ahead
    app->session = session_new(app->plan, app->clock);
    app->completed = false;
    app->started = time(NULL);
    app->end_offset_ms = 0;
    app_go(app, APP_SCREEN_PLAYER);
}

void app_render(struct app *app)
{
    update_size(app);
    window_canvas_begin(&app->canvas, app->renderer);
    text_cache_begin_frame(app->text);
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(app->renderer, theme.bg.r, theme.bg.g, theme.bg.b,
                           255);
    SDL_RenderClear(app->renderer);
    ui_begin(app);
    app->ring_rect = (SDL_Rect){0, 0, 0, 0};
    app->ops->draw(app);
    if (app->ui.focus >= app->ui.count)
        app->ui.focus = app->ui.count ? app->ui.count - 1 : 0;
    text_cache_end_frame(app->text);
    window_canvas_end(&app->canvas, app->renderer);
    app->dirty = false;
    app->drawn_once = true;
}

bool app_draw(struct app *app, bool force)
{
    if (!force && !app->dirty)
        return false;
    app_render(app);
    SDL_RenderPresent(app->renderer);
    return true;
}

// Input waits for a frame so that it meets the buttons on screen.
static void ensure_drawn(struct app *app)
{
    if (!app->drawn_once || app->dirty)
        app_draw(app, true);
}

static void activate(struct app *app, int id)
{
    struct input in = {.kind = INPUT_ACTIVATE, .id = id};
    if (!sound_control_input(app, &in))
        app->ops->event(app, &in);
    app->dirty = true;
}

static void back(struct app *app)
{
    switch (app->screen) {
    case APP_SCREEN_FINISH:
        app_end_session(app);
        app_go(app, APP_SCREEN_HOME);
        break;
    case APP_SCREEN_LIST:
    case APP_SCREEN_ABOUT:
        app_go(app, APP_SCREEN_HOME);
        break;
    case APP_SCREEN_OVERVIEW:
        app_go(app, app->from_list ? APP_SCREEN_LIST : APP_SCREEN_HOME);
        break;
    default:
        break;
    }
}

// A finger (or held mouse) that moves more than a few millimetres drags
// the content: each step of about a row scrolls by one, and the press no
// longer chooses what it started on.
static void drag(struct app *app, const struct input *in)
{
    struct ui *ui = &app->ui;
    if (!ui->tracking)
        return;
    if (!ui->dragging && abs(in->y - ui->press_y) > app_px(app, 24)) {
        ui->dragging = true;
        ui->pressed = -1;
        app->dirty = true;
    }
    if (!ui->dragging)
        return;
    int step = app_px(app, 72);
    while (abs(in->y - ui->drag_y) >= step) {
        int up = in->y > ui->drag_y ? 1 : -1; // finger down: earlier rows
        ui->drag_y += up * step;
        struct input scroll = {.kind = INPUT_SCROLL, .y = up};
        app->dirty |= app->ops->event(app, &scroll);
    }
}

static void handle_input(struct app *app, const struct input *in)
{
    struct ui *ui = &app->ui;
    ensure_drawn(app);
    if (in->kind == INPUT_MOVE) {
        drag(app, in);
        return;
    }
    if (in->kind == INPUT_PRESS) {
        ui->tracking = true;
        ui->dragging = false;
        ui->press_y = ui->drag_y = in->y;
        ui->pressed = ui_hit(app, in->x, in->y);
        if (ui->pressed >= 0) {
            ui->focus = ui->pressed;
            app->dirty = true;
        }
        return;
    }
    if (in->kind == INPUT_RELEASE) {
        ui->tracking = ui->dragging = false;
        int hit = ui_hit(app, in->x, in->y);
        int pressed = ui->pressed;
        ui->pressed = -1;
        if (pressed >= 0) {
            app->dirty = true;
            if (hit == pressed)
                activate(app, ui->buttons[hit].id);
        }
        return;
    }
    if (sound_control_input(app, in) || app->ops->event(app, in)) {
        app->dirty = true;
        return;
    }
    switch (in->kind) {
    case INPUT_UP:
        app->dirty |= ui_focus_toward(app, 0, -1);
        break;
    case INPUT_DOWN:
        app->dirty |= ui_focus_toward(app, 0, 1);
        break;
    case INPUT_LEFT:
        app->dirty |= ui_focus_toward(app, -1, 0);
        break;
    case INPUT_RIGHT:
        app->dirty |= ui_focus_toward(app, 1, 0);
        break;
    case INPUT_TAB:
        app->dirty |= ui_focus_step(app, 1);
        break;
    case INPUT_BACKTAB:
        app->dirty |= ui_focus_step(app, -1);
        break;
    case INPUT_ENTER:
    case INPUT_SPACE:
        if (ui_focused_id(app) >= 0)
            activate(app, ui_focused_id(app));
        break;
    case INPUT_BACK:
        back(app);
        break;
    case INPUT_QUIT:
        app->quit = true;
        break;
    default:
        break;
    }
}

void app_handle(struct app *app, const SDL_Event *ev)
{
    if (sound_control_event(app, ev))
        return;
    if (app->kiosk && kiosk_event(app, ev))
        return;
    if (ev->type == SDL_QUIT) {
        app->quit = true;
        return;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        switch (ev->window.event) {
        // A compositor shows nothing of a Wayland window until a frame
        // follows its configure: cage's maximise is one (no size change).
        case SDL_WINDOWEVENT_SIZE_CHANGED:
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_SHOWN:
        case SDL_WINDOWEVENT_RESTORED:
        case SDL_WINDOWEVENT_MAXIMIZED:
        case SDL_WINDOWEVENT_DISPLAY_CHANGED:
            app->dirty = true;
            break;
        case SDL_WINDOWEVENT_CLOSE: // a kiosk took it already
            app->quit = true;
            break;
        default:
            break;
        }
        return;
    }
    if (ev->type == SDL_RENDER_TARGETS_RESET ||
        ev->type == SDL_RENDER_DEVICE_RESET) {
        text_cache_set_font(app->text, app->font);
        window_canvas_drop(&app->canvas);
        app->dirty = true;
        return;
    }
    struct input in;
    if (input_from_event(ev, &app->view, &in))
        handle_input(app, &in);
}

void app_tick(struct app *app)
{
    if (clock_now(&app->clock) >= app->redraw_at_ms)
        app->dirty = true;
    if (app->kiosk)
        kiosk_tick(app);
    if (app->session) {
        struct session_event ev;
        while (app->session && session_poll(app->session, &ev)) {
            sound_control_play(app, &ev);
            if (ev.kind == SESSION_ROUTINE_END) {
                struct session_position pos;
                session_position(app->session, &pos);
                app->completed = ev.completed;
                exit_paths_record(app, &ev);
                app->end_offset_ms =
                    ev.completed ? app->plan->total_ms : pos.offset_ms;
                app_go(app, APP_SCREEN_FINISH);
            }
            app->dirty = true;
        }
    }
    if (app->kiosk)
        kiosk_tick(app);
    sound_control_tick(app); // the settings, once a change has settled
}

int64_t app_deadline_ms(struct app *app)
{
    int64_t now = clock_now(&app->clock);
    int64_t deadline = INT64_MAX;
    if (app->ops->next_deadline)
        deadline = app->ops->next_deadline(app, now);
    int64_t note = sound_control_deadline_ms(app); // the note goes away
    if (note < deadline)
        deadline = note;
    app->redraw_at_ms = deadline;
    int64_t save = sound_control_save_deadline_ms(app);
    if (save < deadline)
        deadline = save;
    if (app->session) {
        int64_t s = session_deadline_ms(app->session);
        if (s < deadline)
            deadline = s;
    }
    if (app->kiosk) {
        int64_t k = kiosk_deadline_ms(app);
        if (k < deadline)
            deadline = k;
    }
    return deadline;
}

bool app_quitting(const struct app *app)
{
    return app->quit;
}

enum app_screen app_current_screen(const struct app *app)
{
    return app->screen;
}

SDL_Renderer *app_renderer(struct app *app)
{
    return app->renderer;
}

SDL_Window *app_window(struct app *app)
{
    return app->window;
}

const struct text_drawn *app_drawn_texts(const struct app *app, size_t *n)
{
    return text_cache_drawn(app->text, n);
}

size_t app_button_count(const struct app *app)
{
    return (size_t)app->ui.count;
}

SDL_Rect app_button_rect(const struct app *app, size_t i)
{
    return app->ui.buttons[i].rect;
}

int app_button_id(const struct app *app, size_t i)
{
    return i < (size_t)app->ui.count ? app->ui.buttons[i].id : -1;
}

int app_focus(const struct app *app)
{
    return app->ui.focus;
}

SDL_Rect app_ring_rect(const struct app *app)
{
    return app->ring_rect;
}

unsigned long app_text_renders(const struct app *app)
{
    return text_cache_renders(app->text);
}

const char *app_lang(const struct app *app)
{
    return app->lang;
}

void app_set_lang(struct app *app, const char *lang)
{
    char err[256];
    struct font *f = font_new(lang, err, sizeof err);
    if (!f) {
        SDL_Log("limber: %s", err);
        return;
    }
    font_prepare(f, interface_symbols);
    text_cache_set_font(app->text, f);
    font_free(app->font);
    app->font = f;
    if (!lang_list_first(lang, app->lang))
        snprintf(app->lang, sizeof app->lang, "en");
    snprintf(app->wanted, sizeof app->wanted, "%s", app->lang);
    i18n_set_lang(app->lang);
    app->dirty = true;
}

// Opens the window on the first video driver where it works: SDL would
// fall back to its offscreen driver without a display and open an
// invisible window, so the real ones are named one by one
// (window_video_drivers). On failure why names each driver tried, and
// each renderer, with what went wrong.
static struct app *open_on_some_driver(const struct app_config *cfg,
                                       enum app_status *status, char *why,
                                       size_t why_size)
{
    const char *drivers[16];
    char tried[1024];
    size_t n = window_video_drivers(drivers, 16, tried, sizeof tried);
    bool named =
        SDL_getenv("SDL_VIDEODRIVER") && *SDL_getenv("SDL_VIDEODRIVER");
    *status = APP_NO_DISPLAY;
    for (size_t i = 0; i < n; i++) {
        char err[768] = "";
        size_t len = strlen(tried);
        if (!named)
            SDL_SetHint(SDL_HINT_VIDEODRIVER, drivers[i]);
        // Before SDL's X11 driver saves the error handler (x11_errors.h).
        if (SDL_strcasecmp(drivers[i], "x11") == 0)
            x11_errors_install();
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
            snprintf(tried + len, sizeof tried - len, "%s%s: %s",
                     len ? "; " : "", drivers[i], SDL_GetError());
            continue;
        }
        bool window_failed = false;
        struct app *app =
            app_open(cfg, clock_sdl(), err, sizeof err, &window_failed);
        if (app)
            return app;
        snprintf(tried + len, sizeof tried - len, "%s%s: %s", len ? "; " : "",
                 drivers[i], err);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        if (!window_failed) {
            // A window opened: another driver would fail the same way.
            *status = APP_FAILED;
            snprintf(why, why_size, "%s", err);
            return NULL;
        }
    }
    snprintf(why, why_size, "tried %s", tried[0] ? tried : "no video driver");
    return NULL;
}

enum app_status app_run(const struct app_config *cfg, char *why,
                        size_t why_size)
{
    // The software renderer draws in our memory; no GL texture between.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    // SDL turns SIGINT and SIGTERM into SDL_QUIT, but only when they are
    // at their defaults; a shell starts background jobs with SIGINT
    // ignored, and kill -INT must still end the window cleanly.
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    if (SDL_Init(0) != 0) {
        snprintf(why, why_size, "SDL: %s", SDL_GetError());
        return APP_FAILED;
    }
    enum app_status status;
    struct app *app = open_on_some_driver(cfg, &status, why, why_size);
    if (app) {
        status = APP_OK;
        app_draw(app, true);
        exit_paths_watch(app);
        while (!app->quit) {
            app_tick(app);
            app_draw(app, false);
            if (app->quit)
                break;
            int64_t deadline = app_deadline_ms(app);
            int64_t now = clock_now(&app->clock);
            SDL_Event ev;
            int got;
            // A wake-up is only a hint (SDL 0 means timeout or error): the
            // loop reads the clock again either way.
            if (deadline == INT64_MAX)
                got = window_wait_event(&ev, -1);
            else if (deadline <= now)
                got = SDL_PollEvent(&ev);
            else
                got = window_wait_event(&ev, deadline - now);
            if (got) {
                app_handle(app, &ev);
                while (SDL_PollEvent(&ev))
                    app_handle(app, &ev);
            }
        }
        exit_paths_unwatch();
    }
    if (app && app->display_lost) {
        status = APP_FAILED;
        snprintf(why, why_size,
                 "the display went away (%s); ending so that it can be "
                 "started again",
                 SDL_GetCurrentVideoDriver());
    }
    app_free(app); // records a session still playing
    TTF_Quit();
    SDL_Quit();
    return status;
}
