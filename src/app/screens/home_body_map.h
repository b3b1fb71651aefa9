#ifndef LIMBER_HOME_BODY_MAP_H
#define LIMBER_HOME_BODY_MAP_H

#include <stdint.h>

#include <SDL.h>

#include "app_private.h"

// The body map on the home screen (src/core/body_map.h): the figure from
// the front and from the back beside the tiles, each region a touch
// target and a stop for the keyboard focus that opens its group's
// routines. The tiles stay: the map only shows when the window is large
// enough for every region to be a whole touch target.

// Takes the map's room from the left of area when it fits; *map gets it
// (w == 0: no map). Returns the area left for the tiles.
SDL_Rect home_body_map_place(const struct app *app, SDL_Rect area,
                             SDL_Rect *map);

// Draws both figures into map, the focused group lit, and registers one
// hotspot (id: the muscle group) per region of a group in groups (a bit
// per enum routine_muscle).
void home_body_map_draw(struct app *app, SDL_Rect map, uint32_t groups);

#endif
