#ifndef LIMBER_ROUTINE_H
#define LIMBER_ROUTINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figure.h"
#include "lang.h"

// The routine model (format v1, docs/routine-format.md). A loaded routine
// owns all of its strings and steps and never changes after loading; the
// plan, the session and the screens borrow `const struct routine *` for as
// long as the library (or whoever loaded it) keeps it.

enum routine_kind {
    ROUTINE_STRETCH,
    ROUTINE_MASSAGE,
    ROUTINE_RELAX,
    ROUTINE_MIXED,
    ROUTINE_KIND_COUNT
};

enum routine_sides {
    ROUTINE_SIDES_NONE,
    ROUTINE_SIDES_LEFT,
    ROUTINE_SIDES_RIGHT,
    ROUTINE_SIDES_BOTH,
    ROUTINE_SIDES_COUNT
};

// The fixed muscle-group vocabulary, in the order screens list it.
enum routine_muscle {
    MUSCLE_EYES,
    MUSCLE_FACE,
    MUSCLE_NECK,
    MUSCLE_SHOULDERS,
    MUSCLE_ARMS,
    MUSCLE_HANDS,
    MUSCLE_BACK,
    MUSCLE_CHEST,
    MUSCLE_HIPS,
    MUSCLE_THIGHS,
    MUSCLE_CALVES,
    MUSCLE_FEET,
    MUSCLE_WHOLE_BODY,
    MUSCLE_COUNT
};

// What sounds when a step's work phase starts. DEFAULT leaves the choice to
// the player; FILE plays step->cue_file.
enum routine_cue {
    ROUTINE_CUE_DEFAULT,
    ROUTINE_CUE_CHIME,
    ROUTINE_CUE_BELL,
    ROUTINE_CUE_GONG,
    ROUTINE_CUE_TICK,
    ROUTINE_CUE_NONE,
    ROUTINE_CUE_FILE,
    ROUTINE_CUE_COUNT
};

// One text may carry at most this many translations: keeps a hostile
// file from making the duplicate-language check quadratic.
#define ROUTINE_TRANSLATIONS_MAX 64

// A text with its translations beside it. count == 0: the text is absent.
struct text {
    struct text_entry {
        char lang[LANG_TAG_SIZE];
        char *str; // owned, UTF-8
    } * items;
    size_t count;
};

struct step {
    struct text title, text, say; // text and say may be absent
    int64_t duration_ms;          // > 0
    enum routine_sides sides;
    int repeat; // 1..20
    int64_t rest_ms;
    enum routine_cue cue;
    // Where cue is written (1-based), for messages; 0 when it is not.
    int cue_line, cue_col;
    char *cue_file; // owned absolute path when cue == ROUTINE_CUE_FILE
    char *image;    // owned absolute path, or NULL
    int image_line, image_col;
    // The illustration (docs/figures.md): a figure from the library by
    // name, or one written inline; the library links `figure` to it.
    char *figure_name;            // owned, or NULL
    struct figure *figure_inline; // owned, or NULL
    const struct figure *figure;  // the step's figure once linked, or NULL
    int figure_line, figure_col;  // where `figure` is written
    bool mirror; // the right side shows the illustration mirrored
};

struct routine {
    char *path;                 // owned: the file it was loaded from
    char *id;                   // owned: [a-z0-9-]+
    int id_line, id_col;        // where the id is written, for messages
    char lang[LANG_TAG_SIZE];   // language of plain strings
    struct text title, summary; // summary may be absent
    enum routine_kind kind;
    uint32_t muscles; // bit (1u << enum routine_muscle) per group
    int64_t prepare_ms, switch_ms;
    struct step *steps;
    size_t step_count;
};

// Frees a routine and everything it owns. Accepts NULL.
void routine_free(struct routine *r);

// The language a routine is shown in: the one of its title's languages
// that lang_lookup picks for requested (a tag or a ':' list of them, may
// be NULL), its own lang and en. The result points into r.
const char *routine_pick_lang(const struct routine *r, const char *requested);

// A text in lang (a tag or a ':' list) by lang_lookup: lang, then what
// means the same or is close, then fallback (the routine's lang), then
// en, then the first translation written. NULL when the text is absent.
const char *text_get(const struct text *t, const char *lang,
                     const char *fallback);

// True when the text has a translation written in exactly lang
// (normalised).
bool text_has(const struct text *t, const char *lang);

// Names as written in routine files, and back. The *_from_name functions
// return -1 for an unknown name.
const char *routine_kind_name(enum routine_kind kind);
int routine_kind_from_name(const char *name);
const char *routine_sides_name(enum routine_sides sides);
int routine_sides_from_name(const char *name);
const char *routine_muscle_name(enum routine_muscle muscle);
int routine_muscle_from_name(const char *name);
// Built-in cue names only (chime, bell, gong, tick, none).
const char *routine_cue_name(enum routine_cue cue);
int routine_cue_from_name(const char *name);

// The longest routine id or figure name.
#define ROUTINE_NAME_MAX 64
// True when s can be a routine id or a figure name: 1 to ROUTINE_NAME_MAX
// characters of a-z, 0-9 and '-'.
bool routine_name_valid(const char *s);

#endif
