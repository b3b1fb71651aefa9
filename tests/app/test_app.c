// The window driven headless through every screen by keys, mouse and
// touch, checking what each frame draws: text inside the window at
// 800x480 and 3840x2160, the focus moving, the ring moving with the
// (fake) clock and stopping when paused.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "font.h"
#include "harness.h"
#include "history.h"
#include "i18n.h"
#include "info.h"
#include "msg.h"
#include "notice.h"
#include "text.h"

static struct harness t;

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

// Every text block and button of the last frame lies inside the window,
// every block fits its box, and every button is a fair touch target.
static void check_layout(const char *where)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = d[i].rect;
        if (r.x < 0 || r.y < 0 || r.x + r.w > t.w || r.y + r.h > t.h ||
            d[i].clipped) {
            fail_msg("%s at %dx%d: '%s' at %d,%d %dx%d%s", where, t.w, t.h,
                     d[i].str, r.x, r.y, r.w, r.h,
                     d[i].clipped ? " is cut short" : " leaves the window");
        }
    }
    for (size_t i = 0; i < app_button_count(t.app); i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        assert_true(r.x >= 0 && r.y >= 0);
        assert_true(r.x + r.w <= t.w && r.y + r.h <= t.h);
        // 9 mm at the 96 dpi the dummy driver implies is 34 px.
        if (r.h < 34 || r.w < 34)
            fail_msg("%s at %dx%d: button %zu is %dx%d", where, t.w, t.h, i,
                     r.w, r.h);
    }
}

static bool shows(const char *needle)
{
    return harness_find_text(&t, needle, NULL);
}

static void click_text(const char *needle)
{
    SDL_Point p;
    if (!harness_find_text(&t, needle, &p))
        fail_msg("no '%s' on screen", needle);
    harness_click(&t, p.x, p.y);
}

static void touch_text(const char *needle)
{
    SDL_Point p;
    if (!harness_find_text(&t, needle, &p))
        fail_msg("no '%s' on screen", needle);
    harness_touch(&t, p.x, p.y);
}

// Scrolls a health page (or the notice) to its end by the Down key,
// checking the layout at every position.
static void read_page(const char *where)
{
    for (int i = 0; i < 40; i++) {
        check_layout(where);
        if (!shows(msg_get(MSG_MORE_BELOW, app_lang(t.app))))
            return;
        harness_key(&t, SDLK_DOWN);
    }
    fail_msg("%s: still more to read after 40 steps", where);
}

// From the about screen: every topic, each read to its end, one after
// the other by "Next topic".
static void read_health_pages(const char *lang)
{
    click_text(gettext(info_topic_page(0)->title));
    for (int i = 0; i < INFO_TOPIC_COUNT; i++) {
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
        assert_true(shows(gettext(info_topic_page(i)->title)));
        read_page("health page");
        if (i + 1 < INFO_TOPIC_COUNT)
            click_text(msg_get(MSG_NEXT_TOPIC, lang));
    }
    assert_false(shows(msg_get(MSG_NEXT_TOPIC, lang)));
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
}

// Starts the history afresh: a finished session at noon on each of the
// days_back days before today, and today_count today.
static void seed_history(int days_back, int today_count)
{
    char *path = history_default_path();
    assert_non_null(path);
    remove(path);
    time_t now = time(NULL);
    struct history_entry e = {.id = "app-stretch",
                              .lang = "en",
                              .duration_ms = 70000,
                              .completed = true};
    for (int k = days_back; k >= 1; k--) {
        struct tm tm;
        localtime_r(&now, &tm);
        tm.tm_mday -= k;
        tm.tm_hour = 12;
        tm.tm_min = tm.tm_sec = 0;
        tm.tm_isdst = -1;
        e.start = (int64_t)mktime(&tm);
        assert_true(history_append(path, &e));
    }
    for (int i = 0; i < today_count; i++) {
        e.start = (int64_t)now - i;
        assert_true(history_append(path, &e));
    }
    free(path);
}

// What the home screen should say about the history as it is now.
static const char *expected_progress(char *buf, size_t size)
{
    char *path = history_default_path();
    struct history h;
    assert_true(history_read(path, &h));
    time_t now = time(NULL);
    msg_progress(history_this_week(&h, now), history_streak_days(&h, now), buf,
                 size);
    history_clear(&h);
    free(path);
    return buf;
}

// Every screen, both languages, the smallest and the largest window.
static void test_layout_every_screen(void **state)
{
    (void)state;
    // Two-digit counts on home: the widest line it is likely to show.
    seed_history(22, 30);
    static const int sizes[][2] = {
        {800, 480}, {3840, 2160}, {1280, 800}, {600, 900}};
    static const char *const langs[] = {"en", "uk"};
    for (size_t s = 0; s < 4; s++) {
        for (size_t l = 0; l < 2; l++) {
            int w = sizes[s][0], h = sizes[s][1];
            const char *lang = langs[l];
            harness_open(&t, w, h, lang, NULL, -1);
            char line[192];
            assert_true(shows(expected_progress(line, sizeof line)));
            check_layout("home");
            click_text(msg_get(MSG_ABOUT, lang));
            check_layout("about");
            read_health_pages(lang);
            t.notice = true;
            harness_open(&t, w, h, lang, NULL, -1);
            t.notice = false;
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
            read_page("notice");
            harness_open(&t, w, h, lang, NULL, MUSCLE_CALVES);
            check_layout("list");
            harness_key(&t, SDLK_RETURN);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
            check_layout("overview");
            harness_key(&t, SDLK_RETURN);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
            // prepare, left, switch, right, rest: one frame in each
            static const int64_t at[] = {1000, 7000, 10000, 9000, 6000};
            for (size_t i = 0; i < 5; i++) {
                harness_advance(&t, at[i]);
                check_layout("player");
            }
            harness_key(&t, SDLK_SPACE);
            assert_true(shows(msg_get(MSG_PAUSED, lang)));
            check_layout("paused");
            harness_key(&t, SDLK_SPACE);
            harness_advance(&t, 3600 * 1000);
            assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
            check_layout("finish");
        }
    }
    // So narrow that the line goes under the prompt instead of beside it.
    for (size_t l = 0; l < 2; l++) {
        harness_open(&t, 540, 900, l ? "uk" : "en", NULL, -1);
        char line[192];
        SDL_Point prompt, progress;
        assert_true(harness_find_text(&t, expected_progress(line, sizeof line),
                                      &progress));
        assert_true(harness_find_text(
            &t, msg_get(MSG_HOME_PROMPT, app_lang(t.app)), &prompt));
        assert_true(progress.y > prompt.y);
        check_layout("home, narrow");
    }
}

static void test_keyboard_drive(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_true(shows("Calves") && shows("Eyes") && shows("Face"));
    assert_false(shows("Neck")); // no routine for it in the test library
    assert_true(app_deadline_ms(t.app) == INT64_MAX); // idle: no redraws

    // Focus moves by arrows and Tab, and Enter chooses.
    int first = app_focus(t.app);
    harness_key(&t, SDLK_RIGHT);
    assert_int_not_equal(app_focus(t.app), first);
    harness_key(&t, SDLK_LEFT);
    assert_int_equal(app_focus(t.app), first);
    harness_key(&t, SDLK_TAB);
    assert_int_equal(app_focus(t.app), first + 1);
    int calves = -1;
    for (size_t i = 0; i < app_button_count(t.app); i++) {
        SDL_Point p;
        harness_find_text(&t, "Calves", &p);
        SDL_Rect r = app_button_rect(t.app, i);
        if (SDL_PointInRect(&p, &r))
            calves = (int)i;
    }
    assert_true(calves >= 0);
    while (app_focus(t.app) != calves)
        harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    assert_true(shows("Test stretch"));
    assert_false(shows("Test eyes"));

    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_BACKSPACE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);

    harness_open(&t, 1280, 800, "en", NULL, MUSCLE_CALVES);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
    assert_true(shows("Lean on the wall") && shows("Walk"));
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_true(shows("Get ready"));
    assert_true(app_deadline_ms(t.app) - t.now_ms <= 1000);

    // Right skips to the next phase, Left goes back, N and P the same.
    harness_key(&t, SDLK_RIGHT);
    assert_true(shows("Lean on the wall") && shows("Left side"));
    assert_true(shows("Repetition 1 of 2") && shows("Step 1 of 2"));
    harness_key(&t, SDLK_n);
    assert_true(shows("Switch sides") && shows("Right side"));
    harness_key(&t, SDLK_p);
    assert_true(shows("Left side"));
    harness_advance(&t, 10000);
    assert_true(shows("Switch sides"));
    harness_advance(&t, 5000);
    assert_true(shows("Right side"));
    harness_advance(&t, 10000);
    assert_true(shows("Rest"));
    assert_true(shows("Next: Lean on the wall"));

    // Space pauses and resumes; the first Escape pauses, the second stops.
    harness_key(&t, SDLK_SPACE);
    assert_true(shows("Paused"));
    assert_true(app_deadline_ms(t.app) == INT64_MAX);
    harness_key(&t, SDLK_SPACE);
    assert_false(shows("Paused"));
    harness_key(&t, SDLK_ESCAPE);
    assert_true(shows("Paused"));
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_true(shows("Stopped early"));
    assert_true(shows("Steps done: 0 of 2"));
    assert_true(shows("see a doctor"));
    // The stopped session is in the history (XDG_STATE_HOME is the test's).
    char *path = history_default_path();
    struct history h;
    assert_true(history_read(path, &h));
    assert_true(h.count > 0);
    const struct history_entry *last = &h.entries[h.count - 1];
    assert_string_equal(last->id, "app-stretch");
    assert_false(last->completed);
    assert_int_equal(last->stopped_at_step, 1);
    history_clear(&h);
    free(path);
    harness_key(&t, SDLK_RETURN); // Home has the focus
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    harness_key(&t, SDLK_q);
    assert_true(app_quitting(t.app));
}

static void test_mouse_drive(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    click_text("All routines");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    assert_true(shows("Test stretch") && shows("Test eyes"));
    assert_true(shows("1 min 10 s") || shows("min"));
    click_text("Test eyes");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
    click_text("Back");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    click_text("Test eyes");
    click_text("Start");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    click_text("Pause");
    assert_true(shows("Paused"));
    click_text("Resume");
    assert_false(shows("Paused"));
    click_text("Skip");
    assert_true(shows("Look far away"));
    // A press that leaves the button before release chooses nothing.
    SDL_Point p;
    assert_true(harness_find_text(&t, "Skip", &p));
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = p.x;
    ev.button.y = p.y;
    app_handle(t.app, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.x = 5;
    ev.button.y = 5;
    app_handle(t.app, &ev);
    harness_frame(&t);
    assert_true(shows("Look far away"));
    harness_advance(&t, 20000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_true(shows("Well done!") && shows("Steps done: 1 of 1"));
    click_text("Again");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_true(shows("Get ready"));
    harness_advance(&t, 60000);
    click_text("Home");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
}

static void test_touch_drive(void **state)
{
    (void)state;
    harness_open(&t, 800, 480, "en", NULL, -1);
    // One touch switches the language once: SDL's mouse copy of the
    // touch is ignored. The switch goes English, Hebrew, Ukrainian.
    touch_text("עברית");
    assert_string_equal(app_lang(t.app), "he");
    touch_text("Українська");
    assert_string_equal(app_lang(t.app), "uk");
    assert_true(shows("Литки"));
    // Cyrillic renders: the block has pixels unlike the background.
    SDL_Point p;
    assert_true(harness_find_text(&t, "Литки", &p));
    uint32_t *px = harness_pixels(&t, (SDL_Rect){p.x - 20, p.y - 5, 40, 10});
    bool ink = false;
    for (int i = 0; i < 400; i++)
        ink |= px[i] != px[0];
    free(px);
    assert_true(ink);

    touch_text("Литки");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    touch_text("Тестова розтяжка");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
    touch_text("Почати");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_true(shows("Приготуйтеся"));
    touch_text("Пауза");
    assert_true(shows("Продовжити"));
    touch_text("Зупинити");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_true(shows("Зупинено раніше"));
    touch_text("На головну");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    touch_text("Про посмикування");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
    touch_text("Посмикування чи судома?");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
    assert_true(shows("фасцикуляцією"));
    touch_text("Назад");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
    touch_text("Назад");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    touch_text("English");
    assert_string_equal(app_lang(t.app), "en");
}

static bool same_pixels(const uint32_t *a, const uint32_t *b, SDL_Rect r)
{
    return memcmp(a, b, sizeof(*a) * (size_t)r.w * (size_t)r.h) == 0;
}

// The ring follows the clock and stands still while paused; an unchanged
// frame renders no text again.
static void test_ring_follows_clock(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", "app-stretch", -1);
    harness_advance(&t, 6000); // 1 s into the left side
    SDL_Rect ring = app_ring_rect(t.app);
    assert_true(ring.w > 100 && ring.h > 100);
    assert_true(shows("9"));
    uint32_t *before = harness_pixels(&t, ring);

    unsigned long renders = app_text_renders(t.app);
    harness_frame(&t);
    assert_int_equal(app_text_renders(t.app), renders);

    // Less than a visible step: the same ring.
    harness_advance(&t, 20);
    uint32_t *same = harness_pixels(&t, ring);
    assert_true(same_pixels(before, same, ring));

    harness_advance(&t, 2000);
    assert_true(shows("7"));
    uint32_t *later = harness_pixels(&t, ring);
    assert_false(same_pixels(before, later, ring));

    harness_key(&t, SDLK_SPACE);
    harness_key(&t, SDLK_SPACE);
    harness_key(&t, SDLK_SPACE); // paused
    uint32_t *paused = harness_pixels(&t, ring);
    harness_advance(&t, 4000);
    uint32_t *still = harness_pixels(&t, ring);
    assert_true(same_pixels(paused, still, ring));
    assert_true(shows("7"));
    free(before);
    free(same);
    free(later);
    free(paused);
    free(still);
}

// The player asks to be woken when the shown second changes, never
// later, and never in a busy loop.
static void test_player_deadlines(void **state)
{
    (void)state;
    harness_open(&t, 1920, 1080, "en", "app-stretch", -1);
    for (int i = 0; i < 200; i++) {
        int64_t wait = app_deadline_ms(t.app) - t.now_ms;
        assert_true(wait >= 1 && wait <= 1000);
        harness_advance(&t, 137);
    }
}

static void test_no_font_names_language(void **state)
{
    (void)state;
    char err[256] = "";
    // A language fontconfig does not know still gets a sans face: each
    // script its text uses finds its own face, or is said to have none
    // (tests/app/test_text.c).
    struct font *f = font_new("zz", err, sizeof err);
    assert_non_null(f);
    font_free(f);
    f = font_new("uk", err, sizeof err);
    assert_non_null(f);
    font_free(f);
}

// A long list scrolls by dragging a finger, and the drag chooses nothing.
static void test_touch_drag_scrolls(void **state)
{
    (void)state;
    assert_true(library_add_dir(t.lib, SOURCE_ROUTINES, true));
    harness_open(&t, 800, 480, "en", NULL, -1);
    touch_text("All routines");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    SDL_Point first, later;
    assert_true(harness_find_text(&t, "Back tension release", &first));
    assert_false(harness_find_text(&t, "Whole-body relaxation", &later));

    harness_drag(&t, first.x, 420, 60); // finger up: later rows come in
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    assert_false(harness_find_text(&t, "Back tension release", &first));
    for (int i = 0; i < 3; i++) // on to the end of the list
        harness_drag(&t, first.x, 420, 60);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    assert_true(harness_find_text(&t, "Whole-body relaxation", &later));

    for (int i = 0; i < 4; i++) // and back to the top
        harness_drag(&t, later.x, 60, 470);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    assert_true(harness_find_text(&t, "Back tension release", &first));

    // A small wobble is still a tap.
    harness_drag(&t, first.x, first.y, first.y + 5);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
}

// In Ukrainian every screen shows Ukrainian: the catalog's strings, and
// no block of Latin letters other than the app's name and the switch.
static void check_ukrainian(const char *where)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    for (size_t i = 0; i < n; i++) {
        const char *s = d[i].str;
        if (!strcmp(s, "Limber") || !strcmp(s, "English"))
            continue;
        for (const char *p = s; *p; p++) {
            // Latin letters in a word: an English string left over.
            if (((*p | 32) >= 'a' && (*p | 32) <= 'z') &&
                ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z') &&
                strncmp(p, "Limber", 6) != 0) {
                fail_msg("%s: '%s' is not Ukrainian", where, s);
            }
            if (!strncmp(p, "Limber", 6))
                p += 5;
        }
    }
}

static void test_ukrainian_every_screen(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "uk", NULL, -1);
    assert_true(shows("Де зводить або сіпається?") && shows("Литки") &&
                shows("Усі вправи") && shows("Про посмикування і судоми"));
    check_ukrainian("home");
    click_text("Усі вправи");
    assert_true(shows("Тестова розтяжка") && shows("хвилин"));
    check_ukrainian("list");
    click_text("Тестова розтяжка");
    assert_true(shows("Почати") && shows("Разом:") && shows("обидві сторони"));
    check_ukrainian("overview");
    click_text("Почати");
    assert_true(shows("Приготуйтеся"));
    check_ukrainian("player");
    harness_key(&t, SDLK_RIGHT);
    assert_true(shows("Крок 1 з 2") && shows("Ліва сторона") &&
                shows("Повтор 1 з 2"));
    check_ukrainian("player");
    harness_key(&t, SDLK_SPACE);
    assert_true(shows("Пауза") && shows("Продовжити") && shows("Зупинити"));
    check_ukrainian("paused");
    click_text("Зупинити");
    assert_true(shows("Зупинено раніше") && shows("Виконано кроків: 0 з 2") &&
                shows("Докладніше") && shows("зверніться до лікаря"));
    check_ukrainian("finish");
    click_text("Докладніше");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
    assert_true(shows("Оберіть тему") && shows("Застереження"));
    check_ukrainian("about");
    for (int i = 0; i < INFO_TOPIC_COUNT; i++) {
        harness_key(&t, SDLK_ESCAPE);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
        click_text("Про посмикування і судоми");
        click_text(gettext(info_topic_page(i)->title));
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
        for (int k = 0; k < 40; k++) {
            check_ukrainian("health page");
            if (!shows("Далі ▼"))
                break;
            harness_key(&t, SDLK_DOWN);
        }
        harness_key(&t, SDLK_ESCAPE);
    }
    assert_true(shows("Посмикування чи судома?") && shows("Часті причини") &&
                shows("Рідкісніші причини") && shows("Що допомагає") &&
                shows("Коли звернутися до лікаря"));
    click_text("Застереження");
    assert_true(shows("Перш ніж почати") && shows("не медичний виріб") &&
                shows("Зрозуміло"));
    check_ukrainian("notice");
    // The live switch: the same screen, in English at once.
    harness_key(&t, SDLK_ESCAPE);
    harness_key(&t, SDLK_ESCAPE);
    click_text("English");
    assert_true(shows("Where does it cramp or twitch?") && shows("Calves"));
    click_text("עברית");
    click_text("Українська");
    assert_true(shows("Де зводить або сіпається?") && shows("Литки"));
}

// A long health page at 800x480 scrolls by key, wheel, finger and its
// buttons, a paragraph at a time.
static void test_health_page_scrolls(void **state)
{
    (void)state;
    harness_open(&t, 800, 480, "en", NULL, -1);
    click_text("About twitches and cramps");
    click_text("Common causes");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
    assert_true(shows("More ▼") && !shows("▲ Up"));
    assert_true(shows("Twitches"));
    harness_key(&t, SDLK_DOWN);
    assert_false(shows("Twitches"));
    assert_true(shows("▲ Up"));
    SDL_Event wheel = {.type = SDL_MOUSEWHEEL};
    wheel.wheel.y = 1; // up
    app_handle(t.app, &wheel);
    harness_frame(&t);
    assert_true(shows("Twitches"));
    harness_drag(&t, 400, 400, 150); // finger up: further down the page
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
    assert_false(shows("Twitches"));
    harness_drag(&t, 400, 100, 460);
    assert_true(shows("Twitches"));
    while (shows("More ▼"))
        click_text("More ▼");
    assert_true(shows("Too little calcium or magnesium."));
    click_text("▲ Up");
    assert_true(shows("▲ Up") || shows("Twitches"));
    click_text("Next topic");
    assert_true(shows("Rarer causes"));
}

// The first start shows the notice before anything else; the routine
// asked for waits for it, and it is shown only once.
static void test_notice_first_run(void **state)
{
    (void)state;
    char *path = notice_path();
    remove(path);
    assert_false(notice_seen());
    t.notice = !notice_seen();
    harness_open(&t, 800, 480, "en", "app-stretch", -1);
    t.notice = false;
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
    assert_true(shows("Before you start") && shows("not a medical device") &&
                shows("If anything hurts, stop."));
    harness_key(&t, SDLK_ESCAPE); // not a way round it
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
    harness_advance(&t, 60000); // nothing plays meanwhile
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
    harness_key(&t, SDLK_RETURN); // "I understand" has the focus
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_true(shows("Get ready"));
    assert_true(notice_seen());
    free(path);
    // Again from the about screen; Escape leaves it this time.
    harness_open(&t, 800, 480, "en", NULL, -1);
    click_text("About twitches and cramps");
    click_text("Safety notice");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
}

// The practice line's plural forms: Ukrainian has three (1 and 21; 2 to
// 4 and 22; 5 to 20 and 11), English two; a streak shows from 2 days.
static void test_progress_plurals(void **state)
{
    (void)state;
    char buf[192];
    i18n_set_lang("en");
    assert_string_equal(msg_progress(0, 0, buf, sizeof buf), "");
    assert_string_equal(msg_progress(0, 1, buf, sizeof buf), "");
    assert_string_equal(msg_progress(1, 1, buf, sizeof buf),
                        "This week: 1 session");
    assert_string_equal(msg_progress(0, 3, buf, sizeof buf), "3 days in a row");
    assert_string_equal(msg_progress(3, 2, buf, sizeof buf),
                        "This week: 3 sessions · 2 days in a row");
    i18n_set_lang("uk");
    static const struct {
        int n;
        const char *text;
    } uk[] = {
        {1, "Цього тижня: 1 заняття"},
        {2, "Цього тижня: 2 заняття · 2 дні поспіль"},
        {5, "Цього тижня: 5 занять · 5 днів поспіль"},
        {11, "Цього тижня: 11 занять · 11 днів поспіль"},
        {21, "Цього тижня: 21 заняття · 21 день поспіль"},
        {22, "Цього тижня: 22 заняття · 22 дні поспіль"},
    };
    for (size_t i = 0; i < sizeof uk / sizeof uk[0]; i++)
        assert_string_equal(
            msg_progress((size_t)uk[i].n, uk[i].n, buf, sizeof buf),
            uk[i].text);
    i18n_set_lang("en");
}

// Home says nothing about a history it does not have, counts a routine
// finished since, and reads the history on the way in, not every frame.
static void test_home_counts_sessions(void **state)
{
    (void)state;
    seed_history(0, 0);
    harness_open(&t, 1280, 800, "en", NULL, -1);
    assert_false(shows("This week") || shows("in a row"));
    assert_true(app_deadline_ms(t.app) == INT64_MAX);

    harness_open(&t, 1280, 800, "en", "app-stretch", -1);
    harness_advance(&t, 3600 * 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    harness_key(&t, SDLK_RETURN); // Home
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_true(shows("This week: 1 session"));
    assert_false(shows("in a row")); // one day is no streak yet
    assert_true(app_deadline_ms(t.app) == INT64_MAX);

    // A session written meanwhile (yesterday's) is not read while home
    // stays on screen, however many frames it draws.
    char *path = history_default_path();
    struct tm tm;
    time_t now = time(NULL);
    localtime_r(&now, &tm);
    tm.tm_mday -= 1;
    tm.tm_hour = 12;
    tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    struct history_entry e = {.id = "app-eyes",
                              .lang = "en",
                              .start = (int64_t)mktime(&tm),
                              .duration_ms = 20000,
                              .completed = true};
    assert_true(history_append(path, &e));
    free(path);
    harness_advance(&t, 60000);
    harness_frame(&t);
    assert_true(shows("This week: 1 session"));

    // A second routine, from home: the line counts it, and yesterday's
    // and today's make a streak of two days.
    click_text("All routines");
    click_text("Test eyes");
    click_text("Start");
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    harness_advance(&t, 3600 * 1000);
    click_text("Home");
    char line[192];
    expected_progress(line, sizeof line);
    assert_non_null(strstr(line, "2 days in a row"));
    assert_true(shows(line));

    // The same in Ukrainian, at once on the switch (English, Hebrew,
    // Ukrainian).
    click_text("עברית");
    click_text("Українська");
    expected_progress(line, sizeof line);
    assert_non_null(strstr(line, "2 дні поспіль"));
    assert_true(shows(line));
    click_text("English");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keyboard_drive),
        cmocka_unit_test(test_mouse_drive),
        cmocka_unit_test(test_touch_drive),
        cmocka_unit_test(test_ring_follows_clock),
        cmocka_unit_test(test_player_deadlines),
        cmocka_unit_test(test_no_font_names_language),
        cmocka_unit_test(test_ukrainian_every_screen),
        cmocka_unit_test(test_health_page_scrolls),
        cmocka_unit_test(test_notice_first_run),
        cmocka_unit_test(test_progress_plurals),
        cmocka_unit_test(test_home_counts_sessions),
        cmocka_unit_test(test_layout_every_screen),
        cmocka_unit_test(test_touch_drag_scrolls), // last: adds routines
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
