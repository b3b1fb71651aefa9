// The built-in cues (clean, soft, distinct), which cue sounds when, the
// phrase table and the WAV writer.

#include "test_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_check.h"
#include "audio_cue.h"
#include "audio_phrase.h"
#include "audio_wav.h"
#include "plan.h"
#include "routine_load.h"
#include "xalloc.h"

static void cues_are_clean_and_soft(void **state)
{
    (void)state;
    static const int rates[] = {AUDIO_RATE_DEFAULT, 44100, 22050};
    for (size_t r = 0; r < sizeof rates / sizeof rates[0]; r++) {
        struct audio_cues *cues = audio_cues_new(rates[r]);
        assert_int_equal(audio_cues_rate(cues), rates[r]);
        assert_null(audio_cues_get(cues, AUDIO_CUE_NONE));
        for (int c = AUDIO_CUE_NONE + 1; c < AUDIO_CUE_COUNT; c++) {
            const struct audio_pcm *pcm = audio_cues_get(cues, c);
            assert_non_null(pcm);
            assert_int_equal(pcm->rate, rates[r]);
            // Long enough to hear, short enough not to swallow a tick.
            assert_in_range(audio_pcm_ms(pcm), 50, 3000);
            double peak = audio_pcm_peak_db(pcm);
            assert_true(peak <= AUDIO_CEILING_DB);
            assert_true(peak >= -20.0);
            // Starts and ends on silence, and never jumps.
            assert_int_equal(pcm->samples[0], 0);
            assert_int_equal(pcm->samples[pcm->frames - 1], 0);
            int64_t n = (int64_t)pcm->frames;
            assert_true(check_max_jump(pcm->samples, 0, n) < CHECK_CLICK);
            // The attack reaches sound within 10 ms.
            int64_t onset = check_onset(pcm->samples, n, 0, n, 0);
            assert_in_range(onset, 0, rates[r] / 100);
        }
        audio_cues_free(cues);
    }
}

// Normalized correlation of two cues, over the shorter one.
static double similarity(const struct audio_pcm *a, const struct audio_pcm *b)
{
    size_t n = a->frames < b->frames ? a->frames : b->frames;
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < n; i++) {
        ab += (double)a->samples[i] * b->samples[i];
        aa += (double)a->samples[i] * a->samples[i];
        bb += (double)b->samples[i] * b->samples[i];
    }
    return fabs(ab) / sqrt(aa * bb);
}

static void cues_are_distinct(void **state)
{
    (void)state;
    struct audio_cues *cues = audio_cues_new(AUDIO_RATE_DEFAULT);
    for (int a = AUDIO_CUE_NONE + 1; a < AUDIO_CUE_COUNT; a++) {
        for (int b = a + 1; b < AUDIO_CUE_COUNT; b++) {
            double s =
                similarity(audio_cues_get(cues, a), audio_cues_get(cues, b));
            if (s >= 0.4)
                fail_msg("%s and %s sound alike (%.2f)", audio_cue_name(a),
                         audio_cue_name(b), s);
        }
    }
    audio_cues_free(cues);
}

// The sound of each cue in plan order.
static enum audio_cue *cue_sounds(const struct plan *p)
{
    enum audio_cue *out = xcalloc(p->cue_count, sizeof(*out));
    for (size_t i = 0; i < p->cue_count; i++)
        out[i] = audio_cue_for(p, i);
    return out;
}

static void cue_choice(void **state)
{
    (void)state;
    struct routine *r = test_load_string(
        "format: 1\nid: cues\ntitle: Cues\nmuscles: [calves]\n"
        "prepare: 2s\nswitch: 0\nsteps:\n"
        "  - {title: A, duration: 2s, sides: both, repeat: 2, rest: 2s}\n"
        "  - {title: B, duration: 1s, cue: bell}\n"
        "  - {title: C, duration: 1s, cue: none}\n"
        "  - {title: D, duration: 1s, cue: gong}\n"
        "  - {title: E, duration: 1s, cue: chime}\n"
        "  - {title: F, duration: 1s, cue: tick}\n",
        NULL);
    struct plan *p = plan_new(r);
    enum audio_cue *got = cue_sounds(p);
    // prepare; A left (tick), A right straight after: switch sound (tick);
    // rest; A left, tick, switch, tick; B..F; finish.
    static const enum audio_cue want[] = {
        AUDIO_CUE_PREPARE, AUDIO_CUE_WORK,  AUDIO_CUE_TICK, AUDIO_CUE_SWITCH,
        AUDIO_CUE_TICK,    AUDIO_CUE_REST,  AUDIO_CUE_WORK, AUDIO_CUE_TICK,
        AUDIO_CUE_SWITCH,  AUDIO_CUE_TICK,  AUDIO_CUE_BELL, AUDIO_CUE_NONE,
        AUDIO_CUE_GONG,    AUDIO_CUE_CHIME, AUDIO_CUE_TICK, AUDIO_CUE_FINISH,
    };
    assert_int_equal(p->cue_count, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < p->cue_count; i++) {
        if (got[i] != want[i])
            fail_msg("cue %zu: %s, want %s", i, audio_cue_name(got[i]),
                     audio_cue_name(want[i]));
    }
    free(got);
    plan_free(p);
    routine_free(r);
}

static void switch_phase_has_switch_sound(void **state)
{
    (void)state;
    struct routine *r = test_load_string(
        "format: 1\nid: sw\ntitle: Sw\nmuscles: [calves]\nprepare: 0\n"
        "steps:\n  - {title: A, duration: 1s, sides: both, cue: chime}\n",
        NULL);
    struct plan *p = plan_new(r);
    enum audio_cue *got = cue_sounds(p);
    // left (chime), switch phase (switch), right (chime), finish.
    assert_int_equal(p->cue_count, 4);
    assert_int_equal(got[0], AUDIO_CUE_CHIME);
    assert_int_equal(got[1], AUDIO_CUE_SWITCH);
    assert_int_equal(got[2], AUDIO_CUE_CHIME);
    assert_int_equal(got[3], AUDIO_CUE_FINISH);
    free(got);
    plan_free(p);
    routine_free(r);
}

// A sound file cue is the live mixer's to decode; the track plays the
// built-in work sound in its place.
static void file_cue_plays_built_in(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    free(test_write_file(dir, "ding.ogg", "not really ogg"));
    char *path = test_write_file(
        dir, "file.yaml",
        "format: 1\nid: file\ntitle: File\nmuscles: [calves]\n"
        "prepare: 0\nsteps:\n  - {title: A, duration: 1s, cue: ding.ogg}\n");
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct routine *r = routine_load_file(path, &diags);
    assert_non_null(r);
    assert_int_equal(r->steps[0].cue, ROUTINE_CUE_FILE);
    struct plan *p = plan_new(r);
    assert_int_equal(audio_cue_for(p, 0), AUDIO_CUE_WORK);
    plan_free(p);
    routine_free(r);
    diag_list_clear(&diags);
    test_remove_tree(dir);
    free(path);
    free(dir);
}

static void phrases(void **state)
{
    (void)state;
    char *path = xasprintf("%s/good/timeline-sample.yaml", TEST_DATA);
    char *yaml = test_read_file(path);
    assert_non_null(yaml);
    struct routine *r = test_load_string(yaml, NULL);
    struct plan *p = plan_new(r);
    // prepare, left, switch, right, rest, left, switch, right, short, right
    assert_null(audio_phrase_for_phase(p, 0, "en"));
    static const struct {
        size_t phase;
        const char *en, *uk;
    } want[] = {
        {1, "Calf stretch. Left side.", "Розтяжка литки. Лівий бік."},
        {2, "Switch sides", "Змініть бік"},
        {3, "Calf stretch. Right side.", "Розтяжка литки. Правий бік."},
        {4, "Rest", "Відпочинок"},
        {8, "Short hold", "Short hold"},
        {9, "Right only. Right side.", "Лише праворуч. Правий бік."},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        char *en = audio_phrase_for_phase(p, want[i].phase, "en");
        char *uk = audio_phrase_for_phase(p, want[i].phase, "uk");
        assert_string_equal(en, want[i].en);
        assert_string_equal(uk, want[i].uk);
        free(en);
        free(uk);
    }
    assert_string_equal(audio_phrase_get(AUDIO_PHRASE_WELL_DONE, "uk"),
                        "Чудова робота");
    // Regional tags find their language; one the table lacks speaks
    // English phrases.
    assert_string_equal(audio_phrase_get(AUDIO_PHRASE_REST, "uk_UA"),
                        "Відпочинок");
    assert_string_equal(audio_phrase_get(AUDIO_PHRASE_REST, "de"), "Rest");
    assert_string_equal(audio_phrase_get(AUDIO_PHRASE_REST, "en-GB"), "Rest");
    plan_free(p);
    routine_free(r);
    free(yaml);
    free(path);
}

static void say_text_wins_over_title(void **state)
{
    (void)state;
    struct routine *r = test_load_string(
        "format: 1\nid: say\ntitle: Say\nmuscles: [calves]\nprepare: 0\n"
        "steps:\n  - title: {en: Title, uk: Назва}\n    duration: 1s\n"
        "    say: {en: Lean in!, uk: Нахиліться}\n    sides: left\n",
        NULL);
    struct plan *p = plan_new(r);
    char *en = audio_phrase_for_phase(p, 0, "en");
    char *uk = audio_phrase_for_phase(p, 0, "uk");
    assert_string_equal(en, "Lean in! Left side.");
    assert_string_equal(uk, "Нахиліться. Лівий бік.");
    free(en);
    free(uk);
    plan_free(p);
    routine_free(r);
}

static uint32_t le32(const unsigned char *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static void wav_writer(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *path = xasprintf("%s/t.wav", dir);
    struct audio_pcm *pcm = audio_pcm_new(5, 22050);
    static const int16_t samples[] = {0, 1, -1, 32767, -32768};
    memcpy(pcm->samples, samples, sizeof samples);
    assert_true(audio_wav_save(path, pcm));

    FILE *f = fopen(path, "rb");
    unsigned char buf[64];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    assert_int_equal(n, 44 + 10);
    assert_memory_equal(buf, "RIFF", 4);
    assert_int_equal(le32(buf + 4), 36 + 10);
    assert_memory_equal(buf + 8, "WAVEfmt ", 8);
    assert_int_equal(le32(buf + 16), 16);
    assert_int_equal(buf[20] | buf[21] << 8, 1); // PCM
    assert_int_equal(buf[22] | buf[23] << 8, 1); // mono
    assert_int_equal(le32(buf + 24), 22050);
    assert_int_equal(le32(buf + 28), 44100);
    assert_int_equal(buf[34] | buf[35] << 8, 16); // bits
    assert_memory_equal(buf + 36, "data", 4);
    assert_int_equal(le32(buf + 40), 10);
    static const unsigned char data[] = {0,    0,    1,    0,    0xff,
                                         0xff, 0xff, 0x7f, 0x00, 0x80};
    assert_memory_equal(buf + 44, data, sizeof data);

    // A folder that does not exist: an error, with errno.
    char *bad = xasprintf("%s/missing/t.wav", dir);
    assert_null(audio_wav_open(bad, 48000, 1));
    assert_true(audio_wav_close(NULL));
    assert_true(audio_wav_max_frames(1) > (uint64_t)48000 * 3600 * 12);
    assert_true(audio_wav_max_frames(1) < (uint64_t)48000 * 3600 * 13);

    audio_pcm_free(pcm);
    audio_pcm_free(NULL);
    audio_cues_free(NULL);
    test_remove_tree(dir);
    free(bad);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cues_are_clean_and_soft),
        cmocka_unit_test(cues_are_distinct),
        cmocka_unit_test(cue_choice),
        cmocka_unit_test(switch_phase_has_switch_sound),
        cmocka_unit_test(file_cue_plays_built_in),
        cmocka_unit_test(phrases),
        cmocka_unit_test(say_text_wins_over_title),
        cmocka_unit_test(wav_writer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
