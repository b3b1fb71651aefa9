#include "exit_paths.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app_private.h"
#include "history.h"
#include "sound_control.h"

void exit_paths_record(struct app *app, const struct session_event *end)
{
    if (app->no_history)
        return; // a tool drawing a moment, not a session
    const struct routine *r = app->plan->routine;
    if (!history_save_session(app->plan, app_routine_lang(app, r),
                              (int64_t)app->started, end))
        SDL_Log("cannot save the session to the history: %s", strerror(errno));
}

void exit_paths_stop_session(struct app *app)
{
    if (!app->session)
        return;
    // Events due before the stop (a phase start, a cue) come out first;
    // nobody is there to see or hear them any more.
    session_stop(app->session);
    struct session_event ev;
    while (session_poll(app->session, &ev)) {
        if (ev.kind == SESSION_ROUTINE_END)
            exit_paths_record(app, &ev);
    }
}

// The app the exit hook records, and the thread that runs it: the hook
// touches the session only from that thread, where Xlib's exit() comes
// from (SDL's video calls are all made on it).
static struct app *watched;
static SDL_threadID watched_thread;
static bool hook_registered;
static struct sigaction hangup_before;
static bool hangup_taken;

// Runs inside exit(): the main loop is stopped inside a library call, so
// nothing else changes the session meanwhile. It does the least it can
// (stop, append one line, write the settings) and never runs twice.
static void record_on_exit(void)
{
    struct app *app = watched;
    if (!app || SDL_ThreadID() != watched_thread)
        return;
    watched = NULL;
    exit_paths_stop_session(app);
    sound_control_save_now(app);
}

// SIGHUP (the terminal or the session going away) ends the window as
// SIGTERM does: raise is async-signal-safe, and SDL's own SIGTERM handler
// turns it into SDL_QUIT.
static void on_hangup(int sig)
{
    (void)sig;
    raise(SIGTERM);
}

void exit_paths_watch(struct app *app)
{
    watched = app;
    watched_thread = SDL_ThreadID();
    if (!hook_registered)
        hook_registered = atexit(record_on_exit) == 0;
    // nohup's ignored SIGHUP stays ignored.
    struct sigaction sa = {.sa_handler = on_hangup};
    sigemptyset(&sa.sa_mask);
    hangup_taken = sigaction(SIGHUP, NULL, &hangup_before) == 0 &&
                   hangup_before.sa_handler == SIG_DFL &&
                   sigaction(SIGHUP, &sa, NULL) == 0;
}

void exit_paths_unwatch(void)
{
    watched = NULL;
    if (hangup_taken)
        sigaction(SIGHUP, &hangup_before, NULL);
    hangup_taken = false;
}
