#ifndef LIMBER_SOUND_H
#define LIMBER_SOUND_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "plan.h"
#include "session.h"

// The live half of sound: SDL_mixer plays the built-in cues (src/audio),
// a step's own cue file and the spoken lines as the session's events come.
// Speech is made ahead on one worker thread, the only one that touches
// libespeak-ng; it hands each line over as an SDL user event and never
// delays a phase (a line not ready in time is left out).
//
// Without a sound device every function still works and plays nothing:
// the program never stops for sound.

// The mixer's buffer: 512 frames at 48 kHz is 10.7 ms, the most a cue
// waits for its turn (docs/performance.md, "Live cue latency").
#define SOUND_RATE         48000
#define SOUND_CHUNK_FRAMES 512

struct sound;

// Opens the sound device: SDL's audio subsystem (video should be up
// first: SDL_Init fails as a whole when audio does) and SDL_mixer. Never
// NULL. When no device opens, sound_available() is false and why holds one
// line that says so. voice: start the speech worker (when this build has
// speech at all).
struct sound *sound_new(bool voice, char *why, size_t why_size);

// Stops the worker, closes the device and quits SDL's audio subsystem.
// Accepts NULL.
void sound_free(struct sound *s);

// True when a device is open.
bool sound_available(const struct sound *s);

// volume 0..100; muted silences at once, playing sounds included.
void sound_set_volume(struct sound *s, int volume, bool muted);

// Turns spoken guidance on or off. Turning it on asks the worker for the
// current routine's lines; off silences the line being spoken.
void sound_set_voice(struct sound *s, bool on);

// Makes a routine's sounds ready before its session starts: decodes its
// steps' cue files (one log line for each that cannot be, whose built-in
// cue plays instead) and queues its spoken lines in lang. plan is
// borrowed until the next sound_prepare, sound_forget or sound_free.
void sound_prepare(struct sound *s, const struct plan *plan, const char *lang);

// Drops the routine's sounds (the session has ended and its plan goes).
void sound_forget(struct sound *s);

// Plays what a session event of the prepared plan means: a cue (a phase's
// start, a tick, the finish) and the phase's spoken line; a pause or a
// stop silences what is playing.
void sound_play(struct sound *s, const struct session_event *ev);

// Takes the speech worker's events. Returns true when ev was one.
bool sound_handle_event(struct sound *s, const SDL_Event *ev);

// How many of the prepared routine's spoken lines are ready to play.
size_t sound_lines_ready(const struct sound *s);

#endif
