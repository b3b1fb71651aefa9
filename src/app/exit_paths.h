#ifndef LIMBER_EXIT_PATHS_H
#define LIMBER_EXIT_PATHS_H

#include "session.h"

struct app;

// Every way out of a live session writes it to the history once, with the
// step it stopped at: the end of the routine, Stop, another routine, the
// kiosk going home, Q, the close button, SIGINT, SIGTERM, SIGHUP, and a
// library calling exit() when the display goes away. The one event that
// records a session is its ROUTINE_END: session_poll hands it out once,
// and whoever takes it writes it here.

// Appends the session that ended with end (a ROUTINE_END) to the history;
// a failure is logged and costs nothing else.
void exit_paths_record(struct app *app, const struct session_event *end);

// Stops app's session if it still plays and records it. Does nothing when
// there is no session or its end was already taken.
void exit_paths_stop_session(struct app *app);

// While app runs the window: SIGHUP ends it as SIGTERM does (SDL turns
// that into SDL_QUIT), and exit() called from inside a library (Xlib's
// when the X server dies) first stops and records the live session and
// writes settings still waiting. Undo with exit_paths_unwatch before
// app_free.
void exit_paths_watch(struct app *app);
void exit_paths_unwatch(void);

#endif
