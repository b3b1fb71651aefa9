// Writes a BMP of every screen in English, Ukrainian and Hebrew (whose
// layout is mirrored: rtl-he-*) at 1280x800 and 800x480 (home also at
// 480x800), and the kiosk's keypad and attract screen in Hebrew, into a
// folder; shots.sh turns them into docs/screenshots/*.png.
//   limber_shots OUTDIR

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "history.h"
#include "i18n.h"
#include "info.h"
#include "kiosk.h"
#include "msg.h"
#include "plan.h"

static struct harness t;
static const char *outdir;
static int failures;

static void shot(const char *lang, const char *name)
{
    char path[1024];
    // A right-to-left interface's pictures say so in their names.
    const char *rtl = strcmp(lang, "he") == 0 ? "rtl-" : "";
    snprintf(path, sizeof path, "%s/%s%s-%dx%d-%s.bmp", outdir, rtl, lang, t.w,
             t.h, name);
    if (!harness_save(&t, path)) {
        fprintf(stderr, "cannot write %s: %s\n", path, SDL_GetError());
        failures++;
    }
}

// A history for the home screen's line (shots.sh gives a private
// XDG_STATE_HOME): two sessions today and one yesterday, so every home
// picture says the same ("3 sessions", or 2 on a Monday; 2 days in a row).
static void seed_history(void)
{
    char *path = history_default_path();
    if (!path)
        return;
    remove(path);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    tm.tm_mday -= 1;
    tm.tm_hour = 12;
    tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    int64_t starts[] = {(int64_t)mktime(&tm), (int64_t)now - 3600,
                        (int64_t)now - 60};
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
        struct history_entry e = {.id = "calf-cramp-relief",
                                  .lang = "en",
                                  .start = starts[i],
                                  .duration_ms = 355000,
                                  .completed = true};
        if (!history_append(path, &e)) {
            fprintf(stderr, "cannot write %s\n", path);
            failures++;
        }
    }
    free(path);
}

static void click_text(const char *needle)
{
    SDL_Point p;
    if (!harness_find_text(&t, needle, &p)) {
        fprintf(stderr, "no '%s' on screen\n", needle);
        failures++;
        return;
    }
    harness_click(&t, p.x, p.y);
}

// A kiosk's own screens in lang: home, the operator's keypad and the
// attract screen breathing in and out.
static void kiosk_shots(const char *lang)
{
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    // Any hash will do: the pictures never get as far as checking one.
    cfg->pin_hash = strdup("$y$j9T$placeholder$");
    static const int sizes[][2] = {{1280, 800}, {800, 480}};
    for (int s = 0; s < 2; s++) {
        harness_open_kiosk(&t, sizes[s][0], sizes[s][1], lang, cfg);
        shot(lang, "10-kiosk-home");
        harness_corner_press(&t);
        kiosk_pin_digit(t.app, 2);
        kiosk_pin_digit(t.app, 4);
        harness_frame(&t);
        shot(lang, "11-kiosk-pin");
        harness_key(&t, SDLK_ESCAPE);
        harness_advance(&t, KIOSK_IDLE_DEFAULT_MS);
        shot(lang, "12-kiosk-attract-in");
        harness_advance(&t, 4000);
        shot(lang, "12-kiosk-attract-out");
    }
    harness_close(&t);
    kiosk_config_free(cfg);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: limber_shots OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    harness_init(&t, SOURCE_ROUTINES);
    static const char *const langs[] = {"en", "uk", "he"};
    enum { LANGS = sizeof langs / sizeof langs[0] };
    static const int sizes[][2] = {{1280, 800}, {800, 480}};
    const char *id = "calf-cramp-relief";
    for (int l = 0; l < LANGS; l++) {
        const char *lang = langs[l];
        for (int s = 0; s < 2; s++) {
            int w = sizes[s][0], h = sizes[s][1];
            seed_history();
            harness_open(&t, w, h, lang, NULL, -1);
            shot(lang, "1-home");
            // Where the map and the tiles do not both fit, the map is one
            // switch away.
            SDL_Point sw;
            if (harness_find_text(&t, gettext("Body map"), &sw)) {
                harness_click(&t, sw.x, sw.y);
                shot(lang, "1-home-map");
                harness_open(&t, w, h, lang, NULL, -1);
            }
            click_text(msg_get(MSG_ABOUT, lang));
            shot(lang, "7-about");
            // Each health page as it opens, then the last one read down
            // to its end.
            static const char *const names[INFO_TOPIC_COUNT] = {
                "8-info-1-twitch-or-cramp", "8-info-2-common-causes",
                "8-info-3-rarer-causes", "8-info-4-what-helps",
                "8-info-5-see-a-doctor"};
            click_text(gettext(info_topic_page(0)->title));
            for (int i = 0; i < INFO_TOPIC_COUNT; i++) {
                shot(lang, names[i]);
                if (i + 1 < INFO_TOPIC_COUNT)
                    click_text(msg_get(MSG_NEXT_TOPIC, lang));
            }
            for (int i = 0;
                 i < 20 &&
                 harness_find_text(&t, msg_get(MSG_MORE_BELOW, lang), NULL);
                 i++)
                harness_key(&t, SDLK_DOWN);
            shot(lang, "8-info-5-see-a-doctor-end");
            t.notice = true;
            harness_open(&t, w, h, lang, NULL, -1);
            t.notice = false;
            shot(lang, "9-notice");

            harness_open(&t, w, h, lang, NULL, MUSCLE_CALVES);
            shot(lang, "2-list");
            harness_key(&t, SDLK_RETURN);
            shot(lang, "3-overview");

            harness_open(&t, w, h, lang, id, -1);
            harness_advance(&t, 2000);
            shot(lang, "4-player-get-ready");
            harness_advance(&t, 3000 + 12000);
            shot(lang, "4-player-left");
            harness_advance(&t, 18000 + 2000);
            shot(lang, "4-player-switch");
            harness_advance(&t, 3000 + 10000);
            shot(lang, "4-player-right");
            harness_advance(&t, 20000 + 4000);
            shot(lang, "4-player-rest");
            harness_key(&t, SDLK_SPACE);
            shot(lang, "5-paused");
            harness_key(&t, SDLK_SPACE);
            harness_advance(&t, 10 * 60 * 1000);
            shot(lang, "6-finish");
        }
    }
    // Home standing up.
    for (int l = 0; l < LANGS; l++) {
        seed_history();
        harness_open(&t, 480, 800, langs[l], NULL, -1);
        shot(langs[l], "1-home");
        SDL_Point sw;
        if (harness_find_text(&t, gettext("Body map"), &sw)) {
            harness_click(&t, sw.x, sw.y);
            shot(langs[l], "1-home-map");
        }
    }
    kiosk_shots("he");
    harness_done(&t);
    return failures ? 1 : 0;
}
