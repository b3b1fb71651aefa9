#include "mirror.h"

#include "lang.h"

struct mirror mirror_for(const char *lang, int width)
{
    return (struct mirror){lang_is_rtl(lang), width};
}

SDL_Rect mirror_rect(const struct mirror *m, SDL_Rect r)
{
    if (m->on)
        r.x = m->width - r.x - r.w;
    return r;
}

enum text_align mirror_align(const struct mirror *m, enum text_align align)
{
    if (!m->on || align == TEXT_CENTER)
        return align;
    return align == TEXT_LEFT ? TEXT_RIGHT : TEXT_LEFT;
}
