#ifndef LIMBER_HASH_PIN_H
#define LIMBER_HASH_PIN_H

#include <stdio.h>

// --hash-pin: reads an operator PIN from in and prints the line to paste
// into the kiosk config (`pin: "$y$..."`) on out. On a terminal it asks
// twice without echo; from a pipe it reads one line. Returns the exit
// status: 0, or 1 with the reason on err.
int hash_pin_run(FILE *in, FILE *out, FILE *err);

#endif
