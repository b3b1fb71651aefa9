// The body map's geometry (src/core/body_map.c): every region's centre
// hits it and holds its touch disc, points off the body hit nothing, every
// muscle group has a region, and the map laid out in the room an 800x480
// home screen gives it keeps every region at least a 9 mm target wide.

#include <math.h>
#include <stdio.h>

#include "body_map.h"
#include "routine.h"
#include "test_util.h"

static struct body_map map;

static int setup(void **state)
{
    (void)state;
    body_map_init(&map);
    return 0;
}

static void centres_hit_their_region(void **state)
{
    (void)state;
    assert_true(map.count > 0);
    for (size_t i = 0; i < map.count; i++) {
        const struct body_map_region *r = &map.region[i];
        assert_int_equal(body_map_hit(&map, r->view, r->cx, r->cy), (int)i);
        // The whole disc of its reach too, ring by ring.
        assert_true(r->reach > 0.05f);
        for (int ring = 1; ring <= 4; ring++) {
            float rad = r->reach * (float)ring / 4.0f;
            for (int a = 0; a < 36; a++) {
                float t = (float)a * 6.2831853f / 36.0f;
                assert_int_equal(body_map_hit(&map, r->view,
                                              r->cx + cosf(t) * rad,
                                              r->cy + sinf(t) * rad),
                                 (int)i);
            }
        }
    }
}

static void points_off_the_body_hit_nothing(void **state)
{
    (void)state;
    for (int v = 0; v < BODY_MAP_VIEW_COUNT; v++) {
        // Beside the legs, between the arm and the thigh's outside, above
        // the head, under the floor, and far away.
        assert_int_equal(body_map_hit(&map, v, 0, 1.3f), -1);
        assert_int_equal(body_map_hit(&map, v, 0, -0.3f), -1);
        assert_int_equal(body_map_hit(&map, v, 5, 0.5f), -1);
        assert_int_equal(body_map_hit(&map, v, -5, 0.5f), -1);
    }
    assert_int_equal(body_map_hit(&map, BODY_MAP_FRONT, 0.45f, 0.95f), -1);
    assert_int_equal(body_map_hit(&map, BODY_MAP_BACK, -0.45f, 0.95f), -1);
    assert_int_equal(body_map_hit(&map, BODY_MAP_FRONT, 0.33f, 0.15f), -1);
    // The close-up's corners are beside the face.
    assert_int_equal(body_map_hit(&map, BODY_MAP_HEAD, 0.45f, 0.95f), -1);
    assert_int_equal(body_map_hit(&map, BODY_MAP_HEAD, -0.45f, 0.95f), -1);
}

// Each group is somewhere, and each view has what it should: the face
// only from the front and in the close-up, the back only from behind.
static void every_group_has_its_region(void **state)
{
    (void)state;
    int in_view[BODY_MAP_VIEW_COUNT][MUSCLE_COUNT] = {{0}};
    for (size_t i = 0; i < map.count; i++)
        in_view[map.region[i].view][map.region[i].muscle]++;
    for (int g = 0; g < MUSCLE_COUNT; g++) {
        int n = 0;
        for (int v = 0; v < BODY_MAP_VIEW_COUNT; v++)
            n += in_view[v][g];
        if (g == MUSCLE_WHOLE_BODY)
            assert_int_equal(n, 0); // its own button, not a region
        else
            assert_true(n > 0);
    }
    assert_int_equal(in_view[BODY_MAP_FRONT][MUSCLE_CHEST], 1);
    assert_int_equal(in_view[BODY_MAP_BACK][MUSCLE_CHEST], 0);
    assert_int_equal(in_view[BODY_MAP_BACK][MUSCLE_BACK], 1);
    assert_int_equal(in_view[BODY_MAP_FRONT][MUSCLE_BACK], 0);
    assert_int_equal(in_view[BODY_MAP_HEAD][MUSCLE_EYES], 1);
    assert_int_equal(in_view[BODY_MAP_HEAD][MUSCLE_FACE], 1);
    // Both sides of the limbs, from both sides.
    int paired[] = {MUSCLE_SHOULDERS, MUSCLE_ARMS,   MUSCLE_HANDS,
                    MUSCLE_THIGHS,    MUSCLE_CALVES, MUSCLE_FEET};
    for (size_t i = 0; i < sizeof paired / sizeof paired[0]; i++) {
        assert_int_equal(in_view[BODY_MAP_FRONT][paired[i]], 2);
        assert_int_equal(in_view[BODY_MAP_BACK][paired[i]], 2);
    }
}

// The figure is drawn, never mirrored: from the front its left hand is
// on screen right, from behind on screen left.
static void sides_as_seen(void **state)
{
    (void)state;
    for (size_t i = 0; i < map.count; i++) {
        const struct body_map_region *r = &map.region[i];
        if (r->muscle != MUSCLE_HANDS)
            continue;
        bool left = r->glow & (1u << FS_HAND_L);
        bool on_right = r->cx > 0;
        if (r->view == BODY_MAP_FRONT)
            assert_true(left == on_right);
        else
            assert_true(left != on_right);
    }
}

// The room home gives the map at 800x480 (screen_home.c, map shown
// alone): 766 x 290 pixels at most after the title, the prompt and the
// switch; a 9 mm target at 96 dpi is 35 px.
static void smallest_region_is_a_finger_at_800x480(void **state)
{
    (void)state;
    struct body_map_layout l;
    assert_true(body_map_layout(&map, 766, 290, 10, 35, &l));
    assert_true(l.min_target_px >= 35.0f);
    // Measured afresh from the regions: the smallest disc in pixels.
    float smallest = 1e9f;
    for (size_t i = 0; i < map.count; i++) {
        const struct body_map_region *r = &map.region[i];
        smallest = fminf(smallest, 2 * r->reach * l.panel[r->view].scale);
    }
    assert_true(smallest >= 35.0f);
    assert_true(l.whole_h >= 35 && l.whole_w >= 35);
    // Everything inside the area, nothing overlapping.
    for (int v = 0; v < BODY_MAP_VIEW_COUNT; v++) {
        const struct body_map_panel *p = &l.panel[v];
        assert_true(p->x >= 0 && p->y >= 0);
        assert_true(p->x + p->w <= 766 + 1 && p->y + p->h <= 290 + 1);
    }
    assert_true(l.panel[BODY_MAP_FRONT].x + l.panel[BODY_MAP_FRONT].w <=
                l.panel[BODY_MAP_BACK].x + 1);
    // Too little room says so.
    assert_false(body_map_layout(&map, 400, 200, 10, 35, &l));
}

// A tall narrow area stacks the bodies over the close-up.
static void portrait_stacks(void **state)
{
    (void)state;
    struct body_map_layout l;
    assert_true(body_map_layout(&map, 460, 640, 10, 35, &l));
    assert_true(l.panel[BODY_MAP_HEAD].y >=
                l.panel[BODY_MAP_FRONT].y + l.panel[BODY_MAP_FRONT].h);
    assert_true(l.whole_x + l.whole_w <= 460 + 1);
}

// Pixels and view coordinates are each other's inverse, and a pixel at a
// region's centre hits it.
static void pixels_round_trip(void **state)
{
    (void)state;
    struct body_map_layout l;
    body_map_layout(&map, 1000, 600, 12, 35, &l);
    for (size_t i = 0; i < map.count; i++) {
        const struct body_map_region *r = &map.region[i];
        float px, py, x, y;
        body_map_to_pixels(&map, &l, r->view, r->cx, r->cy, &px, &py);
        const struct body_map_panel *p = &l.panel[r->view];
        assert_true(px >= p->x && px <= p->x + p->w);
        assert_true(py >= p->y && py <= p->y + p->h);
        body_map_to_view(&map, &l, r->view, px, py, &x, &y);
        assert_true(fabsf(x - r->cx) < 1e-4f && fabsf(y - r->cy) < 1e-4f);
        assert_int_equal(body_map_hit(&map, r->view, x, y), (int)i);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(centres_hit_their_region),
        cmocka_unit_test(points_off_the_body_hit_nothing),
        cmocka_unit_test(every_group_has_its_region),
        cmocka_unit_test(sides_as_seen),
        cmocka_unit_test(smallest_region_is_a_finger_at_800x480),
        cmocka_unit_test(portrait_stacks),
        cmocka_unit_test(pixels_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
