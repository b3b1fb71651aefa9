#include "tools.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "history.h"
#include "i18n.h"
#include "plan.h"
#include "session.h"

// The plain text view of a session, for terminals and machines without a
// display: a line per phase, and on a terminal a countdown that rewrites
// itself once a second.

// The signals that stop the session: Ctrl+C, systemd's stop, a closed
// terminal. They stay blocked while it plays and the wait takes them with
// sigtimedwait, so one that comes between looking at the clock and
// sleeping is pending and ends the sleep at once: no race, no late stop.
static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define STOP_SIGNAL_COUNT (sizeof stop_signals / sizeof stop_signals[0])

// Never runs while the signals are blocked; installed so that a signal a
// shell set to be ignored (background jobs ignore SIGINT) still arrives.
static void on_signal(int sig)
{
    (void)sig;
}

static int64_t monotonic_ms(void *ctx)
{
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

// Sleeps until the monotonic clock reads until_ms or one of stop is
// pending. True when one was (it is taken).
static bool sleep_until(int64_t until_ms, const sigset_t *stop)
{
    for (;;) {
        int64_t left = until_ms - monotonic_ms(NULL);
        if (left < 0)
            left = 0;
        struct timespec ts = {left / 1000, (long)(left % 1000) * 1000000};
        if (sigtimedwait(stop, NULL, &ts) > 0)
            return true;
        if (errno != EINTR || left == 0)
            return false; // EAGAIN: the time has come
    }
}

static void print_indented(const char *text, FILE *out)
{
    while (*text) {
        size_t n = strcspn(text, "\n");
        fprintf(out, "    %.*s\n", (int)n, text);
        text += n;
        if (*text == '\n')
            text++;
    }
}

static void print_phase(const struct plan *plan, size_t index, const char *lang,
                        FILE *out)
{
    const struct routine *r = plan->routine;
    const struct plan_phase *ph = &plan->phases[index];
    char len[48];
    i18n_duration(ph->duration_ms, false, len, sizeof len);
    switch (ph->kind) {
    case PLAN_PREPARE:
        fprintf(out, "%s (%s)\n", _("Get ready"), len);
        return;
    case PLAN_SWITCH:
        fprintf(out, "%s (%s)\n", _("Switch sides"), len);
        return;
    case PLAN_REST:
        fprintf(out, "%s (%s)\n", _("Rest"), len);
        return;
    case PLAN_WORK:
        break;
    }
    const struct step *s = &r->steps[ph->step];
    fprintf(out, _("Step %d of %d"), ph->step + 1, (int)r->step_count);
    fprintf(out, ": %s", text_get(&s->title, lang, r->lang));
    if (ph->side != PLAN_SIDE_NONE)
        fprintf(out, " - %s",
                ph->side == PLAN_SIDE_LEFT ? _("left side") : _("right side"));
    if (s->repeat > 1) {
        fputs(" - ", out);
        fprintf(out, _("Repetition %d of %d"), ph->rep, s->repeat);
    }
    fprintf(out, " (%s)\n", len);
    const char *text = text_get(&s->text, lang, r->lang);
    // The instructions once per step, not again for each side and repeat.
    if (text && ph->rep == 1 && ph->side != PLAN_SIDE_RIGHT)
        print_indented(text, out);
}

int play_text_run(const struct routine *r, const char *requested, FILE *out)
{
    const char *lang = routine_pick_lang(r, requested);
    bool tty = isatty(fileno(out));
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    struct sigaction before[STOP_SIGNAL_COUNT];
    sigset_t stop, mask_before;
    sigemptyset(&stop);
    for (size_t i = 0; i < STOP_SIGNAL_COUNT; i++)
        sigaddset(&stop, stop_signals[i]);
    sigprocmask(SIG_BLOCK, &stop, &mask_before);
    for (size_t i = 0; i < STOP_SIGNAL_COUNT; i++)
        sigaction(stop_signals[i], &sa, &before[i]);

    struct plan *plan = plan_new(r);
    struct session *s = session_new(plan, (struct clock){monotonic_ms, NULL});
    time_t started = time(NULL);
    char total[64];
    fprintf(out, "%s (%s)\n", text_get(&r->title, lang, r->lang),
            i18n_duration(plan->total_ms, false, total, sizeof total));

    bool over = false, interrupted = false;
    int64_t shown_second = -1;
    while (!over) {
        if (interrupted)
            session_stop(s);
        struct session_event ev;
        while (session_poll(s, &ev)) {
            if (tty && shown_second >= 0)
                fputs("\r\033[K", out);
            shown_second = -1;
            if (ev.kind == SESSION_PHASE_START)
                print_phase(plan, ev.phase, lang, out);
            if (ev.kind == SESSION_ROUTINE_END) {
                over = true;
                // Losing the entry must not cost the session.
                if (!history_save_session(plan, lang, (int64_t)started, &ev))
                    fprintf(stderr, "limber: %s: %s\n",
                            _("cannot save the session to the history"),
                            strerror(errno));
                if (ev.completed)
                    fprintf(out, "%s\n", _("Done. Well done!"));
                else
                    fprintf(out, "%s\n", _("Stopped."));
            }
        }
        if (over)
            break;
        struct session_position pos;
        session_position(s, &pos);
        int64_t now = monotonic_ms(NULL);
        int64_t wake = session_deadline_ms(s);
        if (tty) {
            // Show whole seconds left, rounded up, and wake when it changes.
            int64_t second = (pos.remaining_ms + 999) / 1000;
            if (second != shown_second) {
                char left[32];
                fprintf(out, "\r\033[K  %s",
                        i18n_duration(second * 1000, false, left, sizeof left));
                shown_second = second;
            }
            int64_t change = now + (pos.remaining_ms - 1) % 1000 + 1;
            if (change < wake)
                wake = change;
        }
        fflush(out);
        interrupted = sleep_until(wake, &stop);
    }
    fflush(out);
    session_free(s);
    plan_free(plan);
    // A signal that came after the end is taken here, not let loose on
    // the defaults restored below.
    struct timespec now_only = {0, 0};
    while (sigtimedwait(&stop, NULL, &now_only) > 0)
        continue;
    for (size_t i = 0; i < STOP_SIGNAL_COUNT; i++)
        sigaction(stop_signals[i], &before[i], NULL);
    sigprocmask(SIG_SETMASK, &mask_before, NULL);
    return 0;
}
