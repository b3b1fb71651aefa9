#ifndef LIMBER_IDENTITY_H
#define LIMBER_IDENTITY_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

// The window's identity on the desktop: its application id (Wayland
// app_id, X11 WM_CLASS), the name of the desktop entry
// (LIMBER_APP_ID.desktop) so that docks and task bars match the two and
// show its icon, and the icon itself.

// Names the application id for SDL's video drivers through their
// environment variables (SDL_VIDEO_WAYLAND_WMCLASS, SDL_VIDEO_X11_WMCLASS;
// SDL 2.26 has no hint for them) unless the user set them. Call from main
// before SDL starts any thread: setenv is not thread-safe.
void identity_export(void);

// Gives the window the 64x64 icon the build renders from the SVG
// (icons/hicolor/64x64/apps/LIMBER_APP_ID.png beside a build tree's
// executable, else under the installed share/icons/hicolor). Without it
// the window keeps the system's default icon; false says why in why.
bool identity_set_icon(SDL_Window *window, char *why, size_t why_size);

#endif
