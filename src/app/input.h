#ifndef LIMBER_INPUT_H
#define LIMBER_INPUT_H

#include <stdbool.h>

#include <SDL.h>

// Keys, mouse buttons and fingers, turned into the few things a screen
// understands. Pointer positions are in drawable pixels.

enum input_kind {
    INPUT_NONE,
    INPUT_UP,
    INPUT_DOWN,
    INPUT_LEFT,  // also previous phase in the player
    INPUT_RIGHT, // also next phase in the player
    INPUT_TAB,
    INPUT_BACKTAB,
    INPUT_ENTER,
    INPUT_SPACE,
    INPUT_NEXT, // N
    INPUT_PREV, // P
    INPUT_BACK, // Escape, Backspace, AC Back
    INPUT_QUIT, // Q
    INPUT_PRESS,
    INPUT_RELEASE,
    INPUT_MOVE,        // a finger, or the mouse with its button held, moved
    INPUT_SCROLL,      // y: +1 up, -1 down
    INPUT_ACTIVATE,    // a button was chosen: id
    INPUT_MUTE,        // M
    INPUT_VOLUME_UP,   // + (also = and the keypad's +)
    INPUT_VOLUME_DOWN, // - (also the keypad's -)
};

struct input {
    enum input_kind kind;
    int x, y; // PRESS, RELEASE, MOVE; y for SCROLL
    int id;   // ACTIVATE
};

// How window coordinates become the screens' pixels.
struct input_view {
    float scale_x, scale_y; // output pixels per window coordinate (HiDPI)
    int out_w, out_h;       // the renderer's output in pixels
    int rotation;           // the picture turned clockwise (window.h)
};

// Translates ev. Mouse positions are scaled by the view's scale, fingers
// (0..1 across the window) by its output size; then both are turned back
// by its rotation, into the canvas the screens draw on. Returns false
// when the event means nothing to the screens.
bool input_from_event(const SDL_Event *ev, const struct input_view *view,
                      struct input *out);

// Turns a point (x, y) of an out_w x out_h output back by rotation
// degrees: where it lies on the upright canvas.
void input_unrotate(int rotation, int out_w, int out_h, int *x, int *y);

#endif
