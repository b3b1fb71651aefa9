#include "i18n.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "install_dirs.h"
#include "routine.h"
#include "xalloc.h"

static char current[LANG_TAG_SIZE] = "en";
static char *catalog_dir;

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

void i18n_init(const char *exe_dir, const char *lang)
{
    // Any UTF-8 locale whose name is not "C" will do: it only has to make
    // glibc read LANGUAGE. C.UTF-8 is built into glibc since 2.35 and
    // shipped by Debian's libc-bin before that.
    static const char *const utf8[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
        if (setlocale(LC_MESSAGES, utf8[i]))
            break;
    }
    free(catalog_dir);
    catalog_dir = exe_dir ? xasprintf("%s/locale", exe_dir) : NULL;
    if (!catalog_dir || !is_dir(catalog_dir)) {
        free(catalog_dir);
        catalog_dir = install_dir(INSTALL_LOCALE);
    }
    bindtextdomain(I18N_DOMAIN, catalog_dir);
    // Whatever the locale's charset, the catalogs and the window are UTF-8.
    bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
    textdomain(I18N_DOMAIN);
    i18n_set_lang(lang && *lang ? lang : "en");
}

void i18n_set_lang(const char *lang)
{
    snprintf(current, sizeof current, "%s", lang);
    setenv("LANGUAGE", current, 1);
    // gettext keeps what it translated; textdomain() tells it the
    // catalogs may have changed (it bumps _nl_msg_cat_cntr).
    textdomain(I18N_DOMAIN);
}

const char *i18n_lang(void)
{
    return current;
}

const char *i18n_catalog_dir(void)
{
    return catalog_dir ? catalog_dir : LIMBER_FULL_LOCALEDIR;
}

const char *i18n_pgettext(const char *ctx, const char *msgid)
{
    // gettext's convention for msgctxt: "context\004msgid".
    char key[256];
    int n = snprintf(key, sizeof key, "%s\004%s", ctx, msgid);
    if (n < 0 || (size_t)n >= sizeof key)
        return msgid;
    const char *t = gettext(key);
    return t == key ? msgid : t;
}

char *i18n_duration(int64_t ms, bool long_form, char *buf, size_t size)
{
    int64_t total = (ms + 999) / 1000;
    long m = (long)(total / 60), s = (long)(total % 60);
    char min[64] = "", sec[64] = "";
    if (long_form) {
        snprintf(min, sizeof min, ngettext("%ld minute", "%ld minutes", m), m);
        snprintf(sec, sizeof sec, ngettext("%ld second", "%ld seconds", s), s);
    } else {
        // TRANSLATORS: short minutes, as in "1 min 30 s".
        snprintf(min, sizeof min, _("%ld min"), m);
        // TRANSLATORS: short seconds, as in "1 min 30 s".
        snprintf(sec, sizeof sec, _("%ld s"), s);
    }
    if (m && s)
        snprintf(buf, size, "%s %s", min, sec);
    else if (m)
        snprintf(buf, size, "%s", min);
    else
        snprintf(buf, size, "%s", sec);
    return buf;
}
