#include "audio_cue.h"

#include <math.h>
#include <stdlib.h>

#include "routine.h"
#include "xalloc.h"

// Each cue is a few notes of one timbre: partials at ratios of the note's
// frequency, each decaying on its own (higher partials die sooner, as in a
// struck bar or bell), under a raised-cosine attack and a raised-cosine
// release that ends exactly on zero, so nothing clicks at either end.

struct partial {
    double ratio, amp, decay_s;
};

struct note {
    double at_s, freq, gain;
};

struct design {
    double length_s, attack_s, release_s;
    double glide; // relative pitch fall per second (a gong sags a little)
    double peak_db;
    const struct note *notes;
    size_t note_count;
    const struct partial *partials;
    size_t partial_count;
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define DESIGN(len, att, rel, glide, peak, notes, partials)                    \
    {                                                                          \
        len, att, rel, glide, peak, notes, COUNT(notes), partials,             \
            COUNT(partials)                                                    \
    }

// A soft, nearly pure tone (sine with a whisper of octave).
static const struct partial soft[] = {
    {1.0, 1.0, 0.55},
    {2.0, 0.12, 0.25},
};
// A mallet on a wooden bar: warm, short.
static const struct partial mallet[] = {
    {1.0, 1.0, 0.30},
    {3.93, 0.10, 0.05},
    {2.0, 0.15, 0.12},
};
// Glockenspiel: the inharmonic modes of a free bar.
static const struct partial glock[] = {
    {1.0, 1.0, 0.70},
    {2.76, 0.30, 0.20},
    {5.40, 0.12, 0.07},
};
// A church bell: hum, prime, minor third, fifth, nominal and upper
// partials, the hum ringing longest.
static const struct partial church[] = {
    {0.5, 0.45, 1.60}, {1.0, 0.60, 1.00}, {1.19, 0.35, 0.80}, {1.5, 0.20, 0.60},
    {2.0, 0.50, 0.50}, {2.5, 0.18, 0.30}, {3.0, 0.10, 0.22},
};
// A gong: low, inharmonic, long.
static const struct partial gong[] = {
    {1.0, 1.0, 1.60},   {1.47, 0.55, 1.20}, {2.09, 0.45, 0.90},
    {2.56, 0.30, 0.70}, {3.17, 0.22, 0.50}, {4.20, 0.12, 0.35},
};
// A wood block: a dry knock.
static const struct partial knock[] = {
    {1.0, 1.0, 0.018},
    {2.7, 0.25, 0.008},
};

// Note frequencies (equal temperament, A4 = 440 Hz).
#define B3 246.94
#define E4 329.63
#define F4 349.23
#define G4 392.00
#define A4 440.00
#define C5 523.25
#define D5 587.33
#define E5 659.26
#define G5 783.99
#define C6 1046.50
#define E6 1318.51

// Get ready: a fifth (F4 + C5) that swells in gently.
static const struct note prepare_notes[] = {{0, F4, 1.0}, {0, C5, 0.6}};
// Go: two rising notes.
static const struct note work_notes[] = {{0, C5, 1.0}, {0.14, G5, 0.9}};
// Switch sides: high-low-high, like looking from one side to the other.
static const struct note switch_notes[] = {
    {0, D5, 1.0}, {0.16, A4, 0.9}, {0.32, D5, 0.8}};
// Rest: two falling low notes.
static const struct note rest_notes[] = {{0, E4, 1.0}, {0.22, B3, 1.0}};
static const struct note tick_notes[] = {{0, 1760.0, 1.0}};
// Done: a rising major arpeggio, starting above the work cue's notes.
static const struct note finish_notes[] = {
    {0, E5, 1.0}, {0.10, G5, 0.9}, {0.20, C6, 0.85}, {0.30, E6, 0.8}};
static const struct note chime_notes[] = {{0, E6, 1.0}};
static const struct note bell_notes[] = {{0, G4, 1.0}};
static const struct note gong_notes[] = {{0, 110.0, 1.0}};

static const struct design designs[AUDIO_CUE_COUNT] = {
    [AUDIO_CUE_PREPARE] =
        DESIGN(1.2, 0.030, 0.25, 0, AUDIO_CUE_PEAK_DB - 1, prepare_notes, soft),
    [AUDIO_CUE_WORK] =
        DESIGN(0.9, 0.004, 0.20, 0, AUDIO_CUE_PEAK_DB, work_notes, mallet),
    [AUDIO_CUE_SWITCH] =
        DESIGN(1.0, 0.004, 0.20, 0, AUDIO_CUE_PEAK_DB, switch_notes, mallet),
    [AUDIO_CUE_REST] =
        DESIGN(1.4, 0.015, 0.35, 0, AUDIO_CUE_PEAK_DB - 1, rest_notes, soft),
    [AUDIO_CUE_TICK] = DESIGN(0.08, 0.0015, 0.02, 0, AUDIO_CUE_TICK_PEAK_DB,
                              tick_notes, knock),
    [AUDIO_CUE_FINISH] =
        DESIGN(0.9, 0.003, 0.25, 0, AUDIO_CUE_PEAK_DB, finish_notes, glock),
    [AUDIO_CUE_CHIME] =
        DESIGN(1.2, 0.002, 0.30, 0, AUDIO_CUE_PEAK_DB, chime_notes, glock),
    [AUDIO_CUE_BELL] =
        DESIGN(2.0, 0.003, 0.50, 0, AUDIO_CUE_PEAK_DB, bell_notes, church),
    [AUDIO_CUE_GONG] =
        DESIGN(2.5, 0.025, 0.60, 0.02, AUDIO_CUE_PEAK_DB, gong_notes, gong),
};

struct audio_cues {
    int rate;
    struct audio_pcm *pcm[AUDIO_CUE_COUNT];
};

// Raised cosine from 0 to 1 over x in [0, 1].
static double rise(double x)
{
    return x >= 1 ? 1 : 0.5 - 0.5 * cos(M_PI * x);
}

// Sample k of a cue len samples long at rate, before scaling: its notes'
// partials, each under its attack and decaying, all under the release.
// The sum runs note by note, partial by partial, for every sample alike,
// so a cue made all at once and one made as it plays are equal to the
// last bit.
static double raw_sample(const struct design *d, int rate, size_t len,
                         size_t release, size_t k)
{
    double x = 0;
    for (size_t n = 0; n < d->note_count; n++) {
        const struct note *no = &d->notes[n];
        size_t start = (size_t)lround(no->at_s * rate);
        if (k < start)
            continue;
        double t = (double)(k - start) / rate;
        for (size_t p = 0; p < d->partial_count; p++) {
            const struct partial *pt = &d->partials[p];
            double f = no->freq * pt->ratio;
            // Above ~0.45 of the rate a partial would fold back as noise.
            if (f >= 0.45 * rate)
                continue;
            double env = pt->amp * no->gain * exp(-t / pt->decay_s);
            if (env < 1e-6)
                continue; // it has died away (env only falls)
            double phase = 2 * M_PI * f * (t - d->glide * t * t / 2);
            x += env * rise(t / d->attack_s) * sin(phase);
        }
    }
    // The release closes on the last sample, which is exactly zero.
    if (k + release >= len)
        x *= rise((double)(len - 1 - k) / release);
    return x;
}

static size_t length(const struct design *d, int rate)
{
    return (size_t)lround(d->length_s * rate);
}

static size_t release_of(const struct design *d, int rate)
{
    size_t release = (size_t)lround(d->release_s * rate);
    size_t len = length(d, rate);
    return release > len ? len : release;
}

// What brings a cue whose raw peak is peak to its design's level.
static double scale_for(const struct design *d, double peak)
{
    return peak > 0 ? audio_db_to_amp(d->peak_db) * 32767 / peak : 0;
}

static int16_t scaled(double x, double scale)
{
    return (int16_t)lround(x * scale);
}

static struct audio_pcm *synthesize(const struct design *d, int rate)
{
    size_t len = length(d, rate), release = release_of(d, rate);
    double *buf = xmalloc(len * sizeof(*buf));
    double peak = 0;
    for (size_t k = 0; k < len; k++) {
        buf[k] = raw_sample(d, rate, len, release, k);
        peak = fmax(peak, fabs(buf[k]));
    }
    double scale = scale_for(d, peak);
    struct audio_pcm *pcm = audio_pcm_new(len, rate);
    for (size_t k = 0; k < len; k++)
        pcm->samples[k] = scaled(buf[k], scale);
    free(buf);
    return pcm;
}

struct audio_pcm *audio_cue_make(enum audio_cue cue, int rate)
{
    return cue > AUDIO_CUE_NONE && cue < AUDIO_CUE_COUNT
               ? synthesize(&designs[cue], rate)
               : NULL;
}

struct audio_cues *audio_cues_new(int rate)
{
    struct audio_cues *cues = xcalloc(1, sizeof(*cues));
    cues->rate = rate;
    for (int c = AUDIO_CUE_NONE + 1; c < AUDIO_CUE_COUNT; c++)
        cues->pcm[c] = audio_cue_make(c, rate);
    return cues;
}

void audio_cues_free(struct audio_cues *cues)
{
    if (!cues)
        return;
    for (int c = 0; c < AUDIO_CUE_COUNT; c++)
        audio_pcm_free(cues->pcm[c]);
    free(cues);
}

const struct audio_pcm *audio_cues_get(const struct audio_cues *cues,
                                       enum audio_cue cue)
{
    return cue > AUDIO_CUE_NONE && cue < AUDIO_CUE_COUNT ? cues->pcm[cue]
                                                         : NULL;
}

int audio_cues_rate(const struct audio_cues *cues)
{
    return cues->rate;
}

const char *audio_cue_name(enum audio_cue cue)
{
    static const char *const names[AUDIO_CUE_COUNT] = {
        "none", "prepare", "work",  "switch", "rest",
        "tick", "finish",  "chime", "bell",   "gong",
    };
    return cue < AUDIO_CUE_COUNT ? names[cue] : "none";
}

static enum audio_cue work_cue(const struct plan *plan, size_t index)
{
    const struct plan_phase *ph = &plan->phases[index];
    const struct step *s = &plan->routine->steps[ph->step];
    switch (s->cue) {
    case ROUTINE_CUE_CHIME:
        return AUDIO_CUE_CHIME;
    case ROUTINE_CUE_BELL:
        return AUDIO_CUE_BELL;
    case ROUTINE_CUE_GONG:
        return AUDIO_CUE_GONG;
    case ROUTINE_CUE_TICK:
        return AUDIO_CUE_TICK;
    case ROUTINE_CUE_NONE:
        return AUDIO_CUE_NONE;
    case ROUTINE_CUE_FILE:
        // The built-in sound stands in for the file until the app side
        // decodes it with SDL_mixer (issue 4).
    case ROUTINE_CUE_DEFAULT:
    case ROUTINE_CUE_COUNT:
        break;
    }
    // With no switch phase (switch: 0) the right side follows the left at
    // once: the switch sound tells the listener to change sides.
    if (ph->side == PLAN_SIDE_RIGHT && index > 0) {
        const struct plan_phase *prev = &plan->phases[index - 1];
        if (prev->kind == PLAN_WORK && prev->side == PLAN_SIDE_LEFT &&
            prev->step == ph->step)
            return AUDIO_CUE_SWITCH;
    }
    return AUDIO_CUE_WORK;
}

enum audio_cue audio_cue_for(const struct plan *plan, size_t index)
{
    const struct plan_cue *c = &plan->cues[index];
    switch (c->kind) {
    case PLAN_CUE_TICK:
        return AUDIO_CUE_TICK;
    case PLAN_CUE_FINISH:
        return AUDIO_CUE_FINISH;
    case PLAN_CUE_START:
        break;
    }
    switch (plan->phases[c->phase].kind) {
    case PLAN_PREPARE:
        return AUDIO_CUE_PREPARE;
    case PLAN_SWITCH:
        return AUDIO_CUE_SWITCH;
    case PLAN_REST:
        return AUDIO_CUE_REST;
    case PLAN_WORK:
        break;
    }
    return work_cue(plan, c->phase);
}
