// The floor for the window benchmarks: a bare SDL2 + SDL2_ttf program
// that opens one window, draws one line of text and sleeps until it is
// closed. It chooses the renderer as limber does (software, no
// framebuffer acceleration), so the comparison is of our code alone.
//   bench_floor [FONT.ttf]

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <SDL.h>
#include <SDL_ttf.h>
#ifdef FLOOR_WITH_MIXER
#include <SDL_mixer.h>
#endif

int main(int argc, char **argv)
{
    const char *font_path =
        argc > 1 ? argv[1] : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
#ifdef FLOOR_WITH_MIXER
    // Linked and called, as limber's whole stack is (bench_floor_mixer).
    const SDL_version *mix = Mix_Linked_Version();
    if (!mix)
        return 1;
#endif
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
    SDL_Color white = {240, 240, 240, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, "Floor: one line", white);
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ren, s);
    SDL_Rect dst = {40, 40, s->w, s->h};
    SDL_FreeSurface(s);
    SDL_Event ev;
    bool quit = false;
    bool dirty = true;
    while (!quit) {
        if (dirty) {
            SDL_SetRenderDrawColor(ren, 16, 26, 36, 255);
            SDL_RenderClear(ren);
            SDL_RenderCopy(ren, tex, NULL, &dst);
            SDL_RenderPresent(ren);
            dirty = false;
        }
        if (!SDL_WaitEvent(&ev))
            continue;
        if (ev.type == SDL_QUIT)
            quit = true;
        if (ev.type == SDL_WINDOWEVENT)
            dirty = true;
    }
    SDL_DestroyTexture(tex);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
