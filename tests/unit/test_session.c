// The session on a fake clock: events in order with their due times,
// pause and resume, jumps, stop, and a whole day that ends on plan.

#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "session.h"
#include "xalloc.h"

static int64_t fake_now(void *ctx)
{
    return *(int64_t *)ctx;
}

struct fixture {
    struct routine *routine;
    struct plan *plan;
    int64_t now;
    struct session *session;
};

// prepare 5s, A 10s (0-5000-15000), B 10s (15000-25000).
static const char *const two_steps = "format: 1\n"
                                     "id: t\n"
                                     "title: T\n"
                                     "muscles: [calves]\n"
                                     "steps:\n"
                                     "  - {title: A, duration: 10s}\n"
                                     "  - {title: B, duration: 10s}\n";

static struct fixture *fixture_new(const char *yaml, int64_t start_ms)
{
    struct fixture *f = xcalloc(1, sizeof(*f));
    f->routine = test_load_string(yaml, NULL);
    f->plan = plan_new(f->routine);
    f->now = start_ms;
    f->session = session_new(f->plan, (struct clock){fake_now, &f->now});
    return f;
}

static void fixture_free(struct fixture *f)
{
    session_free(f->session);
    plan_free(f->plan);
    routine_free(f->routine);
    free(f);
}

// Writes every due event as one short line ("t kind detail"), for
// comparing whole sequences at once.
static char *drain(struct fixture *f)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    struct session_event ev;
    while (session_poll(f->session, &ev)) {
        static const char *const kinds[] = {"start",  "phase",   "cue",
                                            "paused", "resumed", "end"};
        fprintf(out, "%lld %s", (long long)ev.t_ms, kinds[ev.kind]);
        if (ev.kind == SESSION_PHASE_START)
            fprintf(out, " %zu", ev.phase);
        if (ev.kind == SESSION_CUE)
            fprintf(out, " %s", plan_cue_kind_name(f->plan->cues[ev.cue].kind));
        if (ev.kind == SESSION_ROUTINE_END)
            fprintf(out, " %s", ev.completed ? "completed" : "stopped");
        fputc('\n', out);
    }
    fclose(out);
    return text;
}

static void assert_drain(struct fixture *f, const char *want)
{
    char *got = drain(f);
    assert_string_equal(got, want);
    free(got);
}

static void late_wake_crosses_two_boundaries(void **state)
{
    (void)state;
    // The clock starts at an arbitrary reading: t_ms counts from it.
    struct fixture *f = fixture_new(two_steps, 1000000);
    assert_drain(f, "0 start\n0 phase 0\n0 cue start\n");
    assert_int_equal(session_deadline_ms(f->session), 1005000);

    f->now += 17000; // woke late, across A's start and end
    assert_drain(f, "5000 phase 1\n5000 cue start\n"
                    "12000 cue tick\n13000 cue tick\n14000 cue tick\n"
                    "15000 phase 2\n15000 cue start\n");
    assert_int_equal(session_deadline_ms(f->session), 1022000);

    struct session_position pos;
    session_position(f->session, &pos);
    assert_int_equal(pos.phase, 2);
    assert_int_equal(pos.elapsed_ms, 2000);
    assert_int_equal(pos.remaining_ms, 8000);
    assert_int_equal(pos.offset_ms, 17000);
    assert_false(pos.paused);
    assert_false(pos.over);

    f->now += 60000;
    assert_drain(f, "22000 cue tick\n23000 cue tick\n24000 cue tick\n"
                    "25000 cue finish\n25000 end completed\n");
    assert_int_equal(session_deadline_ms(f->session), INT64_MAX);
    session_position(f->session, &pos);
    assert_true(pos.over);
    fixture_free(f);
}

static void pause_moves_every_deadline(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    f->now = 7000;
    free(drain(f));
    session_pause(f->session);
    session_pause(f->session); // a second pause changes nothing
    assert_drain(f, "7000 paused\n");
    assert_int_equal(session_deadline_ms(f->session), INT64_MAX);

    f->now = 100000; // nothing moves while paused
    assert_drain(f, "");
    struct session_position pos;
    session_position(f->session, &pos);
    assert_true(pos.paused);
    assert_int_equal(pos.elapsed_ms, 2000);

    session_resume(f->session);
    assert_drain(f, "100000 resumed\n");
    // A's ticks were due at 12000: now 93 s later.
    assert_int_equal(session_deadline_ms(f->session), 105000);
    f->now = 105000;
    assert_drain(f, "105000 cue tick\n");
    fixture_free(f);
}

static void pause_after_due_events(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    free(drain(f));
    // The loop woke at 16000 and pauses before polling: the events due
    // earlier still come first, with their own times.
    f->now = 16000;
    session_pause(f->session);
    assert_drain(f, "5000 phase 1\n5000 cue start\n12000 cue tick\n"
                    "13000 cue tick\n14000 cue tick\n15000 phase 2\n"
                    "15000 cue start\n16000 paused\n");
    fixture_free(f);
}

static void next_and_previous(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    f->now = 6000; // 1 s into A
    free(drain(f));
    session_next(f->session);
    assert_drain(f, "6000 phase 2\n6000 cue start\n"); // A's ticks skipped
    struct session_position pos;
    session_position(f->session, &pos);
    assert_int_equal(pos.phase, 2);
    assert_int_equal(pos.remaining_ms, 10000);

    f->now = 7000; // 1 s into B: within the grace, back to A
    session_prev(f->session);
    assert_drain(f, "7000 phase 1\n7000 cue start\n");
    f->now = 10500; // 3.5 s into A: back to A's own start
    session_prev(f->session);
    assert_drain(f, "10500 phase 1\n10500 cue start\n");
    session_position(f->session, &pos);
    assert_int_equal(pos.phase, 1);
    assert_int_equal(pos.elapsed_ms, 0);

    session_prev(f->session); // to prepare
    session_prev(f->session); // already at the first phase: stays
    assert_drain(f, "10500 phase 0\n10500 cue start\n"
                    "10500 phase 0\n10500 cue start\n");

    session_next(f->session);
    session_next(f->session);
    session_next(f->session); // past the last phase: the end
    assert_drain(f, "10500 phase 1\n10500 cue start\n"
                    "10500 phase 2\n10500 cue start\n"
                    "10500 cue finish\n10500 end completed\n");
    session_next(f->session); // over: nothing more
    assert_drain(f, "");
    fixture_free(f);
}

static void jumps_while_paused_stay_paused(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    f->now = 1000;
    session_pause(f->session);
    f->now = 9000;
    session_next(f->session);
    assert_drain(f, "0 start\n0 phase 0\n0 cue start\n1000 paused\n"
                    "9000 phase 1\n9000 cue start\n");
    f->now = 50000;
    assert_drain(f, "");
    struct session_position pos;
    session_position(f->session, &pos);
    assert_true(pos.paused);
    assert_int_equal(pos.phase, 1);
    assert_int_equal(pos.elapsed_ms, 0);
    session_resume(f->session);
    f->now = 50000 + 7000;
    assert_drain(f, "50000 resumed\n57000 cue tick\n");
    fixture_free(f);
}

static void stop_reports_where(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    f->now = 20000;
    session_stop(f->session);
    session_stop(f->session);
    char *text = drain(f);
    const char *end = strstr(text, "20000 end stopped\n");
    assert_non_null(end);
    assert_string_equal(end, "20000 end stopped\n"); // last, and only once
    free(text);
    fixture_free(f);
}

static void stopped_event_names_the_phase(void **state)
{
    (void)state;
    struct fixture *f = fixture_new(two_steps, 0);
    f->now = 20000;
    free(drain(f));
    session_stop(f->session);
    struct session_event ev;
    assert_true(session_poll(f->session, &ev));
    assert_int_equal(ev.kind, SESSION_ROUTINE_END);
    assert_false(ev.completed);
    assert_int_equal(ev.phase, 2);
    // The position stays where it stopped.
    f->now = 90000;
    struct session_position pos;
    session_position(f->session, &pos);
    assert_true(pos.over);
    assert_false(pos.paused);
    assert_int_equal(pos.offset_ms, 20000);
    fixture_free(f);
}

// 24 one-hour steps; the loop wakes a little late every time, as real
// ones do, and the end still lands on the plan's millisecond.
static void a_day_ends_on_plan(void **state)
{
    (void)state;
    char *yaml = xstrdup("format: 1\nid: day\ntitle: Day\nmuscles: [feet]\n"
                         "prepare: 0\nsteps:\n");
    for (int i = 0; i < 24; i++) {
        char *more =
            xasprintf("%s  - {title: Hour %d, duration: 1h}\n", yaml, i + 1);
        free(yaml);
        yaml = more;
    }
    struct fixture *f = fixture_new(yaml, 42);
    free(yaml);
    assert_int_equal(f->plan->total_ms, 24LL * 3600 * 1000);

    int64_t end_t = -1;
    unsigned jitter = 1;
    size_t wakes = 0;
    while (end_t < 0) {
        struct session_event ev;
        while (session_poll(f->session, &ev)) {
            if (ev.kind == SESSION_ROUTINE_END)
                end_t = ev.t_ms;
        }
        int64_t deadline = session_deadline_ms(f->session);
        if (deadline == INT64_MAX)
            break;
        jitter = jitter * 1103515245u + 12345u;
        f->now = deadline + (jitter >> 16) % 8; // 0..7 ms late
        wakes++;
    }
    assert_int_equal(end_t, 24LL * 3600 * 1000);
    assert_true(wakes >= 24 * 4); // a start and three ticks an hour
    fixture_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(late_wake_crosses_two_boundaries),
        cmocka_unit_test(pause_moves_every_deadline),
        cmocka_unit_test(pause_after_due_events),
        cmocka_unit_test(next_and_previous),
        cmocka_unit_test(jumps_while_paused_stay_paused),
        cmocka_unit_test(stop_reports_where),
        cmocka_unit_test(stopped_event_names_the_phase),
        cmocka_unit_test(a_day_ends_on_plan),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
