#ifndef LIMBER_TOOLS_H
#define LIMBER_TOOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "library.h"
#include "options.h"
#include "routine.h"

// The command-line tools and the terminal player. Each returns the exit
// status: 0 ok, 1 invalid input (messages on err).

// How --check asks whether a sound file can be played, so that src/cli
// stays free of SDL: playable returns false with one line of reason in
// why. ctx is the checker's own.
struct check_cues {
    bool (*playable)(void *ctx, const char *path, char *why, size_t why_size);
    void *ctx;
};

// How --check asks whether a picture decodes (and is not too large), the
// same way.
struct check_images {
    bool (*decodable)(void *ctx, const char *path, char *why, size_t why_size);
    void *ctx;
};

// --check: validates every file, and every routine or figure file in
// every folder, reporting each problem as path:line:col. Each step's cue
// file is tried with cues and its picture with images (NULL: they are only
// checked to exist). Figure names resolve against the files checked, then
// the figure files in figure_dirs.
int check_run(char **paths, size_t count, const struct check_cues *cues,
              const struct check_images *images, char **figure_dirs,
              size_t figure_dir_count, FILE *out, FILE *err);

// --list: one line per routine: id, language shown, muscles, total time,
// title. muscle (enum routine_muscle) keeps only that group's; -1 all.
int list_run(const struct library *lib, const char *lang, int muscle,
             FILE *out);

// --simulate: the session's timeline as JSON Lines on a virtual clock.
int simulate_run(const struct routine *r, const char *lang,
                 const struct options_pause *pauses, size_t pause_count,
                 FILE *out);

// --history: this week's sessions and the streak, from the journal at
// history_default_path(), as of Unix time now.
int history_show_run(time_t now, FILE *out, FILE *err);

// Plays r in real time as text: step, side and a countdown. Ctrl+C stops
// it cleanly (exit status 0).
int play_text_run(const struct routine *r, const char *lang, FILE *out);

// The library a command sees: the bundled routines, the user's, then
// every --routines folder. Problems are printed to err. exe_dir may be
// NULL. The caller frees the result.
struct library *routines_open(const struct options *opts, const char *exe_dir,
                              FILE *err);

// The library a command needs to play ROUTINE (arg): just that file when
// arg is a path (it has a '/' or ends in .yaml/.yml), else the whole
// library, where arg is an id. *out is the routine, or NULL with the reason
// on err. The caller frees the library, which owns *out.
struct library *routines_open_for(const struct options *opts,
                                  const char *exe_dir, const char *arg,
                                  const struct routine **out, FILE *err);

#endif
