#include "test_util.h"

#include <string.h>

#include "utf8.h"

static void valid_text(void **state)
{
    (void)state;
    const char *ok[] = {"",
                        "plain",
                        "м’яз",
                        "日本",
                        "\xF0\x9F\x98\x80",
                        "\xEF\xBF\xBF",
                        "\xF4\x8F\xBF\xBF"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t bad = 99;
        assert_true(utf8_valid(ok[i], strlen(ok[i]), &bad));
        assert_int_equal(bad, 99);
    }
}

static void invalid_text_and_where(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t offset;
    } cases[] = {
        {"ab\xFF", 2},           // never valid
        {"a\xC0\xAF", 1},        // overlong '/'
        {"\xE0\x80\xAF", 0},     // overlong, 3 bytes
        {"ok\xED\xA0\x80", 2},   // a surrogate
        {"\xF4\x90\x80\x80", 0}, // above U+10FFFF
        {"м\xD1", 2},            // cut short
        {"x\x80y", 1},           // a lone continuation byte
        {"\xE2\x82\x41", 0},     // continuation missing
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t bad = 99;
        assert_false(utf8_valid(cases[i].text, strlen(cases[i].text), &bad));
        assert_int_equal(bad, cases[i].offset);
    }
}

// Characters one by one, a broken byte as U+FFFD passed alone.
static void next_character(void **state)
{
    (void)state;
    const char s[] = "aЖ€😀\xff"
                     "b";
    size_t len = sizeof s - 1, pos = 0;
    const uint32_t want[] = {'a', 0x416, 0x20AC, 0x1F600, 0xFFFD, 'b'};
    const size_t ends[] = {1, 3, 6, 10, 11, 12};
    for (size_t i = 0; i < 6; i++) {
        assert_int_equal(utf8_next(s, len, &pos), want[i]);
        assert_int_equal(pos, ends[i]);
    }
    pos = 0; // cut short: the lead byte alone
    assert_int_equal(utf8_next("\xd0", 1, &pos), 0xFFFD);
    assert_int_equal(pos, 1);
}

static void positions_count_characters(void **state)
{
    (void)state;
    const char *text = "ab\nм’яз X\n";
    int line, col;
    utf8_position(text, 0, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);
    const char *x = strchr(text, 'X');
    utf8_position(text, (size_t)(x - text), &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 6); // м ’ я з space: five characters before X
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_text),
        cmocka_unit_test(invalid_text_and_where),
        cmocka_unit_test(positions_count_characters),
        cmocka_unit_test(next_character),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
