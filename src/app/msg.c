#include "msg.h"

#include <stdio.h>
#include <string.h>

// One row per message: English, then Ukrainian. Texts are the app's own
// words (design.md: never the source article's sentences).
static const char *const table[MSG_COUNT][2] = {
    [MSG_APP_NAME] = {"Limber", "Limber"},
    [MSG_HOME_PROMPT] = {"Where does it cramp or twitch?",
                         "Де зводить або сіпається?"},
    [MSG_ALL_ROUTINES] = {"All routines", "Усі вправи"},
    [MSG_ABOUT] = {"About twitches and cramps", "Про посмикування і судоми"},
    [MSG_ABOUT_TITLE] = {"Twitches and cramps", "Посмикування і судоми"},
    [MSG_ABOUT_BODY] =
        {"This page is a placeholder: its text arrives with the routine "
         "library.\n"
         "It will explain how a twitch differs from a cramp, what usually "
         "sets them off, and what helps.\n"
         "Until then: stretch and massage the muscle gently, and see a "
         "doctor if cramps keep coming back or a twitch comes with "
         "weakness.",
         "Ця сторінка поки що порожня: її текст з’явиться разом із "
         "бібліотекою вправ.\n"
         "Тут буде пояснено, чим посмикування відрізняється від судоми, що "
         "зазвичай їх викликає і що допомагає.\n"
         "А доти: м’яко розтягуйте й масажуйте м’яз і зверніться до лікаря, "
         "якщо судоми повертаються знову й знову або посмикування "
         "супроводжується слабкістю."},
    [MSG_LANG_SWITCH] = {"Українська", "English"},
    [MSG_BACK] = {"Back", "Назад"},
    [MSG_START] = {"Start", "Почати"},
    [MSG_NO_ROUTINES] = {"No routines here yet.", "Тут ще немає вправ."},
    [MSG_TOTAL] = {"Total", "Разом"},
    [MSG_STEPS] = {"Steps", "Кроки"},
    [MSG_GET_READY] = {"Get ready", "Приготуйтеся"},
    [MSG_SWITCH_SIDES] = {"Switch sides", "Змініть бік"},
    [MSG_REST] = {"Rest", "Відпочинок"},
    [MSG_REST_FOR] = {"rest %s", "відпочинок %s"},
    [MSG_LEFT_SIDE] = {"◀ Left side", "◀ Ліва сторона"},
    [MSG_RIGHT_SIDE] = {"Right side ▶", "Права сторона ▶"},
    [MSG_SIDE_BOTH] = {"both sides", "обидві сторони"},
    [MSG_STEP_N_OF] = {"Step %d of %d", "Крок %d з %d"},
    [MSG_REP_N_OF] = {"Repetition %d of %d", "Повтор %d з %d"},
    [MSG_NEXT_LABEL] = {"Next:", "Далі:"},
    [MSG_NEXT_SIDE] = {"the other side", "інша сторона"},
    [MSG_FINISH_LAST] = {"the end", "кінець"},
    [MSG_PAUSE] = {"Pause", "Пауза"},
    [MSG_RESUME] = {"Resume", "Продовжити"},
    [MSG_PAUSED] = {"Paused", "Пауза"},
    [MSG_STOP] = {"Stop", "Зупинити"},
    [MSG_PREV_PHASE] = {"◀◀ Back", "◀◀ Назад"},
    [MSG_NEXT_PHASE] = {"Skip ▶▶", "Далі ▶▶"},
    [MSG_WELL_DONE] = {"Well done!", "Чудово!"},
    [MSG_STOPPED] = {"Stopped early", "Зупинено раніше"},
    [MSG_TIME_TAKEN] = {"Time", "Час"},
    [MSG_STEPS_DONE] = {"Steps done: %d of %d", "Виконано кроків: %d з %d"},
    [MSG_DOCTOR] =
        {"If cramps keep coming back, or a twitch comes with weakness, "
         "see a doctor.",
         "Якщо судоми повертаються знову й знову або посмикування "
         "супроводжується слабкістю, зверніться до лікаря."},
    [MSG_HOME] = {"Home", "На головну"},
    [MSG_AGAIN] = {"Again", "Ще раз"},
    [MSG_MIN] = {"min", "хв"},
    [MSG_SEC] = {"s", "с"},
    [MSG_KIND_STRETCH] = {"stretch", "розтяжка"},
    [MSG_KIND_MASSAGE] = {"massage", "масаж"},
    [MSG_KIND_RELAX] = {"relaxation", "розслаблення"},
    [MSG_KIND_MIXED] = {"stretch and massage", "розтяжка й масаж"},
    [MSG_MUSCLE_FIRST + MUSCLE_EYES] = {"Eyes", "Очі"},
    [MSG_MUSCLE_FIRST + MUSCLE_FACE] = {"Face", "Обличчя"},
    [MSG_MUSCLE_FIRST + MUSCLE_NECK] = {"Neck", "Шия"},
    [MSG_MUSCLE_FIRST + MUSCLE_SHOULDERS] = {"Shoulders", "Плечі"},
    [MSG_MUSCLE_FIRST + MUSCLE_ARMS] = {"Arms", "Руки"},
    [MSG_MUSCLE_FIRST + MUSCLE_HANDS] = {"Hands", "Кисті"},
    [MSG_MUSCLE_FIRST + MUSCLE_BACK] = {"Back", "Спина"},
    [MSG_MUSCLE_FIRST + MUSCLE_CHEST] = {"Chest", "Груди"},
    [MSG_MUSCLE_FIRST + MUSCLE_HIPS] = {"Hips", "Таз"},
    [MSG_MUSCLE_FIRST + MUSCLE_THIGHS] = {"Thighs", "Стегна"},
    [MSG_MUSCLE_FIRST + MUSCLE_CALVES] = {"Calves", "Литки"},
    [MSG_MUSCLE_FIRST + MUSCLE_FEET] = {"Feet", "Стопи"},
    [MSG_MUSCLE_FIRST + MUSCLE_WHOLE_BODY] = {"Whole body", "Усе тіло"},
};

int msg_lang_index(const char *lang)
{
    return lang && strcmp(lang, "uk") == 0 ? 1 : 0;
}

const char *msg_get(enum msg_id id, const char *lang)
{
    if ((unsigned)id >= MSG_COUNT)
        return "";
    const char *s = table[id][msg_lang_index(lang)];
    return s ? s : table[id][0];
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
    int64_t s = (ms + 999) / 1000;
    int64_t m = s / 60;
    s %= 60;
    if (m && s) {
        snprintf(buf, size, "%lld %s %lld %s", (long long)m,
                 msg_get(MSG_MIN, lang), (long long)s, msg_get(MSG_SEC, lang));
    } else if (m) {
        snprintf(buf, size, "%lld %s", (long long)m, msg_get(MSG_MIN, lang));
    } else {
        snprintf(buf, size, "%lld %s", (long long)s, msg_get(MSG_SEC, lang));
    }
    return buf;
}
