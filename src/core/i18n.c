#include "i18n.h"

#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "install_dirs.h"
#include "lang.h"
#include "xalloc.h"

// The catalogs found in catalog_dir: each folder's name as gettext spells
// it (pt_BR, sr@latin) and its tag (pt-BR, sr-Latn). Index 0 is English,
// the msgids' own language, which needs no catalog.
struct catalog {
    char tag[LANG_TAG_SIZE];
    char folder[64];
};
static struct catalog catalogs[I18N_LANGUAGES_MAX] = {{"en", "en"}};
static size_t catalog_count = 1;

static char current[LANG_TAG_SIZE] = "en"; // as asked
static size_t shown;                       // the catalog in use
static char user_lang[LANG_TAG_SIZE] = "en";
static char *catalog_dir;

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_catalog(const char *dir, const char *folder)
{
    char *mo = xasprintf("%s/%s/LC_MESSAGES/%s.mo", dir, folder, I18N_DOMAIN);
    struct stat st;
    bool ok = stat(mo, &st) == 0 && S_ISREG(st.st_mode);
    free(mo);
    return ok;
}

static int compare_folders(const void *a, const void *b)
{
    return strcmp(((const struct catalog *)a)->folder,
                  ((const struct catalog *)b)->folder);
}

// Lists the folders of dir that hold our catalog, in name order.
static void find_catalogs(const char *dir)
{
    catalog_count = 1;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && catalog_count < I18N_LANGUAGES_MAX) {
        struct catalog c;
        if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof c.folder ||
            !lang_from_locale(e->d_name, c.tag) || !has_catalog(dir, e->d_name))
            continue;
        snprintf(c.folder, sizeof c.folder, "%s", e->d_name);
        catalogs[catalog_count++] = c;
    }
    closedir(d);
    qsort(catalogs + 1, catalog_count - 1, sizeof *catalogs, compare_folders);
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
    find_catalogs(catalog_dir);
    bindtextdomain(I18N_DOMAIN, catalog_dir);
    // Whatever the locale's charset, the catalogs and the window are UTF-8.
    bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
    textdomain(I18N_DOMAIN);
    if (!lang_list_first(lang, user_lang))
        memcpy(user_lang, "en", 3);
    i18n_set_lang(lang && *lang ? lang : "en");
}

void i18n_set_lang(const char *lang)
{
    if (!lang_list_first(lang, current))
        memcpy(current, "en", 3);
    const char *tags[I18N_LANGUAGES_MAX];
    for (size_t i = 0; i < catalog_count; i++)
        tags[i] = catalogs[i].tag;
    shown = lang_lookup(lang, NULL, tags, catalog_count);
    // The folder's own name, so that gettext opens exactly that catalog.
    setenv("LANGUAGE", catalogs[shown].folder, 1);
    // gettext keeps what it translated; textdomain() tells it the
    // catalogs may have changed (it bumps _nl_msg_cat_cntr).
    textdomain(I18N_DOMAIN);
}

const char *i18n_lang(void)
{
    return current;
}

const char *i18n_shown_lang(void)
{
    return catalogs[shown].tag;
}

size_t i18n_languages(const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < catalog_count && n < max; i++)
        out[n++] = catalogs[i].tag;
    return n;
}

const char *i18n_next_lang(const char *lang)
{
    // The cycle: the user's own language when no catalog is exactly it
    // (its routines may still be written in it), then every catalog.
    const char *cycle[I18N_LANGUAGES_MAX + 1];
    size_t n = 0;
    bool has_user = false;
    for (size_t i = 0; i < catalog_count; i++)
        has_user |= strcmp(catalogs[i].tag, user_lang) == 0;
    if (!has_user)
        cycle[n++] = user_lang;
    n += i18n_languages(cycle + n, I18N_LANGUAGES_MAX);
    for (size_t i = 0; i < n; i++) {
        if (lang && strcmp(cycle[i], lang) == 0)
            return cycle[(i + 1) % n];
    }
    return cycle[0];
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
