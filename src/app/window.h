#ifndef LIMBER_WINDOW_H
#define LIMBER_WINDOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

// The window on whatever SDL video driver there is: which renderer draws
// it, the first size, the picture turned for panels mounted on their
// side, and how the loop sleeps. docs/kiosk.md says what each choice
// costs.

#define WINDOW_RENDERERS_MAX 4

// The renderers to try on driver, best first, into out (at most
// WINDOW_RENDERERS_MAX); returns how many. forced (SDL_RENDER_DRIVER), when
// set, is the only one. Drivers with a window framebuffer (x11, dummy,
// offscreen, ...) start with "software", which draws in our own memory
// and loads no GL; wayland and kmsdrm have no framebuffer, so they start
// with "opengles2". "opengles2" then "opengl" follow everywhere.
size_t window_renderer_order(const char *driver, const char *forced,
                             const char *out[]);

// Makes a renderer named name; false with the reason in err.
typedef bool (*window_try_fn)(void *ctx, const char *name, char *err,
                              size_t err_size);

// Tries window_renderer_order's renderers in turn with try until one
// works and returns its name; NULL when none does, with why naming each
// one tried and why it failed ("software: ...; opengles2: ...").
const char *window_choose_renderer(const char *driver, const char *forced,
                                   window_try_fn try, void *ctx, char *why,
                                   size_t why_size);

// The video drivers to try in turn, into out (at most max): the one
// SDL_VIDEODRIVER names alone, else SDL's drivers that show a window a
// person can see and whose display is there (x11 only with DISPLAY set,
// wayland only with WAYLAND_DISPLAY). The drivers left out are named in
// skipped with why ("x11: DISPLAY is unset; ..."). Returns how many.
size_t window_video_drivers(const char *out[], size_t max, char *skipped,
                            size_t skipped_size);

// The first size and place of an ordinary window: the wanted w x h, made
// smaller where the display's usable area (SDL_GetDisplayUsableBounds) is
// smaller, centred in that area.
void window_fit(SDL_Rect usable, int *x, int *y, int *w, int *h);

// Opens a window (flags as SDL_CreateWindow) with a renderer on it,
// chosen by window_choose_renderer for the current driver. False, with
// every renderer tried and why it failed in err, when none works.
bool window_open(const char *title, int x, int y, int w, int h, Uint32 flags,
                 SDL_Window **win, SDL_Renderer **ren, char *err,
                 size_t err_size);

// A picture turned by rotation degrees clockwise (0, 90, 180, 270) on the
// window, for drivers that cannot turn the display themselves (KMSDRM).
// The screens draw on the canvas, upright; with rotation 0 that is the
// window itself and no texture is made.
struct window_canvas {
    int rotation;
    SDL_Texture *target; // the canvas when turned, NULL otherwise
    int w, h;            // the canvas in pixels
    int out_w, out_h;    // the renderer's output in pixels
};

// The canvas size for an output of out_w x out_h pixels: the same, or
// swapped for a quarter turn.
void window_canvas_size(int rotation, int out_w, int out_h, int *w, int *h);

// Reads the output size and, when turned, makes the target texture that
// size (again if the size changed) and draws on it from now on.
void window_canvas_begin(struct window_canvas *c, SDL_Renderer *ren);

// When turned: copies the canvas to the output, turned. Then the frame
// can be presented.
void window_canvas_end(struct window_canvas *c, SDL_Renderer *ren);

// Frees the texture (after SDL_RENDER_TARGETS_RESET, or at the end).
void window_canvas_drop(struct window_canvas *c);

// Waits for an event for at most timeout_ms (negative: without limit) and
// returns 1 with it in ev, or 0 when the time ran out (or on an error).
// SDL's own wait blocks on drivers that have one (x11, wayland); on the
// others (kmsdrm, offscreen, dummy) SDL 2.26 polls every millisecond, so
// this polls in WINDOW_POLL_MS slices instead.
int window_wait_event(SDL_Event *ev, int64_t timeout_ms);

#define WINDOW_POLL_MS 42 // under 25 wake-ups a second; input within 50 ms

// Whether SDL's video driver named driver can block waiting for input.
bool window_driver_waits(const char *driver);

#endif
