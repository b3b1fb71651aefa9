#ifndef LIMBER_SETTINGS_H
#define LIMBER_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

// What the window remembers between runs, in the user's config file
// $XDG_CONFIG_HOME/limber/settings.yaml (by default
// ~/.config/limber/settings.yaml):
//
//   volume: 80      # 0 to 100
//   muted: false
//   voice: true
//   reduce-motion: false   # figures hold their key pose
//
// Every key is optional. Unlike the kiosk's file, a bad settings file
// never stops the program: its errors are reported and the defaults used.

#define SETTINGS_FILE_MAX       (16 * 1024)
#define SETTINGS_VOLUME_DEFAULT 80

struct settings {
    int volume; // 0..100
    bool muted;
    bool voice; // spoken guidance on
    bool reduce_motion; // figures show their key pose, still
};

// The defaults: volume SETTINGS_VOLUME_DEFAULT, not muted, voice on.
struct settings settings_default(void);

// The file's path as a new string (caller frees), NULL when neither
// XDG_CONFIG_HOME nor HOME is set.
char *settings_path(void);

// Reads path into *out. A missing file gives the defaults and no error.
// Any other problem (syntax, unknown key, a value out of range) goes to
// diags as path:line:col; the keys that were read stay and the rest keep
// their defaults. Returns false when it recorded an error. Never prints.
bool settings_load(const char *path, struct settings *out,
                   struct diag_list *diags);

// The same from a buffer (len bytes, not NUL-terminated); path only names
// it in messages.
bool settings_load_buffer(const char *path, const char *data, size_t len,
                          struct settings *out, struct diag_list *diags);

// Writes s to path atomically: a temporary file in the same folder,
// flushed, then renamed over path, so a crash leaves the old file or the
// new one, never half of one. Creates the folders. False (with errno)
// when it cannot.
bool settings_save(const char *path, const struct settings *s);

#endif
