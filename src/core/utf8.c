#include "utf8.h"

#include <stdint.h>

// Length of the sequence that starts at s (at most avail bytes), or 0 when
// it is malformed; its character in *out.
static size_t decode(const unsigned char *s, size_t avail, uint32_t *out)
{
    unsigned char c = s[0];
    *out = c;
    if (c < 0x80)
        return 1;
    size_t len;
    uint32_t min, cp;
    if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > avail)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *out = cp;
    return len;
}

static size_t sequence_length(const unsigned char *s, size_t avail)
{
    uint32_t cp;
    return decode(s, avail, &cp);
}

uint32_t utf8_next(const char *data, size_t len, size_t *pos)
{
    uint32_t cp;
    size_t n = decode((const unsigned char *)data + *pos, len - *pos, &cp);
    *pos += n ? n : 1;
    return n ? cp : 0xFFFD;
}

bool utf8_valid(const char *data, size_t len, size_t *bad_offset)
{
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    while (i < len) {
        size_t n = sequence_length(s + i, len - i);
        if (n == 0) {
            *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

void utf8_position(const char *data, size_t offset, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < offset; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '\n') {
            ++*line;
            *col = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++*col; // count lead bytes only: columns are characters
        }
    }
}
