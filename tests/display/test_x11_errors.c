// x11_errors.h against a real X server (run by x11_errors.sh under
// Xvfb): the race SDL 2.26 loses on quit, made on purpose. A window is
// destroyed on one connection; a second connection, as SDL's wakeup
// does, sends it a message and then closes. With x11_errors_install that
// BadWindow passes; any other error still reaches the handler that was
// there before (a recorder here, standing in for Xlib's default, which
// would end the process with status 1).

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <X11/Xlib.h>
#include <X11/Xproto.h>

#include "x11_errors.h"

static int recorded, recorded_request;

static int record(Display *display, XErrorEvent *error)
{
    (void)display;
    recorded++;
    recorded_request = error->request_code;
    return 0;
}

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAIL", what);
    failures += !ok;
}

static Display *open_display(void)
{
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "FAIL: cannot open the X display\n");
        exit(1);
    }
    return d;
}

// A window made and destroyed on its own connection; its id is now bad.
static Window gone_window(void)
{
    Display *d = open_display();
    Window w =
        XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 10, 10, 0, 0, 0);
    XSync(d, False);
    XDestroyWindow(d, w);
    XSync(d, False);
    XCloseDisplay(d);
    return w;
}

// SDL's wakeup: a client message to w from another connection, which is
// then closed (SDL_Quit), so Xlib reads the server's answer.
static void send_wakeup(Window w)
{
    Display *d = open_display();
    XClientMessageEvent ev;
    memset(&ev, 0, sizeof ev);
    ev.type = ClientMessage;
    ev.display = d;
    ev.window = w;
    ev.message_type = XInternAtom(d, "_SDL_WAKEUP", False);
    ev.format = 8;
    XSendEvent(d, w, False, NoEventMask, (XEvent *)&ev);
    XFlush(d);
    XCloseDisplay(d);
}

int main(void)
{
    check(x11_errors_ignored(BadWindow, X_SendEvent),
          "BadWindow from X_SendEvent passes");
    check(!x11_errors_ignored(BadWindow, X_MapWindow),
          "BadWindow from X_MapWindow does not");
    check(!x11_errors_ignored(BadValue, X_SendEvent),
          "BadValue from X_SendEvent does not");

    // Held open to the end: an X server resets when its last client
    // leaves, and drops the connections that come meanwhile.
    Display *keeper = open_display();
    // The handler before ours: Xlib's default in limber, a recorder here.
    XSetErrorHandler(record);
    check(x11_errors_install(), "installed through libX11.so.6");
    Window w = gone_window();

    send_wakeup(w);
    check(recorded == 0, "the wakeup to a destroyed window is let pass");

    // Any other error is handed on, as before.
    Display *d = open_display();
    XMapWindow(d, w);
    XSync(d, False);
    XCloseDisplay(d);
    check(recorded == 1 && recorded_request == X_MapWindow,
          "a BadWindow from X_MapWindow reaches the handler before");
    XCloseDisplay(keeper);
    return failures ? 1 : 0;
}
