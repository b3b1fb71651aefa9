#include "mirror.h"

#include <ctype.h>
#include <string.h>

// Case-insensitive equality of the first n bytes of a subtag.
static bool same_subtag(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return false;
    }
    return true;
}

bool mirror_lang_rtl(const char *tag)
{
    if (!tag || !*tag)
        return false;
    static const char *const rtl_scripts[] = {
        "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr"};
    static const char *const rtl_langs[] = {"ar",  "he",  "iw", "yi", "fa",
                                            "ur",  "ps",  "sd", "ug", "dv",
                                            "ckb", "syr", "ks", "arc"};
    size_t primary = strcspn(tag, "-_@.");
    // A script subtag (four letters after the language) decides.
    const char *rest = tag + primary;
    while (*rest == '-' || *rest == '_') {
        rest++;
        size_t len = strcspn(rest, "-_@.");
        if (len == 4) {
            for (size_t i = 0; i < sizeof rtl_scripts / sizeof *rtl_scripts;
                 i++) {
                if (same_subtag(rest, len, rtl_scripts[i]))
                    return true;
            }
            return false;
        }
        rest += len;
    }
    for (size_t i = 0; i < sizeof rtl_langs / sizeof *rtl_langs; i++) {
        if (same_subtag(tag, primary, rtl_langs[i]))
            return true;
    }
    return false;
}

struct mirror mirror_for(const char *lang, int width)
{
    return (struct mirror){mirror_lang_rtl(lang), width};
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
