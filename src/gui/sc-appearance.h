/* sc-appearance.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Light or dark style. GTK 4.8 without libadwaita does not follow the
 * desktop's dark style preference by itself: we read it from the settings
 * portal (org.freedesktop.appearance color-scheme), follow its changes,
 * and let the user override it in Preferences (the "style" key).
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Applies the style preference of settings (NULL: follow the desktop) now
 * and whenever it or the desktop's preference changes. */
void     sc_appearance_init      (GSettings *settings);
gboolean sc_appearance_is_dark   (void);

G_END_DECLS
