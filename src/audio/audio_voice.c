#include "audio_voice.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef LIMBER_HAVE_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

#include "xalloc.h"

struct audio_voice {
    int rate; // what espeak-ng makes (22050)
};

bool audio_voice_built_in(void)
{
#ifdef LIMBER_HAVE_ESPEAK
    return true;
#else
    return false;
#endif
}

// Speech a little slower than espeak-ng's 175 words a minute: the listener
// is on the floor, a few metres from the phone.
#define SPEECH_WPM 160
// Silence kept around a trimmed line, and the fades at its ends.
#define LEAD_MS 5
#define TAIL_MS 20
#define FADE_MS 4

#ifdef LIMBER_HAVE_ESPEAK

// espeak-ng has one global state, so one voice at a time, and the capture
// buffer its callback fills can be global too. It is started once per
// process and stopped at exit: 1.51 hangs in espeak_Terminate when it has
// been initialized a second time.
static bool voice_exists;
static int source_rate;

static struct capture {
    int16_t *samples;
    size_t count, cap;
} capture;

static int on_samples(short *wav, int count, espeak_EVENT *events)
{
    (void)events;
    if (wav && count > 0) {
        xgrow((void **)&capture.samples, &capture.cap,
              capture.count + (size_t)count, sizeof(*capture.samples));
        memcpy(capture.samples + capture.count, wav,
               (size_t)count * sizeof(*wav));
        capture.count += (size_t)count;
    }
    return 0; // go on
}

static void stop_espeak(void)
{
    espeak_Terminate();
    free(capture.samples);
    capture = (struct capture){0};
}

struct audio_voice *audio_voice_new(const char **why)
{
    if (voice_exists) {
        *why = "the speech synthesizer is already in use";
        return NULL;
    }
    if (!source_rate) {
        // DONT_EXIT: a missing data folder must be an error, not exit().
        int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL,
                                  espeakINITIALIZE_DONT_EXIT);
        if (r <= 0) {
            *why = "espeak-ng could not start (is espeak-ng-data installed?)";
            return NULL;
        }
        source_rate = r;
        espeak_SetSynthCallback(on_samples);
        espeak_SetParameter(espeakRATE, SPEECH_WPM, 0);
        atexit(stop_espeak);
    }
    struct audio_voice *v = xcalloc(1, sizeof(*v));
    v->rate = source_rate;
    voice_exists = true;
    return v;
}

void audio_voice_free(struct audio_voice *v)
{
    if (!v)
        return;
    voice_exists = false;
    free(v);
}

static bool set_language(const char *lang)
{
    if (espeak_SetVoiceByName(lang) == EE_OK)
        return true;
    espeak_VOICE want = {0};
    want.languages = lang;
    return espeak_SetVoiceByProperties(&want) == EE_OK;
}

#else

struct audio_voice *audio_voice_new(const char **why)
{
    *why = "no voice (built without libespeak-ng)";
    return NULL;
}

void audio_voice_free(struct audio_voice *v)
{
    free(v);
}

#endif

// Trims, levels and fades raw speech into a new buffer at its own rate.
static struct audio_pcm *shape(const int16_t *raw, size_t n, int rate)
{
    int peak = 0;
    for (size_t i = 0; i < n; i++)
        peak = abs(raw[i]) > peak ? abs(raw[i]) : peak;
    if (peak == 0)
        return NULL;
    // Silence is what stays under 1% of the peak.
    size_t first = 0, last = n - 1;
    while (abs(raw[first]) * 100 < peak)
        first++;
    while (abs(raw[last]) * 100 < peak)
        last--;
    size_t lead = (size_t)rate * LEAD_MS / 1000;
    size_t tail = (size_t)rate * TAIL_MS / 1000;
    first = first > lead ? first - lead : 0;
    last = last + tail < n ? last + tail : n - 1;

    size_t len = last - first + 1;
    double scale = audio_db_to_amp(AUDIO_VOICE_PEAK_DB) * 32767 / peak;
    size_t fade = (size_t)rate * FADE_MS / 1000;
    struct audio_pcm *pcm = audio_pcm_new(len, rate);
    for (size_t i = 0; i < len; i++) {
        double g = scale;
        size_t edge = i < len - 1 - i ? i : len - 1 - i;
        if (edge < fade)
            g *= 0.5 - 0.5 * cos(M_PI * (double)edge / fade);
        pcm->samples[i] = (int16_t)lround(raw[first + i] * g);
    }
    return pcm;
}

struct audio_pcm *audio_voice_say(struct audio_voice *v, const char *lang,
                                  const char *text, const char **why)
{
#ifdef LIMBER_HAVE_ESPEAK
    if (!set_language(lang)) {
        *why = "espeak-ng has no voice for this language";
        return NULL;
    }
    capture.count = 0;
    espeak_ERROR e = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
                                  espeakCHARS_UTF8, NULL, NULL);
    if (e != EE_OK) {
        *why = "espeak-ng could not speak the text";
        return NULL;
    }
    struct audio_pcm *pcm = shape(capture.samples, capture.count, v->rate);
    if (!pcm)
        *why = "espeak-ng made no sound for the text";
    return pcm;
#else
    (void)v;
    (void)lang;
    (void)text;
    (void)shape;
    *why = "no voice (built without libespeak-ng)";
    return NULL;
#endif
}

int audio_voice_rate(const struct audio_voice *v)
{
    return v->rate;
}

static struct audio_pcm *say_with(void *ctx, const char *lang, const char *text,
                                  const char **why)
{
    return audio_voice_say(ctx, lang, text, why);
}

struct audio_say audio_voice_sayer(struct audio_voice *v)
{
    return (struct audio_say){say_with, v};
}
