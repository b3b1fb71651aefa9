#ifndef LIMBER_AUDIO_TRACK_H
#define LIMBER_AUDIO_TRACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "audio_cue.h"
#include "audio_say.h"
#include "plan.h"

// The guided audio track: every cue and spoken line of a plan laid on a
// timeline at its exact sample offset. The track holds references to the
// sounds, not the mixed samples, so an hour costs a few kilobytes; any
// stretch of it is mixed on demand by audio_track_render, for a file or
// for a live mixer.
//
// Where sounds overlap, a later one is made quieter as a whole, just
// enough that the mix never passes AUDIO_CEILING_DB. Cues come first: a
// spoken line gives way to them, never the other way round.

// Spoken lines start this long after their phase's cue, so the cue is
// heard first.
#define AUDIO_TRACK_VOICE_DELAY_MS 300
// The finish sound ends the track: it starts this long before the end
// (after the last tick, 1 s before the end), with "well done" over it.
#define AUDIO_TRACK_FINISH_LEAD_MS 900

enum audio_track_source { AUDIO_TRACK_CUE, AUDIO_TRACK_VOICE };

struct audio_track_event {
    int64_t at;             // first frame on the timeline
    size_t frames;          // its length (may run past the end of the track)
    const int16_t *samples; // borrowed from the cues, or owned by the track
    double gain;            // 0..1, applied when mixing
    enum audio_track_source source;
    enum audio_cue cue; // AUDIO_TRACK_CUE: which one
    const char *text;   // AUDIO_TRACK_VOICE: what it says (owned)
};

struct audio_track;

// Lays out plan at the rate of cues. With a sayer (may be NULL: cues
// only), which must speak at that rate, it also speaks each phase's line
// in lang (the routine's shown language). The track's events point into
// cues, which must outlive it; plan and say are used only during the
// call. Returns NULL when a line could not be spoken, pointing *why at
// the sayer's reason.
struct audio_track *audio_track_new(const struct plan *plan, const char *lang,
                                    const struct audio_cues *cues,
                                    const struct audio_say *say,
                                    const char **why);

// Accepts NULL.
void audio_track_free(struct audio_track *t);

int audio_track_rate(const struct audio_track *t);

// The track's length: the plan's total_ms at the rate, to the sample.
int64_t audio_track_frames(const struct audio_track *t);

// The events in time order (count in *count), owned by the track.
const struct audio_track_event *audio_track_events(const struct audio_track *t,
                                                   size_t *count);

// Mixes frames frames starting at frame from into out (mono). Frames
// outside the track are silence; the last few milliseconds fade out so a
// sound cut by the end does not click.
void audio_track_render(const struct audio_track *t, int64_t from, int16_t *out,
                        size_t frames);

#endif
