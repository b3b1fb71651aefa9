// A right-to-left interface (Hebrew, whose catalog exists) lays every
// screen out as in a mirror of the English one at the same size: each
// button and each text block both show at x' = W - x - w, texts aligned
// to the other side. Never the body: the player's figure and the home
// screen's body map are the very same pixels as in English, only moved,
// and the side badges keep to the body's side. English and Ukrainian do
// not mirror.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "body_map.h"
#include "body_map_home.h"
#include "harness.h"
#include "i18n.h"
#include "info.h"
#include "kiosk.h"
#include "msg.h"
#include "player_figure.h"
#include "session.h"
#include "sound_control.h"

static struct harness t;

// What one frame showed: its buttons and text blocks, in window pixels.
#define MAX_BUTTONS 128
#define MAX_TEXTS   256
struct frame {
    int w, h;
    size_t buttons;
    int id[MAX_BUTTONS];
    SDL_Rect button[MAX_BUTTONS];
    size_t texts;
    char *str[MAX_TEXTS];
    SDL_Rect text[MAX_TEXTS];
    SDL_Rect box[MAX_TEXTS]; // the box each text was given
    SDL_Rect sound;          // the sound control's buttons, w 0: none
};

// The sound control's place before an overlay hid its buttons (paused).
static SDL_Rect sound_under;

static bool is_sound(int id);

static void take(struct frame *f)
{
    *f = (struct frame){.w = t.w, .h = t.h};
    size_t n = app_button_count(t.app);
    for (size_t i = 0; i < n && f->buttons < MAX_BUTTONS; i++) {
        f->id[f->buttons] = app_button_id(t.app, i);
        f->button[f->buttons++] = app_button_rect(t.app, i);
    }
    const struct text_drawn *d = app_drawn_texts(t.app, &n);
    for (size_t i = 0; i < n && f->texts < MAX_TEXTS; i++) {
        f->str[f->texts] = strdup(d[i].str);
        f->box[f->texts] = d[i].box;
        f->text[f->texts++] = d[i].rect;
    }
    for (size_t i = 0; i < f->buttons; i++) {
        if (is_sound(f->id[i]))
            SDL_UnionRect(&f->sound, &f->button[i], &f->sound);
    }
    if (!f->sound.w)
        f->sound = sound_under;
    sound_under = (SDL_Rect){0};
}

static void drop(struct frame *f)
{
    for (size_t i = 0; i < f->texts; i++)
        free(f->str[i]);
}

static SDL_Rect mirrored(const struct frame *f, SDL_Rect r)
{
    r.x = f->w - r.x - r.w;
    return r;
}

// How many times id is among f's buttons.
static int id_count(const struct frame *f, int id)
{
    int n = 0;
    for (size_t i = 0; i < f->buttons; i++)
        n += f->id[i] == id;
    return n;
}

static const SDL_Rect *button_of(const struct frame *f, int id)
{
    for (size_t i = 0; i < f->buttons; i++) {
        if (f->id[i] == id)
            return &f->button[i];
    }
    return NULL;
}

// The sound control moves whole (sound_row.h), its own buttons in their
// order: they are checked together, not one by one.
static bool is_sound(int id)
{
    return id >= SOUND_CONTROL_ID_MUTE && id <= SOUND_CONTROL_ID_VOICE;
}

// The body map's regions on home: the map moves whole, unflipped, so its
// regions are not mirrored one by one (body_map_is_not_flipped).
static bool is_region(bool home, int id)
{
    return home && id >= BODY_MAP_HOME_ID &&
           id < BODY_MAP_HOME_ID + BODY_MAP_MAX_REGIONS;
}

// Every button of en (shown once; the sound control and the body map
// aside) is in he, mirrored; returns how many were compared.
static int check_buttons(const char *where, bool home, const struct frame *en,
                         const struct frame *he)
{
    int compared = 0;
    for (size_t i = 0; i < en->buttons; i++) {
        int id = en->id[i];
        if (is_sound(id))
            continue;
        if (is_region(home, id) || id_count(en, id) != 1)
            continue; // the map, and its whole-body button beside the tile
        if (id_count(he, id) != 1)
            fail_msg("%s: button %d is not in the Hebrew layout once", where,
                     id);
        SDL_Rect want = mirrored(en, en->button[i]);
        const SDL_Rect *got = button_of(he, id);
        // A button as wide as its label (the language switch on a narrow
        // window names another language) keeps to the mirrored window
        // edge: its outer side is where the mirror puts it.
        if (got->w != want.w && got->y == want.y && got->h == want.h) {
            bool at_left = want.x + want.w / 2 < en->w / 2;
            if (at_left ? got->x == want.x : got->x + got->w == want.x + want.w)
                want = *got;
        }
        if (!SDL_RectEquals(&want, got))
            fail_msg("%s %dx%d: button %d at %d,%d %dx%d, not %d,%d %dx%d "
                     "(English %d,%d)",
                     where, en->w, en->h, id, got->x, got->y, got->w, got->h,
                     want.x, want.y, want.w, want.h, en->button[i].x,
                     en->button[i].y);
        compared++;
    }
    SDL_Rect en_sound = en->sound, he_sound = he->sound;
    if (en_sound.w) {
        SDL_Rect want = mirrored(en, en_sound);
        if (!SDL_RectEquals(&want, &he_sound))
            fail_msg("%s: the sound control is at x %d, not %d", where,
                     he_sound.x, want.x);
    }
    return compared;
}

static int text_count(const struct frame *f, const char *s)
{
    int n = 0;
    for (size_t i = 0; i < f->texts; i++)
        n += strcmp(f->str[i], s) == 0;
    return n;
}

// Every text both frames show once (a routine's own words, which are
// English in both, numbers, the app's name) covers the mirrored pixels:
// a line that began at the left edge of its box in English ends at the
// right edge of the mirrored box. Centring may round a pixel the other
// way. Returns how many were compared.
static int check_texts(const char *where, const struct frame *en,
                       const struct frame *he)
{
    int compared = 0;
    for (size_t i = 0; i < en->texts; i++) {
        const char *s = en->str[i];
        if (text_count(en, s) != 1 || text_count(he, s) != 1)
            continue;
        // The sound control's labels move with the control, not each by
        // itself.
        SDL_Rect in;
        if (SDL_IntersectRect(&en->sound, &en->text[i], &in))
            continue;
        SDL_Rect got = {0};
        for (size_t j = 0; j < he->texts; j++) {
            if (strcmp(he->str[j], s) == 0)
                got = he->text[j];
        }
        SDL_Rect want = mirrored(en, en->text[i]);
        if (abs(got.x - want.x) > 1 || got.y != want.y || got.w != want.w ||
            got.h != want.h)
            fail_msg("%s %dx%d: '%s' at %d,%d %dx%d, not %d,%d %dx%d", where,
                     en->w, en->h, s, got.x, got.y, got.w, got.h, want.x,
                     want.y, want.w, want.h);
        compared++;
    }
    return compared;
}

// Where a text sits in its box: at the left, at the right, or neither
// (centred, or filling it).
enum side { AT_LEFT, AT_RIGHT, NEITHER };

static enum side side_in_box(SDL_Rect r, SDL_Rect b)
{
    bool left = r.x == b.x, right = r.x + r.w == b.x + b.w;
    return left && !right ? AT_LEFT : right && !left ? AT_RIGHT : NEITHER;
}

// The texts of the interface, which differ between the languages, are
// found by their boxes: each English text that keeps to one side of its
// box keeps to the other side of the mirrored box in Hebrew (a box that
// is only as wide as its text, at the mirrored box's left, keeps it
// there). Returns how many were compared.
static int check_alignment(const char *where, const struct frame *en,
                           const struct frame *he)
{
    int compared = 0;
    for (size_t i = 0; i < en->texts; i++) {
        enum side want = side_in_box(en->text[i], en->box[i]);
        SDL_Rect mb = mirrored(en, en->box[i]);
        SDL_Rect in;
        if (want == NEITHER || SDL_IntersectRect(&en->sound, &en->box[i], &in))
            continue;
        for (size_t j = 0; j < he->texts; j++) {
            SDL_Rect b = he->box[j], r = he->text[j];
            bool same = b.w == mb.w, narrowed = b.w < mb.w && r.w == b.w;
            if (b.y != mb.y || b.h != mb.h || b.x != mb.x || r.w == 0 ||
                !(same || narrowed))
                continue;
            bool ok = want == AT_LEFT ? r.x + r.w == mb.x + mb.w : r.x == mb.x;
            if (!ok)
                fail_msg("%s %dx%d: '%s' is not at the %s of its box (as '%s' "
                         "is at the %s)",
                         where, en->w, en->h, he->str[j],
                         want == AT_LEFT ? "right" : "left", en->str[i],
                         want == AT_LEFT ? "left" : "right");
            compared++;
            break;
        }
    }
    return compared;
}

// Brings a window of w x h in lang to one state of a screen.
typedef void (*scene_fn)(const char *lang, int w, int h);

static void click_text(const char *needle)
{
    SDL_Point p;
    if (!harness_find_text(&t, needle, &p))
        fail_msg("no '%s' on screen", needle);
    harness_click(&t, p.x, p.y);
}

static void home(const char *lang, int w, int h)
{
    harness_open(&t, w, h, lang, NULL, -1);
}

static void list(const char *lang, int w, int h)
{
    harness_open(&t, w, h, lang, NULL, MUSCLE_CALVES);
}

static void overview(const char *lang, int w, int h)
{
    list(lang, w, h);
    harness_key(&t, SDLK_RETURN);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_OVERVIEW);
}

// The left side of the calf stretch, 12 s in: the figure is drawn.
static void player(const char *lang, int w, int h)
{
    harness_open(&t, w, h, lang, "calf-cramp-relief", -1);
    harness_advance(&t, 5000 + 12000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_PLAYER);
}

// The right side, after the switch.
static void player_right(const char *lang, int w, int h)
{
    player(lang, w, h);
    harness_advance(&t, 18000 + 5000 + 10000);
}

static void paused(const char *lang, int w, int h)
{
    player(lang, w, h);
    struct frame before;
    take(&before);
    drop(&before);
    harness_key(&t, SDLK_SPACE);
    sound_under = before.sound;
}

static void finish(const char *lang, int w, int h)
{
    player(lang, w, h);
    harness_advance(&t, 10 * 60 * 1000);
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_FINISH);
}

static void about(const char *lang, int w, int h)
{
    home(lang, w, h);
    click_text(msg_get(MSG_ABOUT, lang));
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_ABOUT);
}

static void info(const char *lang, int w, int h)
{
    about(lang, w, h);
    click_text(gettext(info_topic_page(1)->title));
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_INFO);
}

static void notice(const char *lang, int w, int h)
{
    t.notice = true;
    harness_open(&t, w, h, lang, NULL, -1);
    t.notice = false;
    assert_int_equal(app_current_screen(t.app), APP_SCREEN_NOTICE);
}

static const struct scene {
    const char *name;
    scene_fn go;
} scenes[] = {
    {"home", home},
    {"list", list},
    {"overview", overview},
    {"player", player},
    {"player right", player_right},
    {"paused", paused},
    {"finish", finish},
    {"about", about},
    {"info", info},
    {"notice", notice},
};

static const int sizes[][2] = {{1280, 800}, {800, 480}};
// The same and a window standing up, for the body: there the labels of
// the narrow top bar set its neighbours apart differently in each
// language, which is no mirror's doing.
static const int sizes_tall_too[][2] = {{1280, 800}, {800, 480}, {480, 800}};

static void every_screen_is_mirrored(void **state)
{
    (void)state;
    for (size_t s = 0; s < sizeof scenes / sizeof scenes[0]; s++) {
        for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
            struct frame en, he;
            scenes[s].go("en", sizes[z][0], sizes[z][1]);
            take(&en);
            scenes[s].go("he", sizes[z][0], sizes[z][1]);
            assert_string_equal(i18n_shown_lang(), "he");
            take(&he);
            bool home = app_current_screen(t.app) == APP_SCREEN_HOME;
            int buttons = check_buttons(scenes[s].name, home, &en, &he);
            int texts = check_texts(scenes[s].name, &en, &he);
            int aligned = check_alignment(scenes[s].name, &en, &he);
            printf("%s %dx%d: %d buttons and %d texts mirrored, %d aligned to "
                   "the other side\n",
                   scenes[s].name, sizes[z][0], sizes[z][1], buttons, texts,
                   aligned);
            // Something on each screen was compared: at least one button
            // that is not at the window's middle, where a mirror changes
            // nothing.
            int off_centre = 0;
            for (size_t i = 0; i < en.buttons; i++) {
                SDL_Rect m = mirrored(&en, en.button[i]);
                off_centre += abs(m.x - en.button[i].x) > 2;
            }
            if (buttons == 0 || off_centre == 0)
                fail_msg("%s: nothing to compare", scenes[s].name);
            drop(&en);
            drop(&he);
        }
    }
}

// The screens' own texts: the Back button at the top right, the
// routine's title, left-aligned in English, right-aligned in Hebrew.
static void back_and_titles_swap_sides(void **state)
{
    (void)state;
    struct frame en, he;
    list("en", 1280, 800);
    take(&en);
    list("he", 1280, 800);
    take(&he);
    const SDL_Rect *back_en = &en.button[0], *back_he = &he.button[0];
    assert_int_equal(en.id[0], he.id[0]);
    assert_true(back_en->x < en.w / 4);                  // top left
    assert_true(back_he->x + back_he->w > he.w * 3 / 4); // top right
    assert_int_equal(back_he->x + back_he->w, he.w - back_en->x);
    // A row's title starts at the row's left in English, ends at its
    // right in Hebrew; the time moves from the right to the left.
    const char *title = "Calf cramp relief";
    SDL_Rect te = {0}, th = {0};
    for (size_t i = 0; i < en.texts; i++) {
        if (strcmp(en.str[i], title) == 0)
            te = en.text[i];
    }
    for (size_t i = 0; i < he.texts; i++) {
        if (strcmp(he.str[i], title) == 0)
            th = he.text[i];
    }
    assert_true(te.w > 0 && th.w > 0);
    assert_true(te.x < en.w / 4);
    assert_true(th.x + th.w > he.w * 3 / 4);
    char minutes[48];
    msg_duration_about(6 * 60 * 1000, "he", minutes, sizeof minutes);
    SDL_Point p;
    assert_true(harness_find_text(&t, minutes, &p));
    assert_true(p.x < he.w / 4);
    drop(&en);
    drop(&he);
}

// Reads the frame's pixels in r.
static uint32_t *pixels(SDL_Rect r)
{
    uint32_t *px = harness_pixels(&t, r);
    assert_non_null(px);
    return px;
}

// Whether b is drawn as a, only elsewhere: the software renderer computes
// edges in floating point from the coordinates, so a few edge pixels may
// take a slightly different shade (seen at 480x800: 6 pixels, by at most
// 14 in a channel); nothing more.
static bool moved_copy(const uint32_t *a, const uint32_t *b, size_t n)
{
    size_t shaded = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == b[i])
            continue;
        shaded++;
        for (int shift = 0; shift < 32; shift += 8) {
            int ca = (int)(a[i] >> shift & 0xff);
            int cb = (int)(b[i] >> shift & 0xff);
            if (abs(ca - cb) > 32)
                return false;
        }
    }
    return shaded <= n / 500;
}

// The figure moves to the other half, drawn exactly as in English: not
// flipped (which would change most of its pixels, as the check on the
// flipped copy shows), the body's left side still its left.
static void figure_is_not_flipped(void **state)
{
    (void)state;
    scene_fn scenes_with_figure[] = {player, player_right};
    for (size_t k = 0; k < 2; k++) {
        for (size_t z = 0; z < sizeof sizes_tall_too / sizeof sizes_tall_too[0];
             z++) {
            int w = sizes_tall_too[z][0], h = sizes_tall_too[z][1];
            scenes_with_figure[k]("en", w, h);
            SDL_Rect re = player_figure_rect(t.app);
            assert_true(re.w > 0 && re.h > 0);
            uint32_t *en = pixels(re);
            scenes_with_figure[k]("he", w, h);
            SDL_Rect rh = player_figure_rect(t.app);
            SDL_Rect want = {w - re.x - re.w, re.y, re.w, re.h};
            assert_true(SDL_RectEquals(&rh, &want));
            assert_true(rh.x != re.x); // it moved
            uint32_t *he = pixels(rh);
            size_t n = (size_t)re.w * (size_t)re.h;
            assert_true(moved_copy(en, he, n));
            // A flipped copy would not pass.
            uint32_t *flipped = malloc(n * sizeof *flipped);
            assert_non_null(flipped);
            for (int y = 0; y < re.h; y++) {
                for (int x = 0; x < re.w; x++)
                    flipped[y * re.w + x] = en[y * re.w + (re.w - 1 - x)];
            }
            assert_false(moved_copy(flipped, he, n));
            free(flipped);
            free(en);
            free(he);
        }
    }
}

// The side badge keeps to the body's side of the text column: the left
// side's badge at the column's left, in Hebrew as in English.
static void side_badge_keeps_the_body_side(void **state)
{
    (void)state;
    const char *ids[2] = {"◀", "▶"};
    scene_fn go[2] = {player, player_right};
    for (int k = 0; k < 2; k++) {
        go[k]("he", 1280, 800);
        const char *label =
            msg_get(k == 0 ? MSG_LEFT_SIDE : MSG_RIGHT_SIDE, "he");
        assert_non_null(strstr(label, ids[k]));
        SDL_Point badge, body;
        assert_true(harness_find_text(&t, label, &badge));
        // The step's instructions: the text column.
        assert_true(harness_find_text(&t, "Stand facing a wall", &body));
        if (k == 0)
            assert_true(badge.x < body.x); // left of the column's middle
        else
            assert_true(badge.x > body.x);
    }
}

// The body map on home moves whole to the other side, unflipped: every
// region keeps its place relative to the others, and the figures' pixels
// are the English ones moved.
static void body_map_is_not_flipped(void **state)
{
    (void)state;
    for (size_t z = 0; z < sizeof sizes_tall_too / sizeof sizes_tall_too[0];
         z++) {
        int w = sizes_tall_too[z][0], h = sizes_tall_too[z][1];
        struct body_map_home_target en[64], he[64];
        home("en", w, h);
        // Small windows show the map one switch away.
        SDL_Point sw;
        bool switched = harness_find_text(&t, gettext("Body map"), &sw);
        if (switched)
            harness_click(&t, sw.x, sw.y);
        size_t n = body_map_home_targets(en, 64);
        assert_true(n > 3);
        uint32_t *en_px = pixels((SDL_Rect){0, 0, w, h});
        home("he", w, h);
        if (switched) {
            assert_true(harness_find_text(&t, gettext("Body map"), &sw));
            harness_click(&t, sw.x, sw.y);
        }
        assert_int_equal(body_map_home_targets(he, 64), n);
        uint32_t *he_px = pixels((SDL_Rect){0, 0, w, h});
        int dx = he[0].centre.x - en[0].centre.x;
        if (!switched)
            assert_true(dx > 0); // beside the tiles: from the left half
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(he[i].group, en[i].group);
            assert_int_equal(he[i].centre.x - en[i].centre.x, dx);
            assert_int_equal(he[i].centre.y, en[i].centre.y);
            assert_int_equal(he[i].size, en[i].size);
            // The region's square: the same pixels, moved by dx.
            int half = en[i].size / 2;
            size_t k = 0, cap = 4 * (size_t)(half + 1) * (size_t)(half + 1);
            uint32_t *a = malloc(cap * sizeof *a), *b = malloc(cap * sizeof *b);
            assert_true(a && b);
            for (int y = en[i].centre.y - half; y < en[i].centre.y + half;
                 y++) {
                for (int x = en[i].centre.x - half; x < en[i].centre.x + half;
                     x++) {
                    if (y < 0 || y >= h || x < 0 || x >= w || x + dx < 0 ||
                        x + dx >= w)
                        continue;
                    a[k] = en_px[y * w + x];
                    b[k++] = he_px[y * w + x + dx];
                }
            }
            if (!moved_copy(a, b, k))
                fail_msg("%dx%d: region %zu is not the English one moved", w, h,
                         i);
            free(a);
            free(b);
        }
        free(en_px);
        free(he_px);
    }
}

// In the mirrored player the arrow keys follow the buttons: Left goes on
// to the next phase, Right back.
static void arrows_follow_the_reading(void **state)
{
    (void)state;
    const char *langs[2] = {"en", "he"};
    for (int l = 0; l < 2; l++) {
        harness_open(&t, 1280, 800, langs[l], "calf-cramp-relief", -1);
        harness_advance(&t, 1000);
        SDL_Keycode on = l == 0 ? SDLK_RIGHT : SDLK_LEFT;
        SDL_Keycode back = l == 0 ? SDLK_LEFT : SDLK_RIGHT;
        // Skip from the lead-in to step 1, then come back.
        harness_key(&t, on);
        assert_true(harness_find_text(&t, "Calf stretch at the wall", NULL));
        harness_key(&t, back);
        assert_true(
            harness_find_text(&t, msg_get(MSG_GET_READY, langs[l]), NULL));
    }
}

// English and Ukrainian are not mirrored: the same buttons in the same
// places, screen by screen.
static void left_to_right_stays(void **state)
{
    (void)state;
    for (size_t s = 0; s < sizeof scenes / sizeof scenes[0]; s++) {
        struct frame en, uk;
        scenes[s].go("en", 1280, 800);
        take(&en);
        scenes[s].go("uk", 1280, 800);
        take(&uk);
        for (size_t i = 0; i < en.buttons; i++) {
            if (id_count(&en, en.id[i]) != 1)
                continue;
            const SDL_Rect *r = button_of(&uk, en.id[i]);
            if (!r || !SDL_RectEquals(r, &en.button[i]))
                fail_msg("%s: button %d moved in Ukrainian", scenes[s].name,
                         en.id[i]);
        }
        drop(&en);
        drop(&uk);
    }
}

// The kiosk's keypad keeps a phone's order in every language, its Back
// button mirrored; the attract screen is centred either way.
static void kiosk_screens(void **state)
{
    (void)state;
    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    cfg->pin_hash = strdup("$y$j9T$placeholder$");
    struct frame f[2];
    const char *langs[2] = {"en", "he"};
    for (int l = 0; l < 2; l++) {
        harness_open_kiosk(&t, 1280, 800, langs[l], cfg);
        harness_corner_press(&t);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_PIN);
        take(&f[l]);
        // Nobody there: the attract screen, its texts centred.
        harness_key(&t, SDLK_ESCAPE);
        harness_advance(&t, KIOSK_IDLE_DEFAULT_MS);
        assert_int_equal(app_current_screen(t.app), APP_SCREEN_ATTRACT);
        size_t n;
        const struct text_drawn *d = app_drawn_texts(t.app, &n);
        assert_true(n >= 3);
        for (size_t i = 0; i < n; i++) {
            int left = d[i].rect.x, right = t.w - d[i].rect.x - d[i].rect.w;
            assert_true(abs(left - right) <= 2);
        }
    }
    // The digits 0 to 9 are where they were; Back (the one other button
    // at the top) is mirrored.
    for (int key = 0; key <= 9; key++) {
        const SDL_Rect *e = button_of(&f[0], key), *h = button_of(&f[1], key);
        assert_non_null(e);
        assert_non_null(h);
        assert_true(SDL_RectEquals(e, h));
    }
    const SDL_Rect *back_en = NULL, *back_he = NULL;
    for (size_t i = 0; i < f[0].buttons; i++) {
        if (f[0].button[i].y < f[0].h / 8)
            back_en = &f[0].button[i];
    }
    for (size_t i = 0; i < f[1].buttons; i++) {
        if (f[1].button[i].y < f[1].h / 8)
            back_he = &f[1].button[i];
    }
    assert_non_null(back_en);
    assert_non_null(back_he);
    SDL_Rect want = mirrored(&f[0], *back_en);
    assert_true(SDL_RectEquals(&want, back_he));
    drop(&f[0]);
    drop(&f[1]);
    harness_close(&t);
    kiosk_config_free(cfg);
}

// Presses the button labelled name and says where it was.
static SDL_Rect press(const char *name)
{
    SDL_Point p;
    if (!harness_find_text(&t, name, &p))
        fail_msg("no '%s' on screen", name);
    SDL_Rect at = {0};
    size_t n = app_button_count(t.app);
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = app_button_rect(t.app, i);
        if (SDL_PointInRect(&p, &r))
            at = r;
    }
    assert_true(at.w > 0);
    harness_click(&t, p.x, p.y);
    return at;
}

// The language switch turns the mirror on and off at once, in a kiosk
// whose languages are Hebrew and English as on the desktop: the switch
// sits at the top right in English and at the top left in Hebrew.
static void switching_language_turns_the_mirror(void **state)
{
    (void)state;
    home("en", 1280, 800);
    SDL_Rect at = press("עברית");
    assert_true(at.x > 1280 / 2);
    assert_string_equal(app_lang(t.app), "he");
    at = press("Українська");
    assert_true(at.x + at.w < 1280 / 2);
    assert_string_equal(app_lang(t.app), "uk");
    at = press("English");
    assert_true(at.x > 1280 / 2);

    struct kiosk_config *cfg = kiosk_config_new();
    cfg->kiosk = true;
    snprintf(cfg->langs[0], sizeof cfg->langs[0], "he");
    snprintf(cfg->langs[1], sizeof cfg->langs[1], "en");
    cfg->lang_count = 2;
    harness_open_kiosk(&t, 1280, 800, "he", cfg);
    assert_string_equal(app_lang(t.app), "he");
    at = press("English");
    assert_true(at.x + at.w < 1280 / 2);
    assert_string_equal(app_lang(t.app), "en");
    at = press("עברית");
    assert_true(at.x > 1280 / 2);
    assert_string_equal(app_lang(t.app), "he");
    harness_close(&t);
    kiosk_config_free(cfg);
}

int main(void)
{
    harness_init(&t, SOURCE_ROUTINES);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_screen_is_mirrored),
        cmocka_unit_test(back_and_titles_swap_sides),
        cmocka_unit_test(figure_is_not_flipped),
        cmocka_unit_test(side_badge_keeps_the_body_side),
        cmocka_unit_test(body_map_is_not_flipped),
        cmocka_unit_test(arrows_follow_the_reading),
        cmocka_unit_test(left_to_right_stays),
        cmocka_unit_test(kiosk_screens),
        cmocka_unit_test(switching_language_turns_the_mirror),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    harness_done(&t);
    return failed;
}
