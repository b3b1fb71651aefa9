#ifndef LIMBER_DURATION_H
#define LIMBER_DURATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Durations as routine authors write them: "90" (seconds), "45s", "1m",
// "1m30s", "1h". Parts come in the order h, m, s, each at most once, with
// no spaces or fractions.

// Parses text into *ms. Returns false (and leaves *ms alone) for anything
// else, including values above 1,000 hours.
bool duration_parse(const char *text, int64_t *ms);

// Writes ms (rounded down to whole seconds) the way an author would write
// it: "45s", "2m", "1m30s", "1h5m". Returns buf.
char *duration_format(int64_t ms, char *buf, size_t size);

#endif
