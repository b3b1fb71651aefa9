#include "sound_row.h"

#include "app_private.h"
#include "sound_control.h"

SDL_Rect sound_row_place(struct app *app, SDL_Rect row)
{
    if (!app->mirror.on)
        return row;
    // sound_control_draw right-aligns the control in its row: a row just
    // as wide leaves it where the mirror puts it. Inside, the speaker and
    // its buttons keep their order.
    return ui_place(app, sound_control_place(app, row));
}
