#include "test_util.h"

#include "duration.h"

static void accepts_what_authors_write(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int64_t ms;
    } good[] = {
        {"90", 90000},     {"0", 0},
        {"45s", 45000},    {"1m", 60000},
        {"1m30s", 90000},  {"1h", 3600000},
        {"1h5m", 3900000}, {"2h0m1s", 7201000},
        {"0s", 0},         {"007s", 7000},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int64_t ms = -1;
        assert_true(duration_parse(good[i].text, &ms));
        assert_int_equal(ms, good[i].ms);
    }
}

static void refuses_the_rest(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "s",
        "m30",
        "30s1m",
        "1s1s",
        "1.5s",
        "-5s",
        " 5s",
        "5 s",
        "5S",
        "5sec",
        "1m 30s",
        "30x",
        "1d",
        "5s ",
        "1h1h",
        "99999999999999999999",
        "1000h1s",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t ms = 12345;
        if (duration_parse(bad[i], &ms))
            fail_msg("accepted '%s'", bad[i]);
        assert_int_equal(ms, 12345);
    }
}

static void formats_back(void **state)
{
    (void)state;
    char buf[32];
    assert_string_equal(duration_format(0, buf, sizeof buf), "0s");
    assert_string_equal(duration_format(45000, buf, sizeof buf), "45s");
    assert_string_equal(duration_format(60000, buf, sizeof buf), "1m");
    assert_string_equal(duration_format(90000, buf, sizeof buf), "1m30s");
    assert_string_equal(duration_format(3600000, buf, sizeof buf), "1h");
    assert_string_equal(duration_format(3661999, buf, sizeof buf), "1h1m1s");
    assert_string_equal(duration_format(86400000, buf, sizeof buf), "24h");
    // Everything it writes reads back.
    for (int64_t s = 0; s < 5000; s += 7) {
        int64_t ms;
        assert_true(
            duration_parse(duration_format(s * 1000, buf, sizeof buf), &ms));
        assert_int_equal(ms, s * 1000);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(accepts_what_authors_write),
        cmocka_unit_test(refuses_the_rest),
        cmocka_unit_test(formats_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
