#include "pin_hash.h"

#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

bool pin_valid(const char *pin)
{
    size_t n = strlen(pin);
    if (n < PIN_MIN_DIGITS || n > PIN_MAX_DIGITS)
        return false;
    return strspn(pin, "0123456789") == n;
}

bool pin_hash_make(const char *pin, char *out, size_t size)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    // A NULL random source asks libxcrypt to read the OS's (getrandom),
    // and a count of 0 picks yescrypt's default cost.
    if (!crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt))
        return false;
    struct crypt_data *data = xcalloc(1, sizeof(*data));
    const char *hash = crypt_rn(pin, salt, data, sizeof(*data));
    bool ok = hash && hash[0] == '$' && strlen(hash) < size;
    if (ok)
        memcpy(out, hash, strlen(hash) + 1);
    explicit_bzero(data, sizeof(*data));
    free(data);
    return ok;
}

bool pin_hash_matches(const char *pin, const char *hash)
{
    struct crypt_data *data = xcalloc(1, sizeof(*data));
    const char *got = crypt_rn(pin, hash, data, sizeof(*data));
    bool same = false;
    // crypt_rn returns NULL or a string starting with '*' on failure.
    if (got && got[0] == '$' && strlen(got) == strlen(hash)) {
        // Every byte is compared, so the time says nothing of where
        // they differ.
        unsigned char diff = 0;
        for (size_t i = 0; hash[i]; i++)
            diff |= (unsigned char)(got[i] ^ hash[i]);
        same = diff == 0;
    }
    explicit_bzero(data, sizeof(*data));
    free(data);
    return same;
}

bool pin_hash_usable(const char *hash)
{
    if (hash[0] != '$' || crypt_checksalt(hash) != CRYPT_SALT_OK)
        return false;
    // crypt_checksalt accepts a bare setting ("$y$"); a whole hash is one
    // that hashing anything with it as the setting gives as long a string
    // with the same setting.
    struct crypt_data *data = xcalloc(1, sizeof(*data));
    const char *again = crypt_rn("", hash, data, sizeof(*data));
    const char *last = strrchr(hash, '$');
    bool whole = again && again[0] == '$' && strlen(again) == strlen(hash) &&
                 last[1] != '\0' &&
                 strncmp(again, hash, (size_t)(last - hash)) == 0;
    free(data);
    return whole;
}
