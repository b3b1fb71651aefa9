#ifndef LIMBER_OPTIONS_H
#define LIMBER_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "routine.h"

// Every command-line option in one table and one struct of defaults
// (docs/architecture.md, "Interfaces"; the option names are a contract).

enum options_mode {
    OPTIONS_PLAY,          // limber [ROUTINE]
    OPTIONS_CHECK,         // limber --check PATH...
    OPTIONS_LIST,          // limber --list
    OPTIONS_SIMULATE,      // limber --simulate ROUTINE
    OPTIONS_HISTORY,       // limber --history
    OPTIONS_RENDER_AUDIO,  // limber --render-audio ROUTINE FILE.wav
    OPTIONS_HASH_PIN,      // limber --hash-pin
    OPTIONS_RENDER_FIGURE, // limber --render-figure ROUTINE STEP OUT.png
    OPTIONS_SNAPSHOT,      // limber --snapshot ROUTINE OUT.png
    OPTIONS_HELP,
    OPTIONS_VERSION,
};

// One --pause-at/--resume-at pair, in clock time since the start.
struct options_pause {
    int64_t pause_ms, resume_ms;
};

struct options {
    enum options_mode mode;
    // The wanted languages: --lang, else the environment's (LANGUAGE,
    // LC_ALL, LC_MESSAGES, LANG), normalised and joined by ':'; "en" when
    // none is wanted. lang is the first of them: the interface's.
    char langs[LANG_LIST_SIZE];
    char lang[LANG_TAG_SIZE];
    bool lang_given;     // by --lang, not the environment
    char **routine_dirs; // --routines DIR, in order (borrowed argv)
    size_t routine_dir_count;
    char **args; // positional: ROUTINE, or the PATHs of --check
    size_t arg_count;
    struct options_pause *pauses; // in time order, not overlapping
    size_t pause_count;
    int muscle;     // --muscle GROUP (enum routine_muscle), else -1
    bool no_window; // --no-window: play in the terminal
    bool no_voice;  // --no-voice: cues only, nothing spoken
    int volume;     // --volume 0..100 (the window), else -1
    bool mute;      // --mute: the window starts muted
    // Kiosk mode (docs/kiosk.md); the config file may turn it on too.
    bool kiosk;              // --kiosk
    const char *config;      // --config FILE (borrowed argv), else NULL
    int display;             // --display N, else -1
    int64_t idle_timeout_ms; // --idle-timeout SECONDS, else -1
    // --render-figure and --snapshot (docs/figures.md).
    int side;           // --side: ROUTINE_SIDES_LEFT/_RIGHT, else _NONE
    int64_t at_ms;      // --at T, else -1
    int size_w, size_h; // --size N or WxH, else 0
};

// Fills opts from argv. On a usage error it writes one line that names
// the problem to err and returns false (exit code 2).
bool options_parse(int argc, char **argv, struct options *opts, FILE *err);

// Frees what options_parse allocated (not the argv strings).
void options_free(struct options *opts);

void options_print_help(FILE *out);

#endif
