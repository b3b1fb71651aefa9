// The timing rules of docs/architecture.md, phase by phase and cue by cue.

#include "test_util.h"

#include <stdlib.h>

#include "plan.h"

struct expected_phase {
    enum plan_phase_kind kind;
    int64_t start_ms, duration_ms;
    int step;
    enum plan_side side;
    int rep;
};

static void assert_phases(const struct plan *p,
                          const struct expected_phase *want, size_t count)
{
    assert_int_equal(p->phase_count, count);
    for (size_t i = 0; i < count; i++) {
        const struct plan_phase *got = &p->phases[i];
        assert_int_equal(got->kind, want[i].kind);
        assert_int_equal(got->start_ms, want[i].start_ms);
        assert_int_equal(got->duration_ms, want[i].duration_ms);
        assert_int_equal(got->step, want[i].step);
        assert_int_equal(got->side, want[i].side);
        assert_int_equal(got->rep, want[i].rep);
    }
}

static size_t count_cues(const struct plan *p, enum plan_cue_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < p->cue_count; i++)
        n += p->cues[i].kind == kind;
    return n;
}

static void sides_repeat_rest(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "title: T\n"
                                         "muscles: [calves]\n"
                                         "prepare: 3s\n"
                                         "switch: 2s\n"
                                         "steps:\n"
                                         "  - title: A\n"
                                         "    duration: 10s\n"
                                         "    sides: both\n"
                                         "    repeat: 2\n"
                                         "    rest: 4s\n"
                                         "  - title: B\n"
                                         "    duration: 2s\n"
                                         "  - title: C\n"
                                         "    duration: 1m\n"
                                         "    sides: right\n",
                                         NULL);
    struct plan *p = plan_new(r);
    const struct expected_phase want[] = {
        {PLAN_PREPARE, 0, 3000, -1, PLAN_SIDE_NONE, 0},
        {PLAN_WORK, 3000, 10000, 0, PLAN_SIDE_LEFT, 1},
        {PLAN_SWITCH, 13000, 2000, 0, PLAN_SIDE_NONE, 1},
        {PLAN_WORK, 15000, 10000, 0, PLAN_SIDE_RIGHT, 1},
        {PLAN_REST, 25000, 4000, 0, PLAN_SIDE_NONE, 1},
        {PLAN_WORK, 29000, 10000, 0, PLAN_SIDE_LEFT, 2},
        {PLAN_SWITCH, 39000, 2000, 0, PLAN_SIDE_NONE, 2},
        {PLAN_WORK, 41000, 10000, 0, PLAN_SIDE_RIGHT, 2},
        {PLAN_WORK, 51000, 2000, 1, PLAN_SIDE_NONE, 1},
        {PLAN_WORK, 53000, 60000, 2, PLAN_SIDE_RIGHT, 1},
    };
    assert_phases(p, want, sizeof want / sizeof want[0]);
    assert_int_equal(p->total_ms, 113000);

    // Ticks 3, 2, 1 s before each work phase ends; the 2 s phase has room
    // for one only (a tick never falls on the phase's own start).
    const int64_t ticks[] = {10000, 11000,  12000,  22000, 23000, 24000,
                             36000, 37000,  38000,  48000, 49000, 50000,
                             52000, 110000, 111000, 112000};
    size_t t = 0;
    for (size_t i = 0; i < p->cue_count; i++) {
        if (p->cues[i].kind != PLAN_CUE_TICK)
            continue;
        assert_true(t < sizeof ticks / sizeof ticks[0]);
        assert_int_equal(p->cues[i].at_ms, ticks[t++]);
    }
    assert_int_equal(t, sizeof ticks / sizeof ticks[0]);

    // One start cue per phase, at its start; the finish cue at the end.
    assert_int_equal(count_cues(p, PLAN_CUE_START), p->phase_count);
    for (size_t i = 0; i < p->cue_count; i++) {
        if (p->cues[i].kind == PLAN_CUE_START)
            assert_int_equal(p->cues[i].at_ms,
                             p->phases[p->cues[i].phase].start_ms);
        if (i > 0)
            assert_true(p->cues[i - 1].at_ms <= p->cues[i].at_ms);
    }
    assert_int_equal(p->cues[p->cue_count - 1].kind, PLAN_CUE_FINISH);
    assert_int_equal(p->cues[p->cue_count - 1].at_ms, 113000);
    plan_free(p);
    routine_free(r);
}

static void zero_pauses_make_no_phases(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "title: T\n"
                                         "muscles: [calves]\n"
                                         "prepare: 0\n"
                                         "switch: 0s\n"
                                         "steps:\n"
                                         "  - title: A\n"
                                         "    duration: 5s\n"
                                         "    sides: both\n"
                                         "    repeat: 2\n"
                                         "    rest: 0s\n",
                                         NULL);
    struct plan *p = plan_new(r);
    const struct expected_phase want[] = {
        {PLAN_WORK, 0, 5000, 0, PLAN_SIDE_LEFT, 1},
        {PLAN_WORK, 5000, 5000, 0, PLAN_SIDE_RIGHT, 1},
        {PLAN_WORK, 10000, 5000, 0, PLAN_SIDE_LEFT, 2},
        {PLAN_WORK, 15000, 5000, 0, PLAN_SIDE_RIGHT, 2},
    };
    assert_phases(p, want, 4);
    assert_int_equal(p->total_ms, 20000);
    assert_int_equal(count_cues(p, PLAN_CUE_TICK), 12);
    plan_free(p);
    routine_free(r);
}

static void defaults_give_prepare_and_switch(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "title: T\n"
                                         "muscles: [calves]\n"
                                         "steps:\n"
                                         "  - title: A\n"
                                         "    duration: 20s\n"
                                         "    sides: both\n"
                                         "  - title: B\n"
                                         "    duration: 1s\n"
                                         "    sides: left\n",
                                         NULL);
    struct plan *p = plan_new(r);
    const struct expected_phase want[] = {
        {PLAN_PREPARE, 0, 5000, -1, PLAN_SIDE_NONE, 0},
        {PLAN_WORK, 5000, 20000, 0, PLAN_SIDE_LEFT, 1},
        {PLAN_SWITCH, 25000, 5000, 0, PLAN_SIDE_NONE, 1},
        {PLAN_WORK, 30000, 20000, 0, PLAN_SIDE_RIGHT, 1},
        {PLAN_WORK, 50000, 1000, 1, PLAN_SIDE_LEFT, 1},
    };
    assert_phases(p, want, 5);
    assert_int_equal(p->total_ms, 51000);
    // The 1 s phase has no tick: 1 s before its end is its start.
    assert_int_equal(count_cues(p, PLAN_CUE_TICK), 6);
    plan_free(p);
    routine_free(r);
}

static void phase_lookup(void **state)
{
    (void)state;
    struct routine *r = test_load_string("format: 1\n"
                                         "id: t\n"
                                         "title: T\n"
                                         "muscles: [calves]\n"
                                         "prepare: 5s\n"
                                         "steps:\n"
                                         "  - {title: A, duration: 10s}\n"
                                         "  - {title: B, duration: 10s}\n",
                                         NULL);
    struct plan *p = plan_new(r);
    assert_int_equal(plan_phase_at(p, 0), 0);
    assert_int_equal(plan_phase_at(p, 4999), 0);
    assert_int_equal(plan_phase_at(p, 5000), 1);
    assert_int_equal(plan_phase_at(p, 14999), 1);
    assert_int_equal(plan_phase_at(p, 15000), 2);
    assert_int_equal(plan_phase_at(p, 25000), 3); // the end: phase_count
    assert_int_equal(plan_phase_at(p, 99999), 3);
    assert_int_equal(plan_first_phase_from(p, 5000), 1);
    assert_int_equal(plan_first_phase_from(p, 5001), 2);
    assert_int_equal(plan_first_cue_from(p, 25000), p->cue_count - 1);
    assert_int_equal(plan_steps_done(p, 0), 0);
    assert_int_equal(plan_steps_done(p, 14999), 0);
    assert_int_equal(plan_steps_done(p, 15000), 1);
    assert_int_equal(plan_steps_done(p, 25000), 2);
    plan_free(p);
    routine_free(r);
}

static void names(void **state)
{
    (void)state;
    assert_string_equal(plan_phase_kind_name(PLAN_PREPARE), "prepare");
    assert_string_equal(plan_phase_kind_name(PLAN_WORK), "work");
    assert_string_equal(plan_phase_kind_name(PLAN_SWITCH), "switch");
    assert_string_equal(plan_phase_kind_name(PLAN_REST), "rest");
    assert_string_equal(plan_side_name(PLAN_SIDE_LEFT), "left");
    assert_string_equal(plan_side_name(PLAN_SIDE_RIGHT), "right");
    assert_string_equal(plan_side_name(PLAN_SIDE_NONE), "none");
    assert_string_equal(plan_cue_kind_name(PLAN_CUE_TICK), "tick");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sides_repeat_rest),
        cmocka_unit_test(zero_pauses_make_no_phases),
        cmocka_unit_test(defaults_give_prepare_and_switch),
        cmocka_unit_test(phase_lookup),
        cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
