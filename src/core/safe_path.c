#include "safe_path.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xalloc.h"

static bool has_parent_component(const char *rel)
{
    const char *p = rel;
    while (*p) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return true;
        p += n;
        p += strspn(p, "/");
    }
    return false;
}

enum safe_path_result safe_path_resolve(const char *dir, const char *rel,
                                        char **out)
{
    *out = NULL;
    if (*rel == '\0')
        return SAFE_PATH_EMPTY;
    if (*rel == '/')
        return SAFE_PATH_ABSOLUTE;
    if (has_parent_component(rel))
        return SAFE_PATH_PARENT;

    char *root = realpath(dir, NULL);
    if (!root)
        return SAFE_PATH_NOT_FOUND;
    char *joined = xasprintf("%s/%s", root, rel);
    char *real = realpath(joined, NULL);
    free(joined);
    enum safe_path_result result = SAFE_PATH_OK;
    struct stat st;
    size_t root_len = strlen(root);
    if (!real) {
        result = SAFE_PATH_NOT_FOUND;
    } else if (strncmp(real, root, root_len) != 0 ||
               (real[root_len] != '/' && root_len > 1)) {
        result = SAFE_PATH_ESCAPES;
    } else if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
        result = SAFE_PATH_NOT_A_FILE;
    }
    free(root);
    if (result == SAFE_PATH_OK)
        *out = real;
    else
        free(real);
    return result;
}
