// Sound in the running window (issue 4), headless: SDL's disk audio
// driver writes what SDL_mixer plays to a raw file (S16 in the device's
// format, sound.h),
// and the test finds the cues in it sample by sample. The session runs on
// the harness's fake clock; the device runs in real time.

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <math.h>

#include "audio_cue.h"
#include "audio_speech.h"
#include "audio_wav.h"
#include "harness.h"
#include "settings.h"
#include "sound.h"
#include "sound_control.h"
#include "xalloc.h"

#define RATE SOUND_RATE
#define CH   SOUND_CHANNELS

static char dir[256];    // routines and sound files
static char config[300]; // XDG_CONFIG_HOME
static char raw[300];    // the disk driver's output
static struct harness t;
static struct audio_cues *cues;
static char logged[4096]; // what SDL_Log said since the last open

static void on_log(void *ctx, int category, SDL_LogPriority priority,
                   const char *message)
{
    (void)ctx;
    (void)category;
    (void)priority;
    size_t n = strlen(logged);
    snprintf(logged + n, sizeof logged - n, "%s\n", message);
}

static void write_text(const char *name, const char *text)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

// A 0.3 s 660 Hz tone with soft ends: the custom cue file.
static struct audio_pcm *custom_tone(void)
{
    struct audio_pcm *p = audio_pcm_new(RATE * 3 / 10, RATE);
    for (size_t i = 0; i < p->frames; i++) {
        double env = i < 480               ? i / 480.0
                     : p->frames - i < 480 ? (p->frames - i) / 480.0
                                           : 1.0;
        p->samples[i] =
            (int16_t)(9000 * env * sin(2 * M_PI * 660 * (double)i / RATE));
    }
    return p;
}

static const char *const routine_text =
    "format: 1\nid: %s\ntitle: Sound test\nkind: stretch\n"
    "muscles: [calves]\nprepare: 2s\nsteps:\n"
    "  - title: Reach up slowly with both arms and breathe out\n"
    "    duration: 4s\n%s";

static void make_routine(const char *id, const char *cue_line)
{
    char name[64], text[600];
    snprintf(name, sizeof name, "%s.yaml", id);
    snprintf(text, sizeof text, routine_text, id, cue_line);
    write_text(name, text);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s/limber-sound-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    assert_non_null(mkdtemp(dir));
    snprintf(config, sizeof config, "%s/config", dir);
    snprintf(raw, sizeof raw, "%s/out.raw", dir);
    make_routine("sound-short", "");
    make_routine("sound-file", "    cue: good.wav\n");
    make_routine("sound-broken", "    cue: broken.wav\n");
    char path[400];
    snprintf(path, sizeof path, "%s/good.wav", dir);
    struct audio_pcm *tone = custom_tone();
    assert_true(audio_wav_save(path, tone));
    audio_pcm_free(tone);
    write_text("broken.wav", "RIFF....WAVEthis is not sound");
    setenv("XDG_CONFIG_HOME", config, 1);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    harness_init(&t, dir);
    SDL_LogSetOutputFunction(on_log, NULL);
    cues = audio_cues_new(RATE);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    harness_done(&t);
    audio_cues_free(cues);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : 1;
}

// Back to no remembered settings.
static void forget_settings(void)
{
    char path[400];
    snprintf(path, sizeof path, "%s/limber/settings.yaml", config);
    remove(path);
}

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

// Opens the app on the disk driver, writing a fresh file.
static void open_app(const char *routine_id, const struct app_sound_options *o)
{
    remove(raw);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", raw, 1);
    logged[0] = '\0';
    harness_close(&t);
    struct app_config cfg = {
        .lib = t.lib,
        .lang = "en",
        .routine = routine_id ? library_find(t.lib, routine_id) : NULL,
        .muscle = -1,
        .width = 1280,
        .height = 800,
        .hidden = true,
        .sound = o,
    };
    char err[256];
    t.app = app_new(&cfg, (struct clock){fake_now, &t}, err, sizeof err);
    assert_non_null(t.app);
    t.w = 1280;
    t.h = 800;
    harness_frame(&t);
}

// Lets real time pass for the device, handling the app's SDL events
// (the speech worker's lines) meanwhile.
static void wait_real(int ms)
{
    Uint64 end = SDL_GetTicks64() + (Uint64)ms;
    while (SDL_GetTicks64() < end) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev))
            app_handle(t.app, &ev);
        SDL_Delay(5);
    }
}

// The disk file after the app closed (the device flushed), as frames of
// CH samples.
static int16_t *read_stream(size_t *frames)
{
    harness_close(&t);
    FILE *f = fopen(raw, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    int16_t *x = xmalloc((size_t)size + 4);
    assert_int_equal(fread(x, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    *frames = (size_t)size / (2 * CH);
    return x;
}

// Where the first part of pcm (at most limit frames), scaled by
// num/den, starts in the stream, on the first and last channel within 2 steps
// (SDL converts through floats); -1 when it is not there.
static int64_t find_pcm(const int16_t *x, size_t frames,
                        const struct audio_pcm *pcm, int num, int den,
                        size_t limit)
{
    size_t n = pcm->frames < limit ? pcm->frames : limit;
    size_t peak = 0;
    for (size_t i = 0; i < n; i++)
        peak = abs(pcm->samples[i]) > abs(pcm->samples[peak]) ? i : peak;
    for (size_t k = 0; k + n <= frames; k++) {
        int want = pcm->samples[peak] * num / den;
        if (abs(x[CH * (k + peak)] - want) > 2)
            continue;
        size_t i = 0;
        for (; i < n; i++) {
            int w = pcm->samples[i] * num / den;
            if (abs(x[CH * (k + i)] - w) > 2 ||
                abs(x[CH * (k + i) + CH - 1] - w) > 2)
                break;
        }
        if (i == n)
            return (int64_t)k;
    }
    return -1;
}

static int peak_in(const int16_t *x, size_t frames, size_t from, size_t to)
{
    int peak = 0;
    for (size_t k = from; k < to && k < frames; k++)
        peak = abs(x[CH * k]) > peak ? abs(x[CH * k]) : peak;
    return peak;
}

static const struct app_sound_options full_no_voice = {100, false, true};

// The prepare cue sounds as the routine opens, the work cue when the fake
// clock reaches the work phase, each sample for sample, as far apart in
// the stream as the phase start was in real time.
static void test_cue_at_phase_start(void **state)
{
    (void)state;
    open_app("sound-short", &full_no_voice);
    assert_true(sound_control_available(t.app));
    Uint64 opened = SDL_GetTicks64();
    wait_real(1300); // the prepare cue rings out (1.2 s)
    Uint64 started = SDL_GetTicks64();
    harness_advance(&t, 2000); // the work phase starts
    wait_real(1100);
    size_t frames;
    int16_t *x = read_stream(&frames);

    const struct audio_pcm *prep = audio_cues_get(cues, AUDIO_CUE_PREPARE);
    const struct audio_pcm *work = audio_cues_get(cues, AUDIO_CUE_WORK);
    int64_t k1 = find_pcm(x, frames, prep, 1, 1, SIZE_MAX);
    int64_t k2 = find_pcm(x, frames, work, 1, 1, SIZE_MAX);
    assert_true(k1 >= 0);
    assert_true(k2 > k1);
    // The disk driver paces itself only roughly: within 15% and 40 ms.
    double want_ms = (double)(started - opened);
    double got_ms = (double)(k2 - k1) * 1000.0 / RATE;
    print_message("prepare -> work: %.0f ms in the stream, %.0f ms real\n",
                  got_ms, want_ms);
    assert_true(got_ms > want_ms * 0.85 - 40 && got_ms < want_ms * 1.15 + 40);
    // Nothing else sounds between the two.
    assert_int_equal(peak_in(x, frames, (size_t)k1 + prep->frames, (size_t)k2),
                     0);
    free(x);
}

// Half the volume is a quarter of the amplitude (sound_control.c).
static void test_volume_scales(void **state)
{
    (void)state;
    struct app_sound_options half = {50, false, true};
    open_app("sound-short", &half);
    assert_int_equal(sound_control_volume(t.app), 50);
    wait_real(1300);
    harness_advance(&t, 2000);
    wait_real(1100);
    size_t frames;
    int16_t *x = read_stream(&frames);
    const struct audio_pcm *work = audio_cues_get(cues, AUDIO_CUE_WORK);
    assert_true(find_pcm(x, frames, work, 1, 1, SIZE_MAX) < 0);
    int64_t k = find_pcm(x, frames, work, 32, 128, SIZE_MAX);
    assert_true(k >= 0);
    free(x);
}

// M mutes at once and is remembered; the work cue never reaches the
// stream. M again brings it back.
static void test_mute_key(void **state)
{
    (void)state;
    open_app("sound-short", &full_no_voice);
    wait_real(200);
    harness_key(&t, SDLK_m);
    assert_true(sound_control_muted(t.app));
    harness_advance(&t, 2000);
    wait_real(1100);
    size_t frames;
    int16_t *x = read_stream(&frames);
    const struct audio_pcm *prep = audio_cues_get(cues, AUDIO_CUE_PREPARE);
    const struct audio_pcm *work = audio_cues_get(cues, AUDIO_CUE_WORK);
    assert_true(find_pcm(x, frames, work, 1, 1, SIZE_MAX) < 0);
    // The prepare cue began and was cut off by the mute: silence after.
    int64_t k1 = find_pcm(x, frames, prep, 1, 1, 2400);
    assert_true(k1 >= 0);
    assert_int_equal(peak_in(x, frames, (size_t)k1 + RATE / 2, frames), 0);
    free(x);

    // Remembered: a new window starts muted (no command-line override).
    char path[400];
    snprintf(path, sizeof path, "%s/limber/settings.yaml", config);
    struct settings s;
    struct diag_list diags;
    diag_list_init(&diags, 5);
    assert_true(settings_load(path, &s, &diags));
    assert_true(s.muted);
    open_app(NULL, NULL);
    assert_true(sound_control_muted(t.app));
    harness_key(&t, SDLK_m);
    assert_false(sound_control_muted(t.app));
    harness_advance(&t, SETTINGS_SETTLE_MS); // written once it settles
    assert_true(settings_load(path, &s, &diags));
    assert_false(s.muted);
    diag_list_clear(&diags);
    harness_close(&t);
}

// + and - (and the keypad's) step by 10 between 0 and 100; the on-screen
// buttons do the same, and the voice switch flips.
static void test_keys_and_buttons(void **state)
{
    (void)state;
    forget_settings();
    struct app_sound_options o = {95, false, false};
    open_app(NULL, &o);
    harness_key(&t, SDLK_KP_PLUS);
    assert_int_equal(sound_control_volume(t.app), 100);
    harness_key(&t, SDLK_MINUS);
    assert_int_equal(sound_control_volume(t.app), 90);
    harness_key(&t, SDLK_KP_MINUS);
    harness_key(&t, SDLK_EQUALS);
    assert_int_equal(sound_control_volume(t.app), 90);
    for (int i = 0; i < 12; i++)
        harness_key(&t, SDLK_MINUS);
    assert_int_equal(sound_control_volume(t.app), 0);

    // The home screen's control: the speaker shows the state.
    SDL_Point at;
    assert_true(harness_find_text(&t, "0%", &at));
    harness_touch(&t, at.x, at.y);
    assert_true(sound_control_muted(t.app));
    assert_true(harness_find_text(&t, "Muted", &at));
    harness_touch(&t, at.x, at.y);
    assert_false(sound_control_muted(t.app));
    assert_true(harness_find_text(&t, "Voice on", &at));
    harness_click(&t, at.x, at.y);
    assert_false(sound_control_voice(t.app));
    assert_true(harness_find_text(&t, "Voice off", NULL));
    assert_true(harness_find_text(&t, "+", &at));
    harness_click(&t, at.x, at.y);
    assert_int_equal(sound_control_volume(t.app), 10);

    // The player has the control too, touch-sized; the voice switch was
    // remembered, the volume given on the command line was not.
    harness_close(&t);
    open_app("sound-short", NULL);
    assert_true(harness_find_text(&t, "Voice off", &at));
    assert_int_equal(sound_control_volume(t.app), 10);
    int sized = 0;
    for (size_t i = 0; i < app_button_count(t.app); i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        if (SDL_PointInRect(&at, &r))
            sized = r.h;
    }
    assert_true(sized >= 34); // 9 mm at 96 dpi
    harness_close(&t);
}

// A step's own cue file plays instead of the built-in cue; an
// undecodable one gives one log line and the built-in cue.
static void test_cue_files(void **state)
{
    (void)state;
    open_app("sound-file", &full_no_voice);
    wait_real(1300);
    harness_advance(&t, 2000);
    wait_real(700);
    size_t frames;
    int16_t *x = read_stream(&frames);
    struct audio_pcm *tone = custom_tone();
    assert_true(find_pcm(x, frames, tone, 1, 1, SIZE_MAX) >= 0);
    assert_true(find_pcm(x, frames, audio_cues_get(cues, AUDIO_CUE_WORK), 1, 1,
                         SIZE_MAX) < 0);
    audio_pcm_free(tone);
    free(x);

    open_app("sound-broken", &full_no_voice);
    assert_non_null(strstr(logged, "broken.wav: cannot play this cue"));
    assert_null(strstr(strstr(logged, "cannot play") + 1, "cannot play"));
    wait_real(1300);
    harness_advance(&t, 2000);
    wait_real(1100);
    x = read_stream(&frames);
    assert_true(find_pcm(x, frames, audio_cues_get(cues, AUDIO_CUE_WORK), 1, 1,
                         SIZE_MAX) >= 0);
    free(x);
}

// Spoken guidance follows the work cue after its lead-in; without voice
// the same stretch is silent.
static void test_voice(void **state)
{
    (void)state;
    if (!audio_speech_built_in())
        skip();
    forget_settings();
    for (int voice = 1; voice >= 0; voice--) {
        struct app_sound_options o = {100, false, !voice};
        open_app("sound-short", &o);
        Uint64 opened = SDL_GetTicks64();
        // Speech is made ahead, on the worker, while the lead-in runs.
        Uint64 give_up = SDL_GetTicks64() + 10000;
        while (voice && sound_control_lines_ready(t.app) < 2 &&
               SDL_GetTicks64() < give_up)
            wait_real(20);
        if (voice && sound_control_lines_ready(t.app) < 2)
            fail_msg("no lines: %s", logged);
        print_message("lines ready after %d ms\n",
                      (int)(SDL_GetTicks64() - opened));
        int spent = (int)(SDL_GetTicks64() - opened);
        wait_real(spent < 1300 ? 1300 - spent : 0); // the prepare cue
        harness_advance(&t, 2000);
        wait_real(2000);
        size_t frames;
        int16_t *x = read_stream(&frames);
        const struct audio_pcm *work = audio_cues_get(cues, AUDIO_CUE_WORK);
        // The first 250 ms: before the line starts over the cue.
        int64_t k = find_pcm(x, frames, work, 1, 1, RATE / 4);
        assert_true(k >= 0);
        int speech =
            peak_in(x, frames, (size_t)k + RATE, (size_t)k + RATE * 9 / 5);
        print_message("voice %s: peak %d after the cue\n", voice ? "on" : "off",
                      speech);
        if (voice)
            assert_true(speech > 1000);
        else
            assert_int_equal(speech, 0);
        free(x);
    }
}

// How many processes this one has started that still run (the speech
// helper, limber-voice, is the only kind).
static int children(void)
{
    DIR *d = opendir("/proc");
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        char path[300], line[512];
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        // pid (comm) state ppid ...; comm may hold spaces: after the ')'.
        char *close = fgets(line, sizeof line, f) ? strrchr(line, ')') : NULL;
        int ppid = 0;
        char state = 0;
        if (close && sscanf(close + 1, " %c %d", &state, &ppid) == 2 &&
            ppid == (int)getpid() && state != 'Z')
            n++;
        fclose(f);
    }
    closedir(d);
    return n;
}

// Waits up to ms of real time, handling events, for no child to run.
static bool helper_gone(int ms)
{
    Uint64 end = SDL_GetTicks64() + (Uint64)ms;
    while (children() > 0 && SDL_GetTicks64() < end)
        wait_real(10);
    return children() == 0;
}

// A long routine keeps only a few spoken lines at a time: the worker stays
// a few work phases ahead and each line goes once it has played, yet every
// work phase's line is ready when the phase starts.
static void test_voice_bounded(void **state)
{
    (void)state;
    if (!audio_speech_built_in())
        skip();
    forget_settings();
    static const char *const words[] = {
        "one",   "two",  "three", "four",   "five",   "six",      "seven",
        "eight", "nine", "ten",   "eleven", "twelve", "thirteen", "fourteen"};
    enum { STEPS = sizeof words / sizeof words[0] };
    char text[2048] = "format: 1\nid: sound-long\ntitle: Long\nkind: stretch\n"
                      "muscles: [calves]\nprepare: 2s\nsteps:\n";
    for (int i = 0; i < STEPS; i++) {
        size_t n = strlen(text);
        snprintf(text + n, sizeof text - n,
                 "  - title: Step %s, breathe out\n    duration: 3s\n",
                 words[i]);
    }
    write_text("sound-long.yaml", text);
    char path[400];
    snprintf(path, sizeof path, "%s/sound-long.yaml", dir);
    harness_close(&t);
    assert_true(library_add_file(t.lib, path));

    struct app_sound_options o = {100, false, false};
    open_app("sound-long", &o);
    (void)sound_line_chunks_peak();
    int ready = 0;
    for (int i = 0; i < STEPS; i++) {
        // The next work line (and "well done") is made before its phase.
        Uint64 give_up = SDL_GetTicks64() + 5000;
        while (sound_control_lines_ready(t.app) < 2 &&
               SDL_GetTicks64() < give_up)
            wait_real(20);
        ready += sound_control_lines_ready(t.app) >= 2;
        assert_true(sound_line_chunks() <= 5);
        // The lines ahead are made: the speech helper has ended, and with
        // it espeak-ng's memory.
        assert_true(helper_gone(2000));
        harness_advance(&t, i ? 3000 : 2000);
        wait_real(100);
    }
    size_t peak = sound_line_chunks_peak();
    print_message("%d of %d phases had their line ready; at most %zu lines "
                  "alive\n",
                  ready, STEPS, peak);
    assert_int_equal(ready, STEPS);
    // The next work line, the fixed phrases and the one playing.
    assert_true(peak >= 2 && peak <= 5);
    harness_close(&t);
    assert_int_equal(sound_line_chunks(), 0);
}

// No device: the window opens and plays silently. Home opens no device,
// so it knows nothing yet and says nothing; the first routine tries,
// fails, says so once in a note that goes away by itself, and plays to
// its end; the next routine tries again without saying it again.
static void test_no_device(void **state)
{
    (void)state;
    static const char *const drivers[][2] = {
        {"nosuchdriver", NULL},
        {"disk", "/nonexistent/folder/out.raw"}, // the driver cannot open
    };
    for (size_t i = 0; i < 2; i++) {
        setenv("SDL_AUDIODRIVER", drivers[i][0], 1);
        if (drivers[i][1])
            setenv("SDL_DISKAUDIOFILE", drivers[i][1], 1);
        forget_settings(); // unmuted: the last round ended muted
        logged[0] = '\0';
        harness_open(&t, 1280, 800, "en", NULL, -1);
        assert_false(sound_control_available(t.app));
        assert_null(strstr(logged, "playing without sound"));
        assert_false(harness_find_text(&t, "no sound device", NULL));

        harness_key(&t, SDLK_RETURN);
        harness_key(&t, SDLK_RETURN);
        harness_key(&t, SDLK_RETURN); // Start
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
        assert_false(sound_control_available(t.app));
        char *said = strstr(logged, "playing without sound");
        assert_non_null(said);
        assert_true(harness_find_text(&t, "no sound device", NULL));
        harness_key(&t, SDLK_SPACE); // paused: the note goes, the routine not
        harness_advance(&t, SOUND_CONTROL_NOTE_MS + 100);
        assert_false(harness_find_text(&t, "no sound device", NULL));
        harness_key(&t, SDLK_SPACE);
        // Nothing depends on a device: a routine plays to its end.
        harness_key(&t, SDLK_m);
        int steps = 0;
        while (app_current_screen(t.app) == APP_SCREEN_PLAYER && steps++ < 60)
            harness_advance(&t, 1000);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
        harness_key(&t, SDLK_ESCAPE);
        harness_key(&t, SDLK_RETURN);
        harness_key(&t, SDLK_RETURN);
        harness_key(&t, SDLK_RETURN);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
        assert_null(strstr(said + 1, "playing without sound"));
        assert_false(harness_find_text(&t, "no sound device", NULL));
        harness_close(&t);
    }
    setenv("SDL_AUDIODRIVER", "disk", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cue_at_phase_start),
        cmocka_unit_test(test_volume_scales),
        cmocka_unit_test(test_mute_key),
        cmocka_unit_test(test_keys_and_buttons),
        cmocka_unit_test(test_cue_files),
        cmocka_unit_test(test_voice),
        cmocka_unit_test(test_voice_bounded),
        cmocka_unit_test(test_no_device),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
