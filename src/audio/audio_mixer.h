#ifndef LIMBER_AUDIO_MIXER_H
#define LIMBER_AUDIO_MIXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audio_cue.h"
#include "audio_pcm.h"

// The live player's mixer: a few voices, each playing one mono buffer at
// its own rate or a built-in cue made sample by sample as it plays,
// summed into the device's interleaved 16-bit frames (every channel the
// same). It holds no sound of its own: a voice only points at a buffer or
// a cue, so the cues take no memory at all and a spoken line stays at
// espeak-ng's 22050 Hz until the moment it sounds.
//
// No locking here: audio_mixer_render runs on the audio thread, and the
// caller keeps every other call from running at the same time (SDL's
// SDL_LockAudioDevice in src/sound/sound.c). A buffer or cue must outlive
// the voice that plays it: stop the voice before freeing it.

#define AUDIO_MIXER_VOICES 8
// Full gain; gain is 0..AUDIO_MIXER_UNITY, a sample times gain / UNITY,
// as SDL_mixer scales its volume.
#define AUDIO_MIXER_UNITY 128
// For audio_mixer_play: any voice but 0, which is kept for speech so that
// a new line replaces the one before it.
#define AUDIO_MIXER_ANY (-1)
#define AUDIO_MIXER_ALL (-1)

struct audio_mixer;

// A mixer making rate frames a second of channels (1..8) samples. Never
// NULL (out of memory aborts).
struct audio_mixer *audio_mixer_new(int rate, int channels);

// Accepts NULL.
void audio_mixer_free(struct audio_mixer *m);

// Starts pcm (borrowed) on voice after lead frames of silence; what that
// voice played stops. voice AUDIO_MIXER_ANY takes a free voice other than
// 0, or, when all are busy, the one started longest ago. Returns the
// voice, or -1 when pcm is NULL or empty or voice is out of range.
int audio_mixer_play(struct audio_mixer *m, int voice,
                     const struct audio_pcm *pcm, size_t lead);

// The same for a cue made as it plays (audio_cue.h), borrowed; its rate
// must be the mixer's. Returns the voice, or -1.
int audio_mixer_play_cue(struct audio_mixer *m, int voice,
                         const struct audio_cue_stream *cue, size_t lead);

// Stops a voice at once, or every voice (AUDIO_MIXER_ALL).
void audio_mixer_stop(struct audio_mixer *m, int voice);

// Whether a voice still plays, or any does (AUDIO_MIXER_ALL).
bool audio_mixer_playing(const struct audio_mixer *m, int voice);

// The buffer a voice plays, or NULL.
const struct audio_pcm *audio_mixer_source(const struct audio_mixer *m,
                                           int voice);

// 0..AUDIO_MIXER_UNITY, for every voice, from the next frame on.
void audio_mixer_set_gain(struct audio_mixer *m, int gain);

// Writes frames frames into out (frames * channels samples), clipped to
// 16 bits; silence where nothing plays. Returns a bit for each voice that
// reached its end in these frames (bit v for voice v).
unsigned audio_mixer_render(struct audio_mixer *m, int16_t *out, size_t frames);

#endif
