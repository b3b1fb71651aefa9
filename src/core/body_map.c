#include "body_map.h"

#include "routine.h"

// Laid out on the standing pose below (docs/figures.md has the
// proportions): the head at 0.87..1.0, shoulders at 0.818, 0.13 either
// side, the hips at 0.53, knees 0.285, ankles 0.039. The face's regions
// reach beyond the head so that the eyes and the face are each a target
// of their own. Left and right limbs have a region each.
static const struct body_map_region front[] = {
    {MUSCLE_EYES, -0.12f, 0.94f, 0.12f, 1.03f},
    {MUSCLE_FACE, -0.12f, 0.86f, 0.12f, 0.94f},
    {MUSCLE_NECK, -0.08f, 0.78f, 0.08f, 0.86f},
    {MUSCLE_SHOULDERS, -0.24f, 0.78f, -0.08f, 0.86f},
    {MUSCLE_SHOULDERS, 0.08f, 0.78f, 0.24f, 0.86f},
    {MUSCLE_CHEST, -0.13f, 0.64f, 0.13f, 0.78f},
    {MUSCLE_ARMS, -0.30f, 0.53f, -0.15f, 0.78f},
    {MUSCLE_ARMS, 0.15f, 0.53f, 0.30f, 0.78f},
    {MUSCLE_HANDS, -0.36f, 0.36f, -0.19f, 0.53f},
    {MUSCLE_HANDS, 0.19f, 0.36f, 0.36f, 0.53f},
    {MUSCLE_HIPS, -0.15f, 0.47f, 0.15f, 0.64f},
    {MUSCLE_THIGHS, -0.18f, 0.29f, 0.18f, 0.47f},
    {MUSCLE_CALVES, -0.19f, 0.07f, 0.19f, 0.29f},
    {MUSCLE_FEET, -0.24f, -0.02f, 0.24f, 0.07f},
};

static const struct body_map_region back[] = {
    {MUSCLE_NECK, -0.12f, 0.78f, 0.12f, 0.95f},
    {MUSCLE_SHOULDERS, -0.24f, 0.78f, -0.12f, 0.86f},
    {MUSCLE_SHOULDERS, 0.12f, 0.78f, 0.24f, 0.86f},
    {MUSCLE_BACK, -0.13f, 0.60f, 0.13f, 0.78f},
    {MUSCLE_ARMS, -0.30f, 0.53f, -0.15f, 0.78f},
    {MUSCLE_ARMS, 0.15f, 0.53f, 0.30f, 0.78f},
    {MUSCLE_HANDS, -0.36f, 0.36f, -0.19f, 0.53f},
    {MUSCLE_HANDS, 0.19f, 0.36f, 0.36f, 0.53f},
    {MUSCLE_HIPS, -0.15f, 0.45f, 0.15f, 0.60f},
    {MUSCLE_THIGHS, -0.18f, 0.29f, 0.18f, 0.45f},
    {MUSCLE_CALVES, -0.19f, 0.07f, 0.19f, 0.29f},
    {MUSCLE_FEET, -0.24f, -0.02f, 0.24f, 0.07f},
};

const struct body_map_region *body_map_regions(enum body_map_side side,
                                               size_t *count)
{
    if (side == BODY_MAP_FRONT) {
        *count = sizeof front / sizeof front[0];
        return front;
    }
    *count = sizeof back / sizeof back[0];
    return back;
}

// The segments that light up for a muscle group.
static uint32_t glow_of(int muscle, enum body_map_side side)
{
    uint32_t pair = 0;
    switch (muscle) {
    case MUSCLE_EYES:
    case MUSCLE_FACE:
        return 1u << FS_HEAD;
    case MUSCLE_NECK:
        return 1u << FS_NECK | (side == BODY_MAP_BACK ? 1u << FS_HEAD : 0);
    case MUSCLE_SHOULDERS:
        pair = FS_UPPER_ARM_L;
        break;
    case MUSCLE_ARMS:
        return 3u << FS_UPPER_ARM_L | 3u << FS_FOREARM_L;
    case MUSCLE_HANDS:
        return 3u << FS_HAND_L | 3u << FS_FINGERS_L | 3u << FS_THUMB_L;
    case MUSCLE_CHEST:
    case MUSCLE_BACK:
        return 1u << FS_CHEST;
    case MUSCLE_HIPS:
        return 1u << FS_PELVIS;
    case MUSCLE_THIGHS:
        pair = FS_THIGH_L;
        break;
    case MUSCLE_CALVES:
        pair = FS_SHIN_L;
        break;
    case MUSCLE_FEET:
        return 3u << FS_FOOT_L | 3u << FS_TOES_L;
    default:
        return 0;
    }
    return 3u << pair;
}

const struct figure *body_map_figure(enum body_map_side side, int lit)
{
    static struct figure_pose pose;
    static struct figure fig;
    figure_pose_neutral(
        side == BODY_MAP_FRONT ? FIGURE_VIEW_FRONT : FIGURE_VIEW_BACK, &pose);
    pose.angle[FJ_SHOULDER_L] = pose.angle[FJ_SHOULDER_R] = 20;
    pose.angle[FJ_ELBOW_L] = pose.angle[FJ_ELBOW_R] = -5;
    pose.angle[FJ_HIP_L] = pose.angle[FJ_HIP_R] = 6;
    fig = (struct figure){.keys = &pose, .key_count = 1};
    fig.glow = lit >= 0 ? glow_of(lit, side) : 0;
    return &fig;
}

int body_map_hit(enum body_map_side side, float x, float y)
{
    size_t n;
    const struct body_map_region *r = body_map_regions(side, &n);
    for (size_t i = 0; i < n; i++) {
        if (x >= r[i].x0 && x < r[i].x1 && y >= r[i].y0 && y < r[i].y1)
            return r[i].muscle;
    }
    return -1;
}

float body_map_smallest_region(void)
{
    float least = 1;
    for (int s = 0; s < BODY_MAP_SIDES; s++) {
        size_t n;
        const struct body_map_region *r = body_map_regions(s, &n);
        for (size_t i = 0; i < n; i++) {
            float w = r[i].x1 - r[i].x0, h = r[i].y1 - r[i].y0;
            least = w < least ? w : least;
            least = h < least ? h : least;
        }
    }
    return least;
}
