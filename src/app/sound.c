#include "sound.h"

#include <math.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_cue.h"
#include "audio_phrase.h"
#include "audio_track.h"
#include "audio_voice.h"
#include "mixer.h"
#include "xalloc.h"

// Channel 0 is kept for the voice, so a new line replaces the one before
// it; cues take any of the others and overlap freely.
#define VOICE_CHANNEL 0
#define CHANNELS      8
#define CUE_GROUP     1 // the other channels
// "well done" starts this long into the finish sound, as in the track.
#define WELL_DONE_DELAY_MS 100
// How many work phases ahead of the session the worker speaks: enough to
// stay ahead of any phase (a line takes tens of milliseconds), few enough
// that a long routine's speech is not all held at once.
#define LINES_AHEAD 3

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
    // The worker's mono buffer, NULL until made: half a stereo chunk's
    // size. It becomes a chunk only as it plays (voice_chunk).
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
    const char *why;       // static: why not
};

struct sound {
    const struct mixer *mix; // SDL_mixer's functions, once loaded
    bool open;
    bool close_when_quiet; // close once the last sound has ended
    int rate, channels;
    Uint16 format;
    int volume; // 0..100
    bool muted, voice;

    Mix_Chunk *cues[AUDIO_CUE_COUNT];

    // The prepared routine.
    const struct plan *plan;
    char lang[16];
    Mix_Chunk **step_files; // per step: its decoded cue file, or NULL
    struct line *lines;
    size_t line_count;
    size_t *phase_line;     // per phase: index into lines, or SIZE_MAX
    size_t well_done;       // index into lines, or SIZE_MAX
    size_t next_phase;      // the first phase whose line has not started yet
    Mix_Chunk *voice_chunk; // what VOICE_CHANNEL plays, or NULL
    bool said_why;          // a speech failure was logged already

    // The speech worker.
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    struct job *jobs;    // lines to speak, first first, owned, under lock
    bool quit;           // under lock
    unsigned generation; // under lock for the worker; the main thread's copy
};

// Two user events: event_type carries a spoken line from the worker,
// event_type + 1 says that a mixer channel (code) has finished.
static Uint32 event_type = (Uint32)-1;

// Spoken lines alive in this process, as buffers made ahead or as the
// chunk playing, and the most at once (for tests).
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
    struct spoken *sp = xmalloc(sizeof(*sp));
    *sp = (struct spoken){index, pcm, why};
    SDL_Event ev = {.type = event_type};
    ev.user.code = (Sint32)generation;
    ev.user.data1 = sp;
    if (SDL_PushEvent(&ev) != 1) {
        audio_pcm_free(pcm);
        free(sp);
    }
}

// The worker: the only thread that uses libespeak-ng. It starts the voice
// at its first job and keeps it until the sound closes.
static int worker(void *ctx)
{
    struct sound *s = ctx;
    struct audio_voice *voice = NULL;
    const char *voice_why = NULL;
    bool tried = false;
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
        if (!tried) {
            voice = audio_voice_new(s->rate, &voice_why);
            tried = true;
        }
        if (still_wanted(s, job->generation)) {
            const char *why = voice_why;
            struct audio_pcm *pcm =
                voice ? audio_voice_say(voice, job->lang, job->text, &why)
                      : NULL;
            hand_over(job->generation, job->index, pcm, why);
        }
        jobs_free(job);
    }
    audio_voice_free(voice);
    return 0;
}

// --- chunks ---------------------------------------------------------------

// A mono buffer at the device rate, after lead_ms of silence, widened to
// the device's format and channels, as a chunk that owns its samples.
static Mix_Chunk *chunk_from(struct sound *s, const struct audio_pcm *pcm,
                             int lead_ms)
{
    size_t lead = (size_t)lead_ms * (size_t)pcm->rate / 1000;
    size_t frames = lead + pcm->frames;
    SDL_AudioCVT cvt;
    if (SDL_BuildAudioCVT(&cvt, AUDIO_S16SYS, 1, pcm->rate, s->format,
                          (Uint8)s->channels, s->rate) < 0) {
        SDL_Log("limber: sound: %s", SDL_GetError());
        return NULL;
    }
    cvt.len = (int)(frames * sizeof(int16_t));
    // SDL_malloc: the chunk frees it with SDL_free (allocated = 1 below).
    cvt.buf = SDL_calloc(
        (size_t)cvt.len * (size_t)(cvt.len_mult ? cvt.len_mult : 1), 1);
    if (!cvt.buf)
        abort();
    memcpy(cvt.buf + lead * sizeof(int16_t), pcm->samples,
           pcm->frames * sizeof(int16_t));
    if (cvt.needed && SDL_ConvertAudio(&cvt) != 0) {
        SDL_Log("limber: sound: %s", SDL_GetError());
        SDL_free(cvt.buf);
        return NULL;
    }
    int len = cvt.needed ? cvt.len_cvt : cvt.len;
    Mix_Chunk *chunk = s->mix->quick_load_raw(cvt.buf, (Uint32)len);
    if (!chunk) {
        SDL_free(cvt.buf);
        return NULL;
    }
    chunk->allocated = 1; // QuickLoad does not own the buffer; now it does
    return chunk;
}

// --- the device -----------------------------------------------------------

// The mixer's volume for ours: squared, so the steps sound even (half way
// is a quarter of the amplitude, -12 dB).
static int mixer_volume(const struct sound *s)
{
    if (s->muted)
        return 0;
    double v = s->volume / 100.0;
    return (int)lround(v * v * MIX_MAX_VOLUME);
}

struct sound *sound_new(bool voice)
{
    struct sound *s = xcalloc(1, sizeof(*s));
    s->volume = 100;
    s->voice = voice;
    s->well_done = SIZE_MAX;
    if (event_type == (Uint32)-1)
        event_type = SDL_RegisterEvents(2);
    if (audio_voice_built_in()) {
        s->lock = SDL_CreateMutex();
        s->wake = SDL_CreateCond();
    }
    return s;
}

// On SDL_mixer's thread (or in a halt on ours): only an event leaves it.
static void SDLCALL on_channel_finished(int channel)
{
    SDL_Event ev = {.type = event_type + 1};
    ev.user.code = channel;
    SDL_PushEvent(&ev);
}

static void free_chunk(struct sound *s, Mix_Chunk *chunk)
{
    if (chunk)
        s->mix->free_chunk(chunk);
}

static void free_line_pcm(struct line *l)
{
    if (!l->pcm)
        return;
    audio_pcm_free(l->pcm);
    l->pcm = NULL;
    line_chunks--;
}

// The voice channel's chunk, once it has stopped.
static void free_voice_chunk(struct sound *s)
{
    if (!s->voice_chunk)
        return;
    s->mix->free_chunk(s->voice_chunk);
    s->voice_chunk = NULL;
    line_chunks--;
}

static void load_step_files(struct sound *s);
static void ask_for_lines(struct sound *s);

bool sound_open(struct sound *s, char *why, size_t why_size)
{
    if (why_size)
        why[0] = '\0';
    s->close_when_quiet = false;
    if (s->open)
        return true;
    s->mix = mixer_load(why, why_size);
    if (!s->mix)
        return false;
    // Video is up already; audio on its own, so its failure stays its own.
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, why_size, "no sound: %s", SDL_GetError());
        return false;
    }
    if (s->mix->open_audio(SOUND_RATE, AUDIO_S16SYS, 2, SOUND_CHUNK_FRAMES) !=
        0) {
        snprintf(why, why_size, "no sound device: %s", Mix_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    int channels = 0;
    s->mix->query_spec(&s->rate, &s->format, &channels);
    s->channels = channels;
    s->open = true;
    s->mix->allocate_channels(CHANNELS);
    s->mix->reserve_channels(1); // VOICE_CHANNEL
    s->mix->group_channels(VOICE_CHANNEL + 1, CHANNELS - 1, CUE_GROUP);
    s->mix->master_volume(mixer_volume(s));
    s->mix->channel_finished(on_channel_finished);

    // The cues at the device's own rate: no resampling when they play.
    struct audio_cues *cues = audio_cues_new(s->rate);
    for (int c = 0; c < AUDIO_CUE_COUNT; c++) {
        const struct audio_pcm *pcm = audio_cues_get(cues, c);
        if (pcm)
            s->cues[c] = chunk_from(s, pcm, 0);
    }
    audio_cues_free(cues);

    if (s->lock && s->wake) {
        s->quit = false;
        s->thread = SDL_CreateThread(worker, "limber-voice", s);
        if (!s->thread)
            SDL_Log("limber: no voice: %s", SDL_GetError());
    }
    // A routine prepared while the device was closed.
    if (s->plan) {
        load_step_files(s);
        ask_for_lines(s);
    }
    return true;
}

bool sound_available(const struct sound *s)
{
    return s && s->open;
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

// Frees the prepared routine's decoded sounds (its cue files and spoken
// lines), keeping the routine: they are made again at the next open.
static void drop_chunks(struct sound *s)
{
    if (s->plan && s->step_files) {
        for (size_t i = 0; i < s->plan->routine->step_count; i++)
            free_chunk(s, s->step_files[i]);
    }
    free(s->step_files);
    s->step_files = NULL;
    for (size_t i = 0; i < s->line_count; i++) {
        free_line_pcm(&s->lines[i]);
        s->lines[i].asked = false;
        s->lines[i].failed = false;
    }
}

void sound_close(struct sound *s)
{
    if (!s->open)
        return;
    stop_worker(s);
    // A new generation: a line still on its way belongs to no one.
    if (s->lock) {
        SDL_LockMutex(s->lock);
        s->generation++;
        SDL_UnlockMutex(s->lock);
    }
    s->mix->channel_finished(NULL);
    s->mix->halt_channel(-1);
    free_voice_chunk(s);
    drop_chunks(s);
    for (int c = 0; c < AUDIO_CUE_COUNT; c++) {
        free_chunk(s, s->cues[c]);
        s->cues[c] = NULL;
    }
    s->mix->close_audio();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
#ifdef __GLIBC__
    // The cues and lines were megabytes in pieces that glibc keeps for
    // reuse; give the pages back, for the screens that play nothing.
    malloc_trim(0);
#endif
    s->open = false;
    s->close_when_quiet = false;
}

void sound_close_when_quiet(struct sound *s)
{
    if (!s->open)
        return;
    if (s->mix->playing(-1) == 0)
        sound_close(s);
    else
        s->close_when_quiet = true; // on_channel_finished's event
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
    if (s->open)
        s->mix->master_volume(mixer_volume(s));
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

// Keeps the worker a few lines ahead of the session: frees the voice's
// chunk once it has played and the lines no longer wanted, takes back the
// ones queued but no longer wanted, and asks for the wanted ones not made
// yet, the soonest first.
static void ask_for_lines(struct sound *s)
{
    if (!s->open)
        return;
    if (s->mix->playing(VOICE_CHANNEL) == 0)
        free_voice_chunk(s);
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
    if (!on && s->open)
        s->mix->halt_channel(VOICE_CHANNEL);
    if (on)
        ask_for_lines(s);
}

void sound_forget(struct sound *s)
{
    if (s->open) {
        s->mix->halt_channel(-1);
        free_voice_chunk(s);
    }
    // A new generation: the worker drops what it was making for this one.
    if (s->lock) {
        SDL_LockMutex(s->lock);
        s->generation++;
        SDL_UnlockMutex(s->lock);
    }
    drop_chunks(s);
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

static void load_step_files(struct sound *s)
{
    const struct routine *r = s->plan->routine;
    s->step_files =
        xcalloc(r->step_count ? r->step_count : 1, sizeof(*s->step_files));
    for (size_t i = 0; i < r->step_count; i++) {
        const struct step *st = &r->steps[i];
        if (st->cue != ROUTINE_CUE_FILE || !st->cue_file)
            continue;
        s->step_files[i] = s->mix->load_wav(st->cue_file);
        if (!s->step_files[i])
            SDL_Log("limber: %s: cannot play this cue (%s); the built-in "
                    "cue plays instead",
                    st->cue_file, Mix_GetError());
    }
}

void sound_prepare(struct sound *s, const struct plan *plan, const char *lang)
{
    sound_forget(s);
    s->plan = plan;
    snprintf(s->lang, sizeof s->lang, "%s", lang ? lang : "en");
    if (s->open)
        load_step_files(s);
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
        if (s->open && s->close_when_quiet && s->mix->playing(-1) == 0)
            sound_close(s);
        else if (s->open && ev->user.code == VOICE_CHANNEL)
            ask_for_lines(s); // frees the line that has played
        return true;
    }
    if (ev->type != event_type)
        return false;
    struct spoken *sp = ev->user.data1;
    if (s->open && (unsigned)ev->user.code == s->generation &&
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
                    sp->why ? sp->why : "speech failed", s->lang);
            s->said_why = true;
        }
    }
    free_event(ev);
    return true;
}

static bool play_chunk(struct sound *s, int channel, Mix_Chunk *chunk)
{
    if (!chunk || s->muted)
        return false;
    // Skipping fast through phases can start more cues than there are
    // channels: the newest wins over the oldest.
    if (channel < 0 && s->mix->group_available(CUE_GROUP) < 0)
        s->mix->halt_channel(s->mix->group_oldest(CUE_GROUP));
    if (s->mix->play_channel(channel, chunk, 0) < 0) {
        SDL_Log("limber: sound: %s", Mix_GetError());
        return false;
    }
    return true;
}

static void play_line(struct sound *s, size_t index)
{
    // Not made yet: the phase goes on without it rather than wait.
    if (!s->voice || s->muted || index >= s->line_count || !s->lines[index].pcm)
        return;
    struct line *l = &s->lines[index];
    Mix_Chunk *chunk = chunk_from(s, l->pcm, l->lead_ms);
    if (!chunk)
        return;
    // The line before, if it still plays, stops here and can go.
    s->mix->halt_channel(VOICE_CHANNEL);
    free_voice_chunk(s);
    s->voice_chunk = chunk;
    if (++line_chunks > line_chunks_peak)
        line_chunks_peak = line_chunks;
    if (!play_chunk(s, VOICE_CHANNEL, chunk))
        free_voice_chunk(s);
    if (!l->fixed)
        free_line_pcm(l); // played: a work line is made again if it recurs
}

static Mix_Chunk *cue_chunk(struct sound *s, size_t index)
{
    const struct plan *p = s->plan;
    const struct plan_cue *c = &p->cues[index];
    if (c->kind == PLAN_CUE_START && p->phases[c->phase].kind == PLAN_WORK) {
        int step = p->phases[c->phase].step;
        if (s->step_files && s->step_files[step])
            return s->step_files[step];
    }
    return s->cues[audio_cue_for(p, index)];
}

void sound_play(struct sound *s, const struct session_event *ev)
{
    if (!s->open || !s->plan)
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
        play_chunk(s, -1, cue_chunk(s, ev->cue));
        if (s->plan->cues[ev->cue].kind == PLAN_CUE_FINISH)
            play_line(s, s->well_done);
        break;
    case SESSION_PAUSED:
        s->mix->halt_channel(-1);
        break;
    case SESSION_ROUTINE_END:
        if (!ev->completed)
            s->mix->halt_channel(-1);
        break;
    default:
        break;
    }
}
