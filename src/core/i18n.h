#ifndef LIMBER_I18N_H
#define LIMBER_I18N_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libintl.h>

// The interface language through GNU gettext (textdomain "limber", msgids
// in English, catalogs in po/). This is the one module of the core that
// talks to gettext; the loader's path:line:col diagnostics stay English.

#define I18N_DOMAIN "limber"
// At most this many interface languages (English and the catalogs).
#define I18N_LANGUAGES_MAX 64

// Marks a string for translation and translates it now.
#define _(msgid) gettext(msgid)
// Marks a string for xgettext only (tables): translate it later with _().
#define N_(msgid) (msgid)
// The same with a context, for words that mean two things ("Back" the
// button, "Back" the body part): translate later with i18n_pgettext.
#define NC_(context, msgid) (msgid)

// Binds the catalogs: exe_dir/locale when a build tree has one (exe_dir
// may be NULL), else the installed localedir (install_dirs.h: beside the
// executable's prefix, else the configured one), and lists the catalogs
// there (each folder's name read as a language tag: pt_BR is pt-BR).
// Puts LC_MESSAGES on a UTF-8 locale that exists on every glibc system
// (C.UTF-8), because glibc ignores LANGUAGE while LC_MESSAGES is plain
// "C"; the other categories stay "C", so numbers in JSON and files never
// change with the user's locale. Then sets the language to lang (a tag or
// a ':' list, whose first tag is the user's language: i18n_next_lang).
void i18n_init(const char *exe_dir, const char *lang);

// Switches gettext to lang ("uk", "pt-BR", ...; a ':' list is read in
// order) at once, for the live switch on the home screen. The catalog is
// the one lang_lookup picks among English and the catalogs found (pt-PT
// takes pt, else pt-BR; zh-TW takes zh-Hant), and gettext is told its
// folder through LANGUAGE, then drops the strings it cached. Call it on
// the main thread only: setenv is not safe beside other threads.
void i18n_set_lang(const char *lang);

// The language last set, its first tag normalised ("en" before any).
const char *i18n_lang(void);

// The language of the catalog in use ("en" for the msgids).
const char *i18n_shown_lang(void);

// The interface's languages, English first, then the catalogs found in
// folder name order; writes up to max tags (pointers to static storage)
// and returns how many.
size_t i18n_languages(const char **out, size_t max);

// The language a language switch offers after lang: the next of the
// user's own language (the first tag given to i18n_init, when no catalog
// is exactly it), English and the catalogs, in that order, round again.
const char *i18n_next_lang(const char *lang);

// The folder the catalogs are read from (for messages and tests).
const char *i18n_catalog_dir(void);

// msgid translated in context ctx (msgctxt), or msgid itself.
const char *i18n_pgettext(const char *ctx, const char *msgid)
    __attribute__((format_arg(2)));

// A duration for people, rounded up to whole seconds. Long: "1 minute 30
// seconds", "5 хвилин" (plural forms through ngettext). Short: "1 min
// 30 s", "45 s". Returns buf.
char *i18n_duration(int64_t ms, bool long_form, char *buf, size_t size);

#endif
