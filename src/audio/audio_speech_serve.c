#include "audio_speech_serve.h"

#include <stdlib.h>
#include <string.h>

#include "audio_voice.h"
#include "speech_wire.h"

static bool answer(int fd, const struct audio_pcm *pcm, const char *why)
{
    if (!pcm) {
        size_t n = strlen(why) > WIRE_MAX_WHY ? WIRE_MAX_WHY : strlen(why);
        return wire_write_u32(fd, 0) && wire_write_field(fd, why, n);
    }
    return wire_write_u32(fd, (uint32_t)pcm->rate) &&
           wire_write_u32(fd, (uint32_t)pcm->frames) &&
           wire_write(fd, pcm->samples, pcm->frames * sizeof(int16_t));
}

int audio_speech_serve(int in_fd, int out_fd)
{
    struct audio_voice *voice = NULL;
    const char *voice_why = NULL;
    bool ok = true;
    for (;;) {
        char *lang = wire_read_field(in_fd, WIRE_MAX_LANG);
        char *text = lang ? wire_read_field(in_fd, WIRE_MAX_TEXT) : NULL;
        if (!text) {
            free(lang);
            break; // the input ended (or made no sense): done
        }
        // The voice starts at the first line, not before: a helper asked
        // nothing costs nothing.
        if (!voice && !voice_why)
            voice = audio_voice_new(&voice_why);
        const char *why = voice_why;
        struct audio_pcm *pcm =
            voice ? audio_voice_say(voice, lang, text, &why) : NULL;
        ok = answer(out_fd, pcm, why ? why : "speech failed");
        audio_pcm_free(pcm);
        free(lang);
        free(text);
        if (!ok)
            break;
    }
    audio_voice_free(voice);
    return ok ? 0 : 1;
}
