#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_ttf.h>

#include "audio_speech.h"
#include "i18n.h"
#include "kiosk.h"
#include "text.h"

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

void harness_init(struct harness *t, const char *dir)
{
    *t = (struct harness){.now_ms = 1000};
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 0);
    SDL_setenv("SDL_RENDER_DRIVER", "software", 0);
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 0);
    // The build tree's speech helper: a test program is not beside it.
    SDL_setenv(AUDIO_SPEECH_HELPER_ENV, BUILD_DIR "/" AUDIO_SPEECH_HELPER, 0);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        exit(1);
    }
    i18n_init(BUILD_DIR, "en"); // build/locale, as limber itself finds it
    t->lib = library_new();
    // The bundled figures, as limber finds them beside itself, so that
    // the bundled routines' steps show theirs.
    library_add_dir(t->lib, BUILD_DIR "/figures", false);
    if (!library_add_dir(t->lib, dir, true) || !t->lib->count) {
        fprintf(stderr, "cannot load the routines in %s\n", dir);
        exit(1);
    }
}

void harness_done(struct harness *t)
{
    harness_close(t);
    library_free(t->lib);
    TTF_Quit();
    SDL_Quit();
}

void harness_open(struct harness *t, int w, int h, const char *lang,
                  const char *routine_id, int muscle)
{
    harness_close(t);
    struct app_config cfg = {
        .lib = t->lib,
        .lang = lang,
        .routine = routine_id ? library_find(t->lib, routine_id) : NULL,
        .muscle = muscle,
        .width = w,
        .height = h,
        .hidden = true,
        .notice = t->notice,
    };
    char err[256];
    t->app = app_new(&cfg, (struct clock){fake_now, t}, err, sizeof err);
    if (!t->app) {
        fprintf(stderr, "app_new: %s\n", err);
        exit(1);
    }
    t->w = w;
    t->h = h;
    harness_frame(t);
}

void harness_open_kiosk(struct harness *t, int w, int h, const char *lang,
                        const struct kiosk_config *cfg)
{
    harness_close(t);
    struct app_config ac = {.lib = t->lib,
                            .lang = lang,
                            .muscle = -1,
                            .hidden = true,
                            .kiosk = cfg};
    char err[256];
    t->app = app_new(&ac, (struct clock){fake_now, t}, err, sizeof err);
    if (!t->app) {
        fprintf(stderr, "app_new: %s\n", err);
        exit(1);
    }
    SDL_SetWindowFullscreen(app_window(t->app), 0);
    SDL_SetWindowSize(app_window(t->app), w, h);
    harness_frame(t);
    SDL_GetRendererOutputSize(app_renderer(t->app), &t->w, &t->h);
}

void harness_corner_press(struct harness *t)
{
    SDL_Event down = {.type = SDL_MOUSEBUTTONDOWN};
    down.button.button = SDL_BUTTON_LEFT;
    down.button.x = down.button.y = 4;
    app_handle(t->app, &down);
    harness_advance(t, KIOSK_CORNER_MS);
}

void harness_close(struct harness *t)
{
    app_free(t->app);
    t->app = NULL;
}

void harness_frame(struct harness *t)
{
    app_tick(t->app);
    app_render(t->app);
    app_deadline_ms(t->app);
}

void harness_advance(struct harness *t, int64_t ms)
{
    t->now_ms += ms;
    harness_frame(t);
}

static void send(struct harness *t, SDL_Event *ev)
{
    app_handle(t->app, ev);
    harness_frame(t);
}

void harness_key(struct harness *t, SDL_Keycode key)
{
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = key;
    ev.key.state = SDL_PRESSED;
    send(t, &ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    send(t, &ev);
}

void harness_click(struct harness *t, int x, int y)
{
    SDL_Event ev = {.type = SDL_MOUSEBUTTONDOWN};
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    send(t, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    send(t, &ev);
}

void harness_touch(struct harness *t, int x, int y)
{
    SDL_Event ev = {.type = SDL_FINGERDOWN};
    ev.tfinger.x = (float)x / (float)t->w;
    ev.tfinger.y = (float)y / (float)t->h;
    ev.tfinger.fingerId = 1;
    send(t, &ev);
    // SDL also makes a mouse click of each touch; the app must ignore it.
    SDL_Event mouse = {.type = SDL_MOUSEBUTTONDOWN};
    mouse.button.which = SDL_TOUCH_MOUSEID;
    mouse.button.button = SDL_BUTTON_LEFT;
    mouse.button.x = x;
    mouse.button.y = y;
    send(t, &mouse);
    ev.type = SDL_FINGERUP;
    send(t, &ev);
    mouse.type = SDL_MOUSEBUTTONUP;
    send(t, &mouse);
}

void harness_drag(struct harness *t, int x, int y0, int y1)
{
    SDL_Event ev = {.type = SDL_FINGERDOWN};
    ev.tfinger.fingerId = 1;
    ev.tfinger.x = (float)x / (float)t->w;
    ev.tfinger.y = (float)y0 / (float)t->h;
    send(t, &ev);
    int steps = 20;
    for (int i = 1; i <= steps; i++) {
        SDL_Event move = {.type = SDL_FINGERMOTION};
        move.tfinger.fingerId = 1;
        move.tfinger.x = ev.tfinger.x;
        move.tfinger.y = (float)(y0 + (y1 - y0) * i / steps) / (float)t->h;
        send(t, &move);
    }
    ev.type = SDL_FINGERUP;
    ev.tfinger.y = (float)y1 / (float)t->h;
    send(t, &ev);
}

bool harness_find_text(struct harness *t, const char *needle, SDL_Point *at)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t->app, &n);
    // The last drawn is on top (an overlay's button over the one below).
    for (size_t i = n; i-- > 0;) {
        if (strstr(d[i].str, needle)) {
            if (at)
                *at = (SDL_Point){d[i].rect.x + d[i].rect.w / 2,
                                  d[i].rect.y + d[i].rect.h / 2};
            return true;
        }
    }
    return false;
}

uint32_t *harness_pixels(struct harness *t, SDL_Rect rect)
{
    uint32_t *px = malloc(sizeof(*px) * (size_t)rect.w * (size_t)rect.h);
    if (SDL_RenderReadPixels(app_renderer(t->app), &rect,
                             SDL_PIXELFORMAT_ARGB8888, px,
                             rect.w * (int)sizeof(*px)) != 0) {
        fprintf(stderr, "SDL_RenderReadPixels: %s\n", SDL_GetError());
        exit(1);
    }
    return px;
}

bool harness_save(struct harness *t, const char *path)
{
    int w, h;
    SDL_GetRendererOutputSize(app_renderer(t->app), &w, &h);
    SDL_Surface *s =
        SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_RenderReadPixels(app_renderer(t->app), NULL, SDL_PIXELFORMAT_ARGB8888,
                         s->pixels, s->pitch);
    bool ok = SDL_SaveBMP(s, path) == 0;
    SDL_FreeSurface(s);
    return ok;
}
