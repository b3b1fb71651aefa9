#include "sound_chunk.h"

#include <string.h>

bool sound_chunk_convert(const struct audio_pcm *pcm, int lead_ms,
                         const struct sound_format *to, Uint8 **out,
                         Uint32 *bytes)
{
    SDL_AudioCVT cvt;
    if (SDL_BuildAudioCVT(&cvt, AUDIO_S16SYS, 1, pcm->rate, to->format,
                          (Uint8)to->channels, to->rate) < 0)
        return false;
    size_t lead = (size_t)pcm->rate * (size_t)lead_ms / 1000;
    size_t in_bytes = (lead + pcm->frames) * sizeof(int16_t);
    if (in_bytes > INT32_MAX / (size_t)cvt.len_mult) {
        SDL_SetError("the sound is too long");
        return false;
    }
    cvt.len = (int)in_bytes;
    cvt.buf = SDL_calloc(1, in_bytes * (size_t)cvt.len_mult);
    if (!cvt.buf) {
        SDL_OutOfMemory();
        return false;
    }
    memcpy(cvt.buf + lead * sizeof(int16_t), pcm->samples,
           pcm->frames * sizeof(int16_t));
    if (cvt.needed && SDL_ConvertAudio(&cvt) < 0) {
        SDL_free(cvt.buf);
        return false;
    }
    int len = cvt.needed ? cvt.len_cvt : cvt.len;
    // The conversion's room (up to len_mult times the input) goes back.
    Uint8 *fit = SDL_realloc(cvt.buf, (size_t)len);
    *out = fit ? fit : cvt.buf;
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
