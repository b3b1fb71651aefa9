#ifndef LIMBER_BODY_MAP_H
#define LIMBER_BODY_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figure.h"

// The body map of the home screen: the figure from the front and from the
// back, and a close-up of the head, divided into regions that each stand
// for one muscle group (routine.h). Pure geometry, no SDL: a region is a
// few capsules in the figure's own coordinates (standing heights, y up;
// the close-up in the face's unit square), and the hit test says which
// region holds a point. Regions are drawn larger than the body part they
// stand for, so that each holds a disc as wide as a finger's touch target
// (the hands, feet and neck are small on a small screen). The picture is
// never mirrored, whatever the writing direction of the language.

enum body_map_view {
    BODY_MAP_FRONT, // its left on screen right
    BODY_MAP_BACK,  // its left on screen left
    BODY_MAP_HEAD,  // the face close-up: eyes, face, neck
    BODY_MAP_VIEW_COUNT
};

#define BODY_MAP_MAX_REGIONS 40
#define BODY_MAP_MAX_SHAPES  2

// A line from (x0, y0) to (x1, y1) widened by r on every side.
struct body_map_capsule {
    float x0, y0, x1, y1, r;
};

struct body_map_region {
    int muscle; // enum routine_muscle
    enum body_map_view view;
    float cx, cy;  // its centre: the middle of the part it stands for
    float reach;   // radius of the largest disc around the centre that
                   // lies wholly in the region (the touch target)
    uint32_t glow; // the figure's segments to light when it is chosen
    struct body_map_capsule shape[BODY_MAP_MAX_SHAPES];
    int shape_count;
};

struct body_map {
    struct figure_pose pose[BODY_MAP_VIEW_COUNT]; // the pose each view shows
    // The box each view needs on screen (x0, y0, x1, y1; y up): the drawn
    // figure and every region.
    float extent[BODY_MAP_VIEW_COUNT][4];
    struct body_map_region region[BODY_MAP_MAX_REGIONS];
    size_t count; // regions, in hit-test priority and keyboard order
};

// Builds the map: the poses, the regions and their reach.
void body_map_init(struct body_map *m);

// The index of the region of view v holding (x, y) in that view's
// coordinates, or -1 when the point is on no region.
int body_map_hit(const struct body_map *m, enum body_map_view v, float x,
                 float y);

// Where the map goes in a w x h pixel area (y down): each view's panel,
// and its scale in pixels per unit.
struct body_map_layout {
    struct body_map_panel {
        int x, y, w, h;
        float scale;
    } panel[BODY_MAP_VIEW_COUNT];
    int whole_x, whole_y, whole_w, whole_h; // the whole-body button
    float min_target_px; // the smallest region's touch disc, in pixels
};

// Arranges the three views and the whole-body button (at least target
// pixels high) in the area, as large as they fit: in a row, or the two
// bodies above the close-up in a tall area. Returns false when even the
// best arrangement leaves a region's disc below target pixels across
// (out is filled either way).
bool body_map_layout(const struct body_map *m, int w, int h, int gap,
                     int target, struct body_map_layout *out);

// From a pixel in a panel to the view's coordinates, and back.
void body_map_to_view(const struct body_map *m, const struct body_map_layout *l,
                      enum body_map_view v, float px, float py, float *x,
                      float *y);
void body_map_to_pixels(const struct body_map *m,
                        const struct body_map_layout *l, enum body_map_view v,
                        float x, float y, float *px, float *py);

#endif
