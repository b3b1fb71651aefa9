#ifndef LIMBER_BODY_MAP_HOME_H
#define LIMBER_BODY_MAP_HOME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

struct app;

// The body map on the home screen (src/core/body_map.h): the figure from
// the front and the back and the face close-up, beside or above the
// tiles when both fit with full-size targets, else one of them at a time
// with a button that switches. Regions whose group has no routine are
// dimmed and cannot be chosen, as the tiles leave such groups out.

// Button ids of the regions: BODY_MAP_HOME_ID + the region's index.
#define BODY_MAP_HOME_ID 1000
// The switch between the map and the tiles.
#define BODY_MAP_HOME_SWITCH 999

// Shares area between the map and the tiles (groups: a bit per muscle
// group that has routines). May put the switch beside the bottom button,
// narrowing *bottom. Returns the room left for the tiles: w 0 when they
// are not shown.
SDL_Rect body_map_home_draw(struct app *app, SDL_Rect area, SDL_Rect *bottom,
                            uint32_t groups);

// True when this frame shows the map beside (or above) the tiles.
bool body_map_home_beside(void);

// Draws the map and registers its regions and the whole-body button, then
// the switch if this frame has one: after the tiles, so that the focus
// starts on them and Tab goes from the tiles to the map.
void body_map_home_finish(struct app *app);

// The muscle group a region's button id stands for, or -1 for any other
// id.
int body_map_home_group(int id);

// Handles the switch's id (true), flipping between the map and the tiles.
bool body_map_home_event(struct app *app, int id);

// A region as the last frame drew it, for tests.
struct body_map_home_target {
    int group;        // enum routine_muscle
    bool enabled;     // its group has routines: it can be chosen
    SDL_Point centre; // in drawable pixels
    int size;         // its touch disc's diameter, in pixels
};

// The regions of the last home frame that showed the map (none when it
// showed the tiles alone). Returns how many there are; fills up to max.
size_t body_map_home_targets(struct body_map_home_target *out, size_t max);

#endif
