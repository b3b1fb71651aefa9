// The spoken lines: which ones the session wants soon, the worker thread
// that has the limber-voice helper speak them and converts them to the
// device's format, and their playing on the voice channel.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_phrase.h"
#include "audio_speech.h"
#include "audio_track.h"
#include "sound_private.h"
#include "xalloc.h"

// "well done" starts this long into the finish sound, as in the track.
#define WELL_DONE_DELAY_MS 100
// How many work phases ahead of the session the worker speaks: the next
// one's line is made while the phase before it plays (it takes the
// helper's start and a few milliseconds, under 30 ms, where a phase is a
// second or more), and a long routine's speech is never held at once.
#define LINES_AHEAD 1

// One line the worker is asked to speak: copies of what it needs, so the
// main thread may drop the routine, or close the device, meanwhile.
struct sound_job {
    unsigned generation;
    char lang[16];
    size_t index;
    char *text;
    int lead_ms;
    struct sound_format format;
    struct sound_job *next;
};

// The worker's answer for one line, carried by an SDL user event (code:
// the generation, data1: this).
struct spoken {
    size_t index;
    Uint8 *buf;    // SDL_malloc'd, in the device's format; NULL when it
    Uint32 bytes;  // could not be spoken
    char why[160]; // why not
};

extern char **environ;

// Spoken lines alive in this process, made ahead or playing, and the most
// at once (for tests).
static size_t line_chunks, line_chunks_peak;

size_t sound_line_chunks(void)
{
    return line_chunks;
}

size_t sound_line_chunks_peak(void)
{
    size_t peak = line_chunks_peak;
    line_chunks_peak = line_chunks;
    return peak;
}

// --- the worker -----------------------------------------------------------

static void jobs_free(struct sound_job *j)
{
    while (j) {
        struct sound_job *next = j->next;
        free(j->text);
        free(j);
        j = next;
    }
}

static bool still_wanted(struct sound *s, unsigned generation)
{
    SDL_LockMutex(s->lock);
    bool wanted = !s->quit && s->generation == generation;
    SDL_UnlockMutex(s->lock);
    return wanted;
}

static void hand_over(unsigned generation, size_t index, Uint8 *buf,
                      Uint32 bytes, const char *why)
{
    struct spoken *sp = xcalloc(1, sizeof(*sp));
    sp->index = index;
    sp->buf = buf;
    sp->bytes = bytes;
    snprintf(sp->why, sizeof sp->why, "%s", why ? why : "");
    SDL_Event ev = {.type = SOUND_EVENT_LINE};
    ev.user.code = (Sint32)generation;
    ev.user.data1 = sp;
    if (SDL_PushEvent(&ev) != 1) {
        SDL_free(buf);
        free(sp);
    }
}

// Lets sound_speech_stop interrupt the helper the worker waits for.
static void publish(struct sound *s, struct audio_speaker *speaker)
{
    SDL_LockMutex(s->lock);
    s->speaker = speaker;
    SDL_UnlockMutex(s->lock);
}

static bool no_jobs(struct sound *s)
{
    SDL_LockMutex(s->lock);
    bool none = !s->jobs;
    SDL_UnlockMutex(s->lock);
    return none;
}

// Speaks one job with the helper and converts it: the buffer, or NULL
// with why.
static Uint8 *speak(struct audio_speaker *speaker, const struct sound_job *job,
                    Uint32 *bytes, char *why, size_t why_size, bool *gone)
{
    struct audio_pcm *pcm =
        audio_speaker_say(speaker, job->lang, job->text, why, why_size, gone);
    if (!pcm)
        return NULL;
    Uint8 *buf = NULL;
    if (!sound_chunk_convert(pcm, job->lead_ms, &job->format, &buf, bytes))
        snprintf(why, why_size, "cannot convert speech: %s", SDL_GetError());
    audio_pcm_free(pcm);
    return buf;
}

// The worker: it hands each line to the speech helper (audio_speech.h),
// which it starts when lines are asked for and ends as soon as none are
// left, so that espeak-ng lives only while it has work. If the helper
// cannot start or dies, the lines of this opening fail with why. It reads
// no environment: the helper's path and environment were made on the
// main thread.
static int worker(void *ctx)
{
    struct sound *s = ctx;
    struct audio_speaker *speaker = NULL;
    char failed[160] = "";
    for (;;) {
        SDL_LockMutex(s->lock);
        while (!s->quit && !s->jobs)
            SDL_CondWait(s->wake, s->lock);
        struct sound_job *job = s->jobs;
        bool quit = s->quit;
        if (!quit) {
            s->jobs = job->next;
            job->next = NULL;
        }
        SDL_UnlockMutex(s->lock);
        if (quit)
            break;
        if (still_wanted(s, job->generation)) {
            const char *start_why = NULL;
            if (!speaker && !failed[0]) {
                speaker = audio_speaker_start(s->helper_path, s->helper_env,
                                              &start_why);
                if (!speaker)
                    snprintf(failed, sizeof failed, "%s", start_why);
                publish(s, speaker);
            }
            char why[160] = "";
            bool gone = false;
            Uint32 bytes = 0;
            Uint8 *buf =
                speaker ? speak(speaker, job, &bytes, why, sizeof why, &gone)
                        : NULL;
            if (gone) {
                snprintf(failed, sizeof failed, "%s", why);
                publish(s, NULL);
                audio_speaker_stop(speaker);
                speaker = NULL;
            }
            hand_over(job->generation, job->index, buf, bytes,
                      buf         ? NULL
                      : failed[0] ? failed
                                  : why);
        }
        jobs_free(job);
        if (speaker && no_jobs(s)) {
            publish(s, NULL);
            audio_speaker_stop(speaker);
            speaker = NULL;
        }
    }
    publish(s, NULL);
    audio_speaker_stop(speaker);
    return 0;
}

// A deep copy of the environment, for the helper.
static char **copy_environment(void)
{
    size_t n = 0;
    while (environ && environ[n])
        n++;
    char **env = xcalloc(n + 1, sizeof(*env));
    for (size_t i = 0; i < n; i++)
        env[i] = xstrdup(environ[i]);
    return env;
}

static void free_environment(char **env)
{
    for (size_t i = 0; env && env[i]; i++)
        free(env[i]);
    free(env);
}

void sound_speech_init(struct sound *s)
{
    s->well_done = SIZE_MAX;
    if (audio_speech_built_in()) {
        s->lock = SDL_CreateMutex();
        s->wake = SDL_CreateCond();
    }
}

void sound_speech_done(struct sound *s)
{
    jobs_free(s->jobs);
    if (s->lock)
        SDL_DestroyMutex(s->lock);
    if (s->wake)
        SDL_DestroyCond(s->wake);
}

void sound_speech_start(struct sound *s)
{
    if (!s->lock || !s->wake || s->thread)
        return;
    s->quit = false;
    // Here, on the main thread: the worker reads neither.
    s->helper_path = audio_speech_helper_path();
    s->helper_env = copy_environment();
    s->thread = SDL_CreateThread(worker, "limber-voice", s);
    if (!s->thread)
        SDL_Log("limber: no voice: %s", SDL_GetError());
}

static void free_spoken(const SDL_Event *ev)
{
    struct spoken *sp = ev->user.data1;
    SDL_free(sp->buf);
    free(sp);
}

void sound_speech_stop(struct sound *s)
{
    if (s->thread) {
        SDL_LockMutex(s->lock);
        s->quit = true;
        // A line being made is not waited for: the helper is told to stop.
        if (s->speaker)
            audio_speaker_interrupt(s->speaker);
        SDL_CondSignal(s->wake);
        SDL_UnlockMutex(s->lock);
        SDL_WaitThread(s->thread, NULL);
        s->thread = NULL;
    }
    free(s->helper_path);
    free_environment(s->helper_env);
    s->helper_path = NULL;
    s->helper_env = NULL;
    if (!s->lock)
        return;
    // A new generation: a line still on its way belongs to no one.
    SDL_LockMutex(s->lock);
    jobs_free(s->jobs); // given but never taken
    s->jobs = NULL;
    s->generation++;
    SDL_UnlockMutex(s->lock);
    // Lines handed over but never taken.
    SDL_Event ev;
    while (SDL_PeepEvents(&ev, 1, SDL_GETEVENT, SOUND_EVENT_LINE,
                          SOUND_EVENT_LINE) > 0)
        free_spoken(&ev);
}

// --- the lines ------------------------------------------------------------

static void free_line_chunk(struct sound_line *l)
{
    if (!l->chunk)
        return;
    Mix_FreeChunk(l->chunk);
    l->chunk = NULL;
    line_chunks--;
}

// The work line the voice channel played, once it has stopped.
static void free_voice_line(struct sound *s)
{
    if (!s->voice_line || sound_device_playing(s, SOUND_VOICE_CHANNEL))
        return;
    Mix_FreeChunk(s->voice_line);
    s->voice_line = NULL;
    line_chunks--;
}

void sound_speech_drop(struct sound *s)
{
    if (s->voice_line) {
        Mix_FreeChunk(s->voice_line);
        s->voice_line = NULL;
        line_chunks--;
    }
    for (size_t i = 0; i < s->line_count; i++) {
        free_line_chunk(&s->lines[i]);
        s->lines[i].asked = false;
        s->lines[i].failed = false;
    }
}

// Marks the lines wanted now: the fixed phrases, and the lines of the
// next LINES_AHEAD work phases from next_phase on.
static void want_lines(struct sound *s)
{
    for (size_t i = 0; i < s->line_count; i++)
        s->lines[i].wanted = s->lines[i].fixed;
    int work = 0;
    for (size_t p = s->next_phase;
         p < s->plan->phase_count && work < LINES_AHEAD; p++) {
        if (s->phase_line[p] == SIZE_MAX)
            continue;
        s->lines[s->phase_line[p]].wanted = true;
        work += s->plan->phases[p].kind == PLAN_WORK;
    }
}

static void ask_line(struct sound *s, size_t index)
{
    struct sound_line *l = &s->lines[index];
    if (!l->wanted || l->chunk || l->asked || l->failed)
        return;
    l->asked = true;
    struct sound_job *job = xcalloc(1, sizeof(*job));
    snprintf(job->lang, sizeof job->lang, "%s", s->lang);
    job->index = index;
    job->text = xstrdup(l->text);
    job->lead_ms = l->lead_ms;
    job->format = s->format;
    SDL_LockMutex(s->lock);
    job->generation = s->generation;
    struct sound_job **tail = &s->jobs;
    while (*tail)
        tail = &(*tail)->next;
    *tail = job;
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
}

// Keeps the worker a few lines ahead of the session: frees the work line
// once it has played and the lines no longer wanted, takes back the ones
// queued but no longer wanted, and asks for the wanted ones not made yet,
// the soonest first.
void sound_speech_ask(struct sound *s)
{
    if (!s->open)
        return;
    free_voice_line(s);
    if (!s->plan || !s->line_count)
        return;
    want_lines(s);
    for (size_t i = 0; i < s->line_count; i++) {
        if (!s->lines[i].wanted)
            free_line_chunk(&s->lines[i]);
    }
    if (!s->thread)
        return;
    SDL_LockMutex(s->lock);
    for (struct sound_job **j = &s->jobs; *j;) {
        struct sound_job *job = *j;
        if (job->index < s->line_count && !s->lines[job->index].wanted) {
            s->lines[job->index].asked = false;
            *j = job->next;
            job->next = NULL;
            jobs_free(job);
        } else {
            j = &job->next;
        }
    }
    SDL_UnlockMutex(s->lock);
    if (!s->voice)
        return;
    for (size_t p = s->next_phase; p < s->plan->phase_count; p++) {
        if (s->phase_line[p] != SIZE_MAX)
            ask_line(s, s->phase_line[p]);
    }
    for (size_t i = 0; i < s->line_count; i++)
        ask_line(s, i); // the fixed phrases behind next_phase
}

// The index of text among the lines, added when new. Takes text.
static size_t add_line(struct sound *s, char *text, int lead_ms, bool fixed)
{
    for (size_t i = 0; i < s->line_count; i++) {
        if (s->lines[i].lead_ms == lead_ms &&
            strcmp(s->lines[i].text, text) == 0) {
            free(text);
            s->lines[i].fixed |= fixed;
            return i;
        }
    }
    s->lines = xrealloc(s->lines, (s->line_count + 1) * sizeof(*s->lines));
    s->lines[s->line_count] =
        (struct sound_line){.text = text, .lead_ms = lead_ms, .fixed = fixed};
    return s->line_count++;
}

void sound_speech_prepare(struct sound *s)
{
    const struct plan *plan = s->plan;
    s->phase_line = xcalloc(plan->phase_count ? plan->phase_count : 1,
                            sizeof(*s->phase_line));
    for (size_t i = 0; i < plan->phase_count; i++) {
        char *text = audio_phrase_for_phase(plan, i, s->lang);
        s->phase_line[i] = text ? add_line(s, text, AUDIO_TRACK_VOICE_DELAY_MS,
                                           plan->phases[i].kind != PLAN_WORK)
                                : SIZE_MAX;
    }
    s->well_done =
        add_line(s, xstrdup(audio_phrase_get(AUDIO_PHRASE_WELL_DONE, s->lang)),
                 WELL_DONE_DELAY_MS, true);
}

void sound_speech_forget(struct sound *s)
{
    // A new generation: the worker drops what it was making for this one.
    if (s->lock) {
        SDL_LockMutex(s->lock);
        s->generation++;
        jobs_free(s->jobs); // an older routine's, never started
        s->jobs = NULL;
        SDL_UnlockMutex(s->lock);
    }
    sound_speech_drop(s);
    for (size_t i = 0; i < s->line_count; i++)
        free(s->lines[i].text);
    free(s->lines);
    free(s->phase_line);
    s->lines = NULL;
    s->phase_line = NULL;
    s->line_count = 0;
    s->well_done = SIZE_MAX;
    s->next_phase = 0;
}

size_t sound_lines_ready(const struct sound *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->line_count; i++)
        n += s->lines[i].chunk != NULL;
    return n;
}

void sound_speech_take(struct sound *s, const SDL_Event *ev)
{
    struct spoken *sp = ev->user.data1;
    if (s->open && (unsigned)ev->user.code == s->generation &&
        sp->index < s->line_count) {
        struct sound_line *l = &s->lines[sp->index];
        l->asked = false;
        l->failed = !sp->buf;
        if (sp->buf && !l->chunk && l->wanted) {
            l->chunk = sound_chunk_take(sp->buf, sp->bytes); // takes buf
            sp->buf = NULL;
            l->failed = !l->chunk;
            if (l->chunk && ++line_chunks > line_chunks_peak)
                line_chunks_peak = line_chunks;
        } else if (!sp->buf && !s->said_why) {
            // Once: the same reason would repeat for every line.
            SDL_Log("limber: no voice: %s (%s)",
                    sp->why[0] ? sp->why : "speech failed", s->lang);
            s->said_why = true;
        }
    }
    free_spoken(ev);
}

void sound_speech_play(struct sound *s, size_t index)
{
    // Not made yet: the phase goes on without it rather than wait.
    if (!s->voice || s->muted || index >= s->line_count ||
        !s->lines[index].chunk)
        return;
    struct sound_line *l = &s->lines[index];
    // The line before, if it still plays, stops here and can go.
    sound_device_stop(s, SOUND_VOICE_CHANNEL);
    free_voice_line(s);
    Mix_Chunk *chunk = l->chunk;
    if (!l->fixed) {
        // Played once: a work line is made again if it recurs.
        s->voice_line = l->chunk;
        l->chunk = NULL;
    }
    sound_device_play(s, SOUND_VOICE_CHANNEL, chunk);
}

void sound_speech_ended(struct sound *s)
{
    sound_speech_ask(s); // frees the line that has played
}
