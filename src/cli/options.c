#include "options.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "duration.h"
#include "i18n.h"
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
    OPT_KIOSK,
    OPT_CONFIG,
    OPT_DISPLAY,
    OPT_IDLE_TIMEOUT,
    OPT_HASH_PIN,
    OPT_VOLUME,
    OPT_MUTE,
    OPT_RENDER_FIGURE,
    OPT_SNAPSHOT,
    OPT_SIDE,
    OPT_AT,
    OPT_SIZE,
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
    {"kiosk", no_argument, NULL, OPT_KIOSK},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"display", required_argument, NULL, OPT_DISPLAY},
    {"idle-timeout", required_argument, NULL, OPT_IDLE_TIMEOUT},
    {"hash-pin", no_argument, NULL, OPT_HASH_PIN},
    {"volume", required_argument, NULL, OPT_VOLUME},
    {"mute", no_argument, NULL, OPT_MUTE},
    {"render-figure", no_argument, NULL, OPT_RENDER_FIGURE},
    {"snapshot", no_argument, NULL, OPT_SNAPSHOT},
    {"side", required_argument, NULL, OPT_SIDE},
    {"at", required_argument, NULL, OPT_AT},
    {"size", required_argument, NULL, OPT_SIZE},
    {0},
};

// The usage lines are the command line's contract: the same in every
// language. The rest goes through gettext, one msgid per option; a
// translation may break its text into lines with \n.
static const char usage[] =
    "Usage: limber [--lang L] [--muscle GROUP] [--no-window]\n"
    "              [--volume N] [--mute] [--no-voice]\n"
    "              [--routines DIR]... [ROUTINE]\n"
    "       limber --list [--lang L] [--muscle GROUP]\n"
    "       limber --check PATH...\n"
    "       limber --simulate ROUTINE [--lang L]"
    " [--pause-at T --resume-at T]...\n"
    "       limber --render-audio ROUTINE FILE.wav [--lang L]"
    " [--no-voice]\n"
    "       limber --render-figure ROUTINE STEP OUT.png [--side left|right]\n"
    "              [--at T] [--size N] [--lang L]\n"
    "       limber --snapshot ROUTINE OUT.png [--at T] [--size WxH]"
    " [--lang L]\n"
    "       limber --history\n"
    "       limber --kiosk [--config FILE] [--display N]"
    " [--idle-timeout SECONDS]\n"
    "       limber --hash-pin\n"
    "       limber --help | --version\n";

#define HELP_INDENT 20 // the column the options' texts start in
#define HELP_WIDTH  68 // the longest line of the English texts

static const struct {
    const char *option; // as typed: never translated
    const char *help;   // msgid
} help_rows[] = {
    // TRANSLATORS: --help: what an option does. Break a long text into
    // lines with \n, under about 48 characters each: it starts in column
    // 20 of an 80-column terminal.
    {"ROUTINE", N_("a routine id from the library, or a .yaml file")},
    {"--lang L",
     N_("show routines in language L (en, uk, pt-BR, zh-Hant, ...)")},
    {"--routines DIR", N_("also read the routines in DIR (repeatable)")},
    // TRANSLATORS: --help; the group names follow on their own lines.
    {"--muscle GROUP", N_("open (or --list) the routines for GROUP:")},
    {"--no-window", N_("play in the terminal instead of a window")},
    {"--kiosk", N_("fullscreen kiosk that visitors cannot leave\n"
                   "(docs/kiosk.md); the operator holds\n"
                   "Ctrl+Alt+Shift+Q for 3 s to quit")},
    {"--config FILE", N_("kiosk settings (default /etc/limber/kiosk.yaml,\n"
                         "then $XDG_CONFIG_HOME/limber/kiosk.yaml)")},
    {"--display N", N_("(kiosk) fill display N, counted from 0")},
    {"--idle-timeout SECONDS", N_("(kiosk) back to the start after this long\n"
                                  "without a touch (default 90)")},
    {"--hash-pin", N_("read an operator PIN and print its hash for\n"
                      "the kiosk config file")},
    {"--list", N_("list the routines: id, language, muscles, time")},
    {"--check PATH...", N_("validate routine files and folders")},
    {"--simulate", N_("print the session's timeline as JSON Lines,\n"
                      "on a virtual clock")},
    {"--render-audio", N_("write the session as played (cues and voice) to\n"
                          "a 16-bit WAV file, faster than real time")},
    {"--no-voice", N_("no spoken guidance, only the cues")},
    {"--volume N", N_("(window) sound volume from 0 to 100 for this\n"
                      "run; the window remembers what you set there")},
    {"--mute", N_("(window) start with the sound muted")},
    {"--render-figure", N_("draw a step's figure or picture to a PNG file,\n"
                           "without a display")},
    {"--snapshot", N_("draw the player screen T into the session to a\n"
                      "PNG file, without a display")},
    {"--history", N_("this week's sessions and the streak of days")},
    {"--pause-at T", N_("(with --simulate) pause at T, e.g. 10s or 1m30s")},
    {"--resume-at T", N_("(with --simulate) resume at T")},
    {"--help", N_("show this help")},
    {"--version", N_("show the version")},
};

// Prints text from the help column on: the first line where the cursor
// is, the others indented to the column.
static void print_indented(const char *text, FILE *out)
{
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        int len = nl ? (int)(nl - line) : (int)strlen(line);
        if (line != text)
            fprintf(out, "%*s", HELP_INDENT, "");
        fprintf(out, "%.*s\n", len, line);
        line += len + (nl != NULL);
    }
}

// The muscle groups --muscle takes, as typed, wrapped under the help.
static void print_groups(FILE *out)
{
    int col = 0;
    for (int m = 0; m < MUSCLE_COUNT; m++) {
        const char *name = routine_muscle_name((enum routine_muscle)m);
        int len = (int)strlen(name);
        if (col && HELP_INDENT + col + 1 + len > HELP_WIDTH) {
            fputc('\n', out);
            col = 0;
        }
        if (col == 0)
            col = fprintf(out, "%*s%s", HELP_INDENT, "", name) - HELP_INDENT;
        else
            col += fprintf(out, " %s", name);
    }
    fputc('\n', out);
}

void options_print_help(FILE *out)
{
    fputs(usage, out);
    fprintf(out, "\n%s\n\n",
            _("Plays guided stretching and massage routines."));
    for (size_t i = 0; i < sizeof help_rows / sizeof help_rows[0]; i++) {
        const char *option = help_rows[i].option;
        int len = (int)strlen(option);
        // An option too long for its column has its text on the next line.
        if (2 + len + 2 > HELP_INDENT)
            fprintf(out, "  %s\n%*s", option, HELP_INDENT, "");
        else
            fprintf(out, "  %-*s", HELP_INDENT - 2, option);
        print_indented(_(help_rows[i].help), out);
        if (strcmp(option, "--muscle GROUP") == 0)
            print_groups(out);
    }
    fprintf(out, "\n%s\n",
            _("Exit status: 0 ok, 1 invalid input, 2 usage error."));
}

static bool set_mode(struct options *opts, enum options_mode mode,
                     const char *name, FILE *err)
{
    if (opts->mode != OPTIONS_PLAY && opts->mode != mode) {
        fprintf(err, _("limber: %s cannot be combined with another mode\n"),
                name);
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
    fprintf(err, _("limber: %s: '%s' is not a time like 10s, 1m30s or 90\n"),
            option, text);
    return false;
}

// A whole number from min to max, in plain decimal digits.
static bool parse_count(const char *option, const char *text, int64_t min,
                        int64_t max, int64_t *out, FILE *err)
{
    int64_t v = 0;
    const char *p = text;
    while (*p >= '0' && *p <= '9' && v <= max)
        v = v * 10 + (*p++ - '0');
    if (p == text || *p || v < min || v > max) {
        fprintf(err,
                _("limber: %s: '%s' is not a whole number from %lld to "
                  "%lld\n"),
                option, text, (long long)min, (long long)max);
        return false;
    }
    *out = v;
    return true;
}

// --size: N (a square) or WxH, each 16 to 4096 pixels.
static bool parse_size(const char *text, struct options *opts, FILE *err)
{
    unsigned w, h;
    char x, end;
    int n = sscanf(text, "%5u%c%5u%c", &w, &x, &h, &end);
    if (n == 1 && strspn(text, "0123456789") == strlen(text)) {
        h = w;
    } else if (!(n == 3 && (x == 'x' || x == 'X') &&
                 strspn(text, "0123456789xX") == strlen(text))) {
        w = h = 0;
    }
    if (w < 16 || h < 16 || w > 4096 || h > 4096) {
        fprintf(err,
                _("limber: --size: '%s' is not N or WxH, from 16 to 4096 "
                  "pixels\n"),
                text);
        return false;
    }
    opts->size_w = (int)w;
    opts->size_h = (int)h;
    return true;
}

// Pairs the n-th --pause-at with the n-th --resume-at and checks that the
// pauses follow one another.
static bool pair_pauses(struct options *opts, const int64_t *pause_at,
                        size_t pauses, const int64_t *resume_at, size_t resumes,
                        FILE *err)
{
    if (pauses != resumes) {
        fprintf(err,
                _("limber: %zu --pause-at but %zu --resume-at: give them in "
                  "pairs\n"),
                pauses, resumes);
        return false;
    }
    opts->pauses = xcalloc(pauses, sizeof(*opts->pauses));
    opts->pause_count = pauses;
    for (size_t i = 0; i < pauses; i++) {
        opts->pauses[i] = (struct options_pause){pause_at[i], resume_at[i]};
        if (resume_at[i] < pause_at[i]) {
            fprintf(err, _("limber: pause %zu resumes before it pauses\n"),
                    i + 1);
            return false;
        }
        if (i > 0 && pause_at[i] < resume_at[i - 1]) {
            fprintf(err,
                    _("limber: pause %zu starts before pause %zu has "
                      "resumed\n"),
                    i + 1, i);
            return false;
        }
    }
    return true;
}

bool options_parse(int argc, char **argv, struct options *opts, FILE *err)
{
    *opts = (struct options){.mode = OPTIONS_PLAY,
                             .at_ms = -1,
                             .muscle = -1,
                             .display = -1,
                             .idle_timeout_ms = -1,
                             .volume = -1};
    lang_wanted_from_environment(opts->langs);
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
        case OPT_LANG: {
            const char *bad = optarg;
            size_t bad_len = strlen(optarg);
            if (!lang_list_parse(optarg, opts->langs, &bad, &bad_len)) {
                fprintf(err,
                        _("limber: --lang: '%.*s' is not a language tag (a "
                          "language, then optionally a script and a region, "
                          "like en, pt-BR or zh-Hant)\n"),
                        (int)bad_len, bad);
                ok = false;
            }
            opts->lang_given = true;
            break;
        }
        case OPT_MUSCLE:
            opts->muscle = routine_muscle_from_name(optarg);
            if (opts->muscle < 0) {
                fprintf(err,
                        _("limber: --muscle: '%s' is not a muscle group ("),
                        optarg);
                for (int m = 0; m < MUSCLE_COUNT; m++)
                    fprintf(err, "%s%s", m ? ", " : "", routine_muscle_name(m));
                fprintf(err, ")\n");
                ok = false;
            }
            break;
        case OPT_NO_WINDOW:
            opts->no_window = true;
            break;
        case OPT_KIOSK:
            opts->kiosk = true;
            break;
        case OPT_CONFIG:
            opts->config = optarg;
            break;
        case OPT_DISPLAY:
            ok = parse_count("--display", optarg, 0, 63, &t, err);
            opts->display = (int)t;
            break;
        case OPT_IDLE_TIMEOUT:
            ok = parse_count("--idle-timeout", optarg, 1, 86400, &t, err);
            opts->idle_timeout_ms = t * 1000;
            break;
        case OPT_HASH_PIN:
            ok = set_mode(opts, OPTIONS_HASH_PIN, "--hash-pin", err);
            break;
        case OPT_VOLUME:
            ok = parse_count("--volume", optarg, 0, 100, &t, err);
            opts->volume = (int)t;
            break;
        case OPT_MUTE:
            opts->mute = true;
            break;
        case OPT_RENDER_FIGURE:
            ok = set_mode(opts, OPTIONS_RENDER_FIGURE, "--render-figure", err);
            break;
        case OPT_SNAPSHOT:
            ok = set_mode(opts, OPTIONS_SNAPSHOT, "--snapshot", err);
            break;
        case OPT_SIDE:
            if (strcmp(optarg, "left") == 0) {
                opts->side = ROUTINE_SIDES_LEFT;
            } else if (strcmp(optarg, "right") == 0) {
                opts->side = ROUTINE_SIDES_RIGHT;
            } else {
                fprintf(err, _("limber: --side: '%s' is not left or right\n"),
                        optarg);
                ok = false;
            }
            break;
        case OPT_AT:
            ok = parse_time("--at", optarg, &opts->at_ms, err);
            break;
        case OPT_SIZE:
            ok = parse_size(optarg, opts, err);
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
            fprintf(err, _("limber: %s needs a value\n"), argv[optind - 1]);
            ok = false;
            break;
        default:
            fprintf(err, _("limber: unknown option '%s' (see limber --help)\n"),
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
        fprintf(err, _("limber: --pause-at and --resume-at need --simulate\n"));
        ok = false;
    }
    if (ok)
        ok = pair_pauses(opts, pause_at, pauses, resume_at, resumes, err);
    if (ok) {
        switch (opts->mode) {
        case OPTIONS_CHECK:
            if (opts->arg_count == 0) {
                fprintf(err, _("limber: --check needs a file or folder\n"));
                ok = false;
            }
            break;
        case OPTIONS_RENDER_AUDIO:
            if (opts->arg_count != 2) {
                fprintf(err, _("limber: --render-audio needs a ROUTINE and a "
                               "FILE.wav to write\n"));
                ok = false;
            }
            break;
        case OPTIONS_SIMULATE:
            if (opts->arg_count != 1) {
                fprintf(err,
                        _("limber: --simulate needs one ROUTINE (an id or a "
                          "file)\n"));
                ok = false;
            }
            break;
        case OPTIONS_RENDER_FIGURE:
            if (opts->arg_count != 3) {
                fprintf(err, _("limber: --render-figure needs a ROUTINE, a "
                               "STEP number and an OUT.png to write\n"));
                ok = false;
            } else if (opts->size_h != opts->size_w) {
                fprintf(err, _("limber: --render-figure: --size is one "
                               "number, like 512\n"));
                ok = false;
            }
            break;
        case OPTIONS_SNAPSHOT:
            if (opts->arg_count != 2) {
                fprintf(err, _("limber: --snapshot needs a ROUTINE and an "
                               "OUT.png to write\n"));
                ok = false;
            } else if (opts->side != ROUTINE_SIDES_NONE) {
                fprintf(err, _("limber: --side is for --render-figure\n"));
                ok = false;
            }
            break;
        case OPTIONS_PLAY:
            if (opts->arg_count > 1) {
                fprintf(err, _("limber: one ROUTINE at a time, not '%s'\n"),
                        opts->args[1]);
                ok = false;
            }
            break;
        default:
            if (opts->arg_count) {
                fprintf(err, _("limber: unexpected argument '%s'\n"),
                        opts->args[0]);
                ok = false;
            }
            break;
        }
    }
    bool drawing =
        opts->mode == OPTIONS_RENDER_FIGURE || opts->mode == OPTIONS_SNAPSHOT;
    if (ok && !drawing && (opts->side || opts->at_ms >= 0 || opts->size_w)) {
        fprintf(err, _("limber: --side, --at and --size are for "
                       "--render-figure and --snapshot\n"));
        ok = false;
    }
    bool kiosk_option = opts->kiosk || opts->config || opts->display >= 0 ||
                        opts->idle_timeout_ms >= 0;
    if (ok && kiosk_option && opts->mode != OPTIONS_PLAY) {
        fprintf(err,
                _("limber: --kiosk, --config, --display and "
                  "--idle-timeout are for the window, not another mode\n"));
        ok = false;
    }
    if (ok && opts->kiosk && opts->no_window) {
        fprintf(err, _("limber: --kiosk needs the window, not --no-window\n"));
        ok = false;
    }
    if (!lang_list_first(opts->langs, opts->lang))
        memcpy(opts->lang, "en", 3);
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
