// The text stacks limber could draw with, side by side: each lays out
// and draws the same screen of text (a title and a step's instructions,
// in Ukrainian, Hebrew or Japanese) into a 1280x800 window with the
// software renderer, then sleeps until closed, so that its memory can be
// read (bench/app/text_memory.sh); with --time it prints the median time
// of 20 fresh layouts and draws at 1920x1080 instead.
//   bench_text_stacks ttf|pango|ours [--time] [uk|he|ja]
// ttf: SDL2_ttf 2.20 (HarfBuzz inside, one texture per block, wrapped by
// TTF_RenderUTF8_Blended_Wrapped); pango: Pango + Cairo into an image
// surface, one texture; ours: src/app/draw (FreeType, HarfBuzz, FriBidi,
// libunibreak, one texture per glyph).

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>
#ifdef HAVE_PANGO
#include <pango/pangocairo.h>
#endif

#include "bench_timer.h"
#include "font.h"
#include "text.h"

static const char *const titles[] = {
    "Розтяжка литки біля стіни",
    "מתיחת כתף וזרוע",
    "肩と腕のストレッチ",
};
static const char *const bodies[] = {
    "Станьте обличчям до стіни й обіпріться на неї долонями на рівні "
    "плечей.\nВідставте назад ногу, яку показано на екрані: п’ята на "
    "підлозі, коліно випрямлене.\nЗігніть переднє коліно й повільно "
    "подайтеся до стіни, доки не відчуєте в литці легкий рівномірний "
    "натяг.\nТримайте положення й дихайте; не пружиньте, а якщо болить, "
    "послабте натяг.",
    "הביאו את הזרוע שמוצגת על המסך לרוחב החזה.\nאחזו בה מעל המרפק ביד "
    "השנייה ולחצו בעדינות במשך 20 שניות.\nנשמו לאט, ואם כואב, הרפו.",
    "画面に示された腕を胸の前に回します。\n反対の手でひじの上を持ち、"
    "20秒間やさしく押さえます（痛むときは力をゆるめます）。\n"
    "ゆっくり息をしながら、肩の力を抜きます。",
};
static const char *const langs[] = {"uk", "he", "ja"};

// The file fontconfig gives lang's sans face, for the stacks that open
// one file.
static char *face_file(const char *lang, bool bold)
{
    FcPattern *pat = FcNameParse((const FcChar8 *)"sans\\-serif");
    FcLangSet *ls = FcLangSetCreate();
    FcLangSetAdd(ls, (const FcChar8 *)lang);
    FcPatternAddLangSet(pat, FC_LANG, ls);
    FcLangSetDestroy(ls);
    FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : 80);
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *m = FcFontMatch(NULL, pat, &res);
    FcChar8 *file = NULL;
    char *out = NULL;
    if (m && FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch)
        out = strdup((const char *)file);
    if (m)
        FcPatternDestroy(m);
    FcPatternDestroy(pat);
    return out;
}

struct screen {
    SDL_Renderer *ren;
    int w, h, which;
    // ttf
    TTF_Font *ttf_title, *ttf_body;
    SDL_Texture *tex[2];
    SDL_Rect dst[2];
    // ours
    struct font *font;
    struct text_cache *tc;
};

static void draw_ttf(struct screen *s)
{
    SDL_Color c = {240, 240, 240, 255};
    for (int i = 0; i < 2; i++) {
        if (s->tex[i])
            SDL_DestroyTexture(s->tex[i]);
        TTF_SetFontDirection(i ? s->ttf_body : s->ttf_title,
                             s->which == 1 ? TTF_DIRECTION_RTL
                                           : TTF_DIRECTION_LTR);
        SDL_Surface *surf = TTF_RenderUTF8_Blended_Wrapped(
            i ? s->ttf_body : s->ttf_title,
            i ? bodies[s->which] : titles[s->which], c, (Uint32)s->w / 2);
        s->tex[i] = SDL_CreateTextureFromSurface(s->ren, surf);
        s->dst[i] = (SDL_Rect){40, i ? 140 : 40, surf->w, surf->h};
        SDL_FreeSurface(surf);
    }
}

#ifdef HAVE_PANGO
static void draw_pango(struct screen *s)
{
    for (int i = 0; i < 2; i++) {
        if (s->tex[i])
            SDL_DestroyTexture(s->tex[i]);
        int w = s->w / 2, h = i ? s->h / 2 : 100;
        cairo_surface_t *cs =
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
        cairo_t *cr = cairo_create(cs);
        PangoLayout *layout = pango_cairo_create_layout(cr);
        char desc[64];
        snprintf(desc, sizeof desc, "Sans %s %d", i ? "" : "Bold",
                 i ? 30 * 3 / 4 : 56 * 3 / 4);
        PangoFontDescription *fd = pango_font_description_from_string(desc);
        pango_layout_set_font_description(layout, fd);
        pango_font_description_free(fd);
        pango_context_set_language(pango_layout_get_context(layout),
                                   pango_language_from_string(langs[s->which]));
        pango_layout_set_width(layout, w * PANGO_SCALE);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, i ? bodies[s->which] : titles[s->which],
                              -1);
        cairo_set_source_rgba(cr, 0.94, 0.94, 0.94, 1);
        pango_cairo_show_layout(cr, layout);
        cairo_surface_flush(cs);
        SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormatFrom(
            cairo_image_surface_get_data(cs), w, h, 32,
            cairo_image_surface_get_stride(cs), SDL_PIXELFORMAT_ARGB8888);
        s->tex[i] = SDL_CreateTextureFromSurface(s->ren, surf);
        SDL_SetTextureBlendMode(s->tex[i], SDL_BLENDMODE_BLEND);
        s->dst[i] = (SDL_Rect){40, i ? 140 : 40, w, h};
        SDL_FreeSurface(surf);
        g_object_unref(layout);
        cairo_destroy(cr);
        cairo_surface_destroy(cs);
    }
}
#endif

static void draw_ours(struct screen *s)
{
    text_cache_begin_frame(s->tc);
    struct text_style title = {FONT_BOLD, 56,       0, {240, 240, 240, 255},
                               TEXT_LEFT, TEXT_TOP, 2, langs[s->which]};
    struct text_style body = title;
    body.weight = FONT_REGULAR;
    body.px = 30;
    body.max_lines = 0;
    text_draw(s->tc, titles[s->which], (SDL_Rect){40, 40, s->w / 2, 100},
              &title);
    text_draw(s->tc, bodies[s->which], (SDL_Rect){40, 140, s->w / 2, s->h / 2},
              &body);
    text_cache_end_frame(s->tc);
}

static void frame(struct screen *s, const char *mode)
{
    SDL_SetRenderDrawColor(s->ren, 16, 26, 36, 255);
    SDL_RenderClear(s->ren);
    if (strcmp(mode, "ours") == 0) {
        draw_ours(s);
    } else {
        if (strcmp(mode, "ttf") == 0)
            draw_ttf(s);
#ifdef HAVE_PANGO
        else
            draw_pango(s);
#endif
        for (int i = 0; i < 2; i++)
            SDL_RenderCopy(s->ren, s->tex[i], NULL, &s->dst[i]);
    }
    SDL_RenderPresent(s->ren);
}

// A fresh layout each time: the caches of the last one are dropped.
static void reset(struct screen *s, const char *mode)
{
    if (strcmp(mode, "ours") == 0) {
        text_cache_free(s->tc);
        font_free(s->font);
        char err[256];
        s->font = font_new(langs[s->which], err, sizeof err);
        s->tc = text_cache_new(s->ren, s->font);
    }
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "ours";
    bool timing = argc > 2 && strcmp(argv[2], "--time") == 0;
    const char *lang = argc > (timing ? 3 : 2) ? argv[timing ? 3 : 2] : "uk";
    struct screen s = {.w = timing ? 1920 : 1280, .h = timing ? 1080 : 800};
    for (int i = 0; i < 3; i++) {
        if (strcmp(lang, langs[i]) == 0)
            s.which = i;
    }
#ifndef HAVE_PANGO
    if (strcmp(mode, "pango") == 0) {
        fprintf(stderr, "bench_text_stacks: built without Pango\n");
        return 2;
    }
#endif
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    SDL_Window *win = SDL_CreateWindow(
        "Text stack", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, s.w, s.h,
        timing ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN);
    s.ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (strcmp(mode, "ttf") == 0) {
        char *reg = face_file(lang, false), *bold = face_file(lang, true);
        s.ttf_title = TTF_OpenFont(bold, 56);
        s.ttf_body = TTF_OpenFont(reg, 30);
        TTF_SetFontScriptName(s.ttf_body, s.which == 1   ? "Hebr"
                                          : s.which == 2 ? "Hani"
                                                         : "Cyrl");
        TTF_SetFontScriptName(s.ttf_title, s.which == 1   ? "Hebr"
                                           : s.which == 2 ? "Hani"
                                                          : "Cyrl");
        free(reg);
        free(bold);
        FcFini();
    }
    reset(&s, mode);
    if (timing) {
        double t[20];
        for (int i = 0; i < 20; i++) {
            reset(&s, mode);
            double t0 = bench_now_ms();
            frame(&s, mode);
            t[i] = bench_now_ms() - t0;
        }
        double mid = bench_median(t, 20);
        printf("%s %s: a fresh screen of text at 1920x1080 in %.2f ms "
               "(median of 20)\n",
               mode, lang, mid);
        return 0;
    }
    SDL_Event ev;
    bool quit = false, dirty = true;
    while (!quit) {
        if (dirty) {
            frame(&s, mode);
            dirty = false;
        }
        if (!SDL_WaitEvent(&ev))
            continue;
        if (ev.type == SDL_QUIT)
            quit = true;
        if (ev.type == SDL_WINDOWEVENT)
            dirty = true;
    }
    text_cache_free(s.tc);
    font_free(s.font);
    SDL_Quit();
    return 0;
}
