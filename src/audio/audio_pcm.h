#ifndef LIMBER_AUDIO_PCM_H
#define LIMBER_AUDIO_PCM_H

#include <stddef.h>
#include <stdint.h>

// A buffer of sound: signed 16-bit mono samples at a sample rate. Cues and
// voice lines come out as these, ready for a live mixer (which widens them
// to its channel count) or for the track renderer.

// The rate the guided track is written at: 48 samples a millisecond, so
// every plan offset falls on a whole sample.
#define AUDIO_RATE_DEFAULT 48000

// No sound we make goes above this level (issue 4).
#define AUDIO_CEILING_DB (-3.0)

struct audio_pcm {
    int16_t *samples; // owned, frames of them
    size_t frames;
    int rate; // samples a second
};

// A new buffer of frames zero samples. Never fails (out of memory aborts).
struct audio_pcm *audio_pcm_new(size_t frames, int rate);

// Accepts NULL.
void audio_pcm_free(struct audio_pcm *pcm);

// The largest magnitude, in dBFS (full scale = 32768); -INFINITY for
// silence.
double audio_pcm_peak_db(const struct audio_pcm *pcm);

// Length in milliseconds.
int64_t audio_pcm_ms(const struct audio_pcm *pcm);

// dBFS to a linear amplitude (1.0 = full scale), and back.
double audio_db_to_amp(double db);
double audio_amp_to_db(double amp);

#endif
