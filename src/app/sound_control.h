#ifndef LIMBER_SOUND_CONTROL_H
#define LIMBER_SOUND_CONTROL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "input.h"
#include "session.h"

// The window's side of sound: the remembered settings (settings.h), the
// command line's overrides, the keys (M, +, -), the on-screen control (a
// speaker button that mutes, - and + for the volume, a voice switch) and
// the one-time note that sound is off. The mixer itself is sound.h.

struct app;
struct app_config;

// Remembers the reduce-motion setting (figures hold still) with the
// others, once changes settle; a kiosk remembers nothing.
void sound_control_remember_motion(struct app *app, bool reduce);

// Volume steps of the keys and the - and + buttons.
#define SOUND_CONTROL_STEP 10
// How long the "no sound device" note stays once shown.
#define SOUND_CONTROL_NOTE_MS 8000

// Button ids of the control; no screen uses these.
enum {
    SOUND_CONTROL_ID_MUTE = 9001,
    SOUND_CONTROL_ID_QUIETER,
    SOUND_CONTROL_ID_LOUDER,
    SOUND_CONTROL_ID_VOICE,
};

struct sound_control;

// Reads the settings (a broken file is logged and the defaults used) and
// applies cfg's sound options. Opens no device: that waits for a routine
// (sound_control_prepare). Never NULL.
struct sound_control *sound_control_new(const struct app_config *cfg);

// Accepts NULL.
void sound_control_free(struct sound_control *sc);

// Back to the volume, mute and voice this run began with (a kiosk's
// config, else the defaults or the remembered settings, then the command
// line's options), remembering nothing: kiosk mode calls it for each new
// visitor, so one visitor's muting does not carry to the next.
void sound_control_restore(struct app *app);

// Opens the sound device (when it is not open; the first failure shows the
// note that sound is off) and readies the sounds of app->plan before its
// session starts; drops them when the session ends (call before the plan
// is freed).
void sound_control_prepare(struct app *app);
void sound_control_forget(struct app *app);

// Closes the sound device once nothing plays any more (the finish sound
// rings out first), so that no mixer thread runs on screens that play
// nothing. app_go calls it for every screen but the player.
void sound_control_release(struct app *app);

// Plays a session event of app->plan.
void sound_control_play(struct app *app, const struct session_event *ev);

// The speech worker's events. True when ev was one.
bool sound_control_event(struct app *app, const SDL_Event *ev);

// The keys and the control's buttons. True when in was one of them.
bool sound_control_input(struct app *app, const struct input *in);

// Where sound_control_draw would draw in row, without drawing, so a
// screen can lay out around it and still draw it last (its buttons come
// last in the focus order).
SDL_Rect sound_control_place(struct app *app, SDL_Rect row);

// Draws the control right-aligned in row (its height is the buttons'),
// leaving out what does not fit. Returns the rectangle it used (w == 0
// when nothing fit).
SDL_Rect sound_control_draw(struct app *app, SDL_Rect row);

// When the note must go away (a redraw), INT64_MAX when none is due.
int64_t sound_control_deadline_ms(struct app *app);

// The settings are written once a change settles (settings.h): the main
// loop wakes at sound_control_save_deadline_ms (INT64_MAX: nothing waits)
// and sound_control_tick writes them when due. sound_control_save_now
// writes what waits at once (the exit paths); sound_control_free does too.
void sound_control_tick(struct app *app);
int64_t sound_control_save_deadline_ms(const struct app *app);
void sound_control_save_now(struct app *app);

// The state, for tests.
int sound_control_volume(const struct app *app);
bool sound_control_muted(const struct app *app);
bool sound_control_voice(const struct app *app);
// True while the sound device is open.
bool sound_control_available(const struct app *app);
// How many spoken lines of the routine are made and ready to play.
size_t sound_control_lines_ready(const struct app *app);

// The player underneath (sound.h), for the latency benchmark's monitor.
struct sound *sound_control_sound(struct app *app);

#endif
