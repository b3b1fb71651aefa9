// The remembered sound settings: round trips, the atomic write, and a
// broken file that gives path:line:col and the defaults, never a crash.

#include "test_util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "settings.h"
#include "xalloc.h"

static size_t count_files(const char *dir)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void round_trip(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    // The folders are made on the way.
    char *path = xasprintf("%s/a/b/settings.yaml", dir);
    struct settings s = {
        .volume = 35, .muted = true, .voice = false, .reduce_motion = true};
    assert_true(settings_save(path, &s));
    struct settings back;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_true(settings_load(path, &back, &diags));
    assert_int_equal(diags.count, 0);
    assert_int_equal(back.volume, 35);
    assert_true(back.muted);
    assert_false(back.voice);
    assert_true(back.reduce_motion);

    // Saved again over the old file: no temporary file is left beside it.
    s.volume = 100;
    s.muted = false;
    assert_true(settings_save(path, &s));
    assert_true(settings_load(path, &back, &diags));
    assert_int_equal(back.volume, 100);
    assert_false(back.muted);
    char *folder = xasprintf("%s/a/b", dir);
    assert_int_equal(count_files(folder), 1);
    free(folder);

    diag_list_clear(&diags);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

static void missing_file_gives_defaults(void **state)
{
    (void)state;
    struct settings s;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_true(settings_load("/nonexistent/limber/settings.yaml", &s, &diags));
    assert_int_equal(diags.count, 0);
    assert_int_equal(s.volume, SETTINGS_VOLUME_DEFAULT);
    assert_false(s.muted);
    assert_true(s.voice);
    diag_list_clear(&diags);
}

// Loads text and returns the messages, one a line (caller frees).
static char *load_text(const char *text, struct settings *s)
{
    struct diag_list diags;
    diag_list_init(&diags, 5);
    bool ok =
        settings_load_buffer("settings.yaml", text, strlen(text), s, &diags);
    assert_true(ok == (diags.count == 0));
    char *out = test_diag_text(&diags);
    diag_list_clear(&diags);
    return out;
}

static void broken_files(void **state)
{
    (void)state;
    static const struct {
        const char *text, *message;
    } cases[] = {
        {"volume: 40\nmuted: [true\n",
         "settings.yaml:3:1: error: did not find expected ',' or ']' (while "
         "parsing a flow sequence at 2:8)\n"},
        {"volume: 140\n",
         "settings.yaml:1:9: error: 'volume' must be from 0 to 100, found "
         "140\n"},
        {"volume: loud\n",
         "settings.yaml:1:9: error: 'volume' must be a whole number, found "
         "'loud'\n"},
        {"voice: yes\n",
         "settings.yaml:1:8: error: 'voice' must be true or false, not "
         "'yes'\n"},
        {"volume: 40\nbass: 3\n",
         "settings.yaml:2:1: error: unknown key 'bass' in the settings (known "
         "keys: volume, muted, voice, reduce-motion)\n"},
        {"muted: true\nmuted: false\n",
         "settings.yaml:2:1: error: duplicate key 'muted' (first given at "
         "1:1)\n"},
        {"- volume\n",
         "settings.yaml:1:1: error: settings are 'key: value' lines, found a "
         "list\n"},
        {"volume: \xff\n",
         "settings.yaml:1:9: error: invalid UTF-8 (byte 0xFF): the file must "
         "be UTF-8\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct settings s;
        char *got = load_text(cases[i].text, &s);
        assert_string_equal(got, cases[i].message);
        free(got);
    }
    // What was read before a bad key stays; the rest is default.
    struct settings s;
    char *got = load_text("volume: 40\nvoice: maybe\n", &s);
    assert_int_equal(s.volume, 40);
    assert_true(s.voice);
    free(got);
    // An empty file is every default.
    got = load_text("", &s);
    assert_string_equal(got, "");
    assert_int_equal(s.volume, SETTINGS_VOLUME_DEFAULT);
    free(got);
}

static void broken_file_on_disk(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = test_write_file(dir, "settings.yaml", "volume: 50\nvoice: \n");
    struct settings s;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_false(settings_load(path, &s, &diags));
    assert_int_equal(diags.count, 1);
    assert_string_equal(diags.items[0].path, path);
    assert_int_equal(diags.items[0].line, 2);
    diag_list_clear(&diags);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

static void unwritable_folder(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *file = test_write_file(dir, "plain", "x");
    // A file where the folder should be: the save fails, nothing crashes.
    char *path = xasprintf("%s/settings.yaml", file);
    struct settings s = settings_default();
    assert_false(settings_save(path, &s));
    free(path);
    free(file);
    test_remove_tree(dir);
    free(dir);
}

static void path_follows_xdg(void **state)
{
    (void)state;
    setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
    char *p = settings_path();
    assert_string_equal(p, "/tmp/cfg/limber/settings.yaml");
    free(p);
    // A relative XDG_CONFIG_HOME is ignored (the XDG spec).
    setenv("XDG_CONFIG_HOME", "rel", 1);
    setenv("HOME", "/home/x", 1);
    p = settings_path();
    assert_string_equal(p, "/home/x/.config/limber/settings.yaml");
    free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(missing_file_gives_defaults),
        cmocka_unit_test(broken_files),
        cmocka_unit_test(broken_file_on_disk),
        cmocka_unit_test(unwritable_folder),
        cmocka_unit_test(path_follows_xdg),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
