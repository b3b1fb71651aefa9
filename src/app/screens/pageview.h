#ifndef LIMBER_PAGEVIEW_H
#define LIMBER_PAGEVIEW_H

#include <stdbool.h>

#include <SDL.h>

#include "info.h"
#include "input.h"

struct app;

// A page of paragraphs (info.h) that scrolls a paragraph at a time, so
// every block drawn is whole and inside the window. The position is
// app->page_first; app->page_more says whether the last frame left
// paragraphs out below.

// Draws the page from app->page_first into area: headings, paragraphs
// and bullets, as many whole paragraphs as fit.
void pageview_draw(struct app *app, const struct info_page *page,
                   SDL_Rect area);

// Moves by paragraphs (by > 0: further down). True when it moved.
bool pageview_scroll(struct app *app, const struct info_page *page, int by);

// The scroll buttons' ids, and a bottom bar that draws them (only those
// that can move) from x in rect. Returns the x after them.
enum { PAGEVIEW_UP = 900, PAGEVIEW_DOWN };
int pageview_buttons(struct app *app, SDL_Rect bar);

// Handles the scroll buttons, Up/Down keys, the wheel and a finger drag.
// True when it used the input.
bool pageview_event(struct app *app, const struct info_page *page,
                    const struct input *in);

#endif
