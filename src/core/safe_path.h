#ifndef LIMBER_SAFE_PATH_H
#define LIMBER_SAFE_PATH_H

// Resolves a file that a routine names (a cue sound, an image) so that it
// can never reach outside the routine's own folder.

enum safe_path_result {
    SAFE_PATH_OK,
    SAFE_PATH_EMPTY,
    SAFE_PATH_ABSOLUTE,   // "/etc/passwd"
    SAFE_PATH_PARENT,     // a ".." component
    SAFE_PATH_NOT_FOUND,  // nothing there (or unreadable)
    SAFE_PATH_NOT_A_FILE, // a folder, a device...
    SAFE_PATH_ESCAPES,    // a symbolic link that leads outside
};

// dir is the routine's folder (any form); rel is what the routine wrote.
// On SAFE_PATH_OK *out is a new absolute path without symbolic links,
// owned by the caller; otherwise *out is NULL.
enum safe_path_result safe_path_resolve(const char *dir, const char *rel,
                                        char **out);

#endif
