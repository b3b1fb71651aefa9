// The body map on the home screen, driven headless: every region of a
// group with routines is a whole touch target clear of the rest, a click
// on it or Enter on it opens that group's routines, and a window too
// small for it shows the tiles alone.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "msg.h"
#include "routine.h"
#include "text.h"

static struct harness t;

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

static bool overlaps(SDL_Rect a, SDL_Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
           b.y < a.y + a.h;
}

// The map's regions: buttons with a muscle group's id and no label.
static size_t regions(SDL_Rect *out, int *ids, size_t room)
{
    size_t n = 0, texts;
    const struct text_drawn *d = app_drawn_texts(t.app, &texts);
    for (size_t i = 0; i < app_button_count(t.app) && n < room; i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        bool labelled = false;
        for (size_t k = 0; k < texts; k++) {
            SDL_Point c = {d[k].rect.x + d[k].rect.w / 2,
                           d[k].rect.y + d[k].rect.h / 2};
            labelled |= SDL_PointInRect(&c, &r);
        }
        if (!labelled) {
            out[n] = r;
            ids[n++] = (int)i;
        }
    }
    return n;
}

// No text of the home screen is cut short beside the map.
static void assert_texts_fit(void)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    for (size_t i = 0; i < n; i++) {
        if (d[i].clipped)
            fail_msg("%dx%d: '%s' is cut short", t.w, t.h, d[i].str);
    }
}

static void test_regions_are_targets(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1280, 800}, {1920, 1080}, {3840, 2160}};
    for (size_t s = 0; s < 3; s++) {
        harness_open(&t, sizes[s][0], sizes[s][1], "uk", NULL, -1);
        assert_texts_fit();
        harness_open(&t, sizes[s][0], sizes[s][1], "en", NULL, -1);
        assert_texts_fit();
        // The map is a still picture: home asks for no redraws.
        assert_true(app_deadline_ms(t.app) == INT64_MAX);
        SDL_Rect r[64];
        int idx[64];
        size_t n = regions(r, idx, 64);
        if (getenv("FIGURE_SHOTS")) {
            char path[256];
            snprintf(path, sizeof path, "%s/home-%dx%d.bmp",
                     getenv("FIGURE_SHOTS"), t.w, t.h);
            harness_save(&t, path);
        }
        // Both sides of the body: at least the front's and the back's
        // calves, feet, neck and shoulders.
        assert_true(n >= 8);
        int target = 35; // 9 mm at the 96 dpi the dummy driver assumes
        for (size_t i = 0; i < n; i++) {
            if (r[i].w < target || r[i].h < target)
                fail_msg("%dx%d: a region is %dx%d", t.w, t.h, r[i].w, r[i].h);
            for (size_t j = 0; j < app_button_count(t.app); j++) {
                if ((int)j != idx[i] &&
                    overlaps(r[i], app_button_rect(t.app, j)))
                    fail_msg("%dx%d: region %d (%d,%d %dx%d) overlaps button "
                             "%zu",
                             t.w, t.h, idx[i], r[i].x, r[i].y, r[i].w, r[i].h,
                             j);
            }
        }
    }
}

// A click in each region opens the list of its group.
static void test_click_opens_group(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    SDL_Rect r[64];
    int idx[64];
    size_t n = regions(r, idx, 64);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        harness_open(&t, 1280, 800, "en", NULL, -1);
        int group = app_button_id(t.app, (size_t)idx[i]);
        assert_true(group >= 0 && group < MUSCLE_COUNT);
        harness_click(&t, r[i].x + r[i].w / 2, r[i].y + r[i].h / 2);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
        // The list's title is its group's name.
        size_t k;
        const struct text_drawn *d = app_drawn_texts(t.app, &k);
        bool named = false;
        for (size_t j = 0; j < k; j++)
            named |= strcmp(d[j].str, msg_muscle(group, "en")) == 0 &&
                     d[j].rect.y < 150;
        if (!named)
            fail_msg("region %zu opened another group than %s", i,
                     msg_muscle(group, "en"));
    }
}

// The focus moves over the regions with Tab, and Enter opens the group.
static void test_keyboard_reaches_regions(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    SDL_Rect r[64];
    int idx[64];
    size_t n = regions(r, idx, 64);
    assert_true(n > 0);
    for (int i = 0; i < idx[0]; i++)
        harness_key(&t, SDLK_TAB);
    assert_int_equal(app_focus(t.app), idx[0]);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
}

// Too small for whole targets: no map, and the tiles as before.
static void test_small_window_tiles_only(void **state)
{
    (void)state;
    harness_open(&t, 800, 480, "en", NULL, -1);
    SDL_Rect r[64];
    int idx[64];
    assert_int_equal(regions(r, idx, 64), 0);
    SDL_Point at;
    assert_true(harness_find_text(&t, msg_muscle(MUSCLE_CALVES, "en"), &at));
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
}

int main(void)
{
    SDL_setenv("XDG_CONFIG_HOME", "/nonexistent-limber-test", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regions_are_targets),
        cmocka_unit_test(test_click_opens_group),
        cmocka_unit_test(test_keyboard_reaches_regions),
        cmocka_unit_test(test_small_window_tiles_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
