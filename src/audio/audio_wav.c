#include "audio_wav.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define HEADER_SIZE 44

struct audio_wav {
    FILE *file;
    int rate, channels;
    uint64_t frames;
    bool failed;
};

uint64_t audio_wav_max_frames(int channels)
{
    // The RIFF size field counts everything after its first 8 bytes.
    return (UINT32_MAX - (HEADER_SIZE - 8)) / (2u * (unsigned)channels);
}

static void put16(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)(v >> 8 & 0xff);
}

static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v & 0xffff);
    put16(p + 2, v >> 16);
}

// The canonical 44-byte header, little-endian whatever the host.
static bool write_header(FILE *f, int rate, int channels, uint64_t frames)
{
    uint32_t data = (uint32_t)(frames * 2u * (unsigned)channels);
    uint32_t frame_bytes = 2u * (uint32_t)channels;
    unsigned char h[HEADER_SIZE] = "RIFF....WAVEfmt ";
    put32(h + 4, HEADER_SIZE - 8 + data);
    put32(h + 16, 16); // the fmt chunk's size
    put16(h + 20, 1);  // integer PCM
    put16(h + 22, (uint32_t)channels);
    put32(h + 24, (uint32_t)rate);
    put32(h + 28, (uint32_t)rate * frame_bytes); // bytes a second
    put16(h + 32, frame_bytes);
    put16(h + 34, 16); // bits a sample
    memcpy(h + 36, "data", 4);
    put32(h + 40, data);
    return fwrite(h, 1, sizeof h, f) == sizeof h;
}

struct audio_wav *audio_wav_open(const char *path, int rate, int channels)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    if (!write_header(f, rate, channels, 0)) {
        int e = errno;
        fclose(f);
        errno = e;
        return NULL;
    }
    struct audio_wav *w = xcalloc(1, sizeof(*w));
    w->file = f;
    w->rate = rate;
    w->channels = channels;
    return w;
}

bool audio_wav_write(struct audio_wav *w, const int16_t *samples, size_t frames)
{
    if (w->frames + frames > audio_wav_max_frames(w->channels)) {
        w->failed = true;
        errno = EFBIG;
        return false;
    }
    size_t count = frames * (size_t)w->channels;
    unsigned char buf[8192];
    size_t done = 0;
    while (done < count) {
        size_t n =
            count - done < sizeof buf / 2 ? count - done : sizeof buf / 2;
        for (size_t i = 0; i < n; i++)
            put16(buf + 2 * i, (uint16_t)samples[done + i]);
        if (fwrite(buf, 2, n, w->file) != n) {
            w->failed = true;
            return false;
        }
        done += n;
    }
    w->frames += frames;
    return true;
}

bool audio_wav_close(struct audio_wav *w)
{
    if (!w)
        return true;
    bool ok = !w->failed;
    int e = errno;
    if (ok) {
        ok = fseek(w->file, 0, SEEK_SET) == 0 &&
             write_header(w->file, w->rate, w->channels, w->frames);
        e = errno;
    }
    if (fclose(w->file) != 0 && ok) {
        ok = false;
        e = errno;
    }
    free(w);
    errno = e;
    return ok;
}

bool audio_wav_save(const char *path, const struct audio_pcm *pcm)
{
    struct audio_wav *w = audio_wav_open(path, pcm->rate, 1);
    if (!w)
        return false;
    bool ok = audio_wav_write(w, pcm->samples, pcm->frames);
    return audio_wav_close(w) && ok;
}
