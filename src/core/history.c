#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "lang.h"
#include "xalloc.h"

void history_entry_from_session(struct history_entry *e,
                                const struct plan *plan, const char *lang,
                                int64_t start, const struct session_event *end)
{
    *e = (struct history_entry){
        .start = start, .duration_ms = end->t_ms, .completed = end->completed};
    snprintf(e->id, sizeof e->id, "%s", plan->routine->id);
    if (!lang_tag_parse(lang, e->lang))
        snprintf(e->lang, sizeof e->lang, "en");
    if (!end->completed) {
        // Stopped during the lead-in counts as stopped at step 1.
        int step = end->phase < plan->phase_count
                       ? plan->phases[end->phase].step
                       : (int)plan->routine->step_count - 1;
        e->stopped_at_step = step < 0 ? 1 : step + 1;
    }
}

char *history_default_path(void)
{
    return files_user_path(FILES_STATE, "history.jsonl");
}

bool history_save_session(const struct plan *plan, const char *lang,
                          int64_t start, const struct session_event *end)
{
    char *path = history_default_path();
    if (!path) {
        errno = ENOENT;
        return false;
    }
    struct history_entry e;
    history_entry_from_session(&e, plan, lang, start, end);
    bool ok = history_append(path, &e);
    int saved = errno;
    free(path);
    errno = saved;
    return ok;
}

static bool ends_in_newline(int fd)
{
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size == 0)
        return true;
    char last;
    return pread(fd, &last, 1, st.st_size - 1) == 1 && last == '\n';
}

static void format_time(int64_t t, char out[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

bool history_append(const char *path, const struct history_entry *e)
{
    if (!files_make_parents(path))
        return false;
    // Read access too: to check the last byte for a torn line.
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    char start[32];
    format_time(e->start, start);
    char stopped[48] = "";
    if (!e->completed)
        snprintf(stopped, sizeof stopped, ",\"stopped_at_step\":%d",
                 e->stopped_at_step);
    // Ids and normalised language tags are [A-Za-z0-9-]: nothing to
    // escape.
    char *line = xasprintf("%s{\"id\":\"%s\",\"lang\":\"%s\",\"start\":\"%s\","
                           "\"duration_ms\":%lld,\"completed\":%s%s}\n",
                           ends_in_newline(fd) ? "" : "\n", e->id, e->lang,
                           start, (long long)e->duration_ms,
                           e->completed ? "true" : "false", stopped);
    size_t len = strlen(line);
    // One write: with O_APPEND it lands whole at the end or, if the process
    // dies inside it, as a torn last line that readers skip.
    ssize_t n = write(fd, line, len);
    int saved = errno;
    bool ok = n == (ssize_t)len && fsync(fd) == 0;
    if (n != (ssize_t)len)
        errno = n < 0 ? saved : EIO;
    free(line);
    saved = errno;
    close(fd);
    errno = saved;
    return ok;
}

// A tiny reader for the flat objects this module writes: string, integer
// and boolean values, keys in any order. A key this version does not
// know (a later version's) is stepped over, so its sessions still count.
struct cursor {
    const char *p, *end;
};

static void skip_space(struct cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

static bool take(struct cursor *c, char ch)
{
    skip_space(c);
    if (c->p < c->end && *c->p == ch) {
        c->p++;
        return true;
    }
    return false;
}

// A string without escapes (ours never need them) into out.
static bool take_string(struct cursor *c, char *out, size_t size)
{
    if (!take(c, '"'))
        return false;
    size_t n = 0;
    while (c->p < c->end && *c->p != '"') {
        if (*c->p == '\\' || (unsigned char)*c->p < 0x20 || n + 1 >= size)
            return false;
        out[n++] = *c->p++;
    }
    out[n] = '\0';
    return take(c, '"');
}

static bool take_int(struct cursor *c, int64_t *out)
{
    skip_space(c);
    int64_t v = 0;
    const char *start = c->p;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9' &&
           v < INT64_MAX / 10 - 10)
        v = v * 10 + (*c->p++ - '0');
    *out = v;
    return c->p > start;
}

// Steps over one JSON value of any kind (a key a later version added):
// strings with their escapes, numbers, words, and nested arrays and
// objects up to a modest depth.
static bool skip_value(struct cursor *c, int depth)
{
    skip_space(c);
    if (c->p >= c->end || depth > 16)
        return false;
    char open = *c->p;
    if (open == '"') {
        for (c->p++; c->p < c->end && *c->p != '"'; c->p++) {
            if ((unsigned char)*c->p < 0x20)
                return false;
            if (*c->p == '\\' && ++c->p == c->end)
                return false;
        }
        return take(c, '"');
    }
    if (open == '[' || open == '{') {
        char close = open == '[' ? ']' : '}';
        c->p++;
        if (take(c, close))
            return true;
        do {
            if (open == '{') {
                skip_space(c);
                if (c->p >= c->end || *c->p != '"' ||
                    !skip_value(c, depth + 1) || !take(c, ':'))
                    return false;
            }
            if (!skip_value(c, depth + 1))
                return false;
        } while (take(c, ','));
        return take(c, close);
    }
    // A number or true, false, null.
    const char *start = c->p;
    while (c->p < c->end && strchr("+-.0123456789eEtrufalsn", *c->p))
        c->p++;
    return c->p > start;
}

static bool take_word(struct cursor *c, const char *word)
{
    skip_space(c);
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0)
        return false;
    c->p += n;
    return true;
}

static bool parse_time(const char *text, int64_t *out)
{
    struct tm tm = {0};
    int used = 0;
    if (sscanf(text, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon,
               &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &used) != 6 ||
        text[used] != '\0' || tm.tm_mon < 1 || tm.tm_mon > 12)
        return false;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    *out = (int64_t)timegm(&tm);
    return true;
}

bool history_parse_line(const char *line, size_t len, struct history_entry *out)
{
    struct cursor c = {line, line + len};
    struct history_entry e = {0};
    bool have_id = false, have_lang = false, have_start = false;
    bool have_duration = false, have_completed = false;
    if (!take(&c, '{'))
        return false;
    do {
        char key[32], text[HISTORY_ID_SIZE];
        const char *key_at = c.p;
        if (!take_string(&c, key, sizeof key)) {
            // A longer or escaped name is no key of ours: step over it.
            c.p = key_at;
            skip_space(&c);
            if (c.p >= c.end || *c.p != '"' || !skip_value(&c, 0))
                return false;
            key[0] = '\0';
        }
        if (!take(&c, ':'))
            return false;
        int64_t n;
        if (strcmp(key, "id") == 0) {
            have_id = take_string(&c, e.id, sizeof e.id) && e.id[0];
        } else if (strcmp(key, "lang") == 0) {
            // Older lines hold plain tags; any spelling is read normalised.
            have_lang = take_string(&c, text, sizeof text) &&
                        lang_tag_parse(text, e.lang);
        } else if (strcmp(key, "start") == 0) {
            have_start = take_string(&c, text, sizeof text) &&
                         parse_time(text, &e.start);
        } else if (strcmp(key, "duration_ms") == 0) {
            have_duration = take_int(&c, &e.duration_ms);
        } else if (strcmp(key, "completed") == 0) {
            e.completed = take_word(&c, "true");
            have_completed = e.completed || take_word(&c, "false");
        } else if (strcmp(key, "stopped_at_step") == 0) {
            if (!take_int(&c, &n) || n > 100000)
                return false;
            e.stopped_at_step = (int)n;
        } else if (!skip_value(&c, 0)) {
            return false;
        }
    } while (take(&c, ','));
    if (!take(&c, '}'))
        return false;
    skip_space(&c);
    if (c.p != c.end || !have_id || !have_lang || !have_start ||
        !have_duration || !have_completed)
        return false;
    if (e.completed)
        e.stopped_at_step = 0;
    *out = e;
    return true;
}

bool history_read(const char *path, struct history *h)
{
    *h = (struct history){0};
    FILE *f = fopen(path, "re");
    if (!f)
        return errno == ENOENT;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
        // A line without its newline was torn by a crash mid-write.
        bool whole = line[len - 1] == '\n';
        struct history_entry e;
        if (whole && history_parse_line(line, (size_t)len - 1, &e)) {
            xgrow((void **)&h->entries, &h->cap, h->count + 1,
                  sizeof(*h->entries));
            h->entries[h->count++] = e;
        } else if (len > 1 || whole == false) {
            h->skipped++;
        }
    }
    bool ok = !ferror(f);
    free(line);
    fclose(f);
    return ok;
}

void history_clear(struct history *h)
{
    free(h->entries);
    *h = (struct history){0};
}

// Local midnight of the day that holds t, days_back days earlier.
static time_t local_midnight(time_t t, int days_back)
{
    struct tm tm;
    localtime_r(&t, &tm);
    tm.tm_mday -= days_back;
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

time_t history_week_start(time_t now)
{
    struct tm tm;
    localtime_r(&now, &tm);
    return local_midnight(now, (tm.tm_wday + 6) % 7);
}

size_t history_this_week(const struct history *h, time_t now)
{
    time_t monday = history_week_start(now);
    size_t n = 0;
    for (size_t i = 0; i < h->count; i++)
        n += h->entries[i].start >= monday && h->entries[i].start <= now;
    return n;
}

static bool completed_on(const struct history *h, time_t from, time_t to)
{
    for (size_t i = 0; i < h->count; i++) {
        const struct history_entry *e = &h->entries[i];
        if (e->completed && e->start >= from && e->start < to)
            return true;
    }
    return false;
}

int history_streak_days(const struct history *h, time_t now)
{
    // Today without a session yet does not break the streak.
    int back = completed_on(h, local_midnight(now, 0), now + 1) ? 0 : 1;
    int streak = 0;
    while (completed_on(h, local_midnight(now, back + streak),
                        local_midnight(now, back + streak - 1))) {
        streak++;
        if (streak > 100000)
            break;
    }
    return streak;
}
