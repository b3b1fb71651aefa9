// gettext as Limber sets it up (src/core/i18n.c), on the catalog the
// build compiled (build/locale): Ukrainian whatever system locales exist
// (LC_ALL=C here, as on a fresh machine with only C, C.UTF-8 and POSIX),
// a live switch back and forth, plural forms, and msgctxt.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "i18n.h"
#include "test_util.h"

static int setup(void **state)
{
    (void)state;
    // The worst case: the environment asks for the plain C locale.
    setenv("LC_ALL", "C", 1);
    setenv("LANG", "C", 1);
    unsetenv("LANGUAGE");
    i18n_init(BUILD_DIR, "uk");
    return 0;
}

static void test_catalog_of_the_build_tree(void **state)
{
    (void)state;
    char want[1024];
    snprintf(want, sizeof want, "%s/locale", BUILD_DIR);
    assert_string_equal(i18n_catalog_dir(), want);
}

static void test_ukrainian_without_its_locale(void **state)
{
    (void)state;
    i18n_set_lang("uk");
    assert_string_equal(_("Get ready"), "Приготуйтеся");
    assert_string_equal(_("Where does it cramp or twitch?"),
                        "Де зводить або сіпається?");
}

static void test_live_switch(void **state)
{
    (void)state;
    for (int i = 0; i < 3; i++) {
        i18n_set_lang("uk");
        assert_string_equal(i18n_lang(), "uk");
        assert_string_equal(_("Pause"), "Пауза");
        i18n_set_lang("en");
        assert_string_equal(_("Pause"), "Pause");
    }
    // A language without a catalog gives the English msgids.
    i18n_set_lang("de");
    assert_string_equal(_("Pause"), "Pause");
    i18n_set_lang("uk");
    assert_string_equal(_("Pause"), "Пауза");
}

static void test_plural_minutes(void **state)
{
    (void)state;
    static const struct {
        long n;
        const char *uk, *en;
    } cases[] = {
        {1, "1 хвилина", "1 minute"},     {2, "2 хвилини", "2 minutes"},
        {5, "5 хвилин", "5 minutes"},     {11, "11 хвилин", "11 minutes"},
        {21, "21 хвилина", "21 minutes"}, {22, "22 хвилини", "22 minutes"},
        {25, "25 хвилин", "25 minutes"},  {12, "12 хвилин", "12 minutes"},
        {14, "14 хвилин", "14 minutes"},  {104, "104 хвилини", "104 minutes"},
    };
    char buf[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t ms = cases[i].n * 60000;
        i18n_set_lang("uk");
        assert_string_equal(i18n_duration(ms, true, buf, sizeof buf),
                            cases[i].uk);
        i18n_set_lang("en");
        assert_string_equal(i18n_duration(ms, true, buf, sizeof buf),
                            cases[i].en);
    }
    i18n_set_lang("uk");
    assert_string_equal(i18n_duration(90000, true, buf, sizeof buf),
                        "1 хвилина 30 секунд");
    assert_string_equal(i18n_duration(122000, true, buf, sizeof buf),
                        "2 хвилини 2 секунди");
    assert_string_equal(i18n_duration(21000, true, buf, sizeof buf),
                        "21 секунда");
    assert_string_equal(i18n_duration(90000, false, buf, sizeof buf),
                        "1 хв 30 с");
    i18n_set_lang("en");
    assert_string_equal(i18n_duration(1000, true, buf, sizeof buf), "1 second");
    assert_string_equal(i18n_duration(90000, false, buf, sizeof buf),
                        "1 min 30 s");
}

static void test_plural_sessions_and_days(void **state)
{
    (void)state;
    i18n_set_lang("uk");
    static const char *const days[] = {"день", "дні", "днів"};
    static const struct {
        unsigned long n;
        int form;
    } cases[] = {{1, 0}, {2, 1}, {5, 2}, {11, 2}, {21, 0}, {22, 1}, {25, 2}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *s =
            ngettext("Streak: %d day\n", "Streak: %d days\n", cases[i].n);
        assert_non_null(strstr(s, days[cases[i].form]));
    }
    assert_string_equal(
        ngettext("This week: %zu session\n", "This week: %zu sessions\n", 5),
        "Цього тижня: %zu занять\n");
}

// "Back" the button and "Back" the body part are told apart by context.
static void test_context(void **state)
{
    (void)state;
    i18n_set_lang("uk");
    assert_string_equal(_("Back"), "Назад");
    assert_string_equal(i18n_pgettext("muscle", "Back"), "Спина");
    assert_string_equal(i18n_pgettext("muscle", "no such msgid"),
                        "no such msgid");
    i18n_set_lang("en");
    assert_string_equal(i18n_pgettext("muscle", "Back"), "Back");
}

// Copies the build's Ukrainian catalog under the folder names gettext
// gives regional catalogs, so that a Ukrainian answer proves which
// folder was opened.
static char *regional_catalogs(void)
{
    char *dir = test_make_dir();
    char src[1024], cmd[4096];
    snprintf(src, sizeof src, "%s/locale/uk/LC_MESSAGES/limber.mo", BUILD_DIR);
    static const char *const folders[] = {"pt_BR", "sr@latin", "zh_TW"};
    for (size_t i = 0; i < sizeof folders / sizeof folders[0]; i++) {
        snprintf(cmd, sizeof cmd,
                 "mkdir -p '%s/locale/%s/LC_MESSAGES' && "
                 "cp '%s' '%s/locale/%s/LC_MESSAGES/limber.mo'",
                 dir, folders[i], src, dir, folders[i]);
        assert_int_equal(system(cmd), 0);
    }
    // A folder without our catalog is not a language we offer.
    snprintf(cmd, sizeof cmd, "mkdir -p '%s/locale/de/LC_MESSAGES'", dir);
    assert_int_equal(system(cmd), 0);
    return dir;
}

static void check_catalog(const char *wanted, const char *shown,
                          const char *pause)
{
    i18n_set_lang(wanted);
    assert_string_equal(i18n_shown_lang(), shown);
    assert_string_equal(_("Pause"), pause);
}

// The catalog is chosen by the same lookup as a routine's texts.
static void regional_catalog_choice(void **state)
{
    (void)state;
    char *dir = regional_catalogs();
    i18n_init(dir, "pt-PT");
    const char *langs[8];
    size_t n = i18n_languages(langs, 8);
    assert_int_equal(n, 4);
    assert_string_equal(langs[0], "en");
    assert_string_equal(langs[1], "pt-BR");
    assert_string_equal(langs[2], "sr-Latn");
    assert_string_equal(langs[3], "zh-TW");
    assert_string_equal(i18n_lang(), "pt-PT");
    assert_string_equal(i18n_shown_lang(), "pt-BR"); // the only Portuguese
    assert_string_equal(_("Pause"), "Пауза");
    check_catalog("pt_BR.UTF-8", "pt-BR", "Пауза");
    check_catalog("sr-Latn-RS", "sr-Latn", "Пауза");
    check_catalog("sr", "sr-Latn", "Пауза"); // no Cyrillic catalog
    check_catalog("zh-Hant", "zh-TW", "Пауза");
    check_catalog("zh-HK", "zh-TW", "Пауза");
    check_catalog("de", "en", "Pause"); // a folder with no catalog
    check_catalog("uk", "en", "Pause"); // not in this folder
    check_catalog("de:zh-TW", "zh-TW", "Пауза");
    check_catalog("en-GB", "en", "Pause");

    // The switch: the user's language (pt-PT, no catalog of its own),
    // English, then the catalogs, round again.
    assert_string_equal(i18n_next_lang("pt-PT"), "en");
    assert_string_equal(i18n_next_lang("en"), "pt-BR");
    assert_string_equal(i18n_next_lang("pt-BR"), "sr-Latn");
    assert_string_equal(i18n_next_lang("zh-TW"), "pt-PT");
    assert_string_equal(i18n_next_lang("fr"), "pt-PT");
    i18n_init(dir, "zh-TW"); // a catalog: no extra stop
    assert_string_equal(i18n_next_lang("zh-TW"), "en");

    test_remove_tree(dir);
    free(dir);
    i18n_init(BUILD_DIR, "uk"); // as the other tests expect
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalog_of_the_build_tree),
        cmocka_unit_test(test_ukrainian_without_its_locale),
        cmocka_unit_test(test_live_switch),
        cmocka_unit_test(test_plural_minutes),
        cmocka_unit_test(test_plural_sessions_and_days),
        cmocka_unit_test(test_context),
        cmocka_unit_test(regional_catalog_choice),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
