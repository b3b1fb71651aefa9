// Time to draw one player frame at 1920x1080 with the software renderer,
// on a fake clock: the first (cold: every text block rendered) and then
// frames as the countdown runs (warm: only the changing digits), beside
// the floor's frame (clear and one cached line of text).
//   bench_frame [ROUTINES_DIR]

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "app.h"
#include "library.h"

static int64_t fake_ms;

static int64_t fake_now(void *ctx)
{
    (void)ctx;
    return fake_ms;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define FRAMES 400

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : SOURCE_ROUTINES;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    struct library *lib = library_new();
    library_add_dir(lib, dir, true);
    const struct routine *r = library_find(lib, "calf-cramp-relief");
    if (!r) {
        fprintf(stderr, "bench_frame: no calf-cramp-relief in %s\n", dir);
        return 1;
    }
    struct app_config cfg = {.lib = lib,
                             .lang = "en",
                             .routine = r,
                             .muscle = -1,
                             .width = 1920,
                             .height = 1080,
                             .hidden = true};
    char err[256];
    fake_ms = 1000;
    struct app *app =
        app_new(&cfg, (struct clock){fake_now, NULL}, err, sizeof err);
    if (!app) {
        fprintf(stderr, "bench_frame: %s\n", err);
        return 1;
    }
    fake_ms += 6000; // into the first work phase
    app_tick(app);
    double t0 = now_ms();
    app_draw(app, true);
    double cold = now_ms() - t0;

    static double warm[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
        fake_ms += 250;
        app_tick(app);
        t0 = now_ms();
        app_draw(app, true);
        warm[i] = now_ms() - t0;
    }
    qsort(warm, FRAMES, sizeof warm[0], cmp);

    // The floor: clear and one cached line, at the same size.
    SDL_Renderer *ren = app_renderer(app);
    TTF_Font *font =
        TTF_OpenFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 48);
    SDL_Color white = {240, 240, 240, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, "Floor: one line", white);
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ren, s);
    SDL_Rect dst = {40, 40, s->w, s->h};
    static double floor_ms[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
        t0 = now_ms();
        SDL_SetRenderDrawColor(ren, 16, 26, 36, 255);
        SDL_RenderClear(ren);
        SDL_RenderCopy(ren, tex, NULL, &dst);
        SDL_RenderPresent(ren);
        floor_ms[i] = now_ms() - t0;
    }
    qsort(floor_ms, FRAMES, sizeof floor_ms[0], cmp);
    printf("player frame 1920x1080: cold %.2f ms, warm median %.2f ms, "
           "p95 %.2f ms\n",
           cold, warm[FRAMES / 2], warm[FRAMES * 95 / 100]);
    printf("floor frame 1920x1080:  median %.2f ms, p95 %.2f ms\n",
           floor_ms[FRAMES / 2], floor_ms[FRAMES * 95 / 100]);
    SDL_FreeSurface(s);
    SDL_DestroyTexture(tex);
    TTF_CloseFont(font);
    app_free(app);
    library_free(lib);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
