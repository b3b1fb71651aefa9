#include "kiosk.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_private.h"
#include "sound_control.h"
#include "xalloc.h"

struct kiosk {
    const struct kiosk_config *cfg;
    int64_t last_input_ms;   // the last key, touch or pointer move
    enum app_screen seen;    // the screen at the last tick,
    int64_t seen_since_ms;   // and since when it shows
    bool abandoning;         // a paused routine timed out: skip its finish
    int64_t chord_since_ms;  // Ctrl+Alt+Shift+Q held since, -1: not held
    int64_t corner_since_ms; // top-left corner pressed since, -1: not
    bool cursor_shown;
    int64_t cursor_hide_ms;
    struct kiosk_pin pin;
};

// SDL turns SIGTERM and SIGINT into SDL_QUIT, and so does a Wayland
// compositor that goes away. The kiosk tells them apart: a signal is
// systemctl stop (status 0), the other a display lost (status 1, and
// systemd starts it again on the display that comes back).
static volatile sig_atomic_t signalled;
static struct sigaction sdl_int, sdl_term;

static void note_signal(int sig)
{
    signalled = 1;
    const struct sigaction *prev = sig == SIGINT ? &sdl_int : &sdl_term;
    if (prev->sa_handler == SIG_IGN)
        return;
    if (prev->sa_handler == SIG_DFL || (prev->sa_flags & SA_SIGINFO)) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    prev->sa_handler(sig); // SDL's: SDL_QUIT at the next pump
}

static void watch_signals(void)
{
    struct sigaction sa = {.sa_handler = note_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &sdl_int);
    sigaction(SIGTERM, &sa, &sdl_term);
}

static int64_t now_ms(const struct app *app)
{
    return clock_now(&app->clock);
}

bool kiosk_window_place(const struct kiosk_config *cfg, Uint32 *flags, int *x,
                        int *y, int *w, int *h, char *err, size_t err_size)
{
    // The window manager's close request must not become SDL_QUIT (only
    // SIGTERM and SIGINT do), focus loss must not minimise the window, and
    // Alt+Tab must not pass a grabbed keyboard.
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    int display = cfg->display >= 0 ? cfg->display : 0;
    int count = SDL_GetNumVideoDisplays();
    if (display >= count) {
        snprintf(err, err_size,
                 "display %d does not exist (this machine has %d, counted "
                 "from 0)",
                 display, count < 0 ? 0 : count);
        return false;
    }
    SDL_Rect bounds;
    if (SDL_GetDisplayBounds(display, &bounds) == 0) {
        *w = bounds.w;
        *h = bounds.h;
    }
    *x = (int)SDL_WINDOWPOS_CENTERED_DISPLAY(display);
    *y = (int)SDL_WINDOWPOS_CENTERED_DISPLAY(display);
    *flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    return true;
}

static void show_cursor(struct kiosk *k, bool show)
{
    if (k->cursor_shown == show)
        return;
    k->cursor_shown = show;
    SDL_ShowCursor(show ? SDL_ENABLE : SDL_DISABLE);
}

struct kiosk *kiosk_new(struct app *app, const struct kiosk_config *cfg)
{
    struct kiosk *k = xcalloc(1, sizeof(*k));
    k->cfg = cfg;
    k->last_input_ms = k->seen_since_ms = now_ms(app);
    k->seen = app->screen;
    k->chord_since_ms = k->corner_since_ms = -1;
    k->cursor_shown = true;
    show_cursor(k, false);
    watch_signals();
    SDL_DisableScreenSaver();
    SDL_SetWindowKeyboardGrab(app->window, SDL_TRUE);
    SDL_RaiseWindow(app->window);
    return k;
}

void kiosk_free(struct kiosk *k)
{
    if (!k)
        return;
    explicit_bzero(&k->pin, sizeof k->pin);
    sigaction(SIGINT, &sdl_int, NULL); // SDL_Quit puts back the defaults
    sigaction(SIGTERM, &sdl_term, NULL);
    free(k);
}

void kiosk_go_home(struct app *app)
{
    app_end_session(app);
    app->group = -1;
    app->list_first = 0;
    app->from_list = false;
    const struct kiosk_config *cfg = app->kiosk->cfg;
    if (cfg->lang_count && strcmp(app->lang, cfg->langs[0]) != 0)
        app_set_lang(app, cfg->langs[0]);
    sound_control_restore(app);
    app_go(app, APP_SCREEN_HOME);
}

// The corner that opens the PIN keypad: about two touch targets square.
static bool in_corner(const struct app *app, int x, int y)
{
    int side = app_px(app, 100);
    if (side < app->min_target * 2)
        side = app->min_target * 2;
    return x >= 0 && y >= 0 && x < side && y < side;
}

static bool is_modifier(SDL_Keycode sym)
{
    return sym == SDLK_LCTRL || sym == SDLK_RCTRL || sym == SDLK_LALT ||
           sym == SDLK_RALT || sym == SDLK_LSHIFT || sym == SDLK_RSHIFT;
}

static bool chord_mods(Uint16 mod)
{
    return (mod & KMOD_CTRL) && (mod & KMOD_ALT) && (mod & KMOD_SHIFT);
}

static bool key(struct app *app, const SDL_KeyboardEvent *ev, int64_t now)
{
    struct kiosk *k = app->kiosk;
    SDL_Keycode sym = ev->keysym.sym;
    if (ev->type == SDL_KEYUP) {
        if (sym == SDLK_q || is_modifier(sym))
            k->chord_since_ms = -1;
        return sym == SDLK_q;
    }
    k->last_input_ms = now;
    if (sym == SDLK_q && chord_mods(ev->keysym.mod)) {
        if (k->chord_since_ms < 0)
            k->chord_since_ms = now; // repeats keep the first press's time
        return true;
    }
    if (!is_modifier(sym))
        k->chord_since_ms = -1;
    if (app->screen == APP_SCREEN_ATTRACT) {
        kiosk_go_home(app);
        return true;
    }
    if (app->screen == APP_SCREEN_PIN && !ev->repeat) {
        if (sym >= SDLK_0 && sym <= SDLK_9) {
            kiosk_pin_digit(app, (int)(sym - SDLK_0));
            return true;
        }
        if (sym >= SDLK_KP_1 && sym <= SDLK_KP_0) {
            kiosk_pin_digit(app,
                            sym == SDLK_KP_0 ? 0 : (int)(sym - SDLK_KP_1) + 1);
            return true;
        }
        if (sym == SDLK_BACKSPACE) {
            kiosk_pin_erase(app);
            return true;
        }
    }
    // Q quits an ordinary window; so would Ctrl+Q, Ctrl+W and Alt+F4 in
    // many programs. Here they do nothing.
    if (sym == SDLK_q || sym == SDLK_F4 ||
        ((ev->keysym.mod & KMOD_CTRL) && (sym == SDLK_w)))
        return true;
    return false;
}

static bool pointer(struct app *app, const SDL_Event *ev, int64_t now)
{
    struct kiosk *k = app->kiosk;
    bool mouse = ev->type == SDL_MOUSEMOTION ||
                 ev->type == SDL_MOUSEBUTTONDOWN ||
                 ev->type == SDL_MOUSEBUTTONUP || ev->type == SDL_MOUSEWHEEL;
    bool touch_copy =
        (ev->type == SDL_MOUSEMOTION &&
         ev->motion.which == SDL_TOUCH_MOUSEID) ||
        ((ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP) &&
         ev->button.which == SDL_TOUCH_MOUSEID);
    k->last_input_ms = now;
    if (mouse && !touch_copy) {
        // The pointer shows while a mouse is in use, never for fingers.
        show_cursor(k, true);
        k->cursor_hide_ms = now + KIOSK_CURSOR_MS;
    } else if (!mouse) {
        show_cursor(k, false);
    }
    if (touch_copy)
        return false;
    struct input in;
    if (!input_from_event(ev, &app->view, &in))
        return false;
    if (in.kind == INPUT_PRESS && app->screen == APP_SCREEN_ATTRACT) {
        kiosk_go_home(app);
        return true;
    }
    if (in.kind == INPUT_PRESS && k->cfg->pin_hash &&
        app->screen != APP_SCREEN_PIN && in_corner(app, in.x, in.y))
        k->corner_since_ms = now;
    else if (in.kind == INPUT_RELEASE ||
             (in.kind == INPUT_MOVE && !in_corner(app, in.x, in.y)))
        k->corner_since_ms = -1;
    return false;
}

// After the display changed (a monitor reconnected, a new resolution),
// fill the configured display again.
static void refit(struct app *app)
{
    int display = app->kiosk->cfg->display >= 0 ? app->kiosk->cfg->display : 0;
    SDL_Rect bounds;
    if (display >= SDL_GetNumVideoDisplays() ||
        SDL_GetDisplayBounds(display, &bounds) != 0)
        return; // gone for now: wait for it to come back
    int w = 0, h = 0;
    SDL_GetWindowSize(app->window, &w, &h);
    if (SDL_GetWindowDisplayIndex(app->window) == display && w == bounds.w &&
        h == bounds.h)
        return;
    SDL_SetWindowFullscreen(app->window, 0);
    SDL_SetWindowSize(app->window, bounds.w, bounds.h);
    SDL_SetWindowPosition(app->window, SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                          SDL_WINDOWPOS_CENTERED_DISPLAY(display));
    SDL_SetWindowFullscreen(app->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
}

bool kiosk_event(struct app *app, const SDL_Event *ev)
{
    struct kiosk *k = app->kiosk;
    int64_t now = now_ms(app);
    switch (ev->type) {
    case SDL_QUIT:
        // Closing the window gives no SDL_QUIT here (kiosk_window_place).
        if (!signalled) {
            SDL_Log("limber: kiosk: the display went away");
            app->display_lost = true;
        }
        app->quit = true;
        return true;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        return key(app, &ev->key, now);
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        return pointer(app, ev, now);
    case SDL_WINDOWEVENT:
        switch (ev->window.event) {
        case SDL_WINDOWEVENT_CLOSE:
            return true;
        case SDL_WINDOWEVENT_FOCUS_LOST:
            // Keys held when focus went are never released to us.
            k->chord_since_ms = -1;
            SDL_RaiseWindow(app->window);
            return true;
        case SDL_WINDOWEVENT_MINIMIZED:
            SDL_RestoreWindow(app->window);
            return true;
        case SDL_WINDOWEVENT_DISPLAY_CHANGED:
        case SDL_WINDOWEVENT_SIZE_CHANGED:
            refit(app);
            app->dirty = true;
            return false;
        default:
            return false;
        }
    case SDL_DISPLAYEVENT:
        refit(app);
        app->dirty = true;
        return true;
    default:
        return false;
    }
}

// The player is exempt from the timeout unless paused: a session that
// plays, or has just run out (its end not yet taken), is left alone.
static bool player_paused(const struct app *app)
{
    if (!app->session)
        return false;
    struct session_position pos;
    session_position(app->session, &pos);
    return pos.paused && !pos.over;
}

// When the idle timeout runs out on this screen, INT64_MAX for never.
static int64_t idle_deadline(const struct app *app)
{
    const struct kiosk *k = app->kiosk;
    if (app->screen == APP_SCREEN_ATTRACT ||
        (app->screen == APP_SCREEN_PLAYER && !player_paused(app)))
        return INT64_MAX;
    int64_t quiet = k->last_input_ms > k->seen_since_ms ? k->last_input_ms
                                                        : k->seen_since_ms;
    return quiet + k->cfg->idle_timeout_ms;
}

void kiosk_tick(struct app *app)
{
    struct kiosk *k = app->kiosk;
    int64_t now = now_ms(app);
    if (app->screen != k->seen) {
        k->seen = app->screen;
        k->seen_since_ms = now;
        if (app->screen == APP_SCREEN_PIN)
            kiosk_pin_reset(app);
    }
    if (k->abandoning && app->screen != APP_SCREEN_PLAYER) {
        k->abandoning = false;
        if (app->screen == APP_SCREEN_FINISH)
            kiosk_go_home(app);
    }
    if (k->chord_since_ms >= 0 && now - k->chord_since_ms >= KIOSK_CHORD_MS) {
        SDL_Log("limber: kiosk: the operator's key chord ends it");
        app->quit = true;
        return;
    }
    if (k->corner_since_ms >= 0 &&
        now - k->corner_since_ms >= KIOSK_CORNER_MS) {
        k->corner_since_ms = -1;
        app_go(app, APP_SCREEN_PIN);
        kiosk_pin_reset(app);
        k->seen = app->screen;
        k->seen_since_ms = now;
    }
    if (k->cursor_shown && now >= k->cursor_hide_ms)
        show_cursor(k, false);
    if (now < idle_deadline(app))
        return;
    switch (app->screen) {
    case APP_SCREEN_PLAYER:
        // Paused and left: stop it, so the history has it as stopped,
        // and skip the finish screen nobody is there to read.
        k->abandoning = true;
        session_stop(app->session);
        break;
    case APP_SCREEN_HOME:
        // The visitor has gone: the next one finds the sound as set up.
        sound_control_restore(app);
        app_go(app, APP_SCREEN_ATTRACT);
        break;
    default:
        kiosk_go_home(app);
        break;
    }
    k->seen = app->screen;
    k->seen_since_ms = now;
}

int64_t kiosk_deadline_ms(struct app *app)
{
    const struct kiosk *k = app->kiosk;
    int64_t d = idle_deadline(app);
    if (k->chord_since_ms >= 0 && k->chord_since_ms + KIOSK_CHORD_MS < d)
        d = k->chord_since_ms + KIOSK_CHORD_MS;
    if (k->corner_since_ms >= 0 && k->corner_since_ms + KIOSK_CORNER_MS < d)
        d = k->corner_since_ms + KIOSK_CORNER_MS;
    if (k->cursor_shown && k->cursor_hide_ms < d)
        d = k->cursor_hide_ms;
    return d;
}

const struct kiosk_pin *kiosk_pin_state(const struct app *app)
{
    return &app->kiosk->pin;
}

void kiosk_pin_reset(struct app *app)
{
    struct kiosk_pin *p = &app->kiosk->pin;
    // The lockout and the count of failures outlive the keypad: leaving
    // and coming back must not reset them.
    explicit_bzero(p->digits, sizeof p->digits);
    p->len = 0;
    p->wrong = false;
    app->dirty = true;
}

static bool locked(const struct app *app)
{
    return now_ms(app) < app->kiosk->pin.locked_until;
}

void kiosk_pin_digit(struct app *app, int digit)
{
    struct kiosk_pin *p = &app->kiosk->pin;
    if (locked(app) || p->len >= PIN_MAX_DIGITS || digit < 0 || digit > 9)
        return;
    p->wrong = false;
    p->digits[p->len++] = (char)('0' + digit);
    p->digits[p->len] = '\0';
    app->dirty = true;
}

void kiosk_pin_erase(struct app *app)
{
    struct kiosk_pin *p = &app->kiosk->pin;
    if (p->len > 0)
        p->digits[--p->len] = '\0';
    p->wrong = false;
    app->dirty = true;
}

void kiosk_pin_submit(struct app *app)
{
    struct kiosk *k = app->kiosk;
    struct kiosk_pin *p = &k->pin;
    if (locked(app) || p->len == 0 || !k->cfg->pin_hash)
        return;
    bool right =
        pin_valid(p->digits) && pin_hash_matches(p->digits, k->cfg->pin_hash);
    explicit_bzero(p->digits, sizeof p->digits);
    p->len = 0;
    app->dirty = true;
    if (right) {
        SDL_Log("limber: kiosk: the operator's PIN ends it");
        p->failures = 0;
        app->quit = true;
        return;
    }
    p->wrong = true;
    if (++p->failures >= KIOSK_PIN_TRIES) {
        p->failures = 0;
        p->locked_until = now_ms(app) + KIOSK_PIN_LOCKOUT_MS;
    }
}

size_t kiosk_lang_count(const struct app *app)
{
    return app->kiosk ? app->kiosk->cfg->lang_count : 0;
}

const char *kiosk_next_lang(const struct app *app)
{
    size_t n = kiosk_lang_count(app);
    if (n == 0)
        return NULL;
    const struct kiosk_config *cfg = app->kiosk->cfg;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(cfg->langs[i], app->lang) == 0)
            return cfg->langs[(i + 1) % n];
    }
    return cfg->langs[0];
}
