#ifndef LIMBER_KIOSK_CONFIG_H
#define LIMBER_KIOSK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "library.h"
#include "routine.h"

// The kiosk's configuration file (YAML), docs/kiosk.md:
//
//   kiosk: true
//   routines: [calf-cramp-relief, eyelid-twitch]   # default: all
//   languages: [uk, en]          # the first is where it starts
//   idle-timeout: 90s            # back home after this without input
//   pin: "$y$j9T$..."            # from limber --hash-pin
//   volume: 80                   # 0 to 100
//   display: 0
//   reduce-motion: false         # figures hold still (docs/figures.md)
//   rotation: 90                 # clockwise, for drivers that cannot rotate
//
// Every key is optional. A bad file is an error with path:line:col, and
// the program does not start: a kiosk never runs half-configured.

#define KIOSK_CONFIG_FILE_MAX (64 * 1024)
#define KIOSK_IDLE_DEFAULT_MS (90 * 1000)
#define KIOSK_IDLE_MIN_MS     (1 * 1000)
#define KIOSK_IDLE_MAX_MS     (24 * 3600 * 1000LL)
#define KIOSK_LANGS_MAX       16

// A routine id with the place it was written, to report ids the library
// lacks.
struct kiosk_config_routine {
    char *id; // owned
    int line, col;
};

struct kiosk_config {
    char *path; // the file it came from (owned), NULL when built in
    bool kiosk; // kiosk: true
    struct kiosk_config_routine *routines; // empty: every routine
    size_t routine_count;
    char langs[KIOSK_LANGS_MAX][LANG_TAG_SIZE]; // empty: the environment's
    size_t lang_count;
    int64_t idle_timeout_ms; // KIOSK_IDLE_DEFAULT_MS unless given
    char *pin_hash;          // owned; NULL: no PIN exit
    int volume;              // 0..100, -1 when not given
    int display;             // index, -1 when not given (the first)
    bool reduce_motion;      // figures show their key pose, still
    // Degrees clockwise (0, 90, 180, 270) the picture turns on the
    // display, and touches with it; 0 when not given.
    int rotation;
};

// A configuration with every default (not a kiosk). Never NULL.
struct kiosk_config *kiosk_config_new(void);

// Accepts NULL.
void kiosk_config_free(struct kiosk_config *cfg);

// Loads path. Every problem goes to diags as path:line:col. Returns NULL
// when any was recorded (a missing file too). Never prints.
struct kiosk_config *kiosk_config_load_file(const char *path,
                                            struct diag_list *diags);

// The same for text in memory; path names it in messages.
struct kiosk_config *kiosk_config_load_buffer(const char *path,
                                              const char *data, size_t len,
                                              struct diag_list *diags);

// The file a kiosk reads when --config is not given: system_path (normally
// /etc/limber/kiosk.yaml) when it exists, else
// $XDG_CONFIG_HOME/limber/kiosk.yaml (~/.config/...) when it exists. A new
// string, or NULL when neither exists.
char *kiosk_config_find(const char *system_path);

// Keeps in lib only the routines cfg lists, in its order (all of them
// when it lists none). An id the library lacks is an error at its place
// in the file. Returns false, leaving lib as it was, on any error.
bool kiosk_config_filter_library(const struct kiosk_config *cfg,
                                 struct library *lib, struct diag_list *diags);

#endif
