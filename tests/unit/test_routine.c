// Translations beside each text and the language fallback rule.

#include "test_util.h"

#include <stdlib.h>

#include "routine.h"

static void text_falls_back_in_order(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "lang: de\n"
                                         "title: {fr: Titre, en: Title, "
                                         "de: Titel, uk: Назва}\n"
                                         "summary: {fr: Résumé, en: "
                                         "Summary}\n"
                                         "muscles: [feet]\n"
                                         "steps:\n"
                                         "  - title: {fr: Un, pl: Jeden}\n"
                                         "    duration: 10s\n",
                                         NULL);
    // Requested language first.
    assert_string_equal(text_get(&r->title, "uk", r->lang), "Назва");
    // Then the routine's lang (de), then en, then the first written.
    assert_string_equal(text_get(&r->title, "es", r->lang), "Titel");
    assert_string_equal(text_get(&r->summary, "es", r->lang), "Summary");
    assert_string_equal(text_get(&r->steps[0].title, "es", r->lang), "Un");
    assert_string_equal(text_get(&r->steps[0].title, "pl", r->lang), "Jeden");
    // Absent texts give NULL.
    assert_null(text_get(&r->steps[0].text, "en", r->lang));
    assert_true(text_has(&r->title, "fr"));
    assert_false(text_has(&r->title, "pl"));
    routine_free(r);
}

static void routine_language_choice(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "lang: uk\n"
                                         "title: {en: Title, uk: Назва, "
                                         "pl: Tytuł}\n"
                                         "muscles: [feet]\n"
                                         "steps: [{title: A, duration: 1}]\n",
                                         NULL);
    assert_string_equal(routine_pick_lang(r, "pl"), "pl"); // requested
    assert_string_equal(routine_pick_lang(r, "de"), "uk"); // its lang
    assert_string_equal(routine_pick_lang(r, NULL), "uk");
    routine_free(r);

    r = test_load_string("format: 1\nid: t\nlang: de\n"
                         "title: {pl: Tytuł, en: Title}\n"
                         "muscles: [feet]\n"
                         "steps: [{title: A, duration: 1}]\n",
                         NULL);
    assert_string_equal(routine_pick_lang(r, "uk"), "en"); // then en
    routine_free(r);

    r = test_load_string("format: 1\nid: t\n"
                         "title: {pl: Tytuł, uk: Назва}\n"
                         "muscles: [feet]\n"
                         "steps: [{title: A, duration: 1}]\n",
                         NULL);
    assert_string_equal(routine_pick_lang(r, "de"), "pl"); // first written
    routine_free(r);
}

static void plain_strings_take_the_routine_lang(void **state)
{
    (void)state;
    // lang comes after the title in the file, and still applies to it.
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "title: Розтяжка\n"
                                         "lang: uk\n"
                                         "muscles: [feet]\n"
                                         "steps:\n"
                                         "  - title: Крок\n"
                                         "    text: |\n"
                                         "      Рядок один.\n"
                                         "      Рядок два.\n"
                                         "    duration: 10s\n",
                                         NULL);
    assert_int_equal(r->title.count, 1);
    assert_string_equal(r->title.items[0].lang, "uk");
    assert_string_equal(routine_pick_lang(r, "en"), "uk");
    // Block scalars lose their trailing newline.
    assert_string_equal(text_get(&r->steps[0].text, "uk", r->lang),
                        "Рядок один.\nРядок два.");
    routine_free(r);
}

static void vocabulary_round_trips(void **state)
{
    (void)state;
    for (int m = 0; m < MUSCLE_COUNT; m++)
        assert_int_equal(routine_muscle_from_name(routine_muscle_name(m)), m);
    for (int k = 0; k < ROUTINE_KIND_COUNT; k++)
        assert_int_equal(routine_kind_from_name(routine_kind_name(k)), k);
    for (int s = 0; s < ROUTINE_SIDES_COUNT; s++)
        assert_int_equal(routine_sides_from_name(routine_sides_name(s)), s);
    assert_int_equal(routine_muscle_from_name("whole-body"), MUSCLE_WHOLE_BODY);
    assert_int_equal(routine_muscle_from_name("biceps"), -1);
    assert_int_equal(routine_cue_from_name("gong"), ROUTINE_CUE_GONG);
    assert_int_equal(routine_cue_from_name("file"), -1);
}

// Tags with a region or a script, in either spelling, load normalised and
// are looked up as lang_lookup says (tests/unit/test_lang.c has the rest).
static void regional_translations(void **state)
{
    (void)state;
    struct routine *r = test_load_string(
        "format: 1\nid: t\n"
        "title: {en: Title, pt: Título, pt_BR: Título BR, ZH-hant: 標題, "
        "sr@latin: Naslov}\n"
        "muscles: [feet]\n"
        "steps:\n"
        "  - title: {en: One, pt: Um}\n"
        "    duration: 10s\n",
        NULL);
    assert_string_equal(r->title.items[2].lang, "pt-BR");
    assert_string_equal(r->title.items[3].lang, "zh-Hant");
    assert_string_equal(r->title.items[4].lang, "sr-Latn");
    assert_string_equal(routine_pick_lang(r, "pt-BR"), "pt-BR");
    assert_string_equal(routine_pick_lang(r, "pt-PT"), "pt");
    assert_string_equal(routine_pick_lang(r, "zh-TW"), "zh-Hant");
    assert_string_equal(routine_pick_lang(r, "zh-CN"), "zh-Hant");
    assert_string_equal(routine_pick_lang(r, "sr-Latn-RS"), "sr-Latn");
    assert_string_equal(routine_pick_lang(r, "de:sr-Latn"), "sr-Latn");
    // A step written only in pt shows pt to a Brazilian reader.
    assert_string_equal(text_get(&r->steps[0].title, "pt-BR", r->lang), "Um");
    assert_string_equal(text_get(&r->steps[0].title, "zh-Hant", r->lang),
                        "One");
    assert_true(text_has(&r->title, "pt-BR"));
    assert_false(text_has(&r->title, "pt_BR")); // tags are kept normalised
    routine_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_falls_back_in_order),
        cmocka_unit_test(routine_language_choice),
        cmocka_unit_test(plain_strings_take_the_routine_lang),
        cmocka_unit_test(vocabulary_round_trips),
        cmocka_unit_test(regional_translations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
