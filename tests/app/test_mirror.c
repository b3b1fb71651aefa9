// The mirrored layout of a right-to-left interface (src/app/draw/mirror.h):
// which languages mirror, and what happens to rectangles and alignment.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "mirror.h"

static void languages(void **state)
{
    (void)state;
    static const char *const rtl[] = {"he",      "fa",    "ar",    "ur",
                                      "yi",      "he-IL", "fa_IR", "az-Arab",
                                      "pa-Arab", "HE"};
    static const char *const ltr[] = {"en",      "uk",      "el",       "ja",
                                      "zh-Hant", "ku-Latn", "sr@latin", "pt-BR",
                                      "",        NULL};
    for (size_t i = 0; i < sizeof rtl / sizeof *rtl; i++)
        assert_true(mirror_for(rtl[i], 1280).on);
    for (size_t i = 0; i < sizeof ltr / sizeof *ltr; i++)
        assert_false(mirror_for(ltr[i], 1280).on);
}

// A Back button at the top left of a 1280-pixel window goes to the top
// right, by the same margin; an interface shown in English (as one in a
// right-to-left language without a catalog is) does not mirror.
static void rectangles(void **state)
{
    (void)state;
    SDL_Rect back = {24, 24, 190, 76};
    struct mirror m = mirror_for("he", 1280);
    assert_true(m.on);
    SDL_Rect r = mirror_rect(&m, back);
    assert_int_equal(r.x, 1280 - 24 - 190);
    assert_int_equal(r.y, back.y);
    assert_int_equal(r.w, back.w);
    assert_int_equal(r.h, back.h);
    SDL_Rect again = mirror_rect(&m, r);
    assert_int_equal(again.x, back.x);

    struct mirror english = mirror_for("en", 1280);
    assert_false(english.on);
    assert_int_equal(mirror_rect(&english, back).x, back.x);
    struct mirror uk = mirror_for("uk", 1280);
    assert_int_equal(mirror_rect(&uk, back).x, back.x);
}

static void alignment(void **state)
{
    (void)state;
    struct mirror m = mirror_for("fa", 800);
    assert_int_equal(mirror_align(&m, TEXT_LEFT), TEXT_RIGHT);
    assert_int_equal(mirror_align(&m, TEXT_RIGHT), TEXT_LEFT);
    assert_int_equal(mirror_align(&m, TEXT_CENTER), TEXT_CENTER);
    struct mirror off = mirror_for("en", 800);
    assert_int_equal(mirror_align(&off, TEXT_LEFT), TEXT_LEFT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(languages),
        cmocka_unit_test(rectangles),
        cmocka_unit_test(alignment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
