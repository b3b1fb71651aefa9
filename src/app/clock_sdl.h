#ifndef LIMBER_CLOCK_SDL_H
#define LIMBER_CLOCK_SDL_H

#include "clock.h"

// The real clock of the window: SDL_GetTicks64, in milliseconds.
struct clock clock_sdl(void);

#endif
