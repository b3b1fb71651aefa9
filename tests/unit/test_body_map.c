// The body map's regions (src/core/body_map.c): they never overlap, each
// lies on the part of the drawn figure it names, and the hit test finds
// the group of each.

#include <stdio.h>

#include "body_map.h"
#include "routine.h"
#include "test_util.h"

static void test_regions_do_not_overlap(void **state)
{
    (void)state;
    for (int side = 0; side < BODY_MAP_SIDES; side++) {
        size_t n;
        const struct body_map_region *r = body_map_regions(side, &n);
        assert_true(n >= 10);
        for (size_t i = 0; i < n; i++) {
            assert_true(r[i].x0 < r[i].x1 && r[i].y0 < r[i].y1);
            for (size_t j = i + 1; j < n; j++) {
                bool apart = r[i].x1 <= r[j].x0 || r[j].x1 <= r[i].x0 ||
                             r[i].y1 <= r[j].y0 || r[j].y1 <= r[i].y0;
                if (!apart)
                    fail_msg("side %d: regions %zu and %zu overlap", side, i,
                             j);
            }
        }
    }
    assert_true(body_map_smallest_region() >= 0.08f - 1e-6f);
}

// The middle of two points of the drawn body (the same point twice: that
// point), and the group a touch there must open.
static void expect_mid(enum body_map_side side, int a, int b, int muscle)
{
    const struct figure *f = body_map_figure(side, -1);
    struct figure_frame fr;
    figure_solve(&f->keys[0], &fr);
    int got =
        body_map_hit(side, (fr.x[a] + fr.x[b]) / 2, (fr.y[a] + fr.y[b]) / 2);
    if (got != muscle)
        fail_msg("side %d: %s-%s hits %d, not %s", side, figure_point_name(a),
                 figure_point_name(b), got, routine_muscle_name(muscle));
}

static void expect(enum body_map_side side, int point, int muscle)
{
    expect_mid(side, point, point, muscle);
}

static void test_regions_lie_on_their_parts(void **state)
{
    (void)state;
    for (int side = 0; side < BODY_MAP_SIDES; side++) {
        expect(side, FP_KNUCKLES_L, MUSCLE_HANDS);
        expect(side, FP_KNUCKLES_R, MUSCLE_HANDS);
        expect(side, FP_ELBOW_L, MUSCLE_ARMS);
        expect(side, FP_ELBOW_R, MUSCLE_ARMS);
        expect(side, FP_SHOULDER_L, MUSCLE_SHOULDERS);
        expect(side, FP_SHOULDER_R, MUSCLE_SHOULDERS);
        expect(side, FP_HIP_L, MUSCLE_HIPS);
        expect_mid(side, FP_HIP_L, FP_KNEE_L, MUSCLE_THIGHS);
        expect_mid(side, FP_KNEE_R, FP_ANKLE_R, MUSCLE_CALVES);
        expect(side, FP_BALL_L, MUSCLE_FEET);
    }
    expect_mid(BODY_MAP_FRONT, FP_WAIST, FP_NECK, MUSCLE_CHEST);
    expect_mid(BODY_MAP_BACK, FP_WAIST, FP_NECK, MUSCLE_BACK);
    expect(BODY_MAP_FRONT, FP_HEAD_PIVOT, MUSCLE_FACE);
    expect(BODY_MAP_BACK, FP_HEAD_PIVOT, MUSCLE_NECK);
    // The eyes: above the head's centre; nothing beside the body.
    assert_int_equal(body_map_hit(BODY_MAP_FRONT, 0, 0.97f), MUSCLE_EYES);
    assert_int_equal(body_map_hit(BODY_MAP_FRONT, 0.45f, 0.5f), -1);
    assert_int_equal(body_map_hit(BODY_MAP_BACK, 0, 1.2f), -1);
}

static void test_focus_lights_its_group(void **state)
{
    (void)state;
    assert_int_equal(body_map_figure(BODY_MAP_FRONT, -1)->glow, 0);
    assert_int_equal(body_map_figure(BODY_MAP_FRONT, MUSCLE_CALVES)->glow,
                     1u << FS_SHIN_L | 1u << FS_SHIN_R);
    assert_true(body_map_figure(BODY_MAP_BACK, MUSCLE_BACK)->glow &
                1u << FS_CHEST);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regions_do_not_overlap),
        cmocka_unit_test(test_regions_lie_on_their_parts),
        cmocka_unit_test(test_focus_lights_its_group),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
