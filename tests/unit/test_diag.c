#include "test_util.h"

#include <stdlib.h>

#include "diag.h"

static void limit_and_overflow(void **state)
{
    (void)state;
    struct diag_list list;
    diag_list_init(&list, 3);
    assert_true(diag_add(&list, "a.yaml", 1, 2, "one %d", 1));
    assert_true(diag_add(&list, "a.yaml", 3, 4, "two"));
    assert_true(diag_add(&list, "a.yaml", 5, 6, "three")); // now full
    assert_false(list.overflowed);
    assert_false(diag_add(&list, "a.yaml", 7, 8, "four")); // dropped
    assert_int_equal(list.count, 3);
    assert_true(list.overflowed);
    char *text = test_diag_text(&list);
    assert_string_equal(text,
                        "a.yaml:1:2: error: one 1\n"
                        "a.yaml:3:4: error: two\n"
                        "a.yaml:5:6: error: three\n"
                        "a.yaml:5:6: error: too many errors, giving up\n");
    free(text);

    struct diag_list all;
    diag_list_init(&all, 0);
    diag_list_take(&all, &list);
    assert_int_equal(list.count, 0);
    assert_int_equal(all.count, 4); // the overflow note travels along
    diag_list_clear(&all);
    diag_list_clear(&list);
}

static void sorted_by_position(void **state)
{
    (void)state;
    struct diag_list list;
    diag_list_init(&list, 0);
    diag_add(&list, "x", 9, 9, "first");
    diag_add(&list, "b", 5, 1, "c");
    diag_add(&list, "b", 2, 7, "b");
    diag_add(&list, "b", 2, 7, "b2");
    diag_add(&list, "b", 2, 3, "a");
    diag_list_sort_from(&list, 1);
    char *text = test_diag_text(&list);
    assert_string_equal(text, "x:9:9: error: first\n"
                              "b:2:3: error: a\n"
                              "b:2:7: error: b\n"
                              "b:2:7: error: b2\n"
                              "b:5:1: error: c\n");
    free(text);
    diag_list_clear(&list);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(limit_and_overflow),
        cmocka_unit_test(sorted_by_position),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
