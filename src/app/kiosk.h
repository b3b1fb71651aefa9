#ifndef LIMBER_KIOSK_H
#define LIMBER_KIOSK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "kiosk_config.h"
#include "pin_hash.h"

// Kiosk mode's policy (docs/kiosk.md): a fullscreen window a visitor
// cannot leave. The app calls these hooks; everything kiosk-specific
// lives here, in screen_pin.c and in screen_attract.c.

// How long the operator holds Ctrl+Alt+Shift+Q, and presses the top-left
// corner before the PIN keypad shows.
#define KIOSK_CHORD_MS       3000
#define KIOSK_CORNER_MS      5000
#define KIOSK_CURSOR_MS      3000 // the pointer hides after this still
#define KIOSK_PIN_TRIES      3    // wrong PINs in a row before a lockout
#define KIOSK_PIN_LOCKOUT_MS 30000

struct app;

// What the PIN keypad shows; the screen draws it.
struct kiosk_pin {
    char digits[PIN_MAX_DIGITS + 1];
    int len;
    int failures;         // wrong PINs in a row
    int64_t locked_until; // clock time; the keypad is shut until then
    bool wrong;           // the last PIN was wrong (until the next digit)
};

// Sets the hints and the window flags and place for cfg: fullscreen on
// the whole display cfg->display. Call before SDL_CreateWindow. False,
// with the reason in err, when that display does not exist.
bool kiosk_window_place(const struct kiosk_config *cfg, Uint32 *flags, int *x,
                        int *y, int *w, int *h, char *err, size_t err_size);

// Locks the open window down: keyboard grab, hidden cursor, no
// screensaver. cfg is borrowed for the kiosk's lifetime.
struct kiosk *kiosk_new(struct app *app, const struct kiosk_config *cfg);

// Accepts NULL.
void kiosk_free(struct kiosk *k);

// Sees every event before the app does. Returns true when it consumed it
// (a key that would quit, the window manager's close, the attract screen's
// wake-up touch).
bool kiosk_event(struct app *app, const SDL_Event *ev);

// Acts on what is due at the clock's time: the held chord, the corner
// press, the idle timeout, the cursor. The app calls it before and after
// taking the session's events.
void kiosk_tick(struct app *app);

// The clock time at which kiosk_tick has something to do, INT64_MAX for
// nothing.
int64_t kiosk_deadline_ms(struct app *app);

// The PIN keypad's state and actions (screen_pin.c). A right PIN ends the
// app (app_quitting); a wrong one clears the digits and counts.
const struct kiosk_pin *kiosk_pin_state(const struct app *app);
void kiosk_pin_digit(struct app *app, int digit);
void kiosk_pin_erase(struct app *app);
void kiosk_pin_submit(struct app *app);
void kiosk_pin_reset(struct app *app);

// Back to the start as a new visitor finds it: no session, the home
// screen, the first offered language, the configured sound
// (sound_control_restore).
void kiosk_go_home(struct app *app);

// How many languages the kiosk offers: 0 when it does not restrict them
// (not a kiosk, or no `languages:`). The home screen hides its language
// button when this is 1.
size_t kiosk_lang_count(const struct app *app);

// The offered language after the current one, in the config's order;
// NULL when kiosk_lang_count is 0.
const char *kiosk_next_lang(const struct app *app);

#endif
