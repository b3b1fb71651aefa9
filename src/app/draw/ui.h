#ifndef LIMBER_UI_H
#define LIMBER_UI_H

#include <stdbool.h>

#include <SDL.h>

#include "text.h"

// Buttons drawn and registered in the same pass, so a frame's buttons are
// exactly what it shows; the next input is matched against them. The
// focus is an index into them and moves by arrow keys (to the nearest
// button that way) or Tab (in drawing order).

#define UI_MAX_BUTTONS 96

struct app;

enum ui_look {
    UI_PLAIN,   // a surface-coloured button with a centred label
    UI_PRIMARY, // the accent-coloured main action
    UI_TILE,    // a large tile with a big wrapped label
    UI_ROW,     // only the frame: the caller draws the content
};

struct ui {
    struct ui_button {
        SDL_Rect rect;
        int id;
        // A shape inside rect (the body map's regions): true when it holds
        // (x, y). NULL: the whole rect.
        bool (*contains)(const struct app *app, int id, int x, int y);
    } buttons[UI_MAX_BUTTONS];
    int count;
    int focus;   // index; clamped to count after each frame
    int pressed; // index under a pressed pointer, -1 when none
    // A press that moves far enough becomes a drag that scrolls instead
    // of choosing: where it went down, and where the last scroll step was.
    bool tracking, dragging;
    int press_y, drag_y;
};

// Forgets the buttons of the last frame (at the start of drawing, and
// again before an overlay whose buttons replace those below it).
void ui_begin(struct app *app);

// Registers a button and draws its background, frame and focus ring.
// Returns its index.
int ui_box(struct app *app, int id, SDL_Rect rect, enum ui_look look);

// Registers a button of any shape, drawn by the caller: rect places it
// for the arrow keys, contains says which points are on it.
int ui_area(struct app *app, int id, SDL_Rect rect,
            bool (*contains)(const struct app *app, int id, int x, int y));

// ui_box and a centred label (wrapped and shrunk to fit).
int ui_button(struct app *app, int id, SDL_Rect rect, const char *label,
              enum ui_look look);

// The index of the button under (x, y), or -1.
int ui_hit(const struct app *app, int x, int y);

// Moves the focus to the nearest button in direction (dx, dy), or along
// the drawing order by step (Tab, Shift+Tab). True when it moved.
bool ui_focus_toward(struct app *app, int dx, int dy);
bool ui_focus_step(struct app *app, int step);

// The id of the focused button, -1 when there is none.
int ui_focused_id(const struct app *app);

// Text styles in points of the design, scaled for the window.
struct text_style ui_style(const struct app *app, float points,
                           enum font_weight weight, SDL_Color color);

// A screen's top bar: a Back button (id) when back_id >= 0 and the title,
// the Back button at the top right when the layout is mirrored. Returns
// the area below it.
SDL_Rect ui_header(struct app *app, const char *title, int back_id);

// The mirrored layout of a right-to-left interface (mirror.h). Screens
// lay out as for a left-to-right one and place what they draw through
// these: ui_place turns a rectangle of that layout into the window's
// (itself when the layout is not mirrored). ui_box, ui_area and
// ui_button take the window's rectangles, so a screen passes them
// ui_place(app, r); a figure or the body map is placed, never flipped.
SDL_Rect ui_place(const struct app *app, SDL_Rect r);

// text_draw in a box of the left-to-right layout: the box placed by the
// mirror and the alignment swapped (left and right). Returns what the
// text covers in the same left-to-right layout, so that the layout can
// go on from it.
SDL_Rect ui_text(struct app *app, const char *str, SDL_Rect box,
                 const struct text_style *style);

// The same without drawing.
SDL_Rect ui_text_measure(struct app *app, const char *str, SDL_Rect box,
                         const struct text_style *style);

#endif
