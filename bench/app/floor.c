// The floor for the window benchmarks: a bare program of limber's whole
// stack, SDL2, SDL2_ttf and SDL2_mixer linked, that opens one window and
// draws one line of text. It chooses the renderer as limber does
// (software, no framebuffer acceleration), so the comparison is of our
// code alone.
//
//   bench_floor [--playing] [FONT.ttf]
//
// Without --playing it sleeps until it is closed: the "home floor".
// With --playing it opens SDL_mixer's device in limber's format (sound.h)
// and loops a one-second tone on it, and redraws a countdown once a
// second: the "playing floor". Built with FLOOR_NO_MIXER (bench_floor_ttf)
// it is SDL2 + SDL2_ttf alone, asleep, for the text stacks' comparison.

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_ttf.h>
#ifndef FLOOR_NO_MIXER
#include <SDL_mixer.h>

#include "sound.h"
#endif

#ifndef FLOOR_NO_MIXER
// One second of a soft 440 Hz tone in the device's format, as a chunk
// that owns its samples.
static Mix_Chunk *tone(void)
{
    int rate, channels;
    Uint16 format;
    Mix_QuerySpec(&rate, &format, &channels);
    size_t frames = (size_t)rate;
    Sint16 *s = SDL_malloc(frames * (size_t)channels * sizeof(*s));
    for (size_t i = 0; i < frames; i++) {
        Sint16 v = (Sint16)(6000 * sin(2 * M_PI * 440 * (double)i / rate));
        for (int c = 0; c < channels; c++)
            s[i * (size_t)channels + (size_t)c] = v;
    }
    Mix_Chunk *chunk = Mix_QuickLoad_RAW(
        (Uint8 *)s, (Uint32)(frames * (size_t)channels * sizeof(*s)));
    chunk->allocated = 1;
    return chunk;
}

// Opens SDL_mixer's device in limber's format and loops the tone on it.
static Mix_Chunk *play_tone(void)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0 ||
        Mix_OpenAudioDevice(SOUND_RATE, AUDIO_S16SYS, SOUND_CHANNELS,
                            SOUND_CHUNK_FRAMES, NULL, 0) != 0) {
        fprintf(stderr, "bench_floor: %s\n", Mix_GetError());
        exit(1);
    }
    Mix_Chunk *chunk = tone();
    Mix_PlayChannel(-1, chunk, -1);
    return chunk;
}

static void stop_tone(Mix_Chunk *chunk)
{
    Mix_CloseAudio();
    Mix_FreeChunk(chunk);
}
#endif

static SDL_Texture *line(SDL_Renderer *ren, TTF_Font *font, const char *text,
                         SDL_Rect *dst)
{
    SDL_Color white = {240, 240, 240, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, text, white);
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ren, s);
    *dst = (SDL_Rect){40, 40, s->w, s->h};
    SDL_FreeSurface(s);
    return tex;
}

int main(int argc, char **argv)
{
    bool playing = argc > 1 && strcmp(argv[1], "--playing") == 0;
    int arg = playing ? 2 : 1;
    const char *font_path = argc > arg ? argv[arg]
                                       : "/usr/share/fonts/truetype/dejavu/"
                                         "DejaVuSans.ttf";
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software"); // unless set
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "bench_floor: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *win = SDL_CreateWindow("Floor", SDL_WINDOWPOS_CENTERED,
                                       SDL_WINDOWPOS_CENTERED, 1280, 800,
                                       SDL_WINDOW_RESIZABLE);
    // SDL_RENDER_DRIVER (opengles2 on wayland) picks another renderer,
    // for the floor on a driver without a framebuffer.
    const char *forced = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    SDL_Renderer *ren = SDL_CreateRenderer(
        win, -1,
        forced && strcmp(forced, "software") != 0 ? 0 : SDL_RENDERER_SOFTWARE);
    TTF_Font *font = TTF_OpenFont(font_path, 48);
    if (!win || !ren || !font) {
        fprintf(stderr, "bench_floor: %s\n", SDL_GetError());
        return 1;
    }
#ifndef FLOOR_NO_MIXER
    Mix_Chunk *chunk = playing ? play_tone() : NULL;
#else
    if (playing) {
        fprintf(stderr, "bench_floor: built without SDL_mixer\n");
        return 2;
    }
#endif
    SDL_Rect dst;
    SDL_Texture *tex = line(ren, font, "Floor: one line", &dst);
    Uint64 start = SDL_GetTicks64();
    int shown = -1;
    bool quit = false;
    bool dirty = true;
    while (!quit) {
        Uint64 now = SDL_GetTicks64();
        int left = 3600 - (int)((now - start) / 1000);
        if (playing && left != shown) {
            char text[32];
            snprintf(text, sizeof text, "%d:%02d", left / 60, left % 60);
            SDL_DestroyTexture(tex);
            tex = line(ren, font, text, &dst);
            shown = left;
            dirty = true;
        }
        if (dirty) {
            SDL_SetRenderDrawColor(ren, 16, 26, 36, 255);
            SDL_RenderClear(ren);
            SDL_RenderCopy(ren, tex, NULL, &dst);
            SDL_RenderPresent(ren);
            dirty = false;
        }
        SDL_Event ev;
        int got =
            playing
                ? SDL_WaitEventTimeout(&ev, (int)(1000 - (now - start) % 1000))
                : SDL_WaitEvent(&ev);
        if (!got)
            continue;
        if (ev.type == SDL_QUIT)
            quit = true;
        if (ev.type == SDL_WINDOWEVENT)
            dirty = true;
    }
#ifndef FLOOR_NO_MIXER
    if (playing)
        stop_tone(chunk);
#endif
    SDL_DestroyTexture(tex);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
