#include "sound_render.h"

#include <stdlib.h>
#include <string.h>

#include "audio_speech.h"
#include "render_audio.h"
#include "sound_chunk.h"

extern char **environ;

struct converting {
    struct audio_speaker *speaker;
    char why[200];
};

// A line from the helper, converted to AUDIO_RATE_DEFAULT mono.
static struct audio_pcm *say_converted(void *ctx, const char *lang,
                                       const char *text, const char **why)
{
    struct converting *c = ctx;
    bool gone;
    *why = c->why;
    struct audio_pcm *raw =
        audio_speaker_say(c->speaker, lang, text, c->why, sizeof c->why, &gone);
    if (!raw)
        return NULL;
    const struct sound_format track = {AUDIO_RATE_DEFAULT, AUDIO_S16SYS, 1};
    Uint8 *buf;
    Uint32 bytes;
    bool ok = sound_chunk_convert(raw, 0, &track, &buf, &bytes);
    audio_pcm_free(raw);
    if (!ok) {
        snprintf(c->why, sizeof c->why, "cannot convert speech: %s",
                 SDL_GetError());
        return NULL;
    }
    struct audio_pcm *pcm =
        audio_pcm_new(bytes / sizeof(int16_t), AUDIO_RATE_DEFAULT);
    memcpy(pcm->samples, buf, pcm->frames * sizeof(int16_t));
    SDL_free(buf);
    return pcm;
}

int sound_render_audio(const struct routine *r, const char *lang,
                       const char *wav_path, bool voice, FILE *err)
{
    struct converting c = {0};
    const char *why = NULL;
    if (voice && !audio_speech_built_in()) {
        fprintf(err, "limber: no voice (built without libespeak-ng); the "
                     "track has cues only\n");
    } else if (voice) {
        char *path = audio_speech_helper_path();
        c.speaker = audio_speaker_start(path, environ, &why);
        free(path);
        if (!c.speaker)
            fprintf(err, "limber: no voice: %s; the track has cues only\n",
                    why);
    }
    struct audio_say say = {say_converted, &c};
    int status =
        render_audio_run(r, lang, wav_path, c.speaker ? &say : NULL, err);
    audio_speaker_stop(c.speaker);
    return status;
}
