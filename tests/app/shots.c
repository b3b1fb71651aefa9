// Writes a BMP of every screen in English and Ukrainian at 1280x800 and
// 800x480 (home also at 480x800) into a folder; shots.sh turns them into
// docs/screenshots/*.png.
//   limber_shots OUTDIR

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "harness.h"
#include "history.h"
#include "i18n.h"
#include "info.h"
#include "msg.h"
#include "plan.h"

static struct harness t;
static const char *outdir;
static int failures;

static void shot(const char *lang, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s-%dx%d-%s.bmp", outdir, lang, t.w, t.h,
             name);
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

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: limber_shots OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    harness_init(&t, SOURCE_ROUTINES);
    static const char *const langs[] = {"en", "uk"};
    static const int sizes[][2] = {{1280, 800}, {800, 480}};
    const char *id = "calf-cramp-relief";
    for (int l = 0; l < 2; l++) {
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
    for (int l = 0; l < 2; l++) {
        seed_history();
        harness_open(&t, 480, 800, langs[l], NULL, -1);
        shot(langs[l], "1-home");
        SDL_Point sw;
        if (harness_find_text(&t, gettext("Body map"), &sw)) {
            harness_click(&t, sw.x, sw.y);
            shot(langs[l], "1-home-map");
        }
    }
    harness_done(&t);
    return failures ? 1 : 0;
}
