// The figure model (src/core/figure.c): lengths that never change, the
// mirror, keys that join without jumps, no NaN, a planted foot that stays.
// Run over random poses and over every figure of the bundled library.

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figure.h"
#include "figure_load.h"
#include "library.h"
#include "test_util.h"

#define WORK_MS 30000
#define STEP_MS 10

// A reproducible random pose inside every joint's normal range.
static void random_pose(enum figure_view v, unsigned *seed,
                        struct figure_pose *p)
{
    figure_pose_neutral(v, p);
    for (int j = 0; j < FJ_COUNT; j++) {
        float min, max;
        if (!figure_joint_range(j, v, &min, &max))
            continue;
        *seed = *seed * 1103515245u + 12345u;
        float u = (float)((*seed >> 8) & 0xffff) / 65535.0f;
        p->angle[j] = min + (max - min) * u;
    }
    p->facing_left = (*seed >> 20) & 1;
    p->anchor = (*seed >> 21) & 1 ? FP_HEEL_L : FIGURE_ANCHOR_GROUND;
    p->at[0] = 0.1f;
}

static void assert_lengths(const struct figure_frame *f, const char *what)
{
    for (int s = 0; s < FS_COUNT; s++) {
        float want = figure_segment_length(s, f->view);
        if (want == 0)
            continue;
        int a, b;
        figure_segment_points(s, &a, &b);
        float got = hypotf(f->x[b] - f->x[a], f->y[b] - f->y[a]);
        if (fabsf(got - want) > 1e-4f)
            fail_msg("%s: %s is %f long, not %f", what, figure_segment_name(s),
                     got, want);
    }
}

static void assert_finite(const struct figure_frame *f, const char *what)
{
    for (int p = 0; p < FP_COUNT; p++) {
        if (!isfinite(f->x[p]) || !isfinite(f->y[p]))
            fail_msg("%s: %s is not a number", what, figure_point_name(p));
    }
    const float *face = (const float *)&f->face;
    for (size_t i = 0; i < sizeof f->face / sizeof(float); i++) {
        if (!isfinite(face[i]))
            fail_msg("%s: a face value is not a number", what);
    }
}

static void test_random_poses_keep_lengths(void **state)
{
    (void)state;
    unsigned seed = 7;
    for (int v = 0; v < FIGURE_VIEW_FACE; v++) {
        for (int i = 0; i < 2000; i++) {
            struct figure_pose p;
            random_pose(v, &seed, &p);
            struct figure_frame f;
            figure_solve(&p, &f);
            assert_lengths(&f, figure_view_name(v));
            assert_finite(&f, figure_view_name(v));
        }
    }
}

static void test_standing_matches_proportions(void **state)
{
    (void)state;
    struct figure_pose p;
    figure_pose_neutral(FIGURE_VIEW_SIDE, &p);
    struct figure_frame f;
    figure_solve(&p, &f);
    // Landmarks of the standing body, in heights above the floor.
    assert_float_equal(f.y[FP_HEEL_L], 0, 1e-4);
    assert_float_equal(f.y[FP_ANKLE_L], 0.039, 1e-3);
    assert_float_equal(f.y[FP_KNEE_L], 0.285, 1e-3);
    assert_float_equal(f.y[FP_HIPS], 0.530, 1e-3);
    assert_float_equal(f.y[FP_SHOULDER_L], 0.818, 1e-3);
    assert_float_equal(f.y[FP_ELBOW_L], 0.632, 1e-3);
    assert_float_equal(f.y[FP_WRIST_L], 0.486, 1e-3);
    assert_float_equal(f.y[FP_FINGERTIP_L], 0.378, 1e-3);
    assert_float_equal(f.y[FP_HEAD] + 0.065, 1.0, 2e-3);
}

static bool same_pose(const struct figure_pose *a, const struct figure_pose *b)
{
    for (int j = 0; j < FJ_COUNT; j++) {
        if (a->angle[j] != b->angle[j])
            return false;
    }
    return a->view == b->view && a->facing_left == b->facing_left &&
           a->anchor == b->anchor && a->at[0] == b->at[0] &&
           a->at[1] == b->at[1];
}

// The mirrored pose draws the original reflected in x = 0, with left and
// right swapped.
static void assert_reflected(const struct figure_frame *f,
                             const struct figure_frame *m)
{
    for (int p = 0; p < FP_COUNT; p++) {
        int q = p;
        if (p >= FP_SHOULDER_L)
            q = p + ((p - FP_SHOULDER_L) % 2 == 0 ? 1 : -1);
        if (fabsf(m->x[q] + f->x[p]) > 1e-4f ||
            fabsf(m->y[q] - f->y[p]) > 1e-4f)
            fail_msg("%s: (%f, %f) mirrors to (%f, %f)", figure_point_name(p),
                     f->x[p], f->y[p], m->x[q], m->y[q]);
    }
}

static void test_mirror(void **state)
{
    (void)state;
    unsigned seed = 11;
    for (int v = 0; v < FIGURE_VIEW_COUNT; v++) {
        for (int i = 0; i < 500; i++) {
            struct figure_pose p, m, mm;
            random_pose(v, &seed, &p);
            figure_pose_mirror(&p, &m);
            figure_pose_mirror(&m, &mm);
            assert_true(same_pose(&p, &mm));
            if (v == FIGURE_VIEW_FACE)
                continue;
            struct figure_frame fp, fm;
            figure_solve(&p, &fp);
            figure_solve(&m, &fm);
            assert_reflected(&fp, &fm);
        }
    }
    uint32_t glow = (1u << FS_SHIN_L) | (1u << FS_CHEST);
    assert_int_equal(figure_glow_mirror(glow),
                     (1u << FS_SHIN_R) | (1u << FS_CHEST));
    assert_int_equal(figure_glow_mirror(figure_glow_mirror(glow)), glow);
}

// Every figure of the bundled library.
static struct figure_set bundled;

static int load_bundled(void **state)
{
    (void)state;
    struct library *lib = library_new();
    library_add_dir(lib, SOURCE_FIGURES, true);
    if (lib->problems.count || library_figure_problems(lib, &lib->problems)) {
        diag_list_print(&lib->problems, stderr);
        return -1;
    }
    bundled = lib->figures;
    lib->figures = (struct figure_set){0};
    library_free(lib);
    return bundled.count ? 0 : -1;
}

static int free_bundled(void **state)
{
    (void)state;
    figure_set_free(&bundled);
    return 0;
}

static float frame_distance(const struct figure_frame *a,
                            const struct figure_frame *b)
{
    float d = 0;
    for (int p = 0; p < FP_COUNT; p++)
        d = fmaxf(d, hypotf(a->x[p] - b->x[p], a->y[p] - b->y[p]));
    const float *fa = (const float *)&a->face, *fb = (const float *)&b->face;
    for (size_t i = 0; i < sizeof a->face / sizeof(float); i++)
        d = fmaxf(d, fabsf(fa[i] - fb[i]) / 100.0f);
    return d;
}

static void test_library_frames(void **state)
{
    (void)state;
    for (size_t i = 0; i < bundled.count; i++) {
        const struct figure *fig = bundled.items[i];
        for (int side = 0; side < 2; side++) {
            struct figure_frame prev;
            for (int64_t t = 0; t <= WORK_MS; t += STEP_MS) {
                struct figure_pose p;
                figure_pose_at(fig, t, WORK_MS, side, &p);
                struct figure_frame f;
                figure_solve(&p, &f);
                assert_finite(&f, fig->name);
                if (fig->keys[0].view != FIGURE_VIEW_FACE)
                    assert_lengths(&f, fig->name);
                // No jump: in 10 ms nothing moves more than 4% of the
                // height (a brisk 4 heights a second).
                if (t > 0 && frame_distance(&prev, &f) > 0.04f)
                    fail_msg("%s jumps at %lld ms by %f", fig->name,
                             (long long)t, frame_distance(&prev, &f));
                prev = f;
            }
        }
    }
}

// A key pinned at a point keeps that point exactly in place while the next
// key pins it to the same place.
static void test_planted_foot_stays(void **state)
{
    (void)state;
    size_t checked = 0;
    for (size_t i = 0; i < bundled.count; i++) {
        const struct figure *fig = bundled.items[i];
        int anchor = fig->keys[0].anchor;
        bool planted = anchor >= 0;
        for (size_t k = 1; k < fig->key_count; k++) {
            planted &= fig->keys[k].anchor == anchor &&
                       fig->keys[k].at[0] == fig->keys[0].at[0] &&
                       fig->keys[k].at[1] == fig->keys[0].at[1];
        }
        if (!planted)
            continue;
        checked++;
        for (int side = 0; side < 2; side++) {
            int point = side ? anchor + ((anchor - FP_SHOULDER_L) % 2 ? -1 : 1)
                             : anchor;
            if (anchor < FP_SHOULDER_L)
                point = anchor;
            float want_x = side ? -fig->keys[0].at[0] : fig->keys[0].at[0];
            for (int64_t t = 0; t <= WORK_MS; t += 50) {
                struct figure_pose p;
                figure_pose_at(fig, t, WORK_MS, side, &p);
                struct figure_frame f;
                figure_solve(&p, &f);
                assert_float_equal(f.x[point], want_x, 1e-5);
                assert_float_equal(f.y[point], fig->keys[0].at[1], 1e-5);
            }
        }
    }
    assert_true(checked > 0);
}

static void test_hold_timing(void **state)
{
    (void)state;
    const struct figure *fig = figure_set_find(&bundled, "calf-wall-stretch");
    assert_non_null(fig);
    struct figure_pose p, key;
    figure_key_pose(fig, false, &key);
    // Start pose at 0, the stretch held in the middle, back at the end.
    figure_pose_at(fig, 0, WORK_MS, false, &p);
    assert_true(same_pose(&p, &fig->keys[0]));
    figure_pose_at(fig, WORK_MS / 2, WORK_MS, false, &p);
    assert_true(same_pose(&p, &key));
    figure_pose_at(fig, WORK_MS, WORK_MS, false, &p);
    assert_true(same_pose(&p, &fig->keys[0]));
    // Easing: a quarter of the way in time is less than a quarter of the
    // way in angle.
    figure_pose_at(fig, fig->move_ms / 4, WORK_MS, false, &p);
    float whole = key.angle[FJ_HIP_R] - fig->keys[0].angle[FJ_HIP_R];
    float done = p.angle[FJ_HIP_R] - fig->keys[0].angle[FJ_HIP_R];
    assert_true(whole != 0 && done / whole > 0 && done / whole < 0.25f);
}

static struct figure_set parse(const char *yaml, struct diag_list *diags)
{
    struct figure_set set = {0};
    diag_list_init(diags, DIAG_FILE_LIMIT);
    figure_set_load_buffer(&set, "f.yaml", yaml, strlen(yaml), diags);
    return set;
}

static void test_loop_wraps(void **state)
{
    (void)state;
    struct diag_list diags;
    struct figure_set set = parse("format: 1\n"
                                  "figures:\n"
                                  "  roll:\n"
                                  "    view: front\n"
                                  "    motion: loop\n"
                                  "    period: 2s\n"
                                  "    keys:\n"
                                  "      - {shoulder-left: 10}\n"
                                  "      - {shoulder-left: 30}\n",
                                  &diags);
    assert_int_equal(diags.count, 0);
    const struct figure *f = figure_set_find(&set, "roll");
    struct figure_pose p;
    figure_pose_at(f, 0, 10000, false, &p);
    assert_float_equal(p.angle[FJ_SHOULDER_L], 10, 1e-4);
    figure_pose_at(f, 1000, 10000, false, &p);
    assert_float_equal(p.angle[FJ_SHOULDER_L], 30, 1e-4);
    figure_pose_at(f, 2000, 10000, false, &p);
    assert_float_equal(p.angle[FJ_SHOULDER_L], 10, 1e-4);
    figure_pose_at(f, 1999, 10000, false, &p);
    assert_true(p.angle[FJ_SHOULDER_L] < 10.01f);
    figure_set_free(&set);
    diag_list_clear(&diags);
}

static void test_range_is_a_problem_not_an_error(void **state)
{
    (void)state;
    struct diag_list diags;
    struct figure_set set = parse("format: 1\n"
                                  "figures:\n"
                                  "  bad-knee:\n"
                                  "    keys:\n"
                                  "      - {knee-left: 170}\n",
                                  &diags);
    assert_int_equal(diags.count, 0);
    const struct figure *f = figure_set_find(&set, "bad-knee");
    assert_non_null(f);
    assert_non_null(f->problem);
    assert_int_equal(f->problem_line, 5);
    assert_int_equal(f->problem_col, 21);
    assert_non_null(strstr(f->problem, "knee-left"));
    figure_set_free(&set);
    diag_list_clear(&diags);
}

static void test_mistakes_are_errors(void **state)
{
    (void)state;
    struct diag_list diags;
    struct figure_set set = parse("format: 1\n"
                                  "figures:\n"
                                  "  a:\n"
                                  "    view: face\n"
                                  "    keys:\n"
                                  "      - {knee-left: 10, lids: 50}\n"
                                  "  b:\n"
                                  "    keys:\n"
                                  "      - {kneee-left: 10}\n"
                                  "  c:\n"
                                  "    glow: [calf]\n"
                                  "    keys: [{}]\n",
                                  &diags);
    char *text = test_diag_text(&diags);
    assert_string_equal(
        text, "f.yaml:6:10: error: 'knee-left' has no meaning in the face "
              "view\n"
              "f.yaml:9:10: error: unknown key 'kneee-left' in a key pose "
              "(did you mean 'knee-left'?)\n"
              "f.yaml:11:12: error: 'glow' must be a body part such as "
              "shin-left, chest or eyes (docs/figures.md), not 'calf'\n");
    assert_int_equal(set.count, 0);
    free(text);
    diag_list_clear(&diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_poses_keep_lengths),
        cmocka_unit_test(test_standing_matches_proportions),
        cmocka_unit_test(test_mirror),
        cmocka_unit_test(test_library_frames),
        cmocka_unit_test(test_planted_foot_stays),
        cmocka_unit_test(test_hold_timing),
        cmocka_unit_test(test_loop_wraps),
        cmocka_unit_test(test_range_is_a_problem_not_an_error),
        cmocka_unit_test(test_mistakes_are_errors),
    };
    return cmocka_run_group_tests(tests, load_bundled, free_bundled);
}
