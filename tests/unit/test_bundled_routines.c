// Every bundled routine (routines/) loads without a problem and has every
// text in Ukrainian and English: title, summary, and each step's title,
// text and say.

#include <stdio.h>

#include "library.h"
#include "test_util.h"

static void check_text(const struct routine *r, const struct text *t,
                       const char *what, int step)
{
    static const char *const langs[] = {"uk", "en"};
    for (size_t i = 0; i < 2; i++) {
        if (!text_has(t, langs[i]))
            fail_msg("%s: step %d's %s has no '%s' (0: the routine's)", r->path,
                     step, what, langs[i]);
    }
}

static void test_every_text_in_both_languages(void **state)
{
    (void)state;
    struct library *lib = library_new();
    library_add_dir(lib, SOURCE_ROUTINES, true);
    if (lib->problems.count) {
        diag_list_print(&lib->problems, stderr);
        fail_msg("the bundled routines have problems");
    }
    assert_true(lib->count >= 12);
    for (size_t i = 0; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        check_text(r, &r->title, "title", 0);
        check_text(r, &r->summary, "summary", 0);
        for (size_t s = 0; s < r->step_count; s++) {
            const struct step *st = &r->steps[s];
            int n = (int)s + 1;
            check_text(r, &st->title, "title", n);
            check_text(r, &st->text, "text", n);
            check_text(r, &st->say, "say", n);
        }
    }
    library_free(lib);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_text_in_both_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
