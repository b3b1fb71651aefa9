#include "library.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "files.h"
#include "routine_load.h"
#include "xalloc.h"

struct library *library_new(void)
{
    struct library *lib = xcalloc(1, sizeof(*lib));
    diag_list_init(&lib->problems, 0);
    return lib;
}

void library_free(struct library *lib)
{
    if (!lib)
        return;
    for (size_t i = 0; i < lib->count; i++)
        routine_free(lib->routines[i]);
    free(lib->routines);
    diag_list_clear(&lib->problems);
    figure_set_free(&lib->figures);
    figure_set_free(&lib->base_figures);
    free(lib);
}

const struct routine *library_find(const struct library *lib, const char *id)
{
    for (size_t i = 0; i < lib->count; i++) {
        if (strcmp(lib->routines[i]->id, id) == 0)
            return lib->routines[i];
    }
    return NULL;
}

bool library_add_file(struct library *lib, const char *path)
{
    if (library_is_figure_file(path))
        return library_add_figure_file(lib, path);
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct routine *r = routine_load_file(path, &diags);
    diag_list_take(&lib->problems, &diags);
    if (!r)
        return false;
    const struct routine *twin = library_find(lib, r->id);
    if (twin) {
        diag_add(&lib->problems, r->path, r->id_line, r->id_col,
                 "duplicate id '%s': %s:%d:%d has it already", r->id,
                 twin->path, twin->id_line, twin->id_col);
        routine_free(r);
        return false;
    }
    xgrow((void **)&lib->routines, &lib->cap, lib->count + 1,
          sizeof(*lib->routines));
    lib->routines[lib->count++] = r;
    library_link_figures(lib);
    return true;
}

static bool is_routine_name(const char *name)
{
    size_t n = strlen(name);
    if (name[0] == '.')
        return false;
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool library_add_dir(struct library *lib, const char *dir, bool required)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (!required && errno == ENOENT)
            return true;
        diag_add(&lib->problems, dir, 1, 1, "cannot open routine folder: %s",
                 strerror(errno));
        return false;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_routine_name(e->d_name))
            continue;
        xgrow((void **)&names, &cap, count + 1, sizeof(*names));
        names[count++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof(*names), compare_names);

    bool ok = true;
    const char *sep = dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/";
    for (size_t i = 0; i < count; i++) {
        char *path = xasprintf("%s%s%s", dir, sep, names[i]);
        ok &= library_add_file(lib, path);
        free(path);
        free(names[i]);
    }
    free(names);
    return ok;
}

bool library_keep(struct library *lib, const char *const *ids, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (!library_find(lib, ids[i]))
            return false;
    }
    struct routine **kept = xcalloc(count, sizeof(*kept));
    for (size_t i = 0; i < count; i++) {
        for (size_t j = 0; j < lib->count; j++) {
            if (lib->routines[j] && strcmp(lib->routines[j]->id, ids[i]) == 0) {
                kept[i] = lib->routines[j];
                lib->routines[j] = NULL; // taken: not freed below
                break;
            }
        }
    }
    for (size_t j = 0; j < lib->count; j++)
        routine_free(lib->routines[j]);
    free(lib->routines);
    lib->routines = kept;
    lib->count = lib->cap = count;
    return true;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

size_t library_default_dirs(const char *exe_dir, const char *datadir,
                            char *out[2])
{
    size_t n = 0;
    char *built = exe_dir ? xasprintf("%s/routines", exe_dir) : NULL;
    if (built && is_dir(built)) {
        out[n++] = built;
    } else {
        free(built);
        out[n++] = xasprintf("%s/routines", datadir);
    }
    char *user = files_user_path(FILES_DATA, "routines");
    if (user)
        out[n++] = user;
    return n;
}
