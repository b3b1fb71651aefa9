#include "figure_tools.h"

#include <SDL.h>
#include <SDL_ttf.h>

#include "app.h"
#include "i18n.h"
#include "illustration.h"
#include "picture.h"
#include "plan.h"
#include "theme.h"

// Reads what r has drawn into a new ARGB surface and writes it as PNG.
static bool save(SDL_Renderer *r, int w, int h, const char *out, FILE *err)
{
    SDL_Surface *s =
        SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = s && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888,
                                        s->pixels, s->pitch) == 0;
    char why[512] = "";
    if (!ok)
        snprintf(why, sizeof why, "cannot read the frame: %s", SDL_GetError());
    else
        ok = picture_save_png(s, out, why, sizeof why);
    if (!ok)
        fprintf(err, "limber: %s\n", why);
    SDL_FreeSurface(s);
    return ok;
}

int render_figure_run(const struct routine *r, long step, int side,
                      int64_t at_ms, int size, const char *out, FILE *err)
{
    if (step < 1 || (size_t)step > r->step_count) {
        fprintf(err, _("limber: %s has no step %ld (it has %zu)\n"), r->id,
                step, r->step_count);
        return 1;
    }
    const struct step *s = &r->steps[step - 1];
    if (!illustration_exists(s)) {
        if (s->figure && s->figure->problem)
            fprintf(err, "%s:%d:%d: error: %s\n", s->figure->path,
                    s->figure->problem_line, s->figure->problem_col,
                    s->figure->problem);
        fprintf(err, _("limber: step %ld of %s has no illustration\n"), step,
                r->id);
        return 1;
    }
    if (side == ROUTINE_SIDES_NONE)
        side = s->sides == ROUTINE_SIDES_RIGHT ? ROUTINE_SIDES_RIGHT
                                               : ROUTINE_SIDES_LEFT;
    // A software renderer on a plain surface: no video driver at all.
    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(
        0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *ren = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    if (!ren) {
        fprintf(err, "limber: cannot draw: %s\n", SDL_GetError());
        SDL_FreeSurface(target);
        return 1;
    }
    SDL_SetRenderDrawColor(ren, theme.bg.r, theme.bg.g, theme.bg.b, 255);
    SDL_RenderClear(ren);
    int pad = size / 32;
    bool drawn = illustration_draw(
        ren, (SDL_Rect){pad, pad, size - 2 * pad, size - 2 * pad}, s,
        side == ROUTINE_SIDES_RIGHT, at_ms, s->duration_ms);
    bool ok = drawn && save(ren, size, size, out, err);
    if (!drawn)
        fprintf(err, _("limber: step %ld of %s cannot be drawn\n"), step,
                r->id);
    picture_forget();
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(target);
    return ok ? 0 : 1;
}

static int64_t fixed_now(void *ctx)
{
    return *(const int64_t *)ctx;
}

int snapshot_run(const struct library *lib, const struct routine *r,
                 const char *lang, int64_t at_ms, int w, int h, const char *out,
                 FILE *err)
{
    // No display, no sound: SDL's dummy drivers, whatever the environment
    // says, and the software renderer the window uses.
    SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "dummy", SDL_HINT_OVERRIDE);
    SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "dummy", SDL_HINT_OVERRIDE);
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(err, "limber: SDL: %s\n", SDL_GetError());
        return 1;
    }
    // The session's end would write the history: show its last moment.
    struct plan *plan = plan_new(r);
    int64_t total = plan->total_ms;
    plan_free(plan);
    if (at_ms < 0)
        at_ms = 0;
    if (at_ms >= total)
        at_ms = total > 0 ? total - 1 : 0;
    int64_t now = 0;
    struct app_sound_options sound = {
        .volume = -1, .mute = true, .no_voice = true};
    struct app_config cfg = {.lib = lib,
                             .lang = lang,
                             .routine = r,
                             .muscle = -1,
                             .width = w,
                             .height = h,
                             .hidden = true,
                             .sound = &sound,
                             .no_history = true};
    char why[512] = "";
    struct app *app =
        app_new(&cfg, (struct clock){fixed_now, &now}, why, sizeof why);
    int status = 1;
    if (app) {
        app_tick(app);
        now = at_ms;
        app_tick(app);
        app_render(app);
        int pw, ph;
        SDL_GetRendererOutputSize(app_renderer(app), &pw, &ph);
        status = save(app_renderer(app), pw, ph, out, err) ? 0 : 1;
    } else {
        fprintf(err, "limber: %s\n", why);
    }
    picture_forget();
    app_free(app);
    TTF_Quit();
    SDL_Quit();
    return status;
}
