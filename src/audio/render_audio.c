#include "render_audio.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "audio_cue.h"
#include "audio_track.h"
#include "audio_wav.h"
#include "plan.h"
#include "xalloc.h"

// Frames mixed and written at a time: 1.4 s, 128 KiB.
#define BLOCK_FRAMES 65536

static bool write_track(const struct audio_track *t, const char *path)
{
    struct audio_wav *w = audio_wav_open(path, audio_track_rate(t), 1);
    if (!w)
        return false;
    int16_t *block = xmalloc(BLOCK_FRAMES * sizeof(*block));
    int64_t total = audio_track_frames(t);
    bool ok = true;
    for (int64_t at = 0; ok && at < total; at += BLOCK_FRAMES) {
        size_t n =
            total - at < BLOCK_FRAMES ? (size_t)(total - at) : BLOCK_FRAMES;
        audio_track_render(t, at, block, n);
        ok = audio_wav_write(w, block, n);
    }
    free(block);
    int e = errno;
    ok = audio_wav_close(w) && ok;
    if (ok)
        return true;
    errno = e ? e : errno;
    return false;
}

int render_audio_run(const struct routine *r, const char *requested,
                     const char *wav_path, const struct audio_say *say,
                     FILE *err)
{
    const char *lang = routine_pick_lang(r, requested);
    struct plan *plan = plan_new(r);
    int status = 1;
    struct audio_cues *cues = NULL;
    struct audio_track *track = NULL;

    int64_t frames = plan->total_ms * AUDIO_RATE_DEFAULT / 1000;
    if ((uint64_t)frames > audio_wav_max_frames(1)) {
        fprintf(err, "limber: %s: the routine is too long for a WAV file\n",
                r->id);
        goto end;
    }
    cues = audio_cues_new(AUDIO_RATE_DEFAULT);
    const char *why = NULL;
    track = audio_track_new(plan, lang, cues, say, &why);
    if (!track) {
        fprintf(err, "limber: %s (%s); the track has cues only\n", why, lang);
        track = audio_track_new(plan, lang, cues, NULL, &why);
    }

    errno = 0;
    if (!write_track(track, wav_path)) {
        fprintf(err, "limber: %s: %s\n", wav_path,
                errno == EFBIG ? "too long for a WAV file" : strerror(errno));
        remove(wav_path);
        goto end;
    }
    status = 0;
end:
    audio_track_free(track);
    audio_cues_free(cues);
    plan_free(plan);
    return status;
}
