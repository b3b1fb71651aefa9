#ifndef LIMBER_MSG_H
#define LIMBER_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "routine.h"

// Every string the window shows that does not come from a routine file,
// in one table (msg.c), so that moving to gettext later is one change.
// English and Ukrainian for now; other languages fall back to English.

enum msg_id {
    MSG_APP_NAME,
    MSG_HOME_PROMPT,
    MSG_ALL_ROUTINES,
    MSG_ABOUT,
    MSG_ABOUT_TITLE,
    MSG_ABOUT_BODY,
    MSG_LANG_SWITCH, // names the other language, in that language
    MSG_BACK,
    MSG_START,
    MSG_NO_ROUTINES,
    MSG_TOTAL,
    MSG_STEPS,
    MSG_GET_READY,
    MSG_SWITCH_SIDES,
    MSG_REST,
    MSG_REST_FOR, // "rest %s" inside a line
    MSG_LEFT_SIDE,
    MSG_RIGHT_SIDE,
    MSG_SIDE_BOTH,
    MSG_STEP_N_OF,  // "Step %d of %d"
    MSG_REP_N_OF,   // "Repetition %d of %d"
    MSG_NEXT_LABEL, // "Next:"
    MSG_NEXT_SIDE,  // "the other side"
    MSG_FINISH_LAST,
    MSG_PAUSE,
    MSG_RESUME,
    MSG_PAUSED,
    MSG_STOP,
    MSG_PREV_PHASE,
    MSG_NEXT_PHASE,
    MSG_WELL_DONE,
    MSG_STOPPED,
    MSG_TIME_TAKEN,
    MSG_STEPS_DONE, // "Steps done: %d of %d"
    MSG_DOCTOR,
    MSG_HOME,
    MSG_AGAIN,
    MSG_MIN, // unit after minutes
    MSG_SEC, // unit after seconds
    MSG_KIND_STRETCH,
    MSG_KIND_MASSAGE,
    MSG_KIND_RELAX,
    MSG_KIND_MIXED,
    MSG_MUSCLE_FIRST, // then one per enum routine_muscle, in its order
    MSG_COUNT = MSG_MUSCLE_FIRST + MUSCLE_COUNT
};

// The string in lang ("en", "uk"; anything else gives English). Never NULL.
const char *msg_get(enum msg_id id, const char *lang);

// A muscle group's name and a routine kind's name in lang.
const char *msg_muscle(enum routine_muscle m, const char *lang);
const char *msg_kind(enum routine_kind k, const char *lang);

// A duration for people: "1 min 30 s", "45 s". Returns buf.
char *msg_duration(int64_t ms, const char *lang, char *buf, size_t size);

// True when lang has its own column in the table.
int msg_lang_index(const char *lang);

#endif
