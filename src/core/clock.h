#ifndef LIMBER_CLOCK_H
#define LIMBER_CLOCK_H

#include <stdint.h>

// A monotonic millisecond clock, injected so that tests and --simulate can
// drive time by hand. app/ wraps SDL_GetTicks64; cli/ wraps CLOCK_MONOTONIC.
struct clock {
    int64_t (*now_ms)(void *ctx);
    void *ctx;
};

static inline int64_t clock_now(const struct clock *c)
{
    return c->now_ms(c->ctx);
}

#endif
