#include "x11_errors.h"

#include <dlfcn.h>
#include <stddef.h>

#include <X11/Xlib.h>
#include <X11/Xproto.h>

static XErrorHandler previous;

bool x11_errors_ignored(int error_code, int request_code)
{
    return error_code == BadWindow && request_code == X_SendEvent;
}

static int handle(Display *display, XErrorEvent *error)
{
    if (x11_errors_ignored(error->error_code, error->request_code))
        return 0;
    return previous ? previous(display, error) : 0;
}

bool x11_errors_install(void)
{
    static bool installed;
    if (installed)
        return true;
    // Kept open: the handler is called for as long as the process runs.
    void *lib = dlopen("libX11.so.6", RTLD_LAZY | RTLD_LOCAL);
    if (!lib)
        return false;
    XErrorHandler (*set)(XErrorHandler) =
        (XErrorHandler(*)(XErrorHandler))dlsym(lib, "XSetErrorHandler");
    if (!set) {
        dlclose(lib);
        return false;
    }
    previous = set(handle);
    installed = true;
    return true;
}
