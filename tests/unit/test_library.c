// The library: folders with good and bad files, duplicate ids, and where
// the routines are looked for.

#include "test_util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "library.h"
#include "xalloc.h"

static char *routine_text(const char *id, const char *muscle)
{
    return xasprintf("format: 1\nid: %s\ntitle: %s\nmuscles: [%s]\n"
                     "steps: [{title: A, duration: 10s}]\n",
                     id, id, muscle);
}

static void write_routine(const char *dir, const char *name, const char *id)
{
    char *text = routine_text(id, "feet");
    free(test_write_file(dir, name, text));
    free(text);
}

static void mixed_folder(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    write_routine(dir, "b-second.yaml", "second");
    write_routine(dir, "a-first.yml", "first");
    write_routine(dir, ".hidden.yaml", "hidden");
    write_routine(dir, "notes.txt", "text");
    free(test_write_file(dir, "c-broken.yaml", "format: 1\nid: [broken\n"));
    free(test_write_file(dir, "d-wrong.yaml",
                         "format: 1\nid: wrong\ntitle: W\nmuscles: [tail]\n"
                         "steps: [{title: A, duration: 10s}]\n"));

    struct library *lib = library_new();
    assert_false(library_add_dir(lib, dir, true));
    // The good ones load, in name order; hidden and other files are left.
    assert_int_equal(lib->count, 2);
    assert_string_equal(lib->routines[0]->id, "first");
    assert_string_equal(lib->routines[1]->id, "second");
    assert_non_null(library_find(lib, "second"));
    assert_null(library_find(lib, "wrong"));
    assert_null(library_find(lib, "hidden"));
    // Each bad one is reported once, with its place.
    char *text = test_diag_text(&lib->problems);
    char *broken = xasprintf("%s/c-broken.yaml:3:1: error: ", dir);
    char *wrong = xasprintf("%s/d-wrong.yaml:4:11: error: unknown muscle "
                            "group 'tail'",
                            dir);
    assert_non_null(strstr(text, broken));
    assert_non_null(strstr(text, wrong));
    assert_int_equal(lib->problems.count, 2);
    free(broken);
    free(wrong);
    free(text);
    library_free(lib);
    test_remove_tree(dir);
    free(dir);
}

static void duplicate_ids_name_both_files(void **state)
{
    (void)state;
    char *one = test_make_dir(), *two = test_make_dir();
    write_routine(one, "calf.yaml", "calf");
    write_routine(two, "other-name.yaml", "calf");
    struct library *lib = library_new();
    assert_true(library_add_dir(lib, one, true));
    assert_false(library_add_dir(lib, two, true));
    assert_int_equal(lib->count, 1);
    assert_non_null(strstr(lib->routines[0]->path, one));
    char *text = test_diag_text(&lib->problems);
    char *want = xasprintf("%s/other-name.yaml:2:5: error: duplicate id "
                           "'calf': %s/calf.yaml:2:5 has it already\n",
                           two, one);
    assert_string_equal(text, want);
    free(want);
    free(text);
    library_free(lib);
    test_remove_tree(one);
    test_remove_tree(two);
    free(one);
    free(two);
}

static void missing_folders(void **state)
{
    (void)state;
    struct library *lib = library_new();
    // The user's folder may well not exist: that is fine.
    assert_true(library_add_dir(lib, "/nonexistent/limber", false));
    assert_int_equal(lib->problems.count, 0);
    // A folder the user named must exist.
    assert_false(library_add_dir(lib, "/nonexistent/limber", true));
    char *text = test_diag_text(&lib->problems);
    assert_string_equal(text, "/nonexistent/limber:1:1: error: cannot open "
                              "routine folder: No such file or directory\n");
    free(text);
    library_free(lib);
}

static void default_folders(void **state)
{
    (void)state;
    char *exe = test_make_dir();
    char *built = xasprintf("%s/routines", exe);
    char *dirs[2];

    setenv("XDG_DATA_HOME", "/data/home", 1);
    size_t n = library_default_dirs(exe, "/usr/share/limber", dirs);
    assert_int_equal(n, 2);
    // No routines/ next to the executable: the installed ones.
    assert_string_equal(dirs[0], "/usr/share/limber/routines");
    assert_string_equal(dirs[1], "/data/home/limber/routines");
    free(dirs[0]);
    free(dirs[1]);

    assert_int_equal(mkdir(built, 0755), 0);
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/someone", 1);
    n = library_default_dirs(exe, "/usr/share/limber", dirs);
    assert_int_equal(n, 2);
    assert_string_equal(dirs[0], built); // a build tree's own
    assert_string_equal(dirs[1], "/home/someone/.local/share/limber/routines");
    free(dirs[0]);
    free(dirs[1]);

    // A relative XDG_DATA_HOME is invalid by the spec: ignored.
    setenv("XDG_DATA_HOME", "relative", 1);
    n = library_default_dirs(NULL, "/opt/limber", dirs);
    assert_string_equal(dirs[0], "/opt/limber/routines");
    assert_string_equal(dirs[1], "/home/someone/.local/share/limber/routines");
    for (size_t i = 0; i < n; i++)
        free(dirs[i]);

    test_remove_tree(exe);
    free(exe);
    free(built);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mixed_folder),
        cmocka_unit_test(duplicate_ids_name_both_files),
        cmocka_unit_test(missing_folders),
        cmocka_unit_test(default_folders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
