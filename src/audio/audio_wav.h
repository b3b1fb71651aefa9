#ifndef LIMBER_AUDIO_WAV_H
#define LIMBER_AUDIO_WAV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audio_pcm.h"

// 16-bit PCM WAV files, written as a stream: open, write blocks, close.
// Functions that fail return false (or NULL) with errno set; EFBIG means
// the sound is too long for a WAV file (its sizes are 32-bit).

struct audio_wav;

// The most sample frames one file can hold for a channel count.
uint64_t audio_wav_max_frames(int channels);

// Creates (or truncates) path for signed 16-bit samples at rate.
struct audio_wav *audio_wav_open(const char *path, int rate, int channels);

// Appends frames frames (interleaved when channels > 1).
bool audio_wav_write(struct audio_wav *w, const int16_t *samples,
                     size_t frames);

// Writes the final sizes into the header, closes the file and frees w,
// whether or not it succeeds. Accepts NULL (and returns true).
bool audio_wav_close(struct audio_wav *w);

// Writes one mono buffer to a new file.
bool audio_wav_save(const char *path, const struct audio_pcm *pcm);

#endif
