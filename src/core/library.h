#ifndef LIMBER_LIBRARY_H
#define LIMBER_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "figure_load.h"
#include "routine.h"

// The routines Limber can play, gathered from folders and files. A bad
// file is recorded in `problems` and skipped; the others load. Routines
// are owned by the library and live until library_free.

struct library {
    struct routine **routines; // in load order: folder by folder, by name
    size_t count, cap;
    struct diag_list problems; // every error of every file, no limit
    // Figure library files found among the files (library_figures.c),
    // and figures that only resolve names (the bundled ones under --check).
    struct figure_set figures, base_figures;
};

struct library *library_new(void);

// Accepts NULL.
void library_free(struct library *lib);

// Loads every *.yaml and *.yml file in dir (not hidden, not recursive), in
// name order. A missing folder is a problem only when required. Returns
// false when anything was recorded in problems.
bool library_add_dir(struct library *lib, const char *dir, bool required);

// Loads one file. Returns false when it was not added.
bool library_add_file(struct library *lib, const char *path);

// The routine with that id, or NULL.
const struct routine *library_find(const struct library *lib, const char *id);

// Keeps only the routines whose ids are listed, in the list's order, and
// frees the others. Every id must be in the library (check with
// library_find first); returns false, changing nothing, when one is not.
bool library_keep(struct library *lib, const char *const *ids, size_t count);

// The folders a plain `limber` reads, in order, as new strings the caller
// frees (up to 2): the bundled routines (exe_dir/routines in a build tree,
// else datadir/routines) and the user's ($XDG_DATA_HOME/limber/routines,
// by default ~/.local/share/limber/routines).
size_t library_default_dirs(const char *exe_dir, const char *datadir,
                            char *out[2]);

// --- Figures (library_figures.c) ---

// True when the file at path is a figure library, not a routine.
bool library_is_figure_file(const char *path);

// Loads a figure library file into lib->figures. Returns false on errors.
bool library_add_figure_file(struct library *lib, const char *path);

// Loads every figure file of dir into lib->base_figures, only to resolve
// names: their errors and names already known are passed over silently.
void library_add_base_figures(struct library *lib, const char *dir);

// Points each step's `figure` at its inline figure or at the named one;
// a step whose name is unknown stays without a figure.
void library_link_figures(struct library *lib);

// The figure problems, each once: joints past their range (in lib->figures
// and inline figures) and names no figure has. Returns how many it added.
size_t library_figure_problems(const struct library *lib,
                               struct diag_list *out);

// The folders of figure files a plain `limber` reads (up to 2, new
// strings): the bundled ones (exe_dir/figures in a build tree, else
// datadir/figures) and the user's ($XDG_DATA_HOME/limber/figures).
size_t library_figure_dirs(const char *exe_dir, const char *datadir,
                           char *out[2]);

#endif
