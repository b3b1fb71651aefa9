#include "tools.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "history.h"
#include "i18n.h"

// Day and month names from the catalog: the C locale that gettext runs
// on (i18n.h) would give strftime's English ones in every language.
static const char *const weekdays[7] = {
    N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"),
};
static const char *const months[12] = {
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

static void print_entry(const struct history_entry *e, FILE *out)
{
    time_t t = (time_t)e->start;
    struct tm tm;
    localtime_r(&t, &tm);
    char when[64], length[32];
    // TRANSLATORS: a session's start in --history: weekday, day of the
    // month, month, hour, minute; reorder with %1$s ... %5$02d.
    snprintf(when, sizeof when, _("%1$s %2$02d %3$s %4$02d:%5$02d"),
             _(weekdays[tm.tm_wday]), tm.tm_mday, _(months[tm.tm_mon]),
             tm.tm_hour, tm.tm_min);
    duration_format(e->duration_ms, length, sizeof length);
    fprintf(out, "  %s  %-28s %7s  ", when, e->id, length);
    if (e->completed)
        fprintf(out, "%s\n", _("completed"));
    else
        fprintf(out, _("stopped at step %d\n"), e->stopped_at_step);
}

int history_show_run(time_t now, FILE *out, FILE *err)
{
    char *path = history_default_path();
    if (!path) {
        fprintf(err, "limber: %s\n",
                _("no history: neither XDG_STATE_HOME nor HOME is set"));
        return 1;
    }
    struct history h;
    if (!history_read(path, &h)) {
        fprintf(err, _("limber: cannot read %s: %s\n"), path, strerror(errno));
        free(path);
        return 1;
    }
    if (h.skipped) {
        fprintf(err, "limber: %s: ", path);
        fprintf(err,
                ngettext("skipped %zu damaged line\n",
                         "skipped %zu damaged lines\n", h.skipped),
                h.skipped);
    }
    size_t week = history_this_week(&h, now);
    int streak = history_streak_days(&h, now);
    fprintf(
        out,
        ngettext("This week: %zu session\n", "This week: %zu sessions\n", week),
        week);
    time_t monday = history_week_start(now);
    for (size_t i = 0; i < h.count; i++) {
        const struct history_entry *e = &h.entries[i];
        if (e->start >= monday && e->start <= now)
            print_entry(e, out);
    }
    fprintf(out, ngettext("Streak: %d day\n", "Streak: %d days\n", streak),
            streak);
    history_clear(&h);
    free(path);
    return 0;
}
