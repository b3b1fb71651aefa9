#include "tools.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "install_dirs.h"

// The bundled and the user's figure files, before any routine.
static void add_figures(struct library *lib, const char *exe_dir)
{
    char *dirs[2];
    char *pkgdata = install_dir(INSTALL_PKGDATA);
    size_t n = library_figure_dirs(exe_dir, pkgdata, dirs);
    free(pkgdata);
    for (size_t i = 0; i < n; i++) {
        library_add_dir(lib, dirs[i], false);
        free(dirs[i]);
    }
}

// Figure problems do not keep a routine from loading: its step shows no
// figure. They are printed once, with the other problems.
static void print_problems(struct library *lib, FILE *err)
{
    library_figure_problems(lib, &lib->problems);
    diag_list_print(&lib->problems, err);
}

struct library *routines_open(const struct options *opts, const char *exe_dir,
                              FILE *err)
{
    struct library *lib = library_new();
    add_figures(lib, exe_dir);
    char *dirs[2];
    char *pkgdata = install_dir(INSTALL_PKGDATA);
    size_t n = library_default_dirs(exe_dir, pkgdata, dirs);
    free(pkgdata);
    for (size_t i = 0; i < n; i++) {
        library_add_dir(lib, dirs[i], false);
        free(dirs[i]);
    }
    for (size_t i = 0; i < opts->routine_dir_count; i++)
        library_add_dir(lib, opts->routine_dirs[i], true);
    print_problems(lib, err);
    return lib;
}

static bool looks_like_path(const char *arg)
{
    size_t n = strlen(arg);
    return strchr(arg, '/') || (n > 5 && strcmp(arg + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(arg + n - 4, ".yml") == 0);
}

struct library *routines_open_for(const struct options *opts,
                                  const char *exe_dir, const char *arg,
                                  const struct routine **out, FILE *err)
{
    if (!looks_like_path(arg)) {
        struct library *lib = routines_open(opts, exe_dir, err);
        *out = library_find(lib, arg);
        if (!*out) {
            fprintf(err,
                    _("limber: no routine with the id '%s' (limber --list "
                      "shows them)\n"),
                    arg);
        }
        return lib;
    }
    struct library *lib = library_new();
    add_figures(lib, exe_dir);
    *out = library_add_file(lib, arg) && lib->count ? lib->routines[0] : NULL;
    print_problems(lib, err);
    if (!*out && !lib->problems.count)
        fprintf(err, _("limber: %s is a figure file, not a routine\n"), arg);
    return lib;
}
