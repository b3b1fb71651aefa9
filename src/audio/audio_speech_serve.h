#ifndef LIMBER_AUDIO_SPEECH_SERVE_H
#define LIMBER_AUDIO_SPEECH_SERVE_H

// limber-voice's side of the speech helper (audio_speech.h): answers the
// requests read from in_fd on out_fd with lines from libespeak-ng until
// in_fd ends. Returns 0, or 1 when the pipe broke. In its own library,
// limber_voice, so that nothing else links libespeak-ng.
int audio_speech_serve(int in_fd, int out_fd);

#endif
