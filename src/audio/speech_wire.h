#ifndef LIMBER_SPEECH_WIRE_H
#define LIMBER_SPEECH_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The wire between the window and limber-voice (audio_speech.h): whole
// reads and writes on a descriptor, 32-bit numbers in native order, and
// fields of a length and its bytes.

// Bounds on what crosses it, so neither side believes a broken peer: a
// language tag, a line of guidance, a minute of speech, a reason.
#define WIRE_MAX_LANG   32
#define WIRE_MAX_TEXT   4096
#define WIRE_MAX_FRAMES (192000 * 60)
#define WIRE_MAX_WHY    200

// All n bytes, or false (the peer has gone). A socket is written with
// MSG_NOSIGNAL, so a helper that has died is an error here rather than a
// SIGPIPE that ends the window; anything else with write() (the
// helper's side, which ignores SIGPIPE).
bool wire_write(int fd, const void *buf, size_t n);
bool wire_read(int fd, void *buf, size_t n);

bool wire_write_u32(int fd, uint32_t v);
bool wire_read_u32(int fd, uint32_t *v);

// A length and its bytes.
bool wire_write_field(int fd, const char *s, size_t n);
// A field of at most max bytes as a new string (caller frees), or NULL.
char *wire_read_field(int fd, uint32_t max);

#endif
