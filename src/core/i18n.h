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

// Marks a string for translation and translates it now.
#define _(msgid) gettext(msgid)
// Marks a string for xgettext only (tables): translate it later with _().
#define N_(msgid) (msgid)
// The same with a context, for words that mean two things ("Back" the
// button, "Back" the body part): translate later with i18n_pgettext.
#define NC_(context, msgid) (msgid)

// Binds the catalogs: exe_dir/locale when a build tree has one (exe_dir
// may be NULL), else the installed localedir (install_dirs.h: beside the
// executable's prefix, else the configured one). Puts LC_MESSAGES on a UTF-8
// locale that exists on every glibc system (C.UTF-8), because glibc
// ignores LANGUAGE while LC_MESSAGES is plain "C"; the other categories
// stay "C", so numbers in JSON and files never change with the user's
// locale. Then sets the language to lang.
void i18n_init(const char *exe_dir, const char *lang);

// Switches gettext to lang ("uk", "en", ...) at once, for the live switch
// on the home screen: sets LANGUAGE and makes gettext drop the strings it
// cached. A language without a catalog gives the English msgids.
void i18n_set_lang(const char *lang);

// The language last set ("en" before any).
const char *i18n_lang(void);

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
