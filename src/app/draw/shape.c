#include "shape.h"

#include <stdlib.h>
#include <string.h>

#include <fribidi.h>
#include <linebreak.h>

#include "utf8.h"
#include "xalloc.h"

// A shaped glyph: positions in 26.6 pixels at the size shaped.
struct sglyph {
    struct font_face *face;
    uint32_t gid;
    size_t cluster; // the first character it draws
    int32_t x_advance, x_offset, y_offset;
};

// Characters [start, end) of one level, script and face; its glyphs
// [first, first + count) in visual order (HarfBuzz gives a right-to-left
// run's glyphs right to left already reversed).
struct run {
    size_t start, end;
    FriBidiLevel level;
    size_t first, count;
};

struct shaped {
    int px; // the size shaped at; other sizes scale the positions
    size_t n;
    uint32_t *cps;
    FriBidiLevel *levels;
    bool rtl;
    char *breaks;      // libunibreak's verdict after each character
    bool *cluster_top; // a character that starts a cluster
    int64_t *pre;      // pre[i]: the advance of characters [0, i), 26.6
    struct run *runs;
    size_t run_count;
    struct sglyph *glyphs;
    size_t glyph_count;
    struct sglyph ellipsis; // "…" in the paragraph's face
    bool has_ellipsis;
};

static bool hangs(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
}

// Each character's script, with Common and Inherited ones (spaces,
// digits, punctuation, marks) taking their neighbours' (UAX #24's
// advice): the one before, or at the start, the first real one after.
static void resolve_scripts(const uint32_t *cps, size_t n, hb_script_t *out)
{
    hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
    hb_script_t last = HB_SCRIPT_INVALID;
    for (size_t i = 0; i < n; i++) {
        hb_script_t s = hb_unicode_script(uf, cps[i]);
        if (s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED ||
            s == HB_SCRIPT_UNKNOWN) {
            out[i] = HB_SCRIPT_INVALID;
        } else {
            out[i] = s;
            if (last == HB_SCRIPT_INVALID) {
                for (size_t j = 0; j < i; j++)
                    out[j] = s;
            }
            last = s;
            continue;
        }
        out[i] = last;
    }
    for (size_t i = 0; i < n; i++) {
        if (out[i] == HB_SCRIPT_INVALID)
            out[i] = HB_SCRIPT_COMMON;
    }
}

// Each character's face: neutral characters stay in the face before them
// when it has them, so a run is not split at every space.
static void choose_faces(struct font *font, enum font_weight weight,
                         const char *lang, const uint32_t *cps, size_t n,
                         struct font_face **out)
{
    hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
    struct font_face *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        hb_script_t s = hb_unicode_script(uf, cps[i]);
        bool neutral = s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED;
        struct font_face *face =
            font_face_for(font, weight, lang, cps[i], neutral ? prev : NULL);
        if (!face) // logged once: the primary face draws its empty box
            face = prev ? prev : font_primary(font, weight, lang);
        out[i] = prev = face;
    }
}

static void shape_run(struct shaped *sp, hb_buffer_t *buf, struct run *r,
                      struct font_face *face, hb_script_t script,
                      hb_language_t language)
{
    hb_buffer_clear_contents(buf);
    hb_buffer_add_utf32(buf, sp->cps, (int)sp->n, (unsigned)r->start,
                        (int)(r->end - r->start));
    hb_buffer_set_direction(buf, FRIBIDI_LEVEL_IS_RTL(r->level)
                                     ? HB_DIRECTION_RTL
                                     : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, script);
    hb_buffer_set_language(buf, language);
    hb_buffer_set_cluster_level(buf,
                                HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    hb_shape(font_face_hb(face, sp->px), buf, NULL, 0);
    unsigned count;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buf, &count);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buf, NULL);
    r->first = sp->glyph_count;
    r->count = count;
    sp->glyphs =
        xrealloc(sp->glyphs, (sp->glyph_count + count) * sizeof(*sp->glyphs));
    for (unsigned i = 0; i < count; i++) {
        sp->glyphs[sp->glyph_count++] = (struct sglyph){face,
                                                        info[i].codepoint,
                                                        info[i].cluster,
                                                        pos[i].x_advance,
                                                        pos[i].x_offset,
                                                        pos[i].y_offset};
    }
}

// The "…" a cut line ends with, in the face of the paragraph's language.
static void shape_ellipsis(struct shaped *sp, struct font *font,
                           enum font_weight weight, const char *lang,
                           hb_buffer_t *buf)
{
    struct font_face *face = font_primary(font, weight, lang);
    hb_buffer_clear_contents(buf);
    hb_buffer_add_utf8(buf, "…", -1, 0, -1);
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font_face_hb(face, sp->px), buf, NULL, 0);
    unsigned count;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buf, &count);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buf, NULL);
    if (count == 1 && info[0].codepoint != 0) {
        sp->ellipsis =
            (struct sglyph){face, info[0].codepoint, 0, pos[0].x_advance, 0, 0};
        sp->has_ellipsis = true;
    }
}

struct shaped *shape_paragraph(struct font *font, enum font_weight weight,
                               const char *lang, int px, const char *s,
                               size_t len)
{
    struct shaped *sp = xcalloc(1, sizeof(*sp));
    sp->px = px > 0 ? px : 1;
    sp->cps = xmalloc((len + 1) * sizeof(*sp->cps));
    for (size_t pos = 0; pos < len;)
        sp->cps[sp->n++] = utf8_next(s, len, &pos);
    size_t n = sp->n;
    if (!lang)
        lang = font_lang(font);

    // UAX #9: levels for the whole paragraph, its direction from the
    // first strong character.
    sp->levels = xcalloc(n + 1, sizeof(*sp->levels));
    FriBidiCharType *types = xcalloc(n + 1, sizeof(*types));
    FriBidiBracketType *brackets = xcalloc(n + 1, sizeof(*brackets));
    fribidi_get_bidi_types(sp->cps, (FriBidiStrIndex)n, types);
    fribidi_get_bracket_types(sp->cps, (FriBidiStrIndex)n, types, brackets);
    FriBidiParType dir = FRIBIDI_PAR_ON;
    if (n && !fribidi_get_par_embedding_levels_ex(
                 types, brackets, (FriBidiStrIndex)n, &dir, sp->levels))
        memset(sp->levels, 0, n * sizeof(*sp->levels));
    sp->rtl = n && FRIBIDI_IS_RTL(dir);
    free(types);
    free(brackets);

    // UAX #14: where lines may end. libunibreak tailors a few classes by
    // language (Japanese and Chinese punctuation).
    sp->breaks = xcalloc(n + 1, 1);
    char lb_lang[8];
    size_t primary = strcspn(lang, "-_@.");
    snprintf(lb_lang, sizeof lb_lang, "%.*s", (int)(primary < 7 ? primary : 7),
             lang);
    if (n)
        set_linebreaks_utf32(sp->cps, n, lb_lang, sp->breaks);

    hb_script_t *scripts = xcalloc(n + 1, sizeof(*scripts));
    struct font_face **faces = xcalloc(n + 1, sizeof(*faces));
    resolve_scripts(sp->cps, n, scripts);
    choose_faces(font, weight, lang, sp->cps, n, faces);

    hb_buffer_t *buf = hb_buffer_create();
    hb_language_t language = hb_language_from_string(lang, -1);
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        while (end < n && sp->levels[end] == sp->levels[start] &&
               scripts[end] == scripts[start] && faces[end] == faces[start])
            end++;
        sp->runs = xrealloc(sp->runs, (sp->run_count + 1) * sizeof(*sp->runs));
        struct run *r = &sp->runs[sp->run_count++];
        *r = (struct run){start, end, sp->levels[start], 0, 0};
        shape_run(sp, buf, r, faces[start], scripts[start], language);
        start = end;
    }
    shape_ellipsis(sp, font, weight, lang, buf);
    hb_buffer_destroy(buf);
    free(scripts);
    free(faces);

    // Each glyph's advance belongs to the character its cluster starts
    // at; characters inside a cluster (a mark, the second of a ligature)
    // add nothing and are no place to break.
    sp->cluster_top = xcalloc(n + 1, sizeof(*sp->cluster_top));
    int64_t *adv = xcalloc(n + 1, sizeof(*adv));
    for (size_t i = 0; i < sp->glyph_count; i++) {
        adv[sp->glyphs[i].cluster] += sp->glyphs[i].x_advance;
        sp->cluster_top[sp->glyphs[i].cluster] = true;
    }
    sp->pre = xcalloc(n + 1, sizeof(*sp->pre));
    for (size_t i = 0; i < n; i++)
        sp->pre[i + 1] = sp->pre[i] + adv[i];
    free(adv);
    return sp;
}

void shaped_free(struct shaped *sp)
{
    if (!sp)
        return;
    free(sp->cps);
    free(sp->levels);
    free(sp->breaks);
    free(sp->cluster_top);
    free(sp->pre);
    free(sp->runs);
    free(sp->glyphs);
    free(sp);
}

size_t shaped_length(const struct shaped *sp)
{
    return sp->n;
}

uint32_t shaped_char(const struct shaped *sp, size_t i)
{
    return sp->cps[i];
}

bool shaped_rtl(const struct shaped *sp)
{
    return sp->rtl;
}

// 26.6 at the size shaped to whole pixels at px.
static int to_px(const struct shaped *sp, int64_t v, int px)
{
    int64_t scaled = v * px / sp->px;
    return (int)((scaled + (scaled >= 0 ? 32 : -32)) / 64);
}

int shaped_width(const struct shaped *sp, int px, size_t start, size_t end)
{
    return to_px(sp, sp->pre[end] - sp->pre[start], px);
}

static size_t skip_hanging(const struct shaped *sp, size_t i)
{
    while (i < sp->n && hangs(sp->cps[i]))
        i++;
    return i;
}

static size_t trim_hanging(const struct shaped *sp, size_t start, size_t end)
{
    while (end > start && hangs(sp->cps[end - 1]))
        end--;
    return end;
}

static void add_line(struct shape_line **lines, size_t *count, size_t *cap,
                     struct shape_line line)
{
    xgrow((void **)lines, cap, *count + 1, sizeof(**lines));
    (*lines)[(*count)++] = line;
}

// One pass: the pen moves on from where the last line ended, and each
// character is looked at at most twice (again on the next line when it
// did not fit), so a paragraph costs its length, not its length squared.
size_t shaped_break(const struct shaped *sp, int px, int width,
                    struct shape_line **lines, size_t *count, size_t *cap,
                    bool *broke)
{
    size_t looked = 0;
    size_t start = skip_hanging(sp, 0);
    if (start >= sp->n) {
        add_line(lines, count, cap, (struct shape_line){0, 0});
        return 0;
    }
    while (start < sp->n) {
        size_t fit = 0, i = start;
        for (; i < sp->n; i++) {
            looked++;
            // As shaped_width rounds: a box as wide as a measured line
            // holds it.
            if (!hangs(sp->cps[i]) &&
                shaped_width(sp, px, start, i + 1) > width)
                break;
            if (sp->breaks[i] == LINEBREAK_ALLOWBREAK ||
                sp->breaks[i] == LINEBREAK_MUSTBREAK || i + 1 == sp->n)
                fit = i + 1;
        }
        if (i == sp->n)
            fit = sp->n;
        if (fit == 0) {
            // A word alone wider than the line: cut it before the
            // cluster that did not fit, keeping at least one.
            fit = i;
            while (fit > start && !sp->cluster_top[fit])
                fit--;
            if (fit == start) {
                fit = start + 1;
                while (fit < sp->n && !sp->cluster_top[fit])
                    fit++;
            }
            *broke = true;
        }
        add_line(lines, count, cap,
                 (struct shape_line){start, trim_hanging(sp, start, fit)});
        start = skip_hanging(sp, fit);
    }
    return looked;
}

// A piece of a run on one line.
struct seg {
    const struct run *run; // NULL: the ellipsis
    size_t lo, hi;
    FriBidiLevel level;
};

// UAX #9 L2: from the highest level down to the lowest odd one, reverse
// every stretch of pieces at that level or higher.
static void reorder(struct seg *segs, size_t n)
{
    FriBidiLevel top = 0, low_odd = 255;
    for (size_t i = 0; i < n; i++) {
        if (segs[i].level > top)
            top = segs[i].level;
        if ((segs[i].level & 1) && segs[i].level < low_odd)
            low_odd = segs[i].level;
    }
    for (int lv = top; lv >= low_odd && lv > 0; lv--) {
        for (size_t i = 0; i < n;) {
            if (segs[i].level < lv) {
                i++;
                continue;
            }
            size_t j = i;
            while (j < n && segs[j].level >= lv)
                j++;
            for (size_t a = i, b = j - 1; a < b; a++, b--) {
                struct seg t = segs[a];
                segs[a] = segs[b];
                segs[b] = t;
            }
            i = j;
        }
    }
}

struct glyph_place *shaped_places(const struct shaped *sp, int px, size_t start,
                                  size_t end, bool ellipsis, int max_width,
                                  size_t *count, int *width)
{
    ellipsis = ellipsis && sp->has_ellipsis;
    if (ellipsis) {
        int room = max_width - to_px(sp, sp->ellipsis.x_advance, px);
        while (end > start && shaped_width(sp, px, start, end) > room)
            end--;
        while (end > start && !sp->cluster_top[end])
            end--;
        end = trim_hanging(sp, start, end);
    }
    struct seg *segs = xcalloc(sp->run_count + 1, sizeof(*segs));
    size_t nseg = 0;
    for (size_t i = 0; i < sp->run_count; i++) {
        const struct run *r = &sp->runs[i];
        size_t lo = r->start > start ? r->start : start;
        size_t hi = r->end < end ? r->end : end;
        if (lo < hi)
            segs[nseg++] = (struct seg){r, lo, hi, r->level};
    }
    if (ellipsis)
        segs[nseg++] = (struct seg){NULL, 0, 0, sp->rtl ? 1 : 0};
    reorder(segs, nseg);

    struct glyph_place *places = xcalloc(sp->glyph_count + 2, sizeof(*places));
    size_t k = 0;
    int64_t pen = 0;
    for (size_t s = 0; s < nseg; s++) {
        const struct sglyph *gs =
            segs[s].run ? &sp->glyphs[segs[s].run->first] : &sp->ellipsis;
        size_t gn = segs[s].run ? segs[s].run->count : 1;
        for (size_t i = 0; i < gn; i++) {
            const struct sglyph *g = &gs[i];
            if (segs[s].run &&
                (g->cluster < segs[s].lo || g->cluster >= segs[s].hi))
                continue;
            places[k++] = (struct glyph_place){
                g->face, g->gid, to_px(sp, pen + g->x_offset, px),
                -to_px(sp, g->y_offset, px), segs[s].run ? g->cluster : sp->n};
            pen += g->x_advance;
        }
    }
    free(segs);
    *count = k;
    *width = to_px(sp, pen, px);
    return places;
}
