#include "sound_chunk.h"

#include <string.h>

// Frames handed to SDL at a time: its work buffer grows with what it is
// given at once, so small pieces keep the peak near the result's size.
#define PIECE_FRAMES 4096

static bool put(SDL_AudioStream *st, const int16_t *samples, size_t frames)
{
    static const int16_t silence[PIECE_FRAMES];
    while (frames) {
        size_t n = frames < PIECE_FRAMES ? frames : PIECE_FRAMES;
        if (SDL_AudioStreamPut(st, samples ? samples : silence,
                               (int)(n * sizeof(int16_t))) != 0)
            return false;
        if (samples)
            samples += n;
        frames -= n;
    }
    return true;
}

bool sound_chunk_convert(const struct audio_pcm *pcm, int lead_ms,
                         const struct sound_format *to, Uint8 **out,
                         Uint32 *bytes)
{
    SDL_AudioStream *st = SDL_NewAudioStream(
        AUDIO_S16SYS, 1, pcm->rate, to->format, (Uint8)to->channels, to->rate);
    if (!st)
        return false;
    size_t lead = (size_t)pcm->rate * (size_t)lead_ms / 1000;
    Uint8 *buf = NULL;
    bool ok = put(st, NULL, lead) && put(st, pcm->samples, pcm->frames) &&
              SDL_AudioStreamFlush(st) == 0;
    int len = ok ? SDL_AudioStreamAvailable(st) : 0;
    if (ok && len > 0) {
        buf = SDL_malloc((size_t)len);
        ok = buf && SDL_AudioStreamGet(st, buf, len) == len;
        if (!buf)
            SDL_OutOfMemory();
    } else if (ok) {
        SDL_SetError("the sound is empty");
        ok = false;
    }
    SDL_FreeAudioStream(st);
    if (!ok) {
        SDL_free(buf);
        return false;
    }
    *out = buf;
    *bytes = (Uint32)len;
    return true;
}

Mix_Chunk *sound_chunk_take(Uint8 *buf, Uint32 bytes)
{
    Mix_Chunk *chunk = Mix_QuickLoad_RAW(buf, bytes);
    if (!chunk) {
        SDL_free(buf);
        return NULL;
    }
    chunk->allocated = 1; // Mix_FreeChunk frees buf with SDL_free
    return chunk;
}

Mix_Chunk *sound_chunk_from_pcm(const struct audio_pcm *pcm, int lead_ms,
                                const struct sound_format *to)
{
    Uint8 *buf;
    Uint32 bytes;
    if (!sound_chunk_convert(pcm, lead_ms, to, &buf, &bytes)) {
        SDL_Log("limber: cannot convert a sound for the device: %s",
                SDL_GetError());
        return NULL;
    }
    Mix_Chunk *chunk = sound_chunk_take(buf, bytes);
    if (!chunk)
        SDL_Log("limber: cannot make a sound: %s", Mix_GetError());
    return chunk;
}
