#include "window.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// Drivers that draw a window from memory SDL gives us (a framebuffer):
// there the software renderer works with framebuffer acceleration off,
// and no GL library is loaded at all.
static const char *const no_framebuffer[] = {"wayland", "kmsdrm", "vivante",
                                             "rpi"};

// Drivers whose SDL_WaitEventTimeout blocks in the kernel (SDL 2.26).
static const char *const waiting[] = {"x11", "wayland", "windows", "cocoa"};

// SDL names its drivers in either case ("KMSDRM", "x11").
static bool listed(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; name && i < n; i++) {
        if (!SDL_strcasecmp(name, list[i]))
            return true;
    }
    return false;
}

size_t window_renderer_order(const char *driver, const char *forced,
                             const char *out[])
{
    size_t n = 0;
    if (forced && *forced) {
        out[n++] = forced;
        return n;
    }
    if (!listed(driver, no_framebuffer, SDL_arraysize(no_framebuffer)))
        out[n++] = "software";
    out[n++] = "opengles2";
    out[n++] = "opengl";
    return n;
}

// Appends "sep" and the formatted text to buf, as far as it fits.
static void append(char *buf, size_t size, const char *sep, const char *what,
                   const char *why)
{
    size_t len = strlen(buf);
    if (len + 1 >= size)
        return;
    snprintf(buf + len, size - len, "%s%s: %s", len ? sep : "", what, why);
}

const char *window_choose_renderer(const char *driver, const char *forced,
                                   window_try_fn try, void *ctx, char *why,
                                   size_t why_size)
{
    const char *order[WINDOW_RENDERERS_MAX];
    size_t n = window_renderer_order(driver, forced, order);
    if (why_size)
        why[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char err[256] = "";
        if (try(ctx, order[i], err, sizeof err))
            return order[i];
        append(why, why_size, "; ", order[i], err[0] ? err : "failed");
    }
    return NULL;
}

size_t window_video_drivers(const char *out[], size_t max, char *skipped,
                            size_t skipped_size)
{
    size_t n = 0;
    if (skipped_size)
        skipped[0] = '\0';
    const char *named = SDL_getenv("SDL_VIDEODRIVER");
    if (named && *named) {
        if (max)
            out[n++] = named;
        return n;
    }
    for (int i = 0; i < SDL_GetNumVideoDrivers() && n < max; i++) {
        const char *name = SDL_GetVideoDriver(i);
        // Invisible windows: a person would see nothing.
        if (!SDL_strcasecmp(name, "offscreen") ||
            !SDL_strcasecmp(name, "dummy") || !SDL_strcasecmp(name, "evdev"))
            continue;
        if (!SDL_strcasecmp(name, "x11") && !SDL_getenv("DISPLAY")) {
            append(skipped, skipped_size, "; ", name, "DISPLAY is unset");
            continue;
        }
        if (!SDL_strcasecmp(name, "wayland") &&
            !SDL_getenv("WAYLAND_DISPLAY")) {
            append(skipped, skipped_size, "; ", name,
                   "WAYLAND_DISPLAY is unset");
            continue;
        }
        if (!SDL_strcasecmp(name, "kmsdrm") && access("/dev/dri", F_OK) != 0) {
            append(skipped, skipped_size, "; ", name, "no /dev/dri");
            continue;
        }
        out[n++] = name;
    }
    return n;
}

void window_fit(SDL_Rect usable, int *x, int *y, int *w, int *h)
{
    if (usable.w > 0 && *w > usable.w)
        *w = usable.w;
    if (usable.h > 0 && *h > usable.h)
        *h = usable.h;
    *x = usable.x + (usable.w - *w) / 2;
    *y = usable.y + (usable.h - *h) / 2;
}

struct attempt {
    SDL_Window *window;
    SDL_Renderer *renderer;
};

static bool try_renderer(void *ctx, const char *name, char *err,
                         size_t err_size)
{
    struct attempt *a = ctx;
    int index = -1;
    for (int i = 0; i < SDL_GetNumRenderDrivers(); i++) {
        SDL_RendererInfo info;
        if (SDL_GetRenderDriverInfo(i, &info) == 0 &&
            !SDL_strcasecmp(info.name, name)) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        snprintf(err, err_size, "not in this SDL");
        return false;
    }
    SDL_ClearError();
    a->renderer = SDL_CreateRenderer(a->window, index, 0);
    if (a->renderer)
        return true;
    const char *e = SDL_GetError();
    snprintf(err, err_size, "%s", *e ? e : "failed");
    if (!SDL_strcasecmp(name, "software"))
        snprintf(err + strlen(err), err_size - strlen(err),
                 " (no window framebuffer on this driver)");
    return false;
}

bool window_open(const char *title, int x, int y, int w, int h, Uint32 flags,
                 SDL_Window **win, SDL_Renderer **ren, char *err,
                 size_t err_size)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *forced = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    const char *order[WINDOW_RENDERERS_MAX];
    // A GL renderer needs a GL window; making it so now spares SDL from
    // making the window again.
    bool gl = SDL_strcasecmp(
                  window_renderer_order(driver, forced, order) ? order[0] : "",
                  "software") != 0;
    struct attempt a = {SDL_CreateWindow(title, x, y, w, h,
                                         flags | (gl ? SDL_WINDOW_OPENGL : 0)),
                        NULL};
    if (!a.window && gl) // no GL here: the renderers will say so
        a.window = SDL_CreateWindow(title, x, y, w, h, flags);
    if (!a.window) {
        snprintf(err, err_size, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    char why[768];
    const char *name = window_choose_renderer(driver, forced, try_renderer, &a,
                                              why, sizeof why);
    if (!name) {
        snprintf(err, err_size, "no renderer works (%s)", why);
        SDL_DestroyWindow(a.window);
        return false;
    }
    // GL costs memory (docs/kiosk.md); say so when it is used, and why.
    if (SDL_strcasecmp(name, "software") != 0)
        SDL_Log("limber: %s video, %s renderer%s%s%s", driver ? driver : "no",
                name, why[0] ? " (" : "", why, why[0] ? ")" : "");
    *win = a.window;
    *ren = a.renderer;
    return true;
}

void window_canvas_size(int rotation, int out_w, int out_h, int *w, int *h)
{
    bool quarter = rotation == 90 || rotation == 270;
    *w = quarter ? out_h : out_w;
    *h = quarter ? out_w : out_h;
}

void window_canvas_drop(struct window_canvas *c)
{
    if (c->target)
        SDL_DestroyTexture(c->target);
    c->target = NULL;
}

void window_canvas_begin(struct window_canvas *c, SDL_Renderer *ren)
{
    if (SDL_GetRendererOutputSize(ren, &c->out_w, &c->out_h) != 0)
        SDL_Log("limber: output size: %s", SDL_GetError());
    window_canvas_size(c->rotation, c->out_w, c->out_h, &c->w, &c->h);
    if (c->rotation == 0)
        return;
    int tw = 0, th = 0;
    if (c->target && (SDL_QueryTexture(c->target, NULL, NULL, &tw, &th) != 0 ||
                      tw != c->w || th != c->h))
        window_canvas_drop(c);
    if (!c->target) {
        c->target = SDL_CreateTexture(ren, SDL_PIXELFORMAT_ARGB8888,
                                      SDL_TEXTUREACCESS_TARGET, c->w, c->h);
        if (!c->target) {
            // Upright is better than nothing.
            SDL_Log("limber: cannot turn the picture: %s", SDL_GetError());
            c->rotation = 0;
            window_canvas_size(0, c->out_w, c->out_h, &c->w, &c->h);
            return;
        }
    }
    if (SDL_SetRenderTarget(ren, c->target) != 0)
        SDL_Log("limber: render target: %s", SDL_GetError());
}

void window_canvas_end(struct window_canvas *c, SDL_Renderer *ren)
{
    if (!c->target)
        return;
    SDL_SetRenderTarget(ren, NULL);
    SDL_SetRenderDrawColor(ren, 0, 0, 0, 255);
    SDL_RenderClear(ren);
    // Turned about its centre, the canvas covers the output exactly.
    SDL_Rect dst = {(c->out_w - c->w) / 2, (c->out_h - c->h) / 2, c->w, c->h};
    if (SDL_RenderCopyEx(ren, c->target, NULL, &dst, (double)c->rotation, NULL,
                         SDL_FLIP_NONE) != 0)
        SDL_Log("limber: turning the picture: %s", SDL_GetError());
}

bool window_driver_waits(const char *driver)
{
    return listed(driver, waiting, SDL_arraysize(waiting));
}

int window_wait_event(SDL_Event *ev, int64_t timeout_ms)
{
    if (window_driver_waits(SDL_GetCurrentVideoDriver())) {
        if (timeout_ms < 0)
            return SDL_WaitEvent(ev);
        return SDL_WaitEventTimeout(ev, timeout_ms > INT_MAX ? INT_MAX
                                                             : (int)timeout_ms);
    }
    // No wait in the driver: SDL would poll every millisecond (1,000
    // wake-ups a second); slices of WINDOW_POLL_MS keep input prompt.
    Uint64 start = SDL_GetTicks64();
    for (;;) {
        if (SDL_PollEvent(ev))
            return 1;
        int64_t slice = WINDOW_POLL_MS;
        if (timeout_ms >= 0) {
            int64_t left = timeout_ms - (int64_t)(SDL_GetTicks64() - start);
            if (left <= 0)
                return 0;
            if (left < slice)
                slice = left;
        }
        SDL_Delay((Uint32)slice);
    }
}
