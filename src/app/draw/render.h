#ifndef LIMBER_RENDER_H
#define LIMBER_RENDER_H

#include <SDL.h>

// Shapes with smooth edges, drawn with SDL_RenderGeometry: every outline
// gets a one-pixel fringe that fades to transparent, which the software
// renderer blends like any other triangle.

void render_fill_rect(SDL_Renderer *r, SDL_Rect rect, SDL_Color c);

// A filled rectangle with rounded corners of the given radius.
void render_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color c);

// A rounded outline of the given thickness, drawn inside rect.
void render_round_frame(SDL_Renderer *r, SDL_Rect rect, int radius,
                        int thickness, SDL_Color c);

// A band between radii r_in and r_out from angle from to angle to, in
// turns (0 at twelve o'clock, growing clockwise; 1 is a full circle).
void render_arc(SDL_Renderer *r, float cx, float cy, float r_in, float r_out,
                float from, float to, SDL_Color c);

#endif
