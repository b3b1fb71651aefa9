// The soak: the app's loop for 24 virtual hours (by default), routines
// back to back with random key and touch input, on SDL's dummy driver and
// a fake clock. Resident memory and the heap in use are sampled every
// virtual 15 minutes. After the first hour (caches warm) they must stay
// flat: the least-squares trend over the rest of the run may add up to
// at most 1 MiB, or the program fails. (Single samples wander by up to a
// megabyte as text textures come and go; a leak shows as a trend.)
//
//   build/bench/soak/bench_soak [HOURS] [SEED]

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "xalloc.h"

static struct harness t;
static unsigned rng;

static unsigned next_random(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

// Least-squares slope of y over x.
static double slope(const double *x, const double *y, size_t n)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; i++) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
    }
    double d = (double)n * sxx - sx * sx;
    return n > 1 && d != 0 ? ((double)n * sxy - sx * sy) / d : 0;
}

static long resident_kb(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// From wherever the app is: back home, then a random group, a random
// routine in it, and Start, all by keys as a person would.
static bool start_random_routine(void)
{
    for (int i = 0; i < 6 && app_current_screen(t.app) != APP_SCREEN_HOME; i++)
        harness_key(&t, SDLK_ESCAPE);
    for (unsigned i = next_random() % 12; i > 0; i--)
        harness_key(&t, SDLK_TAB);
    harness_key(&t, SDLK_RETURN);
    if (app_current_screen(t.app) != APP_SCREEN_LIST)
        return false;
    for (unsigned i = next_random() % 4; i > 0; i--)
        harness_key(&t, SDLK_DOWN);
    harness_key(&t, SDLK_RETURN);
    if (app_current_screen(t.app) != APP_SCREEN_OVERVIEW)
        return false;
    harness_key(&t, SDLK_RETURN);
    return app_current_screen(t.app) == APP_SCREEN_PLAYER;
}

// Something a visitor might do in the middle of a routine; never Q.
static void random_input(void)
{
    static const SDL_Keycode keys[] = {
        SDLK_SPACE, SDLK_SPACE, SDLK_RIGHT, SDLK_LEFT,   SDLK_n,     SDLK_p,
        SDLK_UP,    SDLK_DOWN,  SDLK_TAB,   SDLK_RETURN, SDLK_ESCAPE};
    if (next_random() % 3 == 0) {
        harness_touch(&t, (int)(next_random() % (unsigned)t.w),
                      (int)(next_random() % (unsigned)t.h));
    } else {
        harness_key(&t, keys[next_random() % (sizeof keys / sizeof *keys)]);
    }
}

int main(int argc, char **argv)
{
    double hours = argc > 1 ? atof(argv[1]) : 24;
    rng = argc > 2 ? (unsigned)atoi(argv[2]) : 1;
    const int64_t end = (int64_t)(hours * 3600 * 1000);
    const int64_t sample_every = 15 * 60 * 1000;

    // Its ~200 finished sessions go to a history of its own.
    char state[] = "/tmp/limber-soak-XXXXXX";
    if (!mkdtemp(state)) {
        perror("mkdtemp");
        return 1;
    }
    setenv("XDG_STATE_HOME", state, 1);
    harness_init(&t, SOURCE_ROUTINES);
    harness_open(&t, 800, 480, "en", NULL, -1);
    size_t cap = (size_t)(end / sample_every) + 2, n = 0;
    double *hour = calloc(cap, sizeof(double));
    double *rss_kb = calloc(cap, sizeof(double));
    double *heap_kb = calloc(cap, sizeof(double));
    int64_t elapsed = 0, next_sample = 0;
    int64_t next_input = 5000 + next_random() % 55000;
    unsigned long starts = 0, misses = 0, inputs = 0;

    printf("%8s %10s %10s %8s\n", "hours", "rss_kB", "heap_kB", "started");
    while (elapsed <= end) {
        if (app_current_screen(t.app) != APP_SCREEN_PLAYER) {
            if (start_random_routine())
                starts++;
            else
                misses++;
        }
        // At most a frame a virtual second: the loop's own deadlines come
        // more often while playing, but memory does not care.
        int64_t step = next_input - elapsed;
        if (step > 1000)
            step = 1000;
        if (step < 1)
            step = 1;
        harness_advance(&t, step);
        elapsed += step;
        if (elapsed >= next_input) {
            random_input();
            inputs++;
            next_input = elapsed + 5000 + next_random() % 55000;
        }
        if (elapsed >= next_sample) {
            struct mallinfo2 mi = mallinfo2();
            long rss = resident_kb(), heap = (long)(mi.uordblks / 1024);
            printf("%8.2f %10ld %10ld %8lu\n", (double)elapsed / 3.6e6, rss,
                   heap, starts);
            fflush(stdout);
            if (elapsed >= 3600 * 1000 && n < cap) {
                hour[n] = (double)elapsed / 3.6e6;
                rss_kb[n] = (double)rss;
                heap_kb[n] = (double)heap;
                n++;
            }
            next_sample += sample_every;
        }
    }
    harness_done(&t);
    char *cmd = xasprintf("rm -rf '%s'", state);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", state);
    free(cmd);
    printf("%.0f virtual hours: %lu routines started (%lu tries missed), "
           "%lu random inputs\n",
           hours, starts, misses, inputs);
    double span = n > 1 ? hour[n - 1] - hour[0] : 0;
    double rss_trend = slope(hour, rss_kb, n) * span;
    double heap_trend = slope(hour, heap_kb, n) * span;
    printf("trend after the first hour, over %.0f h: rss %+.0f kB, heap "
           "%+.0f kB\n",
           span, rss_trend, heap_trend);
    bool flat = rss_trend <= 1024 && heap_trend <= 1024;
    printf("%s\n", flat ? "flat" : "GROWING");
    free(hour);
    free(rss_kb);
    free(heap_kb);
    return flat ? 0 : 1;
}
