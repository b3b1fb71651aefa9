#include "theme.h"

const struct theme theme = {
    .bg = {16, 26, 36, 255},
    .surface = {34, 50, 66, 255},
    .surface_pressed = {56, 80, 100, 255},
    .text = {242, 245, 247, 255},
    .muted = {178, 194, 206, 255},
    .accent = {92, 214, 190, 255},
    .on_accent = {8, 32, 30, 255},
    .focus = {255, 202, 90, 255},
    .left = {255, 178, 92, 255},
    .right = {110, 186, 250, 255},
    .on_side = {14, 22, 30, 255},
    .track = {42, 60, 78, 255},
    .ring_work = {92, 214, 190, 255},
    .ring_pause = {150, 166, 250, 255},
    .dim = {6, 10, 14, 215},
    .progress = {92, 214, 190, 255},
};
