#include "picture.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMAGE_SONAME "libSDL2_image-2.0.so.0"

_Static_assert(sizeof(void *) == sizeof(void (*)(void)),
               "dlsym's pointers must fit a function pointer");

static struct {
    SDL_Surface *(*load)(const char *file);
    int (*save_png)(SDL_Surface *surface, const char *file);
} img;
static bool tried, loaded;
static char failure[256];

static bool load_library(void)
{
    if (tried)
        return loaded;
    tried = true;
    void *lib = dlopen(IMAGE_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(failure, sizeof failure, "cannot load SDL_image: %s",
                 dlerror());
        return false;
    }
    static const struct {
        const char *name;
        void *slot;
        size_t size;
    } symbols[] = {
        {"IMG_Load", &img.load, sizeof img.load},
        {"IMG_SavePNG", &img.save_png, sizeof img.save_png},
    };
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        void *fn = dlsym(lib, symbols[i].name);
        if (!fn) {
            snprintf(failure, sizeof failure, "%s has no %s", IMAGE_SONAME,
                     symbols[i].name);
            dlclose(lib);
            return false;
        }
        memcpy(symbols[i].slot, &fn, symbols[i].size);
    }
    loaded = true;
    return true;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && SDL_strcasecmp(s + n - m, suffix) == 0;
}

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 |
           p[3];
}

// The size a PNG or JPEG file says it has, read before decoding so a huge
// picture is refused without allocating it. False when the header cannot
// be read (the decoder then says why).
static bool header_size(const char *path, unsigned *w, unsigned *h)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    unsigned char b[64 * 1024];
    size_t n = fread(b, 1, sizeof b, f);
    fclose(f);
    if (n >= 24 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0 &&
        memcmp(b + 12, "IHDR", 4) == 0) {
        *w = be32(b + 16);
        *h = be32(b + 20);
        return true;
    }
    if (n >= 4 && b[0] == 0xff && b[1] == 0xd8) {
        // Walk the JPEG markers to the first start-of-frame.
        size_t i = 2;
        while (i + 9 < n && b[i] == 0xff) {
            unsigned marker = b[i + 1];
            unsigned len = (unsigned)b[i + 2] << 8 | b[i + 3];
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 &&
                marker != 0xc8 && marker != 0xcc) {
                *h = (unsigned)b[i + 5] << 8 | b[i + 6];
                *w = (unsigned)b[i + 7] << 8 | b[i + 8];
                return true;
            }
            i += 2 + len;
        }
    }
    return false;
}

bool picture_check(const char *path, char *why, size_t why_size)
{
    unsigned w = 0, h = 0;
    if (header_size(path, &w, &h) &&
        (w > PICTURE_MAX_SIDE || h > PICTURE_MAX_SIDE)) {
        snprintf(why, why_size, "it is %ux%u pixels; at most %dx%d", w, h,
                 PICTURE_MAX_SIDE, PICTURE_MAX_SIDE);
        return false;
    }
    if (!load_library()) {
        snprintf(why, why_size, "%s", failure);
        return false;
    }
    SDL_Surface *s = img.load(path);
    if (!s) {
        snprintf(why, why_size, "it does not decode: %s", SDL_GetError());
        return false;
    }
    bool ok = s->w <= PICTURE_MAX_SIDE && s->h <= PICTURE_MAX_SIDE;
    if (!ok)
        snprintf(why, why_size, "it is %dx%d pixels; at most %dx%d", s->w, s->h,
                 PICTURE_MAX_SIDE, PICTURE_MAX_SIDE);
    if (ok && !has_suffix(path, ".svg") && (s->w < 1 || s->h < 1)) {
        snprintf(why, why_size, "it has no pixels");
        ok = false;
    }
    SDL_FreeSurface(s);
    return ok;
}

bool picture_check_cb(void *ctx, const char *path, char *why, size_t why_size)
{
    (void)ctx;
    return picture_check(path, why, why_size);
}

static struct {
    SDL_Renderer *renderer;
    char *path;
    SDL_Texture *texture;
    int w, h;
    bool failed;
} kept;

void picture_forget(void)
{
    if (kept.texture)
        SDL_DestroyTexture(kept.texture);
    free(kept.path);
    memset(&kept, 0, sizeof kept);
}

bool picture_draw(SDL_Renderer *r, SDL_Rect box, const char *path,
                  bool mirrored)
{
    if (kept.renderer != r || !kept.path || strcmp(kept.path, path) != 0) {
        picture_forget();
        kept.renderer = r;
        kept.path = SDL_strdup(path);
        char why[256];
        SDL_Surface *s = NULL;
        if (picture_check(path, why, sizeof why))
            s = img.load(path);
        if (s) {
            kept.texture = SDL_CreateTextureFromSurface(r, s);
            kept.w = s->w;
            kept.h = s->h;
            SDL_FreeSurface(s);
        }
        if (!kept.texture) {
            SDL_Log("limber: picture %s cannot be shown: %s", path,
                    s ? SDL_GetError() : why);
            kept.failed = true;
        }
    }
    if (kept.failed || kept.w <= 0 || kept.h <= 0)
        return false;
    float scale =
        SDL_min((float)box.w / (float)kept.w, (float)box.h / (float)kept.h);
    SDL_Rect dst = {0, 0, (int)(kept.w * scale), (int)(kept.h * scale)};
    dst.x = box.x + (box.w - dst.w) / 2;
    dst.y = box.y + (box.h - dst.h) / 2;
    SDL_SetTextureScaleMode(kept.texture, SDL_ScaleModeLinear);
    SDL_RenderCopyEx(r, kept.texture, NULL, &dst, 0, NULL,
                     mirrored ? SDL_FLIP_HORIZONTAL : SDL_FLIP_NONE);
    return true;
}

bool picture_save_png(SDL_Surface *s, const char *path, char *why,
                      size_t why_size)
{
    if (!load_library()) {
        snprintf(why, why_size, "%s", failure);
        return false;
    }
    if (img.save_png(s, path) != 0) {
        snprintf(why, why_size, "cannot write %s: %s", path, SDL_GetError());
        return false;
    }
    return true;
}
