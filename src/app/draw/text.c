#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "glyphs.h"
#include "shape.h"
#include "xalloc.h"

// A block the last frame did not draw is freed: every screen draws all
// of its text each frame, so keeping the blocks of an old phase or window
// size would only cost memory. A block is its layout, not its pixels:
// the letters are drawn from glyphs.h's textures.
#define KEEP_FRAMES 0

// One laid-out line of a block: its glyphs from x, baseline within it.
struct block_line {
    struct glyph_place *places; // owned
    size_t count;
    int x, baseline;
};

struct block {
    char *str; // owned
    struct text_style style;
    int box_w, box_h;
    int px;                   // the size it fits at
    struct block_line *lines; // none when nothing is drawn (no room)
    size_t line_count;
    int w, h;
    bool rtl; // its first paragraph reads right to left
    bool clipped;
    unsigned long used; // frame number
};

struct text_cache {
    SDL_Renderer *renderer;
    struct font *font;
    struct glyphs *glyphs;
    struct block *blocks;
    size_t count, cap;
    struct text_drawn *drawn;
    size_t drawn_count, drawn_cap;
    unsigned long frame, renders;
};

// A line of the block: a paragraph's line, and whether a paragraph gap
// comes before it.
struct line {
    size_t para;
    struct shape_line sl;
    bool gap;
};

struct text_cache *text_cache_new(SDL_Renderer *renderer, struct font *font)
{
    struct text_cache *tc = xcalloc(1, sizeof(*tc));
    tc->renderer = renderer;
    tc->font = font;
    tc->glyphs = glyphs_new(renderer, font);
    return tc;
}

static void block_clear(struct block *b)
{
    free(b->str);
    free((char *)b->style.lang);
    for (size_t i = 0; i < b->line_count; i++)
        free(b->lines[i].places);
    free(b->lines);
}

static void drop_all(struct text_cache *tc)
{
    for (size_t i = 0; i < tc->count; i++)
        block_clear(&tc->blocks[i]);
    tc->count = 0;
    tc->drawn_count = 0;
}

void text_cache_free(struct text_cache *tc)
{
    if (!tc)
        return;
    drop_all(tc);
    glyphs_free(tc->glyphs);
    free(tc->blocks);
    free(tc->drawn);
    free(tc);
}

void text_cache_set_font(struct text_cache *tc, struct font *font)
{
    drop_all(tc);
    glyphs_set_font(tc->glyphs, font);
    tc->font = font;
}

void text_cache_begin_frame(struct text_cache *tc)
{
    tc->frame++;
    tc->drawn_count = 0;
}

void text_cache_end_frame(struct text_cache *tc)
{
    size_t kept = 0;
    for (size_t i = 0; i < tc->count; i++) {
        if (tc->blocks[i].used + KEEP_FRAMES < tc->frame)
            block_clear(&tc->blocks[i]);
        else
            tc->blocks[kept++] = tc->blocks[i];
    }
    tc->count = kept;
    glyphs_end_frame(tc->glyphs);
    font_release_lookups(tc->font);
}

// A gap of a third of a line between paragraphs makes instructions
// readable as separate moves.
static int para_gap(int skip)
{
    return skip / 3;
}

// How many of the lines fit in height h, paragraph gaps included.
static size_t lines_fitting(const struct line *lines, size_t n, int skip, int h)
{
    int y = 0;
    for (size_t i = 0; i < n; i++) {
        y += skip + (lines[i].gap ? para_gap(skip) : 0);
        if (y > h)
            return i;
    }
    return n;
}

// The paragraphs of str (split at newlines; trailing blank lines of a
// YAML block scalar add nothing), each shaped once at px: smaller sizes
// scale its positions.
static struct shaped **shape_all(struct text_cache *tc, const char *str,
                                 const struct text_style *st, size_t *count)
{
    struct shaped **paras = NULL;
    size_t n = 0, cap = 0, total = strlen(str);
    for (size_t pos = 0; pos <= total;) {
        size_t len = strcspn(str + pos, "\n");
        if (len == 0 && pos + len >= total)
            break;
        xgrow((void **)&paras, &cap, n + 1, sizeof(*paras));
        paras[n++] = shape_paragraph(tc->font, st->weight, st->lang, st->px,
                                     str + pos, len);
        pos += len + 1;
    }
    *count = n;
    return paras;
}

// The line height of a face at px, and where the baseline sits in it.
// Faces made for many scripts reserve room for tall marks (Noto Sans
// asks for 1.36 em, Noto Sans Arabic more): lines closer than that, at
// most 1.25 em apart, still read well, and short labels then fit two
// lines in a button. The trimmed space comes off above and below alike.
static struct font_metrics line_metrics(struct font_face *face, int px)
{
    struct font_metrics m = font_face_metrics(face, px);
    int most = (px * 5 + 2) / 4;
    if (m.line_skip > most) {
        int trim = m.line_skip - most;
        m.ascent -= trim / 2;
        m.descent -= trim - trim / 2;
        m.line_skip = most;
    }
    return m;
}

// Breaks every paragraph into lines at px no wider than width.
static size_t wrap(struct shaped **paras, size_t para_count, int px, int width,
                   struct line **lines, size_t *cap, bool *broke)
{
    *broke = false;
    size_t n = 0;
    struct shape_line *sl = NULL;
    size_t sl_count = 0, sl_cap = 0;
    for (size_t p = 0; p < para_count; p++) {
        sl_count = 0;
        shaped_break(paras[p], px, width, &sl, &sl_count, &sl_cap, broke);
        for (size_t i = 0; i < sl_count; i++) {
            xgrow((void **)lines, cap, n + 1, sizeof(**lines));
            (*lines)[n++] = (struct line){p, sl[i], i == 0 && p > 0};
        }
    }
    free(sl);
    return n;
}

// Lays out one block: shrinks the size in steps of about 8% until the
// lines fit the box, then cuts and ends the last line with an ellipsis
// if they still do not.
static void build(struct text_cache *tc, struct block *b)
{
    const struct text_style *st = &b->style;
    int px = st->px > 0 ? st->px : 1;
    int min_px = st->min_px > 0 && st->min_px < px ? st->min_px : px;
    size_t para_count;
    struct shaped **paras = shape_all(tc, b->str, st, &para_count);
    struct font_face *primary = font_primary(tc->font, st->weight, st->lang);
    struct line *lines = NULL;
    size_t cap = 0, n = 0, fit = 0;
    struct font_metrics m;
    for (;;) {
        bool broke;
        m = line_metrics(primary, px);
        n = wrap(paras, para_count, px, b->box_w, &lines, &cap, &broke);
        fit = lines_fitting(lines, n, m.line_skip, b->box_h);
        if (st->max_lines > 0 && fit > (size_t)st->max_lines)
            fit = (size_t)st->max_lines;
        // A word cut in two reads badly ("Shoulde / rs"): shrink first.
        if ((n <= fit && !broke) || px <= min_px)
            break;
        int next = px * 92 / 100;
        px = next < min_px ? min_px : next;
    }
    b->clipped = n > fit;
    b->rtl = para_count > 0 && shaped_rtl(paras[0]);
    if (fit > 0 && n > 0) {
        if (n > fit)
            n = fit;
        b->px = px;
        b->lines = xcalloc(n, sizeof(*b->lines));
        b->line_count = n;
        int w = 0, h = 0;
        int *widths = xcalloc(n, sizeof(*widths));
        for (size_t i = 0; i < n; i++) {
            const struct shaped *sp = paras[lines[i].para];
            struct block_line *bl = &b->lines[i];
            bl->places = shaped_places(
                sp, px, lines[i].sl.start, lines[i].sl.end,
                b->clipped && i == n - 1, b->box_w, &bl->count, &widths[i]);
            if (widths[i] > w)
                w = widths[i];
            h += lines[i].gap ? para_gap(m.line_skip) : 0;
            bl->baseline = h + m.ascent;
            h += m.line_skip;
        }
        // Right-to-left paragraphs start at the right: left-aligned text
        // aligns each line to its own paragraph's start.
        for (size_t i = 0; i < n; i++) {
            bool rtl = shaped_rtl(paras[lines[i].para]);
            if (st->align == TEXT_CENTER)
                b->lines[i].x = (w - widths[i]) / 2;
            else if (st->align == TEXT_RIGHT || rtl)
                b->lines[i].x = w - widths[i];
        }
        free(widths);
        b->w = w;
        b->h = w > 0 ? h : 0; // only blanks: nothing covered
    }
    tc->renders++;
    free(lines);
    for (size_t p = 0; p < para_count; p++)
        shaped_free(paras[p]);
    free(paras);
}

static bool same_lang(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_style(const struct text_style *a, const struct text_style *b)
{
    return same_lang(a->lang, b->lang) && a->weight == b->weight &&
           a->px == b->px && a->min_px == b->min_px &&
           a->color.r == b->color.r && a->color.g == b->color.g &&
           a->color.b == b->color.b && a->color.a == b->color.a &&
           a->align == b->align && a->max_lines == b->max_lines;
}

static struct block *lookup(struct text_cache *tc, const char *str,
                            SDL_Rect box, const struct text_style *style)
{
    for (size_t i = 0; i < tc->count; i++) {
        struct block *b = &tc->blocks[i];
        if (b->box_w == box.w && b->box_h == box.h &&
            same_style(&b->style, style) && strcmp(b->str, str) == 0) {
            b->used = tc->frame;
            return b;
        }
    }
    xgrow((void **)&tc->blocks, &tc->cap, tc->count + 1, sizeof(*tc->blocks));
    struct block *b = &tc->blocks[tc->count++];
    *b = (struct block){.str = xstrdup(str),
                        .style = *style,
                        .box_w = box.w,
                        .box_h = box.h,
                        .used = tc->frame};
    b->style.lang = style->lang ? xstrdup(style->lang) : NULL;
    build(tc, b);
    return b;
}

static SDL_Rect place(const struct block *b, SDL_Rect box,
                      const struct text_style *st)
{
    SDL_Rect r = {box.x, box.y, b->w, b->h};
    if (st->align == TEXT_CENTER)
        r.x = box.x + (box.w - b->w) / 2;
    else if (st->align == TEXT_RIGHT || b->rtl)
        r.x = box.x + box.w - b->w;
    if (st->valign == TEXT_MIDDLE)
        r.y = box.y + (box.h - b->h) / 2;
    else if (st->valign == TEXT_BOTTOM)
        r.y = box.y + box.h - b->h;
    return r;
}

SDL_Rect text_measure(struct text_cache *tc, const char *str, SDL_Rect box,
                      const struct text_style *style)
{
    if (!str || !*str || box.w <= 0 || box.h <= 0)
        return (SDL_Rect){box.x, box.y, 0, 0};
    return place(lookup(tc, str, box, style), box, style);
}

int text_fit_px(struct text_cache *tc, const char *str, SDL_Rect box,
                const struct text_style *style)
{
    if (!str || !*str || box.w <= 0 || box.h <= 0)
        return style->px;
    const struct block *b = lookup(tc, str, box, style);
    return b->px > 0 ? b->px : style->px;
}

SDL_Rect text_draw(struct text_cache *tc, const char *str, SDL_Rect box,
                   const struct text_style *style)
{
    if (!str || !*str || box.w <= 0 || box.h <= 0)
        return (SDL_Rect){box.x, box.y, 0, 0};
    struct block *b = lookup(tc, str, box, style);
    SDL_Rect r = place(b, box, style);
    for (size_t i = 0; i < b->line_count; i++) {
        const struct block_line *bl = &b->lines[i];
        glyphs_draw(tc->glyphs, b->px, bl->places, bl->count, r.x + bl->x,
                    r.y + bl->baseline, style->color);
    }
    xgrow((void **)&tc->drawn, &tc->drawn_cap, tc->drawn_count + 1,
          sizeof(*tc->drawn));
    tc->drawn[tc->drawn_count++] =
        (struct text_drawn){b->str, box, r, b->clipped};
    return r;
}

const struct text_drawn *text_cache_drawn(const struct text_cache *tc,
                                          size_t *count)
{
    *count = tc->drawn_count;
    return tc->drawn;
}

unsigned long text_cache_renders(const struct text_cache *tc)
{
    return tc->renders;
}

size_t text_cache_glyphs(const struct text_cache *tc, size_t *bytes)
{
    return glyphs_count(tc->glyphs, bytes);
}
