// The home screen's language switch: it names the language it switches
// to in that language, and cycles through the user's own language (from
// --lang or the locale, even without a catalog), English and the
// catalogs. Regional tags choose the routines' texts on screen too.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "harness.h"
#include "i18n.h"

static struct harness t;

static bool shows(const char *needle)
{
    return harness_find_text(&t, needle, NULL);
}

static void press(const char *label)
{
    SDL_Point p;
    if (!harness_find_text(&t, label, &p))
        fail_msg("no '%s' on the screen", label);
    harness_click(&t, p.x, p.y);
}

// With LANG_SWITCH_SHOTS=DIR, keeps the screen as DIR/name.bmp to look at.
static void shot(const char *name)
{
    const char *dir = getenv("LANG_SWITCH_SHOTS");
    char path[1024];
    if (!dir)
        return;
    snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
    harness_save(&t, path);
}

static void switch_cycles_with_names(void **state)
{
    (void)state;
    // As limber does for LANG=pt_BR.UTF-8: Brazilian Portuguese has no
    // catalog, so the interface is English, but it stays in the cycle.
    i18n_init(BUILD_DIR, "pt-BR");
    harness_open(&t, 1280, 800, "pt_BR", NULL, -1);
    assert_string_equal(app_lang(t.app), "pt-BR"); // kept normalised
    assert_true(shows("English"));
    assert_false(shows("Українська"));
    shot("home-pt-BR");
    press("English");
    assert_string_equal(app_lang(t.app), "en");
    // The catalogs in their folders' order: he, then uk.
    assert_true(shows("עברית"));
    press("עברית");
    assert_string_equal(app_lang(t.app), "he");
    assert_true(shows("איפה יש התכווצות או פרפור?")); // the catalog's
    assert_true(shows("Українська"));
    shot("home-he");
    press("Українська");
    assert_string_equal(app_lang(t.app), "uk");
    assert_true(shows("Де зводить або сіпається?")); // the catalog's
    assert_true(shows("Português do Brasil"));
    shot("home-uk");
    press("Português do Brasil");
    assert_string_equal(app_lang(t.app), "pt-BR");
    assert_true(shows("Where does it cramp or twitch?"));
    harness_close(&t);
    i18n_init(BUILD_DIR, "en");
}

static void regional_tags_choose_texts(void **state)
{
    (void)state;
    // uk-UA finds the Ukrainian catalog and the routines' uk texts.
    harness_open(&t, 1280, 800, "uk-UA", NULL, MUSCLE_CALVES);
    assert_true(shows("Полегшення судоми литки"));
    assert_false(shows("Calf cramp relief"));
    harness_close(&t);
    // en-GB finds en.
    harness_open(&t, 1280, 800, "en-GB", NULL, MUSCLE_CALVES);
    assert_true(shows("Calf cramp relief"));
    harness_close(&t);
    // A list (LANGUAGE=de:uk): nothing is written in German, so the
    // routines and the interface both take Ukrainian, as gettext would.
    harness_open(&t, 1280, 800, "de:uk", NULL, MUSCLE_CALVES);
    assert_string_equal(app_lang(t.app), "de");
    assert_true(shows("Полегшення судоми литки"));
    assert_true(shows("Литки")); // the list's header, from the catalog
    harness_close(&t);
}

// zh-Hant is Traditional Chinese to fontconfig only as zh-tw: the window
// opens in it, and names Simplified Chinese in its own characters.
static void chinese_scripts_find_their_fonts(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "zh-Hant", NULL, -1);
    assert_non_null(t.app);
    assert_string_equal(app_lang(t.app), "zh-Hant");
    harness_close(&t);
    harness_open(&t, 1280, 800, "zh-Hans", NULL, -1);
    assert_non_null(t.app);
    assert_string_equal(app_lang(t.app), "zh-Hans");
    harness_close(&t);
    // A user of zh-TW in Ukrainian: the switch offers zh-TW next.
    i18n_init(BUILD_DIR, "zh-TW");
    harness_open(&t, 1280, 800, "uk", NULL, -1);
    assert_true(shows("中文（繁體）"));
    shot("home-uk-next-zh-TW");
    press("中文（繁體）");
    assert_string_equal(app_lang(t.app), "zh-TW");
    assert_true(shows("English"));
    shot("home-zh-TW");
    harness_close(&t);
    i18n_init(BUILD_DIR, "en");
}

int main(void)
{
    harness_init(&t, SOURCE_ROUTINES);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(switch_cycles_with_names),
        cmocka_unit_test(regional_tags_choose_texts),
        cmocka_unit_test(chinese_scripts_find_their_fonts),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    harness_done(&t);
    return failed;
}
