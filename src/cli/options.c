#include "options.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "lang.h"
#include "xalloc.h"

enum {
    OPT_CHECK = 256,
    OPT_LIST,
    OPT_SIMULATE,
    OPT_HISTORY,
    OPT_RENDER_AUDIO,
    OPT_NO_VOICE,
    OPT_LANG,
    OPT_ROUTINES,
    OPT_PAUSE_AT,
    OPT_RESUME_AT,
    OPT_HELP,
    OPT_VERSION,
    OPT_MUSCLE,
    OPT_NO_WINDOW,
};

static const struct option long_options[] = {
    {"check", no_argument, NULL, OPT_CHECK},
    {"list", no_argument, NULL, OPT_LIST},
    {"simulate", no_argument, NULL, OPT_SIMULATE},
    {"history", no_argument, NULL, OPT_HISTORY},
    {"render-audio", no_argument, NULL, OPT_RENDER_AUDIO},
    {"no-voice", no_argument, NULL, OPT_NO_VOICE},
    {"lang", required_argument, NULL, OPT_LANG},
    {"routines", required_argument, NULL, OPT_ROUTINES},
    {"pause-at", required_argument, NULL, OPT_PAUSE_AT},
    {"resume-at", required_argument, NULL, OPT_RESUME_AT},
    {"help", no_argument, NULL, OPT_HELP},
    {"version", no_argument, NULL, OPT_VERSION},
    {"muscle", required_argument, NULL, OPT_MUSCLE},
    {"no-window", no_argument, NULL, OPT_NO_WINDOW},
    {0},
};

void options_print_help(FILE *out)
{
    fputs(
        "Usage: limber [--lang L] [--muscle GROUP] [--no-window]\n"
        "              [--routines DIR]... [ROUTINE]\n"
        "       limber --list [--lang L] [--muscle GROUP]\n"
        "       limber --check PATH...\n"
        "       limber --simulate ROUTINE [--lang L]"
        " [--pause-at T --resume-at T]...\n"
        "       limber --render-audio ROUTINE FILE.wav [--lang L]"
        " [--no-voice]\n"
        "       limber --history\n"
        "       limber --help | --version\n"
        "\n"
        "Plays guided stretching and massage routines.\n"
        "\n"
        "  ROUTINE           a routine id from the library, or a .yaml file\n"
        "  --lang L          show routines in language L (en, uk, ...)\n"
        "  --routines DIR    also read the routines in DIR (repeatable)\n"
        "  --muscle GROUP    open (or --list) the routines for GROUP:\n"
        "                    eyes face neck shoulders arms hands back chest\n"
        "                    hips thighs calves feet whole-body\n"
        "  --no-window       play in the terminal instead of a window\n"
        "  --list            list the routines: id, language, muscles, time\n"
        "  --check PATH...   validate routine files and folders\n"
        "  --simulate        print the session's timeline as JSON Lines,\n"
        "                    on a virtual clock\n"
        "  --render-audio    write the session as played (cues and voice) to\n"
        "                    a 16-bit WAV file, faster than real time\n"
        "  --no-voice        no spoken guidance, only the cues\n"
        "  --history         this week's sessions and the streak of days\n"
        "  --pause-at T      (with --simulate) pause at T, e.g. 10s or 1m30s\n"
        "  --resume-at T     (with --simulate) resume at T\n"
        "  --help            show this help\n"
        "  --version         show the version\n"
        "\n"
        "Exit status: 0 ok, 1 invalid input, 2 usage error.\n",
        out);
}

static bool set_mode(struct options *opts, enum options_mode mode,
                     const char *name, FILE *err)
{
    if (opts->mode != OPTIONS_PLAY && opts->mode != mode) {
        fprintf(err, "limber: %s cannot be combined with another mode\n", name);
        return false;
    }
    opts->mode = mode;
    return true;
}

static bool parse_time(const char *option, const char *text, int64_t *ms,
                       FILE *err)
{
    if (duration_parse(text, ms))
        return true;
    fprintf(err, "limber: %s: '%s' is not a time like 10s, 1m30s or 90\n",
            option, text);
    return false;
}

// Pairs the n-th --pause-at with the n-th --resume-at and checks that the
// pauses follow one another.
static bool pair_pauses(struct options *opts, const int64_t *pause_at,
                        size_t pauses, const int64_t *resume_at, size_t resumes,
                        FILE *err)
{
    if (pauses != resumes) {
        fprintf(err,
                "limber: %zu --pause-at but %zu --resume-at: give them in "
                "pairs\n",
                pauses, resumes);
        return false;
    }
    opts->pauses = xcalloc(pauses, sizeof(*opts->pauses));
    opts->pause_count = pauses;
    for (size_t i = 0; i < pauses; i++) {
        opts->pauses[i] = (struct options_pause){pause_at[i], resume_at[i]};
        if (resume_at[i] < pause_at[i]) {
            fprintf(err, "limber: pause %zu resumes before it pauses\n", i + 1);
            return false;
        }
        if (i > 0 && pause_at[i] < resume_at[i - 1]) {
            fprintf(err,
                    "limber: pause %zu starts before pause %zu has "
                    "resumed\n",
                    i + 1, i);
            return false;
        }
    }
    return true;
}

bool options_parse(int argc, char **argv, struct options *opts, FILE *err)
{
    *opts = (struct options){.mode = OPTIONS_PLAY, .muscle = -1};
    lang_from_environment(opts->lang);
    int64_t *pause_at = NULL, *resume_at = NULL;
    size_t pauses = 0, resumes = 0, pause_cap = 0, resume_cap = 0;
    bool ok = true;

    opterr = 0;
    optind = 1;
    int c;
    while (ok && (c = getopt_long(argc, argv, ":", long_options, NULL)) != -1) {
        int64_t t;
        switch (c) {
        case OPT_CHECK:
            ok = set_mode(opts, OPTIONS_CHECK, "--check", err);
            break;
        case OPT_LIST:
            ok = set_mode(opts, OPTIONS_LIST, "--list", err);
            break;
        case OPT_SIMULATE:
            ok = set_mode(opts, OPTIONS_SIMULATE, "--simulate", err);
            break;
        case OPT_HISTORY:
            ok = set_mode(opts, OPTIONS_HISTORY, "--history", err);
            break;
        case OPT_RENDER_AUDIO:
            ok = set_mode(opts, OPTIONS_RENDER_AUDIO, "--render-audio", err);
            break;
        case OPT_NO_VOICE:
            opts->no_voice = true;
            break;
        case OPT_HELP:
            ok = set_mode(opts, OPTIONS_HELP, "--help", err);
            break;
        case OPT_VERSION:
            ok = set_mode(opts, OPTIONS_VERSION, "--version", err);
            break;
        case OPT_LANG:
            if (!lang_tag_valid(optarg)) {
                fprintf(err,
                        "limber: --lang: '%s' is not a language tag (two or "
                        "three lowercase letters, like en or uk)\n",
                        optarg);
                ok = false;
                break;
            }
            memcpy(opts->lang, optarg, strlen(optarg) + 1);
            break;
        case OPT_MUSCLE:
            opts->muscle = routine_muscle_from_name(optarg);
            if (opts->muscle < 0) {
                fprintf(err, "limber: --muscle: '%s' is not a muscle group (",
                        optarg);
                for (int m = 0; m < MUSCLE_COUNT; m++)
                    fprintf(err, "%s%s", m ? ", " : "",
                            routine_muscle_name(m));
                fprintf(err, ")\n");
                ok = false;
            }
            break;
        case OPT_NO_WINDOW:
            opts->no_window = true;
            break;
        case OPT_ROUTINES:
            opts->routine_dirs =
                xrealloc(opts->routine_dirs, (opts->routine_dir_count + 1) *
                                                 sizeof(*opts->routine_dirs));
            opts->routine_dirs[opts->routine_dir_count++] = optarg;
            break;
        case OPT_PAUSE_AT:
            ok = parse_time("--pause-at", optarg, &t, err);
            xgrow((void **)&pause_at, &pause_cap, pauses + 1, sizeof(t));
            pause_at[pauses++] = t;
            break;
        case OPT_RESUME_AT:
            ok = parse_time("--resume-at", optarg, &t, err);
            xgrow((void **)&resume_at, &resume_cap, resumes + 1, sizeof(t));
            resume_at[resumes++] = t;
            break;
        case ':':
            fprintf(err, "limber: %s needs a value\n", argv[optind - 1]);
            ok = false;
            break;
        default:
            fprintf(err, "limber: unknown option '%s' (see limber --help)\n",
                    argv[optind - 1]);
            ok = false;
            break;
        }
    }
    if (ok) {
        opts->args = argv + optind;
        opts->arg_count = (size_t)(argc - optind);
    }

    if (ok && (pauses || resumes) && opts->mode != OPTIONS_SIMULATE) {
        fprintf(err, "limber: --pause-at and --resume-at need --simulate\n");
        ok = false;
    }
    if (ok)
        ok = pair_pauses(opts, pause_at, pauses, resume_at, resumes, err);
    if (ok) {
        switch (opts->mode) {
        case OPTIONS_CHECK:
            if (opts->arg_count == 0) {
                fprintf(err, "limber: --check needs a file or folder\n");
                ok = false;
            }
            break;
        case OPTIONS_RENDER_AUDIO:
            if (opts->arg_count != 2) {
                fprintf(err, "limber: --render-audio needs a ROUTINE and a "
                             "FILE.wav to write\n");
                ok = false;
            }
            break;
        case OPTIONS_SIMULATE:
            if (opts->arg_count != 1) {
                fprintf(err, "limber: --simulate needs one ROUTINE (an id or a "
                             "file)\n");
                ok = false;
            }
            break;
        case OPTIONS_PLAY:
            if (opts->arg_count > 1) {
                fprintf(err, "limber: one ROUTINE at a time, not '%s'\n",
                        opts->args[1]);
                ok = false;
            }
            break;
        default:
            if (opts->arg_count) {
                fprintf(err, "limber: unexpected argument '%s'\n",
                        opts->args[0]);
                ok = false;
            }
            break;
        }
    }
    free(pause_at);
    free(resume_at);
    return ok;
}

void options_free(struct options *opts)
{
    free(opts->routine_dirs);
    free(opts->pauses);
    *opts = (struct options){0};
}
