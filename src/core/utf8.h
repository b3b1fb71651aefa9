#ifndef LIMBER_UTF8_H
#define LIMBER_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Checks that data[0..len) is well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF). On failure *bad_offset is the byte
// offset of the first sequence that is not.
bool utf8_valid(const char *data, size_t len, size_t *bad_offset);

// The 1-based line and column (in characters, as libyaml counts them) of
// byte offset in data, which must be valid UTF-8 up to offset.
void utf8_position(const char *data, size_t offset, int *line, int *col);

// The character at *pos in data[0..len) (*pos < len), and *pos moved past
// it; a malformed byte reads as U+FFFD and is passed over alone.
uint32_t utf8_next(const char *data, size_t len, size_t *pos);

#endif
