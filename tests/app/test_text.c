// The text stack (src/app/draw: font.h, shape.h, glyphs.h, text.h) against
// known answers. The fonts are pinned by tests/fonts/fonts.conf (setup
// points FONTCONFIG_FILE at it, however the test is run): Noto Sans, Noto Sans
// Hebrew, Noto Sans Arabic and Noto Sans CJK, from fonts-noto-core and
// fonts-noto-cjk. The glyph numbers below are HarfBuzz's own answers, from
// Debian's hb-shape (package libharfbuzz-bin), and the bidirectional order is
// fribidi's (package libfribidi-bin); each test names the command.

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
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include "glyphs.h"
#include "outline.h"
#include "shape.h"
#include "text.h"
#include "utf8.h"

#define W    900
#define H    300
#define NOTO "/usr/share/fonts/truetype/noto/"

static SDL_Window *window;
static SDL_Renderer *renderer;
static struct font *font;

static int setup(void **state)
{
    (void)state;
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    SDL_setenv("SDL_RENDER_DRIVER", "software", 1);
    SDL_setenv("FONTCONFIG_FILE", TEST_FONTS_CONF, 1);
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

// The pinned configuration is the one in use: each language finds the
// face tests/fonts/fonts.conf gives it, Japanese its own CJK face and
// Traditional Chinese another.
static void fonts_are_pinned(void **state)
{
    (void)state;
    static const struct {
        const char *lang, *family;
    } want[] = {
        {"uk", "Noto Sans"},           {"el", "Noto Sans"},
        {"he", "Noto Sans Hebrew"},    {"fa", "Noto Sans Arabic"},
        {"ja", "Noto Sans CJK JP"},    {"zh-Hant", "Noto Sans CJK TC"},
        {"zh-TW", "Noto Sans CJK TC"},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        struct font_face *f = font_primary(font, FONT_REGULAR, want[i].lang);
        print_message("%s: %s (%s #%d)\n", want[i].lang, font_face_family(f),
                      font_face_path(f), font_face_index(f));
        assert_string_equal(font_face_family(f), want[i].family);
    }
}

// How far outline_render's ink of gid is from FreeType's own unhinted
// bitmap: the boxes must be the same; returns the largest difference of
// one pixel's coverage and adds the pixels that differ to *differ.
static int ink_difference(struct outline *o, struct font_face *face, int px,
                          uint32_t gid, size_t *pixels, size_t *differ)
{
    FT_Face ft = font_face_ft(face, px);
    struct outline_ink ink;
    assert_true(outline_render(o, font_face_hb(face, px), gid,
                               ft->glyph->library, &ink));
    assert_int_equal(
        FT_Load_Glyph(ft, gid, FT_LOAD_RENDER | FT_LOAD_NO_HINTING), 0);
    const FT_Bitmap *bm = &ft->glyph->bitmap;
    assert_int_equal(ink.width, bm->width);
    assert_int_equal(ink.rows, bm->rows);
    assert_int_equal(ink.left, ft->glyph->bitmap_left);
    assert_int_equal(ink.top, ft->glyph->bitmap_top);
    int most = 0;
    for (int y = 0; y < ink.rows; y++) {
        for (int x = 0; x < ink.width; x++) {
            int a = ink.gray[(size_t)y * (size_t)ink.width + (size_t)x];
            int b = bm->buffer[(ptrdiff_t)y * bm->pitch + x];
            int d = abs(a - b);
            *differ += d != 0;
            most = d > most ? d : most;
        }
    }
    *pixels += (size_t)ink.width * (size_t)ink.rows;
    return most;
}

// CFF glyphs are drawn from HarfBuzz's outlines (outline.h) because it
// reads them faster. Against FreeType's own loader, in both weights at
// six sizes from 14 to 72 px: the same boxes, and the same pixels
// but for a few on the edge of a curve (HarfBuzz computes in floating
// point, FreeType in fixed point; over 10,800 glyphs of Noto Sans CJK,
// one pixel a glyph on average, by at most 41 of 255). TrueType faces
// keep FreeType's loader.
static void cff_ink_matches_freetype(void **state)
{
    (void)state;
    assert_false(font_face_cff(font_primary(font, FONT_REGULAR, "uk")));
    struct outline *o = outline_new();
    static const int sizes[] = {14, 26, 28, 33, 54, 72};
    // The three kana and kanji that differ most in the text screens.
    const char *s = "肩と腕を伸ばす（左右）。レへ前Aa1";
    size_t len = strlen(s), drawn = 0, pixels = 0, differ = 0;
    int most = 0;
    for (int w = 0; w < FONT_WEIGHT_COUNT; w++) {
        struct font_face *ja = font_primary(font, (enum font_weight)w, "ja");
        assert_true(font_face_cff(ja));
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            for (size_t pos = 0; pos < len;) {
                FT_UInt gid = FT_Get_Char_Index(font_face_ft(ja, sizes[k]),
                                                utf8_next(s, len, &pos));
                assert_int_not_equal(gid, 0);
                int d = ink_difference(o, ja, sizes[k], gid, &pixels, &differ);
                most = d > most ? d : most;
                drawn++;
            }
        }
    }
    print_message("%zu glyphs, %zu of %zu pixels differ, by at most %d\n",
                  drawn, differ, pixels, most);
    assert_int_equal(drawn, FONT_WEIGHT_COUNT * 6 * 18);
    assert_true(most <= 48);
    assert_true(differ * 100 <= pixels); // under 1 %
    // A space has no ink.
    struct font_face *ja = font_primary(font, FONT_REGULAR, "ja");
    FT_Face ft = font_face_ft(ja, 33);
    struct outline_ink ink;
    assert_false(outline_render(o, font_face_hb(ja, 33),
                                FT_Get_Char_Index(ft, ' '), ft->glyph->library,
                                &ink));
    outline_free(o);
}

// The glyphs of s shaped for lang at 40 px, in visual order.
static struct glyph_place *shape(const char *lang, const char *s, size_t *count,
                                 struct shaped **out)
{
    struct shaped *sp =
        shape_paragraph(font, FONT_REGULAR, lang, 40, s, strlen(s));
    int width;
    struct glyph_place *p =
        shaped_places(sp, 40, 0, shaped_length(sp), false, 0, count, &width);
    if (out)
        *out = sp;
    else
        shaped_free(sp);
    return p;
}

// hb-shape --no-glyph-names NotoSansHebrew-Regular.ttf "מתיחה"
// [42=4+627|44=3+662|138=2@-7,0+288|107=1@-14,0+671|61=0+660]:
// the last letter leftmost.
static void hebrew_word_order(void **state)
{
    (void)state;
    static const uint32_t gids[] = {42, 44, 138, 107, 61};
    static const size_t clusters[] = {4, 3, 2, 1, 0};
    size_t n;
    struct shaped *sp;
    struct glyph_place *p = shape("he", "מתיחה", &n, &sp);
    assert_true(shaped_rtl(sp));
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(p[i].gid, gids[i]);
        assert_int_equal(p[i].cluster, clusters[i]);
        if (i > 0)
            assert_true(p[i].x > p[i - 1].x);
    }
    free(p);
    shaped_free(sp);
}

// Persian joins: hb-shape NotoSansArabic-Regular.ttf "کشش" gives
// [1168=2+1269|1171=1+850|619=0+412] (final, medial, initial), where
// each letter alone is 617 (ک) and 1167 (ش).
static void persian_joins(void **state)
{
    (void)state;
    static const uint32_t joined[] = {1168, 1171, 619};
    size_t n;
    struct glyph_place *p = shape("fa", "کشش", &n, NULL);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(p[i].gid, joined[i]);
    free(p);
    p = shape("fa", "ک", &n, NULL);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].gid, 617);
    assert_int_not_equal(p[0].gid, joined[2]);
    free(p);
    p = shape("fa", "ش", &n, NULL);
    assert_int_equal(p[0].gid, 1167);
    assert_int_not_equal(p[0].gid, joined[0]);
    assert_int_not_equal(p[0].gid, joined[1]);
    free(p);
}

// Japanese glyph forms for Japanese, Traditional Chinese ones for
// zh-Hant: echo 直 | hb-shape --language=ja NotoSansCJK-Regular.ttc
// --face-index=0 gives 27873; --language=zh-Hant --face-index=3, 27874.
// The Latin digits of a Japanese line come from a face that has them.
static void cjk_forms_and_digits(void **state)
{
    (void)state;
    size_t n;
    struct glyph_place *p = shape("ja", "直", &n, NULL);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].gid, 27873);
    free(p);
    p = shape("zh-Hant", "直", &n, NULL);
    assert_int_equal(p[0].gid, 27874);
    free(p);
    p = shape("ja", "30秒", &n, NULL);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++) {
        assert_int_not_equal(p[i].gid, 0);
        assert_true(
            font_face_has(p[i].face, i < 2 ? '0' + (i ? 0 : 3) : 0x79d2));
    }
    free(p);
}

// The lines of s shaped in lang and broken at width px.
static size_t lines_of(const char *lang, const char *s, int width,
                       struct shape_line **lines, struct shaped **sp,
                       bool *broke, size_t *looked)
{
    *sp = shape_paragraph(font, FONT_REGULAR, lang, 30, s, strlen(s));
    size_t count = 0, cap = 0;
    *lines = NULL;
    *broke = false;
    size_t l = shaped_break(*sp, 30, width, lines, &count, &cap, broke);
    if (looked)
        *looked = l;
    return count;
}

static bool is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF);
}

// UAX #14 in Japanese: lines end between ideographs and kana, and never
// before a closing bracket, "、" or "。" (libunibreak 1.1).
static void japanese_breaks(void **state)
{
    (void)state;
    const char *s = "肩を（ゆっくり）回します。次に「腕」を前に伸ばして、"
                    "三十秒そのまま保ちます。";
    int between_ideographs = 0, lines_total = 0;
    for (int width = 100; width <= 500; width += 7) {
        struct shape_line *lines;
        struct shaped *sp;
        bool broke;
        size_t n = lines_of("ja", s, width, &lines, &sp, &broke, NULL);
        // Under about three characters a line, a cut between any two
        // characters is the only way left (broke says so).
        for (size_t i = 1; i < n && !broke; i++) {
            uint32_t first = shaped_char(sp, lines[i].start);
            uint32_t last = shaped_char(sp, lines[i - 1].end - 1);
            assert_int_not_equal(first, 0xFF09); // ）
            assert_int_not_equal(first, 0x300D); // 」
            assert_int_not_equal(first, 0x3002); // 。
            assert_int_not_equal(first, 0x3001); // 、
            assert_int_not_equal(last, 0xFF08);  // （ ends no line
            assert_int_not_equal(last, 0x300C);  // 「
            between_ideographs += is_han(first) && is_han(last);
            assert_true(shaped_width(sp, 30, lines[i].start, lines[i].end) <=
                        width);
        }
        lines_total += (int)n;
        free(lines);
        shaped_free(sp);
    }
    print_message("%d lines, %d breaks between ideographs or kana\n",
                  lines_total, between_ideographs);
    assert_true(between_ideographs > 20);
}

// Noto Sans kerns only through GPOS (it has no 'kern' table), and "AV"
// is narrower than "A" and "V" apart: hb-shape gives A+V 639+600, AV
// 599+600 (of 1000).
static void gpos_kerning(void **state)
{
    (void)state;
    struct font_face *f = font_primary(font, FONT_REGULAR, "en");
    assert_non_null(strstr(font_face_path(f), "NotoSans-Regular.ttf"));
    FT_ULong len = 0;
    assert_int_not_equal(
        FT_Load_Sfnt_Table(font_face_ft(f, 40), TTAG_kern, 0, NULL, &len), 0);
    assert_int_equal(
        FT_Load_Sfnt_Table(font_face_ft(f, 40), TTAG_GPOS, 0, NULL, &len), 0);
    struct shaped *av = shape_paragraph(font, FONT_REGULAR, "en", 100, "AV", 2);
    struct shaped *a = shape_paragraph(font, FONT_REGULAR, "en", 100, "A", 1);
    struct shaped *v = shape_paragraph(font, FONT_REGULAR, "en", 100, "V", 1);
    int wav = shaped_width(av, 100, 0, 2), wa = shaped_width(a, 100, 0, 1),
        wv = shaped_width(v, 100, 0, 1);
    print_message("AV %d, A %d + V %d\n", wav, wa, wv);
    assert_int_equal(wav, 120); // (599 + 600) / 10
    assert_int_equal(wa + wv, 124);
    shaped_free(av);
    shaped_free(a);
    shaped_free(v);
}

// The old claim, made true: a line with kerning pairs measures what
// SDL2_ttf (which shapes with HarfBuzz too) measures for the same face,
// and less than its letters apart ("AVAVAV To Ty Wa LT" was 635 px
// drawn glyph by glyph with legacy kerning, 584 px by SDL2_ttf).
static void kerned_line_matches_sdl_ttf(void **state)
{
    (void)state;
    const char *s = "AVAVAV To Ty Wa LT";
    struct font_face *f = font_primary(font, FONT_REGULAR, "en");
    TTF_Font *ttf = TTF_OpenFont(font_face_path(f), 60);
    assert_non_null(ttf);
    int tw, th;
    assert_int_equal(TTF_SizeUTF8(ttf, s, &tw, &th), 0);
    struct shaped *sp =
        shape_paragraph(font, FONT_REGULAR, "en", 60, s, strlen(s));
    int ours = shaped_width(sp, 60, 0, shaped_length(sp));
    int apart = 0;
    for (const char *c = s; *c; c++) {
        struct shaped *one =
            shape_paragraph(font, FONT_REGULAR, "en", 60, c, 1);
        apart += shaped_width(one, 60, 0, 1);
        shaped_free(one);
    }
    print_message("ours %d, SDL2_ttf %d, letters apart %d\n", ours, tw, apart);
    assert_in_range(ours, tw - 3, tw + 3);
    assert_true(ours < apart - 10);
    shaped_free(sp);
    TTF_CloseFont(ttf);
}

// The ink box of a glyph at px: x from the pen, y from the baseline.
static SDL_Rect ink(const struct glyph_place *p, int px)
{
    FT_Face ft = font_face_ft(p->face, px);
    assert_int_equal(FT_Load_Glyph(ft, p->gid, FT_LOAD_RENDER), 0);
    return (SDL_Rect){
        p->x + ft->glyph->bitmap_left, p->y - ft->glyph->bitmap_top,
        (int)ft->glyph->bitmap.width, (int)ft->glyph->bitmap.rows};
}

// A combining acute after "Ї" sits above its dots, over the letter:
// hb-shape NotoSans-Regular.ttf "Ї́" places mark 2995 at (103, 372).
static void combining_acute_over_yi(void **state)
{
    (void)state;
    size_t n;
    struct glyph_place *p = shape("uk", "Ї\u0301", &n, NULL);
    assert_int_equal(n, 2);
    assert_int_equal(p[0].gid, 417);
    assert_int_equal(p[1].gid, 2995);
    SDL_Rect base = ink(&p[0], 40), mark = ink(&p[1], 40);
    print_message("Ї ink %d,%d %dx%d; acute %d,%d %dx%d\n", base.x, base.y,
                  base.w, base.h, mark.x, mark.y, mark.w, mark.h);
    assert_true(mark.y + mark.h <= base.y + 1); // above, not beside
    int mid = mark.x + mark.w / 2;
    assert_in_range(mid, base.x, base.x + base.w);
    free(p);
}

// UAX #9 on a Hebrew line with a Latin word and digits:
// fribidi --nopad <<< "מתיחה Limber 2024 לכתף" prints
// "ףתכל Limber 2024 החיתמ": the paragraph reads right to left, and the
// word and the number keep their own order inside it.
static void hebrew_with_latin_and_digits(void **state)
{
    (void)state;
    const char *logical = "מתיחה Limber 2024 לכתף";
    const char *visual = "ףתכל Limber 2024 החיתמ";
    size_t n;
    struct shaped *sp;
    struct glyph_place *p = shape("he", logical, &n, &sp);
    assert_true(shaped_rtl(sp));
    uint32_t want[64];
    size_t wn = 0;
    for (size_t pos = 0; pos < strlen(visual);)
        want[wn++] = utf8_next(visual, strlen(visual), &pos);
    assert_int_equal(n, wn);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(shaped_char(sp, p[i].cluster), want[i]);
    free(p);
    shaped_free(sp);
}

// Right-to-left paragraphs are right-aligned in a left-aligned box; a
// left-to-right one in the same style is not.
static void rtl_aligns_right(void **state)
{
    (void)state;
    struct text_cache *tc = text_cache_new(renderer, font);
    struct text_style st = {FONT_REGULAR, 30,       0, {255, 255, 255, 255},
                            TEXT_LEFT,    TEXT_TOP, 0, "he"};
    SDL_Rect box = {10, 10, 800, 200};
    text_cache_begin_frame(tc);
    SDL_Rect he = text_draw(tc, "מתחו את הכתף לאט", box, &st);
    st.lang = "en";
    SDL_Rect en = text_draw(tc, "Stretch the shoulder", box, &st);
    text_cache_end_frame(tc);
    assert_true(he.w > 50 && he.w < 500);
    assert_int_equal(he.x + he.w, box.x + box.w);
    assert_int_equal(en.x, box.x);
    text_cache_free(tc);
}

// Breaking looks at each character at most twice: a paragraph twenty
// times longer costs twenty times the work, not four hundred.
static void wrapping_is_linear(void **state)
{
    (void)state;
    char *text = malloc(20 * 64 + 1);
    text[0] = '\0';
    for (int i = 0; i < 20; i++)
        strcat(text, "Stand by a wall, hands on it, one foot back. ");
    size_t one_len = strlen("Stand by a wall, hands on it, one foot back. ");
    struct shape_line *lines;
    struct shaped *sp;
    bool broke;
    size_t looked_one, looked_all;
    char one[128];
    snprintf(one, sizeof one, "%.*s", (int)one_len, text);
    lines_of("en", one, 200, &lines, &sp, &broke, &looked_one);
    free(lines);
    shaped_free(sp);
    size_t n = lines_of("en", text, 200, &lines, &sp, &broke, &looked_all);
    print_message("%zu lines; looked at %zu and %zu characters\n", n,
                  looked_one, looked_all);
    assert_true(n > 40);
    assert_true(looked_all <= 2 * shaped_length(sp));
    assert_true(looked_all <= 25 * looked_one);
    free(lines);
    shaped_free(sp);
    free(text);
}

// A script no installed face has (Thai, absent from the pinned fonts) is
// said once, however much of it is drawn, and the text is still laid out.
static void missing_script_said_once(void **state)
{
    (void)state;
    char err[256];
    struct font *f = font_new("en", err, sizeof err);
    assert_non_null(f);
    struct text_cache *tc = text_cache_new(renderer, f);
    struct text_style st = {FONT_REGULAR, 30,       0, {255, 255, 255, 255},
                            TEXT_LEFT,    TEXT_TOP, 0, "th"};
    text_cache_begin_frame(tc);
    SDL_Rect r1 = text_draw(tc, "ยืดกล้ามเนื้อ", (SDL_Rect){0, 0, W, H}, &st);
    text_draw(tc, "หายใจช้าๆ", (SDL_Rect){0, 0, W, 100}, &st);
    text_cache_end_frame(tc);
    assert_true(r1.w > 0);
    assert_int_equal(font_missing_scripts(f), 1);
    text_cache_free(tc);
    font_free(f);
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
                            TEXT_LEFT,    TEXT_TOP, 0, NULL};
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
                            TEXT_LEFT, TEXT_TOP, 1,  NULL};
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
        cmocka_unit_test(fonts_are_pinned),
        cmocka_unit_test(cff_ink_matches_freetype),
        cmocka_unit_test(hebrew_word_order),
        cmocka_unit_test(persian_joins),
        cmocka_unit_test(cjk_forms_and_digits),
        cmocka_unit_test(japanese_breaks),
        cmocka_unit_test(gpos_kerning),
        cmocka_unit_test(kerned_line_matches_sdl_ttf),
        cmocka_unit_test(combining_acute_over_yi),
        cmocka_unit_test(hebrew_with_latin_and_digits),
        cmocka_unit_test(rtl_aligns_right),
        cmocka_unit_test(wrapping_is_linear),
        cmocka_unit_test(missing_script_said_once),
        cmocka_unit_test(memory_follows_letters),
        cmocka_unit_test(fit_size),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
