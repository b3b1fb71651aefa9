#include "tools.h"

#include <inttypes.h>

#include "json.h"
#include "plan.h"
#include "session.h"

// The virtual clock: time moves only when the loop below moves it.
static int64_t virtual_now(void *ctx)
{
    return *(int64_t *)ctx;
}

static void print_event(const struct plan *plan, const struct routine *r,
                        const char *lang, const struct session_event *ev,
                        FILE *out)
{
    fprintf(out, "{\"t_ms\":%" PRId64 ",\"event\":", ev->t_ms);
    switch (ev->kind) {
    case SESSION_ROUTINE_START:
        fputs("\"routine_start\",\"id\":", out);
        json_write_string(out, r->id);
        fprintf(out, ",\"total_ms\":%" PRId64, plan->total_ms);
        break;
    case SESSION_PHASE_START: {
        const struct plan_phase *ph = &plan->phases[ev->phase];
        fprintf(out, "\"phase_start\",\"kind\":\"%s\"",
                plan_phase_kind_name(ph->kind));
        if (ph->kind == PLAN_WORK) {
            fprintf(out, ",\"step\":%d,\"of\":%zu,\"side\":\"%s\",\"rep\":%d",
                    ph->step + 1, r->step_count, plan_side_name(ph->side),
                    ph->rep);
        }
        fprintf(out, ",\"duration_ms\":%" PRId64, ph->duration_ms);
        if (ph->kind == PLAN_WORK) {
            fputs(",\"title\":", out);
            json_write_string(
                out, text_get(&r->steps[ph->step].title, lang, r->lang));
        }
        break;
    }
    case SESSION_CUE:
        fprintf(out, "\"cue\",\"cue\":\"%s\"",
                plan_cue_kind_name(plan->cues[ev->cue].kind));
        break;
    case SESSION_PAUSED:
        fputs("\"paused\"", out);
        break;
    case SESSION_RESUMED:
        fputs("\"resumed\"", out);
        break;
    case SESSION_ROUTINE_END:
        fprintf(out, "\"routine_end\",\"completed\":%s",
                ev->completed ? "true" : "false");
        break;
    }
    fputs("}\n", out);
}

// The timeline shows phase starts and ticks; the start and finish sounds
// are implied by phase_start and routine_end.
static bool shown(const struct plan *plan, const struct session_event *ev)
{
    return ev->kind != SESSION_CUE || plan->cues[ev->cue].kind == PLAN_CUE_TICK;
}

int simulate_run(const struct routine *r, const char *requested,
                 const struct options_pause *pauses, size_t pause_count,
                 FILE *out)
{
    const char *lang = routine_pick_lang(r, requested);
    struct plan *plan = plan_new(r);
    int64_t now = 0;
    struct session *s = session_new(plan, (struct clock){virtual_now, &now});

    // Pause/resume instructions, flattened: even entries pause, odd resume.
    size_t next_action = 0, actions = 2 * pause_count;
    bool over = false;
    while (!over) {
        struct session_event ev;
        while (session_poll(s, &ev)) {
            if (shown(plan, &ev))
                print_event(plan, r, lang, &ev, out);
            over |= ev.kind == SESSION_ROUTINE_END;
        }
        if (over)
            break;
        int64_t deadline = session_deadline_ms(s);
        int64_t action_at = INT64_MAX;
        if (next_action < actions) {
            const struct options_pause *p = &pauses[next_action / 2];
            action_at = next_action % 2 ? p->resume_ms : p->pause_ms;
        }
        if (deadline == INT64_MAX && action_at == INT64_MAX)
            break; // cannot happen with paired pauses; never spin
        // Events due at the same moment as a pause come first.
        if (deadline <= action_at) {
            now = deadline;
        } else {
            now = action_at;
            if (next_action++ % 2)
                session_resume(s);
            else
                session_pause(s);
        }
    }
    session_free(s);
    plan_free(plan);
    return ferror(out) ? 1 : 0;
}
