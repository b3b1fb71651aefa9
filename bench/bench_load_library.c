// How long the library takes to load 1,000 routine files from one folder:
// copies of a bundled routine (real size, both languages) under new ids.
//
//   build/bench/bench_load_library [COUNT] [RUNS]

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_timer.h"
#include "library.h"
#include "xalloc.h"

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    rewind(f);
    char *data = xmalloc(*len + 1);
    if (fread(data, 1, *len, f) != *len) {
        perror(path);
        exit(1);
    }
    data[*len] = '\0';
    fclose(f);
    return data;
}

int main(int argc, char **argv)
{
    int count = argc > 1 ? atoi(argv[1]) : 1000;
    int runs = argc > 2 ? atoi(argv[2]) : 11;
    size_t len;
    char *model = read_all(SOURCE_ROUTINES "/calf-cramp-relief.yaml", &len);
    const char *id_line = strstr(model, "\nid: ");
    const char *after = strchr(id_line + 1, '\n');

    char dir[] = "/tmp/limber-bench-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    for (int i = 0; i < count; i++) {
        char *path = xasprintf("%s/routine-%04d.yaml", dir, i);
        FILE *f = fopen(path, "wb");
        fprintf(f, "%.*s\nid: routine-%04d%s", (int)(id_line - model), model, i,
                after);
        fclose(f);
        free(path);
    }

    double *times = xcalloc((size_t)runs, sizeof(double));
    size_t loaded = 0;
    for (int r = 0; r < runs; r++) {
        double start = bench_now_ms();
        struct library *lib = library_new();
        library_add_dir(lib, dir, true);
        times[r] = bench_now_ms() - start;
        loaded = lib->count;
        if (lib->problems.count) {
            diag_list_print(&lib->problems, stderr);
            return 1;
        }
        library_free(lib);
    }
    double median = bench_median(times, (size_t)runs);
    printf("load %d files of %zu bytes: median %.1f ms, min %.1f ms, max "
           "%.1f ms over %d runs (%zu loaded)\n",
           count, len, median, times[0], times[runs - 1], runs, loaded);

    for (int i = 0; i < count; i++) {
        char *path = xasprintf("%s/routine-%04d.yaml", dir, i);
        unlink(path);
        free(path);
    }
    rmdir(dir);
    free(times);
    free(model);
    return 0;
}
