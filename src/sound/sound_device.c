// SDL_mixer's device: opening and closing it, its channels, the volume,
// and the callback that tells the main loop a channel has played out.

#include <math.h>

#include "sound_private.h"

// Cue channels form this group, so the oldest can give way.
#define CUE_TAG 1

Uint32 sound_event_base = (Uint32)-1;

// SDL_mixer's audio thread (or the thread that halts a channel), with the
// device locked: only an event for the main loop, nothing else.
static void SDLCALL channel_ended(int channel)
{
    SDL_Event ev = {.type = SOUND_EVENT_ENDED};
    ev.user.code = channel;
    SDL_PushEvent(&ev);
}

// SDL_mixer's post-mix hook, on the audio thread: hands the buffer to the
// benchmark's monitor.
static void SDLCALL post_mix(void *ctx, Uint8 *stream, int len)
{
    struct sound *s = ctx;
    size_t frames =
        (size_t)len / (sizeof(int16_t) * (size_t)s->format.channels);
    s->monitor(s->monitor_ctx, (const int16_t *)stream, frames);
}

bool sound_device_open(struct sound *s, char *why, size_t why_size)
{
    // Video is up already; audio on its own, so its failure stays its own.
    if (!SDL_WasInit(SDL_INIT_AUDIO)) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            snprintf(why, why_size, "no sound: %s", SDL_GetError());
            return false;
        }
        s->audio_up = true;
    }
    // Exactly this format (no changes allowed): SDL converts to the
    // hardware's if it must, and our chunks are made in it once.
    if (Mix_OpenAudioDevice(SOUND_RATE, AUDIO_S16SYS, SOUND_CHANNELS,
                            SOUND_CHUNK_FRAMES, NULL, 0) != 0) {
        snprintf(why, why_size, "no sound device: %s", Mix_GetError());
        return false;
    }
    s->open = true;
    int channels = 0;
    Mix_QuerySpec(&s->format.rate, &s->format.format, &channels);
    s->format.channels = channels;
    Mix_AllocateChannels(SOUND_MIX_CHANNELS);
    Mix_ReserveChannels(1); // SOUND_VOICE_CHANNEL
    Mix_GroupChannels(1, SOUND_MIX_CHANNELS - 1, CUE_TAG);
    Mix_ChannelFinished(channel_ended);
    sound_device_apply_volume(s);
    sound_device_apply_monitor(s);
    return true;
}

void sound_device_close(struct sound *s, bool quit_audio)
{
    if (s->open) {
        Mix_HaltChannel(-1);
        Mix_ChannelFinished(NULL);
        Mix_SetPostMix(NULL, NULL);
        Mix_CloseAudio(); // waits for the audio thread to stop
        s->open = false;
        // The channels' last "played out" events speak of a device that
        // is gone.
        SDL_FlushEvent(SOUND_EVENT_ENDED);
    }
    if (quit_audio && s->audio_up) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        s->audio_up = false;
    }
}

// SDL_mixer's master volume for ours: squared, so the steps sound even
// (half way is a quarter of the amplitude, -12 dB).
void sound_device_apply_volume(struct sound *s)
{
    if (!s->open)
        return;
    double v = s->volume / 100.0;
    Mix_MasterVolume(s->muted ? 0 : (int)lround(v * v * MIX_MAX_VOLUME));
}

void sound_device_apply_monitor(struct sound *s)
{
    if (s->open)
        Mix_SetPostMix(s->monitor ? post_mix : NULL, s);
}

bool sound_device_playing(const struct sound *s, int channel)
{
    return s->open && Mix_Playing(channel) > 0;
}

void sound_device_stop(struct sound *s, int channel)
{
    if (s->open)
        Mix_HaltChannel(channel);
}

void sound_device_play(struct sound *s, int channel, Mix_Chunk *chunk)
{
    if (!s->open || s->muted || !chunk)
        return;
    if (channel < 0 && Mix_GroupAvailable(CUE_TAG) < 0)
        Mix_HaltChannel(Mix_GroupOldest(CUE_TAG));
    if (Mix_PlayChannel(channel, chunk, 0) < 0)
        SDL_Log("limber: cannot play a sound: %s", Mix_GetError());
}
