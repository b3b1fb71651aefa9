#include "audio_pcm.h"

#include <math.h>
#include <stdlib.h>

#include "xalloc.h"

struct audio_pcm *audio_pcm_new(size_t frames, int rate)
{
    struct audio_pcm *pcm = xcalloc(1, sizeof(*pcm));
    // One spare sample, so an empty buffer still has a valid pointer.
    pcm->samples = xcalloc(frames + 1, sizeof(*pcm->samples));
    pcm->frames = frames;
    pcm->rate = rate;
    return pcm;
}

void audio_pcm_free(struct audio_pcm *pcm)
{
    if (!pcm)
        return;
    free(pcm->samples);
    free(pcm);
}

double audio_pcm_peak_db(const struct audio_pcm *pcm)
{
    int peak = 0;
    for (size_t i = 0; i < pcm->frames; i++) {
        int a = abs(pcm->samples[i]);
        if (a > peak)
            peak = a;
    }
    return peak ? audio_amp_to_db(peak / 32768.0) : -INFINITY;
}

int64_t audio_pcm_ms(const struct audio_pcm *pcm)
{
    return (int64_t)pcm->frames * 1000 / pcm->rate;
}

double audio_db_to_amp(double db)
{
    return pow(10.0, db / 20.0);
}

double audio_amp_to_db(double amp)
{
    return 20.0 * log10(amp);
}
