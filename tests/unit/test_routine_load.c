// The loader: the gallery of bad files (each with its expected messages,
// compared byte for byte), the good files, and the cases that need a file
// made on the spot (size limits, symbolic links, hostile YAML).

#include "test_util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "library.h"
#include "routine_load.h"
#include "xalloc.h"

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

// The messages of one gallery entry: a file loaded alone, or a folder
// loaded as a library (for problems between files, such as two ids).
static char *gallery_messages(const char *name, bool *loaded)
{
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct stat st;
    if (stat(name, &st) == 0 && S_ISDIR(st.st_mode)) {
        struct library *lib = library_new();
        library_add_dir(lib, name, true);
        diag_list_take(&diags, &lib->problems);
        *loaded = false;
        library_free(lib);
    } else {
        struct routine *r = routine_load_file(name, &diags);
        *loaded = r != NULL;
        routine_free(r);
    }
    char *text = test_diag_text(&diags);
    diag_list_clear(&diags);
    return text;
}

// Every tests/data/bad/NAME.yaml (or folder NAME/) fails with exactly the
// messages in NAME.txt. Paths are relative so the text is portable.
static void bad_gallery(void **state)
{
    (void)state;
    char *cwd = getcwd(NULL, 0);
    assert_int_equal(chdir(TEST_DATA "/bad"), 0);
    DIR *d = opendir(".");
    assert_non_null(d);
    struct dirent *e;
    int entries = 0, failures = 0;
    while ((e = readdir(d))) {
        struct stat st;
        bool folder = e->d_name[0] != '.' && stat(e->d_name, &st) == 0 &&
                      S_ISDIR(st.st_mode);
        if (!folder && !has_suffix(e->d_name, ".yaml"))
            continue;
        entries++;
        bool loaded;
        char *got = gallery_messages(e->d_name, &loaded);
        char *stem = folder ? xstrdup(e->d_name)
                            : xstrndup(e->d_name, strlen(e->d_name) - 5);
        char *txt_path = xasprintf("%s.txt", stem);
        char *want = test_read_file(txt_path);
        if (loaded) {
            print_error("%s: loaded, but it is bad\n", e->d_name);
            failures++;
        } else if (!want) {
            print_error("%s: no expected messages in %s\n", e->d_name,
                        txt_path);
            failures++;
        } else if (strcmp(got, want) != 0) {
            print_error("%s: messages differ\n--- want\n%s--- got\n%s",
                        e->d_name, want, got);
            failures++;
        }
        free(got);
        free(want);
        free(stem);
        free(txt_path);
    }
    closedir(d);
    assert_int_equal(chdir(cwd), 0);
    free(cwd);
    assert_true(entries >= 19);
    assert_int_equal(failures, 0);
}

static int load_folder_cleanly(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    int loaded = 0;
    while ((e = readdir(d))) {
        if (!has_suffix(e->d_name, ".yaml"))
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        struct diag_list diags;
        diag_list_init(&diags, DIAG_FILE_LIMIT);
        struct routine *r = routine_load_file(path, &diags);
        if (!r) {
            char *text = test_diag_text(&diags);
            fail_msg("%s does not load:\n%s", path, text);
        }
        assert_int_equal(diags.count, 0);
        loaded++;
        routine_free(r);
        diag_list_clear(&diags);
        free(path);
    }
    closedir(d);
    return loaded;
}

static void good_files_and_bundled_routines_load(void **state)
{
    (void)state;
    assert_true(load_folder_cleanly(TEST_DATA "/good") >= 3);
    assert_true(load_folder_cleanly(SOURCE_ROUTINES) >= 3);
}

static void defaults(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: minimal\n"
                                         "title: Minimal\n"
                                         "muscles: [feet]\n"
                                         "steps:\n"
                                         "  - title: Only\n"
                                         "    duration: 90\n",
                                         NULL);
    assert_string_equal(r->id, "minimal");
    assert_string_equal(r->lang, "en");
    assert_int_equal(r->kind, ROUTINE_MIXED);
    assert_int_equal(r->prepare_ms, 5000);
    assert_int_equal(r->switch_ms, 5000);
    assert_int_equal(r->muscles, 1u << MUSCLE_FEET);
    assert_int_equal(r->step_count, 1);
    const struct step *s = &r->steps[0];
    assert_int_equal(s->duration_ms, 90000);
    assert_int_equal(s->sides, ROUTINE_SIDES_NONE);
    assert_int_equal(s->repeat, 1);
    assert_int_equal(s->rest_ms, 0);
    assert_int_equal(s->cue, ROUTINE_CUE_DEFAULT);
    assert_null(s->cue_file);
    assert_null(s->image);
    assert_int_equal(s->text.count, 0);
    assert_int_equal(s->say.count, 0);
    assert_int_equal(r->id_line, 2);
    assert_int_equal(r->id_col, 5);
    routine_free(r);
}

static void every_field(void **state)
{
    (void)state;
    struct routine *r =
        test_load_string("format: 1\n"
                         "id: full-1\n"
                         "lang: uk\n"
                         "title: {en: Full, uk: Повна}\n"
                         "summary: {en: Everything., uk: Усе.}\n"
                         "kind: massage\n"
                         "muscles: [calves, feet, whole-body]\n"
                         "prepare: 10s\n"
                         "switch: 0\n"
                         "steps:\n"
                         "  - title: {en: One, uk: Один}\n"
                         "    text: {en: Do it., uk: Зробіть.}\n"
                         "    say: {en: Now, uk: Зараз}\n"
                         "    duration: 1m30s\n"
                         "    sides: both\n"
                         "    repeat: 20\n"
                         "    rest: 1h\n"
                         "    cue: gong\n",
                         NULL);
    assert_int_equal(r->kind, ROUTINE_MASSAGE);
    assert_int_equal(r->muscles, (1u << MUSCLE_CALVES) | (1u << MUSCLE_FEET) |
                                     (1u << MUSCLE_WHOLE_BODY));
    assert_int_equal(r->prepare_ms, 10000);
    assert_int_equal(r->switch_ms, 0);
    const struct step *s = &r->steps[0];
    assert_int_equal(s->duration_ms, 90000);
    assert_int_equal(s->sides, ROUTINE_SIDES_BOTH);
    assert_int_equal(s->repeat, 20);
    assert_int_equal(s->rest_ms, 3600000);
    assert_int_equal(s->cue, ROUTINE_CUE_GONG);
    assert_string_equal(text_get(&s->say, "uk", r->lang), "Зараз");
    assert_string_equal(text_get(&r->summary, "en", r->lang), "Everything.");
    routine_free(r);
}

static char *routine_with(const char *extra)
{
    return xasprintf("format: 1\nid: x\ntitle: X\nmuscles: [feet]\n"
                     "steps:\n  - title: A\n    duration: 10s\n%s",
                     extra);
}

static struct routine *load_file_expecting(const char *path, const char *want)
{
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct routine *r = routine_load_file(path, &diags);
    char *got = test_diag_text(&diags);
    assert_string_equal(got, want);
    free(got);
    diag_list_clear(&diags);
    return r;
}

static void size_limit(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    // Exactly 1 MiB loads: a routine padded with a comment.
    char *body = routine_with("");
    size_t len = strlen(body);
    char *big = xmalloc(ROUTINE_FILE_MAX + 2);
    memcpy(big, body, len);
    big[len] = '#';
    memset(big + len + 1, 'x', ROUTINE_FILE_MAX - len - 2);
    big[ROUTINE_FILE_MAX - 1] = '\n';
    big[ROUTINE_FILE_MAX] = '\0';
    char *path = test_write_file(dir, "max.yaml", big);
    struct routine *r = load_file_expecting(path, "");
    assert_non_null(r);
    routine_free(r);
    free(path);

    // One byte more is refused before parsing.
    big[ROUTINE_FILE_MAX] = '\n';
    big[ROUTINE_FILE_MAX + 1] = '\0';
    path = test_write_file(dir, "over.yaml", big);
    char *want = xasprintf("%s:1:1: error: the file is 1048577 bytes: a "
                           "routine file may be at most 1 MiB (1048576 "
                           "bytes)\n",
                           path);
    assert_null(load_file_expecting(path, want));
    free(want);
    free(path);
    free(big);
    free(body);
    test_remove_tree(dir);
    free(dir);
}

// A routine in dir/routine/ that names cue and image files.
static void paths_stay_in_the_folder(void **state)
{
    (void)state;
    char *root = test_make_dir();
    char *dir = xasprintf("%s/routine", root);
    char *sounds = xasprintf("%s/routine/sounds", root);
    assert_int_equal(mkdir(dir, 0755), 0);
    assert_int_equal(mkdir(sounds, 0755), 0);
    free(test_write_file(sounds, "bell.wav", "RIFF"));
    free(test_write_file(dir, "pic.png", "PNG"));
    free(test_write_file(root, "outside.wav", "RIFF"));
    char *inside = xasprintf("%s/inner.wav", dir);
    char *escape = xasprintf("%s/escape.wav", dir);
    assert_int_equal(symlink("sounds/bell.wav", inside), 0);
    assert_int_equal(symlink("../outside.wav", escape), 0);

    char *text = routine_with("    cue: sounds/bell.wav\n"
                              "    image: pic.png\n"
                              "  - title: B\n"
                              "    duration: 10s\n"
                              "    cue: inner.wav\n");
    char *path = test_write_file(dir, "ok.yaml", text);
    struct routine *r = load_file_expecting(path, "");
    assert_non_null(r);
    assert_int_equal(r->steps[0].cue, ROUTINE_CUE_FILE);
    assert_non_null(strstr(r->steps[0].cue_file, "/routine/sounds/bell.wav"));
    assert_true(r->steps[0].cue_file[0] == '/');
    assert_non_null(strstr(r->steps[0].image, "/routine/pic.png"));
    // A link inside the folder resolves to its target.
    assert_non_null(strstr(r->steps[1].cue_file, "/sounds/bell.wav"));
    routine_free(r);
    free(text);
    free(path);

    text = routine_with("    cue: escape.wav\n"
                        "  - title: B\n"
                        "    duration: 10s\n"
                        "    cue: sounds.wav\n"
                        "  - title: C\n"
                        "    duration: 10s\n"
                        "    image: sounds/../../outside.wav\n");
    char *folder_link = xasprintf("%s/sounds.wav", dir);
    assert_int_equal(symlink("sounds", folder_link), 0);
    free(folder_link);
    path = test_write_file(dir, "bad.yaml", text);
    char *want = xasprintf(
        "%s:8:10: error: cue file 'escape.wav' leads outside the routine's "
        "folder through a symbolic link\n"
        "%s:11:10: error: cue file 'sounds.wav' is not a regular file\n"
        "%s:14:12: error: image file 'sounds/../../outside.wav' leaves the "
        "routine's folder\n",
        path, path, path);
    assert_null(load_file_expecting(path, want));
    free(want);
    free(text);
    free(path);
    free(inside);
    free(escape);
    free(sounds);
    free(dir);
    test_remove_tree(root);
    free(root);
}

static void missing_and_odd_files(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *missing = xasprintf("%s/none.yaml", dir);
    char *want = xasprintf(
        "%s:1:1: error: cannot open: No such file or directory\n", missing);
    assert_null(load_file_expecting(missing, want));
    free(want);
    want = xasprintf("%s:1:1: error: not a regular file\n", dir);
    assert_null(load_file_expecting(dir, want));
    free(want);
    free(missing);
    test_remove_tree(dir);
    free(dir);
}

static void stops_after_twenty_errors(void **state)
{
    (void)state;
    char *text = routine_with("");
    for (int i = 0; i < 25; i++) {
        char *more = xasprintf("%sextra%d: 1\n", text, i);
        free(text);
        text = more;
    }
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    assert_null(routine_load_buffer("many.yaml", text, strlen(text), &diags));
    assert_int_equal(diags.count, 20);
    assert_true(diags.overflowed);
    char *got = test_diag_text(&diags);
    assert_non_null(strstr(got, "many.yaml:8:1: error: unknown key 'extra0' "
                                "in the routine (known keys: "));
    assert_non_null(strstr(got, "many.yaml:27:1: error: too many errors, "
                                "giving up\n"));
    assert_null(strstr(got, "extra20"));
    free(got);
    free(text);
    diag_list_clear(&diags);
}

static char *repeat(const char *piece, int times)
{
    size_t n = strlen(piece);
    char *s = xmalloc(n * (size_t)times + 1);
    for (int i = 0; i < times; i++)
        memcpy(s + n * (size_t)i, piece, n);
    s[n * (size_t)times] = '\0';
    return s;
}

static void hostile_yaml_fails_cleanly(void **state)
{
    (void)state;
    // Nesting 10,000 deep.
    char *open = repeat("[", 10000), *close = repeat("]", 10000);
    char *deep = xasprintf("format: 1\nid: deep\ntitle: %s%s\n"
                           "muscles: [feet]\nsteps: [{title: A, "
                           "duration: 1}]\n",
                           open, close);
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    assert_null(routine_load_buffer("deep.yaml", deep, strlen(deep), &diags));
    char *got = test_diag_text(&diags);
    // Stopped at the limit: the root mapping and 63 lists are allowed.
    assert_string_equal(got,
                        "deep.yaml:3:71: error: nested more than 64 levels "
                        "deep\n");
    free(got);
    diag_list_clear(&diags);

    // "Billion laughs": aliases stay references, nothing expands.
    const char *bomb =
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
        "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
        "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
        "format: 1\nid: bomb\ntitle: *i\nmuscles: *i\nsteps: *i\n";
    assert_null(routine_load_buffer("bomb.yaml", bomb, strlen(bomb), &diags));
    assert_true(diags.count > 0);
    assert_true(diags.count <= DIAG_FILE_LIMIT);
    diag_list_clear(&diags);

    // A NUL written as an escape.
    const char *nul = "format: 1\nid: n\ntitle: \"a\\0b\"\nmuscles: [feet]\n"
                      "steps: [{title: A, duration: 1}]\n";
    assert_null(routine_load_buffer("nul.yaml", nul, strlen(nul), &diags));
    got = test_diag_text(&diags);
    assert_string_equal(got, "nul.yaml:3:8: error: 'title' contains a NUL "
                             "character\n");
    free(got);
    diag_list_clear(&diags);
    free(open);
    free(close);
    free(deep);
}

static void step_limit(void **state)
{
    (void)state;
    char *steps = repeat("  - {title: A, duration: 1}\n", ROUTINE_STEPS_MAX);
    char *text = xasprintf("format: 1\nid: s\ntitle: S\nmuscles: [feet]\n"
                           "steps:\n%s",
                           steps);
    struct routine *r = test_load_string(text, NULL);
    assert_int_equal(r->step_count, ROUTINE_STEPS_MAX);
    routine_free(r);
    char *more = xasprintf("%s  - {title: B, duration: 1}\n", text);
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    assert_null(routine_load_buffer("s.yaml", more, strlen(more), &diags));
    char *got = test_diag_text(&diags);
    assert_string_equal(got, "s.yaml:1006:5: error: too many steps: a "
                             "routine has at most 1000\n");
    free(got);
    diag_list_clear(&diags);
    free(more);
    free(text);
    free(steps);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_gallery),
        cmocka_unit_test(good_files_and_bundled_routines_load),
        cmocka_unit_test(defaults),
        cmocka_unit_test(every_field),
        cmocka_unit_test(size_limit),
        cmocka_unit_test(paths_stay_in_the_folder),
        cmocka_unit_test(missing_and_odd_files),
        cmocka_unit_test(stops_after_twenty_errors),
        cmocka_unit_test(hostile_yaml_fails_cleanly),
        cmocka_unit_test(step_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
