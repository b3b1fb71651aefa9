// The guided audio track, rendered and measured: its length, a cue at
// every phase start, ticks before every work phase ends, silence in a long
// phase, the level ceiling, no clicks, and speech in Ukrainian and English.

#include "test_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_check.h"
#include "audio_cue.h"
#include "audio_speech.h"
#include "audio_track.h"
#include "audio_voice.h"
#include "plan.h"
#include "render_audio.h"
#include "xalloc.h"

// The track's rate: AUDIO_RATE_DEFAULT, or the voice's own where the
// test speaks (converting it is SDL's job, outside this library).
static int rate = AUDIO_RATE_DEFAULT;
#define RATE   rate
#define MS(ms) ((int64_t)(ms)*RATE / 1000)

struct fixture {
    struct routine *routine;
    struct plan *plan;
    struct audio_cues *cues;
    struct audio_track *track;
    int16_t *pcm; // the whole track, mixed
    int64_t frames;
};

static struct routine *load_data(const char *name)
{
    char *path = xasprintf("%s/good/%s", TEST_DATA, name);
    char *yaml = test_read_file(path);
    assert_non_null(yaml);
    struct routine *r = test_load_string(yaml, NULL);
    free(yaml);
    free(path);
    return r;
}

static void render(struct fixture *f, const char *name, const char *lang,
                   struct audio_voice *voice)
{
    f->routine = load_data(name);
    f->plan = plan_new(f->routine);
    f->cues = audio_cues_new(RATE);
    const char *why = NULL;
    struct audio_say say = audio_voice_sayer(voice);
    f->track =
        audio_track_new(f->plan, lang, f->cues, voice ? &say : NULL, &why);
    if (!f->track)
        fail_msg("no track: %s", why);
    f->frames = audio_track_frames(f->track);
    f->pcm = xmalloc((size_t)f->frames * sizeof(*f->pcm));
    // Mixed in odd-sized blocks, as a live mixer would ask.
    for (int64_t at = 0; at < f->frames; at += 1111) {
        size_t n = f->frames - at < 1111 ? (size_t)(f->frames - at) : 1111;
        audio_track_render(f->track, at, f->pcm + at, n);
    }
}

static void release(struct fixture *f)
{
    free(f->pcm);
    audio_track_free(f->track);
    audio_cues_free(f->cues);
    plan_free(f->plan);
    routine_free(f->routine);
}

static void length_is_the_plan(const struct fixture *f)
{
    assert_int_equal(f->frames, MS(f->plan->total_ms));
    assert_int_equal(f->frames * 1000, f->plan->total_ms * RATE);
}

static void expect_onset(const struct fixture *f, int64_t at_ms,
                         const char *what)
{
    int64_t at = MS(at_ms);
    int64_t got =
        check_onset(f->pcm, f->frames, at - MS(10), at + MS(10), MS(5));
    if (got < 0)
        fail_msg("no %s within 10 ms of %lld ms", what, (long long)at_ms);
}

static void peaks_under_ceiling(const struct fixture *f)
{
    int peak = check_peak(f->pcm, 0, f->frames);
    assert_true(peak > 0);
    assert_true(audio_amp_to_db(peak / 32768.0) <= AUDIO_CEILING_DB);
}

// No click where any sound starts or stops.
static void no_clicks_at_edges(const struct fixture *f)
{
    size_t count;
    const struct audio_track_event *e = audio_track_events(f->track, &count);
    for (size_t i = 0; i < count; i++) {
        int64_t ends[] = {e[i].at, e[i].at + (int64_t)e[i].frames};
        for (int j = 0; j < 2; j++) {
            int64_t lo = ends[j] - MS(2), hi = ends[j] + MS(2);
            lo = lo > 0 ? lo : 0;
            hi = hi < f->frames ? hi : f->frames;
            if (lo < hi && check_max_jump(f->pcm, lo, hi) >= CHECK_CLICK)
                fail_msg("click at frame %lld", (long long)ends[j]);
        }
    }
}

static void cues_on_the_timeline(void **state)
{
    (void)state;
    struct fixture f;
    render(&f, "timeline-sample.yaml", "en", NULL);
    length_is_the_plan(&f);
    const struct plan *p = f.plan;
    for (size_t i = 0; i < p->phase_count; i++) {
        const struct plan_phase *ph = &p->phases[i];
        expect_onset(&f, ph->start_ms, "phase cue");
        if (ph->kind != PLAN_WORK)
            continue;
        int64_t end = ph->start_ms + ph->duration_ms;
        for (int s = 3; s >= 1; s--) {
            if (end - s * 1000 > ph->start_ms)
                expect_onset(&f, end - s * 1000, "tick");
        }
    }
    // The finish sound closes the track, after the last tick.
    expect_onset(&f, p->total_ms - AUDIO_TRACK_FINISH_LEAD_MS, "finish");

    // The 60 s phase is silent between its cue and its ticks.
    const struct plan_phase *last = &p->phases[p->phase_count - 1];
    assert_int_equal(last->duration_ms, 60000);
    int64_t quiet_from = MS(last->start_ms + 2500);
    int64_t quiet_to = MS(last->start_ms + last->duration_ms - 3000);
    assert_int_equal(check_peak(f.pcm, quiet_from, quiet_to), 0);

    peaks_under_ceiling(&f);
    // Cues alone never jump anywhere, not just at their edges.
    assert_true(check_max_jump(f.pcm, 0, f.frames) < CHECK_CLICK);
    no_clicks_at_edges(&f);
    release(&f);
}

static void sides_back_to_back(void **state)
{
    (void)state;
    struct fixture f;
    render(&f, "zero-pauses.yaml", "en", NULL);
    length_is_the_plan(&f);
    for (size_t i = 0; i < f.plan->phase_count; i++)
        expect_onset(&f, f.plan->phases[i].start_ms, "phase cue");
    peaks_under_ceiling(&f);
    no_clicks_at_edges(&f);
    release(&f);
}

static void overlaps_stay_under_ceiling(void **state)
{
    (void)state;
    // Gongs on one-second steps ring into each other.
    struct routine *r = test_load_string(
        "format: 1\nid: dense\ntitle: Dense\nmuscles: [calves]\nprepare: 1s\n"
        "switch: 1s\nsteps:\n"
        "  - {title: A, duration: 1s, sides: both, repeat: 3, rest: 1s, "
        "cue: gong}\n"
        "  - {title: B, duration: 1s, cue: bell}\n",
        NULL);
    struct plan *p = plan_new(r);
    struct audio_cues *cues = audio_cues_new(RATE);
    const char *why;
    struct audio_track *t = audio_track_new(p, "en", cues, NULL, &why);
    int64_t n = audio_track_frames(t);
    int16_t *pcm = xmalloc((size_t)n * sizeof(*pcm));
    audio_track_render(t, 0, pcm, (size_t)n);
    int peak = check_peak(pcm, 0, n);
    assert_true(audio_amp_to_db(peak / 32768.0) <= AUDIO_CEILING_DB);
    // Frames past either end are silence.
    int16_t out[8];
    audio_track_render(t, -8, out, 8);
    assert_int_equal(check_peak(out, 0, 8), 0);
    audio_track_render(t, n, out, 8);
    assert_int_equal(check_peak(out, 0, 8), 0);
    free(pcm);
    audio_track_free(t);
    audio_track_free(NULL);
    audio_cues_free(cues);
    plan_free(p);
    routine_free(r);
}

// RMS of a span, in dBFS.
static double rms_db(const int16_t *x, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (double)x[i] * x[i];
    return audio_amp_to_db(sqrt(sum / (double)n) / 32768.0);
}

static void voice_lines(void **state)
{
    (void)state;
    const char *why = NULL;
    struct audio_voice *v = audio_voice_new(&why);
    if (!audio_voice_built_in()) {
        assert_null(v);
        assert_non_null(why);
        skip();
    }
    if (!v)
        fail_msg("no voice: %s", why);
    // A second voice at once is refused: espeak-ng has one state.
    assert_null(audio_voice_new(&why));

    static const struct {
        const char *lang, *text;
        int64_t min_ms, max_ms;
    } lines[] = {
        {"en", "Well done", 300, 1500},
        {"uk", "Чудова робота", 400, 2000},
        {"en", "Lean into the wall. Left side.", 1200, 4000},
        {"uk", "Подайтеся до стіни. Лівий бік.", 1000, 4000},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        struct audio_pcm *pcm =
            audio_voice_say(v, lines[i].lang, lines[i].text, &why);
        if (!pcm)
            fail_msg("%s: %s", lines[i].lang, why);
        assert_int_equal(pcm->rate, audio_voice_rate(v));
        int64_t ms = audio_pcm_ms(pcm);
        if (ms < lines[i].min_ms || ms > lines[i].max_ms)
            fail_msg("'%s' lasts %lld ms", lines[i].text, (long long)ms);
        double peak = audio_pcm_peak_db(pcm);
        assert_true(fabs(peak - AUDIO_VOICE_PEAK_DB) < 0.5);
        assert_true(rms_db(pcm->samples, pcm->frames) > -35.0);
        // Faded in and out: no click at either end.
        assert_true(abs(pcm->samples[0]) < CHECK_SOUND);
        assert_true(abs(pcm->samples[pcm->frames - 1]) < CHECK_SOUND);
        audio_pcm_free(pcm);
    }
    assert_null(audio_voice_say(v, "zz-not-a-language", "x", &why));
    assert_non_null(why);
    audio_voice_free(v);
    audio_voice_free(NULL);
}

static void track_with_voice(const char *lang)
{
    const char *why = NULL;
    struct audio_voice *v = audio_voice_new(&why);
    if (!v)
        skip();
    rate = audio_voice_rate(v);
    struct fixture f;
    render(&f, "timeline-sample.yaml", lang, v);
    audio_voice_free(v);
    length_is_the_plan(&f);
    peaks_under_ceiling(&f);
    no_clicks_at_edges(&f);

    const struct plan *p = f.plan;
    size_t count;
    const struct audio_track_event *e = audio_track_events(f.track, &count);
    // Every phase but the lead-in has its cue at its exact frame and its
    // spoken line after it; "well done" ends the track.
    size_t lines = 0;
    const struct audio_track_event *last_line = NULL, *long_line = NULL;
    const struct plan_phase *last = &p->phases[p->phase_count - 1];
    for (size_t i = 0; i < count; i++) {
        if (e[i].source != AUDIO_TRACK_VOICE)
            continue;
        lines++;
        last_line = &e[i];
        if (e[i].at == MS(last->start_ms + AUDIO_TRACK_VOICE_DELAY_MS))
            long_line = &e[i];
        int64_t ms = (int64_t)e[i].frames * 1000 / RATE;
        if (ms < 200 || ms > 5000)
            fail_msg("'%s' lasts %lld ms", e[i].text, (long long)ms);
        assert_true(rms_db(e[i].samples, e[i].frames) > -35.0);
        assert_true(e[i].gain > 0.5);
        // In the mix, the line is heard.
        int64_t hi = e[i].at + (int64_t)e[i].frames;
        hi = hi < f.frames ? hi : f.frames;
        assert_true(check_peak(f.pcm, e[i].at, hi) > 1000);
    }
    assert_int_equal(lines, p->phase_count - 1 + 1);
    assert_true(last_line->at + (int64_t)last_line->frames <= f.frames);
    assert_true(last_line->at >= f.frames - MS(AUDIO_TRACK_FINISH_LEAD_MS));
    for (size_t i = 0; i < p->phase_count; i++) {
        bool found = false;
        for (size_t j = 0; j < count && !found; j++) {
            found = e[j].source == AUDIO_TRACK_CUE &&
                    e[j].at == MS(p->phases[i].start_ms);
        }
        if (!found)
            fail_msg("no cue at phase %zu", i);
    }

    // In the 60 s phase, silence from the end of its line to its ticks.
    assert_non_null(long_line);
    int64_t quiet_from = long_line->at + (int64_t)long_line->frames + MS(10);
    int64_t quiet_to = MS(last->start_ms + last->duration_ms - 3000);
    assert_true(quiet_to - quiet_from > MS(50000));
    assert_int_equal(check_peak(f.pcm, quiet_from, quiet_to), 0);
    // And the ticks are still there.
    for (int s = 3; s >= 1; s--)
        expect_onset(&f, last->start_ms + last->duration_ms - s * 1000, "tick");
    release(&f);
    rate = AUDIO_RATE_DEFAULT;
}

static void track_with_voice_en(void **state)
{
    (void)state;
    track_with_voice("en");
}

static void track_with_voice_uk(void **state)
{
    (void)state;
    track_with_voice("uk");
}

static uint32_t le32(const unsigned char *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static void render_audio_tool(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *wav = xasprintf("%s/track.wav", dir);
    struct routine *r = load_data("plain-ukrainian.yaml");
    char *err_text = NULL;
    size_t err_len = 0;
    FILE *err = open_memstream(&err_text, &err_len);
    // Cues only: limber's spoken lines come converted by SDL
    // (sound_render.h, tests/cli/render_audio.sh).
    assert_int_equal(render_audio_run(r, NULL, wav, NULL, err), 0);
    fflush(err);
    assert_int_equal(err_len, 0);
    FILE *f = fopen(wav, "rb");
    unsigned char head[44];
    assert_int_equal(fread(head, 1, 44, f), 44);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    struct plan *p = plan_new(r);
    int64_t bytes = MS(p->total_ms) * 2;
    assert_int_equal(le32(head + 40), bytes);
    assert_int_equal(size, 44 + bytes);
    assert_int_equal(le32(head + 24), RATE);
    plan_free(p);

    // Cues only.
    assert_int_equal(render_audio_run(r, "en", wav, NULL, err), 0);
    // A folder that is not there: status 1, a message, no file.
    char *bad = xasprintf("%s/no/such/track.wav", dir);
    assert_int_equal(render_audio_run(r, "en", bad, NULL, err), 1);
    fflush(err);
    assert_non_null(strstr(err_text, bad));

    // Over 12.4 hours does not fit a WAV file: refused before rendering.
    char *yaml = xstrdup("format: 1\nid: long\ntitle: Long\n"
                         "muscles: [calves]\nsteps:\n");
    for (int i = 0; i < 13; i++) {
        char *more = xasprintf("%s  - {title: S, duration: 1h}\n", yaml);
        free(yaml);
        yaml = more;
    }
    struct routine *longer = test_load_string(yaml, NULL);
    assert_int_equal(render_audio_run(longer, "en", wav, NULL, err), 1);
    fflush(err);
    assert_non_null(strstr(err_text, "too long for a WAV file"));
    routine_free(longer);
    free(yaml);
    fclose(err);
    free(err_text);
    free(bad);
    routine_free(r);
    test_remove_tree(dir);
    free(wav);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cues_on_the_timeline),
        cmocka_unit_test(sides_back_to_back),
        cmocka_unit_test(overlaps_stay_under_ceiling),
        cmocka_unit_test(voice_lines),
        cmocka_unit_test(track_with_voice_en),
        cmocka_unit_test(track_with_voice_uk),
        cmocka_unit_test(render_audio_tool),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
