#include "tools.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "xalloc.h"

// The cue file as a path in the routine's folder ("sounds/start.ogg"), the
// way the routine names it up to the symbolic links the loader resolved;
// its base name if that cannot be told. Points into file.
static const char *cue_name(const struct routine *r, const char *file)
{
    char *copy = xstrdup(r->path);
    char *dir = realpath(dirname(copy), NULL);
    free(copy);
    const char *name = strrchr(file, '/');
    name = name ? name + 1 : file;
    size_t n = dir ? strlen(dir) : 0;
    if (n > 1 && strncmp(file, dir, n) == 0 && file[n] == '/')
        name = file + n + 1;
    free(dir);
    return name;
}

// Tries the cue file of each step of the routines lib->routines[first..]
// and records those that cannot be played at the cue's place. Returns how
// many of those routines have one.
static size_t check_cue_files(struct library *lib, size_t first,
                              const struct check_cues *cues)
{
    size_t bad = 0;
    for (size_t i = first; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        bool ok = true;
        for (size_t s = 0; s < r->step_count; s++) {
            const struct step *st = &r->steps[s];
            if (st->cue != ROUTINE_CUE_FILE || !st->cue_file)
                continue;
            char why[256] = "";
            if (cues->playable(cues->ctx, st->cue_file, why, sizeof why))
                continue;
            diag_add(&lib->problems, r->path, st->cue_line, st->cue_col,
                     "cue file '%s' cannot be played: %s",
                     cue_name(r, st->cue_file),
                     why[0] ? why : "unknown reason");
            ok = false;
        }
        bad += !ok;
    }
    return bad;
}

// Decodes the picture of each step of lib->routines[first..] and records
// those that cannot be shown at the image's place. Returns how many of
// those routines have one.
static size_t check_images(struct library *lib, size_t first,
                           const struct check_images *images)
{
    size_t bad = 0;
    for (size_t i = first; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        bool ok = true;
        for (size_t s = 0; s < r->step_count; s++) {
            const struct step *st = &r->steps[s];
            char why[256] = "";
            if (!st->image ||
                images->decodable(images->ctx, st->image, why, sizeof why))
                continue;
            diag_add(&lib->problems, r->path, st->image_line, st->image_col,
                     "image '%s' cannot be shown: %s", cue_name(r, st->image),
                     why[0] ? why : "unknown reason");
            ok = false;
        }
        bad += !ok;
    }
    return bad;
}

// Puts the errors from index first on in the order of their files' names,
// keeping each file's own order (files load in name order, and the cue
// errors of a file that loaded come after the others).
static void sort_by_path(struct diag_list *list, size_t first)
{
    for (size_t i = first + 1; i < list->count; i++) {
        struct diag d = list->items[i];
        size_t j = i;
        while (j > first && strcmp(list->items[j - 1].path, d.path) > 0) {
            list->items[j] = list->items[j - 1];
            j--;
        }
        list->items[j] = d;
    }
}

// Counts the routines of lib with a step whose figure has a problem or
// whose figure name is unknown.
static size_t routines_with_figure_problems(const struct library *lib)
{
    size_t bad = 0;
    for (size_t i = 0; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        for (size_t s = 0; s < r->step_count; s++) {
            const struct step *st = &r->steps[s];
            if ((st->figure_name && !st->figure) ||
                (st->figure && st->figure->problem)) {
                bad++;
                break;
            }
        }
    }
    return bad;
}

int check_run(char **paths, size_t count, const struct check_cues *cues,
              const struct check_images *images, char **figure_dirs,
              size_t figure_dir_count, FILE *out, FILE *err)
{
    struct library *lib = library_new();
    for (size_t i = 0; i < figure_dir_count; i++)
        library_add_base_figures(lib, figure_dirs[i]);
    size_t invalid = 0; // routines that loaded but whose cue cannot play
    for (size_t i = 0; i < count; i++) {
        size_t first_routine = lib->count;
        size_t first_problem = lib->problems.count;
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            library_add_dir(lib, paths[i], true);
        else
            library_add_file(lib, paths[i]);
        if (cues)
            invalid += check_cue_files(lib, first_routine, cues);
        if (images)
            invalid += check_images(lib, first_routine, images);
        sort_by_path(&lib->problems, first_problem);
    }
    // Figures last: a name may be defined in a file checked after the
    // routine that uses it.
    size_t first_problem = lib->problems.count;
    invalid += routines_with_figure_problems(lib);
    library_figure_problems(lib, &lib->problems);
    sort_by_path(&lib->problems, first_problem);
    diag_list_print(&lib->problems, err);
    size_t errors = lib->problems.count;
    size_t valid_count = lib->count - invalid;
    char valid[128];
    snprintf(valid, sizeof valid,
             ngettext("%zu routine valid", "%zu routines valid", valid_count),
             valid_count);
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
