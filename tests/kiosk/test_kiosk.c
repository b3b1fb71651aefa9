// Kiosk mode driven headless (SDL's dummy driver, a fake clock): the
// operator's chord and its timing, the keys and requests that must not end
// it, the idle timeouts on every kind of screen (and the sound they put
// back), the corner press and the PIN keypad with its lockout, the display
// changing size, the attract screen's safety line, no history on home,
// and routine files vanishing while one plays.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "history.h"
#include "kiosk.h"
#include "kiosk_config.h"
#include "msg.h"
#include "pin_hash.h"
#include "settings.h"
#include "sound_control.h"
#include "text.h"

#define IDLE_MS 90000

static struct harness t;
static struct kiosk_config *cfg;
static char pin_hash[PIN_HASH_SIZE];

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

// Opens the app as a kiosk with cfg; w x h: the window is put to that
// size after it opened fullscreen on the dummy display (0: leave it).
static void open_kiosk(int w, int h)
{
    harness_close(&t);
    struct app_config ac = {
        .lib = t.lib,
        .lang = cfg->lang_count ? cfg->langs[0] : "en",
        .muscle = -1,
        .hidden = true,
        .kiosk = cfg,
    };
    char err[256];
    t.app = app_new(&ac, (struct clock){fake_now, &t}, err, sizeof err);
    if (!t.app)
        fail_msg("app_new: %s", err);
    if (w > 0) {
        SDL_SetWindowFullscreen(app_window(t.app), 0);
        SDL_SetWindowSize(app_window(t.app), w, h);
    }
    harness_frame(&t);
    SDL_GetRendererOutputSize(app_renderer(t.app), &t.w, &t.h);
}

static int setup(void **state)
{
    (void)state;
    harness_init(&t, APP_TEST_DATA);
    assert_true(pin_hash_make("2468", pin_hash, sizeof pin_hash));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    harness_done(&t);
    return 0;
}

static int each_setup(void **state)
{
    (void)state;
    cfg = kiosk_config_new();
    cfg->kiosk = true;
    cfg->idle_timeout_ms = IDLE_MS;
    cfg->pin_hash = strdup(pin_hash);
    open_kiosk(0, 0);
    return 0;
}

static int each_teardown(void **state)
{
    (void)state;
    harness_close(&t);
    kiosk_config_free(cfg);
    cfg = NULL;
    return 0;
}

static void key_event(Uint32 type, SDL_Keycode sym, Uint16 mod, bool repeat)
{
    SDL_Event ev = {.type = type};
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    ev.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    ev.key.repeat = repeat;
    app_handle(t.app, &ev);
    harness_frame(&t);
}

static void press_chord(void)
{
    key_event(SDL_KEYDOWN, SDLK_LCTRL, KMOD_LCTRL, false);
    key_event(SDL_KEYDOWN, SDLK_LALT, KMOD_LCTRL | KMOD_LALT, false);
    key_event(SDL_KEYDOWN, SDLK_LSHIFT, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT,
              false);
    key_event(SDL_KEYDOWN, SDLK_q, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT, false);
}

static void release_chord(void)
{
    key_event(SDL_KEYUP, SDLK_q, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT, false);
    key_event(SDL_KEYUP, SDLK_LSHIFT, KMOD_LCTRL | KMOD_LALT, false);
    key_event(SDL_KEYUP, SDLK_LALT, KMOD_LCTRL, false);
    key_event(SDL_KEYUP, SDLK_LCTRL, 0, false);
}

static void test_chord_timing(void **state)
{
    (void)state;
    int64_t t0 = t.now_ms;
    press_chord();
    // The loop sleeps until the chord's 3 s are up.
    assert_int_equal(app_deadline_ms(t.app), t0 + KIOSK_CHORD_MS);
    harness_advance(&t, 2999);
    assert_false(app_quitting(t.app));
    release_chord();
    harness_advance(&t, 5000);
    assert_false(app_quitting(t.app)); // a short tap does nothing

    // Key repeats while held keep the first press's time.
    press_chord();
    for (int i = 0; i < 5; i++) {
        harness_advance(&t, 500);
        key_event(SDL_KEYDOWN, SDLK_q, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT,
                  true);
    }
    assert_false(app_quitting(t.app));
    harness_advance(&t, 499);
    assert_false(app_quitting(t.app));
    harness_advance(&t, 1);
    assert_true(app_quitting(t.app));
}

static void test_chord_broken(void **state)
{
    (void)state;
    // Letting go of Shift, another key, or losing the focus starts over.
    press_chord();
    harness_advance(&t, 2000);
    key_event(SDL_KEYUP, SDLK_LSHIFT, KMOD_LCTRL | KMOD_LALT, false);
    harness_advance(&t, 2000);
    assert_false(app_quitting(t.app));
    press_chord();
    harness_advance(&t, 2000);
    key_event(SDL_KEYDOWN, SDLK_a, KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT, false);
    harness_advance(&t, 2000);
    assert_false(app_quitting(t.app));
    press_chord();
    SDL_Event ev = {.type = SDL_WINDOWEVENT};
    ev.window.event = SDL_WINDOWEVENT_FOCUS_LOST;
    app_handle(t.app, &ev);
    harness_advance(&t, 4000);
    assert_false(app_quitting(t.app));
    // Ctrl+Shift+Q without Alt is no chord at all.
    key_event(SDL_KEYDOWN, SDLK_q, KMOD_LCTRL | KMOD_LSHIFT, false);
    harness_advance(&t, 4000);
    assert_false(app_quitting(t.app));
}

static void test_visitor_cannot_leave(void **state)
{
    (void)state;
    static const struct {
        SDL_Keycode sym;
        Uint16 mod;
    } keys[] = {{SDLK_ESCAPE, 0},     {SDLK_q, 0},
                {SDLK_q, KMOD_LCTRL}, {SDLK_w, KMOD_LCTRL},
                {SDLK_F4, KMOD_LALT}, {SDLK_TAB, KMOD_LALT},
                {SDLK_BACKSPACE, 0},  {SDLK_AC_BACK, 0}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        key_event(SDL_KEYDOWN, keys[i].sym, keys[i].mod, false);
        key_event(SDL_KEYUP, keys[i].sym, keys[i].mod, false);
        assert_false(app_quitting(t.app));
    }
    static const Uint8 window_events[] = {
        SDL_WINDOWEVENT_CLOSE, SDL_WINDOWEVENT_FOCUS_LOST,
        SDL_WINDOWEVENT_MINIMIZED, SDL_WINDOWEVENT_HIDDEN};
    for (size_t i = 0; i < sizeof window_events; i++) {
        SDL_Event ev = {.type = SDL_WINDOWEVENT};
        ev.window.event = window_events[i];
        app_handle(t.app, &ev);
        harness_frame(&t);
        assert_false(app_quitting(t.app));
    }
    // Back still works inside: list -> home.
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    // SDL_QUIT comes only from SIGTERM/SIGINT here (the window manager's
    // close does not make one): it ends the kiosk.
    SDL_Event quit = {.type = SDL_QUIT};
    app_handle(t.app, &quit);
    assert_true(app_quitting(t.app));
}

static void test_idle_returns_home(void **state)
{
    (void)state;
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    int64_t last = t.now_ms;
    // Asleep until the timeout: that is the only deadline on a list.
    assert_int_equal(app_deadline_ms(t.app), last + IDLE_MS);
    harness_advance(&t, IDLE_MS - 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    harness_advance(&t, 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    // Home, left alone as long again, shows the attract loop; it changes
    // every 4 s, and nothing else wakes the loop.
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
    assert_true(harness_find_text(&t, msg_get(MSG_BREATHE_IN, "en"), NULL));
    assert_int_equal(app_deadline_ms(t.app), t.now_ms + 4000);
    harness_advance(&t, 4000);
    assert_true(harness_find_text(&t, msg_get(MSG_BREATHE_OUT, "en"), NULL));
    // A touch wakes it to the home screen and chooses nothing.
    harness_touch(&t, t.w / 2, t.h / 2);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
}

// Starts the first routine from home by keys: a tile, the list's first
// row, Start.
static void start_routine(void)
{
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
}

// A library of one routine of a 10-minute step, in place of the test
// data (whose routines end before an idle timeout would).
static struct library *saved_lib;
static char long_dir[64];

static void use_long_routine(void)
{
    snprintf(long_dir, sizeof long_dir, "/tmp/limber-kiosk-XXXXXX");
    assert_non_null(mkdtemp(long_dir));
    char path[128];
    snprintf(path, sizeof path, "%s/kiosk-long.yaml", long_dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("format: 1\nid: kiosk-long\ntitle: Long\nkind: stretch\n"
          "muscles: [calves]\nsteps:\n  - title: Hold\n    duration: 10m\n",
          f);
    fclose(f);
    struct library *lib = library_new();
    assert_true(library_add_dir(lib, long_dir, true));
    unlink(path);
    rmdir(long_dir);
    saved_lib = t.lib;
    t.lib = lib;
    open_kiosk(0, 0);
}

static void drop_long_routine(void)
{
    harness_close(&t);
    library_free(t.lib);
    t.lib = saved_lib;
}

static void test_idle_player(void **state)
{
    (void)state;
    use_long_routine();
    start_routine();
    // Playing: no timeout, however long nobody touches it.
    harness_advance(&t, IDLE_MS + 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    // Paused and left: abandoned, straight home (no finish screen).
    harness_key(&t, SDLK_SPACE);
    harness_advance(&t, IDLE_MS - 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    harness_advance(&t, 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);

    // The finish screen goes home on its own.
    start_routine();
    harness_advance(&t, 3600 * 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    harness_advance(&t, IDLE_MS - 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    harness_advance(&t, 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);

    // A loop that wakes late, past the routine's end and the timeout,
    // still shows the finish screen: the routine was not abandoned.
    start_routine();
    harness_advance(&t, 3600 * 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    drop_long_routine();
}

static void test_idle_resets_language(void **state)
{
    (void)state;
    harness_close(&t);
    memcpy(cfg->langs[0], "uk", 3);
    memcpy(cfg->langs[1], "en", 3);
    cfg->lang_count = 2;
    open_kiosk(0, 0);
    assert_string_equal(app_lang(t.app), "uk");
    SDL_Point p;
    assert_true(harness_find_text(&t, "English", &p));
    harness_click(&t, p.x, p.y);
    assert_string_equal(app_lang(t.app), "en");
    harness_advance(&t, IDLE_MS);
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
    harness_key(&t, SDLK_SPACE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_string_equal(app_lang(t.app), "uk");

    // One language: no switch to press.
    harness_close(&t);
    cfg->lang_count = 1;
    open_kiosk(0, 0);
    assert_false(harness_find_text(&t, "English", NULL));
}

static void mouse(Uint32 type, int x, int y)
{
    SDL_Event ev = {.type = type};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    ev.button.x = x;
    ev.button.y = y;
    app_handle(t.app, &ev);
    harness_frame(&t);
}

static void open_keypad(void)
{
    mouse(SDL_MOUSEBUTTONDOWN, 5, 5);
    harness_advance(&t, KIOSK_CORNER_MS - 1);
    assert_int_not_equal(app_current_screen(t.app), APP_SCREEN_PIN);
    harness_advance(&t, 1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
    mouse(SDL_MOUSEBUTTONUP, 5, 5);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
}

static void tap_text(const char *s)
{
    SDL_Point p;
    if (!harness_find_text(&t, s, &p))
        fail_msg("no '%s' on the keypad", s);
    harness_touch(&t, p.x, p.y);
}

static void tap_pin(const char *digits)
{
    for (const char *d = digits; *d; d++) {
        char s[2] = {*d, 0};
        tap_text(s);
    }
    tap_text(msg_get(MSG_PIN_OK, "en"));
}

static void test_corner_and_pin(void **state)
{
    (void)state;
    // A short press on the corner, or one that slides away, does nothing.
    mouse(SDL_MOUSEBUTTONDOWN, 5, 5);
    harness_advance(&t, 4000);
    mouse(SDL_MOUSEBUTTONUP, 5, 5);
    harness_advance(&t, 4000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);

    open_keypad();
    tap_pin("1357");
    assert_false(app_quitting(t.app));
    assert_true(harness_find_text(&t, msg_get(MSG_PIN_WRONG, "en"), NULL));
    assert_int_equal(kiosk_pin_state(t.app)->len, 0);
    // Typed digits and Enter work too; Backspace erases one.
    key_event(SDL_KEYDOWN, SDLK_2, 0, false);
    key_event(SDL_KEYDOWN, SDLK_9, 0, false);
    key_event(SDL_KEYDOWN, SDLK_BACKSPACE, 0, false);
    assert_int_equal(kiosk_pin_state(t.app)->len, 1);
    key_event(SDL_KEYDOWN, SDLK_4, 0, false);
    key_event(SDL_KEYDOWN, SDLK_6, 0, false);
    key_event(SDL_KEYDOWN, SDLK_RETURN, 0, false);
    assert_false(app_quitting(t.app)); // 246: wrong, and the 2nd try
    // The third wrong PIN shuts the keypad for 30 s: even the right one
    // is refused until then.
    tap_pin("0000");
    assert_true(harness_find_text(&t, "Wait 30 s", NULL));
    tap_pin("2468");
    assert_false(app_quitting(t.app));
    harness_advance(&t, 1000);
    assert_true(harness_find_text(&t, "Wait 29 s", NULL));
    // Leaving and coming back does not lift the lockout.
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    open_keypad();
    tap_pin("2468");
    assert_false(app_quitting(t.app));
    harness_advance(&t, KIOSK_PIN_LOCKOUT_MS);
    tap_pin("2468");
    assert_true(app_quitting(t.app));
}

static void test_pin_idle_and_no_pin(void **state)
{
    (void)state;
    open_keypad();
    tap_text("1");
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    open_keypad();
    assert_int_equal(kiosk_pin_state(t.app)->len, 0); // digits forgotten

    // Without a PIN in the config the corner is just a corner.
    harness_close(&t);
    free(cfg->pin_hash);
    cfg->pin_hash = NULL;
    open_kiosk(0, 0);
    mouse(SDL_MOUSEBUTTONDOWN, 5, 5);
    harness_advance(&t, KIOSK_CORNER_MS * 2);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
}

// Every text block and button of the frame lies inside the window.
static void check_inside(const char *where)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = d[i].rect;
        if (r.x < 0 || r.y < 0 || r.x + r.w > t.w || r.y + r.h > t.h ||
            d[i].clipped)
            fail_msg("%s at %dx%d: '%s' at %d,%d %dx%d", where, t.w, t.h,
                     d[i].str, r.x, r.y, r.w, r.h);
    }
    for (size_t i = 0; i < app_button_count(t.app); i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        if (r.x < 0 || r.y < 0 || r.x + r.w > t.w || r.y + r.h > t.h ||
            r.w < 34 || r.h < 34)
            fail_msg("%s at %dx%d: button %zu at %d,%d %dx%d", where, t.w, t.h,
                     i, r.x, r.y, r.w, r.h);
    }
}

// The topmost drawn block whose text is exactly str; w == 0 when none.
static SDL_Rect block(const char *str)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(d[i].str, str) == 0)
            return d[i].rect;
    }
    return (SDL_Rect){0, 0, 0, 0};
}

// The attract screen shows the safety notice in one small line at its
// foot, under the invitation, whole, in the kiosk's language.
static void check_safety_line(const char *lang)
{
    SDL_Rect safety = block(msg_get(MSG_ATTRACT_SAFETY, lang));
    SDL_Rect touch = block(msg_get(MSG_ATTRACT_TOUCH, lang));
    if (!safety.w || !touch.w)
        fail_msg("attract at %dx%d in %s: no safety line", t.w, t.h, lang);
    assert_true(safety.y >= touch.y + touch.h);
    assert_true(safety.h < touch.h); // smaller: calm, not a warning
}

static void test_layout_sizes(void **state)
{
    (void)state;
    static const int sizes[][2] = {
        {800, 480}, {1280, 800}, {1920, 1080}, {600, 1024}, {3840, 2160}};
    static const char *const langs[] = {"en", "uk"};
    cfg->lang_count = 1;
    for (size_t l = 0; l < 2; l++) {
        snprintf(cfg->langs[0], sizeof cfg->langs[0], "%s", langs[l]);
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            open_kiosk(sizes[s][0], sizes[s][1]);
            open_keypad();
            check_inside("keypad");
            harness_key(&t, SDLK_ESCAPE);
            harness_advance(&t, IDLE_MS);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
            check_inside("attract");
            check_safety_line(langs[l]);
            harness_advance(&t, 4000);
            check_inside("attract, out-breath");
            check_safety_line(langs[l]);
        }
    }
    assert_string_equal(msg_get(MSG_ATTRACT_SAFETY, "uk"),
                        "Це не медичний виріб. Якщо щось болить — зупиніться.");
}

static void change_sound(void)
{
    harness_key(&t, SDLK_m);
    harness_key(&t, SDLK_MINUS);
    SDL_Point p;
    if (!harness_find_text(&t, msg_get(MSG_VOICE_ON, "en"), &p))
        fail_msg("no voice switch on screen");
    harness_touch(&t, p.x, p.y);
    assert_true(sound_control_muted(t.app));
    assert_false(sound_control_voice(t.app));
}

static void check_sound(int volume)
{
    assert_int_equal(sound_control_volume(t.app), volume);
    assert_false(sound_control_muted(t.app));
    assert_true(sound_control_voice(t.app));
}

// One visitor's sound changes do not carry to the next: going idle puts
// back the config's volume (else the defaults), unmuted, with the voice.
static void test_idle_restores_sound(void **state)
{
    (void)state;
    harness_close(&t);
    cfg->volume = 60;
    open_kiosk(0, 0);
    check_sound(60);
    change_sound();
    assert_int_equal(sound_control_volume(t.app), 50);
    harness_advance(&t, IDLE_MS); // home, left alone: the attract screen
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
    check_sound(60);
    harness_touch(&t, t.w / 2, t.h / 2);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    check_sound(60);

    // Changed on a list, then left there: back home as configured.
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    harness_key(&t, SDLK_m);
    harness_key(&t, SDLK_PLUS);
    assert_int_equal(sound_control_volume(t.app), 70);
    harness_key(&t, SDLK_m);
    assert_true(sound_control_muted(t.app));
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    check_sound(60);

    // No volume in the config: the defaults.
    harness_close(&t);
    cfg->volume = -1;
    open_kiosk(0, 0);
    check_sound(SETTINGS_VOLUME_DEFAULT);
    change_sound();
    harness_advance(&t, IDLE_MS);
    harness_touch(&t, t.w / 2, t.h / 2);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    check_sound(SETTINGS_VOLUME_DEFAULT);
}

// A kiosk's home shows no history: the sessions are other visitors'.
static void test_home_no_history(void **state)
{
    (void)state;
    char *path = history_default_path();
    struct history_entry e = {.id = "app-stretch",
                              .lang = "en",
                              .start = (int64_t)time(NULL),
                              .duration_ms = 70000,
                              .completed = true};
    assert_true(history_append(path, &e));
    e.start -= 24 * 3600;
    assert_true(history_append(path, &e));
    free(path);
    open_kiosk(0, 0);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_false(harness_find_text(&t, "This week", NULL));
    assert_false(harness_find_text(&t, "in a row", NULL));
}

// The display changes under a running kiosk: the window is put back to
// fill it and the next frame is laid out for the new size.
static void test_display_change(void **state)
{
    (void)state;
    SDL_Rect bounds;
    assert_int_equal(SDL_GetDisplayBounds(0, &bounds), 0);
    SDL_SetWindowFullscreen(app_window(t.app), 0);
    SDL_SetWindowSize(app_window(t.app), 640, 400);
    SDL_Event ev = {.type = SDL_DISPLAYEVENT};
    ev.display.event = SDL_DISPLAYEVENT_CONNECTED;
    app_handle(t.app, &ev);
    harness_frame(&t);
    int w, h;
    SDL_GetWindowSize(app_window(t.app), &w, &h);
    assert_int_equal(w, bounds.w);
    assert_int_equal(h, bounds.h);
    assert_true(SDL_GetWindowFlags(app_window(t.app)) &
                SDL_WINDOW_FULLSCREEN_DESKTOP);
    SDL_GetRendererOutputSize(app_renderer(t.app), &t.w, &t.h);
    assert_int_equal(t.w, bounds.w);
    check_inside("home after the display changed");
}

static void copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        assert_int_equal(fwrite(buf, 1, n, out), n);
    fclose(in);
    fclose(out);
}

// Routines are read once, at the start: deleting their files while one
// plays changes nothing.
static void test_routine_files_vanish(void **state)
{
    (void)state;
    char dir[] = "/tmp/limber-kiosk-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/app-stretch.yaml", dir);
    copy_file(APP_TEST_DATA "/app-stretch.yaml", path);
    struct library *mine = library_new();
    assert_true(library_add_dir(mine, dir, true));
    struct library *theirs = t.lib;
    t.lib = mine;
    open_kiosk(0, 0);
    start_routine();
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0);
    harness_advance(&t, 20000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    harness_advance(&t, 3600 * 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    harness_key(&t, SDLK_RETURN);
    start_routine();
    harness_close(&t);
    t.lib = theirs;
    library_free(mine);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_chord_timing, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_chord_broken, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_visitor_cannot_leave, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_idle_returns_home, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_idle_player, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_idle_resets_language, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_corner_and_pin, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_pin_idle_and_no_pin, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_layout_sizes, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_idle_restores_sound, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_home_no_history, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_display_change, each_setup,
                                        each_teardown),
        cmocka_unit_test_setup_teardown(test_routine_files_vanish, each_setup,
                                        each_teardown),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
