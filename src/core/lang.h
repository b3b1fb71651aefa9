#ifndef LIMBER_LANG_H
#define LIMBER_LANG_H

#include <stdbool.h>
#include <stddef.h>

// Language tags as Limber reads and writes them: BCP 47
// language[-Script][-REGION] ("uk", "pt-BR", "zh-Hant", "sr-Latn",
// "es-419"), any case on input, written back normalised: the language in
// lowercase, the script in titlecase, the region in uppercase. The POSIX
// spellings of gettext and locales mean the same tags: "pt_BR",
// "pt_BR.UTF-8", "sr@latin" (sr-Latn), "uz@cyrillic" (uz-Cyrl).

// Room for "abc-Abcd-123" and its NUL.
#define LANG_TAG_SIZE 16
// At most this many wanted languages count in a list.
#define LANG_WANTED_MAX 8
// Room for a list of LANG_WANTED_MAX tags joined by ':' and its NUL.
#define LANG_LIST_SIZE (LANG_WANTED_MAX * LANG_TAG_SIZE)

// What a tag looks like, for messages that refuse one.
#define LANG_TAG_HINT                                                          \
    "write a language, then optionally a script and a region, such as en, "    \
    "pt-BR, zh-Hant or sr-Latn"

// Reads a tag in either spelling and writes it normalised to out. False,
// leaving out alone, when text is not one: another number of letters, a
// variant or extension subtag, an unknown @modifier, stray characters.
bool lang_tag_parse(const char *text, char out[LANG_TAG_SIZE]);

// True when lang_tag_parse accepts text.
bool lang_tag_valid(const char *text);

// The language of a locale name as the C library takes it from the
// environment ("pt_BR.UTF-8" gives "pt-BR", "de_DE@euro" "de"). False for
// "C", "POSIX", their ".UTF-8" forms and anything that names no language.
bool lang_from_locale(const char *locale, char out[LANG_TAG_SIZE]);

// The languages the user wants, as GNU programs read them: LANGUAGE's
// colon list, else the first set one of LC_ALL, LC_MESSAGES and LANG
// (where C or POSIX wants no language). Writes the normalised tags joined
// by ':' ("sr-Latn:hr"), or "en" when none is wanted.
void lang_wanted_from_environment(char out[LANG_LIST_SIZE]);

// The first tag of a list such as "sr-Latn:hr" (a single tag is a list of
// one), normalised. False when the list holds no valid tag.
bool lang_list_first(const char *list, char out[LANG_TAG_SIZE]);

// Parses a list written by the user ("pt-BR", "sr@latin:hr", "de,en":
// entries parted by ':' or ','), normalised, into out. False when an
// entry is not a tag; bad then points at that entry (up to its end).
bool lang_list_parse(const char *text, char out[LANG_LIST_SIZE],
                     const char **bad, size_t *bad_len);

// Picks one of offered[0..count) (normalised tags) for the wanted list
// (tags joined by ':', may be NULL) by RFC 4647 lookup with likely
// subtags. For each wanted tag in turn: the tag itself; a tag that means
// the same (zh-TW, zh-Hant-TW and zh-Hant; zh-CN and zh-Hans; sr-Latn and
// sr-Latn-RS); its shorter prefixes that keep its script (pt-BR, then pt;
// zh-Hant never falls to zh, which is Simplified); any other variant of
// its language, the same script first (pt-PT wanted, only pt-BR written).
// Then the same for own (a routine's lang, may be NULL), then for en,
// then the first offered. Returns the index; 0 when count is 0.
size_t lang_lookup(const char *wanted, const char *own,
                   const char *const *offered, size_t count);

// True when the two tags mean the same language, script and region once
// likely subtags fill in what they leave out ("zh-TW" and "zh-Hant").
bool lang_same(const char *a, const char *b);

// The tag's language named in itself, for a language switch: "English",
// "Українська", "Português do Brasil", "中文（繁體）". A tag the table
// knows only by its language gets the region after it ("Deutsch (AT)");
// an unknown language is its tag. Returns a string from the table or buf.
const char *lang_endonym(const char *tag, char *buf, size_t size);

// The name fontconfig knows the tag's language by (its orthographies:
// FC_LANG), written to out: Chinese by script and region (zh-Hant and
// zh-TW give "zh-tw", zh-HK "zh-hk", zh-Hans and zh "zh-cn"), Serbian in
// Latin letters "sh", any other the language and the region written, in
// lowercase ("pt-br", "uk"). False, writing "en", when tag is not a tag.
bool lang_fontconfig_name(const char *tag, char *out, size_t size);

// True when the tag (BCP 47 or POSIX spelling) is written right to left:
// by its script subtag when it has one (az-Arab yes, ku-Latn no), else
// by its language's likely script (he, yi, ar, fa, ur, ps, sd, ug, ckb,
// ks: Hebrew or Arabic letters; dv: Thaana; syr: Syriac).
bool lang_is_rtl(const char *tag);

#endif
