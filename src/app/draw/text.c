#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "glyphs.h"
#include "xalloc.h"

// A block the last frame did not draw is freed: every screen draws all
// of its text each frame, so keeping the blocks of an old phase or window
// size would only cost memory. A block is its layout, not its pixels:
// the letters are drawn from glyphs.h's textures.
#define KEEP_FRAMES 0

// One laid-out line of a block, at x, y within it.
struct block_line {
    struct glyph_place *places; // owned
    size_t count;
    int x, y;
};

struct block {
    char *str; // owned
    struct text_style style;
    int box_w, box_h;
    enum font_weight weight;
    int px;                   // the size it fits at
    struct block_line *lines; // none when nothing is drawn (no room)
    size_t line_count;
    int w, h;
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

struct line {
    size_t start, len;
    bool para; // first line of a paragraph after the first
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
}

// A face at a size, as the glyphs measure and draw it.
struct face {
    struct glyphs *glyphs;
    enum font_weight weight;
    int px;
};

static int line_width(const struct face *face, const char *s, size_t len)
{
    return glyphs_width(face->glyphs, face->weight, face->px, s, len);
}

// Length of the longest prefix of s[0..len) that ends on a UTF-8
// character boundary and fits in width (at least one character).
static size_t fit_chars(const struct face *face, const char *s, size_t len,
                        int width)
{
    size_t best = 0;
    for (size_t i = 1; i <= len; i++) {
        if (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
            continue;
        if (line_width(face, s, i) > width && best)
            break;
        best = i;
    }
    return best;
}

// Breaks str into lines no wider than width: at newlines, then at spaces,
// and inside a word only when the word alone is too wide (*broke is then
// set, so the caller can try a smaller size first).
static size_t wrap(const struct face *face, const char *str, int width,
                   struct line **lines, size_t *cap, bool *broke)
{
    *broke = false;
    size_t n = 0, pos = 0, total = strlen(str);
    while (pos <= total) {
        size_t para_len = strcspn(str + pos, "\n");
        size_t end = pos + para_len;
        size_t start = pos;
        bool para = pos > 0;
        // Trailing blank lines of a YAML block scalar add nothing.
        if (para_len == 0 && end >= total)
            break;
        do {
            while (start < end && str[start] == ' ')
                start++;
            size_t cut = start, probe = start;
            while (probe < end) {
                size_t word_end = probe;
                while (word_end < end && str[word_end] != ' ')
                    word_end++;
                if (line_width(face, str + start, word_end - start) > width)
                    break;
                cut = word_end;
                probe = word_end;
                while (probe < end && str[probe] == ' ')
                    probe++;
            }
            if (cut == start && start < end) {
                size_t word_end = start;
                while (word_end < end && str[word_end] != ' ')
                    word_end++;
                cut = start +
                      fit_chars(face, str + start, word_end - start, width);
                *broke = true;
            }
            xgrow((void **)lines, cap, n + 1, sizeof(**lines));
            (*lines)[n++] = (struct line){start, cut - start, para};
            para = false;
            start = cut;
            while (start < end && str[start] == ' ')
                start++;
        } while (start < end);
        pos = end + 1;
    }
    return n;
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
        y += skip + (lines[i].para ? para_gap(skip) : 0);
        if (y > h)
            return i;
    }
    return n;
}

// Lays out and renders one block: shrinks the size in steps of about 8%
// until the lines fit the box, then cuts and ends the last line with an
// ellipsis if they still do not.
static void build(struct text_cache *tc, struct block *b)
{
    const struct text_style *st = &b->style;
    int px = st->px;
    int min_px = st->min_px > 0 && st->min_px < px ? st->min_px : px;
    TTF_Font *face = NULL;
    struct line *lines = NULL;
    size_t cap = 0, n = 0, fit = 0;
    for (;;) {
        face = font_get(tc->font, st->weight, px);
        if (!face)
            break;
        bool broke;
        struct face f = {tc->glyphs, st->weight, px};
        n = wrap(&f, b->str, b->box_w, &lines, &cap, &broke);
        int skip = TTF_FontLineSkip(face);
        fit = lines_fitting(lines, n, skip, b->box_h);
        if (st->max_lines > 0 && fit > (size_t)st->max_lines)
            fit = (size_t)st->max_lines;
        // A word cut in two reads badly ("Shoulde / rs"): shrink first.
        if ((n <= fit && !broke) || px <= min_px)
            break;
        int next = px * 92 / 100;
        px = next < min_px ? min_px : next;
    }
    b->clipped = face && n > fit;
    if (!face || fit == 0 || n == 0) {
        b->clipped = face && n > 0;
        free(lines);
        return;
    }
    if (n > fit)
        n = fit;
    int skip = TTF_FontLineSkip(face);
    b->weight = st->weight;
    b->px = px;
    b->lines = xcalloc(n, sizeof(*b->lines));
    b->line_count = n;
    int w = 0, h = 0;
    int *widths = xcalloc(n, sizeof(*widths));
    for (size_t i = 0; i < n; i++) {
        const char *s = b->str + lines[i].start;
        size_t len = lines[i].len;
        const char *suffix = "";
        if (b->clipped && i == n - 1) {
            suffix = "…";
            struct face f = {tc->glyphs, st->weight, px};
            while (len &&
                   line_width(&f, s, len) + line_width(&f, "…", strlen("…")) >
                       b->box_w) {
                len--;
                while (len && ((unsigned char)s[len] & 0xc0) == 0x80)
                    len--;
            }
        }
        char *text = xasprintf("%.*s%s", (int)len, s, suffix);
        struct block_line *bl = &b->lines[i];
        bl->places = glyphs_layout(tc->glyphs, st->weight, px, text,
                                   strlen(text), &bl->count, &widths[i]);
        free(text);
        if (widths[i] > w)
            w = widths[i];
        h += lines[i].para ? para_gap(skip) : 0;
        bl->y = h;
        h += skip;
    }
    for (size_t i = 0; i < n; i++) {
        if (st->align == TEXT_CENTER)
            b->lines[i].x = (w - widths[i]) / 2;
        else if (st->align == TEXT_RIGHT)
            b->lines[i].x = w - widths[i];
    }
    free(widths);
    b->w = w;
    b->h = w > 0 ? h : 0; // only blanks: nothing covered
    tc->renders++;
    free(lines);
}

static bool same_style(const struct text_style *a, const struct text_style *b)
{
    return a->weight == b->weight && a->px == b->px && a->min_px == b->min_px &&
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
    build(tc, b);
    return b;
}

static SDL_Rect place(const struct block *b, SDL_Rect box,
                      const struct text_style *st)
{
    SDL_Rect r = {box.x, box.y, b->w, b->h};
    if (st->align == TEXT_CENTER)
        r.x = box.x + (box.w - b->w) / 2;
    else if (st->align == TEXT_RIGHT)
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
        glyphs_draw(tc->glyphs, b->weight, b->px, bl->places, bl->count,
                    r.x + bl->x, r.y + bl->y, style->color);
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
