#include "speech_wire.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include "xalloc.h"

bool wire_write(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == ENOTSOCK)
            w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

bool wire_read(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r;
        n -= (size_t)r;
    }
    return true;
}

bool wire_write_u32(int fd, uint32_t v)
{
    return wire_write(fd, &v, sizeof v);
}

bool wire_read_u32(int fd, uint32_t *v)
{
    return wire_read(fd, v, sizeof *v);
}

bool wire_write_field(int fd, const char *s, size_t n)
{
    return wire_write_u32(fd, (uint32_t)n) && wire_write(fd, s, n);
}

char *wire_read_field(int fd, uint32_t max)
{
    uint32_t n;
    if (!wire_read_u32(fd, &n) || n > max)
        return NULL;
    char *s = xmalloc(n + 1);
    if (!wire_read(fd, s, n)) {
        free(s);
        return NULL;
    }
    s[n] = '\0';
    return s;
}
