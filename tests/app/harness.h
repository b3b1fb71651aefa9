#ifndef LIMBER_TEST_HARNESS_H
#define LIMBER_TEST_HARNESS_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "app.h"
#include "library.h"

// Drives the window headless: SDL's dummy video driver, the software
// renderer, a fake clock moved by hand, and events pushed as a person
// would make them.

struct harness {
    int64_t now_ms;
    struct library *lib;
    struct app *app;
    int w, h;
    bool notice; // the next harness_open shows the first-run notice
};

// Initialises SDL video on the dummy driver and loads the routines in
// dir. Exits the test (status 1) when it cannot.
void harness_init(struct harness *t, const char *dir);
void harness_done(struct harness *t);

// Opens the app at w x h points in lang, optionally playing routine id or
// showing a muscle group's list (-1 for home).
void harness_open(struct harness *t, int w, int h, const char *lang,
                  const char *routine_id, int muscle);
void harness_close(struct harness *t);

// Opens the app as a kiosk configured by cfg (borrowed: it must outlive
// the app) in lang, in a window of w x h pixels rather than full screen,
// and draws it.
struct kiosk_config;
void harness_open_kiosk(struct harness *t, int w, int h, const char *lang,
                        const struct kiosk_config *cfg);

// A kiosk operator's long press on the top-left corner, which opens the
// PIN keypad.
void harness_corner_press(struct harness *t);

// Moves the clock, lets the app take its session events, and renders.
void harness_advance(struct harness *t, int64_t ms);
void harness_frame(struct harness *t);

// Input, each followed by a tick and a frame.
void harness_key(struct harness *t, SDL_Keycode key);
void harness_click(struct harness *t, int x, int y);
void harness_touch(struct harness *t, int x, int y);
// A finger put down at (x, y0), moved to (x, y1) in small steps, lifted.
void harness_drag(struct harness *t, int x, int y0, int y1);

// The centre of the topmost text block containing needle; false if none.
bool harness_find_text(struct harness *t, const char *needle, SDL_Point *at);

// Reads the frame's pixels (ARGB8888) in rect; the caller frees them.
uint32_t *harness_pixels(struct harness *t, SDL_Rect rect);

// Writes the frame as a BMP.
bool harness_save(struct harness *t, const char *path);

#endif
