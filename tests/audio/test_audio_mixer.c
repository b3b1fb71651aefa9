// The live mixer: buffers sound where and as they should, sample for
// sample at the device's rate, resampled cleanly from another, scaled,
// clipped, and told apart when they end.

#include "test_util.h"

#include <math.h>
#include <stdlib.h>

#include "audio_mixer.h"
#include "xalloc.h"

#define RATE 48000

static struct audio_pcm *ramp(size_t frames, int rate, int scale)
{
    struct audio_pcm *p = audio_pcm_new(frames, rate);
    for (size_t i = 0; i < frames; i++)
        p->samples[i] = (int16_t)(((int)(i % 200) - 100) * scale);
    return p;
}

static struct audio_pcm *sine(double seconds, int rate, double hz, double amp)
{
    struct audio_pcm *p = audio_pcm_new((size_t)(seconds * rate), rate);
    for (size_t i = 0; i < p->frames; i++)
        p->samples[i] = (int16_t)lround(amp * sin(2 * M_PI * hz * i / rate));
    return p;
}

// A buffer at the device's rate comes out as it is, on every channel,
// after its lead, and its voice says when it has ended.
static void same_rate_exact(void **state)
{
    (void)state;
    struct audio_mixer *m = audio_mixer_new(RATE, 2);
    struct audio_pcm *p = ramp(1000, RATE, 100);
    assert_int_equal(audio_mixer_play(m, 0, p, 300), 0);
    assert_true(audio_mixer_playing(m, 0));
    assert_ptr_equal(audio_mixer_source(m, 0), p);
    int16_t out[2 * 2000];
    // Rendered in uneven pieces across the mixer's own blocks.
    unsigned ended = 0;
    size_t cuts[] = {0, 7, 300, 301, 555, 1299, 2000};
    for (size_t c = 0; c + 1 < sizeof cuts / sizeof cuts[0]; c++)
        ended |=
            audio_mixer_render(m, out + 2 * cuts[c], cuts[c + 1] - cuts[c]);
    assert_int_equal(ended, 1u);
    assert_false(audio_mixer_playing(m, AUDIO_MIXER_ALL));
    for (size_t k = 0; k < 2000; k++) {
        int want = k >= 300 && k < 1300 ? p->samples[k - 300] : 0;
        assert_int_equal(out[2 * k], want);
        assert_int_equal(out[2 * k + 1], want);
    }
    audio_pcm_free(p);
    audio_mixer_free(m);
}

// Gain scales each voice as SDL_mixer did (sample * gain / 128); voices
// add up and clip at 16 bits.
static void gain_sum_and_clip(void **state)
{
    (void)state;
    struct audio_mixer *m = audio_mixer_new(RATE, 1);
    struct audio_pcm *p = ramp(400, RATE, 100);
    audio_mixer_set_gain(m, 32);
    audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0);
    int16_t out[400];
    audio_mixer_render(m, out, 400);
    for (size_t k = 0; k < 400; k++)
        assert_int_equal(out[k], p->samples[k] * 32 / 128);

    struct audio_pcm *loud = audio_pcm_new(10, RATE);
    for (size_t i = 0; i < 10; i++)
        loud->samples[i] = i % 2 ? -30000 : 30000;
    audio_mixer_set_gain(m, 500); // held at full
    audio_mixer_play(m, 1, loud, 0);
    audio_mixer_play(m, 2, loud, 0);
    audio_mixer_render(m, out, 10);
    for (size_t k = 0; k < 10; k++)
        assert_int_equal(out[k], k % 2 ? INT16_MIN : INT16_MAX);
    audio_pcm_free(loud);
    audio_pcm_free(p);
    audio_mixer_free(m);
}

// AUDIO_MIXER_ANY leaves voice 0 to speech and, with every other voice
// busy, replaces the one started longest ago.
static void any_voice_takes_oldest(void **state)
{
    (void)state;
    struct audio_mixer *m = audio_mixer_new(RATE, 1);
    struct audio_pcm *p = ramp(RATE, RATE, 1);
    audio_mixer_play(m, 0, p, 0);
    for (int v = 1; v < AUDIO_MIXER_VOICES; v++)
        assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0), v);
    audio_mixer_play(m, 3, p, 0); // 3 starts again: now the newest
    assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0), 1);
    assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0), 2);
    assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0), 4);
    audio_mixer_stop(m, 5);
    assert_false(audio_mixer_playing(m, 5));
    assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_ANY, p, 0), 5);
    assert_int_equal(audio_mixer_play(m, AUDIO_MIXER_VOICES, p, 0), -1);
    assert_int_equal(audio_mixer_play(m, 1, NULL, 0), -1);
    audio_mixer_stop(m, AUDIO_MIXER_ALL);
    assert_false(audio_mixer_playing(m, AUDIO_MIXER_ALL));
    int16_t out[64];
    assert_int_equal(audio_mixer_render(m, out, 64), 0u);
    for (size_t k = 0; k < 64; k++)
        assert_int_equal(out[k], 0);
    audio_pcm_free(p);
    audio_mixer_free(m);
}

// A cue made as it plays sounds exactly as the cue made at once, and
// only at the mixer's rate.
static void cue_stream_plays(void **state)
{
    (void)state;
    struct audio_mixer *m = audio_mixer_new(RATE, 2);
    struct audio_pcm *bell = audio_cue_make(AUDIO_CUE_BELL, RATE);
    struct audio_cue_stream st;
    assert_true(audio_cue_stream_init(&st, AUDIO_CUE_BELL, RATE));
    assert_int_equal(audio_mixer_play_cue(m, AUDIO_MIXER_ANY, &st, 100), 1);
    size_t n = bell->frames + 400;
    int16_t *out = xcalloc(2 * n, sizeof(*out));
    unsigned ended = 0;
    for (size_t k = 0; k < n; k += 512)
        ended |= audio_mixer_render(m, out + 2 * k, k + 512 < n ? 512 : n - k);
    assert_int_equal(ended, 1u << 1);
    for (size_t k = 0; k < n; k++) {
        int want =
            k >= 100 && k < 100 + bell->frames ? bell->samples[k - 100] : 0;
        assert_int_equal(out[2 * k], want);
        assert_int_equal(out[2 * k + 1], want);
    }
    struct audio_cue_stream slow;
    assert_true(audio_cue_stream_init(&slow, AUDIO_CUE_TICK, 22050));
    assert_int_equal(audio_mixer_play_cue(m, 1, &slow, 0), -1);
    assert_false(audio_mixer_playing(m, AUDIO_MIXER_ALL));
    free(out);
    audio_pcm_free(bell);
    audio_mixer_free(m);
}

// Speech made at 22050 Hz plays at 48000 Hz as long as it was and as
// clean: a 1 kHz tone comes out within 0.2 % of the ideal tone.
static void resamples_cleanly(void **state)
{
    (void)state;
    struct audio_mixer *m = audio_mixer_new(RATE, 1);
    struct audio_pcm *p = sine(0.5, 22050, 1000, 20000);
    audio_mixer_play(m, 0, p, 0);
    size_t n = RATE; // more than enough
    int16_t *out = xcalloc(n, sizeof(*out));
    unsigned ended = 0;
    for (size_t k = 0; k < n; k += 480)
        ended |= audio_mixer_render(m, out + k, 480);
    assert_int_equal(ended, 1u);
    size_t want_len = (size_t)ceil((double)p->frames * RATE / 22050);
    size_t len = 0;
    double worst = 0;
    for (size_t k = 0; k < n; k++) {
        if (out[k])
            len = k + 1;
        double ideal = 20000 * sin(2 * M_PI * 1000 * (double)k / RATE);
        if (k > 4 && k < want_len - 4) // the held ends are not a sine
            worst = fmax(worst, fabs(out[k] - ideal));
    }
    print_message("length %zu (want %zu), worst error %.1f\n", len, want_len,
                  worst);
    assert_in_range(len, want_len - 3, want_len + 1);
    assert_true(worst < 40); // 0.2 % of 20000
    free(out);
    audio_pcm_free(p);
    audio_mixer_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_rate_exact),
        cmocka_unit_test(gain_sum_and_clip),
        cmocka_unit_test(any_voice_takes_oldest),
        cmocka_unit_test(cue_stream_plays),
        cmocka_unit_test(resamples_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
