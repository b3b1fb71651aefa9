#include "render.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "xalloc.h"

#define TURN 6.28318530718f

void render_fill_rect(SDL_Renderer *r, SDL_Rect rect, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE
                                             : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(r, &rect);
}

static SDL_Vertex vertex(float x, float y, SDL_Color c)
{
    return (SDL_Vertex){{x, y}, c, {0, 0}};
}

// A band between two closed outlines of n points each (inner[i] faces
// outer[i]), as two triangles per segment.
static void band(SDL_Renderer *r, const SDL_FPoint *inner, SDL_Color ci,
                 const SDL_FPoint *outer, SDL_Color co, int n, bool closed)
{
    int segs = closed ? n : n - 1;
    SDL_Vertex *v = xmalloc(sizeof(*v) * (size_t)segs * 6);
    int k = 0;
    for (int i = 0; i < segs; i++) {
        int j = (i + 1) % n;
        v[k++] = vertex(inner[i].x, inner[i].y, ci);
        v[k++] = vertex(outer[i].x, outer[i].y, co);
        v[k++] = vertex(outer[j].x, outer[j].y, co);
        v[k++] = vertex(inner[i].x, inner[i].y, ci);
        v[k++] = vertex(outer[j].x, outer[j].y, co);
        v[k++] = vertex(inner[j].x, inner[j].y, ci);
    }
    SDL_RenderGeometry(r, NULL, v, k, NULL, 0);
    free(v);
}

// The outline of a rounded rectangle grown by grow pixels, as n points
// (n = 4 * (steps + 1)), clockwise from the top-left corner.
static int round_outline(SDL_Rect rect, float radius, float grow, int steps,
                         SDL_FPoint *out)
{
    float x0 = rect.x + radius, x1 = rect.x + rect.w - radius;
    float y0 = rect.y + radius, y1 = rect.y + rect.h - radius;
    const float cx[4] = {x0, x1, x1, x0}, cy[4] = {y0, y0, y1, y1};
    int n = 0;
    for (int corner = 0; corner < 4; corner++) {
        for (int i = 0; i <= steps; i++) {
            // Corners start at 180 deg (left) and turn clockwise.
            float a = TURN * (0.5f + 0.25f * corner) +
                      TURN * 0.25f * (float)i / (float)steps;
            out[n].x = cx[corner] + cosf(a) * (radius + grow);
            out[n].y = cy[corner] + sinf(a) * (radius + grow);
            n++;
        }
    }
    return n;
}

static int corner_steps(float radius)
{
    int steps = (int)(radius / 2.0f) + 2;
    return steps > 24 ? 24 : steps;
}

void render_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color c)
{
    if (rect.w <= 0 || rect.h <= 0)
        return;
    if (radius * 2 > rect.w)
        radius = rect.w / 2;
    if (radius * 2 > rect.h)
        radius = rect.h / 2;
    if (radius < 1) {
        render_fill_rect(r, rect, c);
        return;
    }
    int steps = corner_steps((float)radius);
    int n = 4 * (steps + 1);
    SDL_FPoint *in = xmalloc(sizeof(*in) * (size_t)n * 2);
    SDL_FPoint *out = in + n;
    // The body is inset half a pixel so the fringe straddles the edge.
    round_outline(rect, (float)radius, -0.5f, steps, in);
    round_outline(rect, (float)radius, 0.5f, steps, out);
    SDL_Color clear = {c.r, c.g, c.b, 0};
    SDL_Vertex *v = xmalloc(sizeof(*v) * (size_t)n * 3);
    float mx = rect.x + rect.w / 2.0f, my = rect.y + rect.h / 2.0f;
    int k = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        v[k++] = vertex(mx, my, c);
        v[k++] = vertex(in[i].x, in[i].y, c);
        v[k++] = vertex(in[j].x, in[j].y, c);
    }
    SDL_RenderGeometry(r, NULL, v, k, NULL, 0);
    free(v);
    band(r, in, c, out, clear, n, true);
    free(in);
}

void render_round_frame(SDL_Renderer *r, SDL_Rect rect, int radius,
                        int thickness, SDL_Color c)
{
    if (rect.w <= 0 || rect.h <= 0 || thickness <= 0)
        return;
    if (radius * 2 > rect.w)
        radius = rect.w / 2;
    if (radius * 2 > rect.h)
        radius = rect.h / 2;
    if (radius < thickness + 1)
        radius = thickness + 1;
    int steps = corner_steps((float)radius);
    int n = 4 * (steps + 1);
    SDL_FPoint *p = xmalloc(sizeof(*p) * (size_t)n * 4);
    float t = (float)thickness;
    round_outline(rect, (float)radius, -t - 0.5f, steps, p);
    round_outline(rect, (float)radius, -t + 0.5f, steps, p + n);
    round_outline(rect, (float)radius, -0.5f, steps, p + 2 * n);
    round_outline(rect, (float)radius, 0.5f, steps, p + 3 * n);
    SDL_Color clear = {c.r, c.g, c.b, 0};
    band(r, p, clear, p + n, c, n, true);
    band(r, p + n, c, p + 2 * n, c, n, true);
    band(r, p + 2 * n, c, p + 3 * n, clear, n, true);
    free(p);
}

void render_arc(SDL_Renderer *r, float cx, float cy, float r_in, float r_out,
                float from, float to, SDL_Color c)
{
    if (to <= from || r_out <= r_in)
        return;
    float span = to - from;
    int n = (int)(span * r_out * TURN / 4.0f) + 2;
    if (n > 2048)
        n = 2048;
    SDL_FPoint *p = xmalloc(sizeof(*p) * (size_t)n * 4);
    const float radii[4] = {r_in - 0.5f, r_in + 0.5f, r_out - 0.5f,
                            r_out + 0.5f};
    for (int ring = 0; ring < 4; ring++) {
        for (int i = 0; i < n; i++) {
            float a =
                TURN * (from + span * (float)i / (float)(n - 1)) - TURN / 4.0f;
            p[ring * n + i].x = cx + cosf(a) * radii[ring];
            p[ring * n + i].y = cy + sinf(a) * radii[ring];
        }
    }
    SDL_Color clear = {c.r, c.g, c.b, 0};
    bool closed = span >= 0.9999f;
    band(r, p, clear, p + n, c, n, closed);
    band(r, p + n, c, p + 2 * n, c, n, closed);
    band(r, p + 2 * n, c, p + 3 * n, clear, n, closed);
    free(p);
}
