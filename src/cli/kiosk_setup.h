#ifndef LIMBER_KIOSK_SETUP_H
#define LIMBER_KIOSK_SETUP_H

#include <stdbool.h>
#include <stdio.h>

#include "kiosk_config.h"
#include "library.h"
#include "options.h"

// From the command line and the config file to a kiosk, or to none.

// The kiosk settings for a plain `limber` run: the config file (--config,
// else the first of /etc/limber/kiosk.yaml and
// $XDG_CONFIG_HOME/limber/kiosk.yaml that exists) with the command line
// over it. *out is NULL when this is not a kiosk (no --kiosk, no
// `kiosk: true`). Returns false, with every error on err as
// path:line:col, when the file is bad: the caller must not start.
bool kiosk_setup_load(const struct options *opts, struct kiosk_config **out,
                      FILE *err);

// Keeps only the routines the config allows. False, with the errors on
// err, when it names one the library lacks or none are left.
bool kiosk_setup_library(const struct kiosk_config *cfg, struct library *lib,
                         FILE *err);

#endif
