#ifndef LIMBER_SESSION_H
#define LIMBER_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "clock.h"
#include "plan.h"

// A cursor over a plan against a clock. Time is absolute: the plan's
// offset 0 sits at a clock time (the origin), a phase ends at origin +
// offset, and pausing moves the origin later by the paused time. Nothing
// adds up frame deltas, so a 24-hour routine ends exactly on plan.
//
// Events come out of session_poll() in time order. A front end polls after
// every wake-up, sleeps until session_deadline_ms(), and draws from
// session_position().

enum session_event_kind {
    SESSION_ROUTINE_START,
    SESSION_PHASE_START,
    SESSION_CUE,
    SESSION_PAUSED,
    SESSION_RESUMED,
    SESSION_ROUTINE_END,
};

struct session_event {
    enum session_event_kind kind;
    int64_t t_ms;   // clock time since the session began, pauses included
    size_t phase;   // PHASE_START: the phase; CUE: the cue's phase
    size_t cue;     // CUE: index into plan->cues
    bool completed; // ROUTINE_END: reached the end (not stopped)
};

struct session;

// Starts a session on plan at the clock's current time. Both plan and
// clock->ctx are borrowed and must outlive the session.
struct session *session_new(const struct plan *plan, struct clock clock);

// Accepts NULL.
void session_free(struct session *s);

// Takes the next event that is due by now. Returns false when none is.
bool session_poll(struct session *s, struct session_event *ev);

// The clock time at which the next event falls due: at or before now when
// one is waiting, INT64_MAX when none will come without input (paused or
// over).
int64_t session_deadline_ms(const struct session *s);

// Both are ignored when they change nothing (pausing a paused session).
void session_pause(struct session *s);
void session_resume(struct session *s);

// Jumps to the start of the next phase (or the end of the routine).
void session_next(struct session *s);

// Jumps back to the start of the current phase, or to the previous phase
// when the current one began less than SESSION_PREV_GRACE_MS ago.
#define SESSION_PREV_GRACE_MS 2000
void session_prev(struct session *s);

// Ends the session now; its ROUTINE_END event says completed = false, and
// session_position() stays where it stopped.
void session_stop(struct session *s);

// Where the session is, for drawing.
struct session_position {
    size_t phase;         // phase_count once over
    int64_t elapsed_ms;   // into the phase
    int64_t remaining_ms; // until the phase ends
    int64_t offset_ms;    // into the whole plan
    bool paused, over;
};
void session_position(const struct session *s, struct session_position *out);

#endif
