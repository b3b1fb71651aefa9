#ifndef LIMBER_DIAG_H
#define LIMBER_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

// Errors are values: loaders record them here and callers decide where
// they go (stderr for --check, a list on screen, a log line in a kiosk).

// How many errors one file may report before checking stops.
#define DIAG_FILE_LIMIT 20

struct diag {
    char *path;    // owned
    int line, col; // 1-based; 1:1 for errors about the whole file
    char *message; // owned, no trailing newline
};

struct diag_list {
    struct diag *items;
    size_t count, cap;
    size_t limit;    // 0 for no limit
    bool overflowed; // an error arrived after the limit was reached
};

// An empty list that keeps at most limit errors (0: unlimited).
void diag_list_init(struct diag_list *list, size_t limit);

// Frees every message; the list can be reused afterwards.
void diag_list_clear(struct diag_list *list);

// Records "path:line:col: error: message". Returns false when the list was
// already full: the error is dropped, `overflowed` is set, and the caller
// should stop checking.
bool diag_add(struct diag_list *list, const char *path, int line, int col,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));

// The same with a va_list.
bool diag_addv(struct diag_list *list, const char *path, int line, int col,
               const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));

// Moves every error of src to the end of dst (ignoring dst's limit) and
// leaves src empty.
void diag_list_take(struct diag_list *dst, struct diag_list *src);

bool diag_list_full(const struct diag_list *list);

// Puts the errors from index first on in file order (by line, then
// column), keeping the order of errors at the same place.
void diag_list_sort_from(struct diag_list *list, size_t first);

// Writes one line per error, compiler style, and a last line when errors
// were dropped for the limit.
void diag_list_print(const struct diag_list *list, FILE *out);

#endif
