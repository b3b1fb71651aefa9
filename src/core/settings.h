#ifndef LIMBER_SETTINGS_H
#define LIMBER_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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
// Keys this version does not know (a later version's) are kept and
// written back on every save, their values on one line in flow style.

#define SETTINGS_FILE_MAX       (16 * 1024)
#define SETTINGS_VOLUME_DEFAULT 80

struct settings {
    int volume; // 0..100
    bool muted;
    bool voice;         // spoken guidance on
    bool reduce_motion; // figures show their key pose, still
};

// The defaults: volume SETTINGS_VOLUME_DEFAULT, not muted, voice on.
struct settings settings_default(void);

// The file's path as a new string (caller frees), NULL when neither
// XDG_CONFIG_HOME nor HOME is set.
char *settings_path(void);

// Reads path into *out. A missing file gives the defaults and no error.
// Any other problem (syntax, a value out of range, a key given twice) goes
// to diags as path:line:col; the keys that were read stay and the rest
// keep their defaults. Returns false when it recorded an error. Never
// prints. When unknown is not NULL it receives, as a new string, the keys
// this version does not know as YAML lines ("" when none).
bool settings_read(const char *path, struct settings *out, char **unknown,
                   struct diag_list *diags);
// The same without the unknown keys.
bool settings_load(const char *path, struct settings *out,
                   struct diag_list *diags);

// The same from a buffer (len bytes, not NUL-terminated); path only names
// it in messages. unknown may be NULL.
bool settings_load_buffer(const char *path, const char *data, size_t len,
                          struct settings *out, char **unknown,
                          struct diag_list *diags);

// Writes s, then the unknown lines settings_read kept (NULL: none), to
// path atomically: a temporary file in the same folder, flushed, then
// renamed over path, so a crash leaves the old file or the new one, never
// half of one. Creates the folders. False (with errno) when it cannot.
bool settings_write(const char *path, const struct settings *s,
                    const char *unknown);
// The same with no unknown keys.
bool settings_save(const char *path, const struct settings *s);

// Changes are written once they settle: each one moves the write to
// SETTINGS_SETTLE_MS after it, so a burst of volume presses is one write,
// made by the main loop at that deadline (or at exit), never in the key's
// handler.
#define SETTINGS_SETTLE_MS 1500

struct settings_writer {
    char *path;    // owned; NULL: nothing is ever written
    char *unknown; // owned: written back after the known keys; may be NULL
    struct settings pending;
    int64_t due_ms; // when pending is written; INT64_MAX: nothing waits
};

// Takes path and unknown (either may be NULL).
void settings_writer_init(struct settings_writer *w, char *path, char *unknown);

// Remembers s to be written at now_ms + SETTINGS_SETTLE_MS.
void settings_writer_change(struct settings_writer *w, const struct settings *s,
                            int64_t now_ms);

// When the next write is due; INT64_MAX when none waits.
int64_t settings_writer_deadline_ms(const struct settings_writer *w);

// Writes what waits if it is due by now_ms (INT64_MAX: whatever waits,
// as at exit). True when nothing failed; false with errno when the write
// did (what waited is dropped: the next change tries again).
bool settings_writer_flush(struct settings_writer *w, int64_t now_ms);

// Frees what init took.
void settings_writer_done(struct settings_writer *w);

#endif
