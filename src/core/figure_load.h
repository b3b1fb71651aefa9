#ifndef LIMBER_FIGURE_LOAD_H
#define LIMBER_FIGURE_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "figure.h"
#include "ydoc.h"

// Reading figures from YAML (docs/figures.md): a figure written inline in
// a step, or a figure library file (`format: 1` and `figures:`, a mapping
// from names to figures). Mistakes in the writing are errors in the
// ydoc's list; a joint past its normal range is not: the figure loads
// with that message in figure->problem, and nobody shows it.

// A figure file is at most this big, like a routine file.
#define FIGURE_FILE_MAX (1024 * 1024)

// Parses the figure written at node (a mapping). name may be NULL (an
// inline figure). Returns NULL when it recorded an error.
struct figure *figure_parse(struct ydoc *y, const yaml_node_t *node,
                            const char *name);

// The figures of one library file, in file order.
struct figure_set {
    struct figure **items; // owned
    size_t count, cap;
};

void figure_set_free(struct figure_set *set);

// The figure with that name, or NULL.
const struct figure *figure_set_find(const struct figure_set *set,
                                     const char *name);

// Loads a figure library file into set (adding to what it holds). A name
// given twice, here or before, is an error. Returns false when the file
// had an error; then nothing of it was added.
bool figure_set_load_file(struct figure_set *set, const char *path,
                          struct diag_list *diags);
bool figure_set_load_buffer(struct figure_set *set, const char *path,
                            const char *data, size_t len,
                            struct diag_list *diags);

// True when data looks like a figure library rather than a routine: a
// top-level `figures:` key at the start of a line.
bool figure_file_sniff(const char *data, size_t len);

#endif
