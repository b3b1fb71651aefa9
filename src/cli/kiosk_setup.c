#include "kiosk_setup.h"

#include <stdlib.h>

#define KIOSK_SYSTEM_CONFIG "/etc/limber/kiosk.yaml"

bool kiosk_setup_load(const struct options *opts, struct kiosk_config **out,
                      FILE *err)
{
    *out = NULL;
    if (opts->no_window)
        return true; // the terminal player has nothing to lock down
    char *path = opts->config ? NULL : kiosk_config_find(KIOSK_SYSTEM_CONFIG);
    const char *from = opts->config ? opts->config : path;
    struct kiosk_config *cfg;
    if (from) {
        struct diag_list diags;
        diag_list_init(&diags, DIAG_FILE_LIMIT);
        cfg = kiosk_config_load_file(from, &diags);
        diag_list_print(&diags, err);
        diag_list_clear(&diags);
        if (!cfg) {
            fprintf(err, "limber: not starting: fix %s first\n", from);
            free(path);
            return false;
        }
    } else {
        cfg = kiosk_config_new();
    }
    free(path);
    if (opts->kiosk)
        cfg->kiosk = true;
    if (!cfg->kiosk) {
        kiosk_config_free(cfg);
        return true;
    }
    if (opts->display >= 0)
        cfg->display = opts->display;
    if (opts->idle_timeout_ms >= 0)
        cfg->idle_timeout_ms = opts->idle_timeout_ms;
    *out = cfg;
    return true;
}

bool kiosk_setup_library(const struct kiosk_config *cfg, struct library *lib,
                         FILE *err)
{
    struct diag_list diags;
    diag_list_init(&diags, 0);
    bool ok = kiosk_config_filter_library(cfg, lib, &diags);
    diag_list_print(&diags, err);
    diag_list_clear(&diags);
    if (ok && lib->count == 0) {
        fprintf(err, "limber: no routines to offer: a kiosk needs at least "
                     "one\n");
        ok = false;
    }
    if (!ok)
        fprintf(err, "limber: not starting the kiosk\n");
    return ok;
}
