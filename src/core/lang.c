#include "lang.h"

#include <stdlib.h>
#include <string.h>

bool lang_tag_valid(const char *tag)
{
    size_t n = strlen(tag);
    if (n < 2 || n > 3)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (tag[i] < 'a' || tag[i] > 'z')
            return false;
    }
    return true;
}

// Takes the language part of a locale name or LANGUAGE list entry:
// "uk_UA.UTF-8@euro" -> "uk". False when there is none.
static bool primary_tag(const char *value, char out[LANG_TAG_SIZE])
{
    size_t n = strcspn(value, "_.@:-");
    if (n < 2 || n > 3)
        return false;
    char tag[LANG_TAG_SIZE];
    for (size_t i = 0; i < n; i++) {
        char c = value[i];
        tag[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    tag[n] = '\0';
    if (!lang_tag_valid(tag))
        return false;
    memcpy(out, tag, LANG_TAG_SIZE);
    return true;
}

void lang_from_environment(char out[LANG_TAG_SIZE])
{
    static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES",
                                       "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v && primary_tag(v, out))
            return;
    }
    memcpy(out, "en", 3);
}
