#include "tools.h"

#include <string.h>

#include "duration.h"
#include "plan.h"

static void print_muscles(uint32_t muscles, FILE *out, int width)
{
    int written = 0;
    for (int m = 0; m < MUSCLE_COUNT; m++) {
        if (!(muscles & (1u << m)))
            continue;
        written +=
            fprintf(out, "%s%s", written ? "," : "", routine_muscle_name(m));
    }
    fprintf(out, "%*s", width > written ? width - written : 0, "");
}

static int muscles_width(uint32_t muscles)
{
    int width = 0;
    for (int m = 0; m < MUSCLE_COUNT; m++) {
        if (muscles & (1u << m))
            width += (width ? 1 : 0) + (int)strlen(routine_muscle_name(m));
    }
    return width;
}

int list_run(const struct library *lib, const char *lang, int muscle, FILE *out)
{
    int id_width = 2, muscle_width = 7, lang_width = 3;
    for (size_t i = 0; i < lib->count; i++) {
        // Tags with a script or region ("zh-Hant") widen the column.
        int w = (int)strlen(routine_pick_lang(lib->routines[i], lang));
        if (w > lang_width)
            lang_width = w;
        w = (int)strlen(lib->routines[i]->id);
        if (w > id_width)
            id_width = w;
        w = muscles_width(lib->routines[i]->muscles);
        if (w > muscle_width)
            muscle_width = w;
    }
    for (size_t i = 0; i < lib->count; i++) {
        const struct routine *r = lib->routines[i];
        if (muscle >= 0 && !(r->muscles & (1u << muscle)))
            continue;
        const char *shown = routine_pick_lang(r, lang);
        struct plan *plan = plan_new(r);
        char total[32];
        duration_format(plan->total_ms, total, sizeof total);
        plan_free(plan);
        fprintf(out, "%-*s  %-*s  ", id_width, r->id, lang_width, shown);
        print_muscles(r->muscles, out, muscle_width);
        fprintf(out, "  %7s  %s\n", total, text_get(&r->title, shown, r->lang));
    }
    return lib->problems.count ? 1 : 0;
}
