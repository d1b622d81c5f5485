/* sc-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company's settings (stored in its file, each change one undoable
 * transaction) and the interface language (a preference of this computer,
 * applied at the next start).
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_PREFERENCES_WINDOW (sc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ScPreferencesWindow, sc_preferences_window, SC, PREFERENCES_WINDOW, GtkWindow)

/* store and settings may be NULL (no company open; no schema). */
ScPreferencesWindow *sc_preferences_window_new (GtkWindow *parent,
                                                ScStore   *store,
                                                GSettings *settings);
/* The message shown under the company settings, or NULL (tests). */
const char          *sc_preferences_window_get_error (ScPreferencesWindow *self);

G_END_DECLS
