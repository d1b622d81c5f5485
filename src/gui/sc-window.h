/* sc-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: one company file at a time, its pages, the primary
 * menu, the read-only banner and the toasts that confirm a change.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-application.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type ())

G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, GtkApplicationWindow)

ScWindow  *sc_window_new          (ScApplication *app);
/* Opens path, saying in the window what went wrong if it cannot (and
 * offering read-only access where that is possible). */
gboolean   sc_window_open_file    (ScWindow      *self,
                                   const char    *path);
/* Opens an already opened store (tests, read-only retries). */
void       sc_window_set_store    (ScWindow      *self,
                                   ScStore       *store);
ScStore   *sc_window_get_store    (ScWindow      *self);
/* A page of the pages stack ("scorecard", "plan"…), built when first
 * asked for; it gets the store when it is shown. */
GtkWidget *sc_window_get_page     (ScWindow      *self,
                                   const char    *name);
/* Whether that page is built yet (start-up builds only what it shows). */
gboolean   sc_window_has_page     (ScWindow      *self,
                                   const char    *name);

/* A short message at the bottom of the window; with button_label and
 * action_name, a button that activates the action (Undo…). */
void       sc_window_show_toast   (ScWindow      *self,
                                   const char    *message,
                                   const char    *button_label,
                                   const char    *action_name);
/* A modal message for what the user must know before going on. */
GtkWindow *sc_window_show_error   (ScWindow      *self,
                                   const char    *heading,
                                   const GError  *error);
/* The local file chosen in a save dialog, with the company file extension
 * added when it was left out; NULL when none. */
char       *sc_window_dup_chosen_path (GtkFileChooser *chooser);
/* The message of the toast shown last (tests). */
const char *sc_window_get_toast   (ScWindow      *self);

G_END_DECLS
