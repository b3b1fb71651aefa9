// Sound figures for docs/performance.md (issue 4):
//  1. the guided track of a one-hour routine: cue synthesis, laying out
//     the track (speech included), mixing, and the whole --render-audio
//     path writing a WAV file;
//  2. speech synthesis time for each step's line of the bundled routines,
//     in Ukrainian and English.
//
//   build/bench/audio/bench_render_audio [RUNS] [WAV_PATH]
//
// WAV_PATH (default /tmp/limber-bench-hour.wav) is written and removed.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_cue.h"
#include "audio_phrase.h"
#include "audio_track.h"
#include "audio_voice.h"
#include "bench_timer.h"
#include "library.h"
#include "plan.h"
#include "render_audio.h"
#include "routine_load.h"
#include "sound_render.h"
#include "xalloc.h"

// 30 steps of 120 s (25 s each side, a 5 s switch, two repeats, a 10 s
// rest) with no lead-in: 3,600 s, and 60 distinct spoken work lines.
static char *hour_routine(void)
{
    size_t cap = 1 << 16, len = 0;
    char *text = xmalloc(cap);
    len += (size_t)snprintf(text, cap,
                            "format: 1\nid: hour\n"
                            "title: {en: An hour, uk: Година}\n"
                            "muscles: [whole-body]\nprepare: 0\n"
                            "switch: 5s\nsteps:\n");
    for (int i = 0; i < 30; i++) {
        len += (size_t)snprintf(
            text + len, cap - len,
            "  - title: {en: Stretch number %d, uk: Розтяжка номер %d}\n"
            "    duration: 25s\n    sides: both\n    repeat: 2\n"
            "    rest: 10s\n",
            i + 1, i + 1);
    }
    return text;
}

static void bench_hour(int runs, const char *wav)
{
    char *text = hour_routine();
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct routine *r =
        routine_load_buffer("hour.yaml", text, strlen(text), &diags);
    if (!r) {
        diag_list_print(&diags, stderr);
        exit(1);
    }
    struct plan *plan = plan_new(r);
    double minutes = (double)plan->total_ms / 60000.0;
    double *cue_ms = xcalloc((size_t)runs, sizeof(double));
    double *layout_cues = xcalloc((size_t)runs, sizeof(double));
    double *layout_voice = xcalloc((size_t)runs, sizeof(double));
    double *mix = xcalloc((size_t)runs, sizeof(double));
    double *whole = xcalloc((size_t)runs, sizeof(double));
    double *whole_quiet = xcalloc((size_t)runs, sizeof(double));
    int16_t *block = xmalloc(65536 * sizeof(*block));
    size_t events = 0;
    for (int k = 0; k < runs; k++) {
        double t0 = bench_now_ms();
        struct audio_cues *cues = audio_cues_new(AUDIO_RATE_DEFAULT);
        double t1 = bench_now_ms();
        const char *why = "";
        struct audio_track *quiet =
            audio_track_new(plan, "en", cues, NULL, &why);
        double t2 = bench_now_ms();
        struct audio_voice *v = audio_voice_new(&why);
        if (!v) {
            fprintf(stderr, "bench: %s\n", why);
            exit(1);
        }
        // At the voice's own rate: converting is SDL's (sound_render.h).
        struct audio_cues *voice_cues = audio_cues_new(audio_voice_rate(v));
        double t3 = bench_now_ms();
        struct audio_say say = audio_voice_sayer(v);
        struct audio_track *track =
            audio_track_new(plan, "en", voice_cues, &say, &why);
        double t4 = bench_now_ms();
        audio_voice_free(v);
        int64_t total = audio_track_frames(track);
        double t5 = bench_now_ms();
        for (int64_t at = 0; at < total; at += 65536) {
            size_t n = total - at < 65536 ? (size_t)(total - at) : 65536;
            audio_track_render(track, at, block, n);
        }
        double t6 = bench_now_ms();
        audio_track_events(track, &events);
        audio_track_free(track);
        audio_track_free(quiet);
        audio_cues_free(cues);
        audio_cues_free(voice_cues);

        double t7 = bench_now_ms();
        if (sound_render_audio(r, "en", wav, true, stderr) != 0)
            exit(1);
        double t8 = bench_now_ms();
        if (render_audio_run(r, "en", wav, NULL, stderr) != 0)
            exit(1);
        double t9 = bench_now_ms();
        remove(wav);
        cue_ms[k] = t1 - t0;
        layout_cues[k] = t2 - t1;
        layout_voice[k] = t4 - t3;
        mix[k] = t6 - t5;
        whole[k] = t8 - t7;
        whole_quiet[k] = t9 - t8;
    }
    printf("hour routine: %.1f min, %zu phases, %zu events with voice\n",
           minutes, plan->phase_count, events);
    printf("| what | median | per minute of routine |\n");
    printf("| --- | ---: | ---: |\n");
    double m;
    m = bench_median(cue_ms, (size_t)runs);
    printf("| synthesize the 9 cues | %.1f ms | |\n", m);
    m = bench_median(layout_cues, (size_t)runs);
    printf("| lay out the track, cues only | %.2f ms | %.3f ms |\n", m,
           m / minutes);
    m = bench_median(layout_voice, (size_t)runs);
    printf("| lay out the track with voice (speech of 63 lines) | %.1f ms | "
           "%.2f ms |\n",
           m, m / minutes);
    m = bench_median(mix, (size_t)runs);
    printf("| mix the whole hour in memory | %.1f ms | %.2f ms |\n", m,
           m / minutes);
    m = bench_median(whole, (size_t)runs);
    printf("| render_audio_run with voice, WAV on disk | %.1f ms | "
           "%.2f ms |\n",
           m, m / minutes);
    m = bench_median(whole_quiet, (size_t)runs);
    printf("| render_audio_run cues only, WAV on disk | %.1f ms | "
           "%.2f ms |\n",
           m, m / minutes);
    free(block);
    free(cue_ms);
    free(layout_cues);
    free(layout_voice);
    free(mix);
    free(whole);
    free(whole_quiet);
    plan_free(plan);
    routine_free(r);
    diag_list_clear(&diags);
    free(text);
}

// Each step's spoken work line of every bundled routine, per language.
static void bench_voice(int runs)
{
    struct library *lib = library_new();
    library_add_dir(lib, SOURCE_ROUTINES, true);
    const char *why = "";
    struct audio_voice *v = audio_voice_new(&why);
    if (!v) {
        fprintf(stderr, "bench: %s\n", why);
        exit(1);
    }
    static const char *const langs[] = {"uk", "en"};
    printf("\n| language | lines | median per line | max | median speech "
           "| speech / synthesis |\n");
    printf("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (size_t l = 0; l < 2; l++) {
        size_t cap = 0, count = 0;
        double *times = NULL, *lengths = NULL;
        size_t lcap = 0;
        for (size_t i = 0; i < lib->count; i++) {
            const struct routine *r = lib->routines[i];
            struct plan *plan = plan_new(r);
            for (size_t p = 0; p < plan->phase_count; p++) {
                // One line per step: its first work phase.
                const struct plan_phase *ph = &plan->phases[p];
                if (ph->kind != PLAN_WORK || ph->rep != 1 ||
                    ph->side == PLAN_SIDE_RIGHT)
                    continue;
                char *text = audio_phrase_for_phase(plan, p, langs[l]);
                double *runs_ms = xcalloc((size_t)runs, sizeof(double));
                double len_ms = 0;
                for (int k = 0; k < runs; k++) {
                    double t0 = bench_now_ms();
                    struct audio_pcm *pcm =
                        audio_voice_say(v, langs[l], text, &why);
                    runs_ms[k] = bench_now_ms() - t0;
                    if (!pcm) {
                        fprintf(stderr, "bench: %s\n", why);
                        exit(1);
                    }
                    len_ms = (double)audio_pcm_ms(pcm);
                    audio_pcm_free(pcm);
                }
                xgrow((void **)&times, &cap, count + 1, sizeof(*times));
                xgrow((void **)&lengths, &lcap, count + 1, sizeof(*lengths));
                times[count] = bench_median(runs_ms, (size_t)runs);
                lengths[count++] = len_ms;
                free(runs_ms);
                free(text);
            }
            plan_free(plan);
        }
        double sum_t = 0, sum_len = 0, max = 0;
        for (size_t i = 0; i < count; i++) {
            sum_t += times[i];
            sum_len += lengths[i];
            max = times[i] > max ? times[i] : max;
        }
        double med = bench_median(times, count);
        double med_len = bench_median(lengths, count);
        printf("| %s | %zu | %.1f ms | %.1f ms | %.0f ms | %.0f× |\n", langs[l],
               count, med, max, med_len, sum_len / sum_t);
        free(times);
        free(lengths);
    }
    audio_voice_free(v);
    library_free(lib);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 5;
    const char *wav = argc > 2 ? argv[2] : "/tmp/limber-bench-hour.wav";
    if (runs < 1)
        runs = 1;
    bench_hour(runs, wav);
    bench_voice(runs);
    return 0;
}
