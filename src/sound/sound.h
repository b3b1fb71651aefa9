#ifndef LIMBER_SOUND_H
#define LIMBER_SOUND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "plan.h"
#include "session.h"

// The live half of sound, on SDL_mixer: the device, its channels, the
// routine's sounds and the speech worker. SDL_mixer mixes and plays: the
// built-in cues (synthesized by src/audio at the device's rate) and a
// step's own cue file (Mix_LoadWAV_RW) are chunks in the device's format
// played on any channel but one; that one (reserved) plays the spoken
// lines, so a new line replaces the one before it. Speech is made a few
// lines ahead of the session by the limber-voice helper process
// (audio_speech.h), which one worker thread starts when lines are wanted
// and ends when none are left; the worker converts each line to the
// device's format (SDL_AudioStream) and hands it over as an SDL user event,
// and never delays a phase (a line not ready in time is left out). When a
// channel has played to its end, SDL_mixer's callback (on the audio
// thread) pushes an SDL user event; nothing else happens there.
//
// The device is open only while it is needed: sound_open opens it, makes
// the routine's cues and starts the worker; sound_close undoes all of it,
// so that SDL's audio thread does not run on an idle screen. Volume, mute
// and voice are plain numbers while it is closed.
//
// A device that goes away in the middle of a routine
// (SDL_AUDIODEVICEREMOVED) is closed and the routine plays on silently;
// when a device comes (SDL_AUDIODEVICEADDED) it opens again. Without any
// device every function still works and plays nothing: the program never
// stops for sound.

// The device's format: 16-bit mono samples at 24 kHz, in buffers of 256
// frames (10.7 ms, the most a cue waits for its turn). Mono, because every
// sound we make is mono; 24 kHz, because nothing we make has anything
// above 10 kHz (espeak-ng speaks at 22050 Hz; the cues' partials stay
// under 8 kHz), so it keeps all of it in a quarter of 48 kHz stereo's
// memory; SDL (or the sound server) converts to the hardware's rate on
// the way out. Measured against 48 kHz in docs/performance.md, "The
// device's format". A build may set others to measure them
// (LIMBER_SOUND_FORMAT in CMakeLists.txt).
#ifndef SOUND_RATE
#define SOUND_RATE 24000
#endif
#ifndef SOUND_CHANNELS
#define SOUND_CHANNELS 1
#endif
#ifndef SOUND_CHUNK_FRAMES
#define SOUND_CHUNK_FRAMES 256
#endif

struct sound;

// Opens nothing. Never NULL. voice: spoken guidance is on (when this
// build has speech at all). Main thread only, like every function here.
struct sound *sound_new(bool voice);

// Closes the device (sound_close) and frees the rest. Accepts NULL.
void sound_free(struct sound *s);

// Opens the sound device through SDL_mixer, when it is not open yet:
// starts SDL's audio subsystem (video should be up first: SDL_Init fails
// as a whole when audio does), makes the prepared routine's cues and
// loads its cue files (one log line for each that cannot be, whose
// built-in cue plays instead), and starts the speech worker on its lines.
// Returns true when the device is open; else false with one line in why
// that says why not, and everything plays nothing until a device opens
// (the next sound_open, or a device that arrives). Also cancels a pending
// sound_close_when_quiet.
bool sound_open(struct sound *s, char *why, size_t why_size);

// Stops the worker, closes the device and quits SDL's audio subsystem,
// and frees the chunks (the routine stays prepared). Nothing when it is
// not open.
void sound_close(struct sound *s);

// sound_close now if nothing is playing, else as soon as the last sound
// has played out (seen in sound_handle_event). A sound_open before then
// keeps the device open.
void sound_close_when_quiet(struct sound *s);

// True when a device is open.
bool sound_available(const struct sound *s);

// True while a device is wanted (sound_open was called, sound_close was
// not) but none is open: it went away, or none could be opened.
bool sound_missing(const struct sound *s);

// volume 0..100; muted silences at once, playing sounds included.
void sound_set_volume(struct sound *s, int volume, bool muted);

// Turns spoken guidance on or off. Turning it on asks the worker for the
// current routine's lines; off silences the line being spoken.
void sound_set_voice(struct sound *s, bool on);

// Makes a routine's sounds ready before its session starts: with the
// device open, its cues and cue files, and queues its spoken lines in
// lang. plan is borrowed until the next sound_prepare, sound_forget or
// sound_free.
void sound_prepare(struct sound *s, const struct plan *plan, const char *lang);

// Drops the routine's sounds (the session has ended and its plan goes).
void sound_forget(struct sound *s);

// Plays what a session event of the prepared plan means: a cue (a phase's
// start, a tick, the finish) and the phase's spoken line; a pause or a
// stop silences what is playing.
void sound_play(struct sound *s, const struct session_event *ev);

// Takes the speech worker's events, SDL_mixer's "a channel has played to
// its end" (which closes the device when sound_close_when_quiet asked for
// it) and the device's coming and going. Returns true when ev was one of
// them.
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
// takes it away. Kept across a close and an open.
void sound_set_monitor(struct sound *s,
                       void (*fn)(void *ctx, const int16_t *frames,
                                  size_t count),
                       void *ctx);

#endif
