#ifndef LIMBER_MIXER_H
#define LIMBER_MIXER_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>
#include <SDL_mixer.h>

// SDL_mixer, the decoder of routines' own cue files (.wav, .ogg), loaded
// with dlopen when the first such file is checked or played rather than
// linked: its Debian build pulls in fluidsynth, glib, libstdc++, libdb and
// more, 2.4 MB of memory and 7 ms before the first window
// (docs/performance.md, "Sound"), which a window whose routines use the
// built-in cues should never pay. It plays nothing: src/audio's mixer
// does (sound.c). Only the header's types and macros are used directly;
// every call goes through this table.

// The soname SDL2_mixer 2.x installs.
#define MIXER_SONAME "libSDL2_mixer-2.0.so.0"

// The functions of SDL_mixer that Limber calls, named without their Mix_
// prefix (style.md).
struct mixer {
    int(SDLCALL *open_audio)(int rate, Uint16 format, int channels,
                             int chunk_size);
    void(SDLCALL *close_audio)(void);
    Mix_Chunk *(SDLCALL *load_wav)(const char *file);
    void(SDLCALL *free_chunk)(Mix_Chunk *chunk);
};

// Loads the library and fills the table, once per process (the library
// stays loaded until exit). Returns the table, or NULL with one line in
// why that names the library and what went wrong; a failure is remembered
// and reported the same way again. Main thread only.
const struct mixer *mixer_load(char *why, size_t why_size);

// The table when mixer_load has succeeded, else NULL.
const struct mixer *mixer_get(void);

#endif
