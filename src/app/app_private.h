#ifndef LIMBER_APP_PRIVATE_H
#define LIMBER_APP_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include <SDL.h>

#include "app.h"
#include "font.h"
#include "input.h"
#include "mirror.h"
#include "plan.h"
#include "session.h"
#include "text.h"
#include "ui.h"
#include "window.h"

// The state the screens share. Only src/app sees it.

// One screen: what every file screen_*.c provides (one table of
// operations: docs/architecture.md, "Rules every file keeps").
struct screen_ops {
    void (*enter)(struct app *app);
    // Returns true when it used the input; the app handles the rest
    // (focus moves, choosing the focused button, back, quit).
    bool (*event)(struct app *app, const struct input *in);
    void (*draw)(struct app *app);
    // The clock time at which the screen must be drawn again by itself,
    // INT64_MAX when only input changes it.
    int64_t (*next_deadline)(struct app *app, int64_t now_ms);
    void (*leave)(struct app *app);
};

extern const struct screen_ops screen_home, screen_list, screen_overview,
    screen_player, screen_finish, screen_about;
extern const struct screen_ops screen_pin, screen_attract; // kiosk
extern const struct screen_ops screen_info, screen_notice; // health pages

struct app {
    const struct library *lib;
    char lang[LANG_TAG_SIZE];    // interface language: wanted's first
    char wanted[LANG_LIST_SIZE]; // the wanted languages, for routines
    struct clock clock;

    SDL_Window *window;
    SDL_Renderer *renderer;
    struct font *font;
    struct text_cache *text;

    int w, h;                    // the canvas the screens draw on, pixels
    struct window_canvas canvas; // turned to the output (window.h)
    struct input_view view;      // window coordinates to canvas pixels
    float u;        // layout unit: pixels per point of a 1280x800 design
    int min_target; // smallest touch target: about 9 mm, in pixels
    // The layout as in a mirror when the interface reads right to left
    // (mirror.h): set with the size, before each frame is drawn.
    struct mirror mirror;

    enum app_screen screen;
    const struct screen_ops *ops;
    bool dirty, quit, drawn_once;
    bool window_failed;   // app_new: no window or renderer on this driver
    bool display_lost;    // the display went away under a kiosk (kiosk.c)
    int64_t redraw_at_ms; // the screen's own next change, INT64_MAX: none
    struct ui ui;

    // Navigation.
    int group;      // the list's muscle group, -1 for all routines
    bool from_list; // the overview was reached from a list
    const struct routine *routine;
    int list_first;   // first row shown in the list (scrolling)
    int list_visible; // how many rows the last frame had room for

    // The player's session; the finish screen reads what it left.
    struct plan *plan;
    struct session *session;
    int64_t ring_step_ms; // the ring moves in steps of this much time
    SDL_Rect ring_rect;
    bool completed;
    time_t started; // wall-clock start of the session, for the history
    int64_t end_offset_ms;

    // The history as the home screen last read it, on entering (never
    // each frame): sessions this week, days in a row (history.h).
    size_t week_sessions;
    int streak_days;

    struct kiosk *kiosk;         // kiosk mode's state (kiosk.h), NULL when off
    struct sound_control *sound; // sound_control.h; never NULL once open
    bool reduce_motion;          // figures hold their key pose (settings.h)
    bool no_history;             // app_config's: sessions are not recorded
    bool home_map; // small windows: home shows the body map, not the tiles
    SDL_Rect figure_rect; // where the player drew its figure, w 0: none

    // The health pages and the notice (pageview.h).
    int info_topic;              // enum info_topic shown by APP_SCREEN_INFO
    int page_first;              // first paragraph shown
    bool page_more;              // the last frame left paragraphs out below
    enum app_screen notice_next; // where the notice's button goes
};

// Moves to another screen: leave, enter, focus on the first button.
void app_go(struct app *app, enum app_screen screen);

// The routine's language for the interface language.
const char *app_routine_lang(const struct app *app, const struct routine *r);

// Lengths in pixels for a length in points of the 1280x800 design.
int app_px(const struct app *app, float points);

// Starts (or restarts) the session for app->routine and shows the player.
void app_start_routine(struct app *app);

// Switches the interface language and its font; keeps the old one when
// no font covers the new language (logged).
void app_set_lang(struct app *app, const char *lang);

// Drops the session and its plan.
void app_end_session(struct app *app);

// Shows the safety notice; its button remembers the acknowledgement
// (notice.h) and goes on to next (APP_SCREEN_PLAYER starts app->routine).
// Kiosk mode calls it whenever it wants a visitor to read it.
void app_show_notice(struct app *app, enum app_screen next);

#endif
