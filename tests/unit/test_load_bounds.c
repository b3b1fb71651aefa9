// Hostile routine files load in bounded memory. This program replaces
// malloc and friends with counting wrappers around glibc's own, so the
// peak covers libyaml's allocations as well as ours; it is therefore not
// built under AddressSanitizer, which owns malloc itself.

#include "test_util.h"

#include <dirent.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "routine_load.h"
#include "xalloc.h"

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void __libc_free(void *ptr);

static long long in_use, peak;

static void count(void *p)
{
    if (!p)
        return;
    in_use += (long long)malloc_usable_size(p);
    if (in_use > peak)
        peak = in_use;
}

void *malloc(size_t size)
{
    void *p = __libc_malloc(size);
    count(p);
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p = __libc_calloc(n, size);
    count(p);
    return p;
}

void *realloc(void *old, size_t size)
{
    long long was = old ? (long long)malloc_usable_size(old) : 0;
    void *p = __libc_realloc(old, size);
    if (p || size == 0)
        in_use -= was;
    count(p);
    return p;
}

void free(void *p)
{
    if (p)
        in_use -= (long long)malloc_usable_size(p);
    __libc_free(p);
}

// The most any load may take, for a file of len bytes: linear in the
// size. The worst seen (a 1 MiB flow list of one-letter items) is 77
// bytes of nodes and tokens a byte of input.
static long long bound(size_t len)
{
    return 100LL * (long long)len + (1 << 20);
}

static long long load_peak(const char *name, const char *data, size_t len,
                           bool *loaded)
{
    struct diag_list diags;
    diag_list_init(&diags, DIAG_FILE_LIMIT);
    long long base = in_use;
    peak = in_use;
    struct routine *r = routine_load_buffer(name, data, len, &diags);
    long long used = peak - base;
    *loaded = r != NULL;
    routine_free(r);
    diag_list_clear(&diags);
    return used;
}

// Fills a 1 MiB buffer: head, then piece repeated, then tail.
static char *megabyte(const char *head, const char *piece, const char *tail,
                      size_t *len)
{
    size_t h = strlen(head), p = strlen(piece), t = strlen(tail);
    size_t reps = (ROUTINE_FILE_MAX - h - t) / p;
    char *s = xmalloc(h + reps * p + t + 1);
    memcpy(s, head, h);
    for (size_t i = 0; i < reps; i++)
        memcpy(s + h + i * p, piece, p);
    memcpy(s + h + reps * p, tail, t + 1);
    *len = h + reps * p + t;
    return s;
}

static void hostile_files_stay_bounded(void **state)
{
    (void)state;
    static const struct {
        const char *name, *head, *piece, *tail;
    } cases[] = {
        {"flow-depth", "title: ", "[", "\n"},
        {"flow-list", "steps: [", "a,", "a]\n"},
        {"wide-mapping", "{", "k: v, ", "z: v}\n"},
        {"aliases", "a: &a [x, y, z]\nb: [", "*a, ", "*a]\n"},
        {"long-scalar", "title: \"", "x", "\"\n"},
        {"many-steps",
         "format: 1\nid: x\ntitle: X\nmuscles: [feet]\n"
         "steps:\n",
         "  - {title: A, duration: 1}\n", ""},
        {"unknown-keys", "", "zz: 1\n", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len;
        char *text =
            megabyte(cases[i].head, cases[i].piece, cases[i].tail, &len);
        bool loaded;
        long long used = load_peak(cases[i].name, text, len, &loaded);
        print_message("%-14s %8zu bytes: peak %9lld bytes (%.1f a byte)\n",
                      cases[i].name, len, used, (double)used / (double)len);
        assert_false(loaded);
        if (used > bound(len))
            fail_msg("%s took %lld bytes", cases[i].name, used);
        free(text);
    }
}

static void billion_laughs_stays_small(void **state)
{
    (void)state;
    char *text = xstrdup("format: 1\nid: lol\nlol0: &l0 [lol, lol, lol]\n");
    for (int level = 1; level <= 30; level++) {
        char *more = xasprintf("%slol%d: &l%d [*l%d, *l%d, *l%d]\n", text,
                               level, level, level - 1, level - 1, level - 1);
        free(text);
        text = more;
    }
    char *all = xasprintf("%stitle: *l30\nmuscles: *l30\nsteps: *l30\n", text);
    bool loaded;
    long long used = load_peak("lol", all, strlen(all), &loaded);
    // 3^30 strings if expanded; a few kilobytes as references.
    assert_false(loaded);
    assert_true(used < 256 * 1024);
    free(all);
    free(text);
}

// Every file of the gallery of bad input, measured the same way.
static void gallery_stays_bounded(void **state)
{
    (void)state;
    DIR *d = opendir(TEST_DATA "/bad");
    assert_non_null(d);
    struct dirent *e;
    int files = 0;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".yaml") != 0)
            continue;
        char *path = xasprintf("%s/bad/%s", TEST_DATA, e->d_name);
        char *text = test_read_file(path);
        assert_non_null(text);
        size_t len = strlen(text);
        bool loaded;
        long long used = load_peak(path, text, len, &loaded);
        assert_false(loaded);
        if (used > bound(len))
            fail_msg("%s took %lld bytes", e->d_name, used);
        files++;
        free(text);
        free(path);
    }
    closedir(d);
    assert_true(files >= 18);
}

static void counting_works(void **state)
{
    (void)state;
    long long before = in_use;
    char *volatile p = malloc(1000);
    assert_true(in_use >= before + 1000);
    free(p);
    assert_int_equal(in_use, before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counting_works),
        cmocka_unit_test(hostile_files_stay_bounded),
        cmocka_unit_test(billion_laughs_stays_small),
        cmocka_unit_test(gallery_stays_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
