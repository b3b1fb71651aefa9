#include "sound.h"

#include <math.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_cue.h"
#include "audio_mixer.h"
#include "audio_phrase.h"
#include "audio_speech.h"
#include "audio_track.h"
#include "cue_check.h"
#include "xalloc.h"

// Voice 0 is kept for speech, so a new line replaces the one before it;
// cues take any of the others and overlap freely (audio_mixer.h).
#define VOICE_CHANNEL 0
// "well done" starts this long into the finish sound, as in the track.
#define WELL_DONE_DELAY_MS 100
// How many work phases ahead of the session the worker speaks: the next
// one's line is made while the phase before it plays (it takes the
// helper's start and a few milliseconds, under 30 ms, where a phase is a
// second or more), and a long routine's speech is never held at once.
#define LINES_AHEAD 1

// One spoken line of the prepared routine. A work phase's line is made
// when it comes within LINES_AHEAD work phases and freed once it has
// played; the fixed phrases (rest, switch sides, well done), which recur,
// are kept while the routine is prepared.
struct line {
    char *text;  // owned
    int lead_ms; // silence before it, so the cue is heard first
    bool fixed;  // a fixed phrase: kept once made
    bool asked;  // queued for the worker, no answer yet
    bool failed; // the worker could not speak it: not asked again
    bool wanted; // scratch for want_lines
    // The worker's buffer at espeak-ng's own rate, NULL until made. A
    // work line's moves to voice_line as it starts to play.
    struct audio_pcm *pcm;
};

// One line the worker is asked to speak: a copy of the text, so the main
// thread may drop the routine while the worker still reads it.
struct job {
    unsigned generation;
    char lang[16];
    size_t index;
    char *text;
    struct job *next;
};

// The worker's answer for one line, carried by an SDL user event (code:
// the generation, data1: this).
struct spoken {
    size_t index;
    struct audio_pcm *pcm; // NULL when it could not be spoken
    char why[160];         // why not
};

struct sound {
    SDL_AudioDeviceID device; // 0 while closed
    bool close_when_quiet;    // close once the last sound has ended
    int volume;               // 0..100
    bool muted, voice;

    // Only under the device's lock while it is open: the callback reads
    // it on SDL's audio thread.
    struct audio_mixer *mixer;
    void (*monitor)(void *ctx, const int16_t *frames, size_t count);
    void *monitor_ctx;

    // The built-in cues, made as they play (audio_cue.h): readied when a
    // routine first needs them (frames 0 until then), at SOUND_RATE, and
    // kept; each is a few numbers, not samples.
    struct audio_cue_stream cues[AUDIO_CUE_COUNT];

    // The prepared routine.
    const struct plan *plan;
    char lang[16];
    struct audio_pcm **step_files; // per step: its decoded cue file, or NULL
    bool files_decoded;            // step_files is made
    struct line *lines;
    size_t line_count;
    size_t *phase_line;           // per phase: index into lines, or SIZE_MAX
    size_t well_done;             // index into lines, or SIZE_MAX
    size_t next_phase;            // the first phase whose line has not started
    struct audio_pcm *voice_line; // a work line VOICE_CHANNEL plays, owned
    bool said_why;                // a speech failure was logged already

    // The speech worker.
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    struct job *jobs; // lines to speak, first first, owned, under lock
    bool quit;        // under lock
    struct audio_speaker *speaker; // the worker's helper, under lock
    unsigned generation; // under lock for the worker; the main thread's copy
};

// Two user events: event_type carries a spoken line from the worker,
// event_type + 1 says that a mixer voice (code) has played to its end.
static Uint32 event_type = (Uint32)-1;

// Spoken lines alive in this process, made ahead or playing, and the most
// at once (for tests).
static size_t line_chunks, line_chunks_peak;

// --- speech worker --------------------------------------------------------

static void jobs_free(struct job *j)
{
    while (j) {
        struct job *next = j->next;
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

static void hand_over(unsigned generation, size_t index, struct audio_pcm *pcm,
                      const char *why)
{
    struct spoken *sp = xcalloc(1, sizeof(*sp));
    sp->index = index;
    sp->pcm = pcm;
    snprintf(sp->why, sizeof sp->why, "%s", why ? why : "");
    SDL_Event ev = {.type = event_type};
    ev.user.code = (Sint32)generation;
    ev.user.data1 = sp;
    if (SDL_PushEvent(&ev) != 1) {
        audio_pcm_free(pcm);
        free(sp);
    }
}

// Lets stop_worker interrupt the helper the worker waits for.
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

// The worker: it hands each line to the speech helper (audio_speech.h),
// which it starts when lines are asked for and ends as soon as none are
// left, so that espeak-ng lives only while it has work. If the helper
// cannot start or dies, the lines of this opening fail with why.
static int worker(void *ctx)
{
    struct sound *s = ctx;
    struct audio_speaker *speaker = NULL;
    char failed[160] = "";
    for (;;) {
        SDL_LockMutex(s->lock);
        while (!s->quit && !s->jobs)
            SDL_CondWait(s->wake, s->lock);
        struct job *job = s->jobs;
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
                speaker = audio_speaker_start(&start_why);
                if (!speaker)
                    snprintf(failed, sizeof failed, "%s", start_why);
                publish(s, speaker);
            }
            char why[160] = "";
            bool gone = false;
            struct audio_pcm *pcm =
                speaker ? audio_speaker_say(speaker, 0, job->lang, job->text,
                                            why, sizeof why, &gone)
                        : NULL;
            if (gone) {
                snprintf(failed, sizeof failed, "%s", why);
                publish(s, NULL);
                audio_speaker_stop(speaker);
                speaker = NULL;
            }
            hand_over(job->generation, job->index, pcm,
                      pcm         ? NULL
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

// --- the device -----------------------------------------------------------

// The mixer's gain for our volume: squared, so the steps sound even (half
// way is a quarter of the amplitude, -12 dB).
static int mixer_gain(const struct sound *s)
{
    if (s->muted)
        return 0;
    double v = s->volume / 100.0;
    return (int)lround(v * v * AUDIO_MIXER_UNITY);
}

// While the device is open its mixer is the audio thread's: every other
// use holds that thread off. Only with a device open.
static void lock(struct sound *s)
{
    SDL_LockAudioDevice(s->device);
}

static void unlock(struct sound *s)
{
    SDL_UnlockAudioDevice(s->device);
}

struct sound *sound_new(bool voice)
{
    struct sound *s = xcalloc(1, sizeof(*s));
    s->volume = 100;
    s->voice = voice;
    s->well_done = SIZE_MAX;
    if (event_type == (Uint32)-1)
        event_type = SDL_RegisterEvents(2);
    if (audio_speech_built_in()) {
        s->lock = SDL_CreateMutex();
        s->wake = SDL_CreateCond();
    }
    return s;
}

// SDL's audio thread, with the device locked: mixes the next buffer and
// tells the main thread, by event, which voices have played out.
static void SDLCALL fill(void *ctx, Uint8 *stream, int len)
{
    struct sound *s = ctx;
    size_t frames = (size_t)len / (sizeof(int16_t) * SOUND_CHANNELS);
    unsigned ended = audio_mixer_render(s->mixer, (int16_t *)stream, frames);
    if (s->monitor)
        s->monitor(s->monitor_ctx, (const int16_t *)stream, frames);
    for (int v = 0; ended; v++, ended >>= 1) {
        if (ended & 1) {
            SDL_Event ev = {.type = event_type + 1};
            ev.user.code = v;
            SDL_PushEvent(&ev);
        }
    }
}

static bool playing(struct sound *s, int voice)
{
    if (!s->device)
        return false;
    lock(s);
    bool on = audio_mixer_playing(s->mixer, voice);
    unlock(s);
    return on;
}

static void stop(struct sound *s, int voice)
{
    if (!s->device)
        return;
    lock(s);
    audio_mixer_stop(s->mixer, voice);
    unlock(s);
}

static void free_line_pcm(struct line *l)
{
    if (!l->pcm)
        return;
    audio_pcm_free(l->pcm);
    l->pcm = NULL;
    line_chunks--;
}

// The work line VOICE_CHANNEL played, once it has stopped.
static void free_voice_line(struct sound *s)
{
    if (!s->voice_line || playing(s, VOICE_CHANNEL))
        return;
    audio_pcm_free(s->voice_line);
    s->voice_line = NULL;
    line_chunks--;
}

// Readies the built-in cues the prepared routine plays, those not ready
// yet (no voice plays a cue before it is).
static void make_cues(struct sound *s)
{
    if (!s->plan)
        return;
    for (size_t i = 0; i < s->plan->cue_count; i++) {
        enum audio_cue c = audio_cue_for(s->plan, i);
        if (!s->cues[c].frames)
            audio_cue_stream_init(&s->cues[c], c, SOUND_RATE);
    }
}

// Decodes the prepared routine's cue files, once, before the device opens:
// SDL_mixer decodes on SDL's dummy driver (cue_check.h), which cannot be
// up beside the real one. One log line for each file that cannot be; its
// built-in cue plays instead.
static void decode_step_files(struct sound *s)
{
    const struct routine *r = s->plan->routine;
    s->files_decoded = true;
    struct cue_check *decoder = NULL;
    for (size_t i = 0; i < r->step_count; i++) {
        const struct step *st = &r->steps[i];
        if (st->cue != ROUTINE_CUE_FILE || !st->cue_file)
            continue;
        if (!s->step_files)
            s->step_files = xcalloc(r->step_count, sizeof(*s->step_files));
        if (!decoder)
            decoder = cue_check_new();
        char why[256];
        s->step_files[i] =
            cue_check_decode(decoder, st->cue_file, why, sizeof why);
        if (!s->step_files[i])
            SDL_Log("limber: %s: cannot play this cue (%s); the built-in "
                    "cue plays instead",
                    st->cue_file, why);
    }
    cue_check_free(decoder);
}

static void ask_for_lines(struct sound *s);

bool sound_open(struct sound *s, char *why, size_t why_size)
{
    if (why_size)
        why[0] = '\0';
    s->close_when_quiet = false;
    if (s->device)
        return true;
    if (s->plan && !s->files_decoded)
        decode_step_files(s);
    // Video is up already; audio on its own, so its failure stays its own.
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, why_size, "no sound: %s", SDL_GetError());
        return false;
    }
    s->mixer = audio_mixer_new(SOUND_RATE, SOUND_CHANNELS);
    audio_mixer_set_gain(s->mixer, mixer_gain(s));
    // Exactly this format: SDL converts to the hardware's if it must.
    SDL_AudioSpec want = {
        .freq = SOUND_RATE,
        .format = AUDIO_S16SYS,
        .channels = SOUND_CHANNELS,
        .samples = SOUND_CHUNK_FRAMES,
        .callback = fill,
        .userdata = s,
    };
    s->device = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
    if (!s->device) {
        snprintf(why, why_size, "no sound device: %s", SDL_GetError());
        audio_mixer_free(s->mixer);
        s->mixer = NULL;
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    make_cues(s);
    SDL_PauseAudioDevice(s->device, 0);

    if (s->lock && s->wake) {
        s->quit = false;
        s->thread = SDL_CreateThread(worker, "limber-voice", s);
        if (!s->thread)
            SDL_Log("limber: no voice: %s", SDL_GetError());
    }
    ask_for_lines(s); // a routine prepared while the device was closed
    return true;
}

bool sound_available(const struct sound *s)
{
    return s && s->device;
}

static void free_event(const SDL_Event *ev)
{
    struct spoken *sp = ev->user.data1;
    audio_pcm_free(sp->pcm);
    free(sp);
}

static void stop_worker(struct sound *s)
{
    if (!s->thread)
        return;
    SDL_LockMutex(s->lock);
    s->quit = true;
    // A line being made is not waited for: the helper is told to stop.
    if (s->speaker)
        audio_speaker_interrupt(s->speaker);
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
    SDL_WaitThread(s->thread, NULL);
    s->thread = NULL;
    jobs_free(s->jobs); // given but never taken
    s->jobs = NULL;
    // Lines handed over but never taken.
    SDL_Event ev;
    while (SDL_PeepEvents(&ev, 1, SDL_GETEVENT, event_type, event_type) > 0)
        free_event(&ev);
}

// Frees the prepared routine's spoken lines, keeping the routine: they are
// made again at the next open. Nothing may be playing them.
static void drop_lines(struct sound *s)
{
    if (s->voice_line) {
        audio_pcm_free(s->voice_line);
        s->voice_line = NULL;
        line_chunks--;
    }
    for (size_t i = 0; i < s->line_count; i++) {
        free_line_pcm(&s->lines[i]);
        s->lines[i].asked = false;
        s->lines[i].failed = false;
    }
}

void sound_close(struct sound *s)
{
    if (!s->device)
        return;
    stop_worker(s);
    // A new generation: a line still on its way belongs to no one.
    if (s->lock) {
        SDL_LockMutex(s->lock);
        s->generation++;
        SDL_UnlockMutex(s->lock);
    }
    SDL_CloseAudioDevice(s->device); // waits for the callback to return
    s->device = 0;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    audio_mixer_free(s->mixer);
    s->mixer = NULL;
    // The voices' last "played out" events speak of a mixer that is gone.
    SDL_FlushEvent(event_type + 1);
    drop_lines(s);
#ifdef __GLIBC__
    // The lines were hundreds of kilobytes in pieces that glibc keeps for
    // reuse; give the pages back, for the screens that play nothing.
    malloc_trim(0);
#endif
    s->close_when_quiet = false;
}

void sound_close_when_quiet(struct sound *s)
{
    if (!s->device)
        return;
    if (!playing(s, AUDIO_MIXER_ALL))
        sound_close(s);
    else
        s->close_when_quiet = true; // fill's event
}

static void free_step_files(struct sound *s)
{
    if (s->plan && s->step_files) {
        for (size_t i = 0; i < s->plan->routine->step_count; i++)
            audio_pcm_free(s->step_files[i]);
    }
    free(s->step_files);
    s->step_files = NULL;
    s->files_decoded = false;
}

void sound_free(struct sound *s)
{
    if (!s)
        return;
    sound_close(s);
    // Forget the routine while the lock still exists: sound_forget takes it.
    sound_forget(s);
    jobs_free(s->jobs);
    if (s->lock)
        SDL_DestroyMutex(s->lock);
    if (s->wake)
        SDL_DestroyCond(s->wake);
    free(s);
}

void sound_set_volume(struct sound *s, int volume, bool muted)
{
    s->volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
    s->muted = muted;
    if (!s->device)
        return;
    lock(s);
    audio_mixer_set_gain(s->mixer, mixer_gain(s));
    unlock(s);
}

void sound_set_monitor(struct sound *s,
                       void (*fn)(void *ctx, const int16_t *frames,
                                  size_t count),
                       void *ctx)
{
    if (s->device)
        lock(s);
    s->monitor = fn;
    s->monitor_ctx = ctx;
    if (s->device)
        unlock(s);
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
    struct line *l = &s->lines[index];
    if (!l->wanted || l->pcm || l->asked || l->failed)
        return;
    l->asked = true;
    struct job *job = xcalloc(1, sizeof(*job));
    snprintf(job->lang, sizeof job->lang, "%s", s->lang);
    job->index = index;
    job->text = xstrdup(l->text);
    SDL_LockMutex(s->lock);
    job->generation = s->generation;
    struct job **tail = &s->jobs;
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
static void ask_for_lines(struct sound *s)
{
    if (!s->device)
        return;
    free_voice_line(s);
    if (!s->plan || !s->line_count)
        return;
    want_lines(s);
    for (size_t i = 0; i < s->line_count; i++) {
        if (!s->lines[i].wanted)
            free_line_pcm(&s->lines[i]);
    }
    if (!s->thread)
        return;
    SDL_LockMutex(s->lock);
    for (struct job **j = &s->jobs; *j;) {
        struct job *job = *j;
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

void sound_set_voice(struct sound *s, bool on)
{
    s->voice = on;
    if (!on)
        stop(s, VOICE_CHANNEL);
    if (on)
        ask_for_lines(s);
}

void sound_forget(struct sound *s)
{
    stop(s, AUDIO_MIXER_ALL);
    // A new generation: the worker drops what it was making for this one.
    if (s->lock) {
        SDL_LockMutex(s->lock);
        s->generation++;
        SDL_UnlockMutex(s->lock);
    }
    drop_lines(s);
    free_step_files(s);
    if (s->lock) {
        SDL_LockMutex(s->lock);
        jobs_free(s->jobs); // an older routine's, never started
        s->jobs = NULL;
        SDL_UnlockMutex(s->lock);
    }
    for (size_t i = 0; i < s->line_count; i++)
        free(s->lines[i].text);
    free(s->lines);
    free(s->phase_line);
    s->lines = NULL;
    s->phase_line = NULL;
    s->line_count = 0;
    s->well_done = SIZE_MAX;
    s->next_phase = 0;
    s->plan = NULL;
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
        (struct line){.text = text, .lead_ms = lead_ms, .fixed = fixed};
    return s->line_count++;
}

static bool has_cue_files(const struct plan *plan)
{
    const struct routine *r = plan->routine;
    for (size_t i = 0; i < r->step_count; i++) {
        if (r->steps[i].cue == ROUTINE_CUE_FILE && r->steps[i].cue_file)
            return true;
    }
    return false;
}

void sound_prepare(struct sound *s, const struct plan *plan, const char *lang)
{
    sound_forget(s);
    s->plan = plan;
    snprintf(s->lang, sizeof s->lang, "%s", lang ? lang : "en");
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
    if (!s->device)
        return; // sound_open does the rest
    if (has_cue_files(plan)) {
        // Its files decode while the device is closed (decode_step_files).
        sound_close(s);
        char why[256];
        if (!sound_open(s, why, sizeof why))
            SDL_Log("limber: %s", why);
        return;
    }
    s->files_decoded = true;
    make_cues(s);
    ask_for_lines(s);
}

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

size_t sound_lines_ready(const struct sound *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->line_count; i++)
        n += s->lines[i].pcm != NULL;
    return n;
}

bool sound_handle_event(struct sound *s, const SDL_Event *ev)
{
    if (event_type == (Uint32)-1)
        return false;
    if (ev->type == event_type + 1) {
        if (s->close_when_quiet && !playing(s, AUDIO_MIXER_ALL))
            sound_close(s);
        else if (ev->user.code == VOICE_CHANNEL)
            ask_for_lines(s); // frees the line that has played
        return true;
    }
    if (ev->type != event_type)
        return false;
    struct spoken *sp = ev->user.data1;
    if (s->device && (unsigned)ev->user.code == s->generation &&
        sp->index < s->line_count) {
        struct line *l = &s->lines[sp->index];
        l->asked = false;
        l->failed = !sp->pcm;
        if (sp->pcm && !l->pcm && l->wanted) {
            l->pcm = sp->pcm; // taken
            sp->pcm = NULL;
            if (++line_chunks > line_chunks_peak)
                line_chunks_peak = line_chunks;
        } else if (!sp->pcm && !s->said_why) {
            // Once: the same reason would repeat for every line.
            SDL_Log("limber: no voice: %s (%s)",
                    sp->why[0] ? sp->why : "speech failed", s->lang);
            s->said_why = true;
        }
    }
    free_event(ev);
    return true;
}

static void play_pcm(struct sound *s, int voice, const struct audio_pcm *pcm,
                     size_t lead)
{
    if (!pcm || s->muted)
        return;
    lock(s);
    audio_mixer_play(s->mixer, voice, pcm, lead);
    unlock(s);
}

static void play_line(struct sound *s, size_t index)
{
    // Not made yet: the phase goes on without it rather than wait.
    if (!s->voice || s->muted || index >= s->line_count || !s->lines[index].pcm)
        return;
    struct line *l = &s->lines[index];
    // The line before, if it still plays, stops here and can go.
    stop(s, VOICE_CHANNEL);
    free_voice_line(s);
    const struct audio_pcm *pcm = l->pcm;
    if (!l->fixed) {
        // Played once: a work line is made again if it recurs.
        s->voice_line = l->pcm;
        l->pcm = NULL;
    }
    play_pcm(s, VOICE_CHANNEL, pcm, (size_t)l->lead_ms * SOUND_RATE / 1000);
}

// Plays plan cue index: its step's own cue file, else the built-in cue.
static void play_cue(struct sound *s, size_t index)
{
    const struct plan *p = s->plan;
    const struct plan_cue *c = &p->cues[index];
    if (c->kind == PLAN_CUE_START && p->phases[c->phase].kind == PLAN_WORK) {
        int step = p->phases[c->phase].step;
        if (s->step_files && s->step_files[step]) {
            play_pcm(s, AUDIO_MIXER_ANY, s->step_files[step], 0);
            return;
        }
    }
    const struct audio_cue_stream *cue = &s->cues[audio_cue_for(p, index)];
    if (!cue->frames || s->muted)
        return; // AUDIO_CUE_NONE
    lock(s);
    audio_mixer_play_cue(s->mixer, AUDIO_MIXER_ANY, cue, 0);
    unlock(s);
}

void sound_play(struct sound *s, const struct session_event *ev)
{
    if (!s->device || !s->plan)
        return;
    switch (ev->kind) {
    case SESSION_PHASE_START:
        if (ev->phase < s->plan->phase_count) {
            play_line(s, s->phase_line[ev->phase]);
            s->next_phase = ev->phase + 1;
            ask_for_lines(s);
        }
        break;
    case SESSION_CUE:
        if (ev->cue >= s->plan->cue_count)
            break;
        play_cue(s, ev->cue);
        if (s->plan->cues[ev->cue].kind == PLAN_CUE_FINISH)
            play_line(s, s->well_done);
        break;
    case SESSION_PAUSED:
        stop(s, AUDIO_MIXER_ALL);
        break;
    case SESSION_ROUTINE_END:
        if (!ev->completed)
            stop(s, AUDIO_MIXER_ALL);
        break;
    default:
        break;
    }
}
