#include "tools.h"

#include <sys/stat.h>

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
    if (errors) {
        fprintf(err, "limber: %zu error%s; %zu routine%s valid\n", errors,
                errors == 1 ? "" : "s", lib->count, lib->count == 1 ? "" : "s");
    } else {
        fprintf(out, "%zu routine%s valid\n", lib->count,
                lib->count == 1 ? "" : "s");
    }
    library_free(lib);
    return errors ? 1 : 0;
}
