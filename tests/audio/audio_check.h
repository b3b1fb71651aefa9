#ifndef LIMBER_AUDIO_CHECK_H
#define LIMBER_AUDIO_CHECK_H

// Measurements the sound tests make on PCM: levels, onsets and jumps.

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// A sample above this (about -50 dBFS) is sound; below, near silence.
#define CHECK_SOUND 100
// A jump between neighbouring samples above this (-10 dBFS) is a click:
// a 7 kHz tone at -8 dBFS moves at most a third of that.
#define CHECK_CLICK 10362

static inline int check_peak(const int16_t *x, int64_t from, int64_t to)
{
    int peak = 0;
    for (int64_t k = from; k < to; k++)
        peak = abs(x[k]) > peak ? abs(x[k]) : peak;
    return peak;
}

static inline int check_max_jump(const int16_t *x, int64_t from, int64_t to)
{
    int jump = 0;
    for (int64_t k = from + 1; k < to; k++) {
        int d = abs(x[k] - x[k - 1]);
        jump = d > jump ? d : jump;
    }
    return jump;
}

// The first sample in [from, to) that is sound after at least quiet
// samples of near silence; -1 when there is none.
static inline int64_t check_onset(const int16_t *x, int64_t n, int64_t from,
                                  int64_t to, int64_t quiet)
{
    // Before the first sample counts as silence.
    int64_t start = from - quiet > 0 ? from - quiet : 0;
    int64_t still = start - (from - quiet);
    for (int64_t k = start; k < to && k < n; k++) {
        if (abs(x[k]) < CHECK_SOUND) {
            still++;
            continue;
        }
        if (k >= from && still >= quiet)
            return k;
        still = 0;
    }
    return -1;
}

#endif
