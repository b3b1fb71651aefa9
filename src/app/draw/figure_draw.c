#include "figure_draw.h"

#include <math.h>
#include <stdlib.h>

#include "xalloc.h"

#define PI  3.14159265358979f
#define DEG (PI / 180.0f)

// The figure's palette on the player's deep blue-grey: a warm light body,
// its far side darker, an orange glow on the parts being worked.
static const SDL_Color near_c = {236, 214, 196, 255};
static const SDL_Color far_c = {170, 148, 136, 255};
static const SDL_Color glow_c = {255, 140, 60, 255};
static const SDL_Color prop_c = {78, 100, 122, 255};
static const SDL_Color prop_edge_c = {110, 134, 156, 255};
static const SDL_Color towel_c = {110, 186, 250, 255};
static const SDL_Color arrow_c = {255, 202, 90, 255};
static const SDL_Color eye_c = {250, 250, 250, 255};
static const SDL_Color iris_c = {70, 120, 150, 255};
static const SDL_Color dark_c = {40, 30, 30, 255};
static const SDL_Color hair_c = {92, 70, 58, 255};
static const SDL_Color mouth_c = {150, 70, 70, 255};

// The triangles of one figure, sent to the renderer in as few
// SDL_RenderGeometry calls as the order allows: opaque ones without
// blending, the fringes and glows with it. SDL's software renderer blends
// each blended triangle through a temporary surface of its bounding box,
// so opaque fills must not pay for that.
static struct batch {
    SDL_Renderer *r;
    SDL_Vertex *v;
    size_t n, cap;
    bool blend;
} batch;

static void flush(void)
{
    if (batch.n && batch.r) {
        SDL_SetRenderDrawBlendMode(batch.r, batch.blend ? SDL_BLENDMODE_BLEND
                                                        : SDL_BLENDMODE_NONE);
        SDL_RenderGeometry(batch.r, NULL, batch.v, (int)batch.n, NULL, 0);
    }
    batch.n = 0;
}

// Standing heights to pixels: x right, y up becomes y down.
struct place {
    float s, ox, oy;
};

static void tri(SDL_FPoint a, SDL_Color ca, SDL_FPoint b, SDL_Color cb,
                SDL_FPoint c, SDL_Color cc)
{
    bool blend = ca.a != 255 || cb.a != 255 || cc.a != 255;
    if (blend != batch.blend) {
        flush();
        batch.blend = blend;
    }
    xgrow((void **)&batch.v, &batch.cap, batch.n + 3, sizeof(*batch.v));
    // The software renderer cuts coordinates down to whole pixels; rounding
    // them here instead keeps the mirror image exact.
    SDL_FPoint p[3] = {a, b, c};
    for (int i = 0; i < 3; i++)
        p[i] = (SDL_FPoint){floorf(p[i].x + 0.5f), floorf(p[i].y + 0.5f)};
    batch.v[batch.n++] = (SDL_Vertex){p[0], ca, {0, 0}};
    batch.v[batch.n++] = (SDL_Vertex){p[1], cb, {0, 0}};
    batch.v[batch.n++] = (SDL_Vertex){p[2], cc, {0, 0}};
}

static SDL_Color clear(SDL_Color c)
{
    return (SDL_Color){c.r, c.g, c.b, 0};
}

static SDL_Color alpha(SDL_Color c, int a)
{
    return (SDL_Color){c.r, c.g, c.b, (Uint8)a};
}

// A convex outline of n points with outward unit normals, filled as a
// strip that zigzags across the shape from point start, and a one-pixel
// fringe fading out around it. SDL's software renderer visits every
// pixel of a triangle's bounding box, so the strip's short, local
// triangles cost far less than a fan's long thin ones.
static void convex(const SDL_FPoint *p, const SDL_FPoint *nrm, int n, int start,
                   SDL_Color c)
{
    SDL_Color o = clear(c);
    SDL_FPoint in[256];
    if (n > 256)
        n = 256;
    // Inset half a pixel so the fringe straddles the true edge.
    for (int i = 0; i < n; i++)
        in[i] =
            (SDL_FPoint){p[i].x - nrm[i].x * 0.5f, p[i].y - nrm[i].y * 0.5f};
    int a = (start + 1) % n, b = (start + n - 1) % n;
    tri(in[start], c, in[a], c, in[b], c);
    for (int k = 1; k < n - 2; k++) {
        if (k % 2) {
            int a1 = (a + 1) % n;
            tri(in[a], c, in[a1], c, in[b], c);
            a = a1;
        } else {
            int b1 = (b + n - 1) % n;
            tri(in[b], c, in[a], c, in[b1], c);
            b = b1;
        }
    }
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        SDL_FPoint ao = {p[i].x + nrm[i].x * 0.5f, p[i].y + nrm[i].y * 0.5f};
        SDL_FPoint bo = {p[j].x + nrm[j].x * 0.5f, p[j].y + nrm[j].y * 0.5f};
        tri(in[i], c, ao, o, bo, o);
        tri(in[i], c, bo, o, in[j], c);
    }
}

// Points between a and b (neither end: the caps have them) with no gap
// longer than max_px, all with the normal nrm. Returns how many it wrote
// (at most room).
static int line_points(SDL_FPoint a, SDL_FPoint b, SDL_FPoint nrm, float max_px,
                       SDL_FPoint *p, SDL_FPoint *np, int room)
{
    int k = (int)(hypotf(b.x - a.x, b.y - a.y) / max_px) + 1;
    if (k - 1 > room)
        k = room + 1;
    for (int i = 1; i < k; i++) {
        float u = (float)i / (float)k;
        p[i - 1] = (SDL_FPoint){a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u};
        np[i - 1] = nrm;
    }
    return k - 1;
}

// Points of an arc around (cx, cy), screen angles in radians.
static int arc_points(float cx, float cy, float r, float a0, float a1,
                      int steps, SDL_FPoint *p, SDL_FPoint *nrm)
{
    for (int i = 0; i <= steps; i++) {
        float a = a0 + (a1 - a0) * (float)i / (float)steps;
        nrm[i] = (SDL_FPoint){cosf(a), sinf(a)};
        p[i] = (SDL_FPoint){cx + nrm[i].x * r, cy + nrm[i].y * r};
    }
    return steps + 1;
}

static int arc_steps(float r)
{
    int n = (int)(r * 0.4f) + 4;
    return n > 20 ? 20 : n;
}

// A tapered capsule from (x0, y0) radius r0 to (x1, y1) radius r1, in
// pixels. Its long sides are cut into pieces of at most 24 pixels so that
// the strip's triangles stay small.
static void capsule(float x0, float y0, float r0, float x1, float y1, float r1,
                    SDL_Color c)
{
    if (r0 < 0.3f && r1 < 0.3f)
        return;
    float dx = x1 - x0, dy = y1 - y0;
    float phi = (dx == 0 && dy == 0) ? 0 : atan2f(dy, dx);
    int steps = arc_steps(fmaxf(r0, r1));
    enum { ROOM = 250 };
    SDL_FPoint p[ROOM], nrm[ROOM];
    int n = arc_points(x1, y1, r1, phi - PI / 2, phi + PI / 2, steps, p, nrm);
    // The side from the end cap back to the start cap, then the other.
    SDL_FPoint side1 = {cosf(phi + PI / 2), sinf(phi + PI / 2)};
    SDL_FPoint side2 = {-side1.x, -side1.y};
    n += line_points((SDL_FPoint){x1 + side1.x * r1, y1 + side1.y * r1},
                     (SDL_FPoint){x0 + side1.x * r0, y0 + side1.y * r0}, side1,
                     24, p + n, nrm + n, (ROOM - 2 * steps - 2) / 2);
    n += arc_points(x0, y0, r0, phi + PI / 2, phi + 3 * PI / 2, steps, p + n,
                    nrm + n);
    n += line_points((SDL_FPoint){x0 + side2.x * r0, y0 + side2.y * r0},
                     (SDL_FPoint){x1 + side2.x * r1, y1 + side2.y * r1}, side2,
                     24, p + n, nrm + n, ROOM - n);
    convex(p, nrm, n, steps / 2, c);
}

static void disc(float x, float y, float r, SDL_Color c)
{
    capsule(x, y, r, x, y, r, c);
}

// A convex quadrilateral in pixels, in either winding.
static void quad(const SDL_FPoint q[4], SDL_Color c)
{
    SDL_FPoint mid = {(q[0].x + q[1].x + q[2].x + q[3].x) / 4,
                      (q[0].y + q[1].y + q[2].y + q[3].y) / 4};
    SDL_FPoint n[4];
    for (int i = 0; i < 4; i++) {
        // The corner's outward direction: away from the middle.
        float dx = q[i].x - mid.x, dy = q[i].y - mid.y;
        float len = hypotf(dx, dy);
        n[i] = len > 0 ? (SDL_FPoint){dx / len, dy / len} : (SDL_FPoint){0, 0};
    }
    convex(q, n, 4, 0, c);
}

// An ellipse, rotated by rot radians about (rx0, ry0); ry_low replaces ry
// below the centre (a jaw that opens).
static void ellipse(float cx, float cy, float rx, float ry, float ry_low,
                    float rot, float px, float py, SDL_Color c)
{
    enum { N = 48 };
    SDL_FPoint p[N], nrm[N];
    float cr = cosf(rot), sr = sinf(rot);
    for (int i = 0; i < N; i++) {
        float a = 2 * PI * (float)i / N;
        float ey = sinf(a) > 0 ? ry_low : ry; // screen y grows down
        float x = cx + cosf(a) * rx - px, y = cy + sinf(a) * ey - py;
        p[i] = (SDL_FPoint){px + x * cr - y * sr, py + x * sr + y * cr};
        float nx = cosf(a) / rx, ny = sinf(a) / ey;
        float len = hypotf(nx, ny);
        nrm[i] =
            (SDL_FPoint){(nx * cr - ny * sr) / len, (nx * sr + ny * cr) / len};
    }
    convex(p, nrm, N, 0, c);
}

static SDL_FPoint at(const struct place *pl, float x, float y)
{
    return (SDL_FPoint){pl->ox + x * pl->s, pl->oy - y * pl->s};
}

void figure_draw_done(void)
{
    free(batch.v);
    batch = (struct batch){0};
}

// --- The body ---------------------------------------------------------

// Radii at the two ends of each segment, in standing heights.
static const float seg_r[FS_COUNT][2] = {
    [FS_PELVIS] = {0.068f, 0.058f},      [FS_CHEST] = {0.060f, 0.070f},
    [FS_NECK] = {0.024f, 0.022f},        [FS_HEAD] = {0, 0},
    [FS_UPPER_ARM_L] = {0.030f, 0.024f}, [FS_UPPER_ARM_R] = {0.030f, 0.024f},
    [FS_FOREARM_L] = {0.024f, 0.017f},   [FS_FOREARM_R] = {0.024f, 0.017f},
    [FS_HAND_L] = {0.016f, 0.017f},      [FS_HAND_R] = {0.016f, 0.017f},
    [FS_FINGERS_L] = {0.013f, 0.008f},   [FS_FINGERS_R] = {0.013f, 0.008f},
    [FS_THUMB_L] = {0.009f, 0.007f},     [FS_THUMB_R] = {0.009f, 0.007f},
    [FS_THIGH_L] = {0.050f, 0.034f},     [FS_THIGH_R] = {0.050f, 0.034f},
    [FS_SHIN_L] = {0.034f, 0.021f},      [FS_SHIN_R] = {0.034f, 0.021f},
    [FS_FOOT_L] = {0.020f, 0.015f},      [FS_FOOT_R] = {0.020f, 0.015f},
    [FS_TOES_L] = {0.014f, 0.009f},      [FS_TOES_R] = {0.014f, 0.009f},
};

#define HEAD_R 0.072f

static void segment(const struct place *pl, const struct figure_frame *f, int s,
                    SDL_Color c, float grow)
{
    int a, b;
    figure_segment_points(s, &a, &b);
    SDL_FPoint p0 = at(pl, f->x[a], f->y[a]), p1 = at(pl, f->x[b], f->y[b]);
    capsule(p0.x, p0.y, seg_r[s][0] * pl->s * grow + grow - 1, p1.x, p1.y,
            seg_r[s][1] * pl->s * grow + grow - 1, c);
}

// The heel: a capsule from the ankle back to the heel, under the foot.
static void heel(const struct place *pl, const struct figure_frame *f, int k,
                 SDL_Color c)
{
    SDL_FPoint a = at(pl, f->x[FP_ANKLE_L + k], f->y[FP_ANKLE_L + k]);
    SDL_FPoint h = at(pl, f->x[FP_HEEL_L + k], f->y[FP_HEEL_L + k]);
    SDL_FPoint b = at(pl, f->x[FP_BALL_L + k], f->y[FP_BALL_L + k]);
    // The heel point is the sole: keep the capsule's edge on it.
    float r = 0.016f * pl->s;
    float hx = h.x + (a.x - h.x) * 0.35f, hy = h.y + (a.y - h.y) * 0.35f;
    capsule(a.x, a.y, 0.020f * pl->s, hx, hy, r, c);
    capsule(hx, hy, r, b.x + (a.x - b.x) * 0.3f, b.y + (a.y - b.y) * 0.3f,
            0.015f * pl->s, c);
}

// One limb side (k = 0 left, 1 right): leg or arm with its glow.
static void leg(const struct place *pl, const struct figure_frame *f, int k,
                SDL_Color c, uint32_t glow)
{
    static const int parts[] = {FS_THIGH_L, FS_SHIN_L, FS_FOOT_L, FS_TOES_L};
    for (size_t i = 0; i < 4; i++) {
        if (glow & (1u << (parts[i] + k)))
            segment(pl, f, parts[i] + k, alpha(glow_c, 110), 1.5f);
    }
    heel(pl, f, k, c);
    for (size_t i = 0; i < 4; i++) {
        int s = parts[i] + k;
        segment(pl, f, s, (glow & (1u << s)) ? glow_c : c, 1);
    }
}

static void arm(const struct place *pl, const struct figure_frame *f, int k,
                SDL_Color c, uint32_t glow)
{
    static const int parts[] = {FS_UPPER_ARM_L, FS_FOREARM_L, FS_HAND_L,
                                FS_THUMB_L, FS_FINGERS_L};
    for (size_t i = 0; i < 5; i++) {
        if (glow & (1u << (parts[i] + k)))
            segment(pl, f, parts[i] + k, alpha(glow_c, 110), 1.5f);
    }
    for (size_t i = 0; i < 5; i++) {
        int s = parts[i] + k;
        segment(pl, f, s, (glow & (1u << s)) ? glow_c : c, 1);
    }
}

static void trunk(const struct place *pl, const struct figure_frame *f,
                  SDL_Color c, uint32_t glow)
{
    bool front = f->view != FIGURE_VIEW_SIDE;
    static const int parts[] = {FS_PELVIS, FS_CHEST, FS_NECK};
    for (size_t i = 0; i < 3; i++) {
        if (glow & (1u << parts[i]))
            segment(pl, f, parts[i], alpha(glow_c, 110), 1.5f);
    }
    for (size_t i = 0; i < 3; i++) {
        int s = parts[i];
        SDL_Color sc = (glow & (1u << s)) ? glow_c : c;
        if (front && s != FS_NECK) {
            // From the front the trunk is as wide as the shoulders and the
            // hips: a trapezoid from the waist to each, rounded at the
            // shoulders.
            int side_l = s == FS_CHEST ? FP_SHOULDER_L : FP_HIP_L;
            float grow = s == FS_CHEST ? 0.035f : 0.055f;
            float waist = 0.085f;
            float ux = f->x[FP_NECK] - f->x[FP_WAIST];
            float uy = f->y[FP_NECK] - f->y[FP_WAIST];
            float len = hypotf(ux, uy);
            // Across the body, toward its left.
            float ax = uy / len, ay = -ux / len;
            if (f->view == FIGURE_VIEW_BACK) {
                ax = -ax;
                ay = -ay;
            }
            float lx = f->x[side_l] + ax * grow, ly = f->y[side_l] + ay * grow;
            float rx = f->x[side_l + 1] - ax * grow;
            float ry = f->y[side_l + 1] - ay * grow;
            // The chest reaches a little below the waist: no seam.
            float dip = s == FS_CHEST ? 0.015f / len : 0;
            float wx = f->x[FP_WAIST] - ux * dip,
                  wy = f->y[FP_WAIST] - uy * dip;
            SDL_FPoint q[4] = {at(pl, lx, ly), at(pl, rx, ry),
                               at(pl, wx - ax * waist, wy - ay * waist),
                               at(pl, wx + ax * waist, wy + ay * waist)};
            quad(q, sc);
            if (s == FS_CHEST) {
                for (int k = 0; k < 2; k++) {
                    SDL_FPoint sh = at(pl, f->x[FP_SHOULDER_L + k],
                                       f->y[FP_SHOULDER_L + k]);
                    disc(sh.x, sh.y, 0.036f * pl->s, sc);
                }
            }
            continue;
        }
        segment(pl, f, s, sc, 1);
    }
    SDL_FPoint h = at(pl, f->x[FP_HEAD], f->y[FP_HEAD]);
    if (glow & (1u << FS_HEAD))
        disc(h.x, h.y, HEAD_R * pl->s * 1.35f, alpha(glow_c, 110));
    disc(h.x, h.y, HEAD_R * pl->s, (glow & (1u << FS_HEAD)) ? glow_c : c);
    if (!front) {
        // A nose shows which way the face looks.
        float dir = f->facing_left ? -1.0f : 1.0f;
        float ux = f->x[FP_HEAD] - f->x[FP_HEAD_PIVOT];
        float uy = f->y[FP_HEAD] - f->y[FP_HEAD_PIVOT];
        float len = hypotf(ux, uy);
        ux /= len;
        uy /= len;
        // Forward is the up direction turned a quarter toward the face.
        float fx = uy * dir, fy = -ux * dir;
        SDL_FPoint n = at(pl, f->x[FP_HEAD] + fx * HEAD_R * 0.95f - ux * 0.01f,
                          f->y[FP_HEAD] + fy * HEAD_R * 0.95f - uy * 0.01f);
        disc(n.x, n.y, 0.016f * pl->s, c);
        SDL_FPoint e = at(pl, f->x[FP_HEAD] + fx * HEAD_R * 0.5f + ux * 0.012f,
                          f->y[FP_HEAD] + fy * HEAD_R * 0.5f + uy * 0.012f);
        disc(e.x, e.y, 0.0075f * pl->s, dark_c);
    } else if (f->view == FIGURE_VIEW_FRONT) {
        float ux = f->x[FP_HEAD] - f->x[FP_HEAD_PIVOT];
        float uy = f->y[FP_HEAD] - f->y[FP_HEAD_PIVOT];
        float len = hypotf(ux, uy);
        ux /= len;
        uy /= len;
        for (int k = -1; k <= 1; k += 2) {
            SDL_FPoint e = at(pl, f->x[FP_HEAD] + uy * 0.026f * k + ux * 0.01f,
                              f->y[FP_HEAD] - ux * 0.026f * k + uy * 0.01f);
            disc(e.x, e.y, 0.0075f * pl->s, dark_c);
        }
    } else {
        // From behind: the hair.
        disc(h.x, h.y - HEAD_R * pl->s * 0.15f, HEAD_R * pl->s * 0.9f, hair_c);
    }
}

// --- Props and arrows ---------------------------------------------------

static void rect_px(SDL_FPoint a, SDL_FPoint b, SDL_Color c)
{
    float x0 = fminf(a.x, b.x), x1 = fmaxf(a.x, b.x);
    float y0 = fminf(a.y, b.y), y1 = fmaxf(a.y, b.y);
    SDL_FPoint p[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    const float k = 0.7071f;
    SDL_FPoint n[4] = {{-k, -k}, {k, -k}, {k, k}, {-k, k}};
    convex(p, n, 4, 0, c);
}

static void prop(const struct place *pl, const struct figure_frame *f,
                 const struct figure_prop *p, const float bounds[4],
                 bool facing_left)
{
    float x = p->x;
    switch (p->kind) {
    case FIGURE_PROP_FLOOR:
        rect_px(at(pl, bounds[0], 0), at(pl, bounds[2], -0.012f), prop_edge_c);
        break;
    case FIGURE_PROP_MAT:
        rect_px(at(pl, x - 0.45f, 0.012f), at(pl, x + 0.45f, 0), prop_c);
        break;
    case FIGURE_PROP_WALL: {
        // The wall's face is at x; its thickness lies away from the body.
        float side = x >= f->x[FP_HIPS] ? 1.0f : -1.0f;
        rect_px(at(pl, x, 1.15f), at(pl, x + side * 0.05f, 0), prop_c);
        rect_px(at(pl, x, 1.15f), at(pl, x + side * 0.008f, 0), prop_edge_c);
        break;
    }
    case FIGURE_PROP_CHAIR: {
        float h = p->y > 0 ? p->y : 0.26f;
        float back = facing_left ? 1.0f : -1.0f;
        rect_px(at(pl, x - 0.12f, h), at(pl, x + 0.12f, h - 0.025f), prop_c);
        rect_px(at(pl, x - 0.11f, h), at(pl, x - 0.09f, 0), prop_c);
        rect_px(at(pl, x + 0.09f, h), at(pl, x + 0.11f, 0), prop_c);
        if (f->view == FIGURE_VIEW_SIDE)
            rect_px(at(pl, x + back * 0.12f, h + 0.28f),
                    at(pl, x + back * 0.10f, h), prop_c);
        break;
    }
    case FIGURE_PROP_STEP: {
        float h = p->y > 0 ? p->y : 0.1f;
        rect_px(at(pl, x - 0.16f, h), at(pl, x + 0.16f, 0), prop_c);
        break;
    }
    case FIGURE_PROP_TOWEL: {
        SDL_FPoint a = at(pl, f->x[p->from], f->y[p->from]);
        SDL_FPoint b = at(pl, f->x[p->to], f->y[p->to]);
        capsule(a.x, a.y, 0.012f * pl->s, b.x, b.y, 0.012f * pl->s, towel_c);
        break;
    }
    case FIGURE_PROP_COUNT:
        break;
    }
}

// A curved arrow: a band of capsules along the arc and a head at `to`.
// Angles in degrees, counterclockwise from +x (standing heights, y up).
static void arrow(const struct place *pl, float cx, float cy, float r,
                  float from, float to)
{
    enum { N = 24 };
    float w = fmaxf(0.008f * pl->s, 1.5f);
    SDL_FPoint prev = {0, 0};
    float sweep = to - from, dir = sweep > 0 ? 1.0f : -1.0f;
    // Stop the band short of the head.
    float end = to - dir * fminf(fabsf(sweep) * 0.3f, 22.0f);
    for (int i = 0; i <= N; i++) {
        float a = (from + (end - from) * (float)i / N) * DEG;
        SDL_FPoint p = at(pl, cx + cosf(a) * r, cy + sinf(a) * r);
        if (i)
            capsule(prev.x, prev.y, w, p.x, p.y, w, arrow_c);
        prev = p;
    }
    float a = to * DEG, e = end * DEG;
    SDL_FPoint tip = at(pl, cx + cosf(a) * r, cy + sinf(a) * r);
    SDL_FPoint b1 =
        at(pl, cx + cosf(e) * (r + 0.03f), cy + sinf(e) * (r + 0.03f));
    SDL_FPoint b2 =
        at(pl, cx + cosf(e) * (r - 0.03f), cy + sinf(e) * (r - 0.03f));
    tri(tip, arrow_c, b1, arrow_c, b2, arrow_c);
}

// --- The face close-up -------------------------------------------------

// Face coordinates (unit square, y up) rotated by the tilt about the head
// centre, to pixels.
struct face_place {
    const struct place *pl;
    float c, s;
};

static SDL_FPoint face_at(const struct face_place *fp, float x, float y)
{
    float dx = x, dy = y - 0.5f;
    return at(fp->pl, dx * fp->c - dy * fp->s, 0.5f + dx * fp->s + dy * fp->c);
}

static void face_line(const struct face_place *fp, const float *xy, int n,
                      float w, SDL_Color c)
{
    for (int i = 0; i + 1 < n; i++) {
        SDL_FPoint a = face_at(fp, xy[2 * i], xy[2 * i + 1]);
        SDL_FPoint b = face_at(fp, xy[2 * i + 2], xy[2 * i + 3]);
        capsule(a.x, a.y, w * fp->pl->s, b.x, b.y, w * fp->pl->s, c);
    }
}

static void hand_over(const struct face_place *fp, float x, float y, float side,
                      SDL_Color c)
{
    // A cupped hand: the palm, and fingers reaching over the brow.
    SDL_FPoint p0 = face_at(fp, x + side * 0.03f, y - 0.1f);
    SDL_FPoint p1 = face_at(fp, x, y + 0.02f);
    float s = fp->pl->s;
    capsule(p0.x, p0.y, 0.075f * s, p1.x, p1.y, 0.085f * s, c);
    for (int i = 0; i < 4; i++) {
        float fx = x - side * 0.07f + side * 0.045f * (float)i;
        SDL_FPoint a = face_at(fp, fx, y + 0.05f);
        SDL_FPoint b = face_at(fp, fx - side * 0.05f, y + 0.17f - 0.01f * i);
        capsule(a.x, a.y, 0.022f * s, b.x, b.y, 0.018f * s, c);
    }
    SDL_FPoint t0 = face_at(fp, x + side * 0.07f, y - 0.06f);
    SDL_FPoint t1 = face_at(fp, x + side * 0.11f, y + 0.04f);
    capsule(t0.x, t0.y, 0.024f * s, t1.x, t1.y, 0.018f * s, c);
}

static void face(const struct place *pl, const struct figure_frame *f,
                 uint32_t glow)
{
    const struct figure_face *fc = &f->face;
    float s = pl->s;
    // Shoulders and neck stay upright; the head tilts on them.
    rect_px(at(pl, -0.09f, 0.22f), at(pl, 0.09f, 0.02f), far_c);
    SDL_FPoint sh0 = at(pl, -0.36f, 0.03f), sh1 = at(pl, 0.36f, 0.03f);
    capsule(sh0.x, sh0.y, 0.09f * s, sh1.x, sh1.y, 0.09f * s, far_c);
    struct face_place fp = {pl, cosf(-fc->tilt_deg * DEG),
                            sinf(-fc->tilt_deg * DEG)};
    SDL_FPoint hc = face_at(&fp, 0.0f, 0.5f);
    float rot = fc->tilt_deg * DEG; // screen y is flipped
    float shift = 0.04f * fc->turn;
    SDL_FPoint hair = face_at(&fp, shift * 0.5f, 0.53f);
    ellipse(hair.x, hair.y, 0.31f * s, 0.40f * s, 0.30f * s, rot, hc.x, hc.y,
            hair_c);
    float jaw = fc->jaw;
    ellipse(hc.x, hc.y + 0.01f * s, 0.28f * s, 0.36f * s,
            (0.37f + 0.07f * jaw) * s, rot, hc.x, hc.y,
            (glow & (1u << FS_JAW)) ? (SDL_Color){250, 190, 160, 255} : near_c);
    if (glow & (1u << FS_JAW)) {
        SDL_FPoint j = face_at(&fp, shift, 0.2f - 0.05f * jaw);
        ellipse(j.x, j.y, 0.16f * s, 0.06f * s, 0.06f * s, rot, j.x, j.y,
                alpha(glow_c, 120));
    }
    for (int k = 0; k < 2; k++) {
        float ex = fc->eye_x[k], ey = fc->eye_y;
        SDL_FPoint e = face_at(&fp, ex, ey);
        if (glow & (1u << FS_EYES))
            ellipse(e.x, e.y, 0.09f * s, 0.06f * s, 0.06f * s, rot, e.x, e.y,
                    alpha(glow_c, 120));
        ellipse(e.x, e.y, 0.062f * s, 0.034f * s, 0.034f * s, rot, e.x, e.y,
                eye_c);
        SDL_FPoint i = face_at(&fp, ex + fc->pupil_dx, ey + fc->pupil_dy);
        disc(i.x, i.y, 0.026f * s, iris_c);
        disc(i.x, i.y, 0.011f * s, dark_c);
        // The upper lid comes down over the eye: skin from the top edge
        // to a curve that reaches the bottom edge when closed.
        enum { N = 16 };
        float lid = fc->lids;
        for (int n = 0; n < N; n++) {
            float a0 = PI * (float)n / N, a1 = PI * (float)(n + 1) / N;
            float rx = 0.066f, ry = 0.038f;
            SDL_FPoint t0 =
                face_at(&fp, ex + cosf(a0) * rx, ey + sinf(a0) * ry);
            SDL_FPoint t1 =
                face_at(&fp, ex + cosf(a1) * rx, ey + sinf(a1) * ry);
            SDL_FPoint b0 = face_at(&fp, ex + cosf(a0) * rx,
                                    ey + sinf(a0) * ry * (1 - 2 * lid));
            SDL_FPoint b1 = face_at(&fp, ex + cosf(a1) * rx,
                                    ey + sinf(a1) * ry * (1 - 2 * lid));
            tri(t0, near_c, t1, near_c, b1, near_c);
            tri(t0, near_c, b1, near_c, b0, near_c);
        }
        float lash[2 * 9];
        for (int n = 0; n <= 8; n++) {
            float a = PI * (float)n / 8;
            lash[2 * n] = ex + cosf(a) * 0.064f;
            lash[2 * n + 1] = ey + sinf(a) * 0.036f * (1 - 2 * lid);
        }
        face_line(&fp, lash, 9, 0.006f, dark_c);
        float side = k == 0 ? 1.0f : -1.0f;
        float by = ey + 0.075f + 0.04f * fc->brows;
        float brow[6] = {ex - side * 0.06f, by - 0.01f,         ex,
                         by + 0.012f,       ex + side * 0.065f, by - 0.005f};
        face_line(&fp, brow, 3, 0.012f,
                  (glow & (1u << FS_BROWS)) ? glow_c : hair_c);
    }
    float nose[6] = {shift * 1.5f,         0.5f,  shift * 1.5f + 0.025f, 0.41f,
                     shift * 1.5f - 0.01f, 0.395f};
    face_line(&fp, nose, 3, 0.008f, far_c);
    SDL_FPoint m = face_at(&fp, shift, 0.3f - 0.035f * jaw);
    if (jaw > 0.05f) {
        ellipse(m.x, m.y, 0.07f * s, (0.012f + 0.05f * jaw) * s,
                (0.012f + 0.05f * jaw) * s, rot, m.x, m.y, mouth_c);
    } else {
        float mouth[6] = {shift - 0.07f, 0.305f,        shift,
                          0.29f,         shift + 0.07f, 0.305f};
        face_line(&fp, mouth, 3, 0.009f, mouth_c);
    }
    if (fc->palms > 0.01f) {
        for (int k = 0; k < 2; k++) {
            float side = k == 0 ? 1.0f : -1.0f;
            float hx = fc->eye_x[k] + side * 0.4f * (1 - fc->palms);
            float hy = fc->eye_y - 0.7f * (1 - fc->palms);
            hand_over(&fp, hx, hy, side, far_c);
        }
    }
}

// --- Putting it together ------------------------------------------------

static void grow_bounds(float b[4], float x, float y)
{
    b[0] = fminf(b[0], x);
    b[1] = fminf(b[1], y);
    b[2] = fmaxf(b[2], x);
    b[3] = fmaxf(b[3], y);
}

void figure_draw_bounds(const struct figure *f, bool mirrored, float out[4])
{
    if (f->keys[0].view == FIGURE_VIEW_FACE) {
        out[0] = -0.5f;
        out[1] = -0.08f;
        out[2] = 0.5f;
        out[3] = 1.0f;
        return;
    }
    float b[4] = {1e9f, 1e9f, -1e9f, -1e9f};
    for (size_t k = 0; k < f->key_count; k++) {
        struct figure_pose p = f->keys[k];
        if (mirrored)
            figure_pose_mirror(&p, &p);
        struct figure_frame fr;
        figure_solve(&p, &fr);
        for (int i = 0; i < FP_COUNT; i++)
            grow_bounds(b, fr.x[i], fr.y[i]);
        grow_bounds(b, fr.x[FP_HEAD], fr.y[FP_HEAD] + HEAD_R);
    }
    // Room for the limbs' thickness and the movement between keys.
    b[0] -= 0.09f;
    b[1] -= 0.05f;
    b[2] += 0.09f;
    b[3] += 0.05f;
    for (size_t i = 0; i < f->prop_count; i++) {
        struct figure_prop p = f->props[i];
        if (mirrored)
            figure_prop_mirror(&p, &p);
        if (p.kind == FIGURE_PROP_WALL) {
            grow_bounds(b, p.x + (p.x >= 0 ? 0.06f : -0.06f), 1.15f);
        } else if (p.kind == FIGURE_PROP_CHAIR || p.kind == FIGURE_PROP_STEP) {
            grow_bounds(b, p.x - 0.13f, 0);
            grow_bounds(b, p.x + 0.13f, 0);
        } else if (p.kind == FIGURE_PROP_MAT) {
            grow_bounds(b, p.x - 0.46f, 0);
            grow_bounds(b, p.x + 0.46f, 0);
        }
        grow_bounds(b, b[0], -0.02f);
    }
    // Arrows sit where figure_draw puts them: around the key pose's point,
    // the mirrored arrow on the mirrored side (its point swaps sides).
    struct figure_frame key;
    if (f->arrow_count > 0) {
        struct figure_pose p = f->keys[f->key_index];
        if (mirrored)
            figure_pose_mirror(&p, &p);
        figure_solve(&p, &key);
    }
    for (size_t i = 0; i < f->arrow_count; i++) {
        struct figure_arrow a = f->arrows[i];
        if (mirrored)
            figure_arrow_mirror(&a, &a);
        float r = a.radius + 0.04f;
        grow_bounds(b, key.x[a.around] - r, key.y[a.around] - r);
        grow_bounds(b, key.x[a.around] + r, key.y[a.around] + r);
    }
    for (int i = 0; i < 4; i++)
        out[i] = b[i];
}

void figure_draw_place(SDL_Rect box, const struct figure *f, bool mirrored,
                       float *scale, float *ox, float *oy)
{
    float b[4];
    figure_draw_bounds(f, mirrored, b);
    float bw = b[2] - b[0], bh = b[3] - b[1];
    *scale = fminf((float)box.w / bw, (float)box.h / bh);
    *ox = (float)box.x + (float)box.w / 2 - (b[0] + bw / 2) * *scale;
    *oy = (float)box.y + (float)box.h / 2 + (b[1] + bh / 2) * *scale;
}

void figure_draw(SDL_Renderer *r, SDL_Rect box, const struct figure *f,
                 const struct figure_pose *pose, bool mirrored)
{
    float b[4];
    figure_draw_bounds(f, mirrored, b);
    struct place pl;
    figure_draw_place(box, f, mirrored, &pl.s, &pl.ox, &pl.oy);
    struct figure_frame fr;
    figure_solve(pose, &fr);
    uint32_t glow = mirrored ? figure_glow_mirror(f->glow) : f->glow;
    batch.r = r;

    for (size_t i = 0; i < f->prop_count; i++) {
        struct figure_prop p = f->props[i];
        if (mirrored)
            figure_prop_mirror(&p, &p);
        if (p.kind != FIGURE_PROP_TOWEL)
            prop(&pl, &fr, &p, b, fr.facing_left);
    }
    if (fr.view == FIGURE_VIEW_FACE) {
        face(&pl, &fr, glow);
    } else if (fr.view == FIGURE_VIEW_SIDE) {
        // Facing right, the viewer sees the body's right side.
        int near = fr.facing_left ? 0 : 1, far = 1 - near;
        arm(&pl, &fr, far, far_c, glow);
        leg(&pl, &fr, far, far_c, glow);
        trunk(&pl, &fr, near_c, glow);
        leg(&pl, &fr, near, near_c, glow);
        arm(&pl, &fr, near, near_c, glow);
    } else {
        leg(&pl, &fr, 0, near_c, glow);
        leg(&pl, &fr, 1, near_c, glow);
        trunk(&pl, &fr, near_c, glow);
        arm(&pl, &fr, 0, near_c, glow);
        arm(&pl, &fr, 1, near_c, glow);
    }
    for (size_t i = 0; i < f->prop_count; i++) {
        struct figure_prop p = f->props[i];
        if (mirrored)
            figure_prop_mirror(&p, &p);
        if (p.kind == FIGURE_PROP_TOWEL)
            prop(&pl, &fr, &p, b, fr.facing_left);
    }
    for (size_t i = 0; i < f->arrow_count; i++) {
        struct figure_arrow a = f->arrows[i];
        if (mirrored)
            figure_arrow_mirror(&a, &a);
        // Arrow angles are written for a figure facing right.
        float from = a.from, to = a.to;
        if (fr.view == FIGURE_VIEW_SIDE && pose->facing_left != mirrored) {
            from = 180 - from;
            to = 180 - to;
        }
        float cx = fr.view == FIGURE_VIEW_FACE ? 0 : fr.x[a.around];
        float cy = fr.view == FIGURE_VIEW_FACE ? 0.5f : fr.y[a.around];
        arrow(&pl, cx, cy, a.radius, from, to);
    }
    flush();
    batch.r = NULL;
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
}
