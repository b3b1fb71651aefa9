#include "identity.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "install_dirs.h"
#include "xalloc.h"

#define ICON_SIZE "64x64"

void identity_export(void)
{
    setenv("SDL_VIDEO_WAYLAND_WMCLASS", LIMBER_APP_ID, 0);
    setenv("SDL_VIDEO_X11_WMCLASS", LIMBER_APP_ID, 0);
}

// The icon's path: the build tree's rendering first, then the installed.
static char *icon_path(void)
{
    static const char name[] = ICON_SIZE "/apps/" LIMBER_APP_ID ".png";
    const char *exe = install_exe_dir();
    if (exe) {
        char *built = xasprintf("%s/icons/hicolor/%s", exe, name);
        if (access(built, R_OK) == 0)
            return built;
        free(built);
    }
    char *icons = install_dir(INSTALL_ICONS);
    char *path = xasprintf("%s/%s", icons, name);
    free(icons);
    return path;
}

bool identity_set_icon(SDL_Window *window, char *why, size_t why_size)
{
    // libpng's simplified API: already in the process (SDL2_ttf's FreeType
    // links it), so the icon adds no library to the window.
    char *path = icon_path();
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path)) {
        snprintf(why, why_size, "%s: %s", path, image.message);
        free(path);
        return false;
    }
    image.format = PNG_FORMAT_RGBA;
    size_t stride = PNG_IMAGE_ROW_STRIDE(image);
    void *pixels = xmalloc(PNG_IMAGE_BUFFER_SIZE(image, stride));
    bool ok = png_image_finish_read(&image, NULL, pixels, (png_int_32)stride,
                                    NULL) != 0;
    if (!ok)
        snprintf(why, why_size, "%s: %s", path, image.message);
    SDL_Surface *icon = ok ? SDL_CreateRGBSurfaceWithFormatFrom(
                                 pixels, (int)image.width, (int)image.height,
                                 32, (int)stride, SDL_PIXELFORMAT_RGBA32)
                           : NULL;
    if (ok && !icon) {
        snprintf(why, why_size, "icon surface: %s", SDL_GetError());
        ok = false;
    }
    if (icon) {
        SDL_SetWindowIcon(window, icon); // SDL copies the pixels
        SDL_FreeSurface(icon);
    }
    png_image_free(&image);
    free(pixels);
    free(path);
    return ok;
}
