#ifndef LIMBER_FILES_H
#define LIMBER_FILES_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

// The small file chores the core's modules share: where the user's files
// live, making their folders, and reading a whole file with a size limit.

enum files_base {
    FILES_CONFIG, // $XDG_CONFIG_HOME, else ~/.config
    FILES_DATA,   // $XDG_DATA_HOME, else ~/.local/share
    FILES_STATE,  // $XDG_STATE_HOME, else ~/.local/state
};

// BASE/limber/name as a new string (the caller frees), following the XDG
// base directory rules (a relative XDG_* variable is ignored). NULL when
// neither the variable nor HOME is set.
char *files_user_path(enum files_base base, const char *name);

// mkdir -p for the folder that holds path (mode 0700 for new folders).
// Returns false with errno set.
bool files_make_parents(const char *path);

// Reads the whole regular file at path, refusing it before reading when
// it is over max bytes (what names the file in that message, e.g. "a
// routine file"). Returns a new buffer with a NUL after *len bytes, or
// NULL with the reason in diags as path:1:1.
char *files_read(const char *path, size_t max, const char *what, size_t *len,
                 struct diag_list *diags);

#endif
