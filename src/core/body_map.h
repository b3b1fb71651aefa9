#ifndef LIMBER_BODY_MAP_H
#define LIMBER_BODY_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "figure.h"

// The body map of the home screen (docs/figures.md, "Body map"): the
// figure from the front and from the back, and the regions a touch or the
// keyboard picks a muscle group by. Regions are rectangles in the
// figure's units (standing height 1, y up, x 0 between the feet) that
// never overlap, so each one is a whole touch target.

enum body_map_side { BODY_MAP_FRONT, BODY_MAP_BACK, BODY_MAP_SIDES };

struct body_map_region {
    int muscle;           // enum routine_muscle
    float x0, y0, x1, y1; // x0 < x1, y0 < y1
};

// The regions of a side, top to bottom, and how many there are.
const struct body_map_region *body_map_regions(enum body_map_side side,
                                               size_t *count);

// The figure drawn for a side: one key pose, standing, arms a little away
// from the body. glow lights the segments of muscle group `lit` (-1:
// none). Points into a static figure, valid until the next call.
const struct figure *body_map_figure(enum body_map_side side, int lit);

// The muscle group whose region holds (x, y), or -1.
int body_map_hit(enum body_map_side side, float x, float y);

// The smallest side of any region, in the figure's units: a map drawn
// `target / this` pixels tall gives every region a whole touch target.
float body_map_smallest_region(void);

#endif
