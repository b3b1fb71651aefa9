#include "install_dirs.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

// Each folder relative to the executable's bindir, and absolute; both are
// computed by cmake/Install.cmake from the GNUInstallDirs of the build.
static const char *const relative[] = {
    [INSTALL_PKGDATA] = LIMBER_REL_PKGDATADIR,
    [INSTALL_LOCALE] = LIMBER_REL_LOCALEDIR,
    [INSTALL_LIBEXEC] = LIMBER_REL_LIBEXECDIR,
    [INSTALL_ICONS] = LIMBER_REL_ICONDIR,
};
static const char *const absolute[] = {
    [INSTALL_PKGDATA] = LIMBER_FULL_PKGDATADIR,
    [INSTALL_LOCALE] = LIMBER_FULL_LOCALEDIR,
    [INSTALL_LIBEXEC] = LIMBER_FULL_LIBEXECDIR,
    [INSTALL_ICONS] = LIMBER_FULL_ICONDIR,
};

const char *install_exe_dir(void)
{
    static char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return NULL;
    path[n] = '\0';
    char *slash = strrchr(path, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return path;
}

char *install_dir(enum install_dir which)
{
    const char *exe = install_exe_dir();
    if (exe) {
        char *beside = xasprintf("%s/%s", exe, relative[which]);
        struct stat st;
        if (stat(beside, &st) == 0 && S_ISDIR(st.st_mode))
            return beside;
        free(beside);
    }
    return xstrdup(absolute[which]);
}
