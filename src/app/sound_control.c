#include "sound_control.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_private.h"
#include "msg.h"
#include "render.h"
#include "settings.h"
#include "sound.h"
#include "theme.h"
#include "xalloc.h"

struct sound_control {
    struct sound *sound;
    struct settings now;   // what plays
    struct settings saved; // what the file says: now without the overrides
    struct settings start; // as this run began: now, before any change
    // Changes made in the window are remembered; the command line's
    // overrides and a kiosk's visitors are not.
    bool remember;
    struct settings_writer writer; // the settings file, once changes settle
    // The device is opened for each routine (sound_control_prepare), not
    // before, and only while not muted: off when the last try failed,
    // said once the first did.
    bool routine; // a routine is prepared: the player is up
    bool off, said_off;
    // The note that sound is off: shown once, from the first frame that
    // has the control after the first failure, for SOUND_CONTROL_NOTE_MS.
    bool note_wanted;
    int64_t note_until_ms; // INT64_MAX until first shown
};

struct sound_control *sound_control_new(const struct app_config *cfg)
{
    struct sound_control *sc = xcalloc(1, sizeof(*sc));
    sc->now = settings_default();
    sc->note_until_ms = INT64_MAX;
    settings_writer_init(&sc->writer, NULL, NULL); // a kiosk writes none
    if (cfg->kiosk) {
        // A kiosk's volume is the operator's, in its config file.
        if (cfg->kiosk->volume >= 0)
            sc->now.volume = cfg->kiosk->volume;
    } else {
        char *path = settings_path();
        char *unknown = NULL;
        sc->remember = path != NULL;
        struct diag_list diags;
        diag_list_init(&diags, 5);
        if (path && !settings_read(path, &sc->now, &unknown, &diags)) {
            for (size_t i = 0; i < diags.count; i++)
                SDL_Log("%s:%d:%d: error: %s", diags.items[i].path,
                        diags.items[i].line, diags.items[i].col,
                        diags.items[i].message);
            SDL_Log("limber: using the default sound settings");
            sc->now = settings_default();
        }
        diag_list_clear(&diags);
        settings_writer_init(&sc->writer, path, unknown);
    }
    sc->saved = sc->now;
    const struct app_sound_options *o = cfg->sound;
    if (o && o->volume >= 0)
        sc->now.volume = o->volume;
    if (o && o->mute)
        sc->now.muted = true;
    if (o && o->no_voice)
        sc->now.voice = false;
    sc->start = sc->now;

    sc->sound = sound_new(sc->now.voice);
    sound_set_volume(sc->sound, sc->now.volume, sc->now.muted);
    return sc;
}

// Opens the device unless it is open. A failure is logged and noted on
// screen the first time only; the next routine tries again (a headset
// may have been plugged in).
static void open_device(struct sound_control *sc)
{
    char why[256];
    sc->off = !sound_open(sc->sound, why, sizeof why);
    if (sc->off && !sc->said_off) {
        SDL_Log("limber: %s; playing without sound", why);
        sc->said_off = true;
        sc->note_wanted = true;
    }
}

// Writes the settings if a change is due by now_ms (INT64_MAX: any).
static void save(struct sound_control *sc, int64_t now_ms)
{
    if (settings_writer_flush(&sc->writer, now_ms))
        return;
    SDL_Log("limber: cannot remember the sound settings in %s: %s",
            sc->writer.path, strerror(errno));
    sc->remember = false; // once is enough
}

void sound_control_free(struct sound_control *sc)
{
    if (!sc)
        return;
    sound_free(sc->sound);
    save(sc, INT64_MAX); // a change still settling is not lost at exit
    settings_writer_done(&sc->writer);
    free(sc);
}

// Muted, there is nothing to hear: no device, no audio thread waking
// every 10 ms. Unmuted with a routine in play, the device opens (its
// cues and lines follow the session from where it is).
static void follow_mute(struct sound_control *sc)
{
    if (sc->now.muted)
        sound_close(sc->sound);
    else if (sc->routine)
        open_device(sc);
}

void sound_control_prepare(struct app *app)
{
    struct sound_control *sc = app->sound;
    sc->routine = true;
    follow_mute(sc);
    sound_prepare(sc->sound, app->plan, app_routine_lang(app, app->routine));
}

void sound_control_forget(struct app *app)
{
    app->sound->routine = false;
    sound_forget(app->sound->sound);
}

void sound_control_release(struct app *app)
{
    if (app->sound)
        sound_close_when_quiet(app->sound->sound);
}

void sound_control_play(struct app *app, const struct session_event *ev)
{
    sound_play(app->sound->sound, ev);
}

// A device that goes away mid-routine shows the note again (the routine
// plays on silently); one that comes back takes it away.
bool sound_control_event(struct app *app, const SDL_Event *ev)
{
    struct sound_control *sc = app->sound;
    bool had = sound_available(sc->sound);
    if (!sound_handle_event(sc->sound, ev))
        return false;
    bool has = sound_available(sc->sound);
    if (had != has) {
        sc->off = !has;
        sc->note_wanted = !has;
        sc->note_until_ms = INT64_MAX;
        app->dirty = true;
    }
    return true;
}

// Applies sc->now and remembers what the person changed in the window
// (only that: --no-voice stays this run's).
static void changed(struct sound_control *sc, int what, int64_t now_ms)
{
    sound_set_volume(sc->sound, sc->now.volume, sc->now.muted);
    sound_set_voice(sc->sound, sc->now.voice);
    follow_mute(sc);
    if (what == SOUND_CONTROL_ID_VOICE) {
        sc->saved.voice = sc->now.voice;
    } else {
        sc->saved.volume = sc->now.volume;
        sc->saved.muted = sc->now.muted;
    }
    // Written once the presses settle (sound_control_tick), not here.
    if (sc->remember)
        settings_writer_change(&sc->writer, &sc->saved, now_ms);
}

void sound_control_restore(struct app *app)
{
    struct sound_control *sc = app->sound;
    sc->now = sc->start;
    sound_set_volume(sc->sound, sc->now.volume, sc->now.muted);
    sound_set_voice(sc->sound, sc->now.voice);
    follow_mute(sc);
    app->dirty = true;
}

static void step_volume(struct sound_control *sc, int by)
{
    int v = sc->now.volume + by;
    // Back on the grid of steps, so 75 goes to 80 and 70.
    v = by > 0 ? v / SOUND_CONTROL_STEP * SOUND_CONTROL_STEP
               : (v + SOUND_CONTROL_STEP - 1) / SOUND_CONTROL_STEP *
                     SOUND_CONTROL_STEP;
    sc->now.volume = v < 0 ? 0 : v > 100 ? 100 : v;
    // Turning it up means wanting to hear it.
    if (by > 0)
        sc->now.muted = false;
}

bool sound_control_input(struct app *app, const struct input *in)
{
    struct sound_control *sc = app->sound;
    int what = -1;
    if (in->kind == INPUT_MUTE)
        what = SOUND_CONTROL_ID_MUTE;
    else if (in->kind == INPUT_VOLUME_UP)
        what = SOUND_CONTROL_ID_LOUDER;
    else if (in->kind == INPUT_VOLUME_DOWN)
        what = SOUND_CONTROL_ID_QUIETER;
    else if (in->kind == INPUT_ACTIVATE)
        what = in->id;
    switch (what) {
    case SOUND_CONTROL_ID_MUTE:
        sc->now.muted = !sc->now.muted;
        break;
    case SOUND_CONTROL_ID_LOUDER:
        step_volume(sc, SOUND_CONTROL_STEP);
        break;
    case SOUND_CONTROL_ID_QUIETER:
        step_volume(sc, -SOUND_CONTROL_STEP);
        break;
    case SOUND_CONTROL_ID_VOICE:
        sc->now.voice = !sc->now.voice;
        break;
    default:
        return false;
    }
    changed(sc, what, clock_now(&app->clock));
    app->dirty = true;
    return true;
}

static SDL_Vertex vertex(float x, float y, SDL_Color c)
{
    return (SDL_Vertex){{x, y}, c, {0, 0}};
}

// A line from (x0, y0) to (x1, y1), width w, as two triangles.
static void stroke(SDL_Renderer *r, float x0, float y0, float x1, float y1,
                   float w, SDL_Color c)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = SDL_sqrtf(dx * dx + dy * dy);
    if (len <= 0)
        return;
    float nx = -dy / len * w / 2, ny = dx / len * w / 2;
    SDL_Vertex v[6] = {
        vertex(x0 + nx, y0 + ny, c), vertex(x1 + nx, y1 + ny, c),
        vertex(x1 - nx, y1 - ny, c), vertex(x0 + nx, y0 + ny, c),
        vertex(x1 - nx, y1 - ny, c), vertex(x0 - nx, y0 - ny, c),
    };
    SDL_RenderGeometry(r, NULL, v, 6, NULL, 0);
}

// A speaker in a square of side size at (x, y): its body and cone, and
// sound waves, or a cross when it is silent.
static void draw_speaker(struct app *app, float x, float y, float size,
                         bool silent, SDL_Color c)
{
    SDL_Renderer *r = app->renderer;
    float u = size / 12.0f;
    float cy = y + size / 2;
    SDL_Vertex v[9] = {
        // The body: a small square.
        vertex(x + 1 * u, cy - 2 * u, c),
        vertex(x + 4 * u, cy - 2 * u, c),
        vertex(x + 4 * u, cy + 2 * u, c),
        // The cone: a trapezoid, as two triangles with the body's edge.
        vertex(x + 1 * u, cy - 2 * u, c),
        vertex(x + 4 * u, cy + 2 * u, c),
        vertex(x + 1 * u, cy + 2 * u, c),
        vertex(x + 4 * u, cy - 2 * u, c),
        vertex(x + 7 * u, cy - 5 * u, c),
        vertex(x + 7 * u, cy + 5 * u, c),
    };
    SDL_RenderGeometry(r, NULL, v, 9, NULL, 0);
    SDL_Vertex cone[3] = {vertex(x + 4 * u, cy + 2 * u, c),
                          vertex(x + 4 * u, cy - 2 * u, c),
                          vertex(x + 7 * u, cy + 5 * u, c)};
    SDL_RenderGeometry(r, NULL, cone, 3, NULL, 0);
    if (silent) {
        stroke(r, x + 8.5f * u, cy - 2.5f * u, x + 11.5f * u, cy + 2.5f * u,
               1.3f * u, c);
        stroke(r, x + 8.5f * u, cy + 2.5f * u, x + 11.5f * u, cy - 2.5f * u,
               1.3f * u, c);
        return;
    }
    render_arc(r, x + 7 * u, cy, 2.2f * u, 3.3f * u, 0.15f, 0.35f, c);
    render_arc(r, x + 7 * u, cy, 4.2f * u, 5.3f * u, 0.15f, 0.35f, c);
}

static void draw_note(struct app *app, SDL_Rect under)
{
    struct sound_control *sc = app->sound;
    int64_t now = clock_now(&app->clock);
    if (sc->note_until_ms == INT64_MAX)
        sc->note_until_ms = now + SOUND_CONTROL_NOTE_MS;
    if (now >= sc->note_until_ms) {
        sc->note_wanted = false;
        return;
    }
    struct text_style st = ui_style(app, 24, FONT_REGULAR, theme.text);
    st.max_lines = 1;
    st.align = TEXT_CENTER;
    st.valign = TEXT_MIDDLE;
    const char *note = msg_get(MSG_SOUND_OFF, app->lang);
    int pad = app_px(app, 12);
    int h = app_px(app, 40);
    SDL_Rect t = text_measure(app->text, note,
                              (SDL_Rect){0, 0, app->w - 2 * pad, h}, &st);
    SDL_Rect pill = {under.x + under.w - t.w - 2 * pad, under.y + under.h + pad,
                     t.w + 2 * pad, h};
    if (pill.x < pad)
        pill.x = pad;
    render_round_rect(app->renderer, pill, h / 2, theme.surface);
    text_draw(app->text, note, pill, &st);
}

// What fits in row: the speaker always, then the voice switch, then - and
// +. Widths in pixels; 0 for a part left out.
struct layout {
    int gap, speaker_w, pm_w, voice_w;
    SDL_Rect used;
};

static struct layout lay_out(struct app *app, SDL_Rect row)
{
    int h = row.h;
    struct layout l = {.gap = app_px(app, 10) > 4 ? app_px(app, 10) : 4,
                       .speaker_w = h * 12 / 5,
                       .pm_w = h,
                       .voice_w = h * 14 / 5};
    if (l.speaker_w + 2 * l.pm_w + l.voice_w + 3 * l.gap > row.w)
        l.pm_w = 0;
    if (!l.pm_w && l.speaker_w + l.voice_w + l.gap > row.w)
        l.voice_w = 0;
    if (l.speaker_w > row.w) {
        l.speaker_w = 0;
        l.used = (SDL_Rect){row.x + row.w, row.y, 0, 0};
        return l;
    }
    int w = l.speaker_w + (l.pm_w ? 2 * (l.pm_w + l.gap) : 0) +
            (l.voice_w ? l.voice_w + l.gap : 0);
    l.used = (SDL_Rect){row.x + row.w - w, row.y, w, h};
    return l;
}

SDL_Rect sound_control_place(struct app *app, SDL_Rect row)
{
    return lay_out(app, row).used;
}

SDL_Rect sound_control_draw(struct app *app, SDL_Rect row)
{
    struct sound_control *sc = app->sound;
    struct layout l = lay_out(app, row);
    if (!l.speaker_w)
        return l.used;
    int h = row.h, gap = l.gap, speaker_w = l.speaker_w, pm_w = l.pm_w;
    int voice_w = l.voice_w;
    int x = l.used.x;
    SDL_Rect used = l.used;

    bool silent = sc->now.muted || sc->off;
    SDL_Rect speaker = {x, row.y, speaker_w, h};
    ui_box(app, SOUND_CONTROL_ID_MUTE, speaker, UI_PLAIN);
    SDL_Color fg = silent ? theme.muted : theme.text;
    float icon = (float)h * 0.6f;
    draw_speaker(app, (float)x + (float)h * 0.2f,
                 (float)row.y + ((float)h - icon) / 2, icon, silent, fg);
    char label[32];
    if (sc->now.muted)
        snprintf(label, sizeof label, "%s", msg_get(MSG_MUTED, app->lang));
    else
        snprintf(label, sizeof label, msg_get(MSG_VOLUME_PERCENT, app->lang),
                 sc->now.volume);
    struct text_style st = ui_style(app, 26, FONT_BOLD, fg);
    st.max_lines = 1;
    st.min_px = st.px / 2;
    st.valign = TEXT_MIDDLE;
    st.align = TEXT_CENTER;
    int text_x = x + (int)((float)h * 0.9f);
    text_draw(app->text, label,
              (SDL_Rect){text_x, row.y, x + speaker_w - text_x - gap, h}, &st);
    x += speaker_w + gap;
    if (pm_w) {
        ui_button(app, SOUND_CONTROL_ID_QUIETER, (SDL_Rect){x, row.y, pm_w, h},
                  "−", UI_PLAIN);
        x += pm_w + gap;
        ui_button(app, SOUND_CONTROL_ID_LOUDER, (SDL_Rect){x, row.y, pm_w, h},
                  "+", UI_PLAIN);
        x += pm_w + gap;
    }
    if (voice_w)
        ui_button(
            app, SOUND_CONTROL_ID_VOICE, (SDL_Rect){x, row.y, voice_w, h},
            msg_get(sc->now.voice ? MSG_VOICE_ON : MSG_VOICE_OFF, app->lang),
            UI_PLAIN);
    if (sc->note_wanted)
        draw_note(app, used);
    return used;
}

int64_t sound_control_deadline_ms(struct app *app)
{
    struct sound_control *sc = app->sound;
    if (!sc || !sc->note_wanted || sc->note_until_ms == INT64_MAX)
        return INT64_MAX;
    // Past its time: the frame drawn at the deadline had it no more, or
    // the screen did not show the control at all.
    if (clock_now(&app->clock) >= sc->note_until_ms) {
        sc->note_wanted = false;
        return INT64_MAX;
    }
    return sc->note_until_ms;
}

void sound_control_tick(struct app *app)
{
    save(app->sound, clock_now(&app->clock));
}

int64_t sound_control_save_deadline_ms(const struct app *app)
{
    return settings_writer_deadline_ms(&app->sound->writer);
}

void sound_control_save_now(struct app *app)
{
    if (app->sound)
        save(app->sound, INT64_MAX);
}

int sound_control_volume(const struct app *app)
{
    return app->sound->now.volume;
}

bool sound_control_muted(const struct app *app)
{
    return app->sound->now.muted;
}

bool sound_control_voice(const struct app *app)
{
    return app->sound->now.voice;
}

bool sound_control_available(const struct app *app)
{
    return sound_available(app->sound->sound);
}

size_t sound_control_lines_ready(const struct app *app)
{
    return sound_lines_ready(app->sound->sound);
}

struct sound *sound_control_sound(struct app *app)
{
    return app->sound->sound;
}

void sound_control_remember_motion(struct app *app, bool reduce)
{
    struct sound_control *sc = app->sound;
    sc->saved.reduce_motion = reduce;
    if (sc->remember)
        settings_writer_change(&sc->writer, &sc->saved, clock_now(&app->clock));
}
