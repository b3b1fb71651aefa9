// The kiosk config loader: every key, and every mistake reported as
// path:line:col the way --check reports a routine's, compared byte for
// byte; the PIN hash; the routine filter.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "kiosk_config.h"
#include "pin_hash.h"
#include "test_util.h"
#include "xalloc.h"

// The errors of loading text, as --check would print them ("" for none).
static char *errors_of(const char *text, struct kiosk_config **out)
{
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct kiosk_config *cfg =
        kiosk_config_load_buffer("kiosk.yaml", text, strlen(text), &diags);
    char *printed = test_diag_text(&diags);
    assert_true((cfg == NULL) == (diags.count > 0));
    diag_list_clear(&diags);
    if (out)
        *out = cfg;
    else
        kiosk_config_free(cfg);
    return printed;
}

static void expect_errors(const char *text, const char *expected)
{
    char *got = errors_of(text, NULL);
    assert_string_equal(got, expected);
    free(got);
}

static void test_every_key(void **state)
{
    (void)state;
    char hash[PIN_HASH_SIZE];
    assert_true(pin_hash_make("2468", hash, sizeof hash));
    char text[512];
    snprintf(text, sizeof text,
             "# a pharmacy's screen\n"
             "kiosk: true\n"
             "routines: [app-eyes, app-stretch]\n"
             "languages:\n  - uk\n  - en\n  - PT_br\n"
             "idle-timeout: 2m\n"
             "pin: \"%s\"\n"
             "volume: 70\n"
             "display: 1\n"
             "rotation: 270\n",
             hash);
    struct kiosk_config *cfg;
    char *errors = errors_of(text, &cfg);
    assert_string_equal(errors, "");
    free(errors);
    assert_non_null(cfg);
    assert_true(cfg->kiosk);
    assert_int_equal(cfg->routine_count, 2);
    assert_string_equal(cfg->routines[1].id, "app-stretch");
    assert_int_equal(cfg->routines[1].line, 3);
    assert_int_equal(cfg->routines[1].col, 22);
    assert_int_equal(cfg->lang_count, 3);
    assert_string_equal(cfg->langs[0], "uk");
    assert_string_equal(cfg->langs[2], "pt-BR"); // kept normalised
    assert_int_equal(cfg->idle_timeout_ms, 120000);
    assert_string_equal(cfg->pin_hash, hash);
    assert_int_equal(cfg->volume, 70);
    assert_int_equal(cfg->display, 1);
    assert_int_equal(cfg->rotation, 270);
    kiosk_config_free(cfg);
}

static void test_defaults(void **state)
{
    (void)state;
    struct kiosk_config *cfg;
    char *errors = errors_of("", &cfg); // an empty file: every default
    assert_string_equal(errors, "");
    free(errors);
    assert_false(cfg->kiosk);
    assert_int_equal(cfg->routine_count, 0);
    assert_int_equal(cfg->lang_count, 0);
    assert_int_equal(cfg->idle_timeout_ms, KIOSK_IDLE_DEFAULT_MS);
    assert_null(cfg->pin_hash);
    assert_int_equal(cfg->volume, -1);
    assert_int_equal(cfg->display, -1);
    assert_int_equal(cfg->rotation, 0);
    kiosk_config_free(cfg);
    // One word for a list of one.
    errors = errors_of("routines: app-eyes\nlanguages: en\n", &cfg);
    assert_string_equal(errors, "");
    free(errors);
    assert_int_equal(cfg->routine_count, 1);
    assert_int_equal(cfg->lang_count, 1);
    kiosk_config_free(cfg);
}

static void test_errors(void **state)
{
    (void)state;
    expect_errors("kiosk: yes\n",
                  "kiosk.yaml:1:8: error: 'kiosk' must be true or false, not "
                  "'yes'\n");
    expect_errors("kiosk: true\nidle_timeout: 30\n",
                  "kiosk.yaml:2:1: error: unknown key 'idle_timeout' in the "
                  "kiosk configuration (did you mean 'idle-timeout'?)\n");
    expect_errors(
        "kiosk: true\nscreen: 2\n",
        "kiosk.yaml:2:1: error: unknown key 'screen' in the kiosk "
        "configuration (known keys: kiosk, routines, languages, "
        "idle-timeout, pin, volume, display, reduce-motion, rotation)\n");
    expect_errors("rotation: 45\n",
                  "kiosk.yaml:1:11: error: 'rotation' must be 0, 90, 180 or "
                  "270, found 45\n");
    expect_errors("rotation: 360\n",
                  "kiosk.yaml:1:11: error: 'rotation' must be 0, 90, 180 or "
                  "270, found 360\n");
    expect_errors("rotation: left\n",
                  "kiosk.yaml:1:11: error: 'rotation' must be a whole number, "
                  "found 'left'\n");
    expect_errors("idle-timeout: soon\n",
                  "kiosk.yaml:1:15: error: 'idle-timeout' is not a time: "
                  "write 90s, 2m, 1m30s or a number of seconds, not 'soon'\n");
    expect_errors("idle-timeout: 0\n",
                  "kiosk.yaml:1:15: error: 'idle-timeout' must be from 1s to "
                  "24h, found 0\n");
    expect_errors("volume: 120\ndisplay: -1\n",
                  "kiosk.yaml:1:9: error: 'volume' must be from 0 to 100, "
                  "found 120\n"
                  "kiosk.yaml:2:10: error: 'display' must be a whole number, "
                  "found '-1'\n");
    expect_errors("languages: [en, English, en]\n",
                  "kiosk.yaml:1:17: error: 'English' is not a language tag: "
                  "write a language, then optionally a script and a region, "
                  "such as en, pt-BR, zh-Hant or sr-Latn\n"
                  "kiosk.yaml:1:26: error: language 'en' is listed twice\n");
    // Any spelling of a tag, normalised: pt_BR and pt-br are one language.
    expect_errors("languages: [pt_BR, sr@latin, pt-br]\n",
                  "kiosk.yaml:1:30: error: language 'pt-BR' is listed twice\n");
    expect_errors("routines: {a: b}\n",
                  "kiosk.yaml:1:11: error: 'routines' must be a list like "
                  "[a, b]\n");
    expect_errors("routines: [a, a]\n",
                  "kiosk.yaml:1:15: error: routine 'a' is listed twice\n");
    expect_errors("kiosk: true\nkiosk: false\n",
                  "kiosk.yaml:2:1: error: duplicate key 'kiosk' (first given "
                  "at 1:1)\n");
    expect_errors("- kiosk\n",
                  "kiosk.yaml:1:1: error: a kiosk configuration is 'key: "
                  "value' lines, found a list\n");
    expect_errors("kiosk: [true\n",
                  "kiosk.yaml:2:1: error: did not find expected ',' or ']' "
                  "(while parsing a flow sequence at 1:8)\n");
    expect_errors("kiosk: true\n---\nkiosk: false\n",
                  "kiosk.yaml:3:1: error: a second YAML document starts "
                  "here: a file holds one\n");
}

static void test_pin_errors(void **state)
{
    (void)state;
    // A PIN written in clear is refused, and not repeated in the message.
    char *got = errors_of("pin: 2468\n", NULL);
    assert_string_equal(got, "kiosk.yaml:1:6: error: 'pin' must be the hash "
                             "that limber --hash-pin prints, never the PIN "
                             "itself\n");
    assert_null(strstr(got, "2468"));
    free(got);
    // DES and MD5 crypt are too weak; garbage is not a hash.
    static const char *const bad[] = {"\"$1$abcdefgh$0123456789abcdefghijkl\"",
                                      "\"abXY1234567890\"", "\"$y$\"",
                                      "\"secret\""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[128];
        snprintf(text, sizeof text, "pin: %s\n", bad[i]);
        expect_errors(text, "kiosk.yaml:1:6: error: 'pin' is not a hash this "
                            "system can check (or its method is too weak): "
                            "make one with limber --hash-pin\n");
    }
}

static void test_pin_hash(void **state)
{
    (void)state;
    char a[PIN_HASH_SIZE], b[PIN_HASH_SIZE];
    assert_true(pin_hash_make("2468", a, sizeof a));
    assert_true(pin_hash_make("2468", b, sizeof b));
    assert_string_not_equal(a, b); // salted: never the same twice
    assert_null(strstr(a, "2468"));
    assert_true(pin_hash_usable(a));
    assert_true(pin_hash_matches("2468", a));
    assert_true(pin_hash_matches("2468", b));
    assert_false(pin_hash_matches("2469", a));
    assert_false(pin_hash_matches("24680", a));
    assert_false(pin_hash_matches("", a));
    assert_false(pin_hash_matches("2468", "*0"));
    assert_true(pin_valid("0000"));
    assert_true(pin_valid("123456789012"));
    assert_false(pin_valid("123"));
    assert_false(pin_valid("1234567890123"));
    assert_false(pin_valid("12a4"));
    assert_false(pin_valid(" 1234"));
}

static void test_filter_library(void **state)
{
    (void)state;
    struct library *lib = library_new();
    assert_true(library_add_dir(lib, APP_TEST_DATA, true));
    assert_int_equal(lib->count, 2);
    struct kiosk_config *cfg;
    char *errors = errors_of("routines:\n  - app-stretch\n  - nope\n", &cfg);
    free(errors);
    struct diag_list diags;
    diag_list_init(&diags, 0);
    assert_false(kiosk_config_filter_library(cfg, lib, &diags));
    char *text = test_diag_text(&diags);
    assert_string_equal(text, "kiosk.yaml:3:5: error: no routine with the id "
                              "'nope' in the library (limber --list shows "
                              "them)\n");
    free(text);
    diag_list_clear(&diags);
    assert_int_equal(lib->count, 2); // untouched after an error
    kiosk_config_free(cfg);

    errors = errors_of("routines: [app-stretch]\n", &cfg);
    free(errors);
    assert_true(kiosk_config_filter_library(cfg, lib, &diags));
    assert_int_equal(lib->count, 1);
    assert_string_equal(lib->routines[0]->id, "app-stretch");
    kiosk_config_free(cfg);
    library_free(lib);
}

static void test_file(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = test_write_file(dir, "kiosk.yaml", "kiosk: true\n");
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct kiosk_config *cfg = kiosk_config_load_file(path, &diags);
    assert_non_null(cfg);
    assert_string_equal(cfg->path, path);
    kiosk_config_free(cfg);
    char *missing = xasprintf("%s/none.yaml", dir);
    assert_null(kiosk_config_load_file(missing, &diags));
    assert_int_equal(diags.count, 1);
    assert_int_equal(diags.items[0].line, 1);
    assert_non_null(strstr(diags.items[0].message, "cannot open"));
    diag_list_clear(&diags);

    // /etc first, then $XDG_CONFIG_HOME; NULL when neither exists.
    char *xdg = xasprintf("%s/xdg", dir);
    setenv("XDG_CONFIG_HOME", xdg, 1);
    char *found = kiosk_config_find(path);
    assert_string_equal(found, path);
    free(found);
    assert_null(kiosk_config_find(missing));
    char *sub = xasprintf("%s/limber", xdg);
    assert_int_equal(mkdir(xdg, 0700), 0);
    assert_int_equal(mkdir(sub, 0700), 0);
    char *user = test_write_file(sub, "kiosk.yaml", "kiosk: true\n");
    found = kiosk_config_find(missing);
    assert_string_equal(found, user);
    free(found);
    free(user);
    free(sub);
    free(xdg);
    free(missing);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_key), cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_errors),    cmocka_unit_test(test_pin_errors),
        cmocka_unit_test(test_pin_hash),  cmocka_unit_test(test_filter_library),
        cmocka_unit_test(test_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
