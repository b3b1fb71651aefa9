#ifndef LIMBER_BENCH_TIMER_H
#define LIMBER_BENCH_TIMER_H

// Wall-clock timing for the benchmark programs: a monotonic clock and the
// median of several runs, which shrugs off one slow run.

#include <stdint.h>
#include <stdlib.h>
#include <time.h>

static inline double bench_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int bench_compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

// Sorts runs[] in place and returns the median.
static inline double bench_median(double *runs, size_t count)
{
    qsort(runs, count, sizeof(*runs), bench_compare);
    return count % 2 ? runs[count / 2]
                     : (runs[count / 2 - 1] + runs[count / 2]) / 2;
}

#endif
