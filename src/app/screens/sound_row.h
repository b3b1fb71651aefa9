#ifndef LIMBER_SOUND_ROW_H
#define LIMBER_SOUND_ROW_H

#include <SDL.h>

struct app;

// Where a screen draws the sound control (sound_control.h), given the row
// of its left-to-right layout that the control sits at the right end of:
// that row itself, or, when the layout is mirrored (mirror.h), just the
// control's own width at the row's mirrored start, so that it keeps to
// the same neighbour. Pass the result to sound_control_draw.
SDL_Rect sound_row_place(struct app *app, SDL_Rect row);

#endif
