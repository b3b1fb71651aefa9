#include "illustration.h"

#include "figure_draw.h"
#include "picture.h"

static const struct figure *shown_figure(const struct step *s)
{
    return s->figure && !s->figure->problem ? s->figure : NULL;
}

bool illustration_exists(const struct step *s)
{
    return s->image || shown_figure(s);
}

bool illustration_moves(const struct step *s)
{
    return !s->image && shown_figure(s) && shown_figure(s)->key_count > 1;
}

bool illustration_draw(SDL_Renderer *r, SDL_Rect box, const struct step *s,
                       bool right, int64_t t_ms, int64_t work_ms)
{
    bool mirrored = right && s->mirror;
    if (s->image)
        return picture_draw(r, box, s->image, mirrored);
    const struct figure *f = shown_figure(s);
    if (!f || box.w < 8 || box.h < 8)
        return false;
    struct figure_pose pose;
    if (t_ms < 0)
        figure_key_pose(f, mirrored, &pose);
    else
        figure_pose_at(f, t_ms, work_ms, mirrored, &pose);
    figure_draw(r, box, f, &pose, mirrored);
    return true;
}
