// Live cue latency (issue 4): from a phase boundary to the cue's first
// sample in the device stream. The app runs its real loop on a monotonic
// clock with SDL's disk audio driver (paced in real time); a monitor
// (sound_set_monitor) sees every buffer as it goes to the device and
// notes when a sound starts after silence. Run by hand:
//
//   build/bench/app/bench_sound_latency [PHASES]
//
// Figures in docs/performance.md, "Live cue latency".

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "app.h"
#include "app_private.h"
#include "library.h"
#include "sound.h"
#include "sound_control.h"

#define MAX_ONSETS 4096
// A sound starts after at least this much digital silence (10 ms).
#define QUIET_FRAMES 480

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int64_t clock_ms(void *ctx)
{
    (void)ctx;
    return (int64_t)now_ms();
}

// Written by the audio thread only, read after it stopped.
static double onsets[MAX_ONSETS];
static int onset_count;
static long quiet = QUIET_FRAMES;
static const int channels = SOUND_CHANNELS, rate = SOUND_RATE;

static void monitor(void *ctx, const int16_t *x, size_t frames)
{
    (void)ctx;
    double t = now_ms();
    for (size_t i = 0; i < frames; i++) {
        if (x[i * channels] == 0) {
            quiet++;
            continue;
        }
        if (quiet >= QUIET_FRAMES && onset_count < MAX_ONSETS)
            onsets[onset_count++] = t + i * 1000.0 / rate;
        quiet = 0;
    }
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int steps = argc > 1 ? atoi(argv[1]) : 60;
    if (steps < 1 || steps > 1000)
        steps = 60;
    char dir[] = "/tmp/limber-latency-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    // Phases of one second; each starts with the work cue (0.9 s), so
    // every cue begins after 100 ms of silence. No voice.
    char path[64], raw[64];
    snprintf(path, sizeof path, "%s/latency.yaml", dir);
    snprintf(raw, sizeof raw, "%s/out.raw", dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "format: 1\nid: latency\ntitle: Latency\nkind: stretch\n"
               "muscles: [calves]\nprepare: 2s\nsteps:\n");
    for (int i = 0; i < steps; i++)
        fprintf(f, "  - title: Step %d\n    duration: 1s\n", i + 1);
    fclose(f);

    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_RENDER_DRIVER", "software", 0);
    setenv("SDL_AUDIODRIVER", "disk", 0);
    setenv("SDL_DISKAUDIOFILE", raw, 0);
    if (SDL_Init(SDL_INIT_VIDEO) != 0)
        return 1;
    struct library *lib = library_new();
    library_add_dir(lib, dir, true);
    struct app_sound_options sound = {100, false, true};
    struct app_config cfg = {.lib = lib,
                             .lang = "en",
                             .routine = library_find(lib, "latency"),
                             .muscle = -1,
                             .hidden = true,
                             .sound = &sound};
    char err[256];
    struct app *app =
        app_new(&cfg, (struct clock){clock_ms, NULL}, err, sizeof err);
    if (!app || !cfg.routine) {
        fprintf(stderr, "cannot start: %s\n", err);
        return 1;
    }
    sound_set_monitor(sound_control_sound(app), monitor, NULL);
    struct session_position pos;
    session_position(app->session, &pos);
    int64_t origin = clock_now(&app->clock) - pos.offset_ms;

    // The app's own loop (app_run), on this clock.
    for (;;) {
        app_tick(app);
        if (app_current_screen(app) != APP_SCREEN_PLAYER)
            break; // the finish screen: the routine is over
        app_draw(app, false);
        int64_t deadline = app_deadline_ms(app);
        int64_t now = clock_now(&app->clock);
        SDL_Event ev;
        int got = deadline <= now
                      ? SDL_PollEvent(&ev)
                      : SDL_WaitEventTimeout(&ev, deadline - now > INT_MAX
                                                      ? INT_MAX
                                                      : (int)(deadline - now));
        if (got) {
            app_handle(app, &ev);
            while (SDL_PollEvent(&ev))
                app_handle(app, &ev);
        }
    }
    SDL_Delay(200);
    sound_set_monitor(sound_control_sound(app), NULL, NULL);

    // Each work phase's start against the first onset at or after it.
    const struct plan *plan = app->plan;
    double *lat = calloc(plan->phase_count, sizeof(*lat));
    size_t n = 0, missed = 0;
    for (size_t p = 1; p < plan->phase_count; p++) {
        double boundary = (double)(origin + plan->phases[p].start_ms);
        int k = 0;
        while (k < onset_count && onsets[k] < boundary - 1.0)
            k++;
        if (k == onset_count || onsets[k] - boundary > 500) {
            missed++;
            continue;
        }
        lat[n++] = onsets[k] - boundary;
    }
    qsort(lat, n, sizeof(*lat), compare);
    printf("mixer buffer %d frames at %d Hz (%.1f ms), %d channels\n",
           SOUND_CHUNK_FRAMES, rate, SOUND_CHUNK_FRAMES * 1000.0 / rate,
           channels);
    if (n) {
        printf("phase boundaries: %zu (missed %zu)\n", n, missed);
        printf("latency ms: min %.1f  median %.1f  p95 %.1f  max %.1f\n",
               lat[0], lat[n / 2], lat[n * 95 / 100], lat[n - 1]);
    }
    free(lat);
    app_free(app);
    library_free(lib);
    TTF_Quit();
    SDL_Quit();
    remove(raw);
    remove(path);
    rmdir(dir);
    return n && !missed ? 0 : 1;
}
