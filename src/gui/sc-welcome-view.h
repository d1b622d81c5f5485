/* sc-welcome-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window shows when no company file is open: create my company,
 * open the sample company, open a file, and the recent files.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-records.h"

G_BEGIN_DECLS

#define SC_TYPE_WELCOME_VIEW (sc_welcome_view_get_type ())

G_DECLARE_FINAL_TYPE (ScWelcomeView, sc_welcome_view, SC, WELCOME_VIEW, GtkWidget)

void sc_welcome_view_set_recent_files (ScWelcomeView      *self,
                                       const char * const *paths);
/* The folder new company files go to, shown under the form. */
void sc_welcome_view_set_folder       (ScWelcomeView      *self,
                                       const char         *folder);
void sc_welcome_view_show_create      (ScWelcomeView      *self,
                                       gboolean            show);
/* Says why the company could not be created, under the name field. */
void sc_welcome_view_set_error        (ScWelcomeView      *self,
                                       const char         *message);

G_END_DECLS
