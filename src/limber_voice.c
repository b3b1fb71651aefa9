// limber-voice: the helper that speaks the trainer's lines
// (audio_speech.h). It lives only while the window has lines to make,
// so espeak-ng's memory is spent only then.

#include <signal.h>

#include "audio_speech_serve.h"

int main(void)
{
    // A window that went away is a broken pipe: end quietly.
    signal(SIGPIPE, SIG_IGN);
    return audio_speech_serve(0, 1);
}
