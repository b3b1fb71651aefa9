#include "tools.h"

#include <sys/stat.h>

#include "i18n.h"

int check_run(char **paths, size_t count, FILE *out, FILE *err)
{
    struct library *lib = library_new();
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            library_add_dir(lib, paths[i], true);
        else
            library_add_file(lib, paths[i]);
    }
    diag_list_print(&lib->problems, err);
    size_t errors = lib->problems.count;
    char valid[128];
    snprintf(valid, sizeof valid,
             ngettext("%zu routine valid", "%zu routines valid", lib->count),
             lib->count);
    if (errors) {
        fputs("limber: ", err);
        fprintf(err, ngettext("%zu error", "%zu errors", errors), errors);
        fprintf(err, "; %s\n", valid);
    } else {
        fprintf(out, "%s\n", valid);
    }
    library_free(lib);
    return errors ? 1 : 0;
}
