#include "msg.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "lang.h"

// The msgids, in English; po/uk.po has their Ukrainian. Texts are the
// app's own words (never a source's sentences).
static const char *const table[MSG_COUNT] = {
    [MSG_HOME_PROMPT] = N_("Where does it cramp or twitch?"),
    [MSG_ALL_ROUTINES] = N_("All routines"),
    [MSG_ABOUT] = N_("About twitches and cramps"),
    [MSG_ABOUT_TITLE] = N_("Twitches and cramps"),
    [MSG_ABOUT_BODY] = N_("Choose a topic. This is general information, "
                          "not a diagnosis."),
    [MSG_BACK] = N_("Back"),
    [MSG_START] = N_("Start"),
    [MSG_NO_ROUTINES] = N_("No routines here yet."),
    [MSG_TOTAL] = N_("Total"),
    [MSG_STEPS] = N_("Steps"),
    [MSG_GET_READY] = N_("Get ready"),
    [MSG_SWITCH_SIDES] = N_("Switch sides"),
    [MSG_REST] = N_("Rest"),
    // TRANSLATORS: between repetitions in a step's details: "rest 10 s".
    [MSG_REST_FOR] = N_("rest %s"),
    [MSG_LEFT_SIDE] = N_("◀ Left side"),
    [MSG_RIGHT_SIDE] = N_("Right side ▶"),
    [MSG_SIDE_BOTH] = N_("both sides"),
    [MSG_STEP_N_OF] = N_("Step %d of %d"),
    [MSG_REP_N_OF] = N_("Repetition %d of %d"),
    // TRANSLATORS: before the next step's title in the player.
    [MSG_NEXT_LABEL] = N_("Next:"),
    [MSG_NEXT_SIDE] = N_("the other side"),
    [MSG_FINISH_LAST] = N_("the end"),
    [MSG_PAUSE] = N_("Pause"),
    [MSG_RESUME] = N_("Resume"),
    [MSG_PAUSED] = N_("Paused"),
    [MSG_STOP] = N_("Stop"),
    [MSG_PREV_PHASE] = N_("◀◀ Back"),
    [MSG_NEXT_PHASE] = N_("Skip ▶▶"),
    [MSG_WELL_DONE] = N_("Well done!"),
    [MSG_STOPPED] = N_("Stopped early"),
    // TRANSLATORS: on the finish screen, before how long it took.
    [MSG_TIME_TAKEN] = N_("Time"),
    [MSG_STEPS_DONE] = N_("Steps done: %d of %d"),
    [MSG_DOCTOR] = N_("If cramps keep coming back, or a twitch comes with "
                      "weakness, see a doctor."),
    // TRANSLATORS: a button: back to the home screen.
    [MSG_HOME] = N_("Home"),
    // TRANSLATORS: a button: play the same routine once more.
    [MSG_AGAIN] = N_("Again"),
    [MSG_LEARN_MORE] = N_("Learn more"),
    [MSG_TOPICS] = N_("Topics"),
    [MSG_NEXT_TOPIC] = N_("Next topic ▶"),
    [MSG_MORE_BELOW] = N_("More ▼"),
    [MSG_MORE_ABOVE] = N_("▲ Up"),
    [MSG_NOTICE] = N_("Safety notice"),
    [MSG_NOTICE_OK] = N_("I understand"),
    // TRANSLATORS: kiosk mode: the keypad staff use to close the kiosk.
    [MSG_PIN_TITLE] = N_("Staff PIN"),
    [MSG_PIN_PROMPT] = N_("Enter the PIN to close Limber."),
    [MSG_PIN_WRONG] = N_("Wrong PIN. Try again."),
    // TRANSLATORS: %d is a number of seconds.
    [MSG_PIN_LOCKED] = N_("Too many tries. Wait %d s."),
    // TRANSLATORS: a keypad button: remove the last digit.
    [MSG_PIN_ERASE] = N_("Erase"),
    // TRANSLATORS: a keypad button: check the PIN.
    [MSG_PIN_OK] = N_("OK"),
    // TRANSLATORS: kiosk mode: shown while nobody uses the screen.
    [MSG_ATTRACT_TITLE] = N_("A cramp or a twitch?"),
    [MSG_ATTRACT_TOUCH] = N_("Touch the screen to begin"),
    // TRANSLATORS: kiosk mode: the safety notice in one line, in the
    // notice's own words.
    [MSG_ATTRACT_SAFETY] = N_("This is not a medical device. If anything "
                              "hurts, stop."),
    [MSG_BREATHE_IN] = N_("Breathe in"),
    [MSG_BREATHE_OUT] = N_("Breathe out"),
    [MSG_KIND_STRETCH] = N_("stretch"),
    [MSG_KIND_MASSAGE] = N_("massage"),
    [MSG_KIND_RELAX] = N_("relaxation"),
    [MSG_KIND_MIXED] = N_("stretch and massage"),
    // TRANSLATORS: the volume on the speaker button, e.g. "80%".
    [MSG_VOLUME_PERCENT] = N_("%d%%"),
    // TRANSLATORS: the speaker button when the sound is muted.
    [MSG_MUTED] = N_("Muted"),
    // TRANSLATORS: a switch: spoken guidance is on (press to turn it off).
    [MSG_VOICE_ON] = N_("Voice on"),
    [MSG_VOICE_OFF] = N_("Voice off"),
    [MSG_SOUND_OFF] = N_("Sound is off: no sound device"),
    // TRANSLATORS: the player's switch: the figure moves, or holds still.
    [MSG_MOTION_ON] = N_("Motion on"),
    [MSG_MOTION_OFF] = N_("Motion off"),
    // The muscle groups in context: "Back" is also a button.
    [MSG_MUSCLE_FIRST + MUSCLE_EYES] = NC_("muscle", "Eyes"),
    [MSG_MUSCLE_FIRST + MUSCLE_FACE] = NC_("muscle", "Face"),
    [MSG_MUSCLE_FIRST + MUSCLE_NECK] = NC_("muscle", "Neck"),
    [MSG_MUSCLE_FIRST + MUSCLE_SHOULDERS] = NC_("muscle", "Shoulders"),
    [MSG_MUSCLE_FIRST + MUSCLE_ARMS] = NC_("muscle", "Arms"),
    [MSG_MUSCLE_FIRST + MUSCLE_HANDS] = NC_("muscle", "Hands"),
    [MSG_MUSCLE_FIRST + MUSCLE_BACK] = NC_("muscle", "Back"),
    [MSG_MUSCLE_FIRST + MUSCLE_CHEST] = NC_("muscle", "Chest"),
    [MSG_MUSCLE_FIRST + MUSCLE_HIPS] = NC_("muscle", "Hips"),
    [MSG_MUSCLE_FIRST + MUSCLE_THIGHS] = NC_("muscle", "Thighs"),
    [MSG_MUSCLE_FIRST + MUSCLE_CALVES] = NC_("muscle", "Calves"),
    [MSG_MUSCLE_FIRST + MUSCLE_FEET] = NC_("muscle", "Feet"),
    [MSG_MUSCLE_FIRST + MUSCLE_WHOLE_BODY] = NC_("muscle", "Whole body"),
};

const char *msg_get(enum msg_id id, const char *lang)
{
    switch (id) {
    case MSG_APP_NAME:
        return "Limber"; // a name: the same in every language
    case MSG_LANG_SWITCH: {
        // The next language, named in itself: never translated.
        static char name[64];
        return lang_endonym(i18n_next_lang(lang), name, sizeof name);
    }
    default:
        break;
    }
    if ((unsigned)id >= MSG_COUNT || !table[id])
        return "";
    if (id >= MSG_MUSCLE_FIRST)
        return i18n_pgettext("muscle", table[id]);
    return gettext(table[id]);
}

const char *msg_muscle(enum routine_muscle m, const char *lang)
{
    return msg_get(MSG_MUSCLE_FIRST + (int)m, lang);
}

const char *msg_kind(enum routine_kind k, const char *lang)
{
    static const enum msg_id ids[ROUTINE_KIND_COUNT] = {
        MSG_KIND_STRETCH, MSG_KIND_MASSAGE, MSG_KIND_RELAX, MSG_KIND_MIXED};
    return (unsigned)k < ROUTINE_KIND_COUNT ? msg_get(ids[k], lang) : "";
}

char *msg_duration(int64_t ms, const char *lang, char *buf, size_t size)
{
    (void)lang;
    return i18n_duration(ms, true, buf, size);
}

char *msg_duration_about(int64_t ms, const char *lang, char *buf, size_t size)
{
    (void)lang;
    if (ms >= 60000)
        ms = (ms + 30000) / 60000 * 60000;
    return i18n_duration(ms, true, buf, size);
}

char *msg_duration_short(int64_t ms, const char *lang, char *buf, size_t size)
{
    (void)lang;
    return i18n_duration(ms, false, buf, size);
}

char *msg_progress(size_t week_sessions, int streak_days, char *buf,
                   size_t size)
{
    char week[96] = "", streak[96] = "";
    if (week_sessions > 0)
        // TRANSLATORS: on the home screen: sessions since Monday.
        snprintf(week, sizeof week,
                 ngettext("This week: %zu session", "This week: %zu sessions",
                          week_sessions),
                 week_sessions);
    if (streak_days >= 2)
        // TRANSLATORS: on the home screen: days in a row, ending today or
        // yesterday, with a finished routine.
        snprintf(streak, sizeof streak,
                 ngettext("%d day in a row", "%d days in a row",
                          (unsigned long)streak_days),
                 streak_days);
    snprintf(buf, size, "%s%s%s", week, *week && *streak ? " · " : "", streak);
    return buf;
}
