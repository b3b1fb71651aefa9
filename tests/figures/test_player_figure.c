// The figure in the player, driven headless: where it goes at every size,
// that it moves only while a work phase plays, holds still when paused,
// in the pauses between phases and with reduced motion, and that the
// main loop is woken for its frames only then.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "player_figure.h"
#include "routine.h"
#include "text.h"

static struct harness t;

static int setup(void **state)
{
    (void)state;
    harness_init(&t, FIGURE_TEST_DATA);
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

// Pixels of the figure's box that are not the background.
static size_t drawn_pixels(SDL_Rect box)
{
    uint32_t *px = harness_pixels(&t, box);
    size_t n = 0;
    for (int i = 0; i < box.w * box.h; i++)
        n += (px[i] & 0xffffff) != (px[0] & 0xffffff);
    free(px);
    return n;
}

static size_t differing(SDL_Rect box, const uint32_t *a, const uint32_t *b)
{
    size_t n = 0;
    for (int i = 0; i < box.w * box.h; i++)
        n += a[i] != b[i];
    return n;
}

// At every size down to 800x480, and in portrait: the figure has room of
// its own, clear of the ring, the text and the buttons, inside the window.
static void test_layout(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1280, 800}, {800, 480}, {1920, 1080},
                                   {600, 900},  {480, 800}, {1024, 600}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        harness_open(&t, w, h, "en", "fig-player", -1);
        harness_advance(&t, 9000); // step 1, left, moving
        SDL_Rect fig = player_figure_rect(t.app);
        char where[64];
        snprintf(where, sizeof where, "%dx%d", w, h);
        if (fig.w < w / 5 || fig.h < h / 5)
            fail_msg("%s: the figure has only %dx%d", where, fig.w, fig.h);
        assert_true(fig.x >= 0 && fig.y >= 0 && fig.x + fig.w <= w &&
                    fig.y + fig.h <= h);
        if (overlaps(fig, app_ring_rect(t.app)))
            fail_msg("%s: the figure overlaps the ring", where);
        size_t n;
        const struct text_drawn *d = app_drawn_texts(t.app, &n);
        for (size_t k = 0; k < n; k++) {
            if (overlaps(fig, d[k].rect))
                fail_msg("%s: the figure overlaps '%s'", where, d[k].str);
        }
        for (size_t k = 0; k < app_button_count(t.app); k++) {
            if (overlaps(fig, app_button_rect(t.app, k)))
                fail_msg("%s: the figure overlaps a button", where);
        }
        // And something is drawn there.
        if (drawn_pixels(fig) < (size_t)(fig.w * fig.h / 50))
            fail_msg("%s: the figure's box is empty", where);
    }
}

// Follows the main loop's deadlines for ms of clock time; returns how many
// times it was woken.
static int wakes_during(int64_t ms)
{
    int64_t end = t.now_ms + ms;
    int wakes = 0;
    while (t.now_ms < end) {
        int64_t next = app_deadline_ms(t.app);
        if (next == INT64_MAX || next > end)
            next = end;
        harness_advance(&t, next - t.now_ms > 0 ? next - t.now_ms : 1);
        wakes++;
    }
    return wakes;
}

static void test_moves_only_in_work(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", "fig-player", -1);
    // Prepare: still, and woken no more often than the ring needs (five
    // times a second at most).
    SDL_Rect fig = player_figure_rect(t.app);
    assert_true(fig.w > 0);
    uint32_t *a = harness_pixels(&t, fig);
    harness_advance(&t, 1500);
    uint32_t *b = harness_pixels(&t, fig);
    assert_int_equal(differing(fig, a, b), 0);
    free(a);
    free(b);
    assert_true(wakes_during(2000) <= 2000 / 200 + 1);

    // Work: woken at 25 frames a second, and the figure moves.
    harness_advance(&t, 5100 - 3500); // 100 ms into the work phase
    for (int i = 0; i < 40; i++) {
        int64_t wait = app_deadline_ms(t.app) - t.now_ms;
        assert_true(wait >= 1 && wait <= 40);
        harness_advance(&t, wait);
    }
    a = harness_pixels(&t, fig);
    harness_advance(&t, 400);
    b = harness_pixels(&t, fig);
    assert_true(differing(fig, a, b) > 100);
    free(a);
    free(b);

    // Paused: nothing to wake for, and the figure holds its moment.
    harness_key(&t, SDLK_SPACE);
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
    // The overlay dims the screen: compare two paused frames.
    a = harness_pixels(&t, fig);
    harness_advance(&t, 3000);
    b = harness_pixels(&t, fig);
    assert_int_equal(differing(fig, a, b), 0);
    free(a);
    free(b);
    harness_key(&t, SDLK_SPACE);
    assert_true(app_deadline_ms(t.app) - t.now_ms <= 40);

    // Step 3 has no figure: the usual layout, only the ring's wake-ups.
    harness_advance(&t, 60000);
    assert_int_equal(player_figure_rect(t.app).w, 0);
    assert_true(wakes_during(4000) <= 4000 / 200 + 1);
}

static void test_reduce_motion(void **state)
{
    (void)state;
    char *dir = SDL_strdup("/tmp/limber-figure-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[512];
    snprintf(path, sizeof path, "%s/limber", dir);
    SDL_setenv("XDG_CONFIG_HOME", dir, 1);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/limber/settings.yaml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("reduce-motion: true\n", f);
    fclose(f);

    harness_open(&t, 1280, 800, "en", "fig-player", -1);
    harness_advance(&t, 5100); // 100 ms into the work phase
    SDL_Rect fig = player_figure_rect(t.app);
    assert_true(fig.w > 0);
    assert_true(app_deadline_ms(t.app) - t.now_ms > 40);
    uint32_t *a = harness_pixels(&t, fig);
    harness_advance(&t, 1000);
    uint32_t *b = harness_pixels(&t, fig);
    assert_int_equal(differing(fig, a, b), 0);
    free(a);
    free(b);
    harness_close(&t);
    remove(path);
    snprintf(path, sizeof path, "%s/limber", dir);
    rmdir(path);
    rmdir(dir);
    SDL_free(dir);
    SDL_setenv("XDG_CONFIG_HOME", "/nonexistent-limber-test", 1);
}

// The overview shows each illustrated step's key pose beside its title,
// at every size, without covering text; it never animates.
static void test_overview_thumbnails(void **state)
{
    (void)state;
    static const int sizes[][2] = {{1280, 800}, {800, 480}, {600, 900}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        harness_open(&t, sizes[i][0], sizes[i][1], "en", NULL, MUSCLE_EYES);
        harness_key(&t, SDLK_RETURN);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
        assert_true(app_deadline_ms(t.app) == INT64_MAX);
        SDL_Point title;
        assert_true(harness_find_text(&t, "Calf stretch at the wall", &title));
        size_t n;
        const struct text_drawn *d = app_drawn_texts(t.app, &n);
        int left = t.w;
        for (size_t k = 0; k < n; k++) {
            if (strstr(d[k].str, "Calf stretch at the wall") ||
                strstr(d[k].str, "No figure here"))
                left = d[k].rect.x < left ? d[k].rect.x : left;
        }
        // The thumbnail: the row's start, left of the titles, drawn.
        SDL_Rect thumb = {24, title.y - 8, left - 30, 16};
        assert_true(thumb.w > 16);
        if (drawn_pixels(thumb) < (size_t)(thumb.w * thumb.h / 10))
            fail_msg("%dx%d: no thumbnail before the first step", t.w, t.h);
        if (getenv("FIGURE_SHOTS")) {
            char path[256];
            snprintf(path, sizeof path, "%s/overview-%dx%d.bmp",
                     getenv("FIGURE_SHOTS"), t.w, t.h);
            harness_save(&t, path);
        }
    }
}

// The switch under the figure stops it and starts it again, and the
// window remembers the last choice in its settings.
static void test_motion_switch(void **state)
{
    (void)state;
    char *dir = SDL_strdup("/tmp/limber-motion-XXXXXX");
    assert_non_null(mkdtemp(dir));
    SDL_setenv("XDG_CONFIG_HOME", dir, 1);
    harness_open(&t, 1280, 800, "en", "fig-player", -1);
    harness_advance(&t, 5100);
    assert_true(app_deadline_ms(t.app) - t.now_ms <= 40);
    SDL_Point at;
    assert_true(harness_find_text(&t, "Motion on", &at));
    harness_click(&t, at.x, at.y);
    assert_true(harness_find_text(&t, "Motion off", &at));
    assert_true(app_deadline_ms(t.app) - t.now_ms > 40);
    harness_click(&t, at.x, at.y);
    assert_true(harness_find_text(&t, "Motion on", &at));
    assert_true(app_deadline_ms(t.app) - t.now_ms <= 40);
    harness_click(&t, at.x, at.y); // off again, and remembered
    // A step without a moving figure has no switch.
    harness_advance(&t, 65000);
    assert_false(harness_find_text(&t, "Motion off", &at));
    harness_close(&t); // writes what is pending
    char path[512];
    snprintf(path, sizeof path, "%s/limber/settings.yaml", dir);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char text[512] = "";
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    assert_non_null(strstr(text, "reduce-motion: true"));
    remove(path);
    snprintf(path, sizeof path, "%s/limber", dir);
    rmdir(path);
    rmdir(dir);
    SDL_free(dir);
    SDL_setenv("XDG_CONFIG_HOME", "/nonexistent-limber-test", 1);
}

// The home screen never animates: nothing to wake for while idle.
static void test_home_idle(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
}

int main(void)
{
    SDL_setenv("XDG_CONFIG_HOME", "/nonexistent-limber-test", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_moves_only_in_work),
        cmocka_unit_test(test_reduce_motion),
        cmocka_unit_test(test_motion_switch),
        cmocka_unit_test(test_overview_thumbnails),
        cmocka_unit_test(test_home_idle),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
