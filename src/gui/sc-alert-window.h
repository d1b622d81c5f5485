/* sc-alert-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small modal message with buttons. GTK 4.8: GtkAlertDialog arrives in
 * 4.10 and GtkMessageDialog is on its way out, so this is our own.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_ALERT_WINDOW (sc_alert_window_get_type ())

G_DECLARE_FINAL_TYPE (ScAlertWindow, sc_alert_window, SC, ALERT_WINDOW, GtkWindow)

typedef enum
{
  SC_ALERT_DEFAULT,
  SC_ALERT_SUGGESTED,
  SC_ALERT_DESTRUCTIVE,
} ScAlertStyle;

ScAlertWindow *sc_alert_window_new          (GtkWindow     *parent,
                                             const char    *heading,
                                             const char    *body);
/* Buttons appear in the order added; the first one is the answer to
 * Escape or closing the window. */
void           sc_alert_window_add_response (ScAlertWindow *self,
                                             const char    *id,
                                             const char    *label,
                                             ScAlertStyle   style);
const char    *sc_alert_window_get_heading  (ScAlertWindow *self);
const char    *sc_alert_window_get_body     (ScAlertWindow *self);
/* Emits ::response with id and closes the window (tests use it too). */
void           sc_alert_window_respond      (ScAlertWindow *self,
                                             const char    *id);

G_END_DECLS
