// Every way of leaving a live session writes it to the history once,
// with the step it stopped at (issue 14), driven headless on a fake
// clock: Q, Escape twice, the close button, SDL_QUIT (what SIGINT,
// SIGTERM and a lost Wayland display arrive as), another routine, the
// kiosk operator's chord, the kiosk's idle return home from the player
// and from the keypad over it, and exit() called from inside a library
// (Xlib's when the X server dies). Real signals and a dying X server are
// tests/app/xvfb_exits.sh. And the settings, written once a change
// settles and at exit.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "app_private.h"
#include "exit_paths.h"
#include "harness.h"
#include "history.h"
#include "kiosk.h"
#include "kiosk_config.h"
#include "pin_hash.h"
#include "settings.h"
#include "sound_control.h"

// app-stretch: prepare 5 s, step 1 from 5 s to 60 s (both sides, twice),
// step 2 from 60 s to 80 s.
#define ROUTINE "app-stretch"
#define IDLE_MS 20000 // shorter than the routine: the kiosk goes home first

static struct harness t;

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

static int setup(void **state)
{
    (void)state;
    harness_init(&t, APP_TEST_DATA);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    harness_done(&t);
    return 0;
}

static void forget_history(void)
{
    char *path = history_default_path();
    assert_non_null(path);
    unlink(path);
    free(path);
}

// The history holds exactly one session of ROUTINE, stopped at step
// after played_ms of play.
static void assert_recorded_once(int step, int64_t played_ms)
{
    char *path = history_default_path();
    struct history h;
    assert_true(history_read(path, &h));
    free(path);
    if (h.count != 1)
        fail_msg("%zu sessions in the history, not 1", h.count);
    assert_string_equal(h.entries[0].id, ROUTINE);
    assert_false(h.entries[0].completed);
    assert_int_equal(h.entries[0].stopped_at_step, step);
    assert_int_equal(h.entries[0].duration_ms, played_ms);
    history_clear(&h);
}

static void play(int64_t ms)
{
    forget_history();
    harness_open(&t, 1280, 800, "en", ROUTINE, -1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    harness_advance(&t, ms);
}

static void send(SDL_Event *ev)
{
    app_handle(t.app, ev);
    harness_frame(&t);
}

static void test_q(void **state)
{
    (void)state;
    play(8000);
    harness_key(&t, SDLK_q);
    assert_true(app_quitting(t.app));
    harness_close(&t);
    assert_recorded_once(1, 8000);
}

static void test_escape_twice(void **state)
{
    (void)state;
    play(65000);
    harness_key(&t, SDLK_ESCAPE); // pauses
    harness_advance(&t, 3000);
    harness_key(&t, SDLK_ESCAPE); // stops
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_recorded_once(2, 68000);
    // Leaving the finish screen and the window adds nothing.
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    harness_close(&t);
    assert_recorded_once(2, 68000);
}

static void test_close_button(void **state)
{
    (void)state;
    play(8000);
    SDL_Event ev = {.type = SDL_WINDOWEVENT};
    ev.window.event = SDL_WINDOWEVENT_CLOSE;
    ev.window.windowID = SDL_GetWindowID(app_window(t.app));
    send(&ev);
    assert_true(app_quitting(t.app));
    harness_close(&t);
    assert_recorded_once(1, 8000);
}

static void test_sdl_quit(void **state)
{
    (void)state;
    play(20000);
    SDL_Event ev = {.type = SDL_QUIT};
    send(&ev);
    assert_true(app_quitting(t.app));
    // The loop may wake once more before it ends: nothing is written twice.
    harness_advance(&t, 1000);
    harness_close(&t);
    assert_recorded_once(1, 21000);
}

static void test_another_routine(void **state)
{
    (void)state;
    play(61000);
    t.app->routine = library_find(t.lib, "app-eyes");
    app_start_routine(t.app);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_recorded_once(2, 61000);
    // The new one is recorded in its turn: two lines, the first unchanged.
    harness_advance(&t, 30000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    harness_close(&t);
    char *path = history_default_path();
    struct history h;
    assert_true(history_read(path, &h));
    free(path);
    assert_int_equal(h.count, 2);
    assert_string_equal(h.entries[1].id, "app-eyes");
    assert_true(h.entries[1].completed);
    history_clear(&h);
}

// The exit hook, in a child that stands for a window whose X server died:
// exit() from inside the loop records the live session, once.
static void test_exit_from_a_library(void **state)
{
    (void)state;
    forget_history();
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        harness_open(&t, 1280, 800, "en", ROUTINE, -1);
        harness_advance(&t, 8000);
        exit_paths_watch(t.app);
        exit(1); // as Xlib's default I/O error handler does
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 1);
    assert_recorded_once(1, 8000);

    // Unwatched (the window closed normally), the hook does nothing more.
    forget_history();
    play(8000);
    exit_paths_watch(t.app);
    exit_paths_unwatch();
    harness_close(&t);
    assert_recorded_once(1, 8000);
}

// A kiosk playing ROUTINE from the start.
static struct kiosk_config *open_kiosk(void)
{
    forget_history();
    harness_close(&t);
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    cfg->idle_timeout_ms = IDLE_MS;
    char hash[PIN_HASH_SIZE];
    assert_true(pin_hash_make("2468", hash, sizeof hash));
    cfg->pin_hash = strdup(hash);
    struct app_config ac = {
        .lib = t.lib,
        .lang = "en",
        .muscle = -1,
        .hidden = true,
        .kiosk = cfg,
        .routine = library_find(t.lib, ROUTINE),
    };
    char err[256];
    t.app = app_new(&ac, (struct clock){fake_now, &t}, err, sizeof err);
    if (!t.app)
        fail_msg("app_new: %s", err);
    harness_frame(&t);
    SDL_GetRendererOutputSize(app_renderer(t.app), &t.w, &t.h);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    return cfg;
}

static void key(Uint32 type, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {.type = type};
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    ev.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    send(&ev);
}

static void test_kiosk_operator_exit(void **state)
{
    (void)state;
    struct kiosk_config *cfg = open_kiosk();
    harness_advance(&t, 8000);
    Uint16 mod = KMOD_LCTRL | KMOD_LALT | KMOD_LSHIFT;
    key(SDL_KEYDOWN, SDLK_LCTRL, KMOD_LCTRL);
    key(SDL_KEYDOWN, SDLK_LALT, KMOD_LCTRL | KMOD_LALT);
    key(SDL_KEYDOWN, SDLK_LSHIFT, mod);
    key(SDL_KEYDOWN, SDLK_q, mod);
    harness_advance(&t, KIOSK_CHORD_MS);
    assert_true(app_quitting(t.app));
    harness_close(&t);
    kiosk_config_free(cfg);
    assert_recorded_once(1, 8000 + KIOSK_CHORD_MS);
}

static void mouse(Uint32 type, int x, int y);

// The operator's PIN, typed on the keypad opened over a routine.
static void test_kiosk_operator_pin(void **state)
{
    (void)state;
    struct kiosk_config *cfg = open_kiosk();
    harness_advance(&t, 8000);
    mouse(SDL_MOUSEBUTTONDOWN, 5, 5);
    harness_advance(&t, KIOSK_CORNER_MS);
    mouse(SDL_MOUSEBUTTONUP, 5, 5);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
    static const SDL_Keycode pin[] = {SDLK_2, SDLK_4, SDLK_6, SDLK_8,
                                      SDLK_RETURN};
    for (size_t i = 0; i < sizeof pin / sizeof pin[0]; i++)
        key(SDL_KEYDOWN, pin[i], 0);
    assert_true(app_quitting(t.app));
    harness_close(&t);
    kiosk_config_free(cfg);
    assert_recorded_once(1, 8000 + KIOSK_CORNER_MS);
}

static void test_kiosk_idle_from_the_player(void **state)
{
    (void)state;
    struct kiosk_config *cfg = open_kiosk();
    harness_advance(&t, 8000);
    harness_key(&t, SDLK_SPACE); // paused, and the visitor walks away
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_recorded_once(1, 8000 + IDLE_MS);
    harness_close(&t);
    kiosk_config_free(cfg);
    assert_recorded_once(1, 8000 + IDLE_MS);
}

static void mouse(Uint32 type, int x, int y)
{
    SDL_Event ev = {.type = type};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    send(&ev);
}

static void test_kiosk_idle_from_the_keypad(void **state)
{
    (void)state;
    struct kiosk_config *cfg = open_kiosk();
    harness_advance(&t, 8000);
    // The operator's corner press opens the keypad over the routine, and
    // nobody types a PIN: the kiosk goes home and the routine is ended.
    mouse(SDL_MOUSEBUTTONDOWN, 5, 5);
    harness_advance(&t, KIOSK_CORNER_MS);
    mouse(SDL_MOUSEBUTTONUP, 5, 5);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
    for (int64_t waited = 0; waited < IDLE_MS; waited += 10000)
        harness_advance(&t, 10000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    char *path = history_default_path();
    struct history h;
    assert_true(history_read(path, &h));
    free(path);
    assert_int_equal(h.count, 1);
    assert_false(h.entries[0].completed);
    assert_int_equal(h.entries[0].stopped_at_step, 1);
    history_clear(&h);
    harness_close(&t);
    kiosk_config_free(cfg);
}

static ino_t settings_inode(void)
{
    char *path = settings_path();
    struct stat st;
    ino_t ino = stat(path, &st) == 0 ? st.st_ino : 0;
    free(path);
    return ino;
}

static int settings_volume(void)
{
    char *path = settings_path();
    struct settings s;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_true(settings_load(path, &s, &diags));
    diag_list_clear(&diags);
    free(path);
    return s.volume;
}

// The volume keys write the settings file once the presses settle, from
// the main loop's deadline, never in the key's handler; a change still
// settling is written when the window closes. An untouched home has no
// deadline at all: the loop sleeps.
static void test_settings_settle(void **state)
{
    (void)state;
    char *path = settings_path();
    unlink(path);
    free(path);
    harness_open(&t, 1280, 800, "en", NULL, -1);
    assert_int_equal(app_deadline_ms(t.app), INT64_MAX);
    for (int i = 0; i < 4; i++) {
        harness_key(&t, SDLK_MINUS);
        harness_advance(&t, 300);
        assert_int_equal(settings_inode(), 0); // not written in a press
    }
    int64_t last = t.now_ms - 300;
    assert_int_equal(app_deadline_ms(t.app), last + SETTINGS_SETTLE_MS);
    harness_advance(&t, last + SETTINGS_SETTLE_MS - 1 - t.now_ms);
    assert_int_equal(settings_inode(), 0);
    harness_advance(&t, 1);
    ino_t written = settings_inode();
    assert_true(written != 0);
    assert_int_equal(settings_volume(), 40);
    assert_int_equal(app_deadline_ms(t.app), INT64_MAX); // asleep again
    harness_advance(&t, 60000);
    assert_int_equal(settings_inode(), written); // written once

    harness_key(&t, SDLK_PLUS);
    assert_int_equal(settings_inode(), written);
    harness_close(&t); // the window closes before the change settles
    assert_true(settings_inode() != written);
    assert_int_equal(settings_volume(), 50);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exit_from_a_library),
        cmocka_unit_test(test_q),
        cmocka_unit_test(test_escape_twice),
        cmocka_unit_test(test_close_button),
        cmocka_unit_test(test_sdl_quit),
        cmocka_unit_test(test_another_routine),
        cmocka_unit_test(test_kiosk_operator_exit),
        cmocka_unit_test(test_kiosk_operator_pin),
        cmocka_unit_test(test_kiosk_idle_from_the_player),
        cmocka_unit_test(test_kiosk_idle_from_the_keypad),
        cmocka_unit_test(test_settings_settle),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
