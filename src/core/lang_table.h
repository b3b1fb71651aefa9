#ifndef LIMBER_LANG_TABLE_H
#define LIMBER_LANG_TABLE_H

#include <stddef.h>

// The languages Limber knows by name (lang.c's private data): for each
// tag, its likely full form (CLDR's likely subtags, cut to what a routine
// can offer) and its name in itself. A row without a name only says what
// a shorter tag means ("zh-TW" is written in Traditional characters).
struct lang_row {
    const char *tag;     // normalised
    const char *likely;  // language-Script-REGION
    const char *endonym; // NULL: the row only fills in subtags
};

extern const struct lang_row lang_rows[];
extern const size_t lang_row_count;

#endif
