#ifndef LIMBER_ROUTINE_LOAD_H
#define LIMBER_ROUTINE_LOAD_H

#include <stddef.h>

#include "diag.h"
#include "routine.h"

// Files above this size are refused before parsing.
#define ROUTINE_FILE_MAX (1024 * 1024)
// A routine has at most this many steps.
#define ROUTINE_STEPS_MAX 1000

// Loads one routine file (format v1). Every problem found is appended to
// diags as path:line:col (up to the list's limit; use DIAG_FILE_LIMIT).
// Returns a new routine owned by the caller, or NULL when any error was
// recorded. Never prints.
struct routine *routine_load_file(const char *path, struct diag_list *diags);

// The same for text already in memory; path names it in messages and its
// folder is where cue and image files are looked up.
struct routine *routine_load_buffer(const char *path, const char *data,
                                    size_t len, struct diag_list *diags);

#endif
