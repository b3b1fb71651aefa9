#include "tools.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "history.h"

static void print_entry(const struct history_entry *e, FILE *out)
{
    time_t t = (time_t)e->start;
    struct tm tm;
    localtime_r(&t, &tm);
    char when[32], length[32];
    strftime(when, sizeof when, "%a %d %b %H:%M", &tm);
    duration_format(e->duration_ms, length, sizeof length);
    fprintf(out, "  %s  %-28s %7s  ", when, e->id, length);
    if (e->completed)
        fputs("completed\n", out);
    else
        fprintf(out, "stopped at step %d\n", e->stopped_at_step);
}

int history_show_run(time_t now, FILE *out, FILE *err)
{
    char *path = history_default_path();
    if (!path) {
        fputs("limber: no history: neither XDG_STATE_HOME nor HOME is set\n",
              err);
        return 1;
    }
    struct history h;
    if (!history_read(path, &h)) {
        fprintf(err, "limber: cannot read %s: %s\n", path, strerror(errno));
        free(path);
        return 1;
    }
    if (h.skipped) {
        fprintf(err, "limber: %s: skipped %zu damaged line%s\n", path,
                h.skipped, h.skipped == 1 ? "" : "s");
    }
    size_t week = history_this_week(&h, now);
    int streak = history_streak_days(&h, now);
    fprintf(out, "This week: %zu session%s\n", week, week == 1 ? "" : "s");
    time_t monday = history_week_start(now);
    for (size_t i = 0; i < h.count; i++) {
        const struct history_entry *e = &h.entries[i];
        if (e->start >= monday && e->start <= now)
            print_entry(e, out);
    }
    fprintf(out, "Streak: %d day%s\n", streak, streak == 1 ? "" : "s");
    history_clear(&h);
    free(path);
    return 0;
}
