#ifndef LIMBER_NOTICE_H
#define LIMBER_NOTICE_H

#include <stdbool.h>

// Whether the first-run safety notice was acknowledged: a small file next
// to the history, $XDG_STATE_HOME/limber/notice (by default
// ~/.local/state/limber/notice). Its content is the notice's version, so
// a rewritten notice can be shown again by raising NOTICE_VERSION.

#define NOTICE_VERSION 1

// The file's path as a new string (caller frees), NULL when neither
// XDG_STATE_HOME nor HOME is set.
char *notice_path(void);

// True when this version of the notice was acknowledged. Without a
// state folder it is never remembered, so it is shown each time.
bool notice_seen(void);

// Remembers the acknowledgement. False (with errno) when it cannot.
bool notice_remember(void);

#endif
