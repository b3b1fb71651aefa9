// Language tags: parsing both spellings, normalising, the wanted languages
// from the environment, RFC 4647 lookup with likely subtags, and the
// names a language switch shows. Every answer is worked out by hand from
// BCP 47, glibc's rules for the locale variables and docs/routine-format.md.

#include "test_util.h"

#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "lang_table.h"

static void check_parse(const char *text, const char *want)
{
    char tag[LANG_TAG_SIZE] = "unchanged";
    bool ok = lang_tag_parse(text, tag);
    if (want) {
        if (!ok)
            fail_msg("'%s' was refused, want '%s'", text, want);
        assert_string_equal(tag, want);
    } else {
        if (ok)
            fail_msg("'%s' was taken as '%s'", text, tag);
        assert_string_equal(tag, "unchanged");
    }
}

static void parses_and_normalises(void **state)
{
    (void)state;
    check_parse("en", "en");
    check_parse("ast", "ast");
    check_parse("EN", "en");
    check_parse("uk", "uk");
    check_parse("pt-BR", "pt-BR");
    check_parse("pt-br", "pt-BR");
    check_parse("PT-BR", "pt-BR");
    check_parse("zh-hant", "zh-Hant");
    check_parse("ZH-HANT-tw", "zh-Hant-TW");
    check_parse("sr-latn", "sr-Latn");
    check_parse("es-419", "es-419");
    // POSIX spellings: gettext's catalog names and locale names.
    check_parse("pt_BR", "pt-BR");
    check_parse("pt_BR.UTF-8", "pt-BR");
    check_parse("pt_BR.utf8", "pt-BR");
    check_parse("zh_TW", "zh-TW");
    check_parse("sr@latin", "sr-Latn");
    check_parse("sr_RS@latin", "sr-Latn-RS");
    check_parse("sr_RS.UTF-8@latin", "sr-Latn-RS");
    check_parse("uz@cyrillic", "uz-Cyrl");
    check_parse("de_DE@euro", "de-DE");
    // Not tags.
    check_parse("", NULL);
    check_parse("e", NULL);
    check_parse("engl", NULL);
    check_parse("English", NULL);
    check_parse("ua1", NULL);
    check_parse("en-", NULL);
    check_parse("en--GB", NULL);
    check_parse("en-GB-oed", NULL);       // a variant
    check_parse("de-CH-1996", NULL);      // a variant
    check_parse("en-u-ca-gregory", NULL); // an extension
    check_parse("en-GB-US", NULL);        // two regions
    check_parse("en-GB-Latn", NULL);      // script after region
    check_parse("zh-Hant-Hans", NULL);    // two scripts
    check_parse("en-G1", NULL);
    check_parse("en-12", NULL);
    check_parse("ca@valencia", NULL);   // a modifier that is no script
    check_parse("sr-Cyrl@latin", NULL); // two scripts
    check_parse("pt_BR.", NULL);
    check_parse("pt BR", NULL);
    check_parse("C", NULL);
    assert_true(lang_tag_valid("zh_CN"));
    assert_false(lang_tag_valid(NULL));
}

static void check_locale(const char *locale, const char *want)
{
    char tag[LANG_TAG_SIZE] = "";
    bool ok = lang_from_locale(locale, tag);
    if (want) {
        if (!ok)
            fail_msg("locale '%s' gave no language, want '%s'", locale, want);
        assert_string_equal(tag, want);
    } else if (ok) {
        fail_msg("locale '%s' gave '%s'", locale, tag);
    }
}

static void locales(void **state)
{
    (void)state;
    check_locale("uk_UA.UTF-8", "uk-UA");
    check_locale("pt_BR.UTF-8", "pt-BR");
    check_locale("ca_ES@valencia", "ca-ES"); // a modifier a locale may have
    check_locale("sr_RS@latin", "sr-Latn-RS");
    check_locale("C", NULL);
    check_locale("POSIX", NULL);
    check_locale("C.UTF-8", NULL);
    check_locale("C.utf8", NULL);
    check_locale("", NULL);
}

static void clear_environment(void)
{
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
}

static void check_wanted(const char *want)
{
    char list[LANG_LIST_SIZE];
    lang_wanted_from_environment(list);
    assert_string_equal(list, want);
}

static void wanted_from_environment(void **state)
{
    (void)state;
    clear_environment();
    check_wanted("en");
    setenv("LANG", "pt_BR.UTF-8", 1);
    check_wanted("pt-BR");
    setenv("LC_MESSAGES", "zh_TW.UTF-8", 1);
    check_wanted("zh-TW");
    setenv("LC_ALL", "uk_UA.UTF-8", 1);
    check_wanted("uk-UA");
    // LC_ALL=C wins over LANG as it does for every GNU program: no
    // language is wanted, so English.
    setenv("LC_ALL", "C.UTF-8", 1);
    check_wanted("en");
    // LANGUAGE's list comes before the locale, in its order, normalised;
    // entries that name no language are left out, and so are repeats.
    setenv("LANGUAGE", "sr@latin", 1);
    check_wanted("sr-Latn");
    setenv("LANGUAGE", "pt_PT:pt_BR:C:bad entry:pt_PT:en", 1);
    check_wanted("pt-PT:pt-BR:en");
    // An empty LANGUAGE counts as unset.
    setenv("LANGUAGE", "", 1);
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    check_wanted("pt-BR");
    // An empty LC_ALL counts as unset too.
    setenv("LC_ALL", "", 1);
    check_wanted("pt-BR");
    // At most LANG_WANTED_MAX languages count.
    setenv("LANGUAGE", "a1:de:fr:it:es:nl:pl:cs:sk:sl:hr", 1);
    check_wanted("de:fr:it:es:nl:pl:cs:sk");
    clear_environment();
}

static void lists(void **state)
{
    (void)state;
    char list[LANG_LIST_SIZE], tag[LANG_TAG_SIZE];
    const char *bad = NULL;
    size_t bad_len = 0;
    assert_true(lang_list_parse("pt_BR", list, &bad, &bad_len));
    assert_string_equal(list, "pt-BR");
    assert_true(lang_list_parse("sr@latin:hr,EN", list, &bad, &bad_len));
    assert_string_equal(list, "sr-Latn:hr:en");
    assert_false(lang_list_parse("de:English:fr", list, &bad, &bad_len));
    assert_int_equal(bad_len, 7);
    assert_memory_equal(bad, "English", 7);
    assert_string_equal(list, "sr-Latn:hr:en"); // left alone
    assert_false(lang_list_parse("", list, &bad, &bad_len));
    assert_false(lang_list_parse("::", list, &bad, &bad_len));
    assert_true(lang_list_first("x:zh_tw:en", tag));
    assert_string_equal(tag, "zh-TW");
    assert_false(lang_list_first("", tag));
    assert_false(lang_list_first(NULL, tag));
}

// The tag lookup picks among offered for wanted (and own).
static const char *pick(const char *wanted, const char *own,
                        const char *const *offered, size_t count)
{
    return offered[lang_lookup(wanted, own, offered, count)];
}

#define PICK(wanted, own, ...)                                                 \
    pick(wanted, own, (const char *const[]){__VA_ARGS__},                      \
         sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

static void lookup_with_likely_subtags(void **state)
{
    (void)state;
    // The wanted tag itself.
    assert_string_equal(PICK("pt-BR", NULL, "en", "pt", "pt-BR"), "pt-BR");
    // Tags that mean the same: zh-TW = zh-Hant-TW = zh-Hant,
    // zh-CN = zh-Hans, sr-Latn = sr-Latn-RS.
    assert_string_equal(PICK("zh-TW", NULL, "en", "zh-Hans", "zh-Hant"),
                        "zh-Hant");
    assert_string_equal(PICK("zh-Hant", NULL, "en", "zh-CN", "zh-TW"), "zh-TW");
    assert_string_equal(PICK("zh-Hant-TW", NULL, "en", "zh-CN", "zh-TW"),
                        "zh-TW");
    assert_string_equal(PICK("zh-CN", NULL, "en", "zh-Hant", "zh-Hans"),
                        "zh-Hans");
    assert_string_equal(PICK("zh", NULL, "en", "zh-TW", "zh-CN"), "zh-CN");
    assert_string_equal(PICK("sr-Latn-RS", NULL, "en", "sr", "sr-Latn"),
                        "sr-Latn");
    assert_string_equal(PICK("sr-Latn", NULL, "en", "sr", "sr-Latn-RS"),
                        "sr-Latn-RS");
    // Shorter prefixes: pt-BR finds pt; zh-Hant-HK finds zh-Hant.
    assert_string_equal(PICK("pt-BR", NULL, "en", "pt"), "pt");
    assert_string_equal(PICK("pt-PT", NULL, "en", "pt-BR", "pt"), "pt");
    assert_string_equal(PICK("zh-Hant-HK", NULL, "en", "zh-CN", "zh-Hant"),
                        "zh-Hant");
    assert_string_equal(PICK("uk-UA", NULL, "en", "uk"), "uk");
    assert_string_equal(PICK("de-AT", NULL, "en", "de"), "de");
    // A prefix never changes the script: zh is Simplified and sr Cyrillic,
    // so a reader of zh-Hant gets zh-HK before zh, and a reader of sr-Latn
    // gets sr-ME (Latin) before sr.
    assert_string_equal(PICK("zh-Hant", NULL, "zh", "zh-HK"), "zh-HK");
    assert_string_equal(PICK("sr-Latn", NULL, "sr", "sr-ME"), "sr-ME");
    // Then any other variant of the language, the same script first.
    assert_string_equal(PICK("pt-PT", NULL, "en", "pt-BR"), "pt-BR");
    assert_string_equal(PICK("zh-HK", NULL, "en", "zh-CN", "zh-TW"), "zh-TW");
    assert_string_equal(PICK("sr", NULL, "en", "sr-Latn"), "sr-Latn");
    assert_string_equal(PICK("zh-TW", NULL, "en", "zh-CN"), "zh-CN");
    assert_string_equal(PICK("en-GB", NULL, "de", "en-US"), "en-US");
    // A list is tried in order, every step for one tag before the next.
    assert_string_equal(PICK("de:pt-PT", NULL, "en", "pt-BR"), "pt-BR");
    assert_string_equal(PICK("pt-PT:en", NULL, "en", "pt-BR"), "pt-BR");
    assert_string_equal(PICK("fr:de", NULL, "en", "de", "fr"), "fr");
    // Then the routine's own language, then en, then the first written.
    assert_string_equal(PICK("ja", "uk", "en", "uk"), "uk");
    assert_string_equal(PICK("ja", "de", "uk", "en"), "en");
    assert_string_equal(PICK("ja", "de", "uk", "en-GB"), "en-GB");
    assert_string_equal(PICK("ja", NULL, "pl", "uk"), "pl");
    assert_string_equal(PICK(NULL, NULL, "pl", "en"), "en");
    // Wanted tags are read in either spelling and any case.
    assert_string_equal(PICK("PT_br.UTF-8", NULL, "en", "pt", "pt-BR"),
                        "pt-BR");
    assert_string_equal(PICK("sr@latin", NULL, "en", "sr", "sr-Latn"),
                        "sr-Latn");
    assert_int_equal(lang_lookup("en", NULL, NULL, 0), 0);
}

// More offered tags than lookup keeps on its stack.
static void lookup_many(void **state)
{
    (void)state;
    static char tags[200][LANG_TAG_SIZE];
    const char *offered[200];
    for (int i = 0; i < 200; i++) {
        snprintf(tags[i], sizeof tags[i], "%c%c", 'a' + i / 26 % 26,
                 'a' + i % 26);
        offered[i] = tags[i];
    }
    memcpy(tags[150], "pt-BR", 6);
    assert_int_equal(lang_lookup("pt-PT", NULL, offered, 200), 150);
}

static void same(void **state)
{
    (void)state;
    assert_true(lang_same("zh-TW", "zh-Hant"));
    assert_true(lang_same("zh_TW", "zh-Hant-TW"));
    assert_true(lang_same("zh-CN", "zh-Hans"));
    assert_true(lang_same("sr-Latn", "sr-Latn-RS"));
    assert_true(lang_same("sr@latin", "sr-Latn"));
    assert_true(lang_same("xx", "XX"));
    assert_false(lang_same("zh-TW", "zh-CN"));
    assert_false(lang_same("sr", "sr-Latn"));
    assert_false(lang_same("pt-PT", "pt-BR"));
    assert_false(lang_same("en", "English"));
}

static void check_name(const char *tag, const char *want)
{
    char buf[64];
    assert_string_equal(lang_endonym(tag, buf, sizeof buf), want);
}

static void names_in_themselves(void **state)
{
    (void)state;
    check_name("en", "English");
    check_name("uk", "Українська");
    check_name("pt-BR", "Português do Brasil");
    check_name("pt_BR", "Português do Brasil");
    check_name("pt", "Português");
    check_name("ja", "日本語");
    check_name("he", "עברית");
    check_name("fa", "فارسی");
    check_name("zh-Hant", "中文（繁體）");
    check_name("zh-TW", "中文（繁體）");
    check_name("zh_CN", "中文（简体）");
    check_name("zh-HK", "中文（繁體） (HK)");
    check_name("sr@latin", "Srpski (latinica)");
    check_name("sr", "Српски");
    check_name("uk-UA", "Українська");
    // A variant the table does not name gets its region or script.
    check_name("de-AT", "Deutsch (AT)");
    check_name("pt-AO", "Português (AO)");
    check_name("uz-Arab", "Oʻzbek (Arab)");
    // An unknown language is its tag, normalised; a bad one as written.
    check_name("xx-yy", "xx-YY");
    check_name("Not a tag", "Not a tag");
}

// Lookup finds a language's rows by binary search.
static void table_is_sorted(void **state)
{
    (void)state;
    assert_true(lang_table_sorted());
}

static void check_fc(const char *tag, const char *want)
{
    char name[LANG_TAG_SIZE];
    lang_fontconfig_name(tag, name, sizeof name);
    assert_string_equal(name, want);
}

// fontconfig knows zh-tw and zh-cn, not zh-Hant or zh-Hans (fc-match
// "sans:lang=zh-hant" gives a font with no Chinese at all).
static void fontconfig_names(void **state)
{
    (void)state;
    check_fc("zh-Hant", "zh-tw");
    check_fc("zh-TW", "zh-tw");
    check_fc("zh_TW", "zh-tw");
    check_fc("zh-HK", "zh-hk");
    check_fc("zh-Hant-MO", "zh-mo");
    check_fc("zh-Hans", "zh-cn");
    check_fc("zh", "zh-cn");
    check_fc("zh-SG", "zh-sg");
    check_fc("zh-Hans-HK", "zh-cn");
    check_fc("sr-Latn", "sh");
    check_fc("sr@latin", "sh");
    check_fc("sr", "sr");
    check_fc("pt-BR", "pt-br");
    check_fc("uk", "uk");
    check_fc("ja", "ja");
    check_fc("he", "he");
    char name[LANG_TAG_SIZE];
    assert_false(lang_fontconfig_name("English", name, sizeof name));
    assert_string_equal(name, "en");
}

static void right_to_left(void **state)
{
    (void)state;
    assert_true(lang_is_rtl("he"));
    assert_true(lang_is_rtl("fa"));
    assert_true(lang_is_rtl("ar-EG"));
    assert_true(lang_is_rtl("ur"));
    assert_true(lang_is_rtl("az-IR"));
    assert_false(lang_is_rtl("az"));
    assert_false(lang_is_rtl("ja"));
    assert_false(lang_is_rtl("en"));
    static const char *const more[] = {"yi",  "ps",  "sd", "ug",      "dv",
                                       "ckb", "syr", "ks", "pa-Arab", "he_IL"};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        assert_true(lang_is_rtl(more[i]));
    assert_false(lang_is_rtl("ku-Latn"));
    assert_false(lang_is_rtl("sr@latin"));
    assert_false(lang_is_rtl("xx"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_and_normalises),
        cmocka_unit_test(locales),
        cmocka_unit_test(wanted_from_environment),
        cmocka_unit_test(lists),
        cmocka_unit_test(lookup_with_likely_subtags),
        cmocka_unit_test(lookup_many),
        cmocka_unit_test(same),
        cmocka_unit_test(names_in_themselves),
        cmocka_unit_test(table_is_sorted),
        cmocka_unit_test(fontconfig_names),
        cmocka_unit_test(right_to_left),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
