// The sound device is open only while a routine plays (sound.h): home,
// lists, the finish screen once its sound has rung out and an idle kiosk
// have no audio subsystem, no mixer thread and no speech worker. A device
// that goes away mid-routine leaves it playing silently, with the note,
// until one comes back. Headless, on SDL's dummy audio driver, which runs
// a real mixer thread.

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "kiosk_config.h"
#include "sound_control.h"

#define IDLE_MS 90000

static struct harness t;

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

// Whether a thread of this process has a name that begins with prefix.
static bool thread_named(const char *prefix)
{
    DIR *d = opendir("/proc/self/task");
    assert_non_null(d);
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[300], name[64] = "";
        snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue; // it ended meanwhile
        if (fgets(name, sizeof name, f))
            found = strncmp(name, prefix, strlen(prefix)) == 0;
        fclose(f);
    }
    closedir(d);
    return found;
}

// Whether the device's thread has named itself within a second: SDL's new
// thread sets its own name once it runs, a moment after the open returns.
static bool audio_thread_soon(void)
{
    for (int waited = 0; waited < 1000; waited += 5) {
        if (thread_named("SDLAudio"))
            return true;
        SDL_Delay(5);
    }
    return false;
}

// SDL's audio subsystem and its device's thread ("SDLAudioP2" and the
// like) are both up, or both down. (Not the speech worker's name: espeak-ng's
// own threads, started once a process, inherit it and stay, asleep.)
static void assert_device(bool open)
{
    if (open) {
        assert_int_not_equal(SDL_WasInit(SDL_INIT_AUDIO), 0);
        assert_true(audio_thread_soon());
    } else {
        assert_int_equal(SDL_WasInit(SDL_INIT_AUDIO), 0);
        assert_false(thread_named("SDLAudio"));
    }
    assert_int_equal(sound_control_available(t.app), open);
}

// Lets real time pass for the device, handling the app's SDL events (the
// speech worker's lines, the mixer's "a sound has ended") meanwhile,
// until the device has closed or ms have passed.
static void wait_for_close(int ms)
{
    Uint64 end = SDL_GetTicks64() + (Uint64)ms;
    while (SDL_WasInit(SDL_INIT_AUDIO) && SDL_GetTicks64() < end) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev))
            app_handle(t.app, &ev);
        SDL_Delay(5);
    }
}

// Home, then the first group's first routine: Return three times.
static void open_and_start(void)
{
    harness_open(&t, 1280, 800, "en", NULL, -1);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN); // Start
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_device(true);
}

static int setup(void **state)
{
    (void)state;
    harness_init(&t, APP_TEST_DATA);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    harness_done(&t);
    return 0;
}

// Home and the screens behind it open nothing.
static void test_idle_home(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    assert_device(false);
    harness_key(&t, SDLK_RETURN); // a muscle group's list
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_LIST);
    harness_key(&t, SDLK_RETURN); // a routine's overview
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
    harness_key(&t, SDLK_m); // the sound keys are only numbers meanwhile
    harness_key(&t, SDLK_m);
    harness_key(&t, SDLK_MINUS);
    harness_key(&t, SDLK_PLUS);
    harness_advance(&t, 60000);
    assert_device(false);
    harness_close(&t);
}

// The player opens the device; stopping closes it at once (nothing plays after
// a stop); a routine played to its end closes it on the finish screen once the
// finish sound has rung out; home has none.
static void test_open_while_playing(void **state)
{
    (void)state;
    open_and_start();
    harness_advance(&t, 1000);
    harness_key(&t, SDLK_ESCAPE); // pauses
    harness_key(&t, SDLK_ESCAPE); // stops
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_device(false);

    // Again, to the end this time: the finish sound plays out first.
    harness_close(&t);
    struct app_config cfg = {
        .lib = t.lib,
        .lang = "en",
        .routine = library_find(t.lib, "app-eyes"),
        .muscle = -1,
        .width = 1280,
        .height = 800,
        .hidden = true,
    };
    assert_non_null(cfg.routine);
    char err[256];
    t.app = app_new(&cfg, (struct clock){fake_now, &t}, err, sizeof err);
    assert_non_null(t.app);
    harness_frame(&t);
    assert_device(true);
    for (int s = 0; s < 600 && app_current_screen(t.app) == APP_SCREEN_PLAYER;
         s++)
        harness_advance(&t, 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_int_not_equal(SDL_WasInit(SDL_INIT_AUDIO), 0); // the finish sound
    wait_for_close(5000);
    assert_device(false);
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_device(false);

    // And again: the device opens as often as it is needed.
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    assert_device(true);
    harness_close(&t);
    assert_int_equal(SDL_WasInit(SDL_INIT_AUDIO), 0);
}

// Muted, a routine opens no device: there is nothing to hear. Unmuting
// opens it where the routine is; muting again closes it at once.
static void test_muted_no_device(void **state)
{
    (void)state;
    harness_open(&t, 1280, 800, "en", NULL, -1);
    harness_key(&t, SDLK_m);
    assert_true(sound_control_muted(t.app));
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN); // Start
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_device(false);
    harness_advance(&t, 3000);
    harness_key(&t, SDLK_m);
    assert_false(sound_control_muted(t.app));
    assert_device(true);
    harness_key(&t, SDLK_m);
    assert_device(false);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    harness_key(&t, SDLK_m); // unmuted again, as the other tests expect
    harness_key(&t, SDLK_ESCAPE);
    harness_key(&t, SDLK_ESCAPE);
    harness_key(&t, SDLK_ESCAPE);
    assert_device(false);
    harness_close(&t);
}

// A kiosk's routine opens the device like any other; abandoned, the
// kiosk goes home and then to its attract screen with none.
static void test_idle_kiosk(void **state)
{
    (void)state;
    struct kiosk_config *kc = kiosk_config_new();
    kc->kiosk = true;
    kc->idle_timeout_ms = IDLE_MS;
    struct app_config cfg = {
        .lib = t.lib,
        .lang = "en",
        .muscle = -1,
        .hidden = true,
        .kiosk = kc,
    };
    char err[256];
    t.app = app_new(&cfg, (struct clock){fake_now, &t}, err, sizeof err);
    assert_non_null(t.app);
    harness_frame(&t);
    SDL_GetRendererOutputSize(app_renderer(t.app), &t.w, &t.h);
    assert_device(false);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
    assert_device(true);
    harness_key(&t, SDLK_SPACE); // paused, and the visitor walks away
    harness_advance(&t, IDLE_MS);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_HOME);
    assert_device(false);
    for (int s = 0; s < 200 && app_current_screen(t.app) == APP_SCREEN_HOME;
         s++)
        harness_advance(&t, 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
    assert_device(false);
    harness_close(&t);
    kiosk_config_free(kc);
}

// Hands the app what SDL says about an output device, as SDL would.
static void device_event(Uint32 type)
{
    SDL_Event ev = {.type = type};
    ev.adevice.which = type == SDL_AUDIODEVICEREMOVED ? 2 : 0;
    ev.adevice.iscapture = 0;
    assert_int_equal(SDL_PushEvent(&ev), 1);
    SDL_Event got;
    while (SDL_PollEvent(&got))
        app_handle(t.app, &got);
    harness_frame(&t);
}

// The device goes away in the middle of a routine: the routine plays on
// with the note, SDL's audio stays up to hear of the next device, and
// when one comes the sound is back (the note goes). The note comes again
// at the next loss.
static void test_device_lost_and_back(void **state)
{
    (void)state;
    open_and_start();
    assert_false(harness_find_text(&t, "no sound device", NULL));
    harness_advance(&t, 1000);
    for (int round = 0; round < 2; round++) {
        device_event(SDL_AUDIODEVICEREMOVED);
        assert_false(sound_control_available(t.app));
        assert_int_not_equal(SDL_WasInit(SDL_INIT_AUDIO), 0);
        assert_true(harness_find_text(&t, "no sound device", NULL));
        harness_advance(&t, 3000); // the routine goes on
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
        device_event(SDL_AUDIODEVICEADDED);
        assert_device(true);
        assert_false(harness_find_text(&t, "no sound device", NULL));
        harness_advance(&t, 1000);
    }
    // Lost again, and the routine stopped: nothing is wanted any more, so
    // a device that comes opens nothing.
    device_event(SDL_AUDIODEVICEREMOVED);
    harness_key(&t, SDLK_ESCAPE);
    harness_key(&t, SDLK_ESCAPE);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
    assert_device(false);
    device_event(SDL_AUDIODEVICEADDED);
    assert_device(false);
    harness_close(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_idle_home),
        cmocka_unit_test(test_open_while_playing),
        cmocka_unit_test(test_muted_no_device),
        cmocka_unit_test(test_idle_kiosk),
        cmocka_unit_test(test_device_lost_and_back),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
