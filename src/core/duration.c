#include "duration.h"

#include <stdio.h>

// Far above any real routine, low enough that sums of many steps never
// overflow int64_t milliseconds.
#define MAX_SECONDS (1000LL * 3600)

bool duration_parse(const char *text, int64_t *ms)
{
    static const struct {
        char unit;
        int64_t seconds;
    } units[] = {{'h', 3600}, {'m', 60}, {'s', 1}};
    const char *p = text;
    int64_t total = 0;
    size_t next_unit = 0; // units must come in order h, m, s
    bool any = false;

    while (*p) {
        if (*p < '0' || *p > '9')
            return false;
        int64_t n = 0;
        while (*p >= '0' && *p <= '9') {
            n = n * 10 + (*p++ - '0');
            if (n > MAX_SECONDS)
                return false;
        }
        if (*p == '\0') {
            // A bare number is seconds, and only when it stands alone.
            if (any)
                return false;
            total = n;
            any = true;
            break;
        }
        size_t u = next_unit;
        while (u < sizeof units / sizeof units[0] && units[u].unit != *p)
            u++;
        if (u == sizeof units / sizeof units[0])
            return false;
        total += n * units[u].seconds;
        if (total > MAX_SECONDS)
            return false;
        next_unit = u + 1;
        any = true;
        p++;
    }
    if (!any)
        return false;
    *ms = total * 1000;
    return true;
}

char *duration_format(int64_t ms, char *buf, size_t size)
{
    int64_t s = ms / 1000;
    int64_t h = s / 3600, m = s / 60 % 60, sec = s % 60;
    int len = 0;
    buf[0] = '\0';
    if (h)
        len += snprintf(buf + len, size - (size_t)len, "%lldh", (long long)h);
    if (m && (size_t)len < size)
        len += snprintf(buf + len, size - (size_t)len, "%lldm", (long long)m);
    if ((sec || (!h && !m)) && (size_t)len < size)
        snprintf(buf + len, size - (size_t)len, "%llds", (long long)sec);
    return buf;
}
