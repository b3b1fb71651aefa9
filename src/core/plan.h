#ifndef LIMBER_PLAN_H
#define LIMBER_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "routine.h"

// A routine compiled into a flat timeline: every phase with its absolute
// offset from the start, and every sound cue with its own. This is the one
// place that knows the timing rules (docs/architecture.md, "Timing
// rules"); the session and the screens only read it.

enum plan_phase_kind { PLAN_PREPARE, PLAN_WORK, PLAN_SWITCH, PLAN_REST };

enum plan_side { PLAN_SIDE_NONE, PLAN_SIDE_LEFT, PLAN_SIDE_RIGHT };

struct plan_phase {
    enum plan_phase_kind kind;
    int64_t start_ms, duration_ms; // duration_ms > 0: no empty phases
    int step;                      // 0-based step index; -1 for prepare
    enum plan_side side;           // set for work phases only
    int rep;                       // 1-based repetition; 0 for prepare
};

enum plan_cue_kind {
    PLAN_CUE_START,  // a phase begins (its kind and step pick the sound)
    PLAN_CUE_TICK,   // 3, 2 and 1 s before a work phase ends
    PLAN_CUE_FINISH, // the routine is over
};

struct plan_cue {
    int64_t at_ms;
    enum plan_cue_kind kind;
    size_t phase; // the phase it belongs to; phase_count for FINISH
};

struct plan {
    const struct routine *routine; // borrowed: must outlive the plan
    struct plan_phase *phases;
    size_t phase_count;
    struct plan_cue *cues; // in time order
    size_t cue_count;
    int64_t total_ms;
};

// Compiles r. The plan borrows r. Never fails (out of memory aborts).
struct plan *plan_new(const struct routine *r);

// Accepts NULL.
void plan_free(struct plan *plan);

// The phase that contains offset t_ms (start <= t < end), or phase_count
// when t_ms is at or past the end.
size_t plan_phase_at(const struct plan *plan, int64_t t_ms);

// The first phase (or cue) that starts at or after t_ms; the count when
// none does.
size_t plan_first_phase_from(const struct plan *plan, int64_t t_ms);
size_t plan_first_cue_from(const struct plan *plan, int64_t t_ms);

// How many steps had all their phases over by offset t_ms.
int plan_steps_done(const struct plan *plan, int64_t t_ms);

// Names as the --simulate timeline writes them.
const char *plan_phase_kind_name(enum plan_phase_kind kind);
const char *plan_side_name(enum plan_side side);
const char *plan_cue_kind_name(enum plan_cue_kind kind);

#endif
