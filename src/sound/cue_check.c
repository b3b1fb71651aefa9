#include "cue_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "mixer.h"
#include "sound.h"
#include "xalloc.h"

#define DRIVER_VARIABLE "SDL_AUDIODRIVER"

struct cue_check {
    const struct mixer *mix; // SDL_mixer, once loaded
    bool tried;              // opening the mixer was tried
    bool ready;              // the mixer is open: files can be decoded
    bool opened_audio;       // we started SDL's audio subsystem
    bool opened_mixer;       // we opened the mixer
    char why[200];           // why the mixer could not be opened
};

struct cue_check *cue_check_new(void)
{
    return xcalloc(1, sizeof(struct cue_check));
}

// SDL's audio on the dummy driver, chosen through the environment for the
// one SDL_InitSubSystem call and then put back as it was: every SDL2 since
// 2.0.18 reads it there, and no hint is left behind for later callers.
static bool init_dummy_audio(void)
{
    const char *old = getenv(DRIVER_VARIABLE);
    char *saved = old ? xstrdup(old) : NULL;
    setenv(DRIVER_VARIABLE, "dummy", 1);
    bool ok = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0;
    if (saved)
        setenv(DRIVER_VARIABLE, saved, 1);
    else
        unsetenv(DRIVER_VARIABLE);
    free(saved);
    return ok;
}

static void open_mixer(struct cue_check *c)
{
    c->tried = true;
    c->mix = mixer_load(c->why, sizeof c->why);
    if (!c->mix)
        return;
    // Audio already started by someone else stays theirs; otherwise the
    // dummy driver, so that no real device is opened.
    if (!SDL_WasInit(SDL_INIT_AUDIO)) {
        if (!init_dummy_audio()) {
            snprintf(c->why, sizeof c->why, "no audio to decode it with (%s)",
                     SDL_GetError());
            return;
        }
        c->opened_audio = true;
    }
    // The player's own samples: mono at its rate (sound.h).
    if (c->mix->open_audio(SOUND_RATE, AUDIO_S16SYS, 1, SOUND_CHUNK_FRAMES) !=
        0) {
        snprintf(c->why, sizeof c->why, "no audio to decode it with (%s)",
                 Mix_GetError());
        return;
    }
    c->opened_mixer = true;
    c->ready = true;
}

void cue_check_free(struct cue_check *c)
{
    if (!c)
        return;
    if (c->opened_mixer)
        c->mix->close_audio();
    if (c->opened_audio) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        // Nothing else of SDL is up: free what it keeps for the process.
        if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0)
            SDL_Quit();
    }
    free(c);
}

struct audio_pcm *cue_check_decode(struct cue_check *c, const char *path,
                                   char *why, size_t why_size)
{
    if (!c->tried)
        open_mixer(c);
    if (!c->ready) {
        snprintf(why, why_size, "%s", c->why);
        return NULL;
    }
    Mix_Chunk *chunk = c->mix->load_wav(path);
    if (!chunk) {
        snprintf(why, why_size, "%s", Mix_GetError());
        return NULL;
    }
    struct audio_pcm *pcm =
        audio_pcm_new(chunk->alen / sizeof(int16_t), SOUND_RATE);
    memcpy(pcm->samples, chunk->abuf, pcm->frames * sizeof(int16_t));
    c->mix->free_chunk(chunk);
    return pcm;
}

bool cue_check_playable(void *ctx, const char *path, char *why, size_t why_size)
{
    struct audio_pcm *pcm = cue_check_decode(ctx, path, why, why_size);
    audio_pcm_free(pcm);
    return pcm != NULL;
}
