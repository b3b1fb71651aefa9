#include "cue_check.h"

#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_mixer.h>

#include "sound.h"
#include "xalloc.h"

struct cue_check {
    bool tried;        // opening the mixer was tried
    bool ready;        // the mixer is open: files can be decoded
    bool opened_audio; // we started SDL's audio subsystem
    char why[200];     // why the mixer could not be opened
};

struct cue_check *cue_check_new(void)
{
    return xcalloc(1, sizeof(struct cue_check));
}

static void open_mixer(struct cue_check *c)
{
    c->tried = true;
    // The dummy driver, so that no real device is opened: a hint of
    // override priority wins over SDL_AUDIODRIVER in the environment,
    // and the environment stays as it was.
    SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "dummy", SDL_HINT_OVERRIDE);
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(c->why, sizeof c->why, "no audio to decode it with (%s)",
                 SDL_GetError());
        return;
    }
    c->opened_audio = true;
    // The player's format: a file that converts here converts there.
    if (Mix_OpenAudioDevice(SOUND_RATE, AUDIO_S16SYS, SOUND_CHANNELS,
                            SOUND_CHUNK_FRAMES, NULL, 0) != 0) {
        snprintf(c->why, sizeof c->why, "no audio to decode it with (%s)",
                 Mix_GetError());
        return;
    }
    c->ready = true;
}

void cue_check_free(struct cue_check *c)
{
    if (!c)
        return;
    if (c->ready)
        Mix_CloseAudio();
    if (c->opened_audio) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        // Nothing else of SDL is up: free what it keeps for the process.
        if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0)
            SDL_Quit();
    }
    free(c);
}

bool cue_check_playable(void *ctx, const char *path, char *why, size_t why_size)
{
    struct cue_check *c = ctx;
    if (!c->tried)
        open_mixer(c);
    if (!c->ready) {
        snprintf(why, why_size, "%s", c->why);
        return false;
    }
    SDL_RWops *in = SDL_RWFromFile(path, "rb");
    Mix_Chunk *chunk = in ? Mix_LoadWAV_RW(in, 1) : NULL;
    if (!chunk) {
        snprintf(why, why_size, "%s", in ? Mix_GetError() : SDL_GetError());
        return false;
    }
    Mix_FreeChunk(chunk);
    return true;
}
