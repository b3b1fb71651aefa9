#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

char *files_user_path(enum files_base base, const char *name)
{
    static const struct {
        const char *variable, *fallback;
    } bases[] = {
        [FILES_CONFIG] = {"XDG_CONFIG_HOME", ".config"},
        [FILES_DATA] = {"XDG_DATA_HOME", ".local/share"},
        [FILES_STATE] = {"XDG_STATE_HOME", ".local/state"},
    };
    const char *xdg = getenv(bases[base].variable);
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/limber/%s", xdg, name);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return xasprintf("%s/%s/limber/%s", home, bases[base].fallback, name);
}

bool files_make_parents(const char *path)
{
    char *dir = xstrdup(path);
    bool ok = true;
    for (char *p = dir + 1; *p && ok; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            ok = false;
        *p = '/';
    }
    int saved = errno;
    free(dir);
    errno = saved;
    return ok;
}

// "1 MiB (1048576 bytes)" for whole mebibytes, else "4096 bytes".
static char *size_words(size_t bytes)
{
    size_t mib = 1024 * 1024;
    if (bytes % mib == 0)
        return xasprintf("%zu MiB (%zu bytes)", bytes / mib, bytes);
    return xasprintf("%zu bytes", bytes);
}

char *files_read(const char *path, size_t max, const char *what, size_t *len,
                 struct diag_list *diags)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diag_add(diags, path, 1, 1, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        diag_add(diags, path, 1, 1, "not a regular file");
        close(fd);
        return NULL;
    }
    if ((unsigned long long)st.st_size > max) {
        char *limit = size_words(max);
        diag_add(diags, path, 1, 1,
                 "the file is %lld bytes: %s may be at most %s",
                 (long long)st.st_size, what, limit);
        free(limit);
        close(fd);
        return NULL;
    }
    // Read until EOF, one byte past the limit at most, in case the file
    // grew since fstat.
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *data = xmalloc(cap + 1);
    ssize_t got;
    while ((got = read(fd, data + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap && cap <= max) {
            cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            data = xrealloc(data, cap + 1);
        }
    }
    int read_errno = errno;
    close(fd);
    if (got < 0) {
        diag_add(diags, path, 1, 1, "cannot read: %s", strerror(read_errno));
    } else if (n > max) {
        char *limit = size_words(max);
        diag_add(diags, path, 1, 1, "the file grew over %s while read", limit);
        free(limit);
    } else {
        data[n] = '\0';
        *len = n;
        return data;
    }
    free(data);
    return NULL;
}
