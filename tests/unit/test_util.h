#ifndef LIMBER_TEST_UTIL_H
#define LIMBER_TEST_UTIL_H

// Helpers shared by the unit tests: temporary folders and files, and
// loading a routine from text.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "diag.h"
#include "routine.h"

// A new empty folder under $TMPDIR (or /tmp); the caller frees the name
// and removes it with test_remove_tree.
char *test_make_dir(void);

// Removes a folder and everything in it.
void test_remove_tree(const char *dir);

// Writes text to dir/name; returns the new path (caller frees).
char *test_write_file(const char *dir, const char *name, const char *text);

// Loads a routine written in yaml, as if from "test.yaml" in the current
// folder. Its errors go to diags (limit DIAG_FILE_LIMIT) when not NULL, or
// fail the test when NULL.
struct routine *test_load_string(const char *yaml, struct diag_list *diags);

// A routine's diagnostics printed the way --check prints them, as a new
// string (caller frees).
char *test_diag_text(const struct diag_list *diags);

// The whole content of a file, or NULL (caller frees).
char *test_read_file(const char *path);

#endif
