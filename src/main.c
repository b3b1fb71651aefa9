// limber: reads the options, then runs a tool (--check, --list,
// --simulate) or plays a routine.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "cue_check.h"
#include "figure_tools.h"
#include "hash_pin.h"
#include "i18n.h"
#include "identity.h"
#include "info.h"
#include "install_dirs.h"
#include "kiosk_setup.h"
#include "lang.h"
#include "notice.h"
#include "options.h"
#include "picture.h"
#include "sound_render.h"
#include "tools.h"

// The routine the terminal view plays when none was named: the first of
// the --muscle group, else the first in the library.
static const struct routine *first_routine(const struct library *lib,
                                           int muscle)
{
    for (size_t i = 0; i < lib->count; i++) {
        if (muscle < 0 || (lib->routines[i]->muscles & (1u << muscle)))
            return lib->routines[i];
    }
    return NULL;
}

// A kiosk: its config picks the routines and the language, and it never
// falls back to the terminal: without a display it fails, and systemd
// starts it again.
static int play_kiosk(const struct options *opts, const char *exe_dir,
                      struct kiosk_config *kiosk)
{
    struct library *lib = routines_open(opts, exe_dir, stderr);
    int status = 1;
    struct app_sound_options sound = {opts->volume, opts->mute, opts->no_voice};
    if (sound.volume < 0)
        sound.volume = kiosk->volume; // the config's, unless --volume
    if (kiosk_setup_library(kiosk, lib, stderr)) {
        struct app_config cfg = {
            .lib = lib,
            .lang = kiosk->lang_count ? kiosk->langs[0] : opts->langs,
            .muscle = -1,
            .kiosk = kiosk,
            .sound = &sound,
        };
        char why[512] = "";
        if (app_run(&cfg, why, sizeof why) == APP_OK)
            status = 0;
        else
            fprintf(stderr, "limber: kiosk: %s\n", why);
    }
    library_free(lib);
    kiosk_config_free(kiosk);
    return status;
}

// The window when a display can be opened, else the terminal view of the
// same session, after one line that says why.
static int play(const struct options *opts, const char *exe_dir)
{
    struct kiosk_config *kiosk;
    if (!kiosk_setup_load(opts, &kiosk, stderr))
        return 1;
    if (kiosk)
        return play_kiosk(opts, exe_dir, kiosk);
    const struct routine *r = NULL;
    struct library *lib;
    if (opts->arg_count) {
        lib = routines_open_for(opts, exe_dir, opts->args[0], &r, stderr);
        if (!r) {
            library_free(lib);
            return 1;
        }
    } else {
        lib = routines_open(opts, exe_dir, stderr);
    }
    if (!opts->no_window) {
        struct app_sound_options sound = {opts->volume, opts->mute,
                                          opts->no_voice};
        struct app_config cfg = {.lib = lib,
                                 .lang = opts->langs,
                                 .routine = r,
                                 .muscle = opts->muscle,
                                 .sound = &sound,
                                 .notice = !notice_seen()};
        char why[512] = "";
        enum app_status status = app_run(&cfg, why, sizeof why);
        if (status == APP_OK) {
            library_free(lib);
            return 0;
        }
        if (status == APP_NO_DISPLAY)
            fprintf(stderr,
                    _("limber: no display could be opened (%s); playing in "
                      "the terminal\n"),
                    why);
        else
            fprintf(stderr, _("limber: %s; playing in the terminal\n"), why);
    }
    if (!r)
        r = first_routine(lib, opts->muscle);
    int status = 1;
    if (r && !notice_seen()) {
        // The first start in a terminal: the notice once, before playing.
        info_print_notice(stdout);
        notice_remember();
    }
    if (r)
        status = play_text_run(r, opts->langs, stdout);
    else
        fprintf(stderr, "%s\n",
                _("limber: no routines found (see limber --help)"));
    library_free(lib);
    return status;
}

// The wanted languages before the options are parsed, so that their own
// errors are in the interface's language too: a valid --lang L (or
// --lang=L), else the environment's (env_langs).
static void early_langs(int argc, char **argv, const char *env_langs,
                        char out[LANG_LIST_SIZE])
{
    snprintf(out, LANG_LIST_SIZE, "%s", env_langs);
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *v = NULL, *bad;
        size_t bad_len;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            v = argv[i + 1];
        else if (strncmp(argv[i], "--lang=", 7) == 0)
            v = argv[i] + 7;
        if (v)
            lang_list_parse(v, out, &bad, &bad_len);
    }
}

int main(int argc, char **argv)
{
    identity_export(); // before SDL, or anything else, starts a thread
    // Where a build tree keeps its bundled routines and catalogs.
    const char *exe_dir = install_exe_dir();
    // Read before i18n_init, which tells gettext its catalog through
    // LANGUAGE.
    char env_langs[LANG_LIST_SIZE], langs[LANG_LIST_SIZE];
    lang_wanted_from_environment(env_langs);
    early_langs(argc, argv, env_langs, langs);
    i18n_init(exe_dir, langs);
    struct options opts;
    if (!options_parse(argc, argv, &opts, stderr)) {
        options_free(&opts);
        return 2;
    }
    if (!opts.lang_given) {
        memcpy(opts.langs, env_langs, sizeof opts.langs);
        lang_list_first(opts.langs, opts.lang);
    }
    i18n_set_lang(opts.langs);
    int status = 0;
    switch (opts.mode) {
    case OPTIONS_HELP:
        options_print_help(stdout);
        break;
    case OPTIONS_VERSION:
        printf("limber %s\n", LIMBER_VERSION);
        break;
    case OPTIONS_HISTORY:
        status = history_show_run(time(NULL), stdout, stderr);
        break;
    case OPTIONS_CHECK: {
        // Cue files are decoded by SDL_mixer, on no real sound device.
        struct cue_check *cc = cue_check_new();
        struct check_cues cues = {cue_check_playable, cc};
        // Pictures are decoded by SDL_image; figure names resolve against
        // the bundled and the user's figures too.
        struct check_images images = {picture_check_cb, NULL};
        char *figure_dirs[2];
        char *pkgdata = install_dir(INSTALL_PKGDATA);
        size_t dirs = library_figure_dirs(exe_dir, pkgdata, figure_dirs);
        free(pkgdata);
        status = check_run(opts.args, opts.arg_count, &cues, &images,
                           figure_dirs, dirs, stdout, stderr);
        for (size_t i = 0; i < dirs; i++)
            free(figure_dirs[i]);
        cue_check_free(cc);
        break;
    }
    case OPTIONS_LIST: {
        struct library *lib = routines_open(&opts, exe_dir, stderr);
        status = list_run(lib, opts.langs, opts.muscle, stdout);
        library_free(lib);
        break;
    }
    case OPTIONS_RENDER_AUDIO: {
        const struct routine *r;
        struct library *lib =
            routines_open_for(&opts, exe_dir, opts.args[0], &r, stderr);
        status = r ? sound_render_audio(r, opts.langs, opts.args[1],
                                        !opts.no_voice, stderr)
                   : 1;
        library_free(lib);
        break;
    }
    case OPTIONS_SIMULATE: {
        const struct routine *r;
        struct library *lib =
            routines_open_for(&opts, exe_dir, opts.args[0], &r, stderr);
        status = r ? simulate_run(r, opts.langs, opts.pauses, opts.pause_count,
                                  stdout)
                   : 1;
        library_free(lib);
        break;
    }
    case OPTIONS_PLAY:
        status = play(&opts, exe_dir);
        break;
    case OPTIONS_RENDER_FIGURE: {
        const struct routine *r;
        char *end;
        long step = strtol(opts.args[1], &end, 10);
        if (end == opts.args[1] || *end) {
            fprintf(stderr,
                    _("limber: --render-figure: STEP '%s' is not a step "
                      "number\n"),
                    opts.args[1]);
            status = 2;
            break;
        }
        struct library *lib =
            routines_open_for(&opts, exe_dir, opts.args[0], &r, stderr);
        status = r ? render_figure_run(r, step, opts.side, opts.at_ms,
                                       opts.size_w ? opts.size_w : 512,
                                       opts.args[2], stderr)
                   : 1;
        library_free(lib);
        break;
    }
    case OPTIONS_SNAPSHOT: {
        const struct routine *r;
        struct library *lib =
            routines_open_for(&opts, exe_dir, opts.args[0], &r, stderr);
        status = r ? snapshot_run(lib, r, opts.lang, opts.at_ms,
                                  opts.size_w ? opts.size_w : 1280,
                                  opts.size_h ? opts.size_h : 800, opts.args[1],
                                  stderr)
                   : 1;
        library_free(lib);
        break;
    }
    case OPTIONS_HASH_PIN:
        status = hash_pin_run(stdin, stdout, stderr);
        break;
    }
    options_free(&opts);
    return status;
}
