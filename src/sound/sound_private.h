#ifndef LIMBER_SOUND_PRIVATE_H
#define LIMBER_SOUND_PRIVATE_H

// What the sound engine's files share (sound.h is the contract):
// sound.c ties them together, sound_device.c is SDL_mixer's device,
// sound_cues.c the routine's cues, sound_speech.c the spoken lines and
// their worker.

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>
#include <SDL_mixer.h>

#include "audio_cue.h"
#include "plan.h"
#include "sound.h"
#include "sound_chunk.h"

// The channel kept for speech (Mix_ReserveChannels): a new line replaces
// the one before it. Cues take the others and overlap freely.
#define SOUND_VOICE_CHANNEL 0
#define SOUND_MIX_CHANNELS  8

// One spoken line of the prepared routine. A work phase's line is made
// when it comes within a few work phases and freed once it has played;
// the fixed phrases (rest, switch sides, well done), which recur, are kept
// while the routine is prepared and the device open.
struct sound_line {
    char *text;       // owned
    int lead_ms;      // silence before it, so the cue is heard first
    bool fixed;       // a fixed phrase: kept once made
    bool asked;       // queued for the worker, no answer yet
    bool failed;      // the worker could not speak it: not asked again
    bool wanted;      // scratch for sound_speech_want
    Mix_Chunk *chunk; // in the device's format, NULL until made; a work
                      // line's moves to voice_line as it starts to play
};

struct sound_job;

struct sound {
    // The device (sound_device.c).
    bool open;                  // SDL_mixer's device is open
    bool wanted;                // sound_open was called, sound_close was not
    bool audio_up;              // we started SDL's audio subsystem
    bool close_when_quiet;      // close once the last sound has ended
    struct sound_format format; // the device's, while open
    int volume;                 // 0..100
    bool muted, voice;
    void (*monitor)(void *ctx, const int16_t *frames, size_t count);
    void *monitor_ctx;

    // The prepared routine.
    const struct plan *plan;
    char lang[16];

    // Its sounds while the device is open (sound_cues.c).
    Mix_Chunk *cues[AUDIO_CUE_COUNT]; // the built-in cues it plays
    Mix_Chunk **step_files;           // per step: its cue file, or NULL

    // Its spoken lines (sound_speech.c).
    struct sound_line *lines;
    size_t line_count;
    size_t *phase_line;    // per phase: index into lines, or SIZE_MAX
    size_t well_done;      // index into lines, or SIZE_MAX
    size_t next_phase;     // the first phase whose line has not started
    Mix_Chunk *voice_line; // a work line the voice channel plays, owned
    bool said_why;         // a speech failure was logged already

    // The speech worker.
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    struct sound_job *jobs; // lines to speak, first first, owned, under lock
    bool quit;              // under lock
    struct audio_speaker *speaker; // the worker's helper, under lock
    unsigned generation; // under lock for the worker; the main thread's copy
    // Made on the main thread before the worker starts, read by it only:
    // the helper's path and environment (no thread but the main one reads
    // environ, which the language switch changes).
    char *helper_path;
    char **helper_env;
};

// SDL user events, registered once: SOUND_EVENT_LINE carries a spoken line
// from the worker, SOUND_EVENT_ENDED says that channel ev->user.code has
// played to its end.
extern Uint32 sound_event_base;
#define SOUND_EVENT_LINE  (sound_event_base)
#define SOUND_EVENT_ENDED (sound_event_base + 1)

// sound_device.c
bool sound_device_open(struct sound *s, char *why, size_t why_size);
// Closes SDL_mixer's device; quit_audio: SDL's audio subsystem too (else
// it stays up to hear of a device that arrives).
void sound_device_close(struct sound *s, bool quit_audio);
void sound_device_apply_volume(struct sound *s);
void sound_device_apply_monitor(struct sound *s);
bool sound_device_playing(const struct sound *s, int channel);
void sound_device_stop(struct sound *s, int channel);
// Plays chunk on channel (-1: any cue channel, the oldest giving way when
// all are busy). Nothing when closed or muted.
void sound_device_play(struct sound *s, int channel, Mix_Chunk *chunk);

// sound_cues.c: the routine's cues, made as the device opens (or the
// routine is prepared with it open) and freed as it closes.
void sound_cues_make(struct sound *s);
void sound_cues_free(struct sound *s);
void sound_cues_play(struct sound *s, size_t cue_index);

// sound_speech.c
void sound_speech_init(struct sound *s);
void sound_speech_done(struct sound *s);
void sound_speech_start(struct sound *s); // with the device open
void sound_speech_stop(struct sound *s);  // before the device closes
void sound_speech_prepare(struct sound *s);
void sound_speech_forget(struct sound *s);
// Frees every made line (they are in the device's format).
void sound_speech_drop(struct sound *s);
void sound_speech_ask(struct sound *s);
void sound_speech_play(struct sound *s, size_t line);
void sound_speech_take(struct sound *s, const SDL_Event *ev);
void sound_speech_ended(struct sound *s);

#endif
