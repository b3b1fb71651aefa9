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

// Keys a later version wrote are kept and written back on save, whatever
// they hold; the known ones are rewritten as they are now.
// How the unknown keys of that file are kept, and written back.
#define KEPT                                                                   \
    "theme: dark\n"                                                            \
    "bass: -3\n"                                                               \
    "greeting: \"say \\\"hi\\\"\"\n"                                           \
    "note: \"two words\"\n"                                                    \
    "empty: ~\n"                                                               \
    "dash: \"-\"\n"                                                            \
    "eq: [{band: 1, gain: 2.5}, [a, \"b, c\"]]\n"                              \
    "text: \"line one\\x0aline two\\x0a\"\n"                                   \
    "odd: \"\\x85 \\ufeff \\ufffe \\x09\\x7f \\u2028\"\n"
static void unknown_keys_survive_a_save(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/settings.yaml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# from a later version\n"
          "volume: 30\n"
          "theme: dark\n"
          "bass: -3\n"
          "greeting: \"say \\\"hi\\\"\"\n"
          "note: two words\n"
          "empty:\n"
          "dash: \"-\"\n"
          "eq:\n"
          "  - {band: 1, gain: 2.5}\n"
          "  - [a, 'b, c']\n"
          "voice: false\n"
          "text: |\n"
          "  line one\n"
          "  line two\n"
          "odd: \"\\x85 \\uFEFF \\uFFFE \\t\\x7f \\u2028\"\n",
          f);
    fclose(f);
    struct settings s;
    char *unknown = NULL;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_true(settings_read(path, &s, &unknown, &diags));
    assert_int_equal(diags.count, 0);
    assert_int_equal(s.volume, 30);
    assert_false(s.voice);
    s.volume = 70;
    assert_true(settings_write(path, &s, unknown));
    free(unknown);

    char *text = test_read_file(path);
    assert_string_equal(text, "# Limber remembers these between runs.\n"
                              "volume: 70\n"
                              "muted: false\n"
                              "voice: false\n" KEPT);
    free(text);
    // What was written reads back to the same, and again to the same.
    assert_true(settings_read(path, &s, &unknown, &diags));
    assert_int_equal(diags.count, 0);
    assert_int_equal(s.volume, 70);
    assert_string_equal(unknown, KEPT);
    free(unknown);
    diag_list_clear(&diags);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

// An unknown key whose aliases expand past reason is an error, not a
// gigabyte written back; the rest of the file still counts.
static void unknown_alias_bomb(void **state)
{
    (void)state;
    const char *text = "volume: 20\n"
                       "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                       "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                       "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                       "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                       "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
    struct settings s;
    char *unknown = NULL;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_false(settings_load_buffer("settings.yaml", text, strlen(text), &s,
                                      &unknown, &diags));
    assert_int_equal(s.volume, 20);
    assert_true(diags.count >= 1);
    char *got = test_diag_text(&diags);
    assert_non_null(strstr(got, "is too large to keep (8192 nodes at most)"));
    free(got);
    assert_true(strlen(unknown) < SETTINGS_FILE_MAX);
    assert_non_null(strstr(unknown, "a: [x, x, x"));
    free(unknown);
    diag_list_clear(&diags);
}

static ino_t inode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_ino : 0;
}

// A burst of changes is one write, made once they settle; a change still
// settling is written when the writer is flushed at exit.
static void changes_settle_before_a_write(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/settings.yaml", dir);
    struct settings_writer w;
    settings_writer_init(&w, xstrdup(path), xstrdup("later: 1\n"));
    assert_int_equal(settings_writer_deadline_ms(&w), INT64_MAX);
    assert_true(settings_writer_flush(&w, 1000)); // nothing waits
    assert_int_equal(inode_of(path), 0);

    struct settings s = settings_default();
    int64_t now = 1000;
    for (int i = 0; i < 8; i++, now += 300) { // a press every 0.3 s
        s.volume = 10 * i;
        settings_writer_change(&w, &s, now);
        assert_true(settings_writer_flush(&w, now));
        assert_int_equal(inode_of(path), 0); // nothing written yet
    }
    int64_t last = now - 300;
    assert_int_equal(settings_writer_deadline_ms(&w),
                     last + SETTINGS_SETTLE_MS);
    assert_true(settings_writer_flush(&w, last + SETTINGS_SETTLE_MS - 1));
    assert_int_equal(inode_of(path), 0);
    assert_true(settings_writer_flush(&w, last + SETTINGS_SETTLE_MS));
    ino_t first = inode_of(path);
    assert_true(first != 0);
    assert_int_equal(settings_writer_deadline_ms(&w), INT64_MAX);
    // Once written, later wake-ups write nothing (the file is replaced by
    // rename on every write, so a new write is a new inode).
    assert_true(settings_writer_flush(&w, last + 10 * SETTINGS_SETTLE_MS));
    assert_int_equal(inode_of(path), first);
    struct settings back;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    char *unknown;
    assert_true(settings_read(path, &back, &unknown, &diags));
    assert_int_equal(back.volume, 70);
    assert_string_equal(unknown, "later: 1\n");
    free(unknown);

    // Exit with a change still settling: the flush at exit writes it.
    s.volume = 20;
    settings_writer_change(&w, &s, now);
    assert_true(settings_writer_flush(&w, INT64_MAX));
    assert_true(inode_of(path) != first);
    assert_true(settings_load(path, &back, &diags));
    assert_int_equal(back.volume, 20);
    settings_writer_done(&w);

    // No path: changes are dropped, nothing is written.
    settings_writer_init(&w, NULL, NULL);
    settings_writer_change(&w, &s, now);
    assert_int_equal(settings_writer_deadline_ms(&w), INT64_MAX);
    assert_true(settings_writer_flush(&w, INT64_MAX));
    settings_writer_done(&w);
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
    bool ok = settings_load_buffer("settings.yaml", text, strlen(text), s, NULL,
                                   &diags);
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
        {"volume: 40\nbass: 3\nbass: 4\n",
         "settings.yaml:3:1: error: duplicate key 'bass' (first given at "
         "2:1)\n"},
        {"[a]: 1\n",
         "settings.yaml:1:1: error: keys must be words, found a list\n"},
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
        cmocka_unit_test(unknown_keys_survive_a_save),
        cmocka_unit_test(unknown_alias_bomb),
        cmocka_unit_test(changes_settle_before_a_write),
        cmocka_unit_test(broken_files),
        cmocka_unit_test(broken_file_on_disk),
        cmocka_unit_test(unwritable_folder),
        cmocka_unit_test(path_follows_xdg),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
