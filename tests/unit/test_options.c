// The command line: modes, values, pause pairs and usage errors.

#include "test_util.h"

#include <stdlib.h>
#include <string.h>

#include "options.h"

// Parses a NULL-terminated list of arguments after "limber"; the error
// text (if any) goes to *err (caller frees).
static bool parse(struct options *opts, char **err, ...)
{
    static char *argv[32];
    va_list ap;
    va_start(ap, err);
    int argc = 0;
    argv[argc++] = "limber";
    char *arg;
    while ((arg = va_arg(ap, char *)))
        argv[argc++] = arg;
    va_end(ap);
    argv[argc] = NULL;
    size_t size = 0;
    *err = NULL;
    FILE *f = open_memstream(err, &size);
    bool ok = options_parse(argc, argv, opts, f);
    fclose(f);
    return ok;
}

static void modes_and_values(void **state)
{
    (void)state;
    struct options o;
    char *err;
    setenv("LANGUAGE", "uk", 1);
    assert_true(parse(&o, &err, NULL));
    assert_int_equal(o.mode, OPTIONS_PLAY);
    assert_string_equal(o.lang, "uk"); // from the environment
    assert_int_equal(o.arg_count, 0);
    options_free(&o);
    free(err);

    assert_true(parse(&o, &err, "--lang", "en", "--routines", "a",
                      "--routines=b", "calf", NULL));
    assert_string_equal(o.lang, "en");
    assert_int_equal(o.routine_dir_count, 2);
    assert_string_equal(o.routine_dirs[1], "b");
    assert_int_equal(o.arg_count, 1);
    assert_string_equal(o.args[0], "calf");
    options_free(&o);
    free(err);

    assert_true(parse(&o, &err, "--check", "x.yaml", "dir", NULL));
    assert_int_equal(o.mode, OPTIONS_CHECK);
    assert_int_equal(o.arg_count, 2);
    options_free(&o);
    free(err);

    assert_true(parse(&o, &err, "--simulate", "calf", "--pause-at", "10s",
                      "--resume-at", "1m", "--pause-at", "1m", "--resume-at",
                      "90", NULL));
    assert_int_equal(o.mode, OPTIONS_SIMULATE);
    assert_int_equal(o.pause_count, 2);
    assert_int_equal(o.pauses[0].pause_ms, 10000);
    assert_int_equal(o.pauses[0].resume_ms, 60000);
    assert_int_equal(o.pauses[1].pause_ms, 60000);
    assert_int_equal(o.pauses[1].resume_ms, 90000);
    options_free(&o);
    free(err);
    unsetenv("LANGUAGE");
}

static void usage_errors_say_what(void **state)
{
    (void)state;
    static const struct {
        const char *args[6];
        const char *message;
    } cases[] = {
        {{"--bogus"}, "unknown option '--bogus'"},
        {{"--lang"}, "--lang needs a value"},
        {{"--lang", "English"}, "'English' is not a language tag"},
        {{"--simulate"}, "--simulate needs one ROUTINE"},
        {{"--check"}, "--check needs a file or folder"},
        {{"--list", "--check", "x"}, "--check cannot be combined"},
        {{"--list", "extra"}, "unexpected argument 'extra'"},
        {{"a", "b"}, "one ROUTINE at a time, not 'b'"},
        {{"--simulate", "x", "--pause-at", "10s"},
         "1 --pause-at but 0 --resume-at"},
        {{"--simulate", "x", "--pause-at", "soon"},
         "--pause-at: 'soon' is not a time"},
        {{"--pause-at", "1s", "--resume-at", "2s"}, "need --simulate"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct options o;
        char *err;
        const char *const *a = cases[i].args;
        assert_false(parse(&o, &err, a[0], a[1], a[2], a[3], a[4], NULL));
        if (!strstr(err, cases[i].message))
            fail_msg("case %zu: '%s' lacks '%s'", i, err, cases[i].message);
        assert_non_null(strchr(err, '\n'));
        options_free(&o);
        free(err);
    }
}

static void pauses_must_follow_each_other(void **state)
{
    (void)state;
    struct options o;
    char *err;
    assert_false(parse(&o, &err, "--simulate", "x", "--pause-at", "20s",
                       "--resume-at", "10s", NULL));
    assert_non_null(strstr(err, "pause 1 resumes before it pauses"));
    options_free(&o);
    free(err);
    assert_false(parse(&o, &err, "--simulate", "x", "--pause-at", "10s",
                       "--resume-at", "30s", "--pause-at", "20s", "--resume-at",
                       "40s", NULL));
    assert_non_null(strstr(err, "pause 2 starts before pause 1 has resumed"));
    options_free(&o);
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(modes_and_values),
        cmocka_unit_test(usage_errors_say_what),
        cmocka_unit_test(pauses_must_follow_each_other),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
