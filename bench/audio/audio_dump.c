// Look and listen: writes every built-in cue, and the guided track of each
// routine given in Ukrainian and English, as WAV files for sox and ears.
//
//   build/bench/audio/audio_dump OUTDIR [ROUTINE.yaml]...
//
// OUTDIR/cue-NAME.wav for each cue, OUTDIR/voice-LANG.wav for a sample
// sentence in each language, and OUTDIR/ID-LANG.wav for each routine.

#include <stdio.h>
#include <stdlib.h>

#include "audio_cue.h"
#include "audio_voice.h"
#include "audio_wav.h"
#include "diag.h"
#include "routine_load.h"
#include "sound_render.h"
#include "xalloc.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s OUTDIR [ROUTINE.yaml]...\n", argv[0]);
        return 2;
    }
    const char *dir = argv[1];
    int status = 0;
    struct audio_cues *cues = audio_cues_new(AUDIO_RATE_DEFAULT);
    for (int c = AUDIO_CUE_NONE + 1; c < AUDIO_CUE_COUNT; c++) {
        char *path = xasprintf("%s/cue-%s.wav", dir, audio_cue_name(c));
        if (!audio_wav_save(path, audio_cues_get(cues, c))) {
            perror(path);
            status = 1;
        }
        free(path);
    }
    audio_cues_free(cues);

    static const char *const langs[] = {"uk", "en"};
    static const char *const sample[] = {
        "Подайтеся до стіни. Лівий бік. Змініть бік. Чудова робота.",
        "Lean into the wall. Left side. Switch sides. Well done."};
    const char *why = "";
    struct audio_voice *v = audio_voice_new(&why);
    for (size_t l = 0; v && l < 2; l++) {
        char *path = xasprintf("%s/voice-%s.wav", dir, langs[l]);
        struct audio_pcm *pcm = audio_voice_say(v, langs[l], sample[l], &why);
        if (!pcm || !audio_wav_save(path, pcm)) {
            fprintf(stderr, "%s: %s\n", path, pcm ? "cannot write" : why);
            status = 1;
        }
        audio_pcm_free(pcm);
        free(path);
    }
    if (!v)
        fprintf(stderr, "audio_dump: %s\n", why);
    audio_voice_free(v);
    for (int i = 2; i < argc; i++) {
        struct diag_list diags;
        diag_list_init(&diags, DIAG_FILE_LIMIT);
        struct routine *r = routine_load_file(argv[i], &diags);
        diag_list_print(&diags, stderr);
        diag_list_clear(&diags);
        if (!r) {
            status = 1;
            continue;
        }
        for (size_t l = 0; l < 2; l++) {
            char *path = xasprintf("%s/%s-%s.wav", dir, r->id, langs[l]);
            status |= sound_render_audio(r, langs[l], path, true, stderr);
            free(path);
        }
        routine_free(r);
    }
    return status;
}
