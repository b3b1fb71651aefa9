// The figure's cost (docs/performance.md, "Figures"): the time to draw one
// figure filling a 1920x1080 frame's height, for every bundled figure, and
// one player frame at 1280x800 and 1920x1080 with the figure animating
// beside the same frame without a figure (what the rest costs), on the
// software renderer with a fake clock.
//   bench_figure [FIGURES_DIR [ROUTINES_DIR]]

#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "app.h"
#include "bench_timer.h"
#include "figure_draw.h"
#include "library.h"
#include "player_figure.h"

#define DRAWS  300
#define FRAMES 250

static int64_t fake_ms;

static int64_t fake_now(void *ctx)
{
    (void)ctx;
    return fake_ms;
}

// One figure, posed along its work phase, into box of a 1920x1080
// software target.
static double figure_ms(SDL_Renderer *r, const struct figure *f, SDL_Rect box)
{
    static double runs[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
        struct figure_pose p;
        figure_pose_at(f, (int64_t)i * 40, 30000, i % 2, &p);
        SDL_SetRenderDrawColor(r, 16, 26, 36, 255);
        SDL_RenderClear(r);
        double t0 = bench_now_ms();
        figure_draw(r, box, f, &p, i % 2);
        runs[i] = bench_now_ms() - t0;
    }
    return bench_median(runs, DRAWS);
}

// Where the player put its figure in the last frame measured.
static SDL_Rect player_box;

// Player frames every 40 ms from offset_ms into the session.
static double frame_ms(const struct library *lib, const char *id, int w, int h,
                       int64_t offset_ms)
{
    struct app_config cfg = {.lib = lib,
                             .lang = "en",
                             .routine = library_find(lib, id),
                             .muscle = -1,
                             .width = w,
                             .height = h,
                             .hidden = true,
                             .no_history = true};
    char err[256];
    fake_ms = 1000;
    struct app *app =
        app_new(&cfg, (struct clock){fake_now, NULL}, err, sizeof err);
    if (!app) {
        fprintf(stderr, "bench_figure: %s\n", err);
        exit(1);
    }
    fake_ms += offset_ms;
    app_tick(app);
    app_draw(app, true);
    static double runs[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
        fake_ms += 40;
        app_tick(app);
        double t0 = bench_now_ms();
        app_draw(app, true);
        runs[i] = bench_now_ms() - t0;
    }
    player_box = player_figure_rect(app);
    app_free(app);
    return bench_median(runs, FRAMES);
}

int main(int argc, char **argv)
{
    const char *figures = argc > 1 ? argv[1] : SOURCE_FIGURES;
    const char *routines = argc > 2 ? argv[2] : BENCH_ROUTINES;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    struct library *lib = library_new();
    library_add_dir(lib, figures, true);
    library_add_dir(lib, routines, true);
    library_figure_problems(lib, &lib->problems);
    if (lib->problems.count) {
        diag_list_print(&lib->problems, stderr);
        return 1;
    }

    printf("== one player frame every 40 ms (median of %d, ms)\n", FRAMES);
    static const int sizes[][2] = {{1280, 800}, {1920, 1080}};
    SDL_Rect full_hd_box = {0, 0, 0, 0};
    for (int i = 0; i < 2; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        // bench-figure: step 1 moves from 5 s; step 2 (no figure) from 65 s.
        double with = frame_ms(lib, "bench-figure", w, h, 5000);
        SDL_Rect box = full_hd_box = player_box;
        double without = frame_ms(lib, "bench-figure", w, h, 65000);
        printf("%dx%d  with the figure moving %.3f  without a figure %.3f  "
               "(figure box %dx%d)\n",
               w, h, with, without, box.w, box.h);
    }

    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(
        0, 1920, 1080, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(target);
    SDL_Rect boxes[2] = {full_hd_box, {420, 0, 1080, 1080}};
    for (int b = 0; b < 2; b++) {
        printf("== one figure in a %dx%d box of a 1920x1080 frame (median of "
               "%d, ms)\n",
               boxes[b].w, boxes[b].h, DRAWS);
        double worst = 0;
        for (size_t i = 0; i < lib->figures.count; i++) {
            double ms = figure_ms(r, lib->figures.items[i], boxes[b]);
            worst = ms > worst ? ms : worst;
            printf("%-28s %.3f\n", lib->figures.items[i]->name, ms);
        }
        printf("%-28s %.3f\n", "slowest", worst);
    }
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(target);
    library_free(lib);
    figure_draw_done();
    TTF_Quit();
    SDL_Quit();
    return 0;
}
