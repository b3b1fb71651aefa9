// Compiling and simulating a 24-hour routine: 800 steps, each 10 s on
// both sides with a 4 s switch, 4 repeats and 4 s rests (108 s a step,
// 15 phases and 24 ticks), loaded from YAML text, then the whole
// --simulate timeline written to /dev/null.
//
//   build/bench/bench_simulate_day [RUNS]

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_timer.h"
#include "plan.h"
#include "routine_load.h"
#include "tools.h"
#include "xalloc.h"

// 800 × 108 s = 86,400 s: a day to the second.
static char *day_routine(void)
{
    size_t cap = 1 << 20, len = 0;
    char *text = xmalloc(cap);
    len += (size_t)snprintf(text, cap,
                            "format: 1\nid: day\ntitle: A day\n"
                            "muscles: [whole-body]\nprepare: 0\n"
                            "switch: 4s\nsteps:\n");
    for (int i = 0; i < 800; i++) {
        len += (size_t)snprintf(text + len, cap - len,
                                "  - title: Step %d\n    duration: 10s\n"
                                "    sides: both\n    repeat: 4\n"
                                "    rest: 4s\n",
                                i + 1);
    }
    return text;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 11;
    char *text = day_routine();
    FILE *null = fopen("/dev/null", "w");
    double *load = xcalloc((size_t)runs, sizeof(double));
    double *compile = xcalloc((size_t)runs, sizeof(double));
    double *simulate = xcalloc((size_t)runs, sizeof(double));
    int64_t total = 0;
    size_t phases = 0;
    for (int r = 0; r < runs; r++) {
        struct diag_list diags;
        diag_list_init(&diags, DIAG_FILE_LIMIT);
        double t0 = bench_now_ms();
        struct routine *routine =
            routine_load_buffer("day.yaml", text, strlen(text), &diags);
        double t1 = bench_now_ms();
        if (!routine) {
            diag_list_print(&diags, stderr);
            return 1;
        }
        struct plan *plan = plan_new(routine);
        double t2 = bench_now_ms();
        simulate_run(routine, "en", NULL, 0, null);
        double t3 = bench_now_ms();
        load[r] = t1 - t0;
        compile[r] = t2 - t1;
        simulate[r] = t3 - t2;
        total = plan->total_ms;
        phases = plan->phase_count;
        plan_free(plan);
        routine_free(routine);
    }
    printf("24-hour routine (%lld ms of plan, %zu phases), median of %d "
           "runs:\n",
           (long long)total, phases, runs);
    printf("  load YAML     %.2f ms\n", bench_median(load, (size_t)runs));
    printf("  compile plan  %.2f ms\n", bench_median(compile, (size_t)runs));
    printf("  simulate      %.2f ms (compile + session + JSON Lines)\n",
           bench_median(simulate, (size_t)runs));
    fclose(null);
    free(load);
    free(compile);
    free(simulate);
    free(text);
    return 0;
}
