// Writes BMPs of kiosk mode's own screens (the PIN keypad, the attract
// loop) at 1280x800 and 800x480; kiosk_shots.sh turns them into
// docs/screenshots/kiosk-*.png.
//   limber_kiosk_shots OUTDIR

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "kiosk.h"
#include "msg.h"

static struct harness t;

static int64_t fake_now(void *ctx)
{
    return ((struct harness *)ctx)->now_ms;
}

static bool shot(const char *outdir, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/kiosk-%dx%d-%s.bmp", outdir, t.w, t.h,
             name);
    if (harness_save(&t, path))
        return true;
    fprintf(stderr, "cannot write %s: %s\n", path, SDL_GetError());
    return false;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: limber_kiosk_shots OUTDIR\n");
        return 2;
    }
    harness_init(&t, SOURCE_ROUTINES);
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    // Any hash will do: the pictures never get as far as checking one.
    cfg->pin_hash = strdup("$y$j9T$placeholder$");
    static const int sizes[][2] = {{1280, 800}, {800, 480}};
    bool ok = true;
    for (int s = 0; s < 2; s++) {
        struct app_config ac = {.lib = t.lib,
                                .lang = "en",
                                .muscle = -1,
                                .hidden = true,
                                .kiosk = cfg};
        char err[256];
        t.app = app_new(&ac, (struct clock){fake_now, &t}, err, sizeof err);
        if (!t.app) {
            fprintf(stderr, "app_new: %s\n", err);
            return 1;
        }
        SDL_SetWindowFullscreen(app_window(t.app), 0);
        SDL_SetWindowSize(app_window(t.app), sizes[s][0], sizes[s][1]);
        harness_frame(&t);
        SDL_GetRendererOutputSize(app_renderer(t.app), &t.w, &t.h);

        SDL_Event down = {.type = SDL_MOUSEBUTTONDOWN};
        down.button.button = SDL_BUTTON_LEFT;
        down.button.x = down.button.y = 4;
        app_handle(t.app, &down);
        harness_advance(&t, KIOSK_CORNER_MS);
        kiosk_pin_digit(t.app, 2);
        kiosk_pin_digit(t.app, 4);
        harness_frame(&t);
        ok &= shot(argv[1], "1-pin");

        harness_key(&t, SDLK_ESCAPE);
        harness_advance(&t, KIOSK_IDLE_DEFAULT_MS);
        ok &= shot(argv[1], "2-attract-in");
        harness_advance(&t, 4000);
        ok &= shot(argv[1], "3-attract-out");
        harness_close(&t);
    }
    kiosk_config_free(cfg);
    harness_done(&t);
    return ok ? 0 : 1;
}
