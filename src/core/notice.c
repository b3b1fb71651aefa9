#include "notice.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xalloc.h"

char *notice_path(void)
{
    const char *state = getenv("XDG_STATE_HOME");
    if (state && state[0] == '/')
        return xasprintf("%s/limber/notice", state);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return xasprintf("%s/.local/state/limber/notice", home);
}

bool notice_seen(void)
{
    char *path = notice_path();
    FILE *f = path ? fopen(path, "r") : NULL;
    free(path);
    if (!f)
        return false;
    int version = 0;
    bool seen = fscanf(f, "%d", &version) == 1 && version >= NOTICE_VERSION;
    fclose(f);
    return seen;
}

// mkdir -p for the folder that holds path.
static bool make_parents(const char *path)
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
    free(dir);
    return ok;
}

bool notice_remember(void)
{
    char *path = notice_path();
    if (!path) {
        errno = ENOENT;
        return false;
    }
    bool ok = make_parents(path);
    FILE *f = ok ? fopen(path, "w") : NULL;
    ok = f && fprintf(f, "%d\n", NOTICE_VERSION) > 0;
    if (f && fclose(f) != 0)
        ok = false;
    int saved = errno;
    free(path);
    errno = saved;
    return ok;
}
