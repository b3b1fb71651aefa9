// How long one language lookup takes (lang_lookup, docs/routine-format.md
// "Language tags") among 38 tags, as many as Workrave's exercises carry,
// for each way a wanted tag can be found. Screens look up a routine's
// language for every routine they list, every frame they draw.
//
//   build/bench/bench_lang_lookup [LOOKUPS] [RUNS]

#include <stdio.h>
#include <stdlib.h>

#include "bench_timer.h"
#include "lang.h"

static const char *const tags[] = {
    "en", "bg",      "ca", "cs", "da", "de", "el",    "es",   "et", "eu",
    "fa", "fi",      "fr", "ga", "he", "hr", "hu",    "id",   "it", "ja",
    "ko", "lt",      "nb", "nl", "pl", "pt", "pt-BR", "ro",   "ru", "sk",
    "sl", "sr-Latn", "sv", "te", "tr", "uk", "zh-CN", "zh-TW"};
enum { TAG_COUNT = sizeof tags / sizeof tags[0] };

int main(int argc, char **argv)
{
    int lookups = argc > 1 ? atoi(argv[1]) : 100000;
    int runs = argc > 2 ? atoi(argv[2]) : 11;
    static const struct {
        const char *wanted, *how;
    } cases[] = {
        {"uk", "the tag itself"},
        {"zh-Hant", "a tag that means the same (zh-TW)"},
        {"pt-PT", "a prefix (pt)"},
        {"zh-HK", "another variant (zh-TW)"},
        {"sr-Cyrl", "another script (sr-Latn)"},
        {"xx", "none: en"},
    };
    double *times = calloc((size_t)runs, sizeof(double));
    size_t sink = 0;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (int r = 0; r < runs; r++) {
            double start = bench_now_ms();
            for (int i = 0; i < lookups; i++)
                sink += lang_lookup(cases[c].wanted, NULL, tags, TAG_COUNT);
            times[r] = bench_now_ms() - start;
        }
        double median = bench_median(times, (size_t)runs);
        printf("%-8s %-36s %6.2f us a lookup (median of %d runs of %d)\n",
               cases[c].wanted, cases[c].how, median * 1e3 / lookups, runs,
               lookups);
    }
    free(times);
    return sink == 0; // keeps the loop from being optimised away
}
