#ifndef LIMBER_INSTALL_DIRS_H
#define LIMBER_INSTALL_DIRS_H

// Where an installed Limber keeps its files. They are found from the
// running executable (bin/limber -> bin/../share/limber), so a tree
// installed under any prefix, or moved after installing, finds its own
// data; the prefix given at configure time is only the fallback.

enum install_dir {
    INSTALL_PKGDATA, // share/limber: routines/, figures/
    INSTALL_LOCALE,  // share/locale: LL/LC_MESSAGES/limber.mo
    INSTALL_LIBEXEC, // libexec/limber: limber-voice
    INSTALL_ICONS,   // share/icons/hicolor
};

// The folder of the running executable, or NULL when /proc/self/exe
// cannot be read. A static buffer: do not free.
const char *install_exe_dir(void);

// The folder `which` beside the running executable when that folder
// exists, else where the configured prefix puts it. A new string (the
// caller frees).
char *install_dir(enum install_dir which);

#endif
