#include "figure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// Segment lengths and landmarks as fractions of the standing height, from
// the classic anthropometric table (docs/figures.md, "Proportions").
#define LEN_PELVIS    0.100f // hip joints to the waist
#define LEN_CHEST     0.188f // waist to the shoulders' height (0.818)
#define LEN_NECK      0.052f // shoulders to the chin's height (0.870)
#define HEAD_RADIUS   0.065f
#define LEN_UPPER_ARM 0.186f
#define LEN_FOREARM   0.146f
#define LEN_PALM      0.060f // the hand is 0.108: palm and fingers
#define LEN_FINGERS   0.048f
#define LEN_THUMB     0.050f
#define LEN_THIGH     0.245f
#define LEN_SHIN      0.246f
#define ANKLE_HEIGHT  0.039f
#define HEEL_BACK     0.030f // the foot is 0.152: heel, ball, toes
#define BALL_FRONT    0.090f
#define LEN_TOES      0.032f
#define HALF_SHOULDER 0.130f // shoulder width 0.259
#define HALF_HIPS     0.085f // hip joints, inside the 0.191 hip width
// Seen from the front the foot points at the viewer: a short wedge.
#define FRONT_FOOT 0.045f
#define FRONT_TOES 0.015f

static const char *const joint_names[FJ_COUNT] = {
    "body",          "trunk",         "trunk-turn",     "neck",
    "head-turn",     "shoulder-left", "shoulder-right", "elbow-left",
    "elbow-right",   "wrist-left",    "wrist-right",    "fingers-left",
    "fingers-right", "thumb-left",    "thumb-right",    "hip-left",
    "hip-right",     "knee-left",     "knee-right",     "ankle-left",
    "ankle-right",   "toes-left",     "toes-right",     "jaw",
    "lids",          "gaze-x",        "gaze-y",         "brows",
    "palms"};

static const char *const point_names[FP_COUNT] = {
    "hips",           "waist",          "neck",
    "head-pivot",     "head",           "shoulder-left",
    "shoulder-right", "elbow-left",     "elbow-right",
    "wrist-left",     "wrist-right",    "knuckles-left",
    "knuckles-right", "fingertip-left", "fingertip-right",
    "thumb-left",     "thumb-right",    "hip-left",
    "hip-right",      "knee-left",      "knee-right",
    "ankle-left",     "ankle-right",    "heel-left",
    "heel-right",     "ball-left",      "ball-right",
    "toe-left",       "toe-right"};

static const char *const segment_names[FS_COUNT] = {
    "pelvis",         "chest",           "neck",         "head",
    "upper-arm-left", "upper-arm-right", "forearm-left", "forearm-right",
    "hand-left",      "hand-right",      "fingers-left", "fingers-right",
    "thumb-left",     "thumb-right",     "thigh-left",   "thigh-right",
    "shin-left",      "shin-right",      "foot-left",    "foot-right",
    "toes-left",      "toes-right",      "eyes",         "jaw",
    "brows"};

static const char *const view_names[FIGURE_VIEW_COUNT] = {"side", "front",
                                                          "back", "face"};
static const char *const prop_names[FIGURE_PROP_COUNT] = {
    "floor", "mat", "wall", "chair", "step", "towel"};

static const struct {
    int from, to;
} segment_ends[FS_COUNT] = {
    [FS_PELVIS] = {FP_HIPS, FP_WAIST},
    [FS_CHEST] = {FP_WAIST, FP_NECK},
    [FS_NECK] = {FP_NECK, FP_HEAD_PIVOT},
    [FS_HEAD] = {FP_HEAD_PIVOT, FP_HEAD},
    [FS_UPPER_ARM_L] = {FP_SHOULDER_L, FP_ELBOW_L},
    [FS_UPPER_ARM_R] = {FP_SHOULDER_R, FP_ELBOW_R},
    [FS_FOREARM_L] = {FP_ELBOW_L, FP_WRIST_L},
    [FS_FOREARM_R] = {FP_ELBOW_R, FP_WRIST_R},
    [FS_HAND_L] = {FP_WRIST_L, FP_KNUCKLES_L},
    [FS_HAND_R] = {FP_WRIST_R, FP_KNUCKLES_R},
    [FS_FINGERS_L] = {FP_KNUCKLES_L, FP_FINGERTIP_L},
    [FS_FINGERS_R] = {FP_KNUCKLES_R, FP_FINGERTIP_R},
    [FS_THUMB_L] = {FP_WRIST_L, FP_THUMB_L},
    [FS_THUMB_R] = {FP_WRIST_R, FP_THUMB_R},
    [FS_THIGH_L] = {FP_HIP_L, FP_KNEE_L},
    [FS_THIGH_R] = {FP_HIP_R, FP_KNEE_R},
    [FS_SHIN_L] = {FP_KNEE_L, FP_ANKLE_L},
    [FS_SHIN_R] = {FP_KNEE_R, FP_ANKLE_R},
    [FS_FOOT_L] = {FP_ANKLE_L, FP_BALL_L},
    [FS_FOOT_R] = {FP_ANKLE_R, FP_BALL_R},
    [FS_TOES_L] = {FP_BALL_L, FP_TOE_L},
    [FS_TOES_R] = {FP_BALL_R, FP_TOE_R},
    [FS_EYES] = {FP_HEAD, FP_HEAD},
    [FS_JAW] = {FP_HEAD, FP_HEAD},
    [FS_BROWS] = {FP_HEAD, FP_HEAD},
};

// Normal active ranges (docs/figures.md, "Ranges of motion"): [view][joint]
// as min, max. A joint with min > max has no meaning in that view.
struct range {
    float min, max;
};
#define NONE                                                                   \
    {                                                                          \
        1, -1                                                                  \
    }

static const struct range side_ranges[FJ_COUNT] = {
    [FJ_BODY] = {-360, 360},
    [FJ_TRUNK] = {-25, 80},
    [FJ_TRUNK_TURN] = {-45, 45},
    [FJ_NECK] = {-45, 45},
    [FJ_HEAD_TURN] = {-60, 60},
    [FJ_SHOULDER_L] = {-60, 180},
    [FJ_SHOULDER_R] = {-60, 180},
    [FJ_ELBOW_L] = {0, 150},
    [FJ_ELBOW_R] = {0, 150},
    [FJ_WRIST_L] = {-70, 80},
    [FJ_WRIST_R] = {-70, 80},
    [FJ_FINGERS_L] = {-30, 90},
    [FJ_FINGERS_R] = {-30, 90},
    [FJ_THUMB_L] = {0, 70},
    [FJ_THUMB_R] = {0, 70},
    [FJ_HIP_L] = {-30, 120},
    [FJ_HIP_R] = {-30, 120},
    [FJ_KNEE_L] = {0, 135},
    [FJ_KNEE_R] = {0, 135},
    [FJ_ANKLE_L] = {-50, 20},
    [FJ_ANKLE_R] = {-50, 20},
    [FJ_TOES_L] = {-40, 70},
    [FJ_TOES_R] = {-40, 70},
    [FJ_JAW] = NONE,
    [FJ_LIDS] = NONE,
    [FJ_GAZE_X] = NONE,
    [FJ_GAZE_Y] = NONE,
    [FJ_BROWS] = NONE,
    [FJ_PALMS] = NONE,
};

// From the front and back, bends in the picture's plane: side bending,
// abduction (+) and adduction (-); elbows and knees bend either way (the
// upper arm's or thigh's rotation decides), + toward the midline.
static const struct range front_ranges[FJ_COUNT] = {
    [FJ_BODY] = {-360, 360},
    [FJ_TRUNK] = {-35, 35},
    [FJ_TRUNK_TURN] = {-45, 45},
    [FJ_NECK] = {-45, 45},
    [FJ_HEAD_TURN] = {-60, 60},
    [FJ_SHOULDER_L] = {-30, 180},
    [FJ_SHOULDER_R] = {-30, 180},
    [FJ_ELBOW_L] = {-150, 150},
    [FJ_ELBOW_R] = {-150, 150},
    [FJ_WRIST_L] = {-30, 20},
    [FJ_WRIST_R] = {-30, 20},
    [FJ_FINGERS_L] = {-30, 90},
    [FJ_FINGERS_R] = {-30, 90},
    [FJ_THUMB_L] = {0, 70},
    [FJ_THUMB_R] = {0, 70},
    [FJ_HIP_L] = {-30, 45},
    [FJ_HIP_R] = {-30, 45},
    [FJ_KNEE_L] = {-135, 135},
    [FJ_KNEE_R] = {-135, 135},
    [FJ_ANKLE_L] = {-50, 20},
    [FJ_ANKLE_R] = {-50, 20},
    [FJ_TOES_L] = {-40, 70},
    [FJ_TOES_R] = {-40, 70},
    [FJ_JAW] = NONE,
    [FJ_LIDS] = NONE,
    [FJ_GAZE_X] = NONE,
    [FJ_GAZE_Y] = NONE,
    [FJ_BROWS] = NONE,
    [FJ_PALMS] = NONE,
};

static const struct range face_ranges[FJ_COUNT] = {
    [FJ_BODY] = NONE,           [FJ_TRUNK] = NONE,
    [FJ_TRUNK_TURN] = NONE,     [FJ_NECK] = {-45, 45},
    [FJ_HEAD_TURN] = {-60, 60}, [FJ_SHOULDER_L] = NONE,
    [FJ_SHOULDER_R] = NONE,     [FJ_ELBOW_L] = NONE,
    [FJ_ELBOW_R] = NONE,        [FJ_WRIST_L] = NONE,
    [FJ_WRIST_R] = NONE,        [FJ_FINGERS_L] = NONE,
    [FJ_FINGERS_R] = NONE,      [FJ_THUMB_L] = NONE,
    [FJ_THUMB_R] = NONE,        [FJ_HIP_L] = NONE,
    [FJ_HIP_R] = NONE,          [FJ_KNEE_L] = NONE,
    [FJ_KNEE_R] = NONE,         [FJ_ANKLE_L] = NONE,
    [FJ_ANKLE_R] = NONE,        [FJ_TOES_L] = NONE,
    [FJ_TOES_R] = NONE,         [FJ_JAW] = {0, 30},
    [FJ_LIDS] = {0, 100},       [FJ_GAZE_X] = {-100, 100},
    [FJ_GAZE_Y] = {-100, 100},  [FJ_BROWS] = {0, 100},
    [FJ_PALMS] = {0, 100},
};

static int find_name(const char *const *names, int count, const char *name)
{
    for (int i = 0; i < count; i++) {
        if (strcmp(names[i], name) == 0)
            return i;
    }
    return -1;
}

const char *figure_joint_name(enum figure_joint j)
{
    return joint_names[j];
}
int figure_joint_from_name(const char *name)
{
    return find_name(joint_names, FJ_COUNT, name);
}
const char *figure_point_name(enum figure_point p)
{
    return point_names[p];
}
int figure_point_from_name(const char *name)
{
    return find_name(point_names, FP_COUNT, name);
}
const char *figure_segment_name(enum figure_segment s)
{
    return segment_names[s];
}
int figure_segment_from_name(const char *name)
{
    return find_name(segment_names, FS_COUNT, name);
}
const char *figure_view_name(enum figure_view v)
{
    return view_names[v];
}
int figure_view_from_name(const char *name)
{
    return find_name(view_names, FIGURE_VIEW_COUNT, name);
}
const char *figure_prop_name(enum figure_prop_kind k)
{
    return prop_names[k];
}
int figure_prop_from_name(const char *name)
{
    return find_name(prop_names, FIGURE_PROP_COUNT, name);
}

void figure_segment_points(enum figure_segment s, int *from, int *to)
{
    *from = segment_ends[s].from;
    *to = segment_ends[s].to;
}

float figure_segment_length(enum figure_segment s, enum figure_view v)
{
    bool front = v == FIGURE_VIEW_FRONT || v == FIGURE_VIEW_BACK;
    switch (s) {
    case FS_PELVIS:
        return LEN_PELVIS;
    case FS_CHEST:
        return LEN_CHEST;
    case FS_NECK:
        return LEN_NECK;
    case FS_HEAD:
        return HEAD_RADIUS;
    case FS_UPPER_ARM_L:
    case FS_UPPER_ARM_R:
        return LEN_UPPER_ARM;
    case FS_FOREARM_L:
    case FS_FOREARM_R:
        return LEN_FOREARM;
    case FS_HAND_L:
    case FS_HAND_R:
        return LEN_PALM;
    case FS_FINGERS_L:
    case FS_FINGERS_R:
        return LEN_FINGERS;
    case FS_THUMB_L:
    case FS_THUMB_R:
        return LEN_THUMB;
    case FS_THIGH_L:
    case FS_THIGH_R:
        return LEN_THIGH;
    case FS_SHIN_L:
    case FS_SHIN_R:
        return LEN_SHIN;
    case FS_FOOT_L:
    case FS_FOOT_R:
        return front ? FRONT_FOOT : hypotf(ANKLE_HEIGHT, BALL_FRONT);
    case FS_TOES_L:
    case FS_TOES_R:
        return front ? FRONT_TOES : LEN_TOES;
    default:
        return 0;
    }
}

bool figure_segment_is_left(enum figure_segment s)
{
    return s >= FS_UPPER_ARM_L && s <= FS_TOES_R &&
           (s - FS_UPPER_ARM_L) % 2 == 0;
}

bool figure_segment_is_right(enum figure_segment s)
{
    return s >= FS_UPPER_ARM_L && s <= FS_TOES_R &&
           (s - FS_UPPER_ARM_L) % 2 == 1;
}

bool figure_joint_range(enum figure_joint j, enum figure_view v, float *min,
                        float *max)
{
    const struct range *table = v == FIGURE_VIEW_SIDE   ? side_ranges
                                : v == FIGURE_VIEW_FACE ? face_ranges
                                                        : front_ranges;
    *min = table[j].min;
    *max = table[j].max;
    return *min <= *max;
}

void figure_pose_neutral(enum figure_view v, struct figure_pose *out)
{
    *out = (struct figure_pose){.view = v, .anchor = FIGURE_ANCHOR_GROUND};
}

// Joints whose sign means a direction across the body (to its left or
// its right): the mirror negates them.
static bool sideways(enum figure_joint j, enum figure_view v)
{
    switch (j) {
    case FJ_TRUNK_TURN:
    case FJ_HEAD_TURN:
    case FJ_GAZE_X:
        return true;
    case FJ_BODY:
    case FJ_TRUNK:
    case FJ_NECK:
        return v != FIGURE_VIEW_SIDE;
    default:
        return false;
    }
}

// Left and right points, joints and segments come in pairs, left first.
static int swap_point(int p)
{
    if (p >= FP_SHOULDER_L && p <= FP_TOE_R)
        return p + ((p - FP_SHOULDER_L) % 2 == 0 ? 1 : -1);
    return p;
}

void figure_pose_mirror(const struct figure_pose *in, struct figure_pose *out)
{
    struct figure_pose m = *in;
    for (int j = 0; j < FJ_COUNT; j++) {
        int from = j;
        if (j >= FJ_SHOULDER_L && j <= FJ_TOES_R)
            from = j + ((j - FJ_SHOULDER_L) % 2 == 0 ? 1 : -1);
        m.angle[j] = in->angle[from];
        if (sideways(j, in->view))
            m.angle[j] = -m.angle[j];
    }
    if (in->view == FIGURE_VIEW_SIDE)
        m.facing_left = !in->facing_left;
    if (in->anchor >= 0)
        m.anchor = swap_point(in->anchor);
    m.at[0] = -in->at[0];
    *out = m;
}

static float lerp(float a, float b, float u)
{
    return a + (b - a) * u;
}

void figure_pose_mix(const struct figure_pose *a, const struct figure_pose *b,
                     float u, struct figure_pose *out)
{
    struct figure_pose m = *a;
    for (int j = 0; j < FJ_COUNT; j++)
        m.angle[j] = lerp(a->angle[j], b->angle[j], u);
    if (a->anchor == b->anchor) {
        m.at[0] = lerp(a->at[0], b->at[0], u);
        m.at[1] = lerp(a->at[1], b->at[1], u);
    } else {
        // Pinned differently: the hips move on the line between where
        // each key puts them.
        struct figure_frame fa, fb;
        figure_solve(a, &fa);
        figure_solve(b, &fb);
        m.anchor = FIGURE_ANCHOR_ROOT;
        m.at[0] = lerp(fa.x[FP_HIPS], fb.x[FP_HIPS], u);
        m.at[1] = lerp(fa.y[FP_HIPS], fb.y[FP_HIPS], u);
    }
    *out = m;
}

#define DEG (3.14159265358979f / 180.0f)

// Places point `to` at distance len from point `from` in direction deg
// (degrees counterclockwise from +x).
static void reach(struct figure_frame *f, int to, int from, float deg,
                  float len)
{
    f->x[to] = f->x[from] + cosf(deg * DEG) * len;
    f->y[to] = f->y[from] + sinf(deg * DEG) * len;
}

// The hand from its wrist: palm, fingers and thumb. curl and thumb are
// +1 where the fingers' flexion and the thumb turn counterclockwise from
// the hand's direction.
static void solve_hand(struct figure_frame *f, const float *a, int k,
                       float hand, float curl, float thumb)
{
    reach(f, FP_KNUCKLES_L + k, FP_WRIST_L + k, hand, LEN_PALM);
    reach(f, FP_FINGERTIP_L + k, FP_KNUCKLES_L + k,
          hand + curl * a[FJ_FINGERS_L + k], LEN_FINGERS);
    reach(f, FP_THUMB_L + k, FP_WRIST_L + k,
          hand + thumb * (20 + a[FJ_THUMB_L + k]), LEN_THUMB);
}

// Seen from the side, canonical: facing +x. Flexion turns a limb forward.
static void solve_side(const float *a, struct figure_frame *f)
{
    float up = 90 - a[FJ_BODY];
    f->x[FP_HIPS] = f->y[FP_HIPS] = 0;
    reach(f, FP_WAIST, FP_HIPS, up, LEN_PELVIS);
    float chest = up - a[FJ_TRUNK];
    reach(f, FP_NECK, FP_WAIST, chest, LEN_CHEST);
    float neck = chest - a[FJ_NECK];
    reach(f, FP_HEAD_PIVOT, FP_NECK, neck, LEN_NECK);
    reach(f, FP_HEAD, FP_HEAD_PIVOT, neck, HEAD_RADIUS);
    for (int k = 0; k < 2; k++) {
        f->x[FP_SHOULDER_L + k] = f->x[FP_NECK];
        f->y[FP_SHOULDER_L + k] = f->y[FP_NECK];
        float upper = chest - 180 + a[FJ_SHOULDER_L + k];
        reach(f, FP_ELBOW_L + k, FP_SHOULDER_L + k, upper, LEN_UPPER_ARM);
        float fore = upper + a[FJ_ELBOW_L + k];
        reach(f, FP_WRIST_L + k, FP_ELBOW_L + k, fore, LEN_FOREARM);
        // The fingers curl toward the palm, forward in this view.
        solve_hand(f, a, k, fore + a[FJ_WRIST_L + k], 1, 1);

        f->x[FP_HIP_L + k] = f->x[FP_HIPS];
        f->y[FP_HIP_L + k] = f->y[FP_HIPS];
        float thigh = up - 180 + a[FJ_HIP_L + k];
        reach(f, FP_KNEE_L + k, FP_HIP_L + k, thigh, LEN_THIGH);
        float shin = thigh - a[FJ_KNEE_L + k];
        reach(f, FP_ANKLE_L + k, FP_KNEE_L + k, shin, LEN_SHIN);
        float foot = shin + 90 + a[FJ_ANKLE_L + k], sole = foot - 90;
        float c = cosf(foot * DEG), s = sinf(foot * DEG);
        float cs = cosf(sole * DEG), ss = sinf(sole * DEG);
        f->x[FP_HEEL_L + k] =
            f->x[FP_ANKLE_L + k] + cs * ANKLE_HEIGHT - c * HEEL_BACK;
        f->y[FP_HEEL_L + k] =
            f->y[FP_ANKLE_L + k] + ss * ANKLE_HEIGHT - s * HEEL_BACK;
        f->x[FP_BALL_L + k] =
            f->x[FP_ANKLE_L + k] + cs * ANKLE_HEIGHT + c * BALL_FRONT;
        f->y[FP_BALL_L + k] =
            f->y[FP_ANKLE_L + k] + ss * ANKLE_HEIGHT + s * BALL_FRONT;
        reach(f, FP_TOE_L + k, FP_BALL_L + k, foot + a[FJ_TOES_L + k],
              LEN_TOES);
    }
}

// Seen from the front, canonical: the body's left at +x. side is +1 for
// the left limbs: outward is counterclockwise from hanging.
static void solve_front(const float *a, struct figure_frame *f)
{
    float up = 90 - a[FJ_BODY];
    f->x[FP_HIPS] = f->y[FP_HIPS] = 0;
    reach(f, FP_WAIST, FP_HIPS, up, LEN_PELVIS);
    float chest = up - a[FJ_TRUNK];
    reach(f, FP_NECK, FP_WAIST, chest, LEN_CHEST);
    float neck = chest - a[FJ_NECK];
    reach(f, FP_HEAD_PIVOT, FP_NECK, neck, LEN_NECK);
    reach(f, FP_HEAD, FP_HEAD_PIVOT, neck, HEAD_RADIUS);
    for (int k = 0; k < 2; k++) {
        float side = k == 0 ? 1 : -1;
        reach(f, FP_SHOULDER_L + k, FP_NECK, chest - side * 90, HALF_SHOULDER);
        float upper = chest - 180 + side * a[FJ_SHOULDER_L + k];
        reach(f, FP_ELBOW_L + k, FP_SHOULDER_L + k, upper, LEN_UPPER_ARM);
        float fore = upper - side * a[FJ_ELBOW_L + k];
        reach(f, FP_WRIST_L + k, FP_ELBOW_L + k, fore, LEN_FOREARM);
        solve_hand(f, a, k, fore + side * a[FJ_WRIST_L + k], -side, side);

        reach(f, FP_HIP_L + k, FP_HIPS, up - side * 90, HALF_HIPS);
        float thigh = up - 180 + side * a[FJ_HIP_L + k];
        reach(f, FP_KNEE_L + k, FP_HIP_L + k, thigh, LEN_THIGH);
        float shin = thigh - side * a[FJ_KNEE_L + k];
        reach(f, FP_ANKLE_L + k, FP_KNEE_L + k, shin, LEN_SHIN);
        reach(f, FP_HEEL_L + k, FP_ANKLE_L + k, shin, ANKLE_HEIGHT);
        float foot = shin + side * 30;
        reach(f, FP_BALL_L + k, FP_ANKLE_L + k, foot, FRONT_FOOT);
        reach(f, FP_TOE_L + k, FP_BALL_L + k, foot + side * 60, FRONT_TOES);
    }
}

static void solve_face(const float *a, struct figure_frame *f)
{
    struct figure_face *c = &f->face;
    c->tilt_deg = a[FJ_NECK];
    c->turn = a[FJ_HEAD_TURN] / 60.0f;
    c->eye_x[0] = 0.15f + 0.06f * c->turn;
    c->eye_x[1] = -0.15f + 0.06f * c->turn;
    c->eye_y = 0.56f;
    c->pupil_dx = 0.035f * a[FJ_GAZE_X] / 100.0f;
    c->pupil_dy = 0.025f * a[FJ_GAZE_Y] / 100.0f;
    c->lids = a[FJ_LIDS] / 100.0f;
    c->jaw = a[FJ_JAW] / 30.0f;
    c->brows = a[FJ_BROWS] / 100.0f;
    c->palms = a[FJ_PALMS] / 100.0f;
    f->x[FP_HEAD] = 0;
    f->y[FP_HEAD] = 0.5f;
}

static void shift(struct figure_frame *f, float dx, float dy)
{
    for (int p = 0; p < FP_COUNT; p++) {
        f->x[p] += dx;
        f->y[p] += dy;
    }
}

void figure_solve(const struct figure_pose *p, struct figure_frame *out)
{
    memset(out, 0, sizeof(*out));
    out->view = p->view;
    out->facing_left = p->facing_left;
    if (p->view == FIGURE_VIEW_FACE) {
        solve_face(p->angle, out);
        return;
    }
    if (p->view == FIGURE_VIEW_SIDE)
        solve_side(p->angle, out);
    else
        solve_front(p->angle, out);
    if ((p->view == FIGURE_VIEW_SIDE && p->facing_left) ||
        p->view == FIGURE_VIEW_BACK) {
        for (int i = 0; i < FP_COUNT; i++)
            out->x[i] = -out->x[i];
    }
    if (p->anchor >= 0) {
        shift(out, p->at[0] - out->x[p->anchor], p->at[1] - out->y[p->anchor]);
    } else if (p->anchor == FIGURE_ANCHOR_GROUND) {
        float low = out->y[0];
        for (int i = 1; i < FP_COUNT; i++)
            low = fminf(low, out->y[i]);
        shift(out, p->at[0], p->at[1] - low);
    } else {
        shift(out, p->at[0], p->at[1]);
    }
}

// Smoothstep: starts and ends at rest.
static float ease(float u)
{
    return u * u * (3 - 2 * u);
}

// The pose at u (0..1) along the path through every key in order.
static void along_keys(const struct figure *f, float u, bool smooth,
                       struct figure_pose *out)
{
    size_t n = f->key_count;
    float pos = u * (float)(n - 1);
    size_t i = (size_t)pos;
    if (i >= n - 1) {
        *out = f->keys[n - 1];
        return;
    }
    float frac = pos - (float)i;
    figure_pose_mix(&f->keys[i], &f->keys[i + 1], smooth ? ease(frac) : frac,
                    out);
}

static void pose_at(const struct figure *f, int64_t t, int64_t work,
                    struct figure_pose *out)
{
    size_t n = f->key_count;
    if (n == 1 || work <= 0) {
        *out = f->keys[f->key_index];
        return;
    }
    if (t < 0)
        t = 0;
    if (t > work)
        t = work;
    if (f->motion == FIGURE_LOOP) {
        int64_t period = f->period_ms > 0 ? f->period_ms : 1;
        float phase = (float)(t % period) / (float)period * (float)n;
        size_t i = (size_t)phase;
        if (i >= n)
            i = n - 1;
        float frac = phase - (float)i;
        figure_pose_mix(&f->keys[i], &f->keys[(i + 1) % n],
                        f->linear ? frac : ease(frac), out);
        return;
    }
    int64_t move = f->move_ms;
    if (move > work / 3)
        move = work / 3;
    if (move <= 0) {
        *out = f->keys[n - 1];
    } else if (t < move) {
        along_keys(f, (float)t / (float)move, true, out);
    } else if (t > work - move) {
        along_keys(f, (float)(work - t) / (float)move, true, out);
    } else {
        *out = f->keys[n - 1];
    }
}

void figure_pose_at(const struct figure *f, int64_t t_ms, int64_t work_ms,
                    bool mirrored, struct figure_pose *out)
{
    pose_at(f, t_ms, work_ms, out);
    if (mirrored)
        figure_pose_mirror(out, out);
}

void figure_key_pose(const struct figure *f, bool mirrored,
                     struct figure_pose *out)
{
    *out = f->keys[f->key_index];
    if (mirrored)
        figure_pose_mirror(out, out);
}

void figure_prop_mirror(const struct figure_prop *in, struct figure_prop *out)
{
    *out = *in;
    out->x = -in->x;
    out->from = swap_point(in->from);
    out->to = swap_point(in->to);
}

void figure_arrow_mirror(const struct figure_arrow *in,
                         struct figure_arrow *out)
{
    *out = *in;
    out->around = swap_point(in->around);
    out->from = 180 - in->from;
    out->to = 180 - in->to;
}

uint32_t figure_glow_mirror(uint32_t glow)
{
    uint32_t out = 0;
    for (int s = 0; s < FS_COUNT; s++) {
        if (!(glow & (1u << s)))
            continue;
        int m = s;
        if (figure_segment_is_left(s))
            m = s + 1;
        else if (figure_segment_is_right(s))
            m = s - 1;
        out |= 1u << m;
    }
    return out;
}

void figure_free(struct figure *f)
{
    if (!f)
        return;
    free(f->name);
    free(f->path);
    free(f->keys);
    free(f->props);
    free(f->arrows);
    free(f->problem);
    free(f);
}
