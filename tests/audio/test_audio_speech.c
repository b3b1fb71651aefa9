// The speech helper (limber-voice): lines come back as the voice makes
// them, a bad language is a reason and not a lost helper, a helper that
// dies or is missing is said so, and stopping leaves no process behind.

#include "test_util.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "audio_speech.h"
#include "audio_voice.h"

// No child of this process is left, running or unreaped.
static void assert_no_children(void)
{
    errno = 0;
    assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
    assert_int_equal(errno, ECHILD);
}

static void use_helper(const char *path)
{
    setenv(AUDIO_SPEECH_HELPER_ENV, path, 1);
}

static void speaks_lines(void **state)
{
    (void)state;
    if (!audio_voice_built_in())
        skip();
    use_helper(SPEECH_HELPER);
    const char *why = NULL;
    struct audio_speaker *sp = audio_speaker_start(&why);
    assert_non_null(sp);
    char reason[160];
    bool gone = false;
    struct audio_pcm *en = audio_speaker_say(sp, 0, "en", "Stand facing a wall",
                                             reason, sizeof reason, &gone);
    assert_non_null(en);
    assert_false(gone);
    // As the voice makes it in this process: the helper adds nothing.
    struct audio_voice *v = audio_voice_new(0, &why);
    assert_non_null(v);
    struct audio_pcm *here =
        audio_voice_say(v, "en", "Stand facing a wall", &why);
    assert_non_null(here);
    assert_int_equal(en->rate, here->rate);
    assert_int_equal(en->frames, here->frames);
    assert_memory_equal(en->samples, here->samples,
                        en->frames * sizeof(int16_t));
    audio_pcm_free(here);
    audio_voice_free(v);

    // A language without a voice: a reason, and the helper goes on.
    assert_null(audio_speaker_say(sp, 0, "zz-nothing", "hello", reason,
                                  sizeof reason, &gone));
    assert_false(gone);
    assert_non_null(strstr(reason, "no voice"));
    struct audio_pcm *uk = audio_speaker_say(sp, 0, "uk", "Розтяжка литки",
                                             reason, sizeof reason, &gone);
    assert_non_null(uk);
    assert_true(audio_pcm_ms(uk) > 300);
    audio_pcm_free(uk);
    audio_pcm_free(en);
    audio_speaker_stop(sp);
    assert_no_children();
}

// A helper that ends without answering: said, and every later line fails
// at once rather than wait.
static void helper_that_dies(void **state)
{
    (void)state;
    use_helper("/bin/true");
    const char *why = NULL;
    struct audio_speaker *sp = audio_speaker_start(&why);
    assert_non_null(sp);
    char reason[160];
    bool gone = false;
    assert_null(
        audio_speaker_say(sp, 0, "en", "hello", reason, sizeof reason, &gone));
    assert_true(gone);
    assert_non_null(strstr(reason, "stopped answering"));
    gone = false;
    assert_null(
        audio_speaker_say(sp, 0, "en", "again", reason, sizeof reason, &gone));
    assert_true(gone);
    audio_speaker_stop(sp);
    assert_no_children();
}

struct stuck_say {
    struct audio_speaker *sp;
    bool gone;
    struct audio_pcm *pcm;
};

static void *say_in_thread(void *ctx)
{
    struct stuck_say *st = ctx;
    char reason[160];
    st->pcm = audio_speaker_say(st->sp, 0, "en", "hello", reason, sizeof reason,
                                &st->gone);
    return NULL;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// A helper that never answers (nor ends): a line being waited for is
// interrupted from another thread, and stopping kills the helper after
// AUDIO_SPEECH_STOP_MS rather than wait for ever.
static void helper_that_hangs(void **state)
{
    (void)state;
    char *dir = test_make_dir();
    char *script = test_write_file(dir, "hang", "#!/bin/sh\nexec sleep 60\n");
    assert_int_equal(chmod(script, 0755), 0);
    use_helper(script);
    const char *why = NULL;
    struct stuck_say st = {0};
    st.sp = audio_speaker_start(&why);
    assert_non_null(st.sp);
    pthread_t thread;
    assert_int_equal(pthread_create(&thread, NULL, say_in_thread, &st), 0);
    usleep(100 * 1000);
    double t0 = now_s();
    audio_speaker_interrupt(st.sp);
    pthread_join(thread, NULL);
    assert_null(st.pcm);
    assert_true(st.gone);
    audio_speaker_stop(st.sp);
    double took = now_s() - t0;
    print_message("interrupted and stopped in %.2f s\n", took);
    assert_true(took < AUDIO_SPEECH_STOP_MS / 1000.0 + 1.0);
    assert_no_children();
    test_remove_tree(dir);
    free(script);
    free(dir);
}

static void helper_missing(void **state)
{
    (void)state;
    use_helper("/nonexistent/limber-voice");
    const char *why = NULL;
    assert_null(audio_speaker_start(&why));
    assert_string_equal(why, "cannot start limber-voice");
    assert_no_children();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speaks_lines),
        cmocka_unit_test(helper_that_dies),
        cmocka_unit_test(helper_that_hangs),
        cmocka_unit_test(helper_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
