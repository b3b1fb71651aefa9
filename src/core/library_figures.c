// The library's figures: figure library files found beside the routines,
// and the link from each step to its figure (docs/figures.md).

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "files.h"
#include "library.h"
#include "xalloc.h"

bool library_is_figure_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    // The top-level key sits near the top of a figure file; a routine
    // never has it. 4 KiB is plenty for the comments above it.
    char head[4096];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return figure_file_sniff(head, n);
}

bool library_add_figure_file(struct library *lib, const char *path)
{
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    bool ok = figure_set_load_file(&lib->figures, path, &diags);
    diag_list_take(&lib->problems, &diags);
    library_link_figures(lib);
    return ok;
}

void library_add_base_figures(struct library *lib, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n < 6 ||
            strcmp(e->d_name + n - 5, ".yaml") != 0)
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        struct figure_set one = {0};
        struct diag_list diags;
        diag_list_init(&diags, DIAG_FILE_LIMIT);
        if (library_is_figure_file(path))
            figure_set_load_file(&one, path, &diags);
        diag_list_clear(&diags);
        for (size_t i = 0; i < one.count; i++) {
            struct figure *f = one.items[i];
            if (figure_set_find(&lib->base_figures, f->name)) {
                figure_free(f);
                continue;
            }
            xgrow((void **)&lib->base_figures.items, &lib->base_figures.cap,
                  lib->base_figures.count + 1, sizeof(struct figure *));
            lib->base_figures.items[lib->base_figures.count++] = f;
        }
        free(one.items);
        free(path);
    }
    closedir(d);
    library_link_figures(lib);
}

static const struct figure *find(const struct library *lib, const char *name)
{
    const struct figure *f = figure_set_find(&lib->figures, name);
    return f ? f : figure_set_find(&lib->base_figures, name);
}

void library_link_figures(struct library *lib)
{
    for (size_t i = 0; i < lib->count; i++) {
        struct routine *r = lib->routines[i];
        for (size_t s = 0; s < r->step_count; s++) {
            struct step *st = &r->steps[s];
            st->figure = st->figure_inline ? st->figure_inline
                         : st->figure_name ? find(lib, st->figure_name)
                                           : NULL;
        }
    }
}

static void add_problem(struct diag_list *out, const struct figure *f)
{
    diag_add(out, f->path, f->problem_line, f->problem_col, "%s", f->problem);
}

size_t library_figure_problems(const struct library *lib, struct diag_list *out)
{
    size_t before = out->count;
    for (size_t i = 0; i < lib->figures.count; i++) {
        if (lib->figures.items[i]->problem)
            add_problem(out, lib->figures.items[i]);
    }
    for (size_t i = 0; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        for (size_t s = 0; s < r->step_count; s++) {
            const struct step *st = &r->steps[s];
            if (st->figure_inline && st->figure_inline->problem)
                add_problem(out, st->figure_inline);
            if (st->figure_name && !st->figure)
                diag_add(out, r->path, st->figure_line, st->figure_col,
                         "step %zu: no figure named '%s' in the figure "
                         "library",
                         s + 1, st->figure_name);
        }
    }
    return out->count - before;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

size_t library_figure_dirs(const char *exe_dir, const char *datadir,
                           char *out[2])
{
    size_t n = 0;
    char *built = exe_dir ? xasprintf("%s/figures", exe_dir) : NULL;
    if (built && is_dir(built)) {
        out[n++] = built;
    } else {
        free(built);
        out[n++] = xasprintf("%s/figures", datadir);
    }
    char *user = files_user_path(FILES_DATA, "figures");
    if (user)
        out[n++] = user;
    return n;
}
