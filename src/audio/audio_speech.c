#include "audio_speech.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "install_dirs.h"
#include "speech_wire.h"
#include "xalloc.h"

struct audio_speaker {
    pid_t pid;
    int fd; // our end of the socket pair; the helper's stdin and stdout
    bool gone;
    // As a sayer (audio_speaker_sayer): the last reason a line could not
    // be made.
    char why[WIRE_MAX_WHY + 1];
};

bool audio_speech_built_in(void)
{
#ifdef LIMBER_HAVE_VOICE
    return true;
#else
    return false;
#endif
}

static bool executable(const char *path)
{
    return access(path, X_OK) == 0;
}

char *audio_speech_helper_path(void)
{
    const char *env = getenv(AUDIO_SPEECH_HELPER_ENV);
    if (env && *env)
        return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char *p = xasprintf("%s/%s", exe, AUDIO_SPEECH_HELPER);
            if (executable(p))
                return p;
            free(p);
        }
    }
    // Installed: libexec/limber beside the bindir, off the PATH.
    char *dir = install_dir(INSTALL_LIBEXEC);
    char *p = xasprintf("%s/%s", dir, AUDIO_SPEECH_HELPER);
    free(dir);
    if (executable(p))
        return p;
    free(p);
    return NULL;
}

// The helper's signals: none blocked, every one at its default action
// (SIG_IGN survives exec, and the caller may be an SDL thread that blocks
// most of them), so SIGTERM or SIGINT ends it as it ends any program.
static void clean_signals(posix_spawnattr_t *attr)
{
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_init(attr);
    posix_spawnattr_setsigmask(attr, &none);
    posix_spawnattr_setsigdefault(attr, &all);
    posix_spawnattr_setflags(attr,
                             POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
}

struct audio_speaker *audio_speaker_start(const char *path, char *const envp[],
                                          const char **why)
{
    if (!path) {
        *why = "cannot find " AUDIO_SPEECH_HELPER;
        return NULL;
    }
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        *why = "cannot make a socket for " AUDIO_SPEECH_HELPER;
        return NULL;
    }
    // dup2 clears close-on-exec on the copies: the helper keeps 0 and 1.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 1);
    posix_spawnattr_t attr;
    clean_signals(&attr);
    char *argv[] = {(char *)path, NULL};
    pid_t pid;
    int err = posix_spawn(&pid, path, &actions, &attr, argv, envp);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    close(sv[1]);
    if (err != 0) {
        close(sv[0]);
        *why = "cannot start " AUDIO_SPEECH_HELPER;
        return NULL;
    }
    struct audio_speaker *sp = xcalloc(1, sizeof(*sp));
    sp->pid = pid;
    sp->fd = sv[0];
    return sp;
}

int audio_speaker_pid(const struct audio_speaker *sp)
{
    return (int)sp->pid;
}

void audio_speaker_interrupt(struct audio_speaker *sp)
{
    shutdown(sp->fd, SHUT_RDWR);
}

void audio_speaker_stop(struct audio_speaker *sp)
{
    if (!sp)
        return;
    close(sp->fd); // its input ends: it finishes the line and exits
    // A helper stuck in a line must not hold the window up: it has
    // AUDIO_SPEECH_STOP_MS to end by itself.
    pid_t done = 0;
    for (int waited = 0; waited < AUDIO_SPEECH_STOP_MS; waited += 5) {
        done = waitpid(sp->pid, NULL, WNOHANG);
        if (done != 0 && !(done < 0 && errno == EINTR))
            break;
        usleep(5000);
    }
    if (done == 0) {
        kill(sp->pid, SIGKILL);
        while (waitpid(sp->pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    free(sp);
}

static struct audio_pcm *gone(struct audio_speaker *sp, char *why,
                              size_t why_size, bool *is_gone)
{
    sp->gone = true;
    *is_gone = true;
    snprintf(why, why_size, "%s stopped answering", AUDIO_SPEECH_HELPER);
    return NULL;
}

struct audio_pcm *audio_speaker_say(struct audio_speaker *sp, const char *lang,
                                    const char *text, char *why,
                                    size_t why_size, bool *is_gone)
{
    *is_gone = sp->gone;
    if (sp->gone)
        return gone(sp, why, why_size, is_gone);
    size_t lang_len = strlen(lang), text_len = strlen(text);
    if (lang_len > WIRE_MAX_LANG || text_len > WIRE_MAX_TEXT) {
        snprintf(why, why_size, "the line is too long to speak");
        return NULL;
    }
    if (!wire_write_field(sp->fd, lang, lang_len) ||
        !wire_write_field(sp->fd, text, text_len))
        return gone(sp, why, why_size, is_gone);
    uint32_t got_rate, count;
    if (!wire_read_u32(sp->fd, &got_rate) || !wire_read_u32(sp->fd, &count))
        return gone(sp, why, why_size, is_gone);
    if (got_rate == 0) {
        char reason[WIRE_MAX_WHY + 1];
        if (count > WIRE_MAX_WHY || !wire_read(sp->fd, reason, count))
            return gone(sp, why, why_size, is_gone);
        reason[count] = '\0';
        snprintf(why, why_size, "%s", reason);
        return NULL;
    }
    if (got_rate < 8000 || got_rate > 192000 || count == 0 ||
        count > WIRE_MAX_FRAMES)
        return gone(sp, why, why_size, is_gone);
    struct audio_pcm *pcm = audio_pcm_new(count, (int)got_rate);
    if (!wire_read(sp->fd, pcm->samples, count * sizeof(int16_t))) {
        audio_pcm_free(pcm);
        return gone(sp, why, why_size, is_gone);
    }
    return pcm;
}

static struct audio_pcm *say_with(void *ctx, const char *lang, const char *text,
                                  const char **why)
{
    struct audio_speaker *sp = ctx;
    bool is_gone;
    struct audio_pcm *pcm =
        audio_speaker_say(sp, lang, text, sp->why, sizeof sp->why, &is_gone);
    *why = sp->why;
    return pcm;
}

struct audio_say audio_speaker_sayer(struct audio_speaker *sp)
{
    return (struct audio_say){say_with, sp};
}
