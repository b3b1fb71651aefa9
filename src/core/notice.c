#include "notice.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "xalloc.h"

char *notice_path(void)
{
    return files_user_path(FILES_STATE, "notice");
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

bool notice_remember(void)
{
    char *path = notice_path();
    if (!path) {
        errno = ENOENT;
        return false;
    }
    bool ok = files_make_parents(path);
    FILE *f = ok ? fopen(path, "w") : NULL;
    ok = f && fprintf(f, "%d\n", NOTICE_VERSION) > 0;
    if (f && fclose(f) != 0)
        ok = false;
    int saved = errno;
    free(path);
    errno = saved;
    return ok;
}
