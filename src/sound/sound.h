#ifndef LIMBER_SOUND_H
#define LIMBER_SOUND_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

#include "plan.h"
#include "session.h"

// The live half of sound: SDL's audio device plays the built-in cues
// (src/audio), a step's own cue file and the spoken lines as the session's
// events come, mixed on SDL's audio thread by src/audio's mixer
// (audio_mixer.h). Speech is made ahead, a few lines ahead of the
// session, by the limber-voice helper process (audio_speech.h), which one
// worker thread starts when lines are wanted and ends when none are left;
// the worker hands each line over as an SDL user event and never delays
// a phase (a line not ready in time is left out). SDL_mixer only decodes cue
// files (cue_check.h), so a routine without any never loads it.
//
// The device is open only while it is needed: sound_open opens it, makes
// the routine's cues and starts the worker; sound_close undoes all of it,
// so that SDL's audio thread, which wakes every 10 ms while a device is
// open, does not run on an idle screen. Volume, mute and voice are plain
// numbers while it is closed.
//
// Without a sound device every function still works and plays nothing:
// the program never stops for sound.

// The device's buffer: 512 frames at 48 kHz is 10.7 ms, the most a cue
// waits for its turn (docs/performance.md, "Live cue latency"). Its
// samples are 16-bit, both channels the same.
#define SOUND_RATE         48000
#define SOUND_CHANNELS     2
#define SOUND_CHUNK_FRAMES 512

struct sound;

// Opens nothing. Never NULL. voice: spoken guidance is on (when this
// build has speech at all).
struct sound *sound_new(bool voice);

// Closes the device (sound_close) and frees the rest. Accepts NULL.
void sound_free(struct sound *s);

// Opens the sound device, when it is not open yet: decodes a prepared
// routine's cue files (before: cue_check.h), starts SDL's audio subsystem
// (video should be up first: SDL_Init fails as a whole when audio does)
// and the device, readies the routine's built-in cues, and starts the
// speech worker on its lines.
// Returns true when the device is open; else false with one line in why
// that says why not, and everything plays nothing until the next
// successful sound_open. Also cancels a pending sound_close_when_quiet.
bool sound_open(struct sound *s, char *why, size_t why_size);

// Stops the worker, closes the device and quits SDL's audio subsystem,
// and frees the spoken lines (the routine stays prepared, its decoded cue
// files and readied cues too). Nothing when it is not open.
void sound_close(struct sound *s);

// sound_close now if nothing is playing, else as soon as the last sound
// has played out (seen in sound_handle_event). A sound_open before then
// keeps the device open.
void sound_close_when_quiet(struct sound *s);

// True when a device is open.
bool sound_available(const struct sound *s);

// volume 0..100; muted silences at once, playing sounds included.
void sound_set_volume(struct sound *s, int volume, bool muted);

// Turns spoken guidance on or off. Turning it on asks the worker for the
// current routine's lines; off silences the line being spoken.
void sound_set_voice(struct sound *s, bool on);

// Makes a routine's sounds ready before its session starts: decodes its
// steps' cue files (one log line for each that cannot be, whose built-in
// cue plays instead; with the device open, it closes and opens again
// around the decoding), readies its cues and queues its spoken lines in
// lang. plan is borrowed until the next sound_prepare, sound_forget or
// sound_free.
void sound_prepare(struct sound *s, const struct plan *plan, const char *lang);

// Drops the routine's sounds (the session has ended and its plan goes).
void sound_forget(struct sound *s);

// Plays what a session event of the prepared plan means: a cue (a phase's
// start, a tick, the finish) and the phase's spoken line; a pause or a
// stop silences what is playing.
void sound_play(struct sound *s, const struct session_event *ev);

// Takes the speech worker's events and the mixer's "a voice has ended"
// (which closes the device when sound_close_when_quiet asked for it).
// Returns true when ev was one of them.
bool sound_handle_event(struct sound *s, const SDL_Event *ev);

// How many of the prepared routine's spoken lines are ready to play.
// Only a few are at a time: the fixed phrases (rest, switch sides, well
// done) and the next few work phases' lines, each freed once it has
// played.
size_t sound_lines_ready(const struct sound *s);

// For tests: the spoken lines alive in this process now (made ahead, or
// playing), and the most alive at once since the last
// sound_line_chunks_peak.
size_t sound_line_chunks(void);
size_t sound_line_chunks_peak(void);

// For the latency benchmark: fn sees every buffer on SDL's audio thread
// as it goes to the device (count frames of SOUND_CHANNELS samples). NULL
// takes it away.
void sound_set_monitor(struct sound *s,
                       void (*fn)(void *ctx, const int16_t *frames,
                                  size_t count),
                       void *ctx);

#endif
