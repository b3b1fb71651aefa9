#ifndef LIMBER_FIGURE_DRAW_H
#define LIMBER_FIGURE_DRAW_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "figure.h"

// Draws a figure (src/core/figure.h) with smooth edges: limbs as tapered
// capsules of SDL_RenderGeometry triangles with a one-pixel fringe fading
// to transparent, the far side darker, the worked parts glowing, the
// props behind, the arrows in front. All the triangles of one figure go
// to the renderer in one call.

// The box of standing heights a figure needs over all its keys and props
// (x0, y0, x1, y1; y up), for the side given, so that the figure keeps
// one scale while it moves.
void figure_draw_bounds(const struct figure *f, bool mirrored, float out[4]);

// Where figure_draw puts a point (x, y) of the figure's units, in pixels
// of box: px = ox + x * scale, py = oy - y * scale.
void figure_draw_place(SDL_Rect box, const struct figure *f, bool mirrored,
                       float *scale, float *ox, float *oy);

// Draws pose (of figure f, for the mirrored side or not) fitted into box,
// with the scale and place of figure_draw_bounds.
void figure_draw(SDL_Renderer *r, SDL_Rect box, const struct figure *f,
                 const struct figure_pose *pose, bool mirrored);

// Frees the vertex buffer kept between frames.
void figure_draw_done(void);

#endif
