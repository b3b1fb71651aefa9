#include "ink_pool.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "outline.h"
#include "xalloc.h"

#define MAX_WORKERS 3
// Fewer glyphs than this are made by the caller alone: waking a worker
// costs about as much as making a glyph or two.
#define SHARED_FROM 4

// One thread's tools: outline_render's buffers and a FreeType library
// (FreeType's objects are not shared between threads: each worker opens
// its own, the caller brings its own to every batch).
struct inker {
    struct outline *outline;
    FT_Library lib;
};

struct worker {
    struct ink_pool *pool;
    struct inker inker;
    SDL_Thread *thread;
};

// A batch is published under lock with a new generation; the jobs are
// then claimed through next and counted through made without it. A
// worker that woke for a batch counts itself inside until it has left
// it, and the caller publishes the next batch only when none is inside,
// so no worker claims from a batch it did not see.
struct ink_pool {
    struct inker caller;
    struct worker workers[MAX_WORKERS];
    int worker_count;
    SDL_mutex *lock;
    SDL_cond *wake, *done;
    unsigned generation;
    int inside;
    bool quit;
    struct ink_job *jobs;
    size_t count;
    atomic_size_t next, made;
    atomic_ulong by_workers; // glyphs the workers made, for tests
};

static void ink_one(struct inker *k, struct ink_job *job)
{
    struct outline_ink ink;
    job->gray = NULL;
    if (!outline_render(k->outline, job->hb, job->gid, k->lib, &ink))
        return;
    size_t size = (size_t)ink.width * (size_t)ink.rows;
    job->gray = xmalloc(size);
    memcpy(job->gray, ink.gray, size);
    job->width = ink.width;
    job->rows = ink.rows;
    job->left = ink.left;
    job->top = ink.top;
}

static void claim_and_ink(struct ink_pool *p, struct inker *k,
                          struct ink_job *jobs, size_t count)
{
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= count)
            return;
        ink_one(k, &jobs[i]);
        if (k != &p->caller)
            atomic_fetch_add(&p->by_workers, 1);
        atomic_fetch_add(&p->made, 1);
    }
}

static int work(void *arg)
{
    struct worker *w = arg;
    struct ink_pool *p = w->pool;
    unsigned seen = 0;
    SDL_LockMutex(p->lock);
    for (;;) {
        while (p->generation == seen && !p->quit)
            SDL_CondWait(p->wake, p->lock);
        if (p->quit)
            break;
        seen = p->generation;
        p->inside++;
        struct ink_job *jobs = p->jobs;
        size_t count = p->count;
        SDL_UnlockMutex(p->lock);
        claim_and_ink(p, &w->inker, jobs, count);
        SDL_LockMutex(p->lock);
        p->inside--;
        SDL_CondBroadcast(p->done);
    }
    SDL_UnlockMutex(p->lock);
    return 0;
}

struct ink_pool *ink_pool_new(void)
{
    struct ink_pool *p = xcalloc(1, sizeof(*p));
    p->caller.outline = outline_new();
    p->lock = SDL_CreateMutex();
    p->wake = SDL_CreateCond();
    p->done = SDL_CreateCond();
    if (!p->lock || !p->wake || !p->done)
        return p; // the caller makes every glyph alone
    int want = SDL_GetCPUCount() - 1;
    want = want > MAX_WORKERS ? MAX_WORKERS : want;
    for (int i = 0; i < want; i++) {
        struct worker *w = &p->workers[p->worker_count];
        w->pool = p;
        if (FT_Init_FreeType(&w->inker.lib) != 0)
            break;
        w->inker.outline = outline_new();
        w->thread = SDL_CreateThread(work, "limber-ink", w);
        if (!w->thread) {
            outline_free(w->inker.outline);
            FT_Done_FreeType(w->inker.lib);
            break;
        }
        p->worker_count++;
    }
    return p;
}

void ink_pool_free(struct ink_pool *p)
{
    if (!p)
        return;
    if (p->lock) {
        SDL_LockMutex(p->lock);
        p->quit = true;
        SDL_CondBroadcast(p->wake);
        SDL_UnlockMutex(p->lock);
    }
    for (int i = 0; i < p->worker_count; i++) {
        SDL_WaitThread(p->workers[i].thread, NULL);
        outline_free(p->workers[i].inker.outline);
        FT_Done_FreeType(p->workers[i].inker.lib);
    }
    outline_free(p->caller.outline);
    SDL_DestroyCond(p->done);
    SDL_DestroyCond(p->wake);
    SDL_DestroyMutex(p->lock);
    free(p);
}

int ink_pool_workers(const struct ink_pool *p)
{
    return p->worker_count;
}

unsigned long ink_pool_made_by_workers(struct ink_pool *p)
{
    return atomic_load(&p->by_workers);
}

void ink_pool_run(struct ink_pool *p, FT_Library lib, struct ink_job *jobs,
                  size_t count)
{
    p->caller.lib = lib;
    if (p->worker_count == 0 || count < SHARED_FROM) {
        for (size_t i = 0; i < count; i++)
            ink_one(&p->caller, &jobs[i]);
        return;
    }
    SDL_LockMutex(p->lock);
    while (p->inside > 0) // a worker late for the last batch
        SDL_CondWait(p->done, p->lock);
    p->jobs = jobs;
    p->count = count;
    atomic_store(&p->next, 0);
    atomic_store(&p->made, 0);
    p->generation++;
    SDL_CondBroadcast(p->wake);
    SDL_UnlockMutex(p->lock);

    claim_and_ink(p, &p->caller, jobs, count);

    SDL_LockMutex(p->lock);
    while (atomic_load(&p->made) < count)
        SDL_CondWait(p->done, p->lock);
    SDL_UnlockMutex(p->lock);
}
