#ifndef LIMBER_AUDIO_SPEECH_H
#define LIMBER_AUDIO_SPEECH_H

#include <stdbool.h>

#include "audio_pcm.h"
#include "audio_say.h"

// Speech made in a helper process, `limber-voice`, rather than in the
// program that plays it: espeak-ng's voice data and libraries (about
// 2.5 MB) then exist only while lines are being made, a few tens of
// milliseconds a phase, and a fresh helper can start in any language
// (espeak-ng cannot be stopped and started again in one process).
//
// The helper reads requests on its standard input and answers on its
// standard output, one answer per request, in order, until its input
// ends (speech_wire.h). A request: the language and the text, each as a
// 32-bit length and its bytes. An answer: the rate and the frame count as
// 32-bit integers and the samples (16-bit mono, native byte order), or rate 0
// and a reason of that many bytes for a line that could not be made.

// Where the helper is: $LIMBER_VOICE_HELPER when set (tests), else
// limber-voice beside the running program (a build tree), else in
// LIMBER_LIBEXECDIR (an installed one).
#define AUDIO_SPEECH_HELPER     "limber-voice"
#define AUDIO_SPEECH_HELPER_ENV "LIMBER_VOICE_HELPER"

struct audio_speaker;

// True when this build has a helper to start (it was built with
// libespeak-ng).
bool audio_speech_built_in(void);

// Where the helper is, as a new string (caller frees), or NULL when it
// cannot be found. Reads the environment: call it on the main thread.
char *audio_speech_helper_path(void);

// Starts the helper at path with the environment envp (a NULL-terminated
// array, borrowed for the call): a program with threads builds envp on its
// main thread, so that no thread reads environ while another changes it
// (the interface language sets LANGUAGE). The helper starts with no
// signal blocked and every signal at its default action, whatever the
// calling thread blocks (SDL's threads block most). On failure returns
// NULL with a static reason in *why.
struct audio_speaker *audio_speaker_start(const char *path, char *const envp[],
                                          const char **why);

// The helper's process id (for tests).
int audio_speaker_pid(const struct audio_speaker *sp);

// How long a helper has to end once its input closes before it is
// killed.
#define AUDIO_SPEECH_STOP_MS 1000

// Ends the helper (its input closes; it exits, or is killed after
// AUDIO_SPEECH_STOP_MS) and waits for it. Accepts NULL.
void audio_speaker_stop(struct audio_speaker *sp);

// From another thread: makes an audio_speaker_say that waits for the
// helper return at once, as if the helper had gone.
void audio_speaker_interrupt(struct audio_speaker *sp);

// Speaks text (UTF-8) with the voice for lang through the helper: a new
// buffer at espeak-ng's own rate (22050) that the caller frees, shaped as
// audio_voice_say shapes it; converting it to another rate is the
// player's job (SDL's, src/sound). On failure returns NULL with a
// reason in why (why_size bytes); when the helper itself has gone, *gone
// is set too and every later call fails.
struct audio_pcm *audio_speaker_say(struct audio_speaker *sp, const char *lang,
                                    const char *text, char *why,
                                    size_t why_size, bool *gone);

// sp as a sayer at espeak-ng's rate (audio_say.h); borrowed.
struct audio_say audio_speaker_sayer(struct audio_speaker *sp);

#endif
