#include "plan.h"

#include <stdlib.h>

#include "xalloc.h"

// Ticks sound this many seconds before a work phase ends.
static const int tick_seconds[] = {3, 2, 1};

struct builder {
    struct plan *plan;
    size_t phase_cap, cue_cap;
};

static void add_cue(struct builder *b, int64_t at_ms, enum plan_cue_kind kind,
                    size_t phase)
{
    struct plan *p = b->plan;
    xgrow((void **)&p->cues, &b->cue_cap, p->cue_count + 1, sizeof(*p->cues));
    p->cues[p->cue_count++] = (struct plan_cue){at_ms, kind, phase};
}

// Appends a phase at the current end of the plan; zero-length phases are
// left out, as the timing rules say.
static void add_phase(struct builder *b, enum plan_phase_kind kind,
                      int64_t duration_ms, int step, enum plan_side side,
                      int rep)
{
    struct plan *p = b->plan;
    if (duration_ms <= 0)
        return;
    xgrow((void **)&p->phases, &b->phase_cap, p->phase_count + 1,
          sizeof(*p->phases));
    size_t index = p->phase_count++;
    int64_t start = p->total_ms;
    p->phases[index] =
        (struct plan_phase){kind, start, duration_ms, step, side, rep};
    p->total_ms += duration_ms;

    add_cue(b, start, PLAN_CUE_START, index);
    if (kind != PLAN_WORK)
        return;
    for (size_t i = 0; i < sizeof tick_seconds / sizeof tick_seconds[0]; i++) {
        int64_t at = p->total_ms - tick_seconds[i] * 1000LL;
        if (at > start)
            add_cue(b, at, PLAN_CUE_TICK, index);
    }
}

static void add_step(struct builder *b, const struct routine *r, int index)
{
    const struct step *s = &r->steps[index];
    for (int rep = 1; rep <= s->repeat; rep++) {
        if (rep > 1)
            add_phase(b, PLAN_REST, s->rest_ms, index, PLAN_SIDE_NONE, rep - 1);
        switch (s->sides) {
        case ROUTINE_SIDES_NONE:
        case ROUTINE_SIDES_COUNT:
            add_phase(b, PLAN_WORK, s->duration_ms, index, PLAN_SIDE_NONE, rep);
            break;
        case ROUTINE_SIDES_LEFT:
            add_phase(b, PLAN_WORK, s->duration_ms, index, PLAN_SIDE_LEFT, rep);
            break;
        case ROUTINE_SIDES_RIGHT:
            add_phase(b, PLAN_WORK, s->duration_ms, index, PLAN_SIDE_RIGHT,
                      rep);
            break;
        case ROUTINE_SIDES_BOTH:
            add_phase(b, PLAN_WORK, s->duration_ms, index, PLAN_SIDE_LEFT, rep);
            add_phase(b, PLAN_SWITCH, r->switch_ms, index, PLAN_SIDE_NONE, rep);
            add_phase(b, PLAN_WORK, s->duration_ms, index, PLAN_SIDE_RIGHT,
                      rep);
            break;
        }
    }
}

struct plan *plan_new(const struct routine *r)
{
    struct plan *plan = xcalloc(1, sizeof(*plan));
    plan->routine = r;
    struct builder b = {plan, 0, 0};
    add_phase(&b, PLAN_PREPARE, r->prepare_ms, -1, PLAN_SIDE_NONE, 0);
    for (size_t i = 0; i < r->step_count; i++)
        add_step(&b, r, (int)i);
    add_cue(&b, plan->total_ms, PLAN_CUE_FINISH, plan->phase_count);
    return plan;
}

void plan_free(struct plan *plan)
{
    if (!plan)
        return;
    free(plan->phases);
    free(plan->cues);
    free(plan);
}

size_t plan_first_phase_from(const struct plan *plan, int64_t t_ms)
{
    size_t lo = 0, hi = plan->phase_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (plan->phases[mid].start_ms < t_ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t plan_first_cue_from(const struct plan *plan, int64_t t_ms)
{
    size_t lo = 0, hi = plan->cue_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (plan->cues[mid].at_ms < t_ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t plan_phase_at(const struct plan *plan, int64_t t_ms)
{
    if (t_ms >= plan->total_ms)
        return plan->phase_count;
    // The last phase that starts at or before t_ms.
    size_t next = plan_first_phase_from(plan, t_ms + 1);
    return next ? next - 1 : 0;
}

int plan_steps_done(const struct plan *plan, int64_t t_ms)
{
    // Phases come in step order, so a step is done when the first phase of
    // the next step (or the end) has been reached.
    int done = 0;
    for (size_t i = 0; i < plan->phase_count; i++) {
        const struct plan_phase *ph = &plan->phases[i];
        bool last_of_step =
            i + 1 == plan->phase_count || plan->phases[i + 1].step != ph->step;
        if (ph->step >= 0 && last_of_step &&
            ph->start_ms + ph->duration_ms <= t_ms)
            done++;
    }
    return done;
}

const char *plan_phase_kind_name(enum plan_phase_kind kind)
{
    static const char *const names[] = {"prepare", "work", "switch", "rest"};
    return names[kind];
}

const char *plan_side_name(enum plan_side side)
{
    static const char *const names[] = {"none", "left", "right"};
    return names[side];
}

const char *plan_cue_kind_name(enum plan_cue_kind kind)
{
    static const char *const names[] = {"start", "tick", "finish"};
    return names[kind];
}
