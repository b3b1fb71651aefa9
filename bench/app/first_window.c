// Time from launch to the first mapped window of a program, under X11.
// Subscribes to the root window's map events before it forks, so the
// window cannot appear unseen.
//   bench_first_window COMMAND [ARG]...
// Prints the milliseconds, then kills the program (SIGTERM).

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xlib.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_first_window COMMAND [ARG]...\n");
        return 2;
    }
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "bench_first_window: no X display\n");
        return 1;
    }
    XSelectInput(dpy, DefaultRootWindow(dpy), SubstructureNotifyMask);
    XSync(dpy, False);
    double start = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    double mapped = -1;
    while (mapped < 0) {
        XEvent ev;
        XNextEvent(dpy, &ev);
        if (ev.type == MapNotify)
            mapped = now_ms();
    }
    printf("%.1f\n", mapped - start);
    fflush(stdout);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    XCloseDisplay(dpy);
    return 0;
}
