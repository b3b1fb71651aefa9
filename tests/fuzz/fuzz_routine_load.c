// libFuzzer target for the routine loader: any bytes go in as a routine
// file; whatever loads is also compiled into a plan and simulated, so the
// timing code sees hostile routines too. `make fuzz` runs it.

#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "plan.h"
#include "routine_load.h"
#include "tools.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
        routine_free(r);
    }
    diag_list_clear(&diags);
    return 0;
}
