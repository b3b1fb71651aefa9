#include "clock_sdl.h"

#include <SDL.h>

static int64_t ticks_ms(void *ctx)
{
    (void)ctx;
    return (int64_t)SDL_GetTicks64();
}

struct clock clock_sdl(void)
{
    return (struct clock){ticks_ms, NULL};
}
