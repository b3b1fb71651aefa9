// The window on every screen (issue 11), headless: which renderer for
// which video driver and what happens when one fails; the first size on
// small displays; touch and mouse mapped through HiDPI scales and the
// kiosk's rotation (finger events pushed at the SDL level, as a touch
// screen sends them); every screen whole from 800x480 to 3840x2160,
// landscape and portrait; and the wait that does not poll every
// millisecond on drivers without an event wait.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <cmocka.h>

#include "harness.h"
#include "input.h"
#include "kiosk.h"
#include "kiosk_config.h"
#include "routine.h"
#include "text.h"
#include "window.h"

static struct harness t;

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

static void test_renderer_order(void **state)
{
    (void)state;
    const char *o[WINDOW_RENDERERS_MAX];
    assert_int_equal(window_renderer_order("x11", NULL, o), 3);
    assert_string_equal(o[0], "software");
    assert_string_equal(o[1], "opengles2");
    assert_string_equal(o[2], "opengl");
    assert_int_equal(window_renderer_order("offscreen", "", o), 3);
    assert_string_equal(o[0], "software");
    // No framebuffer: straight to GL. (SDL 2.26 calls it "KMSDRM".)
    static const char *const no_fb[] = {"wayland", "kmsdrm", "KMSDRM"};
    for (int i = 0; i < 3; i++) {
        assert_int_equal(window_renderer_order(no_fb[i], NULL, o), 2);
        assert_string_equal(o[0], "opengles2");
        assert_string_equal(o[1], "opengl");
    }
    // SDL_RENDER_DRIVER forces one, alone.
    assert_int_equal(window_renderer_order("x11", "opengl", o), 1);
    assert_string_equal(o[0], "opengl");
}

// A driver where the renderers named in ctx (",a,b,") fail.
static bool fake_try(void *ctx, const char *name, char *err, size_t size)
{
    char word[32];
    snprintf(word, sizeof word, ",%s,", name);
    if (strstr((const char *)ctx, word)) {
        snprintf(err, size, "%s broke", name);
        return false;
    }
    return true;
}

static void test_renderer_fallback(void **state)
{
    (void)state;
    char why[256];
    const char *got =
        window_choose_renderer("x11", NULL, fake_try, "", why, sizeof why);
    assert_string_equal(got, "software");
    assert_string_equal(why, "");
    got = window_choose_renderer("x11", NULL, fake_try, ",software,", why,
                                 sizeof why);
    assert_string_equal(got, "opengles2");
    assert_string_equal(why, "software: software broke");
    got = window_choose_renderer("wayland", NULL, fake_try, ",opengles2,", why,
                                 sizeof why);
    assert_string_equal(got, "opengl");
    // Nothing works: each one tried is named with its reason.
    got = window_choose_renderer(
        "x11", NULL, fake_try, ",software,opengles2,opengl,", why, sizeof why);
    assert_null(got);
    assert_string_equal(why, "software: software broke; opengles2: "
                             "opengles2 broke; opengl: opengl broke");
    got = window_choose_renderer("kmsdrm", "opengl", fake_try, ",opengl,", why,
                                 sizeof why);
    assert_null(got);
    assert_string_equal(why, "opengl: opengl broke");
}

// The real thing on the dummy driver: the software renderer, and a
// renderer SDL does not have is named as missing.
static void test_window_open(void **state)
{
    (void)state;
    SDL_Window *w = NULL;
    SDL_Renderer *r = NULL;
    char err[512];
    if (!window_open("Limber", 0, 0, 320, 240, SDL_WINDOW_HIDDEN, &w, &r, err,
                     sizeof err))
        fail_msg("window_open: %s", err);
    SDL_RendererInfo info;
    assert_int_equal(SDL_GetRendererInfo(r, &info), 0);
    assert_string_equal(info.name, "software");
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "no-such-renderer",
                            SDL_HINT_OVERRIDE);
    assert_false(window_open("Limber", 0, 0, 320, 240, SDL_WINDOW_HIDDEN, &w,
                             &r, err, sizeof err));
    SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software",
                            SDL_HINT_OVERRIDE);
    if (!strstr(err, "no-such-renderer: not in this SDL"))
        fail_msg("window_open said: %s", err);
}

static void test_fit(void **state)
{
    (void)state;
    int x, y, w = 1280, h = 800;
    window_fit((SDL_Rect){0, 0, 800, 480}, &x, &y, &w, &h);
    assert_true(x == 0 && y == 0 && w == 800 && h == 480);
    w = 1280, h = 800;
    window_fit((SDL_Rect){0, 0, 1024, 600}, &x, &y, &w, &h);
    assert_true(x == 0 && y == 0 && w == 1024 && h == 600);
    w = 1280, h = 800; // a panel below a 24 px bar
    window_fit((SDL_Rect){0, 24, 1920, 1056}, &x, &y, &w, &h);
    assert_true(w == 1280 && h == 800 && x == 320 && y == 24 + 128);
    w = 1280, h = 800; // portrait
    window_fit((SDL_Rect){0, 0, 720, 1280}, &x, &y, &w, &h);
    assert_true(x == 0 && w == 720 && h == 800 && y == 240);
}

static void test_unrotate(void **state)
{
    (void)state;
    // An output of 1280x720; the canvas is 720x1280 turned by 90 or 270.
    int x = 1279, y = 0; // the output's top-right corner
    input_unrotate(90, 1280, 720, &x, &y);
    assert_true(x == 0 && y == 0); // turned 90: the canvas's top-left
    x = 0, y = 719;
    input_unrotate(270, 1280, 720, &x, &y);
    assert_true(x == 0 && y == 0);
    x = 0, y = 0;
    input_unrotate(180, 1280, 720, &x, &y);
    assert_true(x == 1279 && y == 719);
    x = 100, y = 200;
    input_unrotate(0, 1280, 720, &x, &y);
    assert_true(x == 100 && y == 200);
}

// HiDPI: a 640x360 window on a 1280x720 drawable (Wayland scale 2).
static void test_hidpi_mapping(void **state)
{
    (void)state;
    struct input_view v = {2.0f, 2.0f, 1280, 720, 0};
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = 320;
    ev.button.y = 100;
    struct input in;
    assert_true(input_from_event(&ev, &v, &in));
    assert_true(in.kind == INPUT_PRESS && in.x == 640 && in.y == 200);
    SDL_Event f = {.type = SDL_FINGERDOWN};
    f.tfinger.x = 0.5f;
    f.tfinger.y = 0.25f;
    assert_true(input_from_event(&f, &v, &in));
    assert_true(in.x == 640 && in.y == 180);
    // Scale 2 and turned 90: the output's right half-way down is the
    // canvas's top, half-way across.
    v.rotation = 90;
    f.tfinger.x = 1.0f - 1.0f / 1280.0f;
    f.tfinger.y = 0.5f;
    assert_true(input_from_event(&f, &v, &in));
    assert_int_equal(in.x, 360);
    assert_int_equal(in.y, 0);
    ev.button.x = 0; // mouse at the output's top-left: canvas bottom-left
    ev.button.y = 0;
    assert_true(input_from_event(&ev, &v, &in));
    assert_true(in.x == 0 && in.y == 1279);
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

// Opens the app as a kiosk with cfg, fullscreen on the dummy display.
static void open_kiosk(const struct kiosk_config *cfg, const char *lang)
{
    harness_close(&t);
    struct app_config ac = {
        .lib = t.lib, .lang = lang, .muscle = -1, .hidden = true, .kiosk = cfg};
    char err[256];
    t.app = app_new(&ac, (struct clock){fake_now, &t}, err, sizeof err);
    if (!t.app)
        fail_msg("app_new: %s", err);
}

// Where canvas point (x, y) shows on a turned output (the inverse of
// input_unrotate).
static SDL_Point on_output(int rotation, int ow, int oh, int x, int y)
{
    switch (rotation) {
    case 90:
        return (SDL_Point){ow - 1 - y, x};
    case 180:
        return (SDL_Point){ow - 1 - x, oh - 1 - y};
    case 270:
        return (SDL_Point){y, oh - 1 - x};
    default:
        return (SDL_Point){x, y};
    }
}

static uint32_t output_pixel(SDL_Point p)
{
    uint32_t px = 0;
    SDL_Rect r = {p.x, p.y, 1, 1};
    assert_int_equal(SDL_RenderReadPixels(app_renderer(t.app), &r,
                                          SDL_PIXELFORMAT_ARGB8888, &px, 4),
                     0);
    return px;
}

// The kiosk turned by each quarter: the picture is turned on the output
// (a button's colour is where the turn puts it) and a finger on the
// output, as the touch screen reports it, presses the button under it.
static void test_rotated_kiosk_touch(void **state)
{
    (void)state;
    static const int turns[] = {0, 90, 180, 270};
    for (size_t i = 0; i < 4; i++) {
        struct kiosk_config *cfg = kiosk_config_new();
        cfg->kiosk = true;
        cfg->rotation = turns[i];
        open_kiosk(cfg, "en");
        harness_frame(&t);
        int ow, oh;
        SDL_GetRendererOutputSize(app_renderer(t.app), &ow, &oh);
        int cw = turns[i] % 180 ? oh : ow, ch = turns[i] % 180 ? ow : oh;
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
        // The "Calves" button: its centre, on the canvas and the output.
        SDL_Point c;
        assert_true(harness_find_text(&t, "Calves", &c));
        assert_true(c.x < cw && c.y < ch);
        size_t b = 0;
        for (; b < app_button_count(t.app); b++) {
            SDL_Rect r = app_button_rect(t.app, b);
            if (SDL_PointInRect(&c, &r))
                break;
        }
        assert_true(b < app_button_count(t.app));
        SDL_Rect r = app_button_rect(t.app, b);
        SDL_Point corner = on_output(turns[i], ow, oh, r.x + 3, r.y + r.h / 2);
        SDL_Point outside =
            on_output(turns[i], ow, oh, r.x - 3 > 0 ? r.x - 3 : 0, r.y);
        // Inside the button is not the background; beside it, it is.
        assert_int_not_equal(output_pixel(corner), output_pixel(outside));
        SDL_Point o = on_output(turns[i], ow, oh, c.x, c.y);
        SDL_Event ev = {.type = SDL_FINGERDOWN};
        ev.tfinger.x = ((float)o.x + 0.5f) / (float)ow;
        ev.tfinger.y = ((float)o.y + 0.5f) / (float)oh;
        ev.tfinger.fingerId = 1;
        app_handle(t.app, &ev);
        harness_frame(&t);
        ev.type = SDL_FINGERUP;
        app_handle(t.app, &ev);
        harness_frame(&t);
        if (app_current_screen(t.app) != APP_SCREEN_LIST)
            fail_msg("turned %d: a finger at %d,%d on the %dx%d output did "
                     "not press Calves",
                     turns[i], o.x, o.y, ow, oh);
        harness_close(&t);
        kiosk_config_free(cfg);
    }
}

// Every text block and button inside the w x h window.
static void check_inside(const char *where, int w, int h)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = d[i].rect;
        if (r.x < 0 || r.y < 0 || r.x + r.w > w || r.y + r.h > h ||
            d[i].clipped)
            fail_msg("%s at %dx%d: '%s' at %d,%d %dx%d%s", where, w, h,
                     d[i].str, r.x, r.y, r.w, r.h,
                     d[i].clipped ? " is cut short" : " leaves the window");
    }
    for (size_t i = 0; i < app_button_count(t.app); i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        if (r.x < 0 || r.y < 0 || r.x + r.w > w || r.y + r.h > h || r.w < 34 ||
            r.h < 34)
            fail_msg("%s at %dx%d: button %zu at %d,%d %dx%d", where, w, h, i,
                     r.x, r.y, r.w, r.h);
    }
}

// Every screen at the sizes of real panels and monitors, both ways up.
static void test_every_screen_every_size(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 480},   {480, 800},   {1024, 600},
                                   {600, 1024},  {1280, 720},  {720, 1280},
                                   {1280, 800},  {1920, 1080}, {1080, 1920},
                                   {3840, 2160}, {2160, 3840}};
    for (size_t s = 0; s < SDL_arraysize(sizes); s++) {
        for (int l = 0; l < 2; l++) {
            const char *lang = l ? "uk" : "en";
            int w = sizes[s][0], h = sizes[s][1];
            t.notice = true;
            harness_open(&t, w, h, lang, NULL, -1);
            t.notice = false;
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
            check_inside("notice", w, h);
            harness_key(&t, SDLK_RETURN);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
            check_inside("home", w, h);
            harness_open(&t, w, h, lang, NULL, MUSCLE_CALVES);
            check_inside("list", w, h);
            harness_key(&t, SDLK_RETURN);
            check_inside("overview", w, h);
            harness_key(&t, SDLK_RETURN);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
            static const int64_t at[] = {1000, 7000, 10000, 9000, 6000};
            for (size_t i = 0; i < 5; i++) {
                harness_advance(&t, at[i]);
                check_inside("player", w, h);
            }
            harness_key(&t, SDLK_SPACE);
            check_inside("paused", w, h);
            harness_key(&t, SDLK_SPACE);
            harness_advance(&t, 3600 * 1000);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
            check_inside("finish", w, h);
        }
    }
}

// The kiosk's own screens (home, the attract screen, the PIN keypad) at
// the same sizes: the window is put to each size after it opened
// fullscreen on the dummy display, as a compositor would.
static void test_kiosk_screens_every_size(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 480},   {480, 800},  {1024, 600},
                                   {600, 1024},  {1280, 720}, {720, 1280},
                                   {3840, 2160}, {2160, 3840}};
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    cfg->pin_hash = strdup("$y$j9T$not-a-real-hash");
    for (size_t s = 0; s < SDL_arraysize(sizes); s++) {
        int w = sizes[s][0], h = sizes[s][1];
        open_kiosk(cfg, "uk");
        SDL_SetWindowFullscreen(app_window(t.app), 0);
        SDL_SetWindowSize(app_window(t.app), w, h);
        harness_frame(&t);
        int ow, oh;
        SDL_GetRendererOutputSize(app_renderer(t.app), &ow, &oh);
        assert_true(ow == w && oh == h);
        t.w = w;
        t.h = h;
        check_inside("kiosk home", w, h);
        // The operator's corner, held: the keypad.
        SDL_Event ev = {.type = SDL_FINGERDOWN};
        ev.tfinger.x = 4.0f / (float)w;
        ev.tfinger.y = 4.0f / (float)h;
        app_handle(t.app, &ev);
        harness_advance(&t, KIOSK_CORNER_MS + 10);
        ev.type = SDL_FINGERUP;
        app_handle(t.app, &ev);
        harness_frame(&t);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
        check_inside("kiosk PIN keypad", w, h);
        harness_key(&t, SDLK_ESCAPE); // back, then idle: home, attract
        harness_advance(&t, cfg->idle_timeout_ms + 10);
        harness_advance(&t, cfg->idle_timeout_ms + 10);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
        check_inside("kiosk attract", w, h);
    }
    harness_close(&t);
    kiosk_config_free(cfg);
}

// A size imposed from outside (a compositor's configure, a rotated
// screen, fullscreen toggled) is laid out by the very next frame, with no
// other event in between.
static void test_resize_relayout(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    static const int sizes[][2] = {{480, 800}, {800, 480}, {1920, 1080}};
    for (size_t i = 0; i < SDL_arraysize(sizes); i++) {
        t.w = sizes[i][0];
        t.h = sizes[i][1];
        SDL_SetWindowSize(app_window(t.app), t.w, t.h);
        harness_frame(&t);
        check_inside("home after a resize", t.w, t.h);
    }
    harness_close(&t);
}

static Uint32 push_key(Uint32 interval, void *param)
{
    (void)interval;
    (void)param;
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = SDLK_TAB;
    SDL_PushEvent(&ev);
    return 0;
}

static long switches(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_nvcsw;
}

// The dummy driver has no event wait: SDL's own would wake 1,000 times
// a second. window_wait_event sleeps in 42 ms slices, and an event that
// arrives meanwhile is returned.
static void test_wait_in_slices(void **state)
{
    (void)state;
    assert_false(window_driver_waits("dummy"));
    assert_false(window_driver_waits("KMSDRM"));
    assert_true(window_driver_waits("x11") && window_driver_waits("wayland"));
    harness_open(&t, 320, 240, "en", NULL, -1);
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
    }
    long before = switches();
    assert_int_equal(window_wait_event(&ev, 400), 0);
    long woke = switches() - before;
    // 400 ms in 42 ms slices: about 10 (SDL_WaitEventTimeout: about 400).
    if (woke > 20)
        fail_msg("a 400 ms wait woke %ld times", woke);
    assert_true(SDL_InitSubSystem(SDL_INIT_TIMER) == 0);
    SDL_TimerID id = SDL_AddTimer(100, push_key, NULL);
    assert_int_equal(window_wait_event(&ev, -1), 1);
    assert_int_equal(ev.type, SDL_KEYDOWN);
    SDL_RemoveTimer(id);
    harness_close(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_renderer_order),
        cmocka_unit_test(test_renderer_fallback),
        cmocka_unit_test(test_fit),
        cmocka_unit_test(test_unrotate),
        cmocka_unit_test(test_hidpi_mapping),
        cmocka_unit_test(test_window_open),
        cmocka_unit_test(test_rotated_kiosk_touch),
        cmocka_unit_test(test_wait_in_slices),
        cmocka_unit_test(test_every_screen_every_size),
        cmocka_unit_test(test_kiosk_screens_every_size),
        cmocka_unit_test(test_resize_relayout),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
