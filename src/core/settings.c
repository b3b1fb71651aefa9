#include "settings.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "files.h"
#include "xalloc.h"
#include "ydoc.h"

struct settings settings_default(void)
{
    return (struct settings){
        .volume = SETTINGS_VOLUME_DEFAULT, .muted = false, .voice = true};
}

char *settings_path(void)
{
    return files_user_path(FILES_CONFIG, "settings.yaml");
}

enum { K_VOLUME, K_MUTED, K_VOICE, K_REDUCE_MOTION, K_COUNT };
static const char *const keys[K_COUNT] = {"volume", "muted", "voice",
                                          "reduce-motion"};

static void parse_root(struct ydoc *y, const yaml_node_t *root,
                       struct settings *out)
{
    if (root->type != YAML_MAPPING_NODE) {
        char found[48];
        ydoc_error(y, root, "settings are 'key: value' lines, found %s",
                   ydoc_describe(root, found));
        return;
    }
    yaml_node_t *k[K_COUNT] = {0}, *v[K_COUNT] = {0};
    struct ydoc_schema schema = {"the settings", keys, K_COUNT};
    if (!ydoc_collect(y, root, &schema, k, v))
        return;
    if (v[K_VOLUME])
        ydoc_int(y, v[K_VOLUME], keys[K_VOLUME], 0, 100, &out->volume);
    if (v[K_MUTED])
        ydoc_bool(y, v[K_MUTED], keys[K_MUTED], &out->muted);
    if (v[K_VOICE])
        ydoc_bool(y, v[K_VOICE], keys[K_VOICE], &out->voice);
    if (v[K_REDUCE_MOTION])
        ydoc_bool(y, v[K_REDUCE_MOTION], keys[K_REDUCE_MOTION],
                  &out->reduce_motion);
}

bool settings_load_buffer(const char *path, const char *data, size_t len,
                          struct settings *out, struct diag_list *diags)
{
    *out = settings_default();
    struct ydoc y;
    yaml_node_t *root = ydoc_load(&y, path, data, len, diags);
    if (root) // an empty file: every default
        parse_root(&y, root, out);
    // What was read before a bad line stays; the rest is default.
    bool failed = ydoc_failed(&y);
    ydoc_done(&y);
    return !failed;
}

bool settings_load(const char *path, struct settings *out,
                   struct diag_list *diags)
{
    *out = settings_default();
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return true; // nothing remembered yet
    size_t len;
    char *data =
        files_read(path, SETTINGS_FILE_MAX, "a settings file", &len, diags);
    if (!data)
        return false;
    bool ok = settings_load_buffer(path, data, len, out, diags);
    free(data);
    return ok;
}

bool settings_save(const char *path, const struct settings *s)
{
    if (!files_make_parents(path))
        return false;
    char *text = xasprintf("# Limber remembers these between runs.\n"
                           "volume: %d\nmuted: %s\nvoice: %s\n%s",
                           s->volume, s->muted ? "true" : "false",
                           s->voice ? "true" : "false",
                           s->reduce_motion ? "reduce-motion: true\n" : "");
    // The temporary file's name is unique to this process, so two
    // windows saving at once never write into the same one.
    char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
    bool ok = false;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        size_t len = strlen(text);
        ssize_t n = write(fd, text, len);
        if (n != (ssize_t)len && n >= 0)
            errno = EIO;
        ok = n == (ssize_t)len && fsync(fd) == 0;
        int saved = errno;
        ok = close(fd) == 0 && ok;
        if (!ok)
            errno = saved;
        if (ok && rename(tmp, path) != 0)
            ok = false;
        if (!ok) {
            saved = errno;
            unlink(tmp);
            errno = saved;
        }
    }
    free(tmp);
    free(text);
    return ok;
}
