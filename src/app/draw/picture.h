#ifndef LIMBER_PICTURE_H
#define LIMBER_PICTURE_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

// Pictures through SDL_image (PNG, JPEG, SVG): a step's `image:`, and the
// PNG files --render-figure and --snapshot write. SDL_image is loaded
// with dlopen at the first picture, so a window whose routines have none
// never maps it and the image codecs it pulls in.

// The largest picture a step may show, in pixels each way.
#define PICTURE_MAX_SIDE 4096

// Decodes the file to check it: false with one line of reason in why when
// it does not decode or is larger than PICTURE_MAX_SIDE either way.
bool picture_check(const char *path, char *why, size_t why_size);

// The same for --check (tools.h's struct check_images); ctx is unused.
bool picture_check_cb(void *ctx, const char *path, char *why, size_t why_size);

// Draws the picture at path fitted into box (centred, aspect kept),
// flipped left to right when mirrored. The texture is kept for the next
// frame of the same path. False when it cannot be shown (logged once).
bool picture_draw(SDL_Renderer *r, SDL_Rect box, const char *path,
                  bool mirrored);

// Forgets the kept texture (before its renderer goes).
void picture_forget(void);

// Writes a surface as a PNG file. False with the reason in why.
bool picture_save_png(SDL_Surface *s, const char *path, char *why,
                      size_t why_size);

#endif
