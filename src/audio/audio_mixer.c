#include "audio_mixer.h"

#include <math.h>
#include <stdlib.h>

#include "xalloc.h"

// Positions in a voice's buffer are 32.32 fixed point, so a line at
// 22050 Hz walks through 48000 Hz frames without drifting.
#define ONE ((uint64_t)1 << 32)
// Frames mixed at a time on the stack: the audio thread never allocates.
#define BLOCK 256

struct voice {
    const struct audio_pcm *pcm;        // what it plays: a buffer,
    const struct audio_cue_stream *cue; // or a cue made as it plays
    size_t lead;                        // frames of silence still to go first
    uint64_t pos, step;                 // in the buffer's samples, 32.32
    uint64_t serial; // when it started: the oldest goes first
};

struct audio_mixer {
    int rate, channels, gain;
    uint64_t serial;
    struct voice voices[AUDIO_MIXER_VOICES];
};

struct audio_mixer *audio_mixer_new(int rate, int channels)
{
    struct audio_mixer *m = xcalloc(1, sizeof(*m));
    m->rate = rate;
    m->channels = channels < 1 ? 1 : channels > 8 ? 8 : channels;
    m->gain = AUDIO_MIXER_UNITY;
    return m;
}

void audio_mixer_free(struct audio_mixer *m)
{
    free(m);
}

static bool busy(const struct voice *v)
{
    return v->pcm || v->cue;
}

static int any_voice(const struct audio_mixer *m)
{
    int oldest = 1;
    for (int v = 1; v < AUDIO_MIXER_VOICES; v++) {
        if (!busy(&m->voices[v]))
            return v;
        if (m->voices[v].serial < m->voices[oldest].serial)
            oldest = v;
    }
    return oldest;
}

// Puts v on voice (any free one, or the oldest, when negative).
static int start(struct audio_mixer *m, int voice, struct voice v)
{
    if (voice < 0)
        voice = any_voice(m);
    v.serial = ++m->serial;
    m->voices[voice] = v;
    return voice;
}

int audio_mixer_play(struct audio_mixer *m, int voice,
                     const struct audio_pcm *pcm, size_t lead)
{
    if (!pcm || !pcm->frames || pcm->rate <= 0 || voice >= AUDIO_MIXER_VOICES)
        return -1;
    uint64_t step = ((uint64_t)pcm->rate << 32) / (uint64_t)m->rate;
    return start(m, voice,
                 (struct voice){.pcm = pcm, .lead = lead, .step = step});
}

int audio_mixer_play_cue(struct audio_mixer *m, int voice,
                         const struct audio_cue_stream *cue, size_t lead)
{
    if (!cue || !cue->frames || cue->rate != m->rate ||
        voice >= AUDIO_MIXER_VOICES)
        return -1;
    return start(m, voice,
                 (struct voice){.cue = cue, .lead = lead, .step = ONE});
}

void audio_mixer_stop(struct audio_mixer *m, int voice)
{
    for (int v = 0; v < AUDIO_MIXER_VOICES; v++) {
        if (voice == AUDIO_MIXER_ALL || voice == v)
            m->voices[v] = (struct voice){0};
    }
}

bool audio_mixer_playing(const struct audio_mixer *m, int voice)
{
    for (int v = 0; v < AUDIO_MIXER_VOICES; v++) {
        if ((voice == AUDIO_MIXER_ALL || voice == v) && busy(&m->voices[v]))
            return true;
    }
    return false;
}

const struct audio_pcm *audio_mixer_source(const struct audio_mixer *m,
                                           int voice)
{
    return voice >= 0 && voice < AUDIO_MIXER_VOICES ? m->voices[voice].pcm
                                                    : NULL;
}

void audio_mixer_set_gain(struct audio_mixer *m, int gain)
{
    m->gain = gain < 0                   ? 0
              : gain > AUDIO_MIXER_UNITY ? AUDIO_MIXER_UNITY
                                         : gain;
}

// Catmull-Rom between samples i and i + 1 of x, the ends held: smooth
// enough for speech going up from 22050 Hz, and exact where t is 0.
static int interpolate(const int16_t *x, size_t n, size_t i, float t)
{
    float p0 = x[i ? i - 1 : 0], p1 = x[i];
    float p2 = x[i + 1 < n ? i + 1 : n - 1];
    float p3 = x[i + 2 < n ? i + 2 : n - 1];
    float y = p1 + 0.5f * t *
                       (p2 - p0 +
                        t * (2 * p0 - 5 * p1 + 4 * p2 - p3 +
                             t * (3 * (p1 - p2) + p3 - p0)));
    return (int)lrintf(y);
}

// Adds up to count frames of voice v into acc; true when it has ended.
static bool mix_voice(struct voice *v, int gain, int32_t *acc, size_t count)
{
    size_t k = 0;
    size_t quiet = v->lead < count ? v->lead : count;
    v->lead -= quiet;
    k += quiet;
    if (v->cue) {
        size_t i = (size_t)(v->pos >> 32), n = v->cue->frames;
        for (; k < count && i < n; k++, i++)
            acc[k] +=
                audio_cue_stream_sample(v->cue, i) * gain / AUDIO_MIXER_UNITY;
        v->pos = (uint64_t)i << 32;
        return i >= n;
    }
    const int16_t *x = v->pcm->samples;
    size_t n = v->pcm->frames;
    if (v->step == ONE) {
        size_t i = (size_t)(v->pos >> 32);
        for (; k < count && i < n; k++, i++)
            acc[k] += x[i] * gain / AUDIO_MIXER_UNITY;
        v->pos = (uint64_t)i << 32;
    } else {
        for (; k < count && (v->pos >> 32) < n; k++, v->pos += v->step) {
            size_t i = (size_t)(v->pos >> 32);
            float t = (float)(v->pos & (ONE - 1)) / (float)ONE;
            acc[k] += interpolate(x, n, i, t) * gain / AUDIO_MIXER_UNITY;
        }
    }
    return (v->pos >> 32) >= n;
}

unsigned audio_mixer_render(struct audio_mixer *m, int16_t *out, size_t frames)
{
    unsigned ended = 0;
    int32_t acc[BLOCK];
    for (size_t done = 0; done < frames;) {
        size_t count = frames - done < BLOCK ? frames - done : BLOCK;
        for (size_t k = 0; k < count; k++)
            acc[k] = 0;
        for (int v = 0; v < AUDIO_MIXER_VOICES; v++) {
            struct voice *vo = &m->voices[v];
            if (busy(vo) && mix_voice(vo, m->gain, acc, count)) {
                *vo = (struct voice){0};
                ended |= 1u << v;
            }
        }
        int16_t *o = out + done * (size_t)m->channels;
        for (size_t k = 0; k < count; k++) {
            int32_t y = acc[k] > INT16_MAX   ? INT16_MAX
                        : acc[k] < INT16_MIN ? INT16_MIN
                                             : acc[k];
            for (int c = 0; c < m->channels; c++)
                *o++ = (int16_t)y;
        }
        done += count;
    }
    return ended;
}
