// limber: reads the options, then runs a tool (--check, --list,
// --simulate) or plays a routine.

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "options.h"
#include "tools.h"

// The folder of the running executable, where a build tree keeps its
// bundled routines. NULL when it cannot be found.
static char *executable_dir(void)
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

static int play(const struct options *opts, const char *exe_dir)
{
    if (opts->arg_count) {
        const struct routine *r;
        struct library *lib =
            routines_open_for(opts, exe_dir, opts->args[0], &r, stderr);
        int status = r ? play_text_run(r, opts->lang, stdout) : 1;
        library_free(lib);
        return status;
    }
    struct library *lib = routines_open(opts, exe_dir, stderr);
    int status = 1;
    if (lib->count == 0)
        fprintf(stderr, "limber: no routines found (see limber --help)\n");
    else
        status = play_text_run(lib->routines[0], opts->lang, stdout);
    library_free(lib);
    return status;
}

int main(int argc, char **argv)
{
    struct options opts;
    if (!options_parse(argc, argv, &opts, stderr)) {
        options_free(&opts);
        return 2;
    }
    const char *exe_dir = executable_dir();
    int status = 0;
    switch (opts.mode) {
    case OPTIONS_HELP:
        options_print_help(stdout);
        break;
    case OPTIONS_VERSION:
        printf("limber %s\n", LIMBER_VERSION);
        break;
    case OPTIONS_HISTORY:
        status = history_show_run(time(NULL), stdout, stderr);
        break;
    case OPTIONS_CHECK:
        status = check_run(opts.args, opts.arg_count, stdout, stderr);
        break;
    case OPTIONS_LIST: {
        struct library *lib = routines_open(&opts, exe_dir, stderr);
        status = list_run(lib, opts.lang, stdout);
        library_free(lib);
        break;
    }
    case OPTIONS_SIMULATE: {
        const struct routine *r;
        struct library *lib =
            routines_open_for(&opts, exe_dir, opts.args[0], &r, stderr);
        status = r ? simulate_run(r, opts.lang, opts.pauses, opts.pause_count,
                                  stdout)
                   : 1;
        library_free(lib);
        break;
    }
    case OPTIONS_PLAY:
        status = play(&opts, exe_dir);
        break;
    }
    options_free(&opts);
    return status;
}
