#ifndef LIMBER_YDOC_H
#define LIMBER_YDOC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include <yaml.h>

#include "diag.h"

// Reading one YAML document through libyaml's document API with
// compiler-style diagnostics, shared by every YAML file Limber reads
// (routines, the kiosk configuration, the settings). Every position comes
// from a node's start mark; checking goes on after an error until the
// diag list overflows.

struct ydoc {
    const char *path; // borrowed, for messages
    struct diag_list *diags;
    size_t first_diag; // diags->count when loading began
    bool full;         // the diag list overflowed: stop checking
    bool loaded;       // doc holds a document to delete
    yaml_document_t doc;
};

// A buffer up to this many nested lists and mappings is refused early:
// libyaml's scanner is quadratic in flow nesting.
#define YDOC_NESTING_MAX 64

// Checks that data is UTF-8 and not nested too deep, then parses its one
// document (a second is an error). Returns the root node; NULL for an
// empty file or on failure (then ydoc_failed is true). Always pair with
// ydoc_done.
yaml_node_t *ydoc_load(struct ydoc *d, const char *path, const char *data,
                       size_t len, struct diag_list *diags);

// True when anything was reported since ydoc_load began.
bool ydoc_failed(const struct ydoc *d);

// Frees the document and puts the new diagnostics in file order.
void ydoc_done(struct ydoc *d);

// Reports an error at a node, or at a mark. The only place where libyaml's
// 0-based marks become our 1-based line:col is ydoc_position.
void ydoc_error(struct ydoc *d, const yaml_node_t *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ydoc_error_at(struct ydoc *d, yaml_mark_t mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ydoc_position(yaml_mark_t mark, int *line, int *col);

yaml_node_t *ydoc_node(struct ydoc *d, int index);

// A scalar's text (the node must be a scalar).
const char *ydoc_scalar(const yaml_node_t *node);

// An empty plain scalar (`title:`) or `~`: YAML's way of writing nothing.
bool ydoc_is_nothing(const yaml_node_t *node);

// A short, single-line copy of user text for messages: control characters
// become '?', and long text is cut at a character boundary. Returns buf.
const char *ydoc_quote(const char *s, char buf[48]);

// What a node is, for "expected X, found Y": "a list", "a mapping",
// "nothing", or the scalar quoted into buf.
const char *ydoc_describe(const yaml_node_t *node, char buf[48]);

// Checks that node is a non-empty scalar without NUL characters; else
// reports "'key' must be EXPECTED, found ...".
bool ydoc_expect_scalar(struct ydoc *d, const yaml_node_t *node,
                        const char *key, const char *expected);

// A whole number from min to max, or true/false.
bool ydoc_int(struct ydoc *d, const yaml_node_t *node, const char *key, int min,
              int max, int *out);
bool ydoc_bool(struct ydoc *d, const yaml_node_t *node, const char *key,
               bool *out);

// The keys a mapping may hold; where names the mapping in messages ("the
// routine", "step 2").
struct ydoc_schema {
    const char *where;
    const char *const *keys;
    size_t count;
};

// Sorts a mapping's pairs into keys[] and values[] (count entries, zeroed
// by the caller) by the schema's order, reporting keys that are not
// words, unknown (with a "did you mean" for a near miss, else the known
// keys) or given twice.
// Returns false when checking must stop.
bool ydoc_collect(struct ydoc *d, const yaml_node_t *map,
                  const struct ydoc_schema *schema, yaml_node_t **keys,
                  yaml_node_t **values);

#endif
