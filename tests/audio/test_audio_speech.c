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

extern char **environ;

static void use_helper(const char *path)
{
    setenv(AUDIO_SPEECH_HELPER_ENV, path, 1);
}

// The helper named by use_helper, in this environment.
static struct audio_speaker *start(const char **why)
{
    char *path = audio_speech_helper_path();
    struct audio_speaker *sp = audio_speaker_start(path, environ, why);
    free(path);
    return sp;
}

static void speaks_lines(void **state)
{
    (void)state;
    if (!audio_voice_built_in())
        skip();
    use_helper(SPEECH_HELPER);
    const char *why = NULL;
    struct audio_speaker *sp = start(&why);
    assert_non_null(sp);
    char reason[160];
    bool gone = false;
    struct audio_pcm *en = audio_speaker_say(sp, "en", "Stand facing a wall",
                                             reason, sizeof reason, &gone);
    assert_non_null(en);
    assert_false(gone);
    // As the voice makes it in this process: the helper adds nothing.
    struct audio_voice *v = audio_voice_new(&why);
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
    assert_null(audio_speaker_say(sp, "zz-nothing", "hello", reason,
                                  sizeof reason, &gone));
    assert_false(gone);
    assert_non_null(strstr(reason, "no voice"));
    struct audio_pcm *uk = audio_speaker_say(sp, "uk", "Розтяжка литки", reason,
                                             sizeof reason, &gone);
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
    struct audio_speaker *sp = start(&why);
    assert_non_null(sp);
    char reason[160];
    bool gone = false;
    assert_null(
        audio_speaker_say(sp, "en", "hello", reason, sizeof reason, &gone));
    assert_true(gone);
    assert_non_null(strstr(reason, "stopped answering"));
    gone = false;
    assert_null(
        audio_speaker_say(sp, "en", "again", reason, sizeof reason, &gone));
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
    st->pcm = audio_speaker_say(st->sp, "en", "hello", reason, sizeof reason,
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
    st.sp = start(&why);
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
    assert_null(start(&why));
    assert_string_equal(why, "cannot start limber-voice");
    assert_no_children();
}

// A field of /proc/PID/status as a number ("SigBlk", "SigIgn": hex).
static unsigned long long status_field(int pid, const char *name)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    unsigned long long v = ~0ull;
    size_t n = strlen(name);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, name, n) == 0 && line[n] == ':')
            v = strtoull(line + n + 1, NULL, 16);
    }
    fclose(f);
    return v;
}

// The helper is started where SDL starts it, from a thread that blocks
// every signal, and here also ignores SIGINT and SIGTERM.
static void *start_blocked(void *ctx)
{
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    const char *why = NULL;
    *(struct audio_speaker **)ctx = start(&why);
    return NULL;
}

// Yet it runs with no signal blocked and none ignored but the SIGPIPE it
// ignores itself: SIGTERM ends it.
static void helper_signals_clean(void **state)
{
    (void)state;
    if (!audio_voice_built_in())
        skip();
    use_helper(SPEECH_HELPER);
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_int, old_term;
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGTERM, &ign, &old_term);
    struct audio_speaker *sp = NULL;
    pthread_t thread;
    assert_int_equal(pthread_create(&thread, NULL, start_blocked, &sp), 0);
    pthread_join(thread, NULL);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    assert_non_null(sp);
    // One line answered: the helper is past its own start.
    char reason[160];
    bool gone = false;
    struct audio_pcm *pcm =
        audio_speaker_say(sp, "en", "hello", reason, sizeof reason, &gone);
    assert_non_null(pcm);
    audio_pcm_free(pcm);
    int pid = audio_speaker_pid(sp);
    unsigned long long blocked = status_field(pid, "SigBlk");
    unsigned long long ignored = status_field(pid, "SigIgn");
    print_message("helper SigBlk %016llx SigIgn %016llx\n", blocked, ignored);
    assert_int_equal(blocked, 0);
    // Of the signals a program can be sent (1..31 and SIGRTMIN on), only
    // SIGPIPE; glibc keeps its two internal ones between them (32 and 33:
    // SIGCANCEL, SIGSETXID) ignored across posix_spawn, by design.
    unsigned long long internal = 0;
    for (int sig = 32; sig < SIGRTMIN; sig++)
        internal |= 1ull << (sig - 1);
    assert_int_equal(ignored & ~internal, 1ull << (SIGPIPE - 1));
    assert_int_equal(kill(pid, SIGTERM), 0);
    int wstatus = 0;
    assert_int_equal(waitpid(pid, &wstatus, 0), pid);
    assert_true(WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGTERM);
    audio_speaker_stop(sp); // its pid is reaped: only closes and frees
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speaks_lines),
        cmocka_unit_test(helper_that_dies),
        cmocka_unit_test(helper_that_hangs),
        cmocka_unit_test(helper_missing),
        cmocka_unit_test(helper_signals_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
