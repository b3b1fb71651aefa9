#ifndef LIMBER_PIN_HASH_H
#define LIMBER_PIN_HASH_H

#include <stdbool.h>
#include <stddef.h>

// The kiosk's operator PIN, kept only as a salted hash (libxcrypt's
// yescrypt, the method Debian uses for /etc/shadow). The PIN itself is
// never stored or logged.

#define PIN_MIN_DIGITS 4
#define PIN_MAX_DIGITS 12
// Room for a yescrypt or SHA-512 crypt hash and its NUL.
#define PIN_HASH_SIZE 128

// True when pin is PIN_MIN_DIGITS to PIN_MAX_DIGITS ASCII digits.
bool pin_valid(const char *pin);

// Hashes pin with a new random salt into out (PIN_HASH_SIZE bytes).
// Returns false when libxcrypt could not (no randomness, no method).
bool pin_hash_make(const char *pin, char *out, size_t size);

// True when pin hashes to hash. Takes some tens of milliseconds on
// purpose (yescrypt's cost): guessing is slow.
bool pin_hash_matches(const char *pin, const char *hash);

// True when hash is one libxcrypt can check and does not consider weak
// (yescrypt, SHA-512, bcrypt...; not DES or MD5).
bool pin_hash_usable(const char *hash);

#endif
