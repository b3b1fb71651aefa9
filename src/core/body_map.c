#include "body_map.h"

#include <math.h>
#include <string.h>

#include "routine.h"

// The bodies stand with the arms a little out and the feet apart, so that
// hands, arms and legs have room of their own around them.
#define ARMS_OUT_DEG 22.0f
#define LEGS_OUT_DEG 6.0f

// The touch radius of the parts, in standing heights. With the figure
// about 1.0 high the smallest is a little over an eighth of its height
// across: on an 800x480 screen that is the 9 mm target.
#define R_HAND  0.068f
#define R_FOOT  0.068f
#define R_JOINT 0.068f // the shoulders
#define R_LIMB  0.066f
#define R_HEAD  0.076f

// The face close-up, in its unit square (figure.h: head centre (0, 0.5)).
#define FACE_EYES_Y 0.575f // between the eyes and the brows
#define FACE_EYES_R 0.100f
#define FACE_NECK_R 0.100f

static struct body_map_region *add(struct body_map *m, int muscle,
                                   enum body_map_view v, float cx, float cy,
                                   uint32_t glow)
{
    struct body_map_region *r = &m->region[m->count++];
    *r = (struct body_map_region){
        .muscle = muscle, .view = v, .cx = cx, .cy = cy, .glow = glow};
    return r;
}

static void capsule(struct body_map_region *r, float x0, float y0, float x1,
                    float y1, float radius)
{
    r->shape[r->shape_count++] =
        (struct body_map_capsule){x0, y0, x1, y1, radius};
}

static uint32_t bit(int segment)
{
    return 1u << segment;
}

// One body view. The order is the hit test's priority (small parts first,
// so a hand is never taken by the arm or thigh around it) and the
// keyboard's Tab order inside the view.
static void body(struct body_map *m, enum body_map_view v)
{
    struct figure_pose *p = &m->pose[v];
    figure_pose_neutral(
        v == BODY_MAP_FRONT ? FIGURE_VIEW_FRONT : FIGURE_VIEW_BACK, p);
    p->angle[FJ_SHOULDER_L] = p->angle[FJ_SHOULDER_R] = ARMS_OUT_DEG;
    p->angle[FJ_HIP_L] = p->angle[FJ_HIP_R] = LEGS_OUT_DEG;
    struct figure_frame f;
    figure_solve(p, &f);
    bool front = v == BODY_MAP_FRONT;

    float hy = f.y[FP_HEAD];
    if (front) {
        struct body_map_region *r = add(m, MUSCLE_FACE, v, 0, hy, bit(FS_HEAD));
        capsule(r, 0, hy, 0, hy, R_HEAD);
    } else {
        // From behind, the neck reaches up over the back of the head,
        // where its muscles hold on: room for a finger.
        float cy = f.y[FP_NECK] + 0.075f;
        struct body_map_region *r =
            add(m, MUSCLE_NECK, v, 0, cy, bit(FS_NECK) | bit(FS_HEAD));
        capsule(r, 0, f.y[FP_NECK] + 0.055f, 0, hy + 0.01f, R_HEAD);
    }
    for (int k = 0; k < 2; k++) {
        // The hand's middle, and the disc around it.
        float cx = (f.x[FP_WRIST_L + k] + f.x[FP_FINGERTIP_L + k]) / 2;
        float cy = (f.y[FP_WRIST_L + k] + f.y[FP_FINGERTIP_L + k]) / 2;
        uint32_t g = bit(FS_HAND_L) | bit(FS_FINGERS_L) | bit(FS_THUMB_L);
        struct body_map_region *r =
            add(m, MUSCLE_HANDS, v, cx, cy, k ? figure_glow_mirror(g) : g);
        capsule(r, cx, cy, cx, cy, R_HAND);
    }
    for (int k = 0; k < 2; k++) {
        float cx = (f.x[FP_ANKLE_L + k] + f.x[FP_TOE_L + k]) / 2;
        float cy = R_FOOT - 0.04f;
        uint32_t g = bit(FS_FOOT_L) | bit(FS_TOES_L);
        struct body_map_region *r =
            add(m, MUSCLE_FEET, v, cx, cy, k ? figure_glow_mirror(g) : g);
        capsule(r, cx, cy, cx, cy, R_FOOT);
    }
    for (int k = 0; k < 2; k++) {
        // A little outside the joint, clear of the neck.
        float cx = f.x[FP_SHOULDER_L + k] * 1.12f;
        float cy = f.y[FP_SHOULDER_L + k];
        // Shoulders have no segment of their own: the top of the chest
        // and of the arm light up together.
        uint32_t g = bit(FS_CHEST) | bit(FS_UPPER_ARM_L);
        struct body_map_region *r =
            add(m, MUSCLE_SHOULDERS, v, cx, cy + 0.01f,
                k ? (bit(FS_CHEST) | bit(FS_UPPER_ARM_R)) : g);
        capsule(r, cx, cy + 0.01f, cx, cy + 0.01f, R_JOINT);
    }
    // Arms: shoulder to wrist; the shoulder disc and the hand come first.
    for (int k = 0; k < 2; k++) {
        float x0 = f.x[FP_SHOULDER_L + k], y0 = f.y[FP_SHOULDER_L + k];
        float x1 = f.x[FP_WRIST_L + k], y1 = f.y[FP_WRIST_L + k];
        uint32_t g = bit(FS_UPPER_ARM_L) | bit(FS_FOREARM_L);
        struct body_map_region *r =
            add(m, MUSCLE_ARMS, v, f.x[FP_ELBOW_L + k], f.y[FP_ELBOW_L + k],
                k ? figure_glow_mirror(g) : g);
        capsule(r, x0, y0, x1, y1, R_LIMB);
    }
    // The trunk between the shoulders and the waist: chest or back.
    float ty = (f.y[FP_WAIST] + f.y[FP_NECK]) / 2 + 0.0f;
    struct body_map_region *t =
        add(m, front ? MUSCLE_CHEST : MUSCLE_BACK, v, 0, ty, bit(FS_CHEST));
    capsule(t, 0, ty - 0.03f, 0, ty + 0.03f, 0.085f);
    // Hips: the pelvis, at the hip joints' height, over the thighs' tops.
    float py = f.y[FP_HIPS];
    struct body_map_region *h = add(m, MUSCLE_HIPS, v, 0, py, bit(FS_PELVIS));
    capsule(h, -0.05f, py, 0.05f, py, 0.075f);
    // Thighs stop short of the knee, and their centre sits low, away
    // from the hips: room for the calves below and the hips above.
    for (int k = 0; k < 2; k++) {
        float x0 = f.x[FP_HIP_L + k], y0 = f.y[FP_HIP_L + k];
        float x1 = f.x[FP_KNEE_L + k], y1 = f.y[FP_KNEE_L + k];
        float ex = x0 + (x1 - x0) * 0.8f, ey = y0 + (y1 - y0) * 0.8f;
        uint32_t g = k ? bit(FS_THIGH_R) : bit(FS_THIGH_L);
        struct body_map_region *r =
            add(m, MUSCLE_THIGHS, v, x0 + (x1 - x0) * 0.55f,
                y0 + (y1 - y0) * 0.55f, g);
        capsule(r, x0, y0, ex, ey, R_LIMB);
    }
    for (int k = 0; k < 2; k++) {
        float x0 = f.x[FP_KNEE_L + k], y0 = f.y[FP_KNEE_L + k];
        float x1 = f.x[FP_ANKLE_L + k], y1 = f.y[FP_ANKLE_L + k];
        uint32_t g = k ? bit(FS_SHIN_R) : bit(FS_SHIN_L);
        struct body_map_region *r =
            add(m, MUSCLE_CALVES, v, x0 + (x1 - x0) * 0.45f,
                y0 + (y1 - y0) * 0.45f, g);
        capsule(r, x0, y0, x1, y1, R_LIMB);
    }
}

static void head(struct body_map *m)
{
    figure_pose_neutral(FIGURE_VIEW_FACE, &m->pose[BODY_MAP_HEAD]);
    struct figure_frame f;
    figure_solve(&m->pose[BODY_MAP_HEAD], &f);
    float ex = f.face.eye_x[0] > 0 ? f.face.eye_x[0] : -f.face.eye_x[0];
    struct body_map_region *r =
        add(m, MUSCLE_EYES, BODY_MAP_HEAD, 0, FACE_EYES_Y, bit(FS_EYES));
    capsule(r, -ex, FACE_EYES_Y, ex, FACE_EYES_Y, FACE_EYES_R);
    // The face: the head's oval, the eyes taken out first. Its centre is
    // between the nose and the mouth.
    r = add(m, MUSCLE_FACE, BODY_MAP_HEAD, 0, 0.33f,
            bit(FS_JAW) | bit(FS_BROWS));
    capsule(r, 0, 0.40f, 0, 0.62f, 0.28f);
    // The neck under the chin, and the middle of the shoulders' line.
    r = add(m, MUSCLE_NECK, BODY_MAP_HEAD, 0, 0.02f, 0);
    capsule(r, -0.04f, 0.02f, 0.04f, 0.02f, FACE_NECK_R);
}

static bool in_capsule(const struct body_map_capsule *c, float x, float y)
{
    float dx = c->x1 - c->x0, dy = c->y1 - c->y0;
    float len2 = dx * dx + dy * dy;
    float u = len2 > 0 ? ((x - c->x0) * dx + (y - c->y0) * dy) / len2 : 0;
    if (u < 0)
        u = 0;
    if (u > 1)
        u = 1;
    float px = c->x0 + u * dx - x, py = c->y0 + u * dy - y;
    return px * px + py * py <= c->r * c->r;
}

int body_map_hit(const struct body_map *m, enum body_map_view v, float x,
                 float y)
{
    for (size_t i = 0; i < m->count; i++) {
        const struct body_map_region *r = &m->region[i];
        if (r->view != v)
            continue;
        for (int s = 0; s < r->shape_count; s++) {
            if (in_capsule(&r->shape[s], x, y))
                return (int)i;
        }
    }
    return -1;
}

// The largest disc around the centre that hits only this region, found
// ring by ring outwards.
static float reach(const struct body_map *m, size_t index)
{
    const struct body_map_region *r = &m->region[index];
    const float step = 0.001f;
    enum { ANGLES = 72 };
    for (float rad = step;; rad += step) {
        for (int a = 0; a < ANGLES; a++) {
            float t = 2 * 3.14159265f * (float)a / ANGLES;
            float x = r->cx + cosf(t) * rad, y = r->cy + sinf(t) * rad;
            if (body_map_hit(m, r->view, x, y) != (int)index)
                return rad - step;
        }
        if (rad > 1)
            return rad;
    }
}

static void grow(float e[4], float x0, float y0, float x1, float y1)
{
    e[0] = fminf(e[0], x0);
    e[1] = fminf(e[1], y0);
    e[2] = fmaxf(e[2], x1);
    e[3] = fmaxf(e[3], y1);
}

void body_map_init(struct body_map *m)
{
    memset(m, 0, sizeof(*m));
    body(m, BODY_MAP_FRONT);
    body(m, BODY_MAP_BACK);
    head(m);
    for (int v = 0; v < BODY_MAP_VIEW_COUNT; v++) {
        float *e = m->extent[v];
        if (v == BODY_MAP_HEAD) {
            // The close-up is drawn in this box (figure_draw.c).
            e[0] = -0.5f;
            e[1] = -0.08f;
            e[2] = 0.5f;
            e[3] = 1.0f;
        } else {
            struct figure_frame f;
            figure_solve(&m->pose[v], &f);
            e[0] = e[1] = 1e9f;
            e[2] = e[3] = -1e9f;
            for (int i = 0; i < FP_COUNT; i++)
                grow(e, f.x[i] - 0.03f, f.y[i] - 0.01f, f.x[i] + 0.03f, f.y[i]);
            grow(e, 0, 0, 0, f.y[FP_HEAD] + 0.075f);
        }
    }
    for (size_t i = 0; i < m->count; i++) {
        struct body_map_region *r = &m->region[i];
        for (int s = 0; s < r->shape_count; s++) {
            const struct body_map_capsule *c = &r->shape[s];
            grow(m->extent[r->view], fminf(c->x0, c->x1) - c->r,
                 fminf(c->y0, c->y1) - c->r, fmaxf(c->x0, c->x1) + c->r,
                 fmaxf(c->y0, c->y1) + c->r);
        }
    }
    for (size_t i = 0; i < m->count; i++)
        m->region[i].reach = reach(m, i);
}

static float ext_w(const struct body_map *m, int v)
{
    return m->extent[v][2] - m->extent[v][0];
}

static float ext_h(const struct body_map *m, int v)
{
    return m->extent[v][3] - m->extent[v][1];
}

static float min_reach(const struct body_map *m, bool head_view)
{
    float best = 1e9f;
    for (size_t i = 0; i < m->count; i++) {
        if ((m->region[i].view == BODY_MAP_HEAD) == head_view)
            best = fminf(best, m->region[i].reach);
    }
    return best;
}

// The whole-body button's height for bodies 1.0 high: room for its label.
#define WHOLE_H 0.16f

static void panel(struct body_map_layout *l, int v, float x, float y, float w,
                  float h, float scale)
{
    l->panel[v] = (struct body_map_panel){(int)x, (int)y, (int)ceilf(w),
                                          (int)ceilf(h), scale};
}

bool body_map_layout(const struct body_map *m, int w, int h, int gap,
                     int target, struct body_map_layout *out)
{
    // The close-up is scaled so that its smallest region is as large as
    // the bodies' smallest: k = ratio * s.
    float ratio = min_reach(m, false) / min_reach(m, true);
    float bw = ext_w(m, BODY_MAP_FRONT) + ext_w(m, BODY_MAP_BACK);
    float bh = fmaxf(ext_h(m, BODY_MAP_FRONT), ext_h(m, BODY_MAP_BACK));
    float hw = ext_w(m, BODY_MAP_HEAD) * ratio;
    float hh = ext_h(m, BODY_MAP_HEAD) * ratio;
    float g = (float)gap, btn = (float)target;

    // In a row: front, back, and the close-up over the whole-body button.
    float row = fminf((w - 2 * g) / (bw + hw), h / bh);
    row = fminf(row, fminf((h - g - btn) / hh, (h - g) / (hh + WHOLE_H)));
    // Stacked: the bodies, and under them the close-up beside the button.
    float stack = fminf((w - g) / bw, (w - g - 2 * btn) / hw);
    stack = fminf(stack, (h - g) / (bh + hh));
    bool in_row = row >= stack;
    float s = fmaxf(in_row ? row : stack, 0.0f);
    float k = s * ratio;

    memset(out, 0, sizeof(*out));
    float fw = ext_w(m, BODY_MAP_FRONT) * s, kw = hw * s, kh = hh * s;
    float whole_h = fmaxf(btn, WHOLE_H * s);
    if (in_row) {
        float total = bw * s + kw + 2 * g;
        float x = (w - total) / 2, y = (h - bh * s) / 2;
        panel(out, BODY_MAP_FRONT, x, y, fw, bh * s, s);
        panel(out, BODY_MAP_BACK, x + fw + g, y, ext_w(m, BODY_MAP_BACK) * s,
              bh * s, s);
        float cx = x + bw * s + 2 * g;
        float col_h = kh + g + whole_h;
        float cy = (h - col_h) / 2;
        panel(out, BODY_MAP_HEAD, cx, cy, kw, kh, k);
        out->whole_x = (int)cx;
        out->whole_y = (int)(cy + kh + g);
        out->whole_w = (int)kw;
        out->whole_h = (int)whole_h;
    } else {
        float total_h = bh * s + g + kh;
        float y = (h - total_h) / 2;
        float x = (w - (bw * s + g)) / 2;
        panel(out, BODY_MAP_FRONT, x, y, fw, bh * s, s);
        panel(out, BODY_MAP_BACK, x + fw + g, y, ext_w(m, BODY_MAP_BACK) * s,
              bh * s, s);
        float row_w = fmaxf(bw * s + g, kw + g + 2 * btn);
        float hx = (w - row_w) / 2;
        panel(out, BODY_MAP_HEAD, hx, y + bh * s + g, kw, kh, k);
        out->whole_x = (int)(hx + kw + g);
        out->whole_w = (int)(row_w - kw - g);
        out->whole_h = (int)whole_h;
        out->whole_y = (int)(y + bh * s + g + (kh - whole_h) / 2);
    }
    float smallest = 1e9f;
    for (size_t i = 0; i < m->count; i++) {
        const struct body_map_region *r = &m->region[i];
        smallest = fminf(smallest, 2 * r->reach * out->panel[r->view].scale);
    }
    out->min_target_px = smallest;
    return smallest >= (float)target && whole_h >= btn;
}

void body_map_to_view(const struct body_map *m, const struct body_map_layout *l,
                      enum body_map_view v, float px, float py, float *x,
                      float *y)
{
    const struct body_map_panel *p = &l->panel[v];
    float s = p->scale > 0 ? p->scale : 1;
    *x = m->extent[v][0] + (px - (float)p->x) / s;
    *y = m->extent[v][3] - (py - (float)p->y) / s;
}

void body_map_to_pixels(const struct body_map *m,
                        const struct body_map_layout *l, enum body_map_view v,
                        float x, float y, float *px, float *py)
{
    const struct body_map_panel *p = &l->panel[v];
    *px = (float)p->x + (x - m->extent[v][0]) * p->scale;
    *py = (float)p->y + (m->extent[v][3] - y) * p->scale;
}
