#include "mixer.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(void *) == sizeof(void (*)(void)),
               "dlsym's pointers must fit a function pointer");

static struct mixer table;
static const struct mixer *loaded;
static bool tried;
static char failure[256];

// Where each function goes in the table. The address of a function
// pointer is an object pointer, so it fits a void *; dlsym's result is
// copied into it as POSIX allows.
#define SYMBOL(field, name)                                                    \
    {                                                                          \
        name, &table.field, sizeof(table.field)                                \
    }
static const struct symbol {
    const char *name;
    void *slot;
    size_t size;
} symbols[] = {
    SYMBOL(open_audio, "Mix_OpenAudio"),
    SYMBOL(close_audio, "Mix_CloseAudio"),
    SYMBOL(load_wav, "Mix_LoadWAV"),
    SYMBOL(free_chunk, "Mix_FreeChunk"),
};

static bool fill(void)
{
    // RTLD_LOCAL: its symbols stay out of the global namespace; a program
    // that links SDL_mixer itself (a benchmark) gets the same copy back.
    void *lib = dlopen(MIXER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        // glibc's message begins with the file's name.
        snprintf(failure, sizeof failure, "cannot load SDL_mixer: %s",
                 dlerror());
        return false;
    }
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        void *fn = dlsym(lib, symbols[i].name);
        if (!fn) {
            // The real Mix_LoadWAV function (not a macro) came with 2.6.0.
            snprintf(failure, sizeof failure,
                     "cannot load %s: it has no %s (SDL_mixer 2.6 or later "
                     "is needed)",
                     MIXER_SONAME, symbols[i].name);
            dlclose(lib);
            return false;
        }
        memcpy(symbols[i].slot, &fn, symbols[i].size);
    }
    return true;
}

const struct mixer *mixer_load(char *why, size_t why_size)
{
    if (!tried) {
        tried = true;
        if (fill())
            loaded = &table;
    }
    if (!loaded && why_size)
        snprintf(why, why_size, "%s", failure);
    return loaded;
}

const struct mixer *mixer_get(void)
{
    return loaded;
}
