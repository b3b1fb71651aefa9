#include "diag.h"

#include <stdlib.h>

#include "xalloc.h"

void diag_list_init(struct diag_list *list, size_t limit)
{
    *list = (struct diag_list){.limit = limit};
}

void diag_list_clear(struct diag_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].path);
        free(list->items[i].message);
    }
    free(list->items);
    diag_list_init(list, list->limit);
}

bool diag_list_full(const struct diag_list *list)
{
    return list->limit && list->count >= list->limit;
}

void diag_list_sort_from(struct diag_list *list, size_t first)
{
    // Insertion sort: stable, and a file brings at most a few dozen errors.
    for (size_t i = first + 1; i < list->count; i++) {
        struct diag d = list->items[i];
        size_t j = i;
        while (j > first && (list->items[j - 1].line > d.line ||
                             (list->items[j - 1].line == d.line &&
                              list->items[j - 1].col > d.col))) {
            list->items[j] = list->items[j - 1];
            j--;
        }
        list->items[j] = d;
    }
}

static void append(struct diag_list *list, struct diag d)
{
    xgrow((void **)&list->items, &list->cap, list->count + 1,
          sizeof(*list->items));
    list->items[list->count++] = d;
}

bool diag_addv(struct diag_list *list, const char *path, int line, int col,
               const char *fmt, va_list ap)
{
    if (diag_list_full(list)) {
        list->overflowed = true;
        return false;
    }
    va_list copy;
    va_copy(copy, ap);
    int len = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    size_t size = len > 0 ? (size_t)len + 1 : 1;
    char *message = xmalloc(size);
    vsnprintf(message, size, fmt, ap);
    append(list, (struct diag){xstrdup(path), line, col, message});
    return true;
}

bool diag_add(struct diag_list *list, const char *path, int line, int col,
              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool more = diag_addv(list, path, line, col, fmt, ap);
    va_end(ap);
    return more;
}

void diag_list_take(struct diag_list *dst, struct diag_list *src)
{
    for (size_t i = 0; i < src->count; i++)
        append(dst, src->items[i]);
    if (src->overflowed && src->count) {
        const struct diag *last = &src->items[src->count - 1];
        append(dst, (struct diag){xstrdup(last->path), last->line, last->col,
                                  xstrdup("too many errors, giving up")});
    }
    free(src->items);
    diag_list_init(src, src->limit);
}

void diag_list_print(const struct diag_list *list, FILE *out)
{
    for (size_t i = 0; i < list->count; i++) {
        const struct diag *d = &list->items[i];
        fprintf(out, "%s:%d:%d: error: %s\n", d->path, d->line, d->col,
                d->message);
    }
    if (list->overflowed && list->count) {
        const struct diag *last = &list->items[list->count - 1];
        fprintf(out, "%s:%d:%d: error: too many errors, giving up\n",
                last->path, last->line, last->col);
    }
}
