#ifndef LIMBER_SOUND_CHUNK_H
#define LIMBER_SOUND_CHUNK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>
#include <SDL_mixer.h>

#include "audio_pcm.h"

// Our mono 16-bit sounds (audio_pcm.h) in a device's format: SDL converts
// (SDL_AudioStream: rate, channels, sample format), nothing of ours
// resamples.

struct sound_format {
    int rate;
    Uint16 format; // AUDIO_S16SYS, ...
    int channels;
};

// pcm after lead_ms of silence, converted to `to`: a new buffer from
// SDL_malloc (*bytes long) in *out. Touches no global state, so any
// thread may call it. False (out untouched) when SDL cannot convert
// between the two, with SDL's reason in SDL_GetError.
bool sound_chunk_convert(const struct audio_pcm *pcm, int lead_ms,
                         const struct sound_format *to, Uint8 **out,
                         Uint32 *bytes);

// A chunk that owns buf (SDL_malloc'd, in the open device's format):
// Mix_FreeChunk frees both. On failure frees buf and returns NULL. Main
// thread, with SDL_mixer's device open.
Mix_Chunk *sound_chunk_take(Uint8 *buf, Uint32 bytes);

// pcm converted to the open device's format as a chunk, or NULL (logged).
Mix_Chunk *sound_chunk_from_pcm(const struct audio_pcm *pcm, int lead_ms,
                                const struct sound_format *to);

#endif
