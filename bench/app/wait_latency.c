// How soon window_wait_event returns an event pushed from another thread
// on a driver without an event wait (the dummy driver: kmsdrm's stand-in),
// and how often it wakes while nothing comes. docs/performance.md,
// "Displays".
//   bench_wait_latency [EVENTS]

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <SDL.h>

#include "window.h"

static Uint64 pushed_at;

static Uint32 push(Uint32 interval, void *param)
{
    (void)param;
    SDL_Event ev = {.type = SDL_USEREVENT};
    pushed_at = SDL_GetPerformanceCounter();
    SDL_PushEvent(&ev);
    return interval;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 50;
    if (n < 1 || n > 10000)
        n = 50;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        fprintf(stderr, "bench_wait_latency: %s\n", SDL_GetError());
        return 1;
    }
    // Idle: wake-ups of this thread in 2 s with nothing to do.
    struct rusage a, b;
    getrusage(RUSAGE_SELF, &a);
    SDL_Event ev;
    window_wait_event(&ev, 2000);
    getrusage(RUSAGE_SELF, &b);
    printf("idle: %ld wake-ups in 2 s on %s\n", b.ru_nvcsw - a.ru_nvcsw,
           SDL_GetCurrentVideoDriver());
    // Events 97 ms apart (not a multiple of the 40 ms slice).
    double *ms = malloc(sizeof(double) * (size_t)n);
    SDL_TimerID id = SDL_AddTimer(97, push, NULL);
    for (int i = 0; i < n;) {
        if (window_wait_event(&ev, -1) && ev.type == SDL_USEREVENT)
            ms[i++] = (double)(SDL_GetPerformanceCounter() - pushed_at) *
                      1000.0 / (double)SDL_GetPerformanceFrequency();
    }
    SDL_RemoveTimer(id);
    qsort(ms, (size_t)n, sizeof *ms, cmp);
    printf("event to wake-up over %d events: median %.1f ms, max %.1f ms\n", n,
           ms[n / 2], ms[n - 1]);
    free(ms);
    SDL_Quit();
    return 0;
}
