#include "hash_pin.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "pin_hash.h"

// Reads one line without its newline; false at end of input or when the
// line is too long to be a PIN.
static bool read_line(FILE *in, char *buf, size_t size)
{
    if (!fgets(buf, (int)size, in))
        return false;
    size_t n = strcspn(buf, "\r\n");
    bool whole = buf[n] != '\0' || feof(in);
    buf[n] = '\0';
    if (!whole) {
        int c;
        while ((c = fgetc(in)) != EOF && c != '\n')
            ;
        return false;
    }
    return true;
}

// Asks on err and reads from in with the terminal's echo off, so the PIN
// is not left on the screen.
static bool ask(FILE *in, FILE *err, const char *prompt, char *buf, size_t size)
{
    int fd = fileno(in);
    struct termios old, quiet;
    bool restore = tcgetattr(fd, &old) == 0;
    if (restore) {
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    fputs(prompt, err);
    fflush(err);
    bool ok = read_line(in, buf, size);
    if (restore)
        tcsetattr(fd, TCSAFLUSH, &old);
    return ok;
}

int hash_pin_run(FILE *in, FILE *out, FILE *err)
{
    char pin[64] = "", again[64] = "";
    bool tty = isatty(fileno(in));
    int status = 1;
    bool ok =
        tty ? ask(in, err, "Operator PIN (4 to 12 digits): ", pin, sizeof pin)
            : read_line(in, pin, sizeof pin);
    if (!ok || !pin_valid(pin)) {
        fprintf(err, "limber: a PIN is %d to %d digits, nothing else\n",
                PIN_MIN_DIGITS, PIN_MAX_DIGITS);
        goto end;
    }
    if (tty) {
        if (!ask(in, err, "The same PIN again: ", again, sizeof again) ||
            strcmp(pin, again) != 0) {
            fprintf(err, "limber: the two PINs differ; nothing printed\n");
            goto end;
        }
    }
    char hash[PIN_HASH_SIZE];
    if (!pin_hash_make(pin, hash, sizeof hash)) {
        fprintf(err, "limber: libxcrypt could not hash the PIN (no "
                     "yescrypt, or no randomness)\n");
        goto end;
    }
    fprintf(out, "pin: \"%s\"\n", hash);
    status = 0;
end:
    explicit_bzero(pin, sizeof pin);
    explicit_bzero(again, sizeof again);
    return status;
}
