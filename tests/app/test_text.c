// Text drawn glyph by glyph (glyphs.h): it covers the pixels SDL2_ttf's
// whole-line rendering covers, its memory follows the distinct letters
// rather than the area of text, and glyphs no frame drew are freed.

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "font.h"
#include "glyphs.h"
#include "text.h"

#define W 900
#define H 300

static SDL_Window *window;
static SDL_Renderer *renderer;
static struct font *font;

static int setup(void **state)
{
    (void)state;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    SDL_setenv("SDL_RENDER_DRIVER", "software", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return -1;
    window = SDL_CreateWindow("text", 0, 0, W, H, SDL_WINDOW_HIDDEN);
    renderer =
        window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : NULL;
    char err[256];
    font = font_new("uk", err, sizeof err);
    return renderer && font ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    font_free(font);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static void clear(void)
{
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
}

// The green channel of the frame, row by row.
static Uint8 *read_green(void)
{
    Uint32 *px = malloc(W * H * 4);
    assert_int_equal(SDL_RenderReadPixels(renderer, NULL,
                                          SDL_PIXELFORMAT_ARGB8888, px, W * 4),
                     0);
    Uint8 *g = malloc(W * H);
    for (int i = 0; i < W * H; i++)
        g[i] = (Uint8)(px[i] >> 8);
    free(px);
    return g;
}

// A line in Ukrainian and one in English, each against SDL2_ttf's own
// rendering of the whole line at the same size and place.
static void lines_match_sdl_ttf(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Розтяжка литки біля стіни, ґанок і п’ята",
        "Calf stretch at the wall: hold, breathe",
    };
    for (size_t l = 0; l < 2; l++) {
        struct text_cache *tc = text_cache_new(renderer, font);
        struct text_style st = {FONT_REGULAR, 30,       0, {255, 255, 255, 255},
                                TEXT_LEFT,    TEXT_TOP, 1};
        clear();
        text_cache_begin_frame(tc);
        SDL_Rect r =
            text_draw(tc, lines[l], (SDL_Rect){20, 20, W - 40, 100}, &st);
        text_cache_end_frame(tc);
        Uint8 *ours = read_green();

        clear();
        SDL_Surface *s =
            TTF_RenderUTF8_Blended(font_get(font, FONT_REGULAR, 30), lines[l],
                                   (SDL_Color){255, 255, 255, 255});
        assert_non_null(s);
        SDL_Texture *t = SDL_CreateTextureFromSurface(renderer, s);
        SDL_RenderCopy(renderer, t, NULL, &(SDL_Rect){20, 20, s->w, s->h});
        assert_int_equal(r.h, s->h);
        Uint8 *theirs = read_green();

        // The pens follow integer advances where SDL2_ttf keeps
        // HarfBuzz's fractions, so a letter may sit a pixel or two off
        // along the line; nothing else may differ.
        int ink = 0, exact = 0, stray = 0, their_ink = 0;
        for (int i = 0; i < W * H; i++)
            their_ink += theirs[i] > 128;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (ours[y * W + x] <= 128)
                    continue;
                ink++;
                exact += theirs[y * W + x] > 128;
                bool near = false;
                for (int dx = -2; dx <= 2 && !near; dx++)
                    near = x + dx >= 0 && x + dx < W &&
                           theirs[y * W + x + dx] > 128;
                stray += !near;
            }
        }
        print_message("%s: %d inked pixels, %d where SDL2_ttf's are, %d "
                      "with none of its within 2 px; widths %d, %d\n",
                      lines[l], ink, exact, stray, r.w, s->w);
        assert_true(ink > 1000);
        assert_in_range(ink, their_ink * 98 / 100, their_ink * 102 / 100);
        assert_true(stray * 100 < ink);
        assert_in_range(r.w, s->w - 3, s->w + 3);
        SDL_DestroyTexture(t);
        SDL_FreeSurface(s);
        free(ours);
        free(theirs);
        text_cache_free(tc);
    }
}

// A page of text keeps one texture per distinct letter: a long paragraph
// costs about what a short one with the same letters does, far less than
// a picture of the paragraph would; the glyphs go when no frame draws
// them.
static void memory_follows_letters(void **state)
{
    (void)state;
    struct text_cache *tc = text_cache_new(renderer, font);
    struct text_style st = {FONT_REGULAR, 30,       0, {230, 230, 230, 255},
                            TEXT_LEFT,    TEXT_TOP, 0};
    const char *shortp = "Stand facing a wall and rest your hands on it.";
    char longp[2048] = "";
    for (int i = 0; i < 6; i++)
        strcat(longp, "Stand facing a wall and rest your hands on it. ");

    text_cache_begin_frame(tc);
    text_draw(tc, shortp, (SDL_Rect){0, 0, W, H}, &st);
    text_cache_end_frame(tc);
    size_t short_bytes, short_count = text_cache_glyphs(tc, &short_bytes);

    text_cache_begin_frame(tc);
    SDL_Rect r = text_draw(tc, longp, (SDL_Rect){0, 0, W, H}, &st);
    text_cache_end_frame(tc);
    size_t long_bytes, long_count = text_cache_glyphs(tc, &long_bytes);
    print_message("short: %zu glyphs %zu bytes; long: %zu glyphs %zu bytes, "
                  "%dx%d pixels\n",
                  short_count, short_bytes, long_count, long_bytes, r.w, r.h);
    assert_true(r.h > 100); // several lines
    assert_int_equal(long_count, short_count);
    assert_int_equal(long_bytes, short_bytes);
    assert_true(long_bytes * 4 < (size_t)r.w * (size_t)r.h * 4);

    text_cache_begin_frame(tc); // draws nothing
    text_cache_end_frame(tc);
    assert_int_equal(text_cache_glyphs(tc, NULL), 0);
    text_cache_free(tc);
}

// The size a block fits at: its own when it fits, smaller (not below the
// floor) when it must shrink, as drawn.
static void fit_size(void **state)
{
    (void)state;
    struct text_cache *tc = text_cache_new(renderer, font);
    struct text_style st = {FONT_BOLD, 30,       15, {255, 255, 255, 255},
                            TEXT_LEFT, TEXT_TOP, 1};
    SDL_Rect box = {0, 0, 300, 60};
    assert_int_equal(text_fit_px(tc, "Walk", box, &st), 30);
    int px = text_fit_px(tc, "Розтяжка задньої поверхні стегна", box, &st);
    assert_in_range(px, 15, 29);
    SDL_Rect drawn =
        text_draw(tc, "Розтяжка задньої поверхні стегна", box, &st);
    assert_true(drawn.w <= box.w);
    st.px = st.min_px = px; // as the overview draws its rows
    SDL_Rect same = text_draw(tc, "Розтяжка задньої поверхні стегна", box, &st);
    assert_int_equal(same.w, drawn.w);
    assert_int_equal(same.h, drawn.h);
    text_cache_free(tc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lines_match_sdl_ttf),
        cmocka_unit_test(memory_follows_letters),
        cmocka_unit_test(fit_size),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
