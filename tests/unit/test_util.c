#define _GNU_SOURCE // nftw's FTW_DEPTH and FTW_PHYS
#include "test_util.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "routine_load.h"
#include "xalloc.h"

char *test_make_dir(void)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/limber-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    assert_non_null(mkdtemp(dir));
    return dir;
}

static int remove_one(const char *path, const struct stat *st, int flag,
                      struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

void test_remove_tree(const char *dir)
{
    nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *test_write_file(const char *dir, const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
    return path;
}

char *test_diag_text(const struct diag_list *diags)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    assert_non_null(f);
    diag_list_print(diags, f);
    fclose(f);
    return text;
}

struct routine *test_load_string(const char *yaml, struct diag_list *diags)
{
    struct diag_list own;
    diag_list_init(&own, DIAG_FILE_LIMIT);
    struct diag_list *list = diags ? diags : &own;
    struct routine *r =
        routine_load_buffer("test.yaml", yaml, strlen(yaml), list);
    if (!diags) {
        if (own.count) {
            char *text = test_diag_text(&own);
            fail_msg("unexpected errors:\n%s", text);
        }
        diag_list_clear(&own);
    }
    return r;
}

char *test_read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, mem);
    fclose(f);
    fclose(mem);
    return text;
}
