#ifndef LIMBER_XALLOC_H
#define LIMBER_XALLOC_H

#include <stddef.h>

// Allocation that cannot fail: running out of memory prints one line and
// aborts, so callers never carry NULL checks for it.
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);

// Grows *items (of item_size bytes each) so that it holds at least need
// items; *cap is the current capacity and is updated. Doubles, so appends
// are amortised O(1).
void xgrow(void **items, size_t *cap, size_t need, size_t item_size);

// A printf into a new heap string.
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
