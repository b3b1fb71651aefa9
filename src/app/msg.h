#ifndef LIMBER_MSG_H
#define LIMBER_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "routine.h"

// Every string the window shows that does not come from a routine file
// or the health pages (info.h): a thin funnel to gettext, so screens and
// tests name a string by its id. The msgids (English) are in msg.c; the
// translations in po/LL.po.

enum msg_id {
    MSG_APP_NAME,
    MSG_HOME_PROMPT,
    MSG_ALL_ROUTINES,
    MSG_ABOUT,
    MSG_ABOUT_TITLE,
    MSG_ABOUT_BODY,
    MSG_LANG_SWITCH, // names the next language (i18n_next_lang) in itself
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
    MSG_LEARN_MORE, // finish -> the health pages
    MSG_TOPICS,     // the health pages' menu title
    MSG_NEXT_TOPIC, // "Next topic ▶"
    MSG_MORE_BELOW, // a scroll button: more text below
    MSG_MORE_ABOVE, // a scroll button: back up
    MSG_NOTICE,     // the menu button that shows the notice again
    MSG_NOTICE_OK,  // the notice's button
    MSG_PIN_TITLE,  // kiosk: the operator's keypad
    MSG_PIN_PROMPT,
    MSG_PIN_WRONG,
    MSG_PIN_LOCKED, // "... %d s": seconds left
    MSG_PIN_ERASE,
    MSG_PIN_OK,
    MSG_ATTRACT_TITLE, // kiosk: the screen shown while nobody is there
    MSG_ATTRACT_TOUCH,
    MSG_ATTRACT_SAFETY, // the notice in one line, small under it
    MSG_BREATHE_IN,
    MSG_BREATHE_OUT,
    MSG_KIND_STRETCH,
    MSG_KIND_MASSAGE,
    MSG_KIND_RELAX,
    MSG_KIND_MIXED,
    MSG_VOLUME_PERCENT, // the speaker button: "%d%%"
    MSG_MUTED,          // the speaker button when muted
    MSG_VOICE_ON,       // the voice switch
    MSG_VOICE_OFF,
    MSG_SOUND_OFF, // the note shown once when no sound device opens
    MSG_MOTION_ON, // the player's switch for a moving figure
    MSG_MOTION_OFF,
    MSG_MUSCLE_FIRST, // then one per enum routine_muscle, in its order
    MSG_COUNT = MSG_MUSCLE_FIRST + MUSCLE_COUNT
};

// The string in the interface language. lang is that language (app->lang)
// and must be the one gettext has: gettext's language is process-wide,
// set by i18n_set_lang, which app_new and app_set_lang call. Never NULL.
const char *msg_get(enum msg_id id, const char *lang);

// A muscle group's name and a routine kind's name.
const char *msg_muscle(enum routine_muscle m, const char *lang);
const char *msg_kind(enum routine_kind k, const char *lang);

// A duration for people, with plural forms: "1 minute 30 seconds",
// "5 хвилин". Returns buf.
char *msg_duration(int64_t ms, const char *lang, char *buf, size_t size);

// The same to the nearest minute from a minute on ("6 хвилин", "45
// seconds"), for a list where the exact seconds do not matter.
char *msg_duration_about(int64_t ms, const char *lang, char *buf, size_t size);

// The same, short for tight spaces: "1 min 30 s", "45 s".
char *msg_duration_short(int64_t ms, const char *lang, char *buf, size_t size);

// The home screen's line about practice, with plural forms: "This week:
// 3 sessions · 2 days in a row". Each part shows only when it says
// something: the week from 1 session, the streak from 2 days (a streak of
// one day is just today). "" when neither does. Returns buf.
char *msg_progress(size_t week_sessions, int streak_days, char *buf,
                   size_t size);

#endif
