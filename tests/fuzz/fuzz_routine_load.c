// libFuzzer target for the routine loader: any bytes go in as a routine
// file; whatever loads is also compiled into a plan and simulated, so the
// timing code sees hostile routines too. The same bytes go in as a figure
// file, and every figure that loads (there or inline in a step) is posed
// along a work phase and solved, mirrored and not. `make fuzz` runs it.

#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "figure_load.h"
#include "plan.h"
#include "routine_load.h"
#include "tools.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void pose_all(const struct figure *f)
{
    for (int side = 0; side < 2; side++) {
        for (int64_t t = 0; t <= 12000; t += 1500) {
            struct figure_pose p;
            figure_pose_at(f, t, 12000, side, &p);
            struct figure_frame fr;
            figure_solve(&p, &fr);
        }
        struct figure_pose k;
        figure_key_pose(f, side, &k);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > ROUTINE_FILE_MAX)
        return 0; // the file loader refuses these before parsing
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    struct routine *r =
        routine_load_buffer("fuzz.yaml", (const char *)data, size, &diags);
    if (r) {
        static FILE *null;
        if (!null)
            null = fopen("/dev/null", "w");
        simulate_run(r, "uk", NULL, 0, null);
        for (size_t i = 0; i < r->step_count; i++) {
            if (r->steps[i].figure_inline)
                pose_all(r->steps[i].figure_inline);
        }
        routine_free(r);
    }
    diag_list_clear(&diags);
    struct figure_set set = {0};
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    figure_set_load_buffer(&set, "fuzz-figures.yaml", (const char *)data, size,
                           &diags);
    for (size_t i = 0; i < set.count; i++)
        pose_all(set.items[i]);
    figure_set_free(&set);
    diag_list_clear(&diags);
    return 0;
}
