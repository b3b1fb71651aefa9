#include "session.h"

#include <stdlib.h>

#include "xalloc.h"

struct session {
    const struct plan *plan;
    struct clock clock;
    int64_t began_ms;  // clock time of session_new
    int64_t origin_ms; // clock time of plan offset 0
    bool paused;
    int64_t paused_ms; // clock time of the pause
    bool over;         // ROUTINE_END is queued or delivered
    bool stopped;      // over by session_stop: the offset stays put

    // The plan's phases and cues not yet delivered, as two cursors.
    size_t next_phase, next_cue;

    // Events decided by a call (start, pause, a jump) wait here, already
    // stamped, so that they come out in order with the plan's own.
    struct session_event *queue;
    size_t queue_head, queue_count, queue_cap;
};

static int64_t now(const struct session *s)
{
    return clock_now(&s->clock);
}

// The plan offset the session has reached.
static int64_t offset_at(const struct session *s, int64_t now_ms)
{
    return (s->paused || s->stopped ? s->paused_ms : now_ms) - s->origin_ms;
}

static void enqueue(struct session *s, struct session_event ev)
{
    if (s->queue_head == s->queue_count)
        s->queue_head = s->queue_count = 0;
    xgrow((void **)&s->queue, &s->queue_cap, s->queue_count + 1,
          sizeof(*s->queue));
    s->queue[s->queue_count++] = ev;
}

// The next event of the plan itself (a phase start, a cue, the end), with
// the plan offset it is due at. False when everything was delivered.
static bool peek_plan(const struct session *s, struct session_event *ev,
                      int64_t *at_ms)
{
    const struct plan *p = s->plan;
    if (s->over)
        return false;
    bool phase = s->next_phase < p->phase_count;
    bool cue = s->next_cue < p->cue_count;
    // At equal offsets a phase start comes before its cues.
    if (phase && (!cue || p->phases[s->next_phase].start_ms <=
                              p->cues[s->next_cue].at_ms)) {
        *ev = (struct session_event){.kind = SESSION_PHASE_START,
                                     .phase = s->next_phase};
        *at_ms = p->phases[s->next_phase].start_ms;
    } else if (cue) {
        *ev = (struct session_event){.kind = SESSION_CUE,
                                     .phase = p->cues[s->next_cue].phase,
                                     .cue = s->next_cue};
        *at_ms = p->cues[s->next_cue].at_ms;
    } else {
        *ev = (struct session_event){.kind = SESSION_ROUTINE_END,
                                     .phase = p->phase_count,
                                     .completed = true};
        *at_ms = p->total_ms;
    }
    ev->t_ms = s->origin_ms + *at_ms - s->began_ms;
    return true;
}

static void consume_plan(struct session *s, const struct session_event *ev)
{
    switch (ev->kind) {
    case SESSION_PHASE_START:
        s->next_phase++;
        break;
    case SESSION_CUE:
        s->next_cue++;
        break;
    default:
        s->over = true;
        break;
    }
}

// Moves every plan event due by now into the queue, so that an event
// decided now (a pause, a jump) lands after them.
static void settle(struct session *s, int64_t now_ms)
{
    struct session_event ev;
    int64_t at;
    while (peek_plan(s, &ev, &at) && at <= offset_at(s, now_ms)) {
        consume_plan(s, &ev);
        enqueue(s, ev);
    }
}

struct session *session_new(const struct plan *plan, struct clock clock)
{
    struct session *s = xcalloc(1, sizeof(*s));
    s->plan = plan;
    s->clock = clock;
    s->began_ms = s->origin_ms = now(s);
    enqueue(s, (struct session_event){.kind = SESSION_ROUTINE_START});
    return s;
}

void session_free(struct session *s)
{
    if (!s)
        return;
    free(s->queue);
    free(s);
}

bool session_poll(struct session *s, struct session_event *ev)
{
    if (s->queue_head < s->queue_count) {
        *ev = s->queue[s->queue_head++];
        return true;
    }
    int64_t at;
    if (!peek_plan(s, ev, &at) || at > offset_at(s, now(s)))
        return false;
    consume_plan(s, ev);
    return true;
}

int64_t session_deadline_ms(const struct session *s)
{
    if (s->queue_head < s->queue_count)
        return s->began_ms + s->queue[s->queue_head].t_ms;
    struct session_event ev;
    int64_t at;
    if (!peek_plan(s, &ev, &at))
        return INT64_MAX;
    if (s->paused)
        return at <= offset_at(s, s->paused_ms) ? s->paused_ms : INT64_MAX;
    return s->origin_ms + at;
}

void session_pause(struct session *s)
{
    if (s->paused || s->over)
        return;
    int64_t t = now(s);
    settle(s, t);
    if (s->over)
        return;
    s->paused = true;
    s->paused_ms = t;
    enqueue(s, (struct session_event){.kind = SESSION_PAUSED,
                                      .t_ms = t - s->began_ms});
}

void session_resume(struct session *s)
{
    if (!s->paused || s->over)
        return;
    int64_t t = now(s);
    s->origin_ms += t - s->paused_ms;
    s->paused = false;
    enqueue(s, (struct session_event){.kind = SESSION_RESUMED,
                                      .t_ms = t - s->began_ms});
}

// Moves the session to plan offset target: the events in between are
// skipped, the phase that starts at target is announced.
static void jump_to(struct session *s, int64_t t, int64_t target)
{
    const struct plan *p = s->plan;
    // A paused session stays paused, as if it had paused at the target.
    if (s->paused)
        s->paused_ms = t;
    s->origin_ms = t - target;
    s->next_phase = plan_first_phase_from(p, target);
    s->next_cue = plan_first_cue_from(p, target);
}

void session_next(struct session *s)
{
    int64_t t = now(s);
    settle(s, t);
    if (s->over)
        return;
    size_t current = plan_phase_at(s->plan, offset_at(s, t));
    size_t next = current + 1;
    jump_to(s, t,
            next < s->plan->phase_count ? s->plan->phases[next].start_ms
                                        : s->plan->total_ms);
}

void session_prev(struct session *s)
{
    int64_t t = now(s);
    settle(s, t);
    if (s->over || s->plan->phase_count == 0)
        return;
    int64_t offset = offset_at(s, t);
    size_t current = plan_phase_at(s->plan, offset);
    if (offset - s->plan->phases[current].start_ms < SESSION_PREV_GRACE_MS &&
        current > 0)
        current--;
    jump_to(s, t, s->plan->phases[current].start_ms);
}

void session_stop(struct session *s)
{
    int64_t t = now(s);
    settle(s, t);
    if (s->over)
        return;
    if (!s->paused)
        s->paused_ms = t; // where the position freezes
    s->over = s->stopped = true;
    enqueue(s, (struct session_event){
                   .kind = SESSION_ROUTINE_END,
                   .t_ms = t - s->began_ms,
                   .phase = plan_phase_at(s->plan, offset_at(s, t)),
                   .completed = false});
}

void session_position(const struct session *s, struct session_position *out)
{
    const struct plan *p = s->plan;
    int64_t offset = offset_at(s, now(s));
    if (offset > p->total_ms)
        offset = p->total_ms;
    size_t phase = plan_phase_at(p, offset);
    *out =
        (struct session_position){.phase = phase,
                                  .offset_ms = offset,
                                  .paused = s->paused,
                                  .over = s->over || phase == p->phase_count};
    if (phase < p->phase_count) {
        out->elapsed_ms = offset - p->phases[phase].start_ms;
        out->remaining_ms = p->phases[phase].duration_ms - out->elapsed_ms;
    }
}
