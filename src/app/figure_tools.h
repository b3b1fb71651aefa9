#ifndef LIMBER_FIGURE_TOOLS_H
#define LIMBER_FIGURE_TOOLS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "library.h"
#include "routine.h"

// The drawing tools of the command line (docs/figures.md), both without a
// display: they return the exit status (0 ok, 1 invalid input or a
// failure, with one line on err).

// --render-figure: step number step (1-based) of r, its illustration
// alone, size x size pixels, written as a PNG to out. side is
// ROUTINE_SIDES_LEFT or _RIGHT, or ROUTINE_SIDES_NONE for the step's
// default; at_ms < 0 draws the key pose.
int render_figure_run(const struct routine *r, long step, int side,
                      int64_t at_ms, int size, const char *out, FILE *err);

// --snapshot: the whole player screen at_ms into the session (the clock
// of --simulate; < 0: the start), w x h, written as a PNG to out.
int snapshot_run(const struct library *lib, const struct routine *r,
                 const char *lang, int64_t at_ms, int w, int h, const char *out,
                 FILE *err);

#endif
