#include "sound.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sound_private.h"
#include "xalloc.h"

struct sound *sound_new(bool voice)
{
    struct sound *s = xcalloc(1, sizeof(*s));
    s->volume = 100;
    s->voice = voice;
    if (sound_event_base == (Uint32)-1)
        sound_event_base = SDL_RegisterEvents(2);
    sound_speech_init(s);
    return s;
}

// Everything that lives with the device, then the device itself.
static void close_device(struct sound *s, bool quit_audio)
{
    sound_speech_stop(s);
    sound_speech_drop(s);
    sound_cues_free(s);
    sound_device_close(s, quit_audio);
#ifdef __GLIBC__
    // The lines were hundreds of kilobytes in pieces that glibc keeps for
    // reuse; give the pages back, for the screens that play nothing.
    malloc_trim(0);
#endif
    s->close_when_quiet = false;
}

bool sound_open(struct sound *s, char *why, size_t why_size)
{
    if (why_size)
        why[0] = '\0';
    s->close_when_quiet = false;
    s->wanted = true;
    if (s->open)
        return true;
    if (!sound_device_open(s, why, why_size)) {
        // Devices that SDL listed as it started are no news: only one
        // that arrives later is worth another try.
        SDL_FlushEvent(SDL_AUDIODEVICEADDED);
        return false;
    }
    sound_cues_make(s);
    sound_speech_start(s);
    sound_speech_ask(s); // a routine prepared while the device was closed
    return true;
}

bool sound_available(const struct sound *s)
{
    return s && s->open;
}

bool sound_missing(const struct sound *s)
{
    return s && s->wanted && !s->open;
}

void sound_close(struct sound *s)
{
    s->wanted = false;
    if (s->open || s->audio_up)
        close_device(s, true);
}

void sound_close_when_quiet(struct sound *s)
{
    if (!s->open) {
        sound_close(s); // a device that went away stops being wanted
        return;
    }
    if (!sound_device_playing(s, -1))
        sound_close(s);
    else
        s->close_when_quiet = true; // SOUND_EVENT_ENDED
}

void sound_free(struct sound *s)
{
    if (!s)
        return;
    sound_close(s);
    sound_forget(s);
    sound_speech_done(s);
    free(s);
}

void sound_set_volume(struct sound *s, int volume, bool muted)
{
    s->volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
    s->muted = muted;
    if (muted)
        sound_device_stop(s, -1);
    sound_device_apply_volume(s);
}

void sound_set_monitor(struct sound *s,
                       void (*fn)(void *ctx, const int16_t *frames,
                                  size_t count),
                       void *ctx)
{
    // The hook off first (SDL_mixer takes the device's lock), so the audio
    // thread never sees the fields change.
    if (s->open)
        Mix_SetPostMix(NULL, NULL);
    s->monitor = fn;
    s->monitor_ctx = ctx;
    sound_device_apply_monitor(s);
}

void sound_set_voice(struct sound *s, bool on)
{
    s->voice = on;
    if (!on)
        sound_device_stop(s, SOUND_VOICE_CHANNEL);
    else
        sound_speech_ask(s);
}

void sound_forget(struct sound *s)
{
    sound_device_stop(s, -1);
    sound_speech_forget(s);
    sound_cues_free(s);
    s->plan = NULL;
}

void sound_prepare(struct sound *s, const struct plan *plan, const char *lang)
{
    sound_forget(s);
    s->plan = plan;
    snprintf(s->lang, sizeof s->lang, "%s", lang ? lang : "en");
    sound_speech_prepare(s);
    sound_cues_make(s);
    sound_speech_ask(s);
}

// The device went away (SDL's "removed": SDL_mixer mixes into nothing
// from now on) or came back.
static void device_event(struct sound *s, const SDL_Event *ev)
{
    if (ev->adevice.iscapture)
        return;
    if (ev->type == SDL_AUDIODEVICEREMOVED && s->open) {
        SDL_Log("limber: the sound device went away; playing on without "
                "sound until one comes back");
        // SDL's audio stays up, to hear of the next device.
        close_device(s, false);
    } else if (ev->type == SDL_AUDIODEVICEADDED && sound_missing(s)) {
        char why[256];
        if (sound_open(s, why, sizeof why))
            SDL_Log("limber: a sound device came: sound is back");
    }
}

bool sound_handle_event(struct sound *s, const SDL_Event *ev)
{
    if (ev->type == SDL_AUDIODEVICEADDED ||
        ev->type == SDL_AUDIODEVICEREMOVED) {
        device_event(s, ev);
        return true;
    }
    if (sound_event_base == (Uint32)-1)
        return false;
    if (ev->type == SOUND_EVENT_ENDED) {
        if (s->close_when_quiet && !sound_device_playing(s, -1))
            sound_close(s);
        else if (ev->user.code == SOUND_VOICE_CHANNEL)
            sound_speech_ended(s);
        return true;
    }
    if (ev->type != SOUND_EVENT_LINE)
        return false;
    sound_speech_take(s, ev);
    return true;
}

void sound_play(struct sound *s, const struct session_event *ev)
{
    if (!s->plan)
        return;
    // Followed without a device too, so that one that comes gets the
    // lines from here on.
    if (ev->kind == SESSION_PHASE_START && ev->phase < s->plan->phase_count) {
        sound_speech_play(s, s->phase_line[ev->phase]);
        s->next_phase = ev->phase + 1;
        sound_speech_ask(s);
    }
    if (!s->open)
        return;
    switch (ev->kind) {
    case SESSION_CUE:
        if (ev->cue >= s->plan->cue_count)
            break;
        sound_cues_play(s, ev->cue);
        if (s->plan->cues[ev->cue].kind == PLAN_CUE_FINISH)
            sound_speech_play(s, s->well_done);
        break;
    case SESSION_PAUSED:
        sound_device_stop(s, -1);
        break;
    case SESSION_ROUTINE_END:
        if (!ev->completed)
            sound_device_stop(s, -1);
        break;
    default:
        break;
    }
}
