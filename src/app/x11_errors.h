#ifndef LIMBER_X11_ERRORS_H
#define LIMBER_X11_ERRORS_H

#include <stdbool.h>

// SDL 2.26 wakes its own event wait on X11 by sending a message to the
// window through a second connection to the server (X11_SendWakeupEvent).
// Every key or click that arrives during a wait sends one. When that key
// quits, the window is destroyed at once on the first connection, and the
// server may take the two connections' requests in either order: if the
// destroy comes first, the send fails with BadWindow. Xlib hears of it
// when SDL_Quit closes the second connection, after SDL has put back the
// error handler it found at start, Xlib's default, which prints the error
// and exits with status 1: a quit by Q, or the kiosk's closing chord,
// then looks like a crash to systemd (docs/reliability.md).
//
// x11_errors_install puts a handler in before SDL's video starts on the
// x11 driver, so that SDL's own saves it and puts it back at the end. It
// lets that one error pass and hands every other one to Xlib's default
// handler as before. libX11 is opened by name (SDL opens the same
// library), so nothing links it. False when libX11 cannot be opened.
bool x11_errors_install(void);

// Whether the handler lets an error pass: BadWindow from X_SendEvent.
bool x11_errors_ignored(int error_code, int request_code);

#endif
