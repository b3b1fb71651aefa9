// The session journal: round trips, torn lines, a writer killed at random
// moments, and the week and streak figures.

#include "test_util.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "history.h"
#include "xalloc.h"

static struct history_entry entry(const char *id, int64_t start,
                                  int64_t duration_ms, int stopped_at)
{
    struct history_entry e = {.start = start,
                              .duration_ms = duration_ms,
                              .completed = stopped_at == 0,
                              .stopped_at_step = stopped_at};
    snprintf(e.id, sizeof e.id, "%s", id);
    memcpy(e.lang, "uk", 3);
    return e;
}

static void append_and_read_back(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/deep/er/history.jsonl", dir);
    struct history_entry a = entry("calf-cramp-relief", 1764182400, 355000, 0);
    struct history_entry b = entry("neck", 1764186000, 65000, 2);
    assert_true(history_append(path, &a));
    assert_true(history_append(path, &b));

    char *text = test_read_file(path);
    assert_string_equal(text,
                        "{\"id\":\"calf-cramp-relief\",\"lang\":\"uk\","
                        "\"start\":\"2025-11-26T18:40:00Z\",\"duration_ms\":"
                        "355000,\"completed\":true}\n"
                        "{\"id\":\"neck\",\"lang\":\"uk\",\"start\":"
                        "\"2025-11-26T19:40:00Z\",\"duration_ms\":65000,"
                        "\"completed\":false,\"stopped_at_step\":2}\n");
    free(text);

    struct history h;
    assert_true(history_read(path, &h));
    assert_int_equal(h.count, 2);
    assert_int_equal(h.skipped, 0);
    assert_string_equal(h.entries[0].id, "calf-cramp-relief");
    assert_int_equal(h.entries[0].start, 1764182400);
    assert_true(h.entries[0].completed);
    assert_false(h.entries[1].completed);
    assert_int_equal(h.entries[1].stopped_at_step, 2);
    assert_int_equal(h.entries[1].duration_ms, 65000);
    history_clear(&h);

    // No file yet: an empty history, not an error.
    char *none = xasprintf("%s/none.jsonl", dir);
    assert_true(history_read(none, &h));
    assert_int_equal(h.count, 0);
    free(none);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

static void torn_lines_cost_only_themselves(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/history.jsonl", dir);
    struct history_entry a = entry("a", 1000000000, 1, 0);
    assert_true(history_append(path, &a));
    // A crash in the middle of the second write.
    FILE *f = fopen(path, "a");
    fputs("{\"id\":\"b\",\"lang\":\"uk\",\"sta", f);
    fclose(f);

    struct history h;
    assert_true(history_read(path, &h));
    assert_int_equal(h.count, 1);
    assert_int_equal(h.skipped, 1);
    history_clear(&h);

    // The next entry starts on its own line and survives whole.
    struct history_entry c = entry("c", 1000000100, 3, 0);
    assert_true(history_append(path, &c));
    assert_true(history_read(path, &h));
    assert_int_equal(h.count, 2);
    assert_string_equal(h.entries[1].id, "c");
    assert_int_equal(h.skipped, 1);
    history_clear(&h);
    free(path);
    test_remove_tree(dir);
    free(dir);
}

static void foreign_lines_are_skipped(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "{}",
        "not json",
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1}", // no completed
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"yesterday\","
        "\"duration_ms\":1,\"completed\":true}", // bad time
        "{\"id\":\"a\",\"lang\":\"English\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1,\"completed\":true}", // bad language
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1,\"completed\":true,\"x\":}", // key, no value
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1,\"completed\":true,\"x\":[1,}", // torn array
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1,\"completed\":true,\"x\":\"open}", // torn string
        "{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2025-11-26T18:40:00Z\","
        "\"duration_ms\":1,\"completed\":true} extra",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct history_entry e;
        if (history_parse_line(bad[i], strlen(bad[i]), &e))
            fail_msg("accepted line %zu: %s", i, bad[i]);
    }
    const char *good = " { \"completed\" : false , \"stopped_at_step\":4,"
                       "\"duration_ms\":7,\"start\":\"2025-11-26T18:40:00Z\","
                       "\"lang\":\"en\",\"id\":\"x-1\" } ";
    struct history_entry e;
    assert_true(history_parse_line(good, strlen(good), &e));
    assert_int_equal(e.stopped_at_step, 4);
    // Language tags are read in any spelling and kept normalised.
    const char *regional = "{\"id\":\"a\",\"lang\":\"pt_br\",\"start\":"
                           "\"2025-11-26T18:40:00Z\",\"duration_ms\":1,"
                           "\"completed\":true}";
    assert_true(history_parse_line(regional, strlen(regional), &e));
    assert_string_equal(e.lang, "pt-BR");
}

// The writer appends entries numbered 1, 2, 3... (in duration_ms) after
// the ones already there, until it is killed.
static void writer(const char *path)
{
    struct history h;
    if (!history_read(path, &h))
        _exit(2);
    int64_t next = (int64_t)h.count + 1;
    history_clear(&h);
    for (;;) {
        struct history_entry e = entry("killed-writer", 1700000000 + next, next,
                                       next % 3 ? 0 : (int)next % 7);
        if (!history_append(path, &e))
            _exit(3);
        next++;
    }
}

static void sigkill_loses_nothing_earlier(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/history.jsonl", dir);
    size_t before = 0;
    srand(12345);
    for (int round = 0; round < 40; round++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0)
            writer(path);
        struct timespec pause = {0, (rand() % 20000) * 1000L};
        nanosleep(&pause, NULL);
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);
        assert_true(WIFSIGNALED(status)); // killed, not failed

        struct history h;
        assert_true(history_read(path, &h));
        // Every entry so far, in order, none lost or changed.
        assert_true(h.count >= before);
        for (size_t i = 0; i < h.count; i++) {
            assert_int_equal(h.entries[i].duration_ms, (int64_t)i + 1);
            assert_int_equal(h.entries[i].start, 1700000000 + (int64_t)i + 1);
            assert_string_equal(h.entries[i].id, "killed-writer");
        }
        before = h.count;
        history_clear(&h);
    }
    assert_true(before > 40); // the writers did get work done
    free(path);
    test_remove_tree(dir);
    free(dir);
}

// Lines a later version wrote, with keys this one does not know (of
// every JSON kind, before and after the known ones), still count: in the
// week and in the streak.
static void later_versions_lines_count(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    tzset();
    // Thursday 2026-11-26 12:00 UTC.
    const time_t now = 1795694400;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/history.jsonl", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"id\":\"a\",\"lang\":\"uk\",\"start\":\"2026-11-24T09:00:00Z\","
          "\"duration_ms\":60000,\"completed\":true,\"rating\":5}\n",
          f);
    fputs("{\"device\":{\"name\":\"kiosk \\\"2\\\"\",\"ids\":[1,-2.5e3,null]},"
          "\"id\":\"b\",\"lang\":\"en\",\"start\":\"2026-11-25T09:00:00Z\","
          "\"duration_ms\":60000,\"completed\":true,\"note\":\"\\u00e9, ok\","
          "\"tags\":[],\"extra\":{},\"ok\":false}\n",
          f);
    fputs("{\"id\":\"c\",\"lang\":\"en\",\"start\":\"2026-11-26T09:00:00Z\","
          "\"a_key_much_longer_than_thirty_two_characters\":true,"
          "\"duration_ms\":30000,\"completed\":false,\"stopped_at_step\":2}\n",
          f);
    fclose(f);
    struct history h;
    assert_true(history_read(path, &h));
    assert_int_equal(h.skipped, 0);
    assert_int_equal(h.count, 3);
    assert_string_equal(h.entries[1].id, "b");
    assert_int_equal(h.entries[1].duration_ms, 60000);
    assert_int_equal(h.entries[2].stopped_at_step, 2);
    assert_int_equal(history_this_week(&h, now), 3);
    // Tuesday and Wednesday completed; today only stopped.
    assert_int_equal(history_streak_days(&h, now), 2);
    history_clear(&h);
    free(path);
    test_remove_tree(dir);
    free(dir);
    unsetenv("TZ");
}

static void week_and_streak(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    tzset();
    // Thursday 2026-11-26 12:00 UTC; Monday was the 23rd.
    const time_t now = 1795694400;
    const int64_t day = 86400;
    struct history h = {0};
    struct history_entry list[] = {
        entry("old", now - 10 * day, 1, 0),
        entry("sunday", now - 4 * day, 1, 0),             // last week
        entry("monday", now - 3 * day - 12 * 3600, 1, 0), // Mon 00:00
        entry("tuesday", now - 2 * day, 1, 0),
        entry("wednesday-stopped", now - day, 1, 2),
        entry("wednesday", now - day + 60, 1, 0),
    };
    h.entries = list;
    h.count = sizeof list / sizeof list[0];
    assert_int_equal(history_this_week(&h, now), 4);
    // Nothing yet today: Sun, Mon, Tue, Wed still count, unbroken; the
    // gap before Sunday ends it.
    assert_int_equal(history_streak_days(&h, now), 4);
    // A session today adds today.
    struct history_entry today[7];
    memcpy(today, list, sizeof list);
    today[6] = entry("today", now - 60, 1, 0);
    struct history with_today = {.entries = today, .count = 7};
    assert_int_equal(history_streak_days(&with_today, now), 5);
    assert_int_equal(history_this_week(&with_today, now), 5);
    // A stopped session alone does not keep a day.
    h.count = 5;
    assert_int_equal(history_streak_days(&h, now), 0);
    // Wednesday missing breaks it: the streak restarts after it.
    h.count = 4;
    assert_int_equal(history_streak_days(&h, now + day), 0);
    unsetenv("TZ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(append_and_read_back),
        cmocka_unit_test(torn_lines_cost_only_themselves),
        cmocka_unit_test(foreign_lines_are_skipped),
        cmocka_unit_test(sigkill_loses_nothing_earlier),
        cmocka_unit_test(week_and_streak),
        cmocka_unit_test(later_versions_lines_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
