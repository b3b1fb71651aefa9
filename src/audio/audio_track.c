#include "audio_track.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "audio_phrase.h"
#include "xalloc.h"

// Gap kept between two spoken lines, so they never run together.
#define VOICE_GAP_MS 150
// "Well done" starts this long after the finish sound.
#define WELL_DONE_DELAY_MS 100
// The fade at the very end of the track.
#define END_FADE_MS 5

struct spoken {
    char *text;
    struct audio_pcm *pcm;
};

struct audio_track {
    int rate;
    int64_t frames;
    struct audio_track_event *events;
    size_t count, cap;
    size_t max_frames;    // the longest event, for finding overlaps
    struct spoken *lines; // each distinct line spoken once
    size_t line_count, line_cap;
};

static int64_t ms_to_frames(const struct audio_track *t, int64_t ms)
{
    return ms * t->rate / 1000;
}

static void add_event(struct audio_track *t, int64_t at,
                      const struct audio_pcm *pcm,
                      enum audio_track_source source, enum audio_cue cue,
                      const char *text)
{
    xgrow((void **)&t->events, &t->cap, t->count + 1, sizeof(*t->events));
    t->events[t->count++] = (struct audio_track_event){
        at, pcm->frames, pcm->samples, 1.0, source, cue, text};
    if (pcm->frames > t->max_frames)
        t->max_frames = pcm->frames;
}

// The line's sound, spoken once however often the routine repeats it.
static const struct spoken *speak(struct audio_track *t,
                                  const struct audio_say *say, const char *lang,
                                  char *text, const char **why)
{
    for (size_t i = 0; i < t->line_count; i++) {
        if (strcmp(t->lines[i].text, text) == 0) {
            free(text);
            return &t->lines[i];
        }
    }
    struct audio_pcm *pcm = say->say(say->ctx, lang, text, why);
    if (!pcm) {
        free(text);
        return NULL;
    }
    xgrow((void **)&t->lines, &t->line_cap, t->line_count + 1,
          sizeof(*t->lines));
    t->lines[t->line_count] = (struct spoken){text, pcm};
    return &t->lines[t->line_count++];
}

static int by_time(const void *a, const void *b)
{
    const struct audio_track_event *x = a, *y = b;
    if (x->at != y->at)
        return (x->at > y->at) - (x->at < y->at);
    // At the same instant a cue goes before a line (qsort is not stable).
    return (int)x->source - (int)y->source;
}

// The first event that could still sound at frame at.
static size_t first_reaching(const struct audio_track *t, int64_t at)
{
    int64_t from = at - (int64_t)t->max_frames;
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->events[mid].at < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// Sets event i's gain so that it, added to every event already placed,
// stays under the ceiling. |a + g x| <= |a| + g |x|, so g <= (c - |a|) / |x|
// at every sample is enough.
static void place(struct audio_track *t, size_t i, const bool *placed,
                  double *acc)
{
    struct audio_track_event *e = &t->events[i];
    memset(acc, 0, e->frames * sizeof(*acc));
    int64_t end = e->at + (int64_t)e->frames;
    for (size_t j = first_reaching(t, e->at);
         j < t->count && t->events[j].at < end; j++) {
        const struct audio_track_event *o = &t->events[j];
        if (!placed[j] || j == i)
            continue;
        int64_t lo = o->at > e->at ? o->at : e->at;
        int64_t hi = o->at + (int64_t)o->frames;
        hi = hi < end ? hi : end;
        for (int64_t k = lo; k < hi; k++)
            acc[k - e->at] += o->gain * o->samples[k - o->at];
    }
    double ceiling = audio_db_to_amp(AUDIO_CEILING_DB) * 32767;
    double gain = 1.0;
    for (size_t k = 0; k < e->frames; k++) {
        int x = abs(e->samples[k]);
        if (x && fabs(acc[k]) + gain * x > ceiling)
            gain = fmax(0, (ceiling - fabs(acc[k])) / x);
    }
    e->gain = gain;
}

static void place_all(struct audio_track *t)
{
    bool *placed = xcalloc(t->count + 1, sizeof(*placed));
    double *acc = xmalloc((t->max_frames + 1) * sizeof(*acc));
    for (int pass = AUDIO_TRACK_CUE; pass <= AUDIO_TRACK_VOICE; pass++) {
        for (size_t i = 0; i < t->count; i++) {
            if ((int)t->events[i].source != pass)
                continue;
            place(t, i, placed, acc);
            placed[i] = true;
        }
    }
    free(acc);
    free(placed);
}

static bool lay_voice(struct audio_track *t, const struct plan *plan,
                      const char *lang, const struct audio_cues *cues,
                      const struct audio_say *say, const char **why)
{
    int64_t free_from = 0; // lines never overlap
    int64_t gap = ms_to_frames(t, VOICE_GAP_MS);
    for (size_t i = 0; i < plan->phase_count; i++) {
        char *text = audio_phrase_for_phase(plan, i, lang);
        if (!text)
            continue;
        const struct spoken *line = speak(t, say, lang, text, why);
        if (!line)
            return false;
        int64_t at = ms_to_frames(t, plan->phases[i].start_ms +
                                         AUDIO_TRACK_VOICE_DELAY_MS);
        at = at > free_from ? at : free_from;
        if (at >= t->frames)
            continue;
        add_event(t, at, line->pcm, AUDIO_TRACK_VOICE, AUDIO_CUE_NONE,
                  line->text);
        free_from = at + (int64_t)line->pcm->frames + gap;
    }

    // "Well done" over the finish sound, whole or not at all.
    char *text = xstrdup(audio_phrase_get(AUDIO_PHRASE_WELL_DONE, lang));
    const struct spoken *line = speak(t, say, lang, text, why);
    if (!line)
        return false;
    int64_t len = (int64_t)line->pcm->frames;
    int64_t finish =
        t->frames - (int64_t)audio_cues_get(cues, AUDIO_CUE_FINISH)->frames;
    int64_t at = finish + ms_to_frames(t, WELL_DONE_DELAY_MS);
    at = at > free_from ? at : free_from;
    if (at + len > t->frames)
        at = t->frames - len;
    if (at >= free_from - gap && at >= 0)
        add_event(t, at, line->pcm, AUDIO_TRACK_VOICE, AUDIO_CUE_NONE,
                  line->text);
    return true;
}

struct audio_track *audio_track_new(const struct plan *plan, const char *lang,
                                    const struct audio_cues *cues,
                                    const struct audio_say *say,
                                    const char **why)
{
    struct audio_track *t = xcalloc(1, sizeof(*t));
    t->rate = audio_cues_rate(cues);
    t->frames = ms_to_frames(t, plan->total_ms);

    for (size_t i = 0; i < plan->cue_count; i++) {
        enum audio_cue cue = audio_cue_for(plan, i);
        const struct audio_pcm *pcm = audio_cues_get(cues, cue);
        if (!pcm)
            continue;
        int64_t at = ms_to_frames(t, plan->cues[i].at_ms);
        // The plan's finish falls on the very end; the track has the
        // plan's length, so the finish sound is moved to close it.
        if (plan->cues[i].kind == PLAN_CUE_FINISH)
            at = t->frames - (int64_t)pcm->frames;
        add_event(t, at > 0 ? at : 0, pcm, AUDIO_TRACK_CUE, cue, NULL);
    }
    if (say && !lay_voice(t, plan, lang, cues, say, why)) {
        audio_track_free(t);
        return NULL;
    }
    qsort(t->events, t->count, sizeof(*t->events), by_time);
    place_all(t);
    return t;
}

void audio_track_free(struct audio_track *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->line_count; i++) {
        free(t->lines[i].text);
        audio_pcm_free(t->lines[i].pcm);
    }
    free(t->lines);
    free(t->events);
    free(t);
}

int audio_track_rate(const struct audio_track *t)
{
    return t->rate;
}

int64_t audio_track_frames(const struct audio_track *t)
{
    return t->frames;
}

const struct audio_track_event *audio_track_events(const struct audio_track *t,
                                                   size_t *count)
{
    *count = t->count;
    return t->events;
}

void audio_track_render(const struct audio_track *t, int64_t from, int16_t *out,
                        size_t frames)
{
    memset(out, 0, frames * sizeof(*out));
    int64_t to = from + (int64_t)frames;
    to = to < t->frames ? to : t->frames;
    for (size_t i = first_reaching(t, from);
         i < t->count && t->events[i].at < to; i++) {
        const struct audio_track_event *e = &t->events[i];
        int64_t lo = e->at > from ? e->at : from;
        int64_t hi = e->at + (int64_t)e->frames;
        hi = hi < to ? hi : to;
        // Q15 gain: integer mixing, exact at gain 1.
        int32_t g = (int32_t)lround(e->gain * 32768);
        for (int64_t k = lo; k < hi; k++) {
            int32_t v = out[k - from] + ((e->samples[k - e->at] * g) >> 15);
            out[k - from] = (int16_t)(v > 32767    ? 32767
                                      : v < -32768 ? -32768
                                                   : v);
        }
    }
    int64_t fade = ms_to_frames(t, END_FADE_MS);
    for (int64_t k = t->frames - fade; k < to; k++) {
        if (k >= from && k >= 0)
            out[k - from] = (int16_t)(out[k - from] * (t->frames - k) / fade);
    }
}
