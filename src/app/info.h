#ifndef LIMBER_INFO_H
#define LIMBER_INFO_H

#include <stdio.h>

// The health pages (twitches and cramps) and the safety notice: their
// text as English msgids, translated with gettext when drawn. The facts
// come from the source article and ordinary physiotherapy practice; the
// sentences are the app's own.

enum info_kind {
    INFO_TEXT,    // a paragraph
    INFO_HEADING, // a short heading inside a page
    INFO_BULLET,  // a point of a list
};

struct info_para {
    enum info_kind kind;
    const char *msgid;
};

struct info_page {
    const char *title; // msgid
    const struct info_para *paras;
    int count;
};

enum info_topic {
    INFO_TWITCH_OR_CRAMP,
    INFO_COMMON_CAUSES,
    INFO_RARER_CAUSES,
    INFO_WHAT_HELPS,
    INFO_SEE_A_DOCTOR,
    INFO_TOPIC_COUNT
};

// A topic's page; NULL for a topic out of range. Static, never freed.
const struct info_page *info_topic_page(int topic);

// The first-run notice: not a medical device, stop if it hurts, when to
// see a doctor.
const struct info_page *info_notice_page(void);

// Prints the notice as plain text, for the terminal player.
void info_print_notice(FILE *out);

#endif
