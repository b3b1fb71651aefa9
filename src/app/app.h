#ifndef LIMBER_APP_H
#define LIMBER_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "clock.h"
#include "kiosk_config.h"
#include "library.h"
#include "routine.h"

// The trainer window: home, muscle groups, routine lists, the player and
// the finish screen. It draws the session's state (src/core/session.h) and
// never computes timing itself.

// The command line's sound options: each overrides the remembered
// setting for this run only (sound_control.h).
struct app_sound_options {
    int volume;    // 0..100, -1: the remembered volume
    bool mute;     // start muted
    bool no_voice; // start without spoken guidance
};

struct app_config {
    const struct library *lib;     // borrowed for the app's lifetime
    const char *lang;              // wanted languages ("uk", "de:uk")
    const struct routine *routine; // play this one at once, or NULL
    int muscle;                    // open this group's list, or -1
    int width, height;             // window size in points; 0: default
    bool hidden;                   // no visible window (tests, benchmarks)
    // Sound: NULL plays as remembered (settings.h).
    const struct app_sound_options *sound;
    // Kiosk mode (kiosk.c): borrowed for the app's lifetime; NULL for an
    // ordinary window.
    const struct kiosk_config *kiosk;
    // Show the safety notice before anything else (the first start:
    // !notice_seen()); the routine or list asked for follows it.
    bool notice;
    // Record no session in the history: a tool that draws one moment
    // (--snapshot, benchmarks), not a person exercising.
    bool no_history;
};

enum app_status {
    APP_OK,         // the user quit: exit status 0
    APP_NO_DISPLAY, // no video driver could open a window; nothing shown
    APP_FAILED,     // a window opened but something else failed
};

// Opens the window and runs until the user quits, the window is closed, or
// SIGINT/SIGTERM arrives. On APP_NO_DISPLAY and APP_FAILED, why holds one
// line for the user (for no display: what was tried and what failed).
enum app_status app_run(const struct app_config *cfg, char *why,
                        size_t why_size);

// The pieces of app_run, for tests and benchmarks, which initialise SDL
// video themselves and drive a fake clock.

enum app_screen {
    APP_SCREEN_HOME,
    APP_SCREEN_LIST,
    APP_SCREEN_OVERVIEW,
    APP_SCREEN_PLAYER,
    APP_SCREEN_FINISH,
    APP_SCREEN_ABOUT,
    APP_SCREEN_PIN,     // kiosk: the operator's keypad
    APP_SCREEN_ATTRACT, // kiosk: the calm loop shown while nobody is there
    APP_SCREEN_INFO,    // one topic of the health pages
    APP_SCREEN_NOTICE,  // the safety notice (app_show_notice)
    APP_SCREEN_COUNT
};

struct app;

// Opens the window and renderer (SDL video must be initialised) and
// finds the font. NULL on failure, with the reason in err.
struct app *app_new(const struct app_config *cfg, struct clock clock, char *err,
                    size_t err_size);

// Accepts NULL.
void app_free(struct app *app);

// Handles one event (input, window, quit).
void app_handle(struct app *app, const SDL_Event *ev);

// Takes the session's due events (phase changes, the end) at the clock's
// time. Call after every wake-up.
void app_tick(struct app *app);

// Draws a frame if something changed since the last one (or always when
// force is set) and presents it. Returns true when it drew.
bool app_draw(struct app *app, bool force);

// Draws the current screen without presenting it, so that a test can
// read its pixels with SDL_RenderReadPixels.
void app_render(struct app *app);

// The clock time of the next redraw or session event, INT64_MAX for none.
int64_t app_deadline_ms(struct app *app);

// True once the user asked to quit.
bool app_quitting(const struct app *app);

enum app_screen app_current_screen(const struct app *app);
SDL_Renderer *app_renderer(struct app *app);
SDL_Window *app_window(struct app *app);

// What the last frame showed, for tests: its text blocks, its buttons
// (rect and whether focused), and the countdown ring's bounding box
// (w == 0 when no ring is shown).
struct text_drawn;
const struct text_drawn *app_drawn_texts(const struct app *app, size_t *n);
size_t app_button_count(const struct app *app);
SDL_Rect app_button_rect(const struct app *app, size_t i);
int app_button_id(const struct app *app, size_t i);
int app_focus(const struct app *app);
SDL_Rect app_ring_rect(const struct app *app);
unsigned long app_text_renders(const struct app *app);
const char *app_lang(const struct app *app);

#endif
