#ifndef LIMBER_LANG_TABLE_H
#define LIMBER_LANG_TABLE_H

#include <stdbool.h>
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

// Sorted by language (the tag up to '-'); rows of one language in the
// order their names are preferred.
extern const struct lang_row lang_rows[];
extern const size_t lang_row_count;

// True when lang_rows is sorted by language (for the tests).
bool lang_table_sorted(void);

#endif
