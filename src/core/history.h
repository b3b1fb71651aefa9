#ifndef LIMBER_HISTORY_H
#define LIMBER_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "plan.h"
#include "routine.h"
#include "session.h"

// The journal of finished sessions: one JSON object a line, appended with
// O_APPEND and fsync, so a crash can tear at most the last line. Readers
// skip a torn or foreign line and keep every other one.
//
//   {"id":"calf-cramp-relief","lang":"uk","start":"2026-11-26T18:50:00Z",
//    "duration_ms":355000,"completed":true}
//   {"id":"...","lang":"en","start":"...","duration_ms":65000,
//    "completed":false,"stopped_at_step":2}

#define HISTORY_ID_SIZE 65 // an id of up to 64 characters and its NUL

struct history_entry {
    char id[HISTORY_ID_SIZE];
    char lang[LANG_TAG_SIZE];
    int64_t start;       // Unix time (UTC seconds) the session began
    int64_t duration_ms; // as played, pauses included
    bool completed;
    int stopped_at_step; // 1-based; 0 when completed
};

struct history {
    struct history_entry *entries; // oldest first
    size_t count, cap;
    size_t skipped; // lines that were torn or not ours
};

// The entry for a session of plan shown in lang that began at Unix time
// start and ended with the ROUTINE_END event end.
void history_entry_from_session(struct history_entry *e,
                                const struct plan *plan, const char *lang,
                                int64_t start, const struct session_event *end);

// Appends that entry to the journal at history_default_path(). Returns
// false with errno set when it could not (ENOENT: no HOME to put it in).
bool history_save_session(const struct plan *plan, const char *lang,
                          int64_t start, const struct session_event *end);

// $XDG_STATE_HOME/limber/history.jsonl, else
// ~/.local/state/limber/history.jsonl, as a new string; NULL without HOME.
char *history_default_path(void);

// Appends one entry as one write() of one line, then fsync. Creates the
// folder when needed. When the file does not end in a newline (a torn
// last line), the entry starts on a line of its own. Returns false with
// errno set when the entry could not be written.
bool history_append(const char *path, const struct history_entry *entry);

// Reads every intact entry of path into h (which it initialises). A
// missing file is an empty history. Returns false with errno set when the
// file exists but cannot be read.
bool history_read(const char *path, struct history *h);

void history_clear(struct history *h);

// Parses one line (without its newline). False when it is not a complete
// entry.
bool history_parse_line(const char *line, size_t len,
                        struct history_entry *out);

// Sessions that began in the current week (since Monday 00:00, local
// time), and the number of days in a row, ending today or yesterday, with
// at least one completed session. now is Unix time.
size_t history_this_week(const struct history *h, time_t now);
// The start of that week: Monday 00:00 local time.
time_t history_week_start(time_t now);
int history_streak_days(const struct history *h, time_t now);

#endif
