#ifndef LIMBER_FIGURE_H
#define LIMBER_FIGURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The figure model (docs/figures.md): a 2D articulated human figure posed
// by joint angles, keyframes in time tied to a step's work phase, and the
// mirror image for the other side. Pure functions, no SDL: a pose at a
// time gives the position of every point of the body, in units of the
// standing height (1.0), y up, the floor at y = 0.

enum figure_view {
    FIGURE_VIEW_SIDE,  // seen from the side, facing left or right
    FIGURE_VIEW_FRONT, // facing the viewer: its left is on screen right
    FIGURE_VIEW_BACK,  // its back to the viewer
    FIGURE_VIEW_FACE,  // a close-up of the face
    FIGURE_VIEW_COUNT
};

// The joints, in degrees from the anatomical position. What an angle
// means depends on the view: flexion (+) and extension (-) from the side;
// abduction and side bending from the front and back (docs/figures.md).
// The face close-up has its own: jaw in degrees, the rest in percent.
enum figure_joint {
    FJ_BODY, // the whole body's orientation (may turn any way)
    FJ_TRUNK,
    FJ_TRUNK_TURN, // rotation: only an arrow shows it
    FJ_NECK,
    FJ_HEAD_TURN, // rotation
    FJ_SHOULDER_L,
    FJ_SHOULDER_R,
    FJ_ELBOW_L,
    FJ_ELBOW_R,
    FJ_WRIST_L,
    FJ_WRIST_R,
    FJ_FINGERS_L,
    FJ_FINGERS_R,
    FJ_THUMB_L,
    FJ_THUMB_R,
    FJ_HIP_L,
    FJ_HIP_R,
    FJ_KNEE_L,
    FJ_KNEE_R,
    FJ_ANKLE_L,
    FJ_ANKLE_R,
    FJ_TOES_L,
    FJ_TOES_R,
    FJ_JAW,    // face: mouth opening, degrees
    FJ_LIDS,   // face: 0 open .. 100 closed
    FJ_GAZE_X, // face: -100 (to its right) .. 100 (to its left)
    FJ_GAZE_Y, // face: -100 down .. 100 up
    FJ_BROWS,  // face: 0 .. 100 raised
    FJ_PALMS,  // face: 0 hands away .. 100 cupped over the eyes
    FJ_COUNT
};

// Named points of the body. Per-side points come in L, R pairs.
enum figure_point {
    FP_HIPS, // between the hip joints: the root of the chain
    FP_WAIST,
    FP_NECK, // the base of the neck, between the shoulders
    FP_HEAD_PIVOT,
    FP_HEAD, // centre of the head
    FP_SHOULDER_L,
    FP_SHOULDER_R,
    FP_ELBOW_L,
    FP_ELBOW_R,
    FP_WRIST_L,
    FP_WRIST_R,
    FP_KNUCKLES_L,
    FP_KNUCKLES_R,
    FP_FINGERTIP_L,
    FP_FINGERTIP_R,
    FP_THUMB_L,
    FP_THUMB_R,
    FP_HIP_L,
    FP_HIP_R,
    FP_KNEE_L,
    FP_KNEE_R,
    FP_ANKLE_L,
    FP_ANKLE_R,
    FP_HEEL_L,
    FP_HEEL_R,
    FP_BALL_L,
    FP_BALL_R,
    FP_TOE_L,
    FP_TOE_R,
    FP_COUNT
};

// Body segments: each joins two points and keeps its length.
enum figure_segment {
    FS_PELVIS,
    FS_CHEST,
    FS_NECK,
    FS_HEAD,
    FS_UPPER_ARM_L,
    FS_UPPER_ARM_R,
    FS_FOREARM_L,
    FS_FOREARM_R,
    FS_HAND_L,
    FS_HAND_R,
    FS_FINGERS_L,
    FS_FINGERS_R,
    FS_THUMB_L,
    FS_THUMB_R,
    FS_THIGH_L,
    FS_THIGH_R,
    FS_SHIN_L,
    FS_SHIN_R,
    FS_FOOT_L, // ankle to ball
    FS_FOOT_R,
    FS_TOES_L,
    FS_TOES_R,
    FS_EYES, // face close-up parts, for the highlight only
    FS_JAW,
    FS_BROWS,
    FS_COUNT
};

enum figure_motion {
    FIGURE_HOLD, // move into the last key, hold it, ease back at the end
    FIGURE_LOOP, // the keys repeat, back to the first (strokes, rolls)
};

enum figure_prop_kind {
    FIGURE_PROP_FLOOR,
    FIGURE_PROP_MAT,
    FIGURE_PROP_WALL,
    FIGURE_PROP_CHAIR,
    FIGURE_PROP_STEP,
    FIGURE_PROP_TOWEL,
    FIGURE_PROP_COUNT
};

// A point of the body pinned to a place, or FIGURE_ANCHOR_GROUND: the
// lowest point of the body on y, the hips over x.
#define FIGURE_ANCHOR_GROUND (-1)
// An interpolated pose between keys pinned differently: root is given.
#define FIGURE_ANCHOR_ROOT (-2)

struct figure_pose {
    enum figure_view view;
    bool facing_left; // side view: the front of the body points to -x
    float angle[FJ_COUNT];
    int anchor;    // enum figure_point, or FIGURE_ANCHOR_*
    float at[2];   // where the anchor is (x, y); for ROOT, the hips
    int line, col; // where the key is written (0: nowhere), for messages
};

struct figure_prop {
    enum figure_prop_kind kind;
    float x, y;   // floor/mat/wall/chair/step: place (x) and height (y)
    int from, to; // towel: between two points (enum figure_point)
};

// A curved arrow around a point, for a movement the flat view cannot show.
// Angles in degrees as drawn for a figure facing right (side view) or
// facing the viewer: 0 is forward/screen right, 90 up; from -> to.
struct figure_arrow {
    int around; // enum figure_point; FP_HEAD for the face view
    float from, to, radius;
};

struct figure {
    char *name; // owned
    char *path; // owned: the file it is written in
    int line, col;
    enum figure_motion motion;
    bool linear;              // loop at constant speed instead of easing
    int64_t move_ms;          // HOLD: time to move into the stretch (and out)
    int64_t period_ms;        // LOOP: one round of the keys
    size_t key_index;         // the key pose shown still (0-based)
    struct figure_pose *keys; // owned, key_count >= 1, all one view
    size_t key_count;
    struct figure_prop *props;
    size_t prop_count;
    struct figure_arrow *arrows;
    size_t arrow_count;
    uint32_t glow; // bit (1u << enum figure_segment) per worked segment
    // The first joint past its range (owned message, at problem_line:col
    // of path), or NULL. A figure with a problem is not shown.
    char *problem;
    int problem_line, problem_col;
};

// The solved drawing of a pose: every point, and what to draw around it.
struct figure_frame {
    enum figure_view view;
    bool facing_left;
    float x[FP_COUNT], y[FP_COUNT];
    // Face close-up (view FACE): the face's own parts in a unit square,
    // y up: head centre (0, 0.5).
    struct figure_face {
        float tilt_deg;           // head side bend, + to its left
        float turn;               // -1..1, + to its left
        float eye_x[2], eye_y;    // eye centres: [0] its left, [1] its right
        float pupil_dx, pupil_dy; // gaze offset from the eye centre
        float lids;               // 0 open .. 1 closed
        float jaw;                // 0 closed .. 1 open as far as it goes
        float brows;              // 0 .. 1 raised
        float palms;              // 0 away .. 1 cupped over the eyes
    } face;
};

// Segment geometry, the same in every view: the two points it joins.
void figure_segment_points(enum figure_segment s, int *from, int *to);

// A segment's length in units of height in a view (0 for the face parts;
// the front and back views draw the feet shortened, as they are seen).
float figure_segment_length(enum figure_segment s, enum figure_view v);

// True for segments of the body's left side; false for the right side
// and the centre line.
bool figure_segment_is_left(enum figure_segment s);
bool figure_segment_is_right(enum figure_segment s);

// Names as written in figure files ("shoulder-left"), and back (-1 for
// an unknown name).
const char *figure_joint_name(enum figure_joint j);
int figure_joint_from_name(const char *name);
const char *figure_point_name(enum figure_point p);
int figure_point_from_name(const char *name);
const char *figure_segment_name(enum figure_segment s);
int figure_segment_from_name(const char *name);
const char *figure_view_name(enum figure_view v);
int figure_view_from_name(const char *name);
const char *figure_prop_name(enum figure_prop_kind k);
int figure_prop_from_name(const char *name);

// The normal range of a joint in a view, in its unit; false when the
// joint has no meaning in that view (a knee in the face close-up).
bool figure_joint_range(enum figure_joint j, enum figure_view v, float *min,
                        float *max);

// The standing pose of a view: every angle 0, anchored on the ground.
void figure_pose_neutral(enum figure_view v, struct figure_pose *out);

// The pose as the other side does it: left and right swapped, sideways
// angles negated, the body facing the other way, x negated.
void figure_pose_mirror(const struct figure_pose *in, struct figure_pose *out);

// The pose between a and b at fraction u (0..1), each angle on the
// straight line between them (never the "shorter way round").
void figure_pose_mix(const struct figure_pose *a, const struct figure_pose *b,
                     float u, struct figure_pose *out);

// Forward kinematics: the points of a pose, placed by its anchor.
void figure_solve(const struct figure_pose *p, struct figure_frame *out);

// The pose t_ms into a work phase work_ms long (the right side when
// mirrored). t is clamped to the phase.
void figure_pose_at(const struct figure *f, int64_t t_ms, int64_t work_ms,
                    bool mirrored, struct figure_pose *out);

// The key pose, shown still (reduce motion, thumbnails, --render-figure
// without --at).
void figure_key_pose(const struct figure *f, bool mirrored,
                     struct figure_pose *out);

// A prop or an arrow as drawn for the mirrored side.
void figure_prop_mirror(const struct figure_prop *in, struct figure_prop *out);
void figure_arrow_mirror(const struct figure_arrow *in,
                         struct figure_arrow *out);

// The highlight for the mirrored side: left and right bits swapped.
uint32_t figure_glow_mirror(uint32_t glow);

// Frees a figure and everything it owns. Accepts NULL.
void figure_free(struct figure *f);

#endif
