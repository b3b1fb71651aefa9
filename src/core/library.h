#ifndef LIMBER_LIBRARY_H
#define LIMBER_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "routine.h"

// The routines Limber can play, gathered from folders and files. A bad
// file is recorded in `problems` and skipped; the others load. Routines
// are owned by the library and live until library_free.

struct library {
    struct routine **routines; // in load order: folder by folder, by name
    size_t count, cap;
    struct diag_list problems; // every error of every file, no limit
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

#endif
