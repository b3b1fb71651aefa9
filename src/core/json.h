#ifndef LIMBER_JSON_H
#define LIMBER_JSON_H

#include <stdio.h>

// Writes s as a JSON string with its quotes. UTF-8 passes through; quotes,
// backslashes and control characters are escaped.
void json_write_string(FILE *out, const char *s);

#endif
