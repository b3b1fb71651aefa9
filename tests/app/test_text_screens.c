// Home and the player in seven languages and two window sizes, with the
// routines of tests/data/text and the fonts pinned by
// tests/fonts/fonts.conf: every text block lies inside the window and
// fits its box (none is cut short). Given a folder, it also writes each
// screen there as a BMP, to be looked at.
//   test_text_screens [OUTDIR]

#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "harness.h"
#include "text.h"

static struct harness t;
static const char *outdir;
static int failures;

static void check(const char *lang, const char *name)
{
    size_t n;
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    if (n == 0) {
        fprintf(stderr, "%s %dx%d %s: no text drawn\n", lang, t.w, t.h, name);
        failures++;
    }
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = d[i].rect, b = d[i].box;
        bool outside = r.x < 0 || r.y < 0 || r.x + r.w > t.w ||
                       r.y + r.h > t.h || r.x < b.x || r.y < b.y ||
                       r.x + r.w > b.x + b.w || r.y + r.h > b.y + b.h;
        if (outside || d[i].clipped) {
            fprintf(stderr,
                    "%s %dx%d %s: '%s' at %d,%d %dx%d in %d,%d %dx%d%s\n", lang,
                    t.w, t.h, name, d[i].str, r.x, r.y, r.w, r.h, b.x, b.y, b.w,
                    b.h, d[i].clipped ? " is cut short" : " is outside");
            failures++;
        }
    }
    if (!outdir)
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/text-%s-%dx%d-%s.bmp", outdir, lang, t.w,
             t.h, name);
    if (!harness_save(&t, path)) {
        fprintf(stderr, "cannot write %s: %s\n", path, SDL_GetError());
        failures++;
    }
}

int main(int argc, char **argv)
{
    outdir = argc > 1 ? argv[1] : NULL;
    setenv("FONTCONFIG_FILE", TEST_FONTS_CONF, 1);
    harness_init(&t, TEXT_ROUTINES);
    static const char *const langs[] = {"en", "uk", "el",     "he",
                                        "fa", "ja", "zh-Hant"};
    static const int sizes[][2] = {{1280, 800}, {800, 480}};
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        for (int s = 0; s < 2; s++) {
            int w = sizes[s][0], h = sizes[s][1];
            harness_open(&t, w, h, langs[l], NULL, -1);
            check(langs[l], "home");
            harness_open(&t, w, h, langs[l], "text-shoulder-stretch", -1);
            harness_advance(&t, 5000 + 8000);
            check(langs[l], "player");
            harness_advance(&t, 12000 + 5000 + 20000 + 10000);
            check(langs[l], "player-step2");
        }
    }
    harness_done(&t);
    printf("%d problems\n", failures);
    return failures ? 1 : 0;
}
