#ifndef LIMBER_PLAYER_FIGURE_H
#define LIMBER_PLAYER_FIGURE_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "app_private.h"

// The player's illustration (docs/figures.md): where it goes beside the
// countdown, what it shows in each phase, and when it must be drawn again.

// The step whose illustration the phase shows: the step being worked, or
// the one a pause leads into. NULL when it has none.
const struct step *player_figure_step(const struct app *app,
                                      const struct plan_phase *ph);

// Splits the area between the top and the bottom rows into the text
// column, the ring's box and the figure's box, for a window wide or tall,
// in the left-to-right layout (ui_place mirrors it).
void player_figure_layout(const struct app *app, int top, int bottom, int m,
                          SDL_Rect *text_col, SDL_Rect *ring_box,
                          SDL_Rect *figure_box);

// The button that switches the figure's motion on and off (its id; the
// setting is remembered), placed at the foot of the figure's box, which
// it shrinks; only for a figure that moves, and not in a kiosk (its
// configuration decides).
#define PLAYER_FIGURE_ID_MOTION 7001
void player_figure_switch(struct app *app, const struct plan_phase *ph,
                          SDL_Rect *figure_box);

// The switch's press. True when in was it.
bool player_figure_input(struct app *app, const struct input *in);

// Draws the illustration of phase ph at pos into box (of the left-to-right
// layout): moving with the work phase, or its key pose (pauses, a paused
// session, reduced motion). A mirrored layout places it, never flips it.
void player_figure_draw(struct app *app, const struct plan_phase *ph,
                        const struct session_position *pos, SDL_Rect box);

// The clock time of the next animation frame, INT64_MAX when the figure
// holds still.
int64_t player_figure_deadline(const struct app *app,
                               const struct plan_phase *ph,
                               const struct session_position *pos,
                               int64_t now_ms);

// Where the last frame of the player drew its figure in the window (w ==
// 0: none), for tests.
SDL_Rect player_figure_rect(const struct app *app);

// Whether figures hold still: the kiosk configuration's reduce-motion,
// else the remembered setting (settings.h).
bool player_figure_reduce_motion(const struct app_config *cfg);

#endif
