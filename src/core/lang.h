#ifndef LIMBER_LANG_H
#define LIMBER_LANG_H

#include <stdbool.h>

#include "routine.h"

// True for a BCP-47 primary language subtag as routine files write it:
// two or three lowercase ASCII letters ("en", "uk", "ast").
bool lang_tag_valid(const char *tag);

// The language the user asked for through the environment: the first of
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG that names one ("uk_UA.UTF-8"
// gives "uk"), skipping C and POSIX. Writes "en" when none does.
void lang_from_environment(char out[LANG_TAG_SIZE]);

#endif
