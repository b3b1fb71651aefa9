#include "input.h"

static enum input_kind from_key(const SDL_KeyboardEvent *key)
{
    switch (key->keysym.sym) {
    case SDLK_UP:
        return INPUT_UP;
    case SDLK_DOWN:
        return INPUT_DOWN;
    case SDLK_LEFT:
        return INPUT_LEFT;
    case SDLK_RIGHT:
        return INPUT_RIGHT;
    case SDLK_TAB:
        return key->keysym.mod & KMOD_SHIFT ? INPUT_BACKTAB : INPUT_TAB;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        return INPUT_ENTER;
    case SDLK_SPACE:
        return INPUT_SPACE;
    case SDLK_n:
        return INPUT_NEXT;
    case SDLK_p:
        return INPUT_PREV;
    case SDLK_ESCAPE:
    case SDLK_BACKSPACE:
    case SDLK_AC_BACK:
        return INPUT_BACK;
    case SDLK_q:
        return INPUT_QUIT;
    case SDLK_m:
        return INPUT_MUTE;
    case SDLK_PLUS:
    case SDLK_EQUALS: // + without Shift on most layouts
    case SDLK_KP_PLUS:
        return INPUT_VOLUME_UP;
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        return INPUT_VOLUME_DOWN;
    default:
        return INPUT_NONE;
    }
}

void input_unrotate(int rotation, int out_w, int out_h, int *x, int *y)
{
    int ox = *x, oy = *y;
    switch (rotation) {
    case 90: // the canvas's top runs down the output's right edge
        *x = oy;
        *y = out_w - 1 - ox;
        break;
    case 180:
        *x = out_w - 1 - ox;
        *y = out_h - 1 - oy;
        break;
    case 270:
        *x = out_h - 1 - oy;
        *y = ox;
        break;
    default:
        break;
    }
}

bool input_from_event(const SDL_Event *ev, const struct input_view *view,
                      struct input *out)
{
    float sx = view->scale_x, sy = view->scale_y;
    int w = view->out_w, h = view->out_h;
    *out = (struct input){INPUT_NONE, 0, 0, 0};
    switch (ev->type) {
    case SDL_KEYDOWN:
        out->kind = from_key(&ev->key);
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        // Fingers arrive on their own below; SDL's mouse copies of them
        // would press every button twice.
        if (ev->button.which == SDL_TOUCH_MOUSEID ||
            ev->button.button != SDL_BUTTON_LEFT)
            return false;
        out->kind =
            ev->type == SDL_MOUSEBUTTONDOWN ? INPUT_PRESS : INPUT_RELEASE;
        out->x = (int)((float)ev->button.x * sx);
        out->y = (int)((float)ev->button.y * sy);
        break;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
        out->kind = ev->type == SDL_FINGERDOWN ? INPUT_PRESS : INPUT_RELEASE;
        out->x = (int)(ev->tfinger.x * (float)w);
        out->y = (int)(ev->tfinger.y * (float)h);
        break;
    case SDL_FINGERMOTION:
        out->kind = INPUT_MOVE;
        out->x = (int)(ev->tfinger.x * (float)w);
        out->y = (int)(ev->tfinger.y * (float)h);
        break;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID ||
            !(ev->motion.state & SDL_BUTTON_LMASK))
            return false;
        out->kind = INPUT_MOVE;
        out->x = (int)((float)ev->motion.x * sx);
        out->y = (int)((float)ev->motion.y * sy);
        break;
    case SDL_MOUSEWHEEL:
        if (ev->wheel.which == SDL_TOUCH_MOUSEID || ev->wheel.y == 0)
            return false;
        out->kind = INPUT_SCROLL;
        out->y = ev->wheel.y > 0 ? 1 : -1;
        break;
    default:
        break;
    }
    if (out->kind == INPUT_PRESS || out->kind == INPUT_RELEASE ||
        out->kind == INPUT_MOVE)
        input_unrotate(view->rotation, w, h, &out->x, &out->y);
    return out->kind != INPUT_NONE;
}
