// Time to draw one player frame at 1920x1080 with the software renderer,
// on a fake clock: the first (every text block laid out and every glyph
// made, in a fresh window; median of 20) and then frames as the countdown
// runs (only the changing digits; median of 400), in Ukrainian, English,
// Japanese, Hebrew and Persian, beside the floor's frame (clear and one
// cached line of text).
//   bench_frame [LANG | ROUTINE/LANG]   (only those cases, e.g. under a
//                                        profiler)
// The time of a frame moves with the machine's other work. Its count of
// instructions does not: run under callgrind, draw_first collects the
// first frames alone, and COUNTDOWN_FRAMES=1 keeps the rest short
// (bench/app/frame_instructions.sh runs it).

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "app.h"
#include "bench_timer.h"
#include "library.h"

static int64_t fake_ms;

static int64_t fake_now(void *ctx)
{
    (void)ctx;
    return fake_ms;
}

#define FRAMES 400
#define RUNS   20

struct frame_case {
    const char *dir, *id, *lang;
};

// The CPU time of this thread: on a machine shared with other work, the
// wall time of a frame includes the time it waited for a core; this does
// not (both are printed).
static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

// Page faults of the process so far: on a virtual machine a fault costs
// far more than on bare metal, so a frame's faults explain much of how
// its time differs between machines.
static double faults(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_minflt + (double)ru.ru_majflt;
}

struct medians {
    double first, first_cpu, first_faults, warm, warm_cpu;
};

// One first frame: a function of its own, for callgrind's toggle.
static __attribute__((noinline)) void draw_first(struct app *app)
{
    app_draw(app, true);
}

// The first player frame (every block laid out, every glyph made) in a
// fresh window, RUNS times, then the countdown frames of the last one.
// Each window opens its own faces; fontconfig's cache on disk is warm.
static struct app *time_case(const struct frame_case *c, struct library *lib,
                             struct medians *out)
{
    const struct routine *r = library_find(lib, c->id);
    if (!r) {
        fprintf(stderr, "bench_frame: no %s in %s\n", c->id, c->dir);
        exit(1);
    }
    struct app_config cfg = {.lib = lib,
                             .lang = c->lang,
                             .routine = r,
                             .muscle = -1,
                             .width = 1920,
                             .height = 1080,
                             .hidden = true};
    static double first[RUNS], warm[FRAMES], first_cpu[RUNS], warm_cpu[FRAMES];
    static double first_faults[RUNS];
    struct app *app = NULL;
    for (int run = 0; run < RUNS; run++) {
        app_free(app);
        char err[256];
        fake_ms = 1000;
        app = app_new(&cfg, (struct clock){fake_now, NULL}, err, sizeof err);
        if (!app) {
            fprintf(stderr, "bench_frame: %s\n", err);
            exit(1);
        }
        fake_ms += 6000; // into the first work phase
        app_tick(app);
        double t0 = bench_now_ms(), c0 = cpu_ms(), f0 = faults();
        draw_first(app);
        first[run] = bench_now_ms() - t0;
        first_cpu[run] = cpu_ms() - c0;
        first_faults[run] = faults() - f0;
    }
    const char *env = getenv("COUNTDOWN_FRAMES");
    int frames =
        env && atoi(env) > 0 && atoi(env) < FRAMES ? atoi(env) : FRAMES;
    for (int i = 0; i < frames; i++) {
        fake_ms += 250;
        app_tick(app);
        double t0 = bench_now_ms(), c0 = cpu_ms();
        app_draw(app, true);
        warm[i] = bench_now_ms() - t0;
        warm_cpu[i] = cpu_ms() - c0;
    }
    out->first = bench_median(first, RUNS);
    out->first_cpu = bench_median(first_cpu, RUNS);
    out->first_faults = bench_median(first_faults, RUNS);
    out->warm = bench_median(warm, (size_t)frames);
    out->warm_cpu = bench_median(warm_cpu, (size_t)frames);
    return app;
}

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    static const struct frame_case cases[] = {
        {SOURCE_ROUTINES, "calf-cramp-relief", "uk"},
        {SOURCE_ROUTINES, "calf-cramp-relief", "en"},
        {TEXT_ROUTINES, "text-shoulder-stretch", "uk"},
        {TEXT_ROUTINES, "text-shoulder-stretch", "ja"},
        {TEXT_ROUTINES, "text-shoulder-stretch", "he"},
        {TEXT_ROUTINES, "text-shoulder-stretch", "fa"},
    };
    struct app *app = NULL;
    struct library *lib = NULL;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[96];
        snprintf(name, sizeof name, "%s/%s", cases[i].id, cases[i].lang);
        if (only && strcmp(only, cases[i].lang) != 0 && strcmp(only, name) != 0)
            continue;
        app_free(app);
        library_free(lib);
        lib = library_new();
        library_add_dir(lib, cases[i].dir, true);
        struct medians m;
        app = time_case(&cases[i], lib, &m);
        printf("player frame 1920x1080, %-22s %s: first %.2f ms (CPU %.2f, "
               "%.0f page faults; median of %d), countdown %.2f ms (CPU "
               "%.2f; median of %d)\n",
               cases[i].id, cases[i].lang, m.first, m.first_cpu, m.first_faults,
               RUNS, m.warm, m.warm_cpu, FRAMES);
    }
    if (!app) {
        fprintf(stderr, "bench_frame: no case in %s\n", only);
        return 2;
    }
    double t0;

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
        t0 = bench_now_ms();
        SDL_SetRenderDrawColor(ren, 16, 26, 36, 255);
        SDL_RenderClear(ren);
        SDL_RenderCopy(ren, tex, NULL, &dst);
        SDL_RenderPresent(ren);
        floor_ms[i] = bench_now_ms() - t0;
    }
    qsort(floor_ms, FRAMES, sizeof floor_ms[0], bench_compare);
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
