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

#include "audio_voice.h"
#include "xalloc.h"

extern char **environ;

// Bounds on what crosses the socket, so neither side believes a broken
// peer: a language tag, a line of guidance, a minute of speech.
#define MAX_LANG   32
#define MAX_TEXT   4096
#define MAX_FRAMES (192000 * 60)
#define MAX_WHY    200

struct audio_speaker {
    pid_t pid;
    int fd; // our end of the socket pair; the helper's stdin and stdout
    bool gone;
};

// send() with MSG_NOSIGNAL on a socket, so a helper that has died is an
// error here rather than a SIGPIPE that ends the window; write() on
// anything else (the helper's side, which ignores SIGPIPE).
static bool write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == ENOTSOCK)
            w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

static bool read_all(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r;
        n -= (size_t)r;
    }
    return true;
}

static bool write_u32(int fd, uint32_t v)
{
    return write_all(fd, &v, sizeof v);
}

static bool read_u32(int fd, uint32_t *v)
{
    return read_all(fd, v, sizeof *v);
}

static bool executable(const char *path)
{
    return access(path, X_OK) == 0;
}

static char *helper_path(void)
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
#ifdef LIMBER_LIBEXECDIR
    char *p = xasprintf("%s/%s", LIMBER_LIBEXECDIR, AUDIO_SPEECH_HELPER);
    if (executable(p))
        return p;
    free(p);
#endif
    return NULL;
}

struct audio_speaker *audio_speaker_start(const char **why)
{
    char *path = helper_path();
    if (!path) {
        *why = "cannot find " AUDIO_SPEECH_HELPER;
        return NULL;
    }
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        free(path);
        *why = "cannot make a socket for " AUDIO_SPEECH_HELPER;
        return NULL;
    }
    // dup2 clears close-on-exec on the copies: the helper keeps 0 and 1.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 1);
    char *argv[] = {path, NULL};
    pid_t pid;
    int err = posix_spawn(&pid, path, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(sv[1]);
    free(path);
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
    if (lang_len > MAX_LANG || text_len > MAX_TEXT) {
        snprintf(why, why_size, "the line is too long to speak");
        return NULL;
    }
    if (!write_u32(sp->fd, (uint32_t)lang_len) ||
        !write_all(sp->fd, lang, lang_len) ||
        !write_u32(sp->fd, (uint32_t)text_len) ||
        !write_all(sp->fd, text, text_len))
        return gone(sp, why, why_size, is_gone);
    uint32_t rate, count;
    if (!read_u32(sp->fd, &rate) || !read_u32(sp->fd, &count))
        return gone(sp, why, why_size, is_gone);
    if (rate == 0) {
        char reason[MAX_WHY + 1];
        if (count > MAX_WHY || !read_all(sp->fd, reason, count))
            return gone(sp, why, why_size, is_gone);
        reason[count] = '\0';
        snprintf(why, why_size, "%s", reason);
        return NULL;
    }
    if (rate < 8000 || rate > 192000 || count == 0 || count > MAX_FRAMES)
        return gone(sp, why, why_size, is_gone);
    struct audio_pcm *pcm = audio_pcm_new(count, (int)rate);
    if (!read_all(sp->fd, pcm->samples, count * sizeof(int16_t))) {
        audio_pcm_free(pcm);
        return gone(sp, why, why_size, is_gone);
    }
    return pcm;
}

// One request's field: a length and that many bytes, at most max.
static char *read_field(int fd, uint32_t max)
{
    uint32_t n;
    if (!read_u32(fd, &n) || n > max)
        return NULL;
    char *s = xmalloc(n + 1);
    if (!read_all(fd, s, n)) {
        free(s);
        return NULL;
    }
    s[n] = '\0';
    return s;
}

static bool answer(int fd, const struct audio_pcm *pcm, const char *why)
{
    if (!pcm) {
        size_t n = strlen(why) > MAX_WHY ? MAX_WHY : strlen(why);
        return write_u32(fd, 0) && write_u32(fd, (uint32_t)n) &&
               write_all(fd, why, n);
    }
    return write_u32(fd, (uint32_t)pcm->rate) &&
           write_u32(fd, (uint32_t)pcm->frames) &&
           write_all(fd, pcm->samples, pcm->frames * sizeof(int16_t));
}

int audio_speech_serve(int in_fd, int out_fd)
{
    struct audio_voice *voice = NULL;
    const char *voice_why = NULL;
    bool tried = false, ok = true;
    for (;;) {
        char *lang = read_field(in_fd, MAX_LANG);
        char *text = lang ? read_field(in_fd, MAX_TEXT) : NULL;
        if (!text) {
            free(lang);
            break; // the input ended (or made no sense): done
        }
        // The voice starts at the first line, not before: a helper asked
        // nothing costs nothing.
        if (!tried) {
            voice = audio_voice_new(0, &voice_why);
            tried = true;
        }
        const char *why = voice_why;
        struct audio_pcm *pcm =
            voice ? audio_voice_say(voice, lang, text, &why) : NULL;
        ok = answer(out_fd, pcm, why ? why : "speech failed");
        audio_pcm_free(pcm);
        free(lang);
        free(text);
        if (!ok)
            break;
    }
    audio_voice_free(voice);
    return ok ? 0 : 1;
}
