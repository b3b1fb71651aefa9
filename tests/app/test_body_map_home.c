// The body map on the home screen, driven headless (issue 13): a click
// and a touch on every region open the list of its muscle group, every
// region is at least a 9 mm target, a region whose group has no routine
// is dimmed and opens nothing, the keyboard's focus reaches every region,
// and small windows switch between the map and the tiles.

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "body_map_home.h"
#include "harness.h"
#include "msg.h"

static struct harness t;

// The smallest touch target of the app at the dummy driver's 96 dpi.
#define TARGET_PX ((int)ceilf(9.0f / 25.4f * 96.0f))

static const int sizes[][2] = {
    {1280, 800}, {800, 480}, {480, 800}, {1080, 1920}};

static int setup(void **state)
{
    (void)state;
    harness_init(&t, SOURCE_ROUTINES);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    harness_done(&t);
    return 0;
}

static size_t targets(struct body_map_home_target *out)
{
    size_t n = body_map_home_targets(out, 64);
    assert_true(n > 0 && n <= 64);
    return n;
}

// Small windows show the tiles first: the switch brings the map.
static void show_map(const char *lang)
{
    SDL_Point at;
    if (harness_find_text(&t, lang[0] == 'u' ? "Мапа тіла" : "Body map", &at))
        harness_click(&t, at.x, at.y);
}

// The list is open, and its title names the group.
static void assert_list_of(int group, const char *lang, const char *how)
{
    if (app_current_screen(t.app) != APP_SCREEN_LIST)
        fail_msg("%s at %dx%d: %s did not open its list", how, t.w, t.h,
                 msg_muscle(group, lang));
    SDL_Point at;
    if (!harness_find_text(&t, msg_muscle(group, lang), &at) || at.y > t.h / 4)
        fail_msg("%s at %dx%d: the list is not titled %s", how, t.w, t.h,
                 msg_muscle(group, lang));
}

static void regions_open_their_group(void **state)
{
    (void)state;
    const char *langs[] = {"en", "uk"};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        const char *lang = langs[s % 2];
        int w = sizes[s][0], h = sizes[s][1];
        harness_open(&t, w, h, lang, NULL, -1);
        show_map(lang);
        struct body_map_home_target tg[64];
        size_t n = targets(tg);
        int enabled = 0, dimmed = 0;
        for (size_t i = 0; i < n; i++) {
            if (tg[i].size < TARGET_PX)
                fail_msg("%dx%d: a %s region is %d px, under %d px", w, h,
                         msg_muscle(tg[i].group, lang), tg[i].size, TARGET_PX);
            harness_key(&t, SDLK_ESCAPE); // back home from the last list
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
            harness_click(&t, tg[i].centre.x, tg[i].centre.y);
            if (!tg[i].enabled) {
                // The bundled library has nothing for it: home stays.
                assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
                dimmed++;
                continue;
            }
            enabled++;
            assert_list_of(tg[i].group, lang, "a click");
            // A finger near the edge of the region's disc, diagonally.
            harness_key(&t, SDLK_ESCAPE);
            int d = (int)((float)tg[i].size * 0.5f * 0.8f * 0.7071f);
            harness_touch(&t, tg[i].centre.x + d, tg[i].centre.y - d);
            assert_list_of(tg[i].group, lang, "a touch");
        }
        // Every group but the chest has a bundled routine.
        assert_int_equal(dimmed, 1);
        assert_true(enabled >= 20);
    }
}

static bool same_place(SDL_Rect r, SDL_Point c)
{
    return abs(r.x + r.w / 2 - c.x) <= 2 && abs(r.y + r.h / 2 - c.y) <= 2;
}

// Tab visits every region; Enter on one opens its list; the arrows move
// from region to region.
static void keyboard_reaches_every_region(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    struct body_map_home_target tg[64];
    size_t n = targets(tg);
    bool seen[64] = {false};
    size_t buttons = app_button_count(t.app);
    for (size_t k = 0; k <= buttons; k++) {
        SDL_Rect r = app_button_rect(t.app, (size_t)app_focus(t.app));
        for (size_t i = 0; i < n; i++) {
            if (tg[i].enabled && same_place(r, tg[i].centre))
                seen[i] = true;
        }
        harness_key(&t, SDLK_TAB);
    }
    for (size_t i = 0; i < n; i++) {
        if (tg[i].enabled && !seen[i])
            fail_msg("Tab never reached a %s region at %d,%d",
                     msg_muscle(tg[i].group, "en"), tg[i].centre.x,
                     tg[i].centre.y);
    }
    // Left from the tiles reaches the map; Down moves to a region lower
    // down.
    harness_open(&t, 1280, 800, "en", NULL, -1);
    for (int i = 0; i < 4; i++)
        harness_key(&t, SDLK_LEFT);
    SDL_Rect first = app_button_rect(t.app, (size_t)app_focus(t.app));
    bool on_map = false;
    for (size_t i = 0; i < n; i++)
        on_map |= tg[i].enabled && same_place(first, tg[i].centre);
    assert_true(on_map);
    harness_key(&t, SDLK_DOWN);
    SDL_Rect below = app_button_rect(t.app, (size_t)app_focus(t.app));
    assert_true(below.y > first.y);
    int group = -1;
    for (size_t i = 0; i < n; i++) {
        if (tg[i].enabled && same_place(below, tg[i].centre))
            group = tg[i].group;
    }
    assert_true(group >= 0);
    harness_key(&t, SDLK_RETURN);
    assert_list_of(group, "en", "Enter");
}

// Small windows show the map or the tiles, and a button switches; the
// map's own whole-body button opens that list.
static void small_windows_switch(void **state)
{
    (void)state;
    harness_open(&t, 800, 480, "en", NULL, -1);
    struct body_map_home_target tg[64];
    const char *calves = msg_muscle(MUSCLE_CALVES, "en");
    assert_true(harness_find_text(&t, calves, NULL));
    assert_int_equal(body_map_home_targets(tg, 64), 0);
    SDL_Point at;
    assert_true(harness_find_text(&t, "Body map", &at));
    harness_click(&t, at.x, at.y);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_true(targets(tg) > 0);
    assert_false(harness_find_text(&t, calves, NULL));
    // Nothing on the map moves: an idle home never asks to be redrawn.
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
    assert_true(harness_find_text(&t, "List", &at));
    harness_click(&t, at.x, at.y);
    assert_true(harness_find_text(&t, calves, NULL));
    assert_true(harness_find_text(&t, "Body map", &at));
    harness_click(&t, at.x, at.y);
    assert_true(targets(tg) > 0);
    assert_true(
        harness_find_text(&t, msg_muscle(MUSCLE_WHOLE_BODY, "en"), &at));
    harness_click(&t, at.x, at.y);
    assert_list_of(MUSCLE_WHOLE_BODY, "en", "the whole-body button");

    // A window large enough shows both, and no switch.
    harness_open(&t, 3840, 2160, "en", NULL, -1);
    size_t n = targets(tg);
    for (size_t i = 0; i < n; i++)
        assert_true(tg[i].size >= TARGET_PX);
    assert_true(harness_find_text(&t, calves, NULL));
    assert_false(harness_find_text(&t, "Body map", NULL));
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(regions_open_their_group),
        cmocka_unit_test(keyboard_reaches_every_region),
        cmocka_unit_test(small_windows_switch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
