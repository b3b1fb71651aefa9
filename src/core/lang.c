#include "lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang_table.h"
#include "xalloc.h"

// A tag taken apart; an absent subtag is "".
struct parts {
    char lang[4];
    char script[5];
    char region[4];
};

// A tag as lookup compares it: as written, and with likely subtags.
struct cand {
    struct parts p, max;
};

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static size_t span(const char *s, bool (*ok)(char))
{
    size_t n = 0;
    while (s[n] && ok(s[n]))
        n++;
    return n;
}

static bool is_alnum(char c)
{
    return is_alpha(c) || is_digit(c);
}

static bool is_codeset(char c)
{
    return is_alnum(c) || c == '-' || c == '_';
}

// The script a POSIX @modifier names, as gettext's catalogs use them
// (sr@latin, uz@cyrillic, sd@devanagari); "" for @euro, which names a
// currency; NULL for any other.
static const char *modifier_script(const char *m, size_t n)
{
    static const struct {
        const char *name, *script;
    } mods[] = {{"latin", "Latn"},
                {"cyrillic", "Cyrl"},
                {"devanagari", "Deva"},
                {"arabic", "Arab"},
                {"euro", ""}};
    for (size_t i = 0; i < sizeof mods / sizeof mods[0]; i++) {
        if (strlen(mods[i].name) == n && strncmp(mods[i].name, m, n) == 0)
            return mods[i].script;
    }
    return NULL;
}

// Takes text apart: language, then subtags after '-' or '_' (a script of
// four letters, a region of two letters or three digits, in that order),
// then a POSIX ".codeset" and "@modifier". lenient skips an unknown
// modifier (a locale's "@valencia" still names Catalan).
static bool split(const char *text, bool lenient, struct parts *out)
{
    struct parts p = {0};
    const char *s = text;
    size_t n = span(s, is_alpha);
    if (n < 2 || n > 3)
        return false;
    for (size_t i = 0; i < n; i++)
        p.lang[i] = lower(s[i]);
    s += n;
    while (*s == '-' || *s == '_') {
        s++;
        n = span(s, is_alnum);
        if (n == 4 && span(s, is_alpha) == 4 && !p.script[0] && !p.region[0]) {
            p.script[0] = upper(s[0]);
            for (size_t i = 1; i < 4; i++)
                p.script[i] = lower(s[i]);
        } else if (((n == 2 && span(s, is_alpha) == 2) ||
                    (n == 3 && span(s, is_digit) == 3)) &&
                   !p.region[0]) {
            for (size_t i = 0; i < n; i++)
                p.region[i] = upper(s[i]);
        } else {
            return false;
        }
        s += n;
    }
    if (*s == '.') {
        n = span(s + 1, is_codeset);
        if (n == 0)
            return false;
        s += 1 + n;
    }
    if (*s == '@') {
        n = span(s + 1, is_alpha);
        const char *script = modifier_script(s + 1, n);
        if (n == 0 || (!script && !lenient))
            return false;
        if (script && script[0]) {
            if (p.script[0])
                return false;
            memcpy(p.script, script, 5);
        }
        s += 1 + n;
    }
    if (*s)
        return false;
    *out = p;
    return true;
}

static void join(const struct parts *p, char out[LANG_TAG_SIZE])
{
    snprintf(out, LANG_TAG_SIZE, "%s%s%s%s%s", p->lang, p->script[0] ? "-" : "",
             p->script, p->region[0] ? "-" : "", p->region);
}

bool lang_tag_parse(const char *text, char out[LANG_TAG_SIZE])
{
    struct parts p;
    if (!text || !split(text, false, &p))
        return false;
    join(&p, out);
    return true;
}

bool lang_tag_valid(const char *text)
{
    char tag[LANG_TAG_SIZE];
    return lang_tag_parse(text, tag);
}

bool lang_from_locale(const char *locale, char out[LANG_TAG_SIZE])
{
    if (!locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0 ||
        strncmp(locale, "C.", 2) == 0)
        return false;
    struct parts p;
    if (!split(locale, true, &p))
        return false;
    join(&p, out);
    return true;
}

// Appends tag to a ':' list unless the list has it or is full.
static void list_add(char list[LANG_LIST_SIZE], const char *tag)
{
    size_t count = 0;
    for (const char *s = list; *s;) {
        size_t n = strcspn(s, ":");
        if (n == strlen(tag) && strncmp(s, tag, n) == 0)
            return;
        count++;
        s += n + (s[n] == ':');
    }
    if (count == LANG_WANTED_MAX)
        return;
    size_t len = strlen(list);
    snprintf(list + len, LANG_LIST_SIZE - len, "%s%s", len ? ":" : "", tag);
}

// Calls back for each non-empty entry of a list parted by any of seps;
// stops when it returns false.
static bool each_entry(const char *list, const char *seps,
                       bool (*fn)(const char *entry, size_t n, void *ctx),
                       void *ctx)
{
    for (const char *s = list ? list : ""; *s;) {
        size_t n = strcspn(s, seps);
        if (n && !fn(s, n, ctx))
            return false;
        s += n + (s[n] != '\0');
    }
    return true;
}

// Adds a LANGUAGE entry's language to the list ctx.
static bool add_locale(const char *entry, size_t n, void *ctx)
{
    char locale[64], tag[LANG_TAG_SIZE];
    if (n < sizeof locale) {
        memcpy(locale, entry, n);
        locale[n] = '\0';
        if (lang_from_locale(locale, tag))
            list_add(ctx, tag);
    }
    return true;
}

void lang_wanted_from_environment(char out[LANG_LIST_SIZE])
{
    out[0] = '\0';
    each_entry(getenv("LANGUAGE"), ":", add_locale, out);
    // The C library's order: the first of these that is set decides, and
    // "C" there wants no language at all.
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; !out[0] && i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        char tag[LANG_TAG_SIZE];
        if (v && *v) {
            if (lang_from_locale(v, tag))
                list_add(out, tag);
            break;
        }
    }
    if (!out[0])
        snprintf(out, LANG_LIST_SIZE, "en");
}

static bool entry_parts(const char *entry, size_t n, struct parts *p)
{
    char buf[64];
    if (n >= sizeof buf)
        return false;
    memcpy(buf, entry, n);
    buf[n] = '\0';
    return split(buf, false, p);
}

static bool take_first(const char *entry, size_t n, void *ctx)
{
    struct parts p;
    if (!entry_parts(entry, n, &p))
        return true; // keep looking
    join(&p, ctx);
    return false;
}

bool lang_list_first(const char *list, char out[LANG_TAG_SIZE])
{
    return !each_entry(list, ":", take_first, out);
}

struct parse_ctx {
    char *out;
    const char **bad;
    size_t *bad_len;
};

static bool take_entry(const char *entry, size_t n, void *ctx)
{
    struct parse_ctx *c = ctx;
    struct parts p;
    if (!entry_parts(entry, n, &p)) {
        *c->bad = entry;
        *c->bad_len = n;
        return false;
    }
    char tag[LANG_TAG_SIZE];
    join(&p, tag);
    list_add(c->out, tag);
    return true;
}

bool lang_list_parse(const char *text, char out[LANG_LIST_SIZE],
                     const char **bad, size_t *bad_len)
{
    char list[LANG_LIST_SIZE] = "";
    struct parse_ctx c = {list, bad, bad_len};
    if (!each_entry(text, ":,", take_entry, &c))
        return false;
    if (!list[0]) {
        *bad = text;
        *bad_len = strlen(text);
        return false;
    }
    memcpy(out, list, LANG_LIST_SIZE);
    return true;
}

// Compares a row's language (its tag up to '-') with lang.
static int row_lang_cmp(const char *row_tag, const char *lang)
{
    size_t n = strcspn(row_tag, "-");
    int c = strncmp(row_tag, lang, n);
    return c ? c : (lang[n] ? -1 : 0);
}

// The rows of one language: lang_rows is sorted by language (test_lang
// checks it), so a binary search finds the first and the rest follow.
static size_t rows_of(const char *lang, size_t *end)
{
    size_t lo = 0, hi = lang_row_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (row_lang_cmp(lang_rows[mid].tag, lang) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *end = lo;
    while (*end < lang_row_count &&
           row_lang_cmp(lang_rows[*end].tag, lang) == 0)
        ++*end;
    return lo;
}

// Fills in the script and region a tag leaves out from the table's likely
// subtags: the language with its script ("zh-Hant" lives in TW), then
// with its region ("zh-TW" writes Hant), then alone ("sr" is sr-Cyrl-RS).
static struct parts maximize(const struct parts *p)
{
    struct parts m = *p;
    // The keys in order; NULL stands for the language alone.
    const char *keys[3];
    size_t k = 0;
    if (p->script[0])
        keys[k++] = p->script;
    if (p->region[0])
        keys[k++] = p->region;
    keys[k++] = NULL;
    size_t n = strlen(p->lang), end, first = rows_of(p->lang, &end);
    for (size_t i = 0; i < k && (!m.script[0] || !m.region[0]); i++) {
        for (size_t r = first; r < end; r++) {
            // Rows of this language: compare what follows it.
            const char *rest = lang_rows[r].tag + n;
            bool same = keys[i]
                            ? rest[0] == '-' && strcmp(rest + 1, keys[i]) == 0
                            : rest[0] == '\0';
            struct parts likely;
            if (!same || !split(lang_rows[r].likely, false, &likely))
                continue;
            if (!m.script[0])
                memcpy(m.script, likely.script, sizeof m.script);
            if (!m.region[0])
                memcpy(m.region, likely.region, sizeof m.region);
            break;
        }
    }
    return m;
}

bool lang_table_sorted(void)
{
    for (size_t r = 1; r < lang_row_count; r++) {
        char prev[LANG_TAG_SIZE];
        snprintf(prev, sizeof prev, "%.*s",
                 (int)strcspn(lang_rows[r - 1].tag, "-"), lang_rows[r - 1].tag);
        if (row_lang_cmp(lang_rows[r].tag, prev) < 0)
            return false;
    }
    return true;
}

static bool parts_equal(const struct parts *a, const struct parts *b)
{
    return strcmp(a->lang, b->lang) == 0 && strcmp(a->script, b->script) == 0 &&
           strcmp(a->region, b->region) == 0;
}

// Scripts differ only when both are known.
static bool scripts_agree(const struct parts *a, const struct parts *b)
{
    return !a->script[0] || !b->script[0] || strcmp(a->script, b->script) == 0;
}

static struct cand make_cand(const struct parts *p)
{
    return (struct cand){*p, maximize(p)};
}

enum match {
    MATCH_NONE,
    MATCH_EXACT,      // the tag as written
    MATCH_SAME,       // means the same once likely subtags are filled in
    MATCH_PREFIX,     // a shorter tag of the same script
    MATCH_SAME_LANG,  // another variant, same script
    MATCH_OTHER_LANG, // another variant in another script
};

// Finds the best of offered for one wanted tag; MATCH_NONE when none.
static enum match lookup_one(const struct cand *w, const struct cand *offered,
                             size_t count, size_t *index)
{
    for (size_t i = 0; i < count; i++) {
        if (parts_equal(&offered[i].p, &w->p)) {
            *index = i;
            return MATCH_EXACT;
        }
    }
    for (size_t i = 0; i < count; i++) {
        if (parts_equal(&offered[i].max, &w->max)) {
            *index = i;
            return MATCH_SAME;
        }
    }
    // Prefixes, longest first: l-s-r gives l-s, then l.
    struct parts prefixes[2];
    size_t np = 0;
    if (w->p.script[0] && w->p.region[0]) {
        prefixes[np] = w->p;
        prefixes[np++].region[0] = '\0';
    }
    if (w->p.script[0] || w->p.region[0]) {
        prefixes[np] = (struct parts){0};
        memcpy(prefixes[np++].lang, w->p.lang, sizeof w->p.lang);
    }
    for (size_t k = 0; k < np; k++) {
        struct cand pre = make_cand(&prefixes[k]);
        if (!scripts_agree(&pre.max, &w->max))
            continue;
        for (size_t i = 0; i < count; i++) {
            if (parts_equal(&offered[i].p, &pre.p)) {
                *index = i;
                return MATCH_PREFIX;
            }
        }
        for (size_t i = 0; i < count; i++) {
            if (parts_equal(&offered[i].max, &pre.max)) {
                *index = i;
                return MATCH_PREFIX;
            }
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < count; i++) {
            if (strcmp(offered[i].p.lang, w->p.lang) == 0 &&
                (pass == 1 || scripts_agree(&offered[i].max, &w->max))) {
                *index = i;
                return pass == 0 ? MATCH_SAME_LANG : MATCH_OTHER_LANG;
            }
        }
    }
    return MATCH_NONE;
}

struct lookup_ctx {
    const struct cand *offered;
    size_t count, index;
};

static bool try_wanted(const char *entry, size_t n, void *ctx)
{
    struct lookup_ctx *c = ctx;
    struct parts p;
    if (!entry_parts(entry, n, &p))
        return true;
    struct cand w = make_cand(&p);
    return lookup_one(&w, c->offered, c->count, &c->index) == MATCH_NONE;
}

size_t lang_lookup(const char *wanted, const char *own,
                   const char *const *offered, size_t count)
{
    if (count == 0)
        return 0;
    // The common case costs no table walk: the first wanted tag written.
    char first[LANG_TAG_SIZE];
    if (lang_list_first(wanted, first)) {
        for (size_t i = 0; i < count; i++) {
            if (strcmp(offered[i], first) == 0)
                return i;
        }
    }
    enum { ON_STACK = 64 };
    struct cand stack[ON_STACK];
    struct cand *cands =
        count <= ON_STACK ? stack : xcalloc(count, sizeof(*cands));
    for (size_t i = 0; i < count; i++) {
        struct parts p = {0};
        if (!split(offered[i], false, &p))
            memcpy(p.lang, "?", 2); // never matches a wanted tag
        cands[i] = make_cand(&p);
    }
    struct lookup_ctx c = {cands, count, 0};
    if (each_entry(wanted, ":", try_wanted, &c) &&
        each_entry(own, ":", try_wanted, &c) &&
        each_entry("en", ":", try_wanted, &c))
        c.index = 0;
    if (cands != stack)
        free(cands);
    return c.index;
}

bool lang_same(const char *a, const char *b)
{
    struct parts pa, pb;
    if (!a || !b || !split(a, false, &pa) || !split(b, false, &pb))
        return false;
    struct parts ma = maximize(&pa), mb = maximize(&pb);
    return parts_equal(&ma, &mb);
}

const char *lang_endonym(const char *tag, char *buf, size_t size)
{
    struct parts p;
    if (!tag || !split(tag, false, &p)) {
        snprintf(buf, size, "%s", tag ? tag : "");
        return buf;
    }
    // The named rows, each with its likely form as it stands in the table.
    enum { NAMED_MAX = 128 };
    struct cand named[NAMED_MAX];
    size_t row_of[NAMED_MAX], count = 0;
    for (size_t r = 0; r < lang_row_count && count < NAMED_MAX; r++) {
        if (!lang_rows[r].endonym)
            continue;
        struct parts rp, rmax;
        if (!split(lang_rows[r].tag, false, &rp) ||
            !split(lang_rows[r].likely, false, &rmax))
            continue;
        named[count] = (struct cand){rp, rmax};
        row_of[count++] = r;
    }
    struct cand w = make_cand(&p);
    size_t i;
    enum match m = lookup_one(&w, named, count, &i);
    if (m == MATCH_NONE) {
        join(&p, buf);
        return buf;
    }
    const char *name = lang_rows[row_of[i]].endonym;
    if (m == MATCH_EXACT || m == MATCH_SAME)
        return name;
    // A variant the table does not name: say which one.
    const char *which = p.region[0] ? p.region : p.script;
    if (!which[0])
        return name;
    snprintf(buf, size, "%s (%s)", name, which);
    return buf;
}

bool lang_fontconfig_name(const char *tag, char *out, size_t size)
{
    struct parts p;
    if (!tag || !split(tag, false, &p)) {
        snprintf(out, size, "en");
        return false;
    }
    struct parts m = maximize(&p);
    char region[4];
    for (size_t i = 0; i < sizeof region; i++)
        region[i] = lower(p.region[i]);
    if (strcmp(p.lang, "zh") == 0) {
        // fontconfig tells Chinese glyph forms apart by region only.
        bool hant = strcmp(m.script, "Hant") == 0;
        const char *r = m.region;
        if (hant && strcmp(r, "HK") != 0 && strcmp(r, "MO") != 0)
            r = "TW";
        else if (!hant && strcmp(r, "SG") != 0)
            r = "CN";
        snprintf(out, size, "zh-%c%c", lower(r[0]), lower(r[1]));
    } else if (strcmp(p.lang, "sr") == 0 && strcmp(m.script, "Latn") == 0) {
        snprintf(out, size, "sh"); // fontconfig's sr is Cyrillic
    } else {
        snprintf(out, size, "%s%s%s", p.lang, region[0] ? "-" : "", region);
    }
    return true;
}

bool lang_is_rtl(const char *tag)
{
    static const char *const rtl[] = {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo",
                                      "Adlm", "Rohg", "Mand", "Samr"};
    struct parts p;
    if (!tag || !split(tag, false, &p))
        return false;
    struct parts m = maximize(&p);
    for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++) {
        if (strcmp(m.script, rtl[i]) == 0)
            return true;
    }
    return false;
}
